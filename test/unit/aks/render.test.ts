/**
 * Golden-file tests: each case of cases.ts renders one example app with a fixed commit, run URL and
 * digest, and the YAML must equal test/fixtures/aks/golden/<case>.yaml byte for byte.
 * Refresh the goldens with `UPDATE_GOLDEN=1` (then review the diff against
 * shared/reference/keda-reference.md before committing).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { ActionError } from '../../../src/util/errors.js';
import { discoverFunctions } from '../../../src/functions/discover.js';
import { renderManifests, REDACTED, childName, type KubeObject, type RenderInput } from '../../../src/targets/aks/render.js';
import { checkManifests } from '../../../src/targets/aks/validate.js';
import { APPS, BASE_CONFIG, CASES, CLIENT_ID, COMMIT, DIGEST, GOLDEN, RUN_URL, STORAGE, goldenText, renderInput, type RenderCase } from './cases.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function render(c: RenderCase, over: Partial<RenderInput> = {}) {
  const app = discoverFunctions(join(APPS, c.app), { settings: c.settings });
  return renderManifests({ ...renderInput(c, app), ...over });
}

const byKind = (objects: KubeObject[], kind: string, name?: string) =>
  objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const spec = (o: KubeObject | undefined): any => o?.spec;

describe('golden manifests of the example apps', () => {
  if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const { yaml } = render(c);
    const file = join(GOLDEN, `${name}.yaml`);
    if (UPDATE) writeFileSync(file, goldenText(c, yaml));
    expect(existsSync(file)).toBe(true);
    expect(goldenText(c, yaml)).toBe(readFileSync(file, 'utf8'));
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s: a second render is byte-identical', (_name, c) => {
    const a = render(c);
    const b = render(c);
    expect(b.yaml).toBe(a.yaml);
    expect(b.redactedYaml).toBe(a.redactedYaml);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s: every object passes validate()', (_name, c) => {
    const { objects, yaml, redactedYaml } = render(c);
    expect(checkManifests(objects)).toEqual([]);
    // the YAML is the objects, and the redacted file is valid too
    expect(loadAll(yaml)).toEqual(objects);
    expect(checkManifests(loadAll(redactedYaml) as KubeObject[])).toEqual([]);
  });

  test('every golden file belongs to a case', () => {
    const names = new Set(CASES.map((c) => `${c.name}.yaml`));
    expect(readdirSync(GOLDEN).filter((f) => !names.has(f))).toEqual([]);
  });
});

describe('secrets', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s: the redacted YAML contains no setting value', (_name, c) => {
    const app = discoverFunctions(join(APPS, c.app), { settings: c.settings });
    const { redactedYaml, yaml, objects } = renderManifests(renderInput(c, app));
    // every case plants secret values (connection strings, passwords) marked s3cr3t
    const secrets = Object.entries(c.settings).filter(([, v]) => /s3cr3t/.test(v));
    expect(secrets.length).toBeGreaterThan(0);
    for (const [, value] of secrets) {
      expect(redactedYaml).not.toContain(value);
      expect(redactedYaml).not.toContain(Buffer.from(value).toString('base64'));
    }
    expect(redactedYaml).not.toMatch(/s3cr3t/i);
    // the real YAML carries them only as base64 Secret data
    const secret = byKind(objects, 'Secret')[0] as KubeObject & { data: Record<string, string> };
    for (const [k, v] of Object.entries(c.settings)) expect(Buffer.from(secret.data[k], 'base64').toString('utf8')).toBe(v);
    for (const [, value] of secrets) expect(yaml).not.toContain(value);
    // names are kept, values replaced
    const redacted = (loadAll(redactedYaml) as any[]).find((o) => o.kind === 'Secret'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(redacted.data).toBeUndefined();
    expect(Object.keys(redacted.stringData)).toEqual(Object.keys(secret.data));
    expect(new Set(Object.values(redacted.stringData))).toEqual(new Set([REDACTED]));
  });

  test.each(['kafka', 'eventhub', 'servicebus', 'rabbitmq', 'durable-mssql'])(
    '%s: a secret planted in every setting never reaches the redacted YAML',
    (name) => {
      const c = CASES.find((x) => x.name === name)!;
      const planted = 'PLANTED-value-that-must-not-leak-9f8e7d';
      // keep the connection strings parseable; everything else is the bare planted value
      const settings = Object.fromEntries(Object.entries(c.settings).map(([k, v]) => [k, v.includes(';') ? `${v};Extra=${planted}` : `${planted}-${k}`]));
      const { redactedYaml, yaml } = render({ ...c, settings }, { settings });
      expect(redactedYaml).not.toContain(planted);
      for (const v of Object.values(settings)) expect(redactedYaml).not.toContain(Buffer.from(v).toString('base64'));
      expect(yaml).not.toContain(planted);
    }
  );
});

describe('object shapes', () => {
  const get = (name: string) => CASES.find((c) => c.name === name)!;

  test('no HTTP functions → no -http Deployment or Service; no non-HTTP → no ScaledObject', () => {
    const worker = render(get('servicebus')).objects;
    expect(byKind(worker, 'Deployment').map((o) => o.metadata.name)).toEqual(['servicebus']);
    expect(byKind(worker, 'Service')).toEqual([]);
    const http = render(get('http-only')).objects;
    expect(byKind(http, 'Deployment').map((o) => o.metadata.name)).toEqual(['http-only-http']);
    expect(byKind(http, 'ScaledObject')).toEqual([]);
  });

  test('the KEDA-scaled Deployment has no spec.replicas; the HTTP one has 1', () => {
    const { objects } = render(get('storage-queue'));
    expect(spec(byKind(objects, 'Deployment', 'storage-queue')[0]).replicas).toBeUndefined();
    expect(spec(byKind(objects, 'Deployment', 'storage-queue-http')[0]).replicas).toBe(1);
    expect(spec(byKind(objects, 'ScaledObject')[0]).scaleTargetRef.name).toBe('storage-queue');
  });

  test('functions are split between the Deployments through AzureFunctionsJobHost__functions__N', () => {
    const { objects } = render(get('storage-queue'));
    const env = (name: string) => spec(byKind(objects, 'Deployment', name)[0]).template.spec.containers[0].env;
    expect(env('storage-queue-http')).toEqual([{ name: 'AzureFunctionsJobHost__functions__0', value: 'status' }]);
    expect(env('storage-queue')).toEqual([
      { name: 'AzureFunctionsJobHost__functions__0', value: 'invoices' },
      { name: 'AzureFunctionsJobHost__functions__1', value: 'orders' }
    ]);
    for (const d of byKind(objects, 'Deployment'))
      expect(spec(d).template.spec.containers[0].envFrom).toEqual([{ secretRef: { name: 'storage-queue-settings' } }]);
  });

  test('labels and annotations on every object', () => {
    const { objects } = render(get('dotnet-isolated-workload-identity'));
    for (const o of objects) {
      expect(o.metadata.labels).toMatchObject({
        'app.kubernetes.io/name': 'dotnet-isolated',
        'app.kubernetes.io/instance': 'dotnet-isolated',
        'app.kubernetes.io/part-of': 'dotnet-isolated',
        'app.kubernetes.io/managed-by': 'azure-functions-container-deploy'
      });
      expect(o.metadata.annotations).toMatchObject({
        'azure-functions-container-deploy/commit': COMMIT,
        'azure-functions-container-deploy/run-url': RUN_URL,
        'azure-functions-container-deploy/image-digest': DIGEST
      });
      expect(o.metadata.namespace).toBe('functions');
    }
  });

  test('images by digest only; the settings hash rolls pods when settings change', () => {
    const c = get('storage-queue');
    const a = render(c).objects;
    const b = render({ ...c, settings: { ...c.settings, InvoicesQueue: 'invoices' } }).objects;
    const changed = render({ ...c, settings: { ...c.settings, NewSetting: 'x' } }).objects;
    const hash = (objs: KubeObject[]) =>
      spec(byKind(objs, 'Deployment', 'storage-queue')[0]).template.metadata.annotations['azure-functions-container-deploy/settings-hash'];
    expect(hash(a)).toBe(hash(b));
    expect(hash(changed)).not.toBe(hash(a));
    for (const d of byKind(a, 'Deployment')) expect(spec(d).template.spec.containers[0].image).toBe(`contoso.azurecr.io/storage-queue@${DIGEST}`);
    expect(() => render(c, { image: 'contoso.azurecr.io/storage-queue:latest' })).toThrow(/digest reference/);
  });

  test('ScaledObject fields only when set', () => {
    const plain = spec(byKind(render(get('storage-queue')).objects, 'ScaledObject')[0]);
    expect(Object.keys(plain)).toEqual(['scaleTargetRef', 'triggers']);
    const tuned = spec(byKind(render(get('storage-queue-virtual-nodes')).objects, 'ScaledObject')[0]);
    expect(tuned).toMatchObject({ pollingInterval: 15, cooldownPeriod: 120, minReplicaCount: 1, maxReplicaCount: 20 });
  });

  test('workload identity: ServiceAccount, pod label, TriggerAuthentication referenced by every Azure trigger', () => {
    const { objects } = render(get('dotnet-isolated-workload-identity'));
    const sa = byKind(objects, 'ServiceAccount')[0];
    expect(sa.metadata.name).toBe('dotnet-isolated');
    expect(sa.metadata.annotations?.['azure.workload.identity/client-id']).toBe(CLIENT_ID);
    for (const d of byKind(objects, 'Deployment')) {
      expect(spec(d).template.metadata.labels['azure.workload.identity/use']).toBe('true');
      expect(spec(d).template.spec.serviceAccountName).toBe('dotnet-isolated');
      expect(spec(d).selector.matchLabels['azure.workload.identity/use']).toBeUndefined();
    }
    expect(spec(byKind(objects, 'TriggerAuthentication')[0])).toEqual({ podIdentity: { provider: 'azure-workload', identityId: CLIENT_ID } });
    const triggers = spec(byKind(objects, 'ScaledObject')[0]).triggers;
    expect(triggers.length).toBe(3);
    for (const t of triggers) {
      expect(t.authenticationRef).toEqual({ name: 'dotnet-isolated' });
      expect(Object.keys(t.metadata).filter((k) => /connection/i.test(k))).toEqual([]);
    }
  });

  test('workload identity derives the identity form from connection strings too', () => {
    const c = get('storage-queue');
    const { objects } = render({ ...c, config: { kedaAuth: 'workload-identity', workloadIdentityClientId: CLIENT_ID } });
    const triggers = spec(byKind(objects, 'ScaledObject')[0]).triggers;
    expect(triggers.map((t: { metadata: Record<string, string> }) => t.metadata.accountName)).toEqual(['contosoinvoices', 'contosostore']);
    expect(checkManifests(objects)).toEqual([]);
  });

  test('virtual nodes: node selector and tolerations of AKS virtual nodes on both Deployments', () => {
    const { objects } = render(get('storage-queue-virtual-nodes'));
    for (const d of byKind(objects, 'Deployment')) {
      expect(spec(d).template.spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux', 'kubernetes.io/role': 'agent', type: 'virtual-kubelet' });
      expect(spec(d).template.spec.tolerations).toEqual([
        { key: 'virtual-kubelet.io/provider', operator: 'Exists' },
        { key: 'azure.com/aci', effect: 'NoSchedule' }
      ]);
    }
    const plain = render(get('storage-queue')).objects;
    for (const d of byKind(plain, 'Deployment')) expect(spec(d).template.spec.nodeSelector).toBeUndefined();
  });

  test('service-type none → no Service; keda-http → HTTPScaledObject and no replicas on the HTTP Deployment', () => {
    const c = get('http-only');
    expect(byKind(render({ ...c, config: { serviceType: 'none' } }).objects, 'Service')).toEqual([]);
    const { objects } = render(get('http-only-keda-http'));
    expect(spec(byKind(objects, 'Deployment')[0]).replicas).toBeUndefined();
    const hso = byKind(objects, 'HTTPScaledObject')[0];
    expect(hso.apiVersion).toBe('http.keda.sh/v1alpha1');
    expect(spec(hso)).toEqual({
      hosts: ['hello.contoso.example'],
      scaleTargetRef: { name: 'http-only-http', kind: 'Deployment', apiVersion: 'apps/v1', service: 'http-only-http', port: 80 },
      replicas: { min: 0, max: 5 },
      scaledownPeriod: 120
    });
    expect(spec(byKind(objects, 'Deployment')[0]).template.spec.containers[0].readinessProbe.httpGet.path).toBe('/api/health');
  });

  test('fixed replicas for functions without a scaler: replicas on the Deployment when nothing scales it, else minReplicaCount', () => {
    const timer = render(get('timer-fixed-replicas')).objects;
    expect(spec(byKind(timer, 'Deployment')[0]).replicas).toBe(1);
    expect(byKind(timer, 'ScaledObject')).toEqual([]);
    const c = get('storage-queue');
    const functions = [
      ...discoverFunctions(join(APPS, 'storage-queue'), { settings: c.settings }).functions,
      { name: 'changes', source: 'x', trigger: { type: 'cosmosDBTrigger' } }
    ];
    const mixed = render(c, { functions, options: { unscaledReplicas: 2 } });
    expect(spec(byKind(mixed.objects, 'ScaledObject')[0]).minReplicaCount).toBe(2);
    expect(spec(byKind(mixed.objects, 'Deployment', 'storage-queue')[0]).replicas).toBeUndefined();
    expect(mixed.warnings.join('\n')).toMatch(/'changes' \(cosmosDBTrigger\) has no KEDA scaler/);
    expect(checkManifests(mixed.objects)).toEqual([]);
  });

  test('Kafka SASL credentials reach KEDA through a TriggerAuthentication on the settings Secret', () => {
    const { objects } = render(get('kafka'));
    const ta = byKind(objects, 'TriggerAuthentication')[0];
    expect(ta.metadata.name).toBe('kafka-clicks');
    expect(spec(ta).secretTargetRef).toEqual([
      { parameter: 'username', name: 'kafka-settings', key: 'KafkaUsername' },
      { parameter: 'password', name: 'kafka-settings', key: 'KafkaPassword' }
    ]);
  });

  test('child names stay DNS labels of at most 63 characters', () => {
    expect(childName('app', 'clicks')).toBe('app-clicks');
    expect(childName('app', 'Process_Order')).toMatch(/^app-process-order-[0-9a-f]{8}$/);
    const long = childName('a'.repeat(40), 'b'.repeat(40));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });

  test('bad inputs are refused before rendering', () => {
    const c = get('http-only');
    expect(() => render(c, { name: 'Bad_Name' })).toThrow(ActionError);
    expect(() => render(c, { digest: `sha256:${'f'.repeat(64)}` })).toThrow(/not the digest of image/);
    expect(() => render(c, { config: { ...BASE_CONFIG, kedaAuth: 'workload-identity' } })).toThrow(/workload-identity-client-id/);
  });

  test('the trigger errors surface through render', () => {
    const c: RenderCase = { name: 'timer', app: 'timer', settings: { AzureWebJobsStorage: STORAGE, HourlySchedule: '0 15 * * * *' } };
    expect(() => render(c)).toThrow(/function 'hourly' \(timerTrigger\): cannot be scaled by KEDA[\s\S]*function 'nightly' \(timerTrigger\)/);
    const cosmos: RenderCase = {
      name: 'cosmosdb',
      app: 'cosmosdb',
      settings: { AzureWebJobsStorage: STORAGE, CosmosConnection: 'AccountEndpoint=https://x.documents.azure.com:443/;AccountKey=k;' }
    };
    expect(() => render(cosmos)).toThrow(/function 'changes' \(cosmosDBTrigger\): cannot be scaled by KEDA: KEDA has no built-in Cosmos DB scaler/);
  });
});
