/**
 * The ARM-backed credentials: `registry-auth: admin` (ACR admin user through listCredentials, then
 * a real docker login to the real registry) and `cluster-name` (the AKS user kubeconfig through
 * listClusterUserCredential, used by the real kubectl against the Kubernetes API emulator, and
 * removed by the post step).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import { FunctionAppFixture, SUB } from '../support/functionapp-fixture.js';
import { startKubeEmulator, type KubeEmulator } from '../emulators/kube/server.js';

const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';
const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
const run_id = Date.now().toString(36);
let fx: FunctionAppFixture;

beforeAll(async () => {
  fx = await FunctionAppFixture.start(300);
}, 60_000);
afterAll(async () => {
  await fx?.stop();
});

function azure(): Record<string, string> {
  const i = fx.inputs();
  return {
    'subscription-id': SUB,
    auth: 'oidc',
    'client-id': i['client-id'],
    'tenant-id': i['tenant-id'],
    'authority-host': i['authority-host'],
    'arm-endpoint': i['arm-endpoint']
  };
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

describe('registry-auth: admin', () => {
  test('the admin password comes from ARM listCredentials, logs in to the real registry, and never shows', async () => {
    fx.arm.addRegistry({
      resourceGroup: 'rg-acr',
      name: 'localacr',
      loginServer: REGISTRY,
      adminUserEnabled: true,
      username: process.env.LOCAL_REGISTRY_USERNAME,
      passwords: [process.env.LOCAL_REGISTRY_PASSWORD!, 'second-password-unused']
    });
    const run = ok(
      await runAction({
        inputs: {
          target: 'functionapp',
          mode: 'build',
          registry: REGISTRY,
          repository: `adm-${run_id}/app`,
          context: 'examples/functions-app',
          'build-args': `BASE_IMAGE=${BASE}`,
          'registry-auth': 'admin',
          ...azure()
        },
        scenario: pushEvent('refs/heads/master'),
        env: fx.env()
      })
    );
    expect(run.outputs.digest).toMatch(/^sha256:/);
    expect(fx.arm.requestsTo('listCredentials', 'POST')).toHaveLength(1);
    expect(run.summary).toMatch(/Registry login \| admin/);
    expect(leaks(run, [process.env.LOCAL_REGISTRY_PASSWORD!])).toEqual([]);
  }, 300_000);

  test('a registry whose admin user is disabled: refused with the way out, nothing pushed', async () => {
    await fx.reset();
    fx.arm.addRegistry({ resourceGroup: 'rg-acr', name: 'localacr', loginServer: REGISTRY, adminUserEnabled: false });
    const run = await runAction({
      inputs: {
        target: 'functionapp',
        mode: 'build',
        registry: REGISTRY,
        repository: `adm-${run_id}/off`,
        context: 'examples/functions-app',
        'build-args': `BASE_IMAGE=${BASE}`,
        'registry-auth': 'admin',
        ...azure()
      },
      scenario: pushEvent('refs/heads/master'),
      env: fx.env()
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The admin user of registry localacr is disabled/);
    expect(run.stdout).toMatch(/registry-auth: entra/);
    expect(run.stdout).not.toContain('[command]docker build');
  }, 120_000);
});

describe('cluster-name: the kubeconfig through ARM', () => {
  let kube: KubeEmulator;
  beforeAll(async () => {
    kube = await startKubeEmulator();
  });
  afterAll(async () => {
    await kube?.close();
  });

  test('deploys with the user kubeconfig from listClusterUserCredential; the post step removes it', async () => {
    await fx.reset();
    fx.arm.addManagedCluster({ resourceGroup: 'rg-aks', name: 'aks1', kubeconfig: readFileSync(kube.kubeconfig, 'utf8') });
    const run = ok(
      await runAction({
        inputs: {
          target: 'aks',
          registry: REGISTRY,
          image: `${REGISTRY}/orders@sha256:${'9'.repeat(64)}`,
          name: 'orders',
          namespace: 'prod',
          'functions-path': 'examples/functions-app',
          'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=ZmFrZQ==',
          'cluster-name': 'aks1',
          'cluster-resource-group': 'rg-aks',
          ...azure()
        },
        scenario: pushEvent('refs/heads/master'),
        env: { ...fx.env(), KUBECACHEDIR: kube.env.KUBECACHEDIR ?? '' }
      })
    );
    expect(fx.arm.requestsTo('listClusterUserCredential', 'POST')).toHaveLength(1);
    expect(kube.objects().some((o) => o.kind === 'ScaledObject')).toBe(true);
    const dirs: string[] = JSON.parse(run.state.cleanup ?? '[]');
    expect(dirs).toHaveLength(1);
    expect(existsSync(dirs[0])).toBe(false);
    expect(leaks(run, [kube.token])).toEqual([]);
  }, 180_000);
});
