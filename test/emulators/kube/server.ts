/**
 * A loopback Kubernetes API server emulator for driving the REAL kubectl in tests (there is no
 * cluster on the test machine). It stands in for an AKS 1.33 control plane with (optionally) the
 * KEDA add-on, and enforces the contract kubectl and the product rely on:
 *
 *   auth        every request needs `Authorization: Bearer <token>` (401 Status otherwise)
 *   /version    reports v1.33
 *   discovery   /api, /api/v1, /apis, /apis/<g>, /apis/<g>/<v> (classic documents; kubectl 1.32
 *               falls back to them from aggregated discovery)           → resources.ts
 *   /openapi/v3 the real 1.33 documents + generated ones for CRD groups → openapi.ts
 *   /openapi/v2 an empty Swagger document (kubectl's fallback for kinds missing from v3)
 *   REST        GET / LIST (label + field selectors, limit/continue) / WATCH, POST, PUT, PATCH
 *               (apply-patch+yaml = server-side apply, merge-patch+json, json-patch+json), DELETE,
 *               DELETE collection, protobuf request bodies for the kinds `kubectl create` sends,
 *               with 400/403/404/409/422 Status answers as a real server gives them → cluster.ts
 *   tables      `Accept: ...;as=Table` answered with server-side printed Tables → table.ts
 *   controllers Deployment rollouts, pods, events, namespace termination, KEDA status → controllers.ts
 *
 * It imports nothing from src/: it plays the service, not the product.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load as loadYaml } from 'js-yaml';
import { tlsOptions } from '../jwt.js';
import { ApiError, Cluster, resourceNotFound, type FieldValidation, type WriteResult } from './cluster.js';
import { Controllers, type PodFailure, type RolloutMode } from './controllers.js';
import { CRD_DIR, openApiIndex, type Json } from './openapi.js';
import { decodeKubernetesProtobuf, ProtobufUnsupported } from './protobuf.js';
import { apiGroup, apiGroupList, apiResourceList, gvString, type ResourceType } from './resources.js';
import { fieldsMatch, labelsMatch, parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.js';
import { meta, nowIso, typeKey, type LoggedEvent } from './store.js';
import { toTable } from './table.js';

export interface KubeEmulatorOptions {
  /** Default true: KEDA CRDs (scaledobjects, scaledjobs, triggerauthentications, clustertriggerauthentications) installed; false = "KEDA missing". */
  kedaCrds?: boolean;
  /** Default false: the http.keda.sh HTTPScaledObject CRD (KEDA HTTP add-on). */
  httpAddon?: boolean;
  /** Default 'complete': Deployments become Available shortly after a spec change; 'never': they stay progressing with failing pods + events. */
  rollout?: RolloutMode;
  /** Bearer token required on every request (default: a random one). */
  token?: string;
  /** How pods fail in rollout 'never' (default CrashLoopBackOff). */
  podFailure?: PodFailure;
  /**
   * ms after which a 'never' rollout reports `Progressing=False, ProgressDeadlineExceeded`
   * (default: the Deployment's spec.progressDeadlineSeconds, 600 s unless the manifest sets it).
   */
  progressDeadlineMs?: number;
}

export interface KubeRequest {
  method: string;
  path: string;
  query: string;
  contentType?: string;
  fieldManager?: string;
}

export interface KubeEmulator {
  /** https://127.0.0.1:<port> */
  url: string;
  /** Path of a kubeconfig (in a temp dir) pointing kubectl at the emulator with the token and the test CA. */
  kubeconfig: string;
  /** Environment for kubectl: KUBECONFIG plus a private KUBECACHEDIR (discovery/OpenAPI cache) in the same temp dir. */
  env: Record<string, string>;
  /** Bearer token the emulator accepts. */
  token: string;
  requests: KubeRequest[];
  /** Current stored objects, as the API would return them. */
  objects(): Array<Record<string, unknown>>;
  setRollout(mode: RolloutMode): void;
  setKeda(present: boolean): void;
  close(): Promise<void>;
}

const KEDA_CRD_FILES = [
  'keda.sh_scaledobjects.yaml',
  'keda.sh_scaledjobs.yaml',
  'keda.sh_triggerauthentications.yaml',
  'keda.sh_clustertriggerauthentications.yaml'
];
const HTTP_ADDON_CRD_FILE = 'http.keda.sh_httpscaledobjects.yaml';

const VERSION = {
  major: '1',
  minor: '33',
  emulationMajor: '1',
  emulationMinor: '33',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '32',
  gitVersion: 'v1.33.5',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-09-10T00:00:00Z',
  goVersion: 'go1.24.6',
  compiler: 'gc',
  platform: 'linux/amd64'
};

function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The User-Agent's program name (`kubectl/v1.32.4 (linux/amd64) ...` → `kubectl`), the server's default field manager. */
const managerFromUserAgent = (ua: string | undefined) => (ua ?? 'unknown').split('/')[0] || 'unknown';

function parseBody(raw: Buffer, contentType: string): unknown {
  if (contentType.includes('application/vnd.kubernetes.protobuf')) {
    try {
      return decodeKubernetesProtobuf(raw);
    } catch (e) {
      if (e instanceof ProtobufUnsupported) throw new ApiError(415, 'UnsupportedMediaType', e.message);
      throw new ApiError(400, 'BadRequest', `error decoding protobuf: ${(e as Error).message}`);
    }
  }
  if (contentType.includes('cbor'))
    throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unsupported format: ${contentType} (the emulator speaks JSON/YAML)`);
  const text = raw.toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return contentType.includes('yaml') ? loadYaml(text) /* duplicate keys are an error, as for the API server */ : JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, 'BadRequest', `error decoding ${contentType.includes('yaml') ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
  }
}

/** Installs a CRD object as if an administrator had (Established + NamesAccepted). */
function installCrd(cluster: Cluster, file: string): void {
  const crd = loadYaml(readFileSync(join(CRD_DIR, file), 'utf8')) as Json;
  const spec = crd.spec as Json;
  crd.status = {
    acceptedNames: spec.names,
    conditions: [
      { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found', lastTransitionTime: nowIso() },
      { type: 'Established', status: 'True', reason: 'InitialNamesAccepted', message: 'the initial names have been accepted', lastTransitionTime: nowIso() }
    ],
    storedVersions: ((spec.versions as Json[]) ?? []).filter((v) => v.storage).map((v) => v.name)
  };
  if (cluster.store.get(cluster.crdType(), undefined, String(meta(crd).name))) return;
  cluster.controllerCreate(cluster.crdType(), crd, 'aks-addon-manager');
}

/** Removes a CRD; its custom resources go with it (as the apiextensions finalizer does). */
function uninstallCrd(cluster: Cluster, file: string): void {
  const crd = loadYaml(readFileSync(join(CRD_DIR, file), 'utf8')) as Json;
  const spec = crd.spec as Json;
  const names = spec.names as Json;
  for (const s of cluster.store.list({ group: String(spec.group), plural: String(names.plural) })) cluster.deleteNow(s);
  const stored = cluster.store.get(cluster.crdType(), undefined, String(meta(crd).name));
  if (stored) cluster.deleteNow(stored);
}

export async function startKubeEmulator(opts: KubeEmulatorOptions = {}): Promise<KubeEmulator> {
  const { key, cert, ca } = await tlsOptions();
  const token = opts.token ?? randomBytes(24).toString('hex');
  const cluster = new Cluster();
  const controllers = new Controllers(cluster, {
    rollout: opts.rollout ?? 'complete',
    failure: opts.podFailure ?? 'CrashLoopBackOff',
    progressDeadlineMs: opts.progressDeadlineMs,
    stepMs: [80, 400]
  });
  const requests: KubeRequest[] = [];
  const watches = new Set<() => void>();

  // A fresh cluster: the namespaces every cluster has, and the add-ons asked for.
  const nsType = cluster.types().find((t) => t.plural === 'namespaces') as ResourceType;
  for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) cluster.controllerCreate(nsType, { metadata: { name: ns } }, 'kube-apiserver');
  const setKeda = (present: boolean) => {
    for (const f of KEDA_CRD_FILES) (present ? installCrd : uninstallCrd)(cluster, f);
  };
  if (opts.kedaCrds !== false) setKeda(true);
  if (opts.httpAddon) installCrd(cluster, HTTP_ADDON_CRD_FILE);

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const q = url.searchParams;
    const contentType = String(req.headers['content-type'] ?? '');
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      ...(contentType ? { contentType } : {}),
      ...(q.get('fieldManager') ? { fieldManager: q.get('fieldManager') as string } : {})
    });
    const text = await readBody(req);
    // Authentication: a bearer token, checked before anything else (as with anonymous auth disabled).
    if (req.headers.authorization !== `Bearer ${token}`) {
      sendJson(res, 401, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
      return;
    }
    try {
      route(req, res, url, text);
    } catch (e) {
      if (e instanceof ApiError) sendJson(res, e.code, e.body);
      else
        sendJson(res, 500, {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `emulator error: ${(e as Error).stack ?? String(e)}`,
          reason: 'InternalError',
          code: 500
        });
    }
  };

  const route = (req: IncomingMessage, res: ServerResponse, url: URL, text: Buffer) => {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean);
    if (method === 'GET') {
      if (path === '/version') return sendJson(res, 200, VERSION);
      if (path === '/healthz' || path === '/livez' || path === '/readyz') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return res.end('ok');
      }
      if (path === '/api')
        return sendJson(res, 200, {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: url.host }]
        });
      if (path === '/apis') return sendJson(res, 200, apiGroupList(cluster.types()));
      if (path === '/api/v1')
        return sendJson(
          res,
          200,
          apiResourceList(
            'v1',
            cluster.types().filter((t) => t.group === '')
          )
        );
      if (parts[0] === 'apis' && parts.length === 2) {
        const versions = [
          ...new Set(
            cluster
              .types()
              .filter((t) => t.group === parts[1])
              .map((t) => t.version)
          )
        ];
        if (!versions.length) throw resourceNotFound();
        return sendJson(res, 200, apiGroup(parts[1], versions));
      }
      if (parts[0] === 'apis' && parts.length === 3) {
        const types = cluster.types().filter((t) => t.group === parts[1] && t.version === parts[2]);
        if (!types.length) throw resourceNotFound();
        return sendJson(res, 200, apiResourceList(`${parts[1]}/${parts[2]}`, types));
      }
      if (path === '/openapi/v2') {
        // A real server publishes the whole Swagger 2.0 document here; the emulator publishes an empty
        // one (no paths, no definitions). kubectl only falls back to it for kinds absent from
        // /openapi/v3 (e.g. a CRD that is not installed): then, as against a real server, it finds
        // no schema, skips client-side validation and fails on the REST mapping instead
        // ("no matches for kind ... ensure CRDs are installed first").
        if (String(req.headers.accept ?? '').includes('protobuf')) {
          res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': 0 });
          return res.end();
        }
        return sendJson(res, 200, { swagger: '2.0', info: { title: 'Kubernetes', version: VERSION.gitVersion }, paths: {}, definitions: {} });
      }
      if (path === '/openapi/v3') return sendJson(res, 200, openApiIndex(cluster.openApiDocs()));
      if (parts[0] === 'openapi' && parts[1] === 'v3') {
        const gvPath = parts.slice(2).join('/');
        const doc = cluster.openApiDocs().find((d) => d.gvPath === gvPath);
        if (!doc) throw resourceNotFound();
        const hash = url.searchParams.get('hash');
        if (hash && hash !== doc.hash) {
          res.writeHead(301, { Location: `/openapi/v3/${gvPath}?hash=${doc.hash}` });
          return res.end();
        }
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(doc.body),
          ETag: `"${doc.hash}"`,
          'Cache-Control': hash ? 'public, immutable' : 'no-cache, private'
        });
        return res.end(doc.body);
      }
    }
    // Resource URLs: /api/v1/... or /apis/<group>/<version>/...
    let group: string;
    let version: string;
    let rest: string[];
    if (parts[0] === 'api' && parts[1] === 'v1') [group, version, rest] = ['', 'v1', parts.slice(2)];
    else if (parts[0] === 'apis' && parts.length >= 4) [group, version, rest] = [parts[1], parts[2], parts.slice(3)];
    else throw resourceNotFound();
    let ns: string | undefined;
    let t: ResourceType | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      const inner = cluster.findType(group, version, rest[2]);
      if (inner?.namespaced) [ns, t, rest] = [rest[1], inner, rest.slice(3)];
    }
    if (!t) {
      t = cluster.findType(group, version, rest[0]);
      rest = rest.slice(1);
      if (!t) throw resourceNotFound();
    }
    const [name, sub, ...extra] = rest;
    if (extra.length || (sub !== undefined && !t.subresources.includes(sub) && !(t.plural === 'namespaces' && sub === 'finalize'))) throw resourceNotFound();
    if (t.namespaced && name !== undefined && ns === undefined) throw resourceNotFound();
    if (!t.namespaced && ns !== undefined) throw resourceNotFound();
    return resource(req, res, url, text, t, ns, name, sub);
  };

  const wantsTable = (req: IncomingMessage) => /as=Table/.test(String(req.headers.accept ?? ''));

  const resource = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    text: Buffer,
    t: ResourceType,
    ns: string | undefined,
    name: string | undefined,
    sub: string | undefined
  ) => {
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const dryRunParam = q.getAll('dryRun');
    if (dryRunParam.some((d) => d !== 'All')) throw new ApiError(400, 'BadRequest', `Invalid dry run value: ${dryRunParam.join(',')}: supported values: "All"`);
    const fv = q.get('fieldValidation');
    if (fv && !['Strict', 'Warn', 'Ignore'].includes(fv))
      throw new ApiError(400, 'BadRequest', `fieldValidation must be one of "Ignore", "Warn", or "Strict", got ${fv}`);
    const writeOpts = {
      fieldManager: q.get('fieldManager') ?? undefined,
      fieldValidation: (fv ?? undefined) as FieldValidation | undefined,
      dryRun: dryRunParam.includes('All'),
      force: q.get('force') === 'true',
      defaultManager: managerFromUserAgent(req.headers['user-agent'])
    };
    const reply = (r: WriteResult) => {
      const headers: Record<string, string | string[]> = r.warnings.length ? { Warning: r.warnings.map((w) => `299 - ${JSON.stringify(w)}`) } : {};
      sendJson(res, r.code, r.object, headers);
    };
    const listQuery = {
      labelSelector: q.get('labelSelector'),
      fieldSelector: q.get('fieldSelector'),
      limit: q.get('limit') ? Number(q.get('limit')) : undefined,
      continue: q.get('continue')
    };
    const crdOf = (rt: ResourceType) => (rt.schema.source === 'crd' ? cluster.get(cluster.crdType(), undefined, rt.schema.crdName) : undefined);
    const contentType = String(req.headers['content-type'] ?? 'application/json');
    if (q.get('force') !== null && !(method === 'PATCH' && contentType.startsWith('application/apply-patch'))) {
      throw new ApiError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: force: Forbidden: may not be specified for non-apply patch', {});
    }
    switch (method) {
      case 'GET': {
        if (name !== undefined) {
          const obj = cluster.get(t, ns, name);
          if (wantsTable(req))
            return sendJson(res, 200, toTable(t, [obj], { resourceVersion: (obj.metadata as Json).resourceVersion }, q.get('includeObject'), crdOf(t)));
          return sendJson(res, 200, obj);
        }
        if (q.get('watch') === 'true' || q.get('watch') === '1') return watch(req, res, t, ns, q);
        const list = cluster.list(t, ns, listQuery);
        const listMeta = { resourceVersion: list.resourceVersion, ...(list.continue ? { continue: list.continue } : {}) };
        if (wantsTable(req)) return sendJson(res, 200, toTable(t, list.items, listMeta, q.get('includeObject'), crdOf(t)));
        return sendJson(res, 200, { kind: t.listKind, apiVersion: gvString(t), metadata: listMeta, items: list.items });
      }
      case 'POST':
        if (name !== undefined) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
        return reply(cluster.create(t, ns, parseBody(text, contentType), writeOpts));
      case 'PUT':
        if (name === undefined) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
        return reply(cluster.update(t, ns, name, parseBody(text, contentType), writeOpts, sub === 'status' ? 'status' : undefined));
      case 'PATCH': {
        if (name === undefined) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
        const body = parseBody(text, contentType.startsWith('application/apply-patch') ? 'yaml' : contentType);
        if (contentType.startsWith('application/apply-patch')) {
          if (sub) throw new ApiError(415, 'UnsupportedMediaType', 'the emulator does not serve server-side apply on subresources');
          return reply(cluster.apply(t, ns, name, body, writeOpts));
        }
        if (contentType.startsWith('application/merge-patch+json'))
          return reply(cluster.mergePatch(t, ns, name, body, writeOpts, sub === 'status' ? 'status' : undefined));
        if (contentType.startsWith('application/json-patch+json'))
          return reply(cluster.jsonPatch(t, ns, name, body, writeOpts, sub === 'status' ? 'status' : undefined));
        // Strategic merge patch (client-side `kubectl apply`, `kubectl patch` default, `kubectl scale`
        // fallbacks) needs Go struct tags per field; not emulated, and refused rather than guessed.
        throw new ApiError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/apply-patch+yaml, application/merge-patch+json, application/json-patch+json (the emulator does not implement ${contentType})`
        );
      }
      case 'DELETE': {
        const body = (parseBody(text, 'application/json') as Json | undefined) ?? {};
        const opts = {
          dryRun: writeOpts.dryRun,
          propagationPolicy: (q.get('propagationPolicy') ?? (body.propagationPolicy as string | undefined)) || undefined
        };
        if (name !== undefined) return sendJson(res, 200, cluster.remove(t, ns, name, opts));
        return sendJson(res, 200, cluster.removeCollection(t, ns, listQuery, opts));
      }
      default:
        throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    }
  };

  /**
   * WATCH: a chunked stream of `{"type": ADDED|MODIFIED|DELETED|BOOKMARK|ERROR, "object": ...}` lines.
   * resourceVersion unset/"0": synthetic ADDED for what exists, then changes; N: replay of the
   * changes after N from the event log; sendInitialEvents=true: ADDED for what exists + a BOOKMARK
   * annotated `k8s.io/initial-events-end`. Objects moving into/out of the selectors are ADDED/DELETED.
   */
  const watch = (req: IncomingMessage, res: ServerResponse, t: ResourceType, ns: string | undefined, q: URLSearchParams) => {
    let labels;
    let fields;
    try {
      labels = parseLabelSelector(q.get('labelSelector'));
      fields = parseFieldSelector(q.get('fieldSelector'), typeKey(t));
    } catch (e) {
      if (e instanceof SelectorError) throw new ApiError(400, 'BadRequest', e.message);
      throw e;
    }
    const matches = (o: Json | undefined) =>
      !!o &&
      (ns === undefined || (o.metadata as Json).namespace === ns) &&
      labelsMatch(labels, (o.metadata as Json).labels as Record<string, string>) &&
      fieldsMatch(fields, o);
    const rvParam = q.get('resourceVersion');
    const sendInitial = q.get('sendInitialEvents') === 'true';
    const tk = typeKey(t);
    if (rvParam && rvParam !== '0' && !/^\d+$/.test(rvParam)) throw new ApiError(400, 'BadRequest', `invalid resource version: ${rvParam}`);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
    // Headers go out at once, as from a real server: clients block on them before reading events.
    res.flushHeaders();
    const send = (type: string, object: Json) => res.write(`${JSON.stringify({ type, object })}\n`);
    const translate = (e: LoggedEvent) => {
      if (e.typeKey !== tk) return;
      const now = matches(e.object);
      const before = e.type === 'MODIFIED' ? matches(e.previous) : now;
      if (e.type === 'MODIFIED' && now && !before) send('ADDED', e.object);
      else if (e.type === 'MODIFIED' && !now && before) send('DELETED', e.object);
      else if (now) send(e.type, e.object);
    };
    if (sendInitial || !rvParam || rvParam === '0') {
      for (const s of cluster.store.list(t, t.namespaced ? ns : undefined)) {
        const o = cluster.store.render(s);
        if (matches(o)) send('ADDED', o);
      }
      if (sendInitial) {
        send('BOOKMARK', {
          kind: t.kind,
          apiVersion: gvString(t),
          metadata: { resourceVersion: String(cluster.store.resourceVersion), annotations: { 'k8s.io/initial-events-end': 'true' } }
        });
      }
    } else {
      for (const e of cluster.store.log) if (e.rv > Number(rvParam)) translate(e);
    }
    const unsubscribe = cluster.store.subscribe(translate);
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    const timer = timeout > 0 ? setTimeout(() => stop(), timeout * 1000) : undefined;
    timer?.unref();
    const stop = () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      watches.delete(stop);
      if (!res.writableEnded) res.end();
    };
    watches.add(stop);
    req.on('close', stop);
    res.on('close', stop);
  };

  const server = createServer({ key, cert }, (req, res) => {
    handler(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: String(e), reason: 'InternalError', code: 500 });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `https://127.0.0.1:${port}`;

  const dir = mkdtempSync(join(tmpdir(), 'kube-emulator-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    dump({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'emulator', cluster: { server: url, 'certificate-authority-data': Buffer.from(ca).toString('base64') } }],
      users: [{ name: 'emulator-user', user: { token } }],
      contexts: [{ name: 'emulator', context: { cluster: 'emulator', user: 'emulator-user', namespace: 'default' } }],
      'current-context': 'emulator',
      preferences: {}
    }),
    { mode: 0o600 }
  );

  return {
    url,
    kubeconfig,
    env: { KUBECONFIG: kubeconfig, KUBECACHEDIR: join(dir, 'cache') },
    token,
    requests,
    objects: () => cluster.store.all().map((s) => cluster.store.render(s)),
    setRollout: (mode) => controllers.setRollout(mode),
    setKeda,
    close: async () => {
      controllers.close();
      for (const stop of [...watches]) stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
