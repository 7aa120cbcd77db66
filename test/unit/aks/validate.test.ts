/**
 * validate() against hand-broken objects: each row takes valid rendered manifests, breaks one thing
 * and expects the problem with the object's kind/name and the JSON path.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError } from '../../../src/util/errors.js';
import { discoverFunctions } from '../../../src/functions/discover.js';
import { renderManifests, type KubeObject } from '../../../src/targets/aks/render.js';
import { KIND_SCHEMAS } from '../../../src/targets/aks/schemas.generated.js';
import { checkManifests, validateManifests, type ManifestProblem } from '../../../src/targets/aks/validate.js';
import { APPS, CASES, ROOT, renderInput } from './cases.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
function rendered(caseName: string): KubeObject[] {
  const c = CASES.find((x) => x.name === caseName)!;
  return renderManifests(renderInput(c, discoverFunctions(join(APPS, c.app), { settings: c.settings }))).objects;
}
const clone = (objects: KubeObject[]): Any[] => JSON.parse(JSON.stringify(objects));
const find = (objects: Any[], kind: string, name?: string): Any => objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));

interface BreakRow {
  name: string;
  from: string;
  breakIt: (objects: Any[]) => void;
  expected: Partial<ManifestProblem>;
}

// prettier-ignore
const ROWS: BreakRow[] = [
  { name: 'unknown field in the ScaledObject spec', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').spec.pollingIntervall = 10; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/pollingIntervall', message: 'unknown field (not in the schema)' } },
  { name: 'unknown field in a trigger', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers[0].authRef = { name: 'x' }; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/triggers/0/authRef' } },
  { name: 'empty trigger list', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers = []; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/triggers', message: 'no triggers: KEDA rejects an empty trigger list' } },
  { name: 'connectionFromEnv names no env var (setting missing from the Secret)', from: 'storage-queue', breakIt: (o) => { delete find(o, 'Secret').data.InvoiceStorage; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/triggers/0/metadata/connectionFromEnv' } },
  { name: 'hostFromEnv names no env var', from: 'rabbitmq', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers[0].metadata.hostFromEnv = 'RABBIT'; }, expected: { object: 'ScaledObject/rabbitmq', path: '/spec/triggers/0/metadata/hostFromEnv' } },
  { name: 'replicas on the Deployment KEDA scales', from: 'storage-queue', breakIt: (o) => { find(o, 'Deployment', 'storage-queue').spec.replicas = 0; }, expected: { object: 'Deployment/storage-queue', path: '/spec/replicas' } },
  { name: 'replicas on the Deployment the HTTPScaledObject scales', from: 'http-only-keda-http', breakIt: (o) => { find(o, 'Deployment').spec.replicas = 1; }, expected: { object: 'Deployment/http-only-http', path: '/spec/replicas' } },
  { name: 'a scaler type KEDA has not (func-style timertrigger)', from: 'timer-cron', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers[0].type = 'timertrigger'; }, expected: { object: 'ScaledObject/timer', path: '/spec/triggers/0/type' } },
  { name: 'metadata value not a string', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers[0].metadata.queueLength = 8; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/triggers/0/metadata/queueLength', message: 'must be string' } },
  { name: 'scaler metadata missing a required key', from: 'blob', breakIt: (o) => { delete find(o, 'ScaledObject').spec.triggers[0].metadata.blobContainerName; }, expected: { object: 'ScaledObject/blob', path: '/spec/triggers/0/metadata/blobContainerName', message: 'azure-blob needs blobContainerName' } },
  { name: 'service bus topic without subscription', from: 'servicebus', breakIt: (o) => { delete find(o, 'ScaledObject').spec.triggers[0].metadata.subscriptionName; }, expected: { object: 'ScaledObject/servicebus', path: '/spec/triggers/0/metadata/subscriptionName' } },
  { name: 'scaleTargetRef to a Deployment not rendered', from: 'servicebus', breakIt: (o) => { find(o, 'ScaledObject').spec.scaleTargetRef.name = 'other'; }, expected: { object: 'ScaledObject/servicebus', path: '/spec/scaleTargetRef' } },
  { name: 'authenticationRef to a TriggerAuthentication not rendered', from: 'kafka', breakIt: (o) => { find(o, 'ScaledObject').spec.triggers[0].authenticationRef.name = 'nope'; }, expected: { object: 'ScaledObject/kafka', path: '/spec/triggers/0/authenticationRef/name' } },
  { name: 'workload-identity trigger without accountName', from: 'dotnet-isolated-workload-identity', breakIt: (o) => { delete find(o, 'ScaledObject').spec.triggers[1].metadata.accountName; }, expected: { object: 'ScaledObject/dotnet-isolated', path: '/spec/triggers/1/metadata/accountName' } },
  { name: 'TriggerAuthentication reading a key the Secret lacks', from: 'kafka', breakIt: (o) => { delete find(o, 'Secret').data.KafkaPassword; }, expected: { object: 'TriggerAuthentication/kafka-clicks', path: '/spec/secretTargetRef/1/key' } },
  { name: 'minReplicaCount above maxReplicaCount (CRD CEL rule)', from: 'storage-queue-virtual-nodes', breakIt: (o) => { find(o, 'ScaledObject').spec.minReplicaCount = 30; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/minReplicaCount' } },
  { name: 'pollingInterval 0 (CRD minimum)', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').spec.pollingInterval = 0; }, expected: { object: 'ScaledObject/storage-queue', path: '/spec/pollingInterval', message: 'must be >= 1' } },
  { name: 'duplicate trigger names', from: 'servicebus', breakIt: (o) => { const t = find(o, 'ScaledObject').spec.triggers; t[1].name = t[0].name; }, expected: { object: 'ScaledObject/servicebus', path: '/spec/triggers/1/name' } },
  { name: 'HTTPScaledObject with port and portName', from: 'http-only-keda-http', breakIt: (o) => { find(o, 'HTTPScaledObject').spec.scaleTargetRef.portName = 'http'; }, expected: { object: 'HTTPScaledObject/http-only-http', path: '/spec/scaleTargetRef', message: 'must define exactly one of port and portName' } },
  { name: 'HTTPScaledObject to a Service not rendered', from: 'http-only-keda-http', breakIt: (o) => { find(o, 'HTTPScaledObject').spec.scaleTargetRef.service = 'x'; }, expected: { object: 'HTTPScaledObject/http-only-http', path: '/spec/scaleTargetRef/service' } },
  { name: 'misspelled container field (func volumeSecret style)', from: 'http-only', breakIt: (o) => { find(o, 'Deployment').spec.template.spec.containers[0].volumeSecret = {}; }, expected: { object: 'Deployment/http-only-http', path: '/spec/template/spec/containers/0/volumeSecret' } },
  { name: 'image by tag', from: 'http-only', breakIt: (o) => { find(o, 'Deployment').spec.template.spec.containers[0].image = 'contoso.azurecr.io/app:latest'; }, expected: { object: 'Deployment/http-only-http', path: '/spec/template/spec/containers/0/image' } },
  { name: 'selector not matching the pod labels', from: 'http-only', breakIt: (o) => { find(o, 'Deployment').spec.selector.matchLabels['app.kubernetes.io/component'] = 'web'; }, expected: { object: 'Deployment/http-only-http', path: '/spec/selector/matchLabels/app.kubernetes.io~1component' } },
  { name: 'Service selecting no pods', from: 'http-only', breakIt: (o) => { find(o, 'Service').spec.selector['app.kubernetes.io/component'] = 'web'; }, expected: { object: 'Service/http-only-http', path: '/spec/selector' } },
  { name: 'envFrom a Secret not rendered', from: 'http-only', breakIt: (o) => { find(o, 'Deployment').spec.template.spec.containers[0].envFrom[0].secretRef.name = 'other'; }, expected: { object: 'Deployment/http-only-http', path: '/spec/template/spec/containers/0/envFrom/0/secretRef/name' } },
  { name: 'serviceAccountName not rendered', from: 'dotnet-isolated-workload-identity', breakIt: (o) => { o.splice(o.indexOf(find(o, 'ServiceAccount')), 1); }, expected: { object: 'Deployment/dotnet-isolated-http', path: '/spec/template/spec/serviceAccountName' } },
  { name: 'Secret data that is not base64', from: 'http-only', breakIt: (o) => { find(o, 'Secret').data.FUNCTIONS_WORKER_RUNTIME = 'node!'; }, expected: { object: 'Secret/http-only-settings', path: '/data/FUNCTIONS_WORKER_RUNTIME', message: 'must match format "byte"' } },
  { name: 'Service name that is not DNS-1035', from: 'http-only', breakIt: (o) => { find(o, 'Service').metadata.name = '9lives-http'; }, expected: { object: 'Service/9lives-http', path: '/metadata/name' } },
  { name: 'object name over 63 characters', from: 'http-only', breakIt: (o) => { find(o, 'Secret').metadata.name = 'x'.repeat(64); find(o, 'Deployment').spec.template.spec.containers[0].envFrom = []; }, expected: { object: `Secret/${'x'.repeat(64)}`, path: '/metadata/name' } },
  { name: 'invalid label value', from: 'http-only', breakIt: (o) => { find(o, 'Secret').metadata.labels['app.kubernetes.io/part-of'] = 'has space'; }, expected: { object: 'Secret/http-only-settings', path: '/metadata/labels/app.kubernetes.io~1part-of' } },
  { name: 'a kind the action does not render', from: 'http-only', breakIt: (o) => { o.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'functions' }, data: {} }); }, expected: { object: 'ConfigMap/cm', path: '/kind' } },
  { name: 'wrong apiVersion for the kind', from: 'storage-queue', breakIt: (o) => { find(o, 'ScaledObject').apiVersion = 'keda.k8s.io/v1alpha1'; }, expected: { object: 'ScaledObject/storage-queue', path: '/kind' } },
  { name: 'duplicate object', from: 'http-only', breakIt: (o) => { o.push(JSON.parse(JSON.stringify(find(o, 'Secret')))); }, expected: { object: 'Secret/http-only-settings', path: '/metadata/name' } },
  { name: 'objects in two namespaces', from: 'http-only', breakIt: (o) => { find(o, 'Service').metadata.namespace = 'other'; }, expected: { object: '(all)', path: '/metadata/namespace' } }
];

describe('hand-broken objects are rejected', () => {
  test.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const objects = clone(rendered(r.from));
    expect(checkManifests(objects)).toEqual([]);
    r.breakIt(objects);
    const problems = checkManifests(objects);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining(r.expected)]));
  });

  test('validateManifests throws one ActionError listing each problem with kind/name and path', () => {
    const objects = clone(rendered('storage-queue'));
    find(objects, 'ScaledObject').spec.triggers = [];
    find(objects, 'Deployment', 'storage-queue').spec.replicas = 3;
    let err: unknown;
    try {
      validateManifests(objects);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ActionError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^3 problem\(s\) in the rendered manifests; nothing was applied:/);
    expect(msg).toContain('- ScaledObject/storage-queue /spec/triggers: must NOT have fewer than 1 items');
    expect(msg).toContain('- ScaledObject/storage-queue /spec/triggers: no triggers: KEDA rejects an empty trigger list');
    expect(msg).toContain('- Deployment/storage-queue /spec/replicas: set on a Deployment that ScaledObject/storage-queue scales');
  });

  test('valid manifests pass quietly', () => expect(() => validateManifests(rendered('kafka'))).not.toThrow());

  test('replicas on a Deployment nothing scales is fine (fixed-replica functions)', () => {
    expect(checkManifests(rendered('timer-fixed-replicas'))).toEqual([]);
  });

  test('not even an object', () => expect(checkManifests([null])).toEqual([{ object: '#0', path: '', message: 'not an object' }]));
});

describe('embedded schemas', () => {
  test('schemas.generated.ts is what scripts/gen-schemas.mjs makes from schemas/', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-schemas.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('every kind render emits has a schema, and the module stays small', () => {
    const kinds = new Set(CASES.flatMap((c) => rendered(c.name).map((o) => `${o.apiVersion}/${o.kind}`)));
    for (const k of kinds) expect(Object.keys(KIND_SCHEMAS)).toContain(k);
    expect(readFileSync(join(ROOT, 'src', 'targets', 'aks', 'schemas.generated.ts'), 'utf8').length).toBeLessThan(80_000);
  });
});
