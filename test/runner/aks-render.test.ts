/**
 * mode: render through the bundled action, for every example app of examples/apps: the manifests
 * are written (Secret values redacted), validated, and name the pushed digest; no setting value
 * reaches a log, the summary or the file. No cluster is needed.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import { runAction, leaks } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import { CASES, DIGEST, GOLDEN, type RenderCase } from '../unit/aks/cases.js';

const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';

function inputs(c: RenderCase): Record<string, string> {
  const cfg = c.config ?? {};
  return {
    target: 'aks',
    mode: 'render',
    registry: REGISTRY,
    image: `${REGISTRY}/${c.app}@${DIGEST}`,
    name: c.app,
    namespace: 'functions',
    'functions-path': `examples/apps/${c.app}`,
    'app-settings': JSON.stringify(c.settings),
    ...(cfg.kedaAuth ? { 'keda-auth': cfg.kedaAuth } : {}),
    ...(cfg.workloadIdentityClientId ? { 'workload-identity-client-id': cfg.workloadIdentityClientId } : {}),
    ...(cfg.serviceType ? { 'service-type': cfg.serviceType } : {}),
    ...(cfg.httpScale ? { 'http-scale': cfg.httpScale } : {}),
    ...(cfg.virtualNodes ? { 'virtual-nodes': 'true' } : {}),
    ...(c.options?.timerCron ? { 'timer-scaling': 'cron' } : {}),
    ...(c.options?.unscaledReplicas ? { 'unscaled-replicas': String(c.options.unscaledReplicas) } : {})
  };
}

const secretValues = (c: RenderCase) => Object.values(c.settings).filter((v) => /s3cr3t/.test(v));

describe('mode: render for every example app', () => {
  test.each(CASES.map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const run = await runAction({ inputs: inputs(c), scenario: pushEvent('refs/heads/master') });
      if (run.code !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
      const file = run.outputs.manifests;
      expect(file).toMatch(/manifests\.yaml$/);
      const text = readFileSync(file, 'utf8');
      const docs = loadAll(text) as Array<{ kind: string; metadata: { name: string } }>;
      const golden = loadAll(readFileSync(`${GOLDEN}/${c.name}.yaml`, 'utf8')) as Array<{ kind: string; metadata: { name: string } }>;
      expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(golden.map((d) => `${d.kind}/${d.metadata.name}`));
      expect(text).toContain(`@${DIGEST}`);
      for (const v of secretValues(c)) expect(text).not.toContain(v);
      expect(leaks(run, secretValues(c))).toEqual([]);
      expect(run.outputs.namespace).toBe('functions');
      expect(JSON.parse(run.outputs.plan)).toMatchObject({ target: 'aks', name: c.app, namespace: 'functions' });
    },
    60_000
  );

  test.each([
    ['cosmosdb', /cosmosDBTrigger/],
    ['timer', /timerTrigger/]
  ])(
    '%s without an opt-in fails, naming the function and the trigger',
    async (app, message) => {
      const run = await runAction({
        inputs: {
          target: 'aks',
          mode: 'render',
          registry: REGISTRY,
          image: `${REGISTRY}/${app}@${DIGEST}`,
          'functions-path': `examples/apps/${app}`,
          'app-settings':
            'AzureWebJobsStorage=UseDevelopmentStorage=true\nCosmosConnection=AccountEndpoint=https://x/;AccountKey=k;\nHourlySchedule=0 15 * * * *'
        },
        scenario: pushEvent('refs/heads/master')
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
    },
    60_000
  );
});

describe('settings KEDA can never use', () => {
  test('UseDevelopmentStorage=true (Azurite) is refused in every auth mode, naming the setting', async () => {
    const modes: Array<Record<string, string>> = [
      {},
      { 'keda-auth': 'workload-identity', 'workload-identity-client-id': '11111111-2222-3333-4444-555555555555' }
    ];
    for (const auth of modes) {
      const run = await runAction({
        inputs: {
          target: 'aks',
          mode: 'render',
          registry: REGISTRY,
          image: `${REGISTRY}/storage-queue@${DIGEST}`,
          'functions-path': 'examples/apps/storage-queue',
          'app-settings': 'AzureWebJobsStorage=UseDevelopmentStorage=true\nInvoicesQueue=invoices\nInvoiceStorage=UseDevelopmentStorage=true',
          ...auth
        },
        scenario: pushEvent('refs/heads/master')
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/setting AzureWebJobsStorage is an Azurite connection string \(UseDevelopmentStorage/);
      expect(run.stdout).toMatch(/setting InvoiceStorage is an Azurite connection string/);
    }
  }, 60_000);
});

describe('functions-path: image', () => {
  test('the functions are read from the built image (/home/site/wwwroot), not the checkout', async () => {
    const run = await runAction({
      inputs: {
        target: 'aks',
        mode: 'render',
        registry: REGISTRY,
        repository: `from-image-${Date.now().toString(36)}/app`,
        context: 'examples/functions-app',
        'build-args': `BASE_IMAGE=${process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest'}`,
        'registry-username': process.env.LOCAL_REGISTRY_USERNAME ?? '',
        'registry-password': process.env.LOCAL_REGISTRY_PASSWORD ?? '',
        'functions-path': 'image',
        name: 'orders',
        'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=ZmFrZQ=='
      },
      scenario: pushEvent('refs/heads/master')
    });
    if (run.code !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
    expect(run.stdout).toMatch(/\[command\]docker create .*@sha256:/);
    const kinds = (loadAll(readFileSync(run.outputs.manifests, 'utf8')) as Array<{ kind: string }>).map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['Deployment', 'Service', 'ScaledObject', 'Secret']));
    expect(readFileSync(run.outputs.manifests, 'utf8')).toContain(run.outputs.digest);
  }, 300_000);
});
