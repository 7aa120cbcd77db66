/**
 * OpenAPI v3 as a Kubernetes API server publishes it (`/openapi/v3` and `/openapi/v3/<group-version>`).
 *
 * Built-in groups: the documents a real 1.33 server serves, copied byte for byte into
 * openapi/1.33/ (see openapi/README.md for their source). Custom resources: one document per served
 * group-version, generated the way kube-apiserver's CRD OpenAPI builder does it from the CRDs'
 * `openAPIV3Schema` (component names `<reversed group>.<version>.<Kind>`, `metadata` pointing at
 * ObjectMeta, the usual list/item/status paths whose operations carry `x-kubernetes-action`,
 * `x-kubernetes-group-version-kind` and the `dryRun`/`fieldManager`/`fieldValidation`/`force`
 * parameters). kubectl reads those parameters to decide that the server does field validation,
 * and so sends `fieldValidation=Strict` instead of validating on its own.
 *
 * The index lists each document with `serverRelativeURL` = `/openapi/v3/<gv>?hash=<sha512>`, the
 * real server's content-addressed form (clients cache by it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Json = Record<string, unknown>;

export interface OpenApiDoc {
  /** `api/v1`, `apis/apps/v1`, ... (the path after /openapi/v3/). */
  gvPath: string;
  body: string;
  hash: string;
  doc: { components: { schemas: Record<string, Json> }; paths: Record<string, Json> };
}

const here = dirname(fileURLToPath(import.meta.url));
export const OPENAPI_DIR = join(here, 'openapi', '1.33');
export const CRD_DIR = join(here, 'crds');

/** The built-in group-versions whose real documents are in openapi/1.33. */
export const BUILTIN_GV_PATHS = ['api/v1', 'apis/apps/v1', 'apis/autoscaling/v2', 'apis/policy/v1', 'apis/networking.k8s.io/v1'];

function makeDoc(gvPath: string, body: string): OpenApiDoc {
  const doc = JSON.parse(body) as OpenApiDoc['doc'];
  return { gvPath, body, doc, hash: createHash('sha512').update(body).digest('hex').toUpperCase() };
}

let builtins: Map<string, OpenApiDoc> | undefined;

/** The real documents (read once per process; they are large and immutable). */
export function builtinDocs(): Map<string, OpenApiDoc> {
  if (!builtins) {
    builtins = new Map();
    for (const gv of BUILTIN_GV_PATHS) builtins.set(gv, makeDoc(gv, readFileSync(join(OPENAPI_DIR, `${gv}.json`), 'utf8')));
  }
  return builtins;
}

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `keda.sh` + `v1alpha1` + `ScaledObject` → `sh.keda.v1alpha1.ScaledObject` (kube-openapi's naming for CRs). */
export function crComponentName(group: string, version: string, kind: string): string {
  return `${group.split('.').reverse().join('.')}.${version}.${kind}`;
}

/** Components named in `$ref`s reachable from `roots` inside the core/v1 document (to embed meta types). */
function closure(schemas: Record<string, Json>, roots: string[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  const queue = [...roots];
  while (queue.length) {
    const name = queue.pop() as string;
    if (out[name] || !schemas[name]) continue;
    out[name] = schemas[name];
    const text = JSON.stringify(schemas[name]);
    for (const m of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) queue.push(m[1]);
  }
  return out;
}

export interface CrdVersionView {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  namespaced: boolean;
  schema: Json;
  statusSubresource: boolean;
}

function param(name: string, type: 'string' | 'boolean' | 'integer', where: 'query' | 'path' = 'query', required = false): Json {
  return { name, in: where, ...(required ? { required: true } : {}), schema: { type, uniqueItems: true } };
}

const LIST_PARAMS = [
  'allowWatchBookmarks',
  'continue',
  'fieldSelector',
  'labelSelector',
  'limit',
  'resourceVersion',
  'resourceVersionMatch',
  'sendInitialEvents',
  'timeoutSeconds',
  'watch'
].map((n) =>
  param(
    n,
    n === 'allowWatchBookmarks' || n === 'sendInitialEvents' || n === 'watch' ? 'boolean' : n === 'limit' || n === 'timeoutSeconds' ? 'integer' : 'string'
  )
);
const WRITE_PARAMS = [param('dryRun', 'string'), param('fieldManager', 'string'), param('fieldValidation', 'string')];
const PATCH_PARAMS = [...WRITE_PARAMS, param('force', 'boolean')];
const DELETE_PARAMS = ['dryRun', 'gracePeriodSeconds', 'orphanDependents', 'propagationPolicy'].map((n) =>
  param(n, n === 'gracePeriodSeconds' ? 'integer' : n === 'orphanDependents' ? 'boolean' : 'string')
);
const PATCH_TYPES = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];

function op(action: string, gvk: Json, parameters: Json[], response: Json, body?: Json | 'patch'): Json {
  const o: Json = {
    operationId: `${action}${String(gvk.kind)}`,
    parameters,
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: response }, 'application/yaml': { schema: response } } },
      '401': { description: 'Unauthorized' }
    },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk
  };
  if (body === 'patch') o.requestBody = { content: Object.fromEntries(PATCH_TYPES.map((t) => [t, { schema: ref(`${META}Patch`) }])) };
  else if (body) o.requestBody = { content: { '*/*': { schema: body } } };
  return o;
}

/** The document a real server generates for one custom-resource group-version. */
export function crdGroupDoc(gvPath: string, versions: CrdVersionView[]): OpenApiDoc {
  const core = builtinDocs().get('api/v1') as OpenApiDoc;
  const schemas: Record<string, Json> = closure(core.doc.components.schemas, [
    `${META}ObjectMeta`,
    `${META}ListMeta`,
    `${META}Status`,
    `${META}DeleteOptions`,
    `${META}Patch`
  ]);
  const paths: Record<string, Json> = {};
  for (const v of versions) {
    const name = crComponentName(v.group, v.version, v.kind);
    const gvk = { group: v.group, version: v.version, kind: v.kind };
    const props = { ...((v.schema.properties as Json | undefined) ?? {}) };
    props.metadata = { allOf: [ref(`${META}ObjectMeta`)], description: "Standard object's metadata." };
    props.apiVersion = { type: 'string', description: 'APIVersion defines the versioned schema of this representation of an object.' };
    props.kind = { type: 'string', description: 'Kind is a string value representing the REST resource this object represents.' };
    schemas[name] = { ...v.schema, properties: props, 'x-kubernetes-group-version-kind': [gvk] };
    schemas[`${name}List`] = {
      type: 'object',
      required: ['items'],
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { allOf: [ref(`${META}ListMeta`)] },
        items: { type: 'array', items: ref(name), description: `List of ${v.plural}.` }
      },
      'x-kubernetes-group-version-kind': [{ ...gvk, kind: v.listKind }]
    };
    const base = `/apis/${v.group}/${v.version}`;
    const coll = v.namespaced ? `${base}/namespaces/{namespace}/${v.plural}` : `${base}/${v.plural}`;
    const nsParam = v.namespaced ? [param('namespace', 'string', 'path', true)] : [];
    const listRef = ref(`${name}List`);
    const itemRef = ref(name);
    if (v.namespaced) paths[`${base}/${v.plural}`] = { get: op('list', gvk, LIST_PARAMS, listRef), parameters: [param('pretty', 'string')] };
    paths[coll] = {
      get: op('list', gvk, LIST_PARAMS, listRef),
      post: op('post', gvk, WRITE_PARAMS, itemRef, itemRef),
      delete: op('deletecollection', gvk, [...DELETE_PARAMS, ...LIST_PARAMS], ref(`${META}Status`), ref(`${META}DeleteOptions`)),
      parameters: [...nsParam, param('pretty', 'string')]
    };
    const item = {
      get: op('get', gvk, [], itemRef),
      put: op('put', gvk, WRITE_PARAMS, itemRef, itemRef),
      patch: op('patch', gvk, PATCH_PARAMS, itemRef, 'patch'),
      delete: op('delete', gvk, DELETE_PARAMS, ref(`${META}Status`), ref(`${META}DeleteOptions`)),
      parameters: [param('name', 'string', 'path', true), ...nsParam, param('pretty', 'string')]
    };
    paths[`${coll}/{name}`] = item;
    if (v.statusSubresource) {
      paths[`${coll}/{name}/status`] = {
        get: op('get', gvk, [], itemRef),
        put: op('put', gvk, WRITE_PARAMS, itemRef, itemRef),
        patch: op('patch', gvk, PATCH_PARAMS, itemRef, 'patch'),
        parameters: item.parameters
      };
    }
  }
  const doc = {
    openapi: '3.0.0',
    info: { title: 'Kubernetes CRD Swagger', version: 'v0.1.0' },
    paths,
    components: { schemas, securitySchemes: core.doc.components && (core.doc.components as Json).securitySchemes }
  };
  return makeDoc(gvPath, JSON.stringify(doc));
}

/** The body of GET /openapi/v3. */
export function openApiIndex(docs: OpenApiDoc[]): Json {
  return { paths: Object.fromEntries(docs.map((d) => [d.gvPath, { serverRelativeURL: `/openapi/v3/${d.gvPath}?hash=${d.hash}` }])) };
}
