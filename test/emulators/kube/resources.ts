/**
 * The resource types the emulated API server serves, and the discovery documents that describe
 * them (`/api`, `/api/v1`, `/apis`, `/apis/<group>/<version>`, in the classic, non-aggregated form:
 * kubectl 1.32 asks for aggregated discovery first and falls back to these when the server answers
 * with plain `application/json`, exactly as it does against servers without aggregated discovery).
 *
 * Built-in types are a fixed list. Custom resource types are derived from the stored
 * CustomResourceDefinition objects, as on a real server: delete the CRD and the type disappears
 * from discovery, from /openapi/v3 and from the URL space (404).
 */
import type { Json } from './openapi.js';

export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Subresources served (`status`). */
  subresources: string[];
  /** metadata.generation is maintained (bumped on spec changes). */
  generation: boolean;
  /** Where the schema comes from: a component of a built-in OpenAPI document, or a CRD version. */
  schema: { source: 'builtin'; gvPath: string; component: string } | { source: 'crd'; crdName: string; openAPIV3Schema: Json };
  /** Writes are refused with 403 (the emulator's user has no RBAC rights on them). */
  readOnly?: boolean;
}

export const gvString = (t: { group: string; version: string }) => (t.group ? `${t.group}/${t.version}` : t.version);
export const gvPathOf = (t: { group: string; version: string }) => (t.group ? `apis/${t.group}/${t.version}` : `api/${t.version}`);
/** `deployments.apps`, `secrets` (the "resource" in error messages). */
export const qualifiedResource = (t: ResourceType) => (t.group ? `${t.plural}.${t.group}` : t.plural);
/** `Deployment.apps`, `Secret` (the "kind" in Invalid messages). */
export const qualifiedKind = (t: ResourceType) => (t.group ? `${t.kind}.${t.group}` : t.kind);

function builtin(
  group: string,
  version: string,
  kind: string,
  plural: string,
  component: string,
  extra: Partial<Pick<ResourceType, 'namespaced' | 'shortNames' | 'categories' | 'subresources' | 'generation' | 'readOnly'>> = {}
): ResourceType {
  return {
    group,
    version,
    kind,
    listKind: `${kind}List`,
    plural,
    singular: kind.toLowerCase(),
    namespaced: extra.namespaced ?? true,
    shortNames: extra.shortNames ?? [],
    categories: extra.categories ?? [],
    subresources: extra.subresources ?? [],
    generation: extra.generation ?? false,
    readOnly: extra.readOnly,
    schema: { source: 'builtin', gvPath: gvPathOf({ group, version }), component }
  };
}

/** The built-in kinds a Functions deployment on AKS touches (those whose OpenAPI documents we have). */
export const BUILTIN_TYPES: ResourceType[] = [
  builtin('', 'v1', 'Namespace', 'namespaces', 'io.k8s.api.core.v1.Namespace', { namespaced: false, shortNames: ['ns'], subresources: ['status'] }),
  builtin('', 'v1', 'Secret', 'secrets', 'io.k8s.api.core.v1.Secret'),
  builtin('', 'v1', 'ConfigMap', 'configmaps', 'io.k8s.api.core.v1.ConfigMap', { shortNames: ['cm'] }),
  builtin('', 'v1', 'Service', 'services', 'io.k8s.api.core.v1.Service', { shortNames: ['svc'], categories: ['all'], subresources: ['status'] }),
  builtin('', 'v1', 'ServiceAccount', 'serviceaccounts', 'io.k8s.api.core.v1.ServiceAccount', { shortNames: ['sa'] }),
  builtin('', 'v1', 'Pod', 'pods', 'io.k8s.api.core.v1.Pod', { shortNames: ['po'], categories: ['all'], subresources: ['status'] }),
  builtin('', 'v1', 'Event', 'events', 'io.k8s.api.core.v1.Event', { shortNames: ['ev'] }),
  builtin('apps', 'v1', 'Deployment', 'deployments', 'io.k8s.api.apps.v1.Deployment', {
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status'],
    generation: true
  }),
  builtin('apps', 'v1', 'ReplicaSet', 'replicasets', 'io.k8s.api.apps.v1.ReplicaSet', {
    shortNames: ['rs'],
    categories: ['all'],
    subresources: ['status'],
    generation: true
  }),
  builtin('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler', {
    shortNames: ['hpa'],
    categories: ['all'],
    subresources: ['status'],
    generation: true
  }),
  builtin('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', 'io.k8s.api.policy.v1.PodDisruptionBudget', {
    shortNames: ['pdb'],
    subresources: ['status'],
    generation: true
  }),
  builtin('networking.k8s.io', 'v1', 'Ingress', 'ingresses', 'io.k8s.api.networking.v1.Ingress', {
    shortNames: ['ing'],
    subresources: ['status'],
    generation: true
  }),
  builtin('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', 'io.k8s.api.networking.v1.NetworkPolicy', {
    shortNames: ['netpol'],
    generation: true
  }),
  // No OpenAPI document for apiextensions.k8s.io here: CRDs are served for GET/LIST (kubectl get crd)
  // and are read-only for the test user, so the product cannot install KEDA by accident.
  builtin('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', '', {
    namespaced: false,
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    subresources: ['status'],
    generation: true,
    readOnly: true
  })
];

/** True for a CRD whose Established condition is True (what makes its types served). */
function established(crd: Json): boolean {
  const conds = ((crd.status as Json | undefined)?.conditions as Json[] | undefined) ?? [];
  return conds.some((c) => c.type === 'Established' && c.status === 'True') && !(crd.metadata as Json).deletionTimestamp;
}

/** The resource types a set of CRDs adds (served versions only). */
export function crdTypes(crds: Json[]): ResourceType[] {
  const out: ResourceType[] = [];
  for (const crd of crds) {
    if (!established(crd)) continue;
    const spec = crd.spec as Json;
    const names = spec.names as Json;
    for (const v of (spec.versions as Json[]) ?? []) {
      if (v.served === false) continue;
      out.push({
        group: String(spec.group),
        version: String(v.name),
        kind: String(names.kind),
        listKind: String(names.listKind ?? `${String(names.kind)}List`),
        plural: String(names.plural),
        singular: String(names.singular ?? String(names.kind).toLowerCase()),
        namespaced: spec.scope === 'Namespaced',
        shortNames: (names.shortNames as string[] | undefined) ?? [],
        categories: (names.categories as string[] | undefined) ?? [],
        subresources: (v.subresources as Json | undefined)?.status ? ['status'] : [],
        generation: true,
        schema: {
          source: 'crd',
          crdName: String((crd.metadata as Json).name),
          openAPIV3Schema: ((v.schema as Json | undefined)?.openAPIV3Schema as Json) ?? {}
        }
      });
    }
  }
  return out;
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** GET /api/v1 or /apis/<g>/<v>: the APIResourceList. */
export function apiResourceList(gv: string, types: ResourceType[]): Json {
  const resources: Json[] = [];
  for (const t of types) {
    resources.push({
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: VERBS,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {})
    });
    for (const sub of t.subresources)
      resources.push({ name: `${t.plural}/${sub}`, singularName: '', namespaced: t.namespaced, kind: t.kind, verbs: ['get', 'patch', 'update'] });
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources };
}

/** GET /apis: the APIGroupList (one version per group here). */
export function apiGroupList(types: ResourceType[]): Json {
  const groups = new Map<string, Set<string>>();
  for (const t of types) if (t.group) groups.set(t.group, (groups.get(t.group) ?? new Set()).add(t.version));
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: [...groups].map(([name, versions]) => apiGroup(name, [...versions])) };
}

export function apiGroup(name: string, versions: string[]): Json {
  const vs = versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v }));
  return { kind: 'APIGroup', apiVersion: 'v1', name, versions: vs, preferredVersion: vs[0] };
}
