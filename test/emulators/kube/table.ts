/**
 * Server-side printing: when a client asks for `Accept: application/json;as=Table;v=v1;g=meta.k8s.io`
 * (what `kubectl get` without `-o` does), the API server answers with a meta.k8s.io/v1 Table whose
 * columns it chooses per kind. The columns below follow kube-apiserver's printers for the kinds the
 * project touches; custom resources use the CRD's additionalPrinterColumns, as on a real server.
 */
import type { Json } from './openapi.js';
import type { ResourceType } from './resources.js';

type Column = { name: string; type: string; format?: string; priority?: number; cell: (o: Json) => unknown };

const get = (o: unknown, path: string): unknown => {
  let cur: unknown = o;
  for (const seg of path.split('.').filter(Boolean)) cur = cur && typeof cur === 'object' ? (cur as Json)[seg] : undefined;
  return cur;
};

/** kubectl-style age: 45s, 3m12s, 5h, 2d. */
export function age(ts: unknown): string {
  if (typeof ts !== 'string') return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(ts)) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

/** The JSONPath subset printer columns use: `.a.b`, `[n]`, `[?(@.type=="Ready")]`. */
export function jsonPath(obj: unknown, expr: string): unknown {
  let cur: unknown[] = [obj];
  const re = /\.([A-Za-z0-9_-]+)|\[(\d+)\]|\[\?\(@\.([A-Za-z0-9_]+)=="([^"]*)"\)\]|\[(\*)\]/g;
  for (const m of expr.matchAll(re)) {
    const next: unknown[] = [];
    for (const c of cur) {
      if (m[5] !== undefined && Array.isArray(c)) next.push(...c);
      else if (m[1] !== undefined && c && typeof c === 'object' && !Array.isArray(c)) next.push((c as Json)[m[1]]);
      else if (m[2] !== undefined && Array.isArray(c)) next.push(c[Number(m[2])]);
      else if (m[3] !== undefined && Array.isArray(c)) next.push(...c.filter((e) => e && typeof e === 'object' && String((e as Json)[m[3]]) === m[4]));
    }
    cur = next.filter((v) => v !== undefined);
  }
  return cur.length === 0 ? undefined : cur.length === 1 ? cur[0] : cur.map(String).join(',');
}

const name: Column = { name: 'Name', type: 'string', format: 'name', cell: (o) => get(o, 'metadata.name') };
const ageCol: Column = { name: 'Age', type: 'string', cell: (o) => age(get(o, 'metadata.creationTimestamp')) };

function podStatus(o: Json): string {
  if (get(o, 'metadata.deletionTimestamp')) return 'Terminating';
  for (const cs of (get(o, 'status.containerStatuses') as Json[] | undefined) ?? []) {
    const waiting = get(cs, 'state.waiting.reason');
    if (waiting) return String(waiting);
  }
  return String(get(o, 'status.phase') ?? 'Pending');
}

const COLUMNS: Record<string, Column[]> = {
  '/namespaces': [name, { name: 'Status', type: 'string', cell: (o) => get(o, 'status.phase') }, ageCol],
  '/pods': [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (o) => {
        const cs = (get(o, 'status.containerStatuses') as Json[] | undefined) ?? [];
        return `${cs.filter((c) => c.ready).length}/${((get(o, 'spec.containers') as unknown[] | undefined) ?? []).length}`;
      }
    },
    { name: 'Status', type: 'string', cell: podStatus },
    {
      name: 'Restarts',
      type: 'string',
      cell: (o) => String(((get(o, 'status.containerStatuses') as Json[] | undefined) ?? []).reduce((n, c) => n + Number(c.restartCount ?? 0), 0))
    },
    ageCol,
    { name: 'IP', type: 'string', priority: 1, cell: (o) => get(o, 'status.podIP') ?? '<none>' },
    { name: 'Node', type: 'string', priority: 1, cell: (o) => get(o, 'spec.nodeName') ?? '<none>' }
  ],
  'apps/deployments': [
    name,
    { name: 'Ready', type: 'string', cell: (o) => `${Number(get(o, 'status.readyReplicas') ?? 0)}/${Number(get(o, 'spec.replicas') ?? 0)}` },
    { name: 'Up-to-date', type: 'integer', cell: (o) => Number(get(o, 'status.updatedReplicas') ?? 0) },
    { name: 'Available', type: 'integer', cell: (o) => Number(get(o, 'status.availableReplicas') ?? 0) },
    ageCol
  ],
  'apps/replicasets': [
    name,
    { name: 'Desired', type: 'integer', cell: (o) => Number(get(o, 'spec.replicas') ?? 0) },
    { name: 'Current', type: 'integer', cell: (o) => Number(get(o, 'status.replicas') ?? 0) },
    { name: 'Ready', type: 'integer', cell: (o) => Number(get(o, 'status.readyReplicas') ?? 0) },
    ageCol
  ],
  '/services': [
    name,
    { name: 'Type', type: 'string', cell: (o) => get(o, 'spec.type') },
    { name: 'Cluster-IP', type: 'string', cell: (o) => get(o, 'spec.clusterIP') ?? '<none>' },
    { name: 'External-IP', type: 'string', cell: (o) => (get(o, 'spec.type') === 'LoadBalancer' ? '<pending>' : '<none>') },
    {
      name: 'Port(s)',
      type: 'string',
      cell: (o) =>
        ((get(o, 'spec.ports') as Json[] | undefined) ?? [])
          .map((p) => `${String(p.port)}${p.nodePort ? `:${String(p.nodePort)}` : ''}/${String(p.protocol ?? 'TCP')}`)
          .join(',') || '<none>'
    },
    ageCol
  ],
  '/secrets': [
    name,
    { name: 'Type', type: 'string', cell: (o) => get(o, 'type') },
    { name: 'Data', type: 'integer', cell: (o) => Object.keys((get(o, 'data') as Json | undefined) ?? {}).length },
    ageCol
  ],
  '/configmaps': [name, { name: 'Data', type: 'integer', cell: (o) => Object.keys((get(o, 'data') as Json | undefined) ?? {}).length }, ageCol],
  '/events': [
    { name: 'Last Seen', type: 'string', cell: (o) => age(get(o, 'lastTimestamp') ?? get(o, 'metadata.creationTimestamp')) },
    { name: 'Type', type: 'string', cell: (o) => get(o, 'type') },
    { name: 'Reason', type: 'string', cell: (o) => get(o, 'reason') },
    { name: 'Object', type: 'string', cell: (o) => `${String(get(o, 'involvedObject.kind')).toLowerCase()}/${String(get(o, 'involvedObject.name'))}` },
    { name: 'Message', type: 'string', cell: (o) => get(o, 'message') }
  ],
  'apiextensions.k8s.io/customresourcedefinitions': [name, { name: 'Created At', type: 'date', cell: (o) => get(o, 'metadata.creationTimestamp') }]
};

/** Columns for a custom resource from its CRD version's additionalPrinterColumns (+ Age). */
function crdColumns(crd: Json | undefined, version: string): Column[] {
  const v = ((get(crd, 'spec.versions') as Json[] | undefined) ?? []).find((x) => x.name === version);
  const cols = (v?.additionalPrinterColumns as Json[] | undefined) ?? [];
  const out: Column[] = [name];
  for (const c of cols) {
    // `date` columns are printed as an age by the server, like the built-in Age column.
    const cell = (o: Json) => jsonPath(o, String(c.jsonPath));
    out.push({
      name: String(c.name),
      type: String(c.type),
      priority: Number(c.priority ?? 0),
      cell: c.type === 'date' ? (o) => (cell(o) === undefined ? null : age(cell(o))) : cell
    });
  }
  if (!cols.some((c) => c.jsonPath === '.metadata.creationTimestamp')) out.push(ageCol);
  return out;
}

export function toTable(t: ResourceType, items: Json[], listMeta: Json, includeObject: string | null, crd?: Json): Json {
  const key = `${t.group}/${t.plural}`;
  const cols = t.schema.source === 'crd' ? crdColumns(crd, t.version) : (COLUMNS[key] ?? [name, ageCol]);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: listMeta,
    columnDefinitions: cols.map((c) => ({ name: c.name, type: c.type, format: c.format ?? '', description: '', priority: c.priority ?? 0 })),
    rows: items.map((o) => ({
      cells: cols.map((c) => c.cell(o) ?? null),
      ...(includeObject === 'None'
        ? {}
        : {
            object: includeObject === 'Object' ? o : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata }
          })
    }))
  };
}
