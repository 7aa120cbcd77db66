/**
 * Validation of rendered manifests before anything reaches a cluster:
 * 1. every object against its schema: KEDA 2.20.2 CRDs (ScaledObject, TriggerAuthentication),
 *    KEDA HTTP add-on 0.15 (HTTPScaledObject), Kubernetes 1.32 strict JSON schemas (Deployment,
 *    Service, Secret, ServiceAccount); unknown fields fail (schemas.generated.ts, from schemas/);
 * 2. the rules no schema expresses: CEL rules of the CRDs, a scaler-type allow-list and each
 *    scaler's required metadata, every `*FromEnv` naming an env var the target container has,
 *    references (scaleTargetRef, authenticationRef, Secret keys, Service, ServiceAccount) that
 *    resolve to rendered objects, Deployment selectors matching their pods, no `spec.replicas` on a
 *    Deployment KEDA scales (each apply would reset KEDA's count), images by digest, DNS names
 *    and label syntax.
 * Problems are collected, never thrown one at a time: validateManifests throws one ActionError that
 * lists each with the object kind/name and the JSON path.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ActionError } from '../../util/errors.js';
import { DIGEST_REFERENCE_RE, DNS1123_LABEL_MAX, DNS1123_LABEL_RE } from '../../util/patterns.js';
import { KIND_SCHEMAS, SCHEMA_BUNDLE, SCHEMA_BUNDLE_ID } from './schemas.generated.js';
import { SCALER_TYPES } from './triggers.js';

export interface ManifestProblem {
  /** `Kind/name` of the object (`#<index>` when it has no usable kind or name). */
  object: string;
  /** JSON pointer inside the object, e.g. `/spec/triggers/0/metadata/connectionFromEnv`. */
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (o: unknown, ...path: Array<string | number>): unknown =>
  path.reduce<unknown>((n, k) => (isObj(n) || Array.isArray(n) ? (n as Record<string | number, unknown>)[k] : undefined), o);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const pointer = (...path: Array<string | number>) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Metadata each emitted scaler needs (KEDA 2.20): every group must have one of its keys. */
const REQUIRED_METADATA: Record<string, string[][]> = {
  'azure-queue': [['queueName'], ['connectionFromEnv', 'accountName']],
  'azure-servicebus': [
    ['queueName', 'topicName'],
    ['connectionFromEnv', 'namespace']
  ],
  'azure-eventhub': [
    ['connectionFromEnv', 'eventHubNamespace'],
    ['storageConnectionFromEnv', 'storageAccountName']
  ],
  'azure-blob': [['blobContainerName'], ['connectionFromEnv', 'accountName']],
  kafka: [['bootstrapServers', 'bootstrapServersFromEnv'], ['consumerGroup']],
  rabbitmq: [['host', 'hostFromEnv'], ['queueName']],
  cron: [['start'], ['end'], ['timezone'], ['desiredReplicas']],
  mssql: [['query'], ['targetValue'], ['connectionString', 'connectionStringFromEnv', 'host']]
};
/** Metadata keys an azure-workload TriggerAuthentication needs instead of a connection. */
const IDENTITY_METADATA: Record<string, string[]> = {
  'azure-queue': ['accountName'],
  'azure-blob': ['accountName'],
  'azure-servicebus': ['namespace'],
  'azure-eventhub': ['eventHubNamespace', 'storageAccountName']
};

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function schemaFor(apiVersion: string, kind: string): ValidateFunction | undefined {
  const key = `${apiVersion}/${kind}`;
  const def = Object.prototype.hasOwnProperty.call(KIND_SCHEMAS, key) ? KIND_SCHEMAS[key] : undefined;
  if (!def) return undefined;
  let v = validators.get(key);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: false, logger: false });
      // The schemas' formats; ajv-formats is not needed for these (and `date-time` only appears in
      // fields the action never renders).
      ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
      ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
      ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
      ajv.addFormat('byte', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
      ajv.addSchema(SCHEMA_BUNDLE);
    }
    v = ajv.getSchema(`${SCHEMA_BUNDLE_ID}#/$defs/${def}`);
    if (!v) throw new Error(`schema ${def} missing from the bundle`);
    validators.set(key, v);
  }
  return v;
}

function describe(e: ErrorObject): { path: string; message: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { path: `${e.instancePath}/${String(p.additionalProperty)}`, message: 'unknown field (not in the schema)' };
    case 'required':
      return { path: `${e.instancePath}/${String(p.missingProperty)}`, message: 'required field is missing' };
    case 'enum':
      return { path: e.instancePath, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path: e.instancePath, message: e.message ?? e.keyword };
  }
}

/** Every problem of the objects, schema and semantic; [] when they are fine. */
export function checkManifests(objects: readonly unknown[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const ids = objects.map((o, i) => {
    const kind = str(get(o, 'kind'));
    const name = str(get(o, 'metadata', 'name'));
    return kind && name ? `${kind}/${name}` : `#${i}${kind ? ` (${kind})` : ''}`;
  });
  const add = (i: number, path: string, message: string) => problems.push({ object: ids[i], path, message });

  // --- index ---
  const byKind = new Map<string, Map<string, { obj: Obj; index: number }>>();
  objects.forEach((o, i) => {
    if (!isObj(o)) {
      add(i, '', 'not an object');
      return;
    }
    const kind = str(o.kind) ?? '';
    const name = str(get(o, 'metadata', 'name')) ?? '';
    const m = byKind.get(kind) ?? new Map<string, { obj: Obj; index: number }>();
    if (m.has(name)) add(i, '/metadata/name', `duplicate ${kind} ${JSON.stringify(name)}`);
    m.set(name, { obj: o, index: i });
    byKind.set(kind, m);
  });
  const find = (kind: string, name: unknown) => (typeof name === 'string' ? byKind.get(kind)?.get(name) : undefined);

  // --- schema + generic metadata rules ---
  const namespaces = new Set<string>();
  objects.forEach((o, i) => {
    if (!isObj(o)) return;
    const apiVersion = str(o.apiVersion) ?? '';
    const kind = str(o.kind) ?? '';
    const validate = schemaFor(apiVersion, kind);
    if (!validate) add(i, '/kind', `${apiVersion}/${kind} is not a kind this action renders`);
    else if (!validate(o)) for (const e of validate.errors ?? []) add(i, describe(e).path, describe(e).message);

    const name = str(get(o, 'metadata', 'name')) ?? '';
    const nameRe = kind === 'Service' ? DNS1035_LABEL : DNS1123_LABEL_RE;
    if (!nameRe.test(name) || name.length > 63)
      add(i, '/metadata/name', `${JSON.stringify(name)} is not a ${kind === 'Service' ? 'DNS-1035' : 'DNS-1123'} label of at most 63 characters`);
    const ns = str(get(o, 'metadata', 'namespace'));
    if (ns === undefined) add(i, '/metadata/namespace', 'namespace is missing');
    else {
      namespaces.add(ns);
      if (!DNS1123_LABEL_RE.test(ns) || ns.length > DNS1123_LABEL_MAX) add(i, '/metadata/namespace', `${JSON.stringify(ns)} is not a DNS-1123 label`);
    }
    const checkLabels = (labels: unknown, path: Array<string | number>) => {
      if (!isObj(labels)) return;
      for (const [k, v] of Object.entries(labels)) {
        if (!QUALIFIED_NAME.test(k) || k.split('/').pop()!.length > 63) add(i, pointer(...path, k), 'label key is not a qualified name');
        if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v))
          add(i, pointer(...path, k), `label value ${JSON.stringify(v)} is not valid (≤ 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)`);
      }
    };
    checkLabels(get(o, 'metadata', 'labels'), ['metadata', 'labels']);
    checkLabels(get(o, 'spec', 'template', 'metadata', 'labels'), ['spec', 'template', 'metadata', 'labels']);
    const annotations = get(o, 'metadata', 'annotations');
    if (isObj(annotations))
      for (const k of Object.keys(annotations))
        if (!QUALIFIED_NAME.test(k)) add(i, pointer('metadata', 'annotations', k), 'annotation key is not a qualified name');
  });
  if (namespaces.size > 1)
    problems.push({ object: '(all)', path: '/metadata/namespace', message: `objects span several namespaces (${[...namespaces].sort().join(', ')})` });

  // --- who scales which Deployment ---
  const scaledBy = new Map<string, string>();
  const claim = (i: number, path: string, deployment: string) => {
    const prior = scaledBy.get(deployment);
    if (prior) add(i, path, `Deployment ${deployment} is already scaled by ${prior}`);
    scaledBy.set(deployment, ids[i]);
  };

  /** Env names the first (or named) container of a Deployment has: env[] and keys of envFrom Secrets. */
  const envOf = (deployment: Obj, container?: string): { names: Set<string>; unknown: string[] } => {
    const containers = get(deployment, 'spec', 'template', 'spec', 'containers');
    const list = Array.isArray(containers) ? containers : [];
    const c = container ? list.find((x) => get(x, 'name') === container) : list[0];
    const names = new Set<string>();
    const unknown: string[] = [];
    for (const e of (get(c, 'env') as unknown[]) ?? []) if (str(get(e, 'name'))) names.add(get(e, 'name') as string);
    for (const src of (get(c, 'envFrom') as unknown[]) ?? []) {
      const prefix = str(get(src, 'prefix')) ?? '';
      const secretName = get(src, 'secretRef', 'name');
      if (secretName !== undefined) {
        const secret = find('Secret', secretName);
        if (!secret) unknown.push(`Secret ${String(secretName)}`);
        else
          for (const k of [...Object.keys((get(secret.obj, 'data') as Obj) ?? {}), ...Object.keys((get(secret.obj, 'stringData') as Obj) ?? {})])
            names.add(prefix + k);
      }
      if (get(src, 'configMapRef') !== undefined) unknown.push(`ConfigMap ${String(get(src, 'configMapRef', 'name'))}`);
    }
    return { names, unknown };
  };

  for (const [name, { obj, index: i }] of byKind.get('ScaledObject') ?? []) {
    void name;
    const spec = get(obj, 'spec');
    const targetName = get(spec, 'scaleTargetRef', 'name');
    const targetKind = str(get(spec, 'scaleTargetRef', 'kind')) ?? 'Deployment';
    const targetApi = str(get(spec, 'scaleTargetRef', 'apiVersion')) ?? 'apps/v1';
    const target = targetKind === 'Deployment' && targetApi === 'apps/v1' ? find('Deployment', targetName) : undefined;
    if (!target) add(i, '/spec/scaleTargetRef', `does not name a rendered apps/v1 Deployment (${targetApi} ${targetKind} ${JSON.stringify(targetName)})`);
    else claim(i, '/spec/scaleTargetRef/name', targetName as string);

    const min = get(spec, 'minReplicaCount');
    const max = get(spec, 'maxReplicaCount');
    if (typeof min === 'number' && min > (typeof max === 'number' ? max : 100))
      add(i, '/spec/minReplicaCount', `minReplicaCount ${min} is above maxReplicaCount ${typeof max === 'number' ? max : '(default 100)'}`);

    const triggers = get(spec, 'triggers');
    if (!Array.isArray(triggers) || triggers.length === 0) {
      add(i, '/spec/triggers', 'no triggers: KEDA rejects an empty trigger list');
      continue;
    }
    const env = target ? envOf(target.obj, str(get(spec, 'scaleTargetRef', 'envSourceContainerName'))) : undefined;
    const triggerNames = new Set<string>();
    triggers.forEach((t, ti) => {
      const at = (...p: Array<string | number>) => pointer('spec', 'triggers', ti, ...p);
      const type = str(get(t, 'type')) ?? '';
      if (!(SCALER_TYPES as readonly string[]).includes(type))
        add(i, at('type'), `scaler type ${JSON.stringify(type)} is not one the action emits (${SCALER_TYPES.join(', ')})`);
      const tname = str(get(t, 'name'));
      if (tname !== undefined) {
        if (triggerNames.has(tname)) add(i, at('name'), `duplicate trigger name ${JSON.stringify(tname)}`);
        triggerNames.add(tname);
      }
      const md = get(t, 'metadata');
      const metadata = isObj(md) ? md : {};
      for (const group of REQUIRED_METADATA[type] ?? []) {
        if (!group.some((k) => typeof metadata[k] === 'string' && metadata[k] !== '')) add(i, at('metadata', group[0]), `${type} needs ${group.join(' or ')}`);
      }
      if (type === 'azure-servicebus' && typeof metadata.topicName === 'string' && typeof metadata.subscriptionName !== 'string')
        add(i, at('metadata', 'subscriptionName'), 'azure-servicebus with topicName needs subscriptionName');
      for (const [k, v] of Object.entries(metadata)) {
        if (!/FromEnv$/.test(k) || !env) continue;
        if (typeof v !== 'string' || !env.names.has(v)) {
          const where = env.unknown.length ? ` (cannot see into ${env.unknown.join(', ')})` : '';
          add(
            i,
            at('metadata', k),
            `${JSON.stringify(v)} is not an env var of the target container: not in its env nor in the rendered Secret it loads${where}`
          );
        }
      }
      const ref = get(t, 'authenticationRef');
      if (ref !== undefined) {
        const refKind = str(get(ref, 'kind')) ?? 'TriggerAuthentication';
        if (refKind === 'TriggerAuthentication') {
          const ta = find('TriggerAuthentication', get(ref, 'name'));
          if (!ta) add(i, at('authenticationRef', 'name'), `TriggerAuthentication ${JSON.stringify(get(ref, 'name'))} is not rendered`);
          else if (get(ta.obj, 'spec', 'podIdentity', 'provider') === 'azure-workload') {
            for (const k of IDENTITY_METADATA[type] ?? [])
              if (typeof metadata[k] !== 'string') add(i, at('metadata', k), `${type} with workload identity needs ${k}`);
          }
        }
      }
    });
  }

  for (const [, { obj, index: i }] of byKind.get('HTTPScaledObject') ?? []) {
    const ref = get(obj, 'spec', 'scaleTargetRef');
    if ((get(ref, 'port') === undefined) === (get(ref, 'portName') === undefined))
      add(i, '/spec/scaleTargetRef', 'must define exactly one of port and portName');
    const service = find('Service', get(ref, 'service'));
    if (!service) add(i, '/spec/scaleTargetRef/service', `Service ${JSON.stringify(get(ref, 'service'))} is not rendered`);
    else {
      const ports = (get(service.obj, 'spec', 'ports') as unknown[]) ?? [];
      const ok = ports.some((p) => (get(ref, 'port') !== undefined ? get(p, 'port') === get(ref, 'port') : get(p, 'name') === get(ref, 'portName')));
      if (!ok) add(i, '/spec/scaleTargetRef', `Service ${String(get(ref, 'service'))} has no such port`);
    }
    const kind = str(get(ref, 'kind')) ?? 'Deployment';
    const deploymentName = get(ref, 'name');
    if (kind !== 'Deployment' || !find('Deployment', deploymentName))
      add(i, '/spec/scaleTargetRef/name', `does not name a rendered Deployment (${JSON.stringify(deploymentName)})`);
    else claim(i, '/spec/scaleTargetRef/name', deploymentName as string);
    const min = get(obj, 'spec', 'replicas', 'min');
    const max = get(obj, 'spec', 'replicas', 'max');
    if (typeof min === 'number' && typeof max === 'number' && min > max) add(i, '/spec/replicas', `min ${min} is above max ${max}`);
  }

  for (const [, { obj, index: i }] of byKind.get('TriggerAuthentication') ?? []) {
    const refs = get(obj, 'spec', 'secretTargetRef');
    if (!Array.isArray(refs)) continue;
    refs.forEach((r, ri) => {
      const secret = find('Secret', get(r, 'name'));
      if (!secret) add(i, pointer('spec', 'secretTargetRef', ri, 'name'), `Secret ${JSON.stringify(get(r, 'name'))} is not rendered`);
      else {
        const key = get(r, 'key');
        const has = (m: unknown) => isObj(m) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(m, key);
        if (!has(get(secret.obj, 'data')) && !has(get(secret.obj, 'stringData')))
          add(i, pointer('spec', 'secretTargetRef', ri, 'key'), `Secret ${String(get(r, 'name'))} has no key ${JSON.stringify(key)}`);
      }
    });
  }

  for (const [name, { obj, index: i }] of byKind.get('Deployment') ?? []) {
    const selector = get(obj, 'spec', 'selector', 'matchLabels');
    const podLabels = get(obj, 'spec', 'template', 'metadata', 'labels');
    if (!isObj(selector) || Object.keys(selector).length === 0) add(i, '/spec/selector/matchLabels', 'empty selector');
    else
      for (const [k, v] of Object.entries(selector))
        if (get(podLabels, k) !== v) add(i, pointer('spec', 'selector', 'matchLabels', k), 'selector does not match the pod template labels');
    if (scaledBy.has(name) && get(obj, 'spec', 'replicas') !== undefined) {
      add(i, '/spec/replicas', `set on a Deployment that ${scaledBy.get(name)} scales: every apply would reset the replica count KEDA manages`);
    }
    const podSpec = get(obj, 'spec', 'template', 'spec');
    const sa = get(podSpec, 'serviceAccountName');
    if (sa !== undefined && !find('ServiceAccount', sa))
      add(i, '/spec/template/spec/serviceAccountName', `ServiceAccount ${JSON.stringify(sa)} is not rendered`);
    const containers = get(podSpec, 'containers');
    (Array.isArray(containers) ? containers : []).forEach((c, ci) => {
      const image = get(c, 'image');
      if (typeof image !== 'string' || !DIGEST_REFERENCE_RE.test(image))
        add(i, pointer('spec', 'template', 'spec', 'containers', ci, 'image'), `${JSON.stringify(image)} is not an image digest reference (…@sha256:<64 hex>)`);
      const envFrom = get(c, 'envFrom');
      (Array.isArray(envFrom) ? envFrom : []).forEach((src, si) => {
        const secretName = get(src, 'secretRef', 'name');
        if (secretName !== undefined && get(src, 'secretRef', 'optional') !== true && !find('Secret', secretName)) {
          add(
            i,
            pointer('spec', 'template', 'spec', 'containers', ci, 'envFrom', si, 'secretRef', 'name'),
            `Secret ${JSON.stringify(secretName)} is not rendered`
          );
        }
      });
    });
  }

  for (const [, { obj, index: i }] of byKind.get('Service') ?? []) {
    const selector = get(obj, 'spec', 'selector');
    if (!isObj(selector) || Object.keys(selector).length === 0) {
      add(i, '/spec/selector', 'a Service without selector routes to nothing rendered here');
      continue;
    }
    const matches = [...(byKind.get('Deployment')?.values() ?? [])].some(({ obj: d }) =>
      Object.entries(selector).every(([k, v]) => get(d, 'spec', 'template', 'metadata', 'labels', k) === v)
    );
    if (!matches) add(i, '/spec/selector', 'selects no rendered Deployment pods');
  }

  return problems;
}

/** Throws one ActionError listing every problem; returns quietly when the manifests are valid. */
export function validateManifests(objects: readonly unknown[]): void {
  const problems = checkManifests(objects);
  if (problems.length === 0) return;
  throw new ActionError(
    `${problems.length} problem(s) in the rendered manifests; nothing was applied:\n${problems.map((p) => `- ${p.object} ${p.path || '/'}: ${p.message}`).join('\n')}`,
    'This is a bug in the action if the manifests were rendered by it; please report it with this message.'
  );
}
