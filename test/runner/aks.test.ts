/**
 * Scenario tests of target aks: the bundled action, run as the runner runs it, drives the REAL
 * kubectl against the Kubernetes API emulator (discovery, OpenAPI v3, server-side apply, label
 * selectors, rollout status). The image is a prebuilt digest, so no docker is involved.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent, pullRequestEvent, type Scenario } from '../support/events.js';
import { startKubeEmulator, type KubeEmulator } from '../emulators/kube/server.js';
import { ROOT } from '../support/action-yml.js';

const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
const DIGEST = `sha256:${'f'.repeat(64)}`;
const PLANTED = 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=PLANTED-aks-s3cr3t==';

let kube: KubeEmulator;
let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'aks-ws-'));
  cpSync(join(ROOT, 'examples', 'functions-app'), join(workspace, 'app'), { recursive: true });
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
afterEach(async () => {
  await kube?.close();
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    target: 'aks',
    registry: REGISTRY,
    image: `${REGISTRY}/orders@${DIGEST}`,
    name: 'orders',
    namespace: 'prod',
    'functions-path': 'app',
    'app-settings': `AzureWebJobsStorage=${PLANTED}`,
    timeout: '20s',
    ...extra
  };
}

async function act(scenario: Scenario, extra: Record<string, string> = {}, ws = workspace): Promise<ActionRun> {
  return runAction({ inputs: inputs(extra), scenario, env: kube.env, workspace: ws, timeoutMs: 120_000 });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

type Obj = { kind: string; metadata: { name: string; namespace?: string; generation?: number }; data?: Record<string, string> };
const objects = (ns?: string) => (kube.objects() as Obj[]).filter((o) => !ns || o.metadata.namespace === ns);
const names = (ns: string) =>
  objects(ns)
    .filter((o) => !['Event', 'Pod', 'ReplicaSet'].includes(o.kind))
    .map((o) => `${o.kind}/${o.metadata.name}`)
    .sort();

describe('deploy, re-deploy, prune', () => {
  test('deploy creates the instance, re-deploy changes nothing, a removed function is pruned', async () => {
    kube = await startKubeEmulator();
    const first = ok(await act(pushEvent('refs/heads/master')));
    expect(names('prod')).toEqual(['Deployment/orders', 'Deployment/orders-http', 'ScaledObject/orders', 'Secret/orders-settings', 'Service/orders-http']);
    const plan = JSON.parse(first.outputs.plan);
    expect(plan.objects.created.sort()).toEqual([
      'Deployment/orders',
      'Deployment/orders-http',
      'ScaledObject/orders',
      'Secret/orders-settings',
      'Service/orders-http'
    ]);
    expect(first.outputs.namespace).toBe('prod');
    expect(first.outputs.url).toMatch(/^http:\/\//);
    expect(first.summary).toContain(`| URL | ${first.outputs.url} |`);
    expect(first.summary).toContain('| Target | aks, namespace <code>prod</code> |');
    const verified = /^\| Verified \| (.*) \|$/m.exec(first.summary)?.[1].split('<br>').sort();
    expect(verified).toEqual(['deployment orders-http: rollout complete', 'deployment orders: rollout complete']);
    expect(first.summary).toContain('| Outcome | deployed and verified |');
    // the cluster has the real Secret; nothing else ever shows the value
    const secret = objects('prod').find((o) => o.kind === 'Secret')!;
    expect(Buffer.from(secret.data!.AzureWebJobsStorage, 'base64').toString()).toBe(PLANTED);
    expect(readFileSync(first.outputs.manifests, 'utf8')).not.toContain('PLANTED-aks-s3cr3t');
    expect(leaks(first, [PLANTED, 'PLANTED-aks-s3cr3t'])).toEqual([]);
    const applies = kube.requests.filter((r) => r.method === 'PATCH' && r.contentType === 'application/apply-patch+yaml');
    expect(applies.length).toBeGreaterThan(0);
    for (const a of applies) expect(a.fieldManager).toBe('azure-functions-container-deploy');

    const generations = Object.fromEntries(
      objects('prod')
        .filter((o) => o.kind === 'Deployment')
        .map((o) => [o.metadata.name, o.metadata.generation])
    );
    const again = ok(await act(pushEvent('refs/heads/master')));
    expect(JSON.parse(again.outputs.plan).objects).toMatchObject({ created: [], pruned: [] });
    expect(
      Object.fromEntries(
        objects('prod')
          .filter((o) => o.kind === 'Deployment')
          .map((o) => [o.metadata.name, o.metadata.generation])
      )
    ).toEqual(generations);

    const ws = mkdtempSync(join(tmpdir(), 'aks-ws2-'));
    try {
      cpSync(join(workspace, 'app'), join(ws, 'app'), { recursive: true });
      rmSync(join(ws, 'app', 'queue'), { recursive: true });
      const pruned = ok(await act(pushEvent('refs/heads/master'), {}, ws));
      expect(JSON.parse(pruned.outputs.plan).objects.pruned.sort()).toEqual(['Deployment/orders', 'ScaledObject/orders']);
      expect(names('prod')).toEqual(['Deployment/orders-http', 'Secret/orders-settings', 'Service/orders-http']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('prune only after a verified rollout; rollback restores the previous objects', () => {
  // The order of kubernetes-sigs/cli-utils (apply → wait → prune): a failed rollout must leave every
  // previous object in place, and rollback must put back the Secret and ScaledObject it replaced.
  const PLANTED_V2 = 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=PLANTED-v2-s3cr3t==';
  const secretValue = () => Buffer.from(objects('prod').find((o) => o.kind === 'Secret')!.data!.AzureWebJobsStorage, 'base64').toString();
  const scaledObject = () => objects('prod').find((o) => o.kind === 'ScaledObject') as (Obj & { spec: Record<string, unknown> }) | undefined;

  test('a failed rollout keeps the objects a prune would delete, and puts back the Secret and the ScaledObject', async () => {
    kube = await startKubeEmulator();
    ok(await act(pushEvent('refs/heads/master')));
    const before = names('prod');
    const soBefore = structuredClone(scaledObject()!.spec);
    kube.setRollout('never');

    // 1. new settings and a changed ScaledObject, then a rollout that never completes
    const changed = await act(pushEvent('refs/heads/master'), { 'app-settings': `AzureWebJobsStorage=${PLANTED_V2}`, 'max-replicas': '7', timeout: '6s' });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/did not finish rolling out/);
    expect(changed.stdout).toMatch(/Rolled back: .*secret orders-settings restored/);
    expect(changed.stdout).toMatch(/scaledobject orders restored/);
    expect(secretValue()).toBe(PLANTED);
    expect(scaledObject()!.spec).toEqual(soBefore);
    expect(names('prod')).toEqual(before);
    expect(leaks(changed, [PLANTED, PLANTED_V2, 'PLANTED-aks-s3cr3t', 'PLANTED-v2-s3cr3t'])).toEqual([]);

    // 2. a function removed, then a rollout that never completes: nothing was pruned
    const ws = mkdtempSync(join(tmpdir(), 'aks-ws3-'));
    try {
      cpSync(join(workspace, 'app'), join(ws, 'app'), { recursive: true });
      rmSync(join(ws, 'app', 'queue'), { recursive: true });
      const removed = await act(pushEvent('refs/heads/master'), { 'app-settings': `AzureWebJobsStorage=${PLANTED_V2}`, timeout: '6s' }, ws);
      expect(removed.code).toBe(1);
      expect(removed.stdout).not.toMatch(/Pruning objects/);
      expect(names('prod')).toEqual(before);
      expect(secretValue()).toBe(PLANTED);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('previews', () => {
  test('PR opened → namespace orders-pr-2 with the instance; closed → objects and namespace gone', async () => {
    kube = await startKubeEmulator();
    const opened = ok(await act(pullRequestEvent('opened')));
    expect(opened.outputs.namespace).toBe('orders-pr-2');
    expect(names('orders-pr-2')).toContain('ScaledObject/orders');
    expect(names('prod')).toEqual([]);
    const closed = ok(await act(pullRequestEvent('closed')));
    expect(JSON.parse(closed.outputs.plan)).toMatchObject({ namespace: 'orders-pr-2', namespaceDeleted: true });
    await new Promise((r) => setTimeout(r, 1500)); // namespace deletion finishes asynchronously
    expect(names('orders-pr-2')).toEqual([]);
    expect(objects().some((o) => o.kind === 'Namespace' && o.metadata.name === 'orders-pr-2')).toBe(false);
  }, 180_000);
});

describe('fork pull requests', () => {
  test('registry-auth password with the empty secrets of a fork: rendered and validated, not deployed, one notice', async () => {
    kube = await startKubeEmulator();
    // what a fork PR's run gets: every secrets.* is empty
    const run = ok(
      await act(pullRequestEvent('opened', { fork: true }), {
        'registry-auth': 'password',
        'registry-username': '',
        'registry-password': '',
        auth: 'secret',
        'client-id': '00000000-0000-0000-0000-000000000001',
        'tenant-id': '00000000-0000-0000-0000-000000000002',
        'client-secret': ''
      })
    );
    expect(run.stdout.match(/::notice::/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/::notice::Pull request #2 comes from a fork/);
    const text = readFileSync(run.outputs.manifests, 'utf8');
    expect(text).toContain('kind: ScaledObject');
    expect(kube.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 120_000);
});

describe('failures', () => {
  test('KEDA missing: fails before applying anything, naming the AKS add-on', async () => {
    kube = await startKubeEmulator({ kedaCrds: false });
    const run = await act(pushEvent('refs/heads/master'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::KEDA is not installed on this cluster/);
    expect(run.stdout).toMatch(/--enable-keda/);
    expect(kube.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  }, 120_000);

  test('a rollout that never completes fails within the timeout, with the conditions and pod events', async () => {
    kube = await startKubeEmulator({ rollout: 'never' });
    const started = Date.now();
    const run = await act(pushEvent('refs/heads/master'), { timeout: '6s' });
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.stdout).toMatch(/did not finish rolling out within 6 s/);
    expect(run.stdout).toMatch(/pod orders/);
    expect(run.stdout).toMatch(/CrashLoopBackOff|BackOff/);
    expect(leaks(run, [PLANTED, 'PLANTED-aks-s3cr3t'])).toEqual([]);
  }, 120_000);
});

describe('kubectl on the runner', () => {
  test.each([
    ['too old', '{"clientVersion":{"major":"1","minor":"20","gitVersion":"v1.20.5"}}', /kubectl v1\.20\.5 is too old: target aks needs kubectl 1\.27 or newer/],
    ['not saying its version', 'garbage', /kubectl did not say its version/]
  ])(
    '%s: refused before any cluster call, naming the version needed',
    async (_n, answer, message) => {
      kube = await startKubeEmulator();
      const bin = mkdtempSync(join(tmpdir(), 'kubectl-'));
      writeFileSync(join(bin, 'kubectl'), `#!/bin/sh\necho '${answer}'\n`, { mode: 0o755 });
      const run = await runAction({
        inputs: inputs(),
        scenario: pushEvent('refs/heads/master'),
        env: { ...kube.env, PATH: `${bin}:${process.env.PATH}` },
        workspace,
        timeoutMs: 120_000
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(run.stdout).toMatch(/azure\/setup-kubectl/);
      expect(names('prod')).toEqual([]);
      rmSync(bin, { recursive: true, force: true });
    },
    120_000
  );
});
