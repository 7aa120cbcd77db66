/**
 * The API semantics of the emulated kube-apiserver, independent of HTTP: create (POST), server-side
 * apply (PATCH application/apply-patch+yaml), update (PUT), JSON merge patch, JSON patch, get, list, delete,
 * delete-collection, with the checks a real server makes in the same order: resource exists
 * (CRD established) → namespace exists and is not terminating → request shape (apiVersion/kind/name
 * match the URL, fieldManager present for apply, no managedFields in an apply body) → typed
 * conversion (400) → defaulting → validation (422) → optimistic concurrency / ownership conflicts
 * (409) → persist (unless dryRun=All). Also defaulting of the fields the built-in kinds default
 * (Deployment replicas/strategy/progressDeadlineSeconds, pod template fields, Service type/clusterIP/
 * targetPort, Secret type and stringData → data, Namespace finalizers/phase), ownerReference garbage
 * collection on delete, and namespace deletion through `Terminating`.
 */
import { randomBytes } from 'node:crypto';
import { deepEqual, displayPath, jsonPatch, mergePatch, recordUpdate, sameOwnership, serverSideApply, StructureError, type ManagerEntry } from './apply.js';
import { crdGroupDoc, builtinDocs, type Json, type OpenApiDoc } from './openapi.js';
import { BUILTIN_TYPES, crdTypes, gvPathOf, gvString, qualifiedKind, qualifiedResource, type ResourceType } from './resources.js';
import { fieldsMatch, labelsMatch, parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.js';
import { meta, nowIso, Store, typeKey, type Stored } from './store.js';
import { structureOf } from './structure.js';
import { checkSchema, fieldPath, semanticChecks, smdPath, type Problem } from './validation.js';

/** An error answered with a metav1.Status body. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Json
  ) {
    super(message);
  }

  get body(): Json {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code
    };
  }
}

const detailsOf = (t: ResourceType, name?: string) => ({ ...(name !== undefined ? { name } : {}), group: t.group || undefined, kind: t.plural });

export const notFound = (t: ResourceType, name: string) => new ApiError(404, 'NotFound', `${qualifiedResource(t)} "${name}" not found`, detailsOf(t, name));
export const resourceNotFound = () => new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});
const badRequest = (message: string) => new ApiError(400, 'BadRequest', message);

function invalidError(t: ResourceType, name: string, problems: Problem[]): ApiError {
  const causes = problems.map((p) => ({ reason: p.reason, message: p.message, field: fieldPath(p.path) }));
  const texts = causes.map((c) => `${c.field}: ${c.message}`);
  const list = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return new ApiError(422, 'Invalid', `${qualifiedKind(t)} "${name}" is invalid: ${list}`, { name, group: t.group || undefined, kind: t.kind, causes });
}

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface WriteOptions {
  fieldManager?: string;
  fieldValidation?: FieldValidation;
  dryRun?: boolean;
  force?: boolean;
  /** Default manager name when none is given (derived from the User-Agent, as the server does). */
  defaultManager?: string;
}

export interface WriteResult {
  code: 200 | 201;
  object: Json;
  warnings: string[];
}

export interface ListQuery {
  labelSelector: string | null;
  fieldSelector: string | null;
  limit?: number;
  continue?: string | null;
}

/** Hooks the controllers register (called after a persisted change). */
export interface ClusterHooks {
  onWrite(t: ResourceType, s: Stored, old: Json | undefined): void;
  onDelete(t: ResourceType, s: Stored): void;
}

const isMap = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Drops `null` values (the server treats them as unset; in an apply they mean "not specified"). */
function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(stripNulls);
  if (isMap(v))
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, stripNulls(x)])
    );
  return v;
}

function deletePath(obj: Json, path: Array<string | number>): void {
  let cur: unknown = obj;
  for (const seg of path.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  if (cur && typeof cur === 'object') delete (cur as Record<string | number, unknown>)[path[path.length - 1]];
}

// ------------------------------------------------------------------ defaulting (pkg/apis/*/v1/defaults.go)

function defaultContainer(c: Json): void {
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  if (c.imagePullPolicy === undefined) {
    const image = String(c.image ?? '');
    const tag = image.includes('@') ? 'digest' : /:[^/]+$/.exec(image)?.[0].slice(1);
    c.imagePullPolicy = !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
  }
  c.resources ??= {};
  for (const p of (c.ports as Json[] | undefined) ?? []) p.protocol ??= 'TCP';
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const pr = c[probe] as Json | undefined;
    if (!pr) continue;
    pr.timeoutSeconds ??= 1;
    pr.periodSeconds ??= 10;
    pr.successThreshold ??= 1;
    pr.failureThreshold ??= 3;
    if (isMap(pr.httpGet)) (pr.httpGet as Json).scheme ??= 'HTTP';
  }
}

function defaultPodSpec(spec: Json): void {
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const c of [...((spec.containers as Json[] | undefined) ?? []), ...((spec.initContainers as Json[] | undefined) ?? [])]) defaultContainer(c);
}

export function applyDefaults(t: ResourceType, obj: Json, creating: boolean): void {
  const key = typeKey(t);
  const spec = (isMap(obj.spec) ? obj.spec : undefined) as Json | undefined;
  switch (key) {
    case '/namespaces': {
      const m = meta(obj);
      m.labels = { ...((m.labels as Json | undefined) ?? {}), 'kubernetes.io/metadata.name': m.name };
      obj.spec = { finalizers: ['kubernetes'], ...((obj.spec as Json | undefined) ?? {}) };
      if (creating) obj.status = { phase: 'Active' };
      break;
    }
    case '/secrets': {
      obj.type ??= 'Opaque';
      if (isMap(obj.stringData)) {
        const data = { ...((obj.data as Json | undefined) ?? {}) };
        for (const [k, v] of Object.entries(obj.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        obj.data = data;
      }
      delete obj.stringData;
      break;
    }
    case '/services': {
      if (!spec) break;
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      if (spec.type !== 'ExternalName') {
        spec.ipFamilies ??= ['IPv4'];
        spec.ipFamilyPolicy ??= 'SingleStack';
        spec.internalTrafficPolicy ??= 'Cluster';
      }
      for (const p of (spec.ports as Json[] | undefined) ?? []) {
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      if (spec.type === 'LoadBalancer' || spec.type === 'NodePort') {
        spec.externalTrafficPolicy ??= 'Cluster';
        for (const p of (spec.ports as Json[] | undefined) ?? []) p.nodePort ??= 30000 + (Number(p.port) % 2768);
      }
      obj.status ??= { loadBalancer: {} };
      break;
    }
    case 'apps/deployments':
    case 'apps/replicasets': {
      if (!spec) break;
      spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      if (key === 'apps/deployments') {
        spec.progressDeadlineSeconds ??= 600;
        const strategy = (spec.strategy ??= {}) as Json;
        strategy.type ??= 'RollingUpdate';
        if (strategy.type === 'RollingUpdate') {
          const ru = (strategy.rollingUpdate ??= {}) as Json;
          ru.maxSurge ??= '25%';
          ru.maxUnavailable ??= '25%';
        }
      }
      const tplSpec = (spec.template as Json | undefined)?.spec;
      if (isMap(tplSpec)) defaultPodSpec(tplSpec);
      break;
    }
    case '/pods':
      if (spec) defaultPodSpec(spec);
      break;
    default:
      break;
  }
}

/** The part of an object whose change bumps metadata.generation. */
function generationSubject(t: ResourceType, obj: Json): unknown {
  if (t.schema.source === 'crd') {
    return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== 'metadata' && k !== 'status'));
  }
  return obj.spec;
}

/** What an update must not be able to set: identity and server-maintained metadata. */
function carryServerFields(live: Json, next: Json, keepStatus: boolean): void {
  const lm = meta(live);
  const nm = meta(next);
  for (const k of ['uid', 'creationTimestamp', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'resourceVersion']) {
    if (lm[k] !== undefined) nm[k] = lm[k];
    else delete nm[k];
  }
  nm.name = lm.name;
  if (lm.namespace !== undefined) nm.namespace = lm.namespace;
  if (keepStatus) {
    if (live.status !== undefined) next.status = structuredClone(live.status);
    else delete next.status;
  }
}

const comparable = (o: Json) => {
  const c = structuredClone(o);
  const m = meta(c);
  delete m.managedFields;
  delete m.resourceVersion;
  return c;
};

export class Cluster {
  readonly store = new Store();
  hooks: ClusterHooks = { onWrite: () => undefined, onDelete: () => undefined };
  private serviceIp = 10;
  private crdDocCache = new Map<string, OpenApiDoc>();

  crdType(): ResourceType {
    return BUILTIN_TYPES.find((t) => t.plural === 'customresourcedefinitions') as ResourceType;
  }

  crds(): Json[] {
    return this.store.list(this.crdType()).map((s) => s.obj);
  }

  /** Every type currently served: built-ins + those of established CRDs. */
  types(): ResourceType[] {
    return [...BUILTIN_TYPES, ...crdTypes(this.crds())];
  }

  findType(group: string, version: string, plural: string): ResourceType | undefined {
    return this.types().find((t) => t.group === group && t.version === version && t.plural === plural);
  }

  /** The OpenAPI v3 documents currently served (built-in + one per CRD group-version). */
  openApiDocs(): OpenApiDoc[] {
    const docs = [...builtinDocs().values()];
    const crds = this.crds();
    // Regenerated whenever a CRD changes (its resourceVersion moves).
    const crdVersions = crds.map((c) => `${String(meta(c).name)}@${String(meta(c).resourceVersion)}`).join(',');
    const byGv = new Map<string, ResourceType[]>();
    for (const t of crdTypes(crds)) byGv.set(gvPathOf(t), [...(byGv.get(gvPathOf(t)) ?? []), t]);
    for (const [gvPath, ts] of byGv) {
      const cacheKey = `${gvPath}|${crdVersions}`;
      let doc = this.crdDocCache.get(cacheKey);
      if (!doc) {
        doc = crdGroupDoc(
          gvPath,
          ts.map((t) => ({
            group: t.group,
            version: t.version,
            kind: t.kind,
            listKind: t.listKind,
            plural: t.plural,
            namespaced: t.namespaced,
            schema: t.schema.source === 'crd' ? t.schema.openAPIV3Schema : {},
            statusSubresource: t.subresources.includes('status')
          }))
        );
        this.crdDocCache.set(cacheKey, doc);
      }
      docs.push(doc);
    }
    return docs;
  }

  private namespaceType(): ResourceType {
    return BUILTIN_TYPES[0];
  }

  /** 404 when the namespace does not exist; 403 when it is terminating and `creating`. */
  private checkNamespace(t: ResourceType, ns: string | undefined, name: string, creating: boolean): void {
    if (!t.namespaced) return;
    const nsObj = this.store.get(this.namespaceType(), undefined, String(ns));
    if (!nsObj) throw notFound(this.namespaceType(), String(ns));
    if (creating && (nsObj.obj.status as Json | undefined)?.phase === 'Terminating') {
      throw new ApiError(
        403,
        'Forbidden',
        `${qualifiedResource(t)} "${name}" is forbidden: unable to create new content in namespace ${String(ns)} because it is being terminated`,
        {
          ...detailsOf(t, name),
          causes: [{ reason: 'NamespaceTerminating', message: `namespace ${String(ns)} is being terminated`, field: 'metadata.namespace' }]
        }
      );
    }
  }

  private checkWritable(t: ResourceType, name: string, verb: string): void {
    if (t.readOnly) {
      throw new ApiError(
        403,
        'Forbidden',
        `${qualifiedResource(t)} "${name}" is forbidden: User "emulator-user" cannot ${verb} resource "${t.plural}" in API group "${t.group}" at the cluster scope`,
        detailsOf(t, name)
      );
    }
  }

  private checkShape(t: ResourceType, body: Json, ns: string | undefined, apply: boolean): void {
    const what = apply ? 'apply patch' : 'object';
    if (body.apiVersion !== gvString(t)) {
      if (apply)
        throw badRequest(`Incorrect version specified in apply patch. Specified patch version: ${String(body.apiVersion ?? '')}, expected: ${gvString(t)}`);
      throw badRequest(`the API version in the data (${String(body.apiVersion ?? '')}) does not match the expected API version (${gvString(t)})`);
    }
    if (body.kind !== t.kind) {
      if (apply) throw badRequest(`Incorrect kind specified in apply patch. Specified patch kind: ${String(body.kind ?? '')}, expected: ${t.kind}`);
      throw badRequest(`the kind in the data (${String(body.kind ?? '')}) does not match the expected kind (${t.kind}) for this ${what}`);
    }
    const m = isMap(body.metadata) ? body.metadata : {};
    if (t.namespaced && m.namespace !== undefined && m.namespace !== ns)
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }

  /**
   * Unknown fields / wrong types. Apply: always 400 (structured-merge-diff cannot type the patch).
   * POST/PUT: per fieldValidation (Strict → 400, Warn → warnings + drop, Ignore → drop).
   */
  private typedStage(t: ResourceType, body: Json, name: string, ns: string | undefined, opts: WriteOptions, apply: boolean, warnings: string[]): void {
    const { typed } = checkSchema(t, body);
    if (!typed.length) return;
    if (apply) {
      const id = `${ns ? `${ns}/` : ''}${name}; ${gvString(t)}, Kind=${t.kind}`;
      throw badRequest(`failed to create typed patch object (${id}): ${typed.map((e) => `${smdPath(e.path)}: ${e.message}`).join('\n')}`);
    }
    const wrongType = typed.filter((e) => !e.unknownField);
    if (wrongType.length) {
      throw badRequest(
        `${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: ${wrongType.map((e) => `${fieldPath(e.path)}: ${e.message}`).join(', ')}`
      );
    }
    const directive = opts.fieldValidation ?? 'Warn';
    const texts = typed.map((e) => `unknown field "${fieldPath(e.path)}"`);
    if (directive === 'Strict')
      throw badRequest(`${t.kind} in version "${t.version}" cannot be handled as a ${t.kind}: strict decoding error: ${texts.join(', ')}`);
    if (directive === 'Warn') warnings.push(...texts);
    for (const e of typed) deletePath(body, e.path);
  }

  private validateObject(t: ResourceType, obj: Json, old: Json | undefined): void {
    const name = String(meta(obj).name ?? '');
    const problems = [...checkSchema(t, obj).invalid, ...semanticChecks(t, obj, old)];
    if (problems.length) throw invalidError(t, name, problems);
  }

  private checkSecretData(t: ResourceType, obj: Json): void {
    if (typeKey(t) !== '/secrets' || !isMap(obj.data)) return;
    for (const [k, v] of Object.entries(obj.data)) {
      const s = String(v);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
        throw badRequest(
          `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${Math.max(0, s.search(/[^A-Za-z0-9+/=]/))} (data[${k}])`
        );
      }
    }
  }

  private allocate(t: ResourceType, obj: Json): void {
    if (typeKey(t) === '/services') {
      const spec = obj.spec as Json | undefined;
      if (spec && spec.type !== 'ExternalName' && spec.clusterIP === undefined) {
        const ip = `10.0.${Math.floor(this.serviceIp / 250)}.${(this.serviceIp % 250) + 1}`;
        this.serviceIp++;
        spec.clusterIP = ip;
        spec.clusterIPs = [ip];
      } else if (spec && spec.clusterIP !== undefined && spec.clusterIPs === undefined && spec.clusterIP !== 'None') spec.clusterIPs = [spec.clusterIP];
    }
  }

  private persist(t: ResourceType, obj: Json, managers: ManagerEntry[], old: Stored | undefined): Stored {
    const stored = this.store.write(t, obj, managers);
    this.hooks.onWrite(t, stored, old?.obj);
    return stored;
  }

  // ---------------------------------------------------------------- verbs

  get(t: ResourceType, ns: string | undefined, name: string): Json {
    const s = this.store.get(t, ns, name);
    if (!s) throw notFound(t, name);
    return this.store.render(s);
  }

  list(t: ResourceType, ns: string | undefined, q: ListQuery): { items: Json[]; resourceVersion: string; continue?: string } {
    let labels;
    let fields;
    try {
      labels = parseLabelSelector(q.labelSelector);
      fields = parseFieldSelector(q.fieldSelector, typeKey(t));
    } catch (e) {
      if (e instanceof SelectorError) throw badRequest(e.message);
      throw e;
    }
    let items = this.store
      .list(t, t.namespaced ? ns : undefined)
      .map((s) => this.store.render(s))
      .filter((o) => labelsMatch(labels, (o.metadata as Json).labels as Record<string, string>) && fieldsMatch(fields, o));
    let next: string | undefined;
    const start = q.continue ? Number(Buffer.from(q.continue, 'base64').toString('utf8')) : 0;
    if (q.continue && !Number.isInteger(start)) throw badRequest('continue key is not valid');
    if (q.limit && q.limit > 0) {
      if (start + q.limit < items.length) next = Buffer.from(String(start + q.limit)).toString('base64');
      items = items.slice(start, start + q.limit);
    }
    return { items, resourceVersion: String(this.store.resourceVersion), continue: next };
  }

  /** POST: create (201), 409 AlreadyExists when the name is taken. */
  create(t: ResourceType, ns: string | undefined, raw: unknown, opts: WriteOptions): WriteResult {
    if (!isMap(raw)) throw badRequest('the body of the request was in an unknown format');
    const body = stripNulls(raw) as Json;
    this.checkShape(t, body, ns, false);
    const m = meta(body);
    if (!m.name && m.generateName) m.name = `${String(m.generateName)}${randomBytes(3).toString('hex').slice(0, 5)}`;
    const name = String(m.name ?? '');
    if (!name)
      throw invalidError(t, '', [{ path: ['metadata', 'name'], reason: 'FieldValueRequired', message: 'Required value: name or generateName is required' }]);
    this.checkWritable(t, name, 'create');
    if (t.namespaced) m.namespace = ns;
    else delete m.namespace;
    this.checkNamespace(t, ns, name, true);
    const warnings: string[] = [];
    this.typedStage(t, body, name, ns, opts, false, warnings);
    for (const k of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'deletionTimestamp']) delete m[k];
    this.checkSecretData(t, body);
    applyDefaults(t, body, true);
    this.validateObject(t, body, undefined);
    if (this.store.get(t, ns, name)) throw new ApiError(409, 'AlreadyExists', `${qualifiedResource(t)} "${name}" already exists`, detailsOf(t, name));
    if (t.generation) m.generation = 1;
    this.allocate(t, body);
    const manager = opts.fieldManager ?? opts.defaultManager ?? 'unknown';
    const managers = recordUpdate(undefined, body, structureOf(t), [], manager, gvString(t), nowIso());
    if (opts.dryRun) return { code: 201, object: { apiVersion: gvString(t), kind: t.kind, ...body }, warnings };
    const s = this.persist(t, body, managers, undefined);
    return { code: 201, object: this.store.render(s), warnings };
  }

  /** PATCH application/apply-patch+yaml: create (201) or merge (200); no-op when nothing changes. */
  apply(t: ResourceType, ns: string | undefined, name: string, raw: unknown, opts: WriteOptions): WriteResult {
    if (!opts.fieldManager) {
      throw new ApiError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch', {
        group: 'meta.k8s.io',
        kind: 'PatchOptions',
        causes: [{ reason: 'FieldValueRequired', message: 'Required value: is required for apply patch', field: 'fieldManager' }]
      });
    }
    if (!isMap(raw)) throw badRequest('error decoding YAML: the apply patch must be a map');
    const applied = stripNulls(raw) as Json;
    this.checkShape(t, applied, ns, true);
    const am = isMap(applied.metadata) ? applied.metadata : {};
    if (am.name !== name) throw badRequest(`the name of the object (${String(am.name ?? '')}) does not match the name on the URL (${name})`);
    if (am.managedFields !== undefined) throw badRequest('metadata.managedFields must be nil');
    this.checkWritable(t, name, 'patch');
    const live = this.store.get(t, ns, name);
    this.checkNamespace(t, ns, name, !live);
    // status is reset on the main resource (it has a status subresource); identity fields are not applied.
    const intent: Json = structuredClone(applied);
    if (t.subresources.includes('status')) delete intent.status;
    const im = meta(intent);
    if (im.resourceVersion !== undefined && live && im.resourceVersion !== meta(live.obj).resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedResource(t)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        detailsOf(t, name)
      );
    }
    for (const k of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp']) delete im[k];
    if (t.namespaced) im.namespace = ns;
    const warnings: string[] = [];
    this.typedStage(t, intent, name, ns, opts, true, warnings);
    if (typeKey(t) === '/secrets' && isMap(intent.stringData)) {
      // stringData is write-only: apply it as the data keys it becomes.
      const data = { ...((intent.data as Json | undefined) ?? {}) };
      for (const [k, v] of Object.entries(intent.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
      intent.data = data;
      delete intent.stringData;
    }
    const now = nowIso();
    let merged;
    try {
      merged = serverSideApply(live?.obj, intent, structureOf(t), live?.managers ?? [], opts.fieldManager, gvString(t), opts.force === true, now);
    } catch (e) {
      if (!(e instanceof StructureError)) throw e;
      throw badRequest(`failed to create typed patch object (${ns ? `${ns}/` : ''}${name}; ${gvString(t)}, Kind=${t.kind}): ${e.path}: ${e.message}`);
    }
    if (merged.conflicts.length) {
      const texts = merged.conflicts.map((c) => `conflict with "${c.manager}": ${displayPath(c.path)}`);
      throw new ApiError(
        409,
        'Conflict',
        `Apply failed with ${merged.conflicts.length} conflict${merged.conflicts.length > 1 ? 's' : ''}: ${texts.join('\n')}`,
        {
          ...detailsOf(t, name),
          causes: merged.conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with "${c.manager}"`, field: displayPath(c.path) }))
        }
      );
    }
    const next = merged.object;
    if (live) carryServerFields(live.obj, next, true);
    else {
      const nm = meta(next);
      for (const k of ['uid', 'resourceVersion', 'generation', 'creationTimestamp']) delete nm[k];
      nm.name = name;
      if (t.namespaced) nm.namespace = ns;
    }
    this.checkSecretData(t, next);
    applyDefaults(t, next, !live);
    this.validateObject(t, next, live?.obj);
    if (live) {
      if (deepEqual(comparable(live.obj), comparable(next)) && sameOwnership(live.managers, merged.managers)) {
        return { code: 200, object: this.store.render(live), warnings };
      }
      if (t.generation && !deepEqual(generationSubject(t, live.obj), generationSubject(t, next)))
        meta(next).generation = Number(meta(live.obj).generation ?? 0) + 1;
    } else {
      if (t.generation) meta(next).generation = 1;
      this.allocate(t, next);
    }
    // A dry run answers the object as it would be stored, ownership included (metadata.managedFields), as the API server does.
    if (opts.dryRun) return { code: live ? 200 : 201, object: this.store.render({ type: t, obj: next, managers: merged.managers }), warnings };
    const s = this.persist(t, next, merged.managers, live);
    return { code: live ? 200 : 201, object: this.store.render(s), warnings };
  }

  /** PUT (whole object) or a JSON merge patch turned into one; `subresource` = 'status' writes only status. */
  update(t: ResourceType, ns: string | undefined, name: string, raw: unknown, opts: WriteOptions, subresource?: string): WriteResult {
    if (!isMap(raw)) throw badRequest('the body of the request was in an unknown format');
    const body = stripNulls(raw) as Json;
    this.checkShape(t, body, ns, false);
    const bm = meta(body);
    if (bm.name !== undefined && bm.name !== name) throw badRequest(`the name of the object (${String(bm.name)}) does not match the name on the URL (${name})`);
    this.checkWritable(t, name, 'update');
    const live = this.store.get(t, ns, name);
    if (!live) throw notFound(t, name);
    if (bm.resourceVersion !== undefined && bm.resourceVersion !== meta(live.obj).resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedResource(t)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        detailsOf(t, name)
      );
    }
    const warnings: string[] = [];
    let next: Json;
    if (subresource === 'status') {
      next = structuredClone(live.obj);
      next.status = body.status;
    } else {
      this.typedStage(t, body, name, ns, opts, false, warnings);
      next = body;
      carryServerFields(live.obj, next, t.subresources.includes('status'));
      this.checkSecretData(t, next);
      applyDefaults(t, next, false);
      this.validateObject(t, next, live.obj);
    }
    if (deepEqual(comparable(live.obj), comparable(next))) return { code: 200, object: this.store.render(live), warnings };
    if (!subresource && t.generation && !deepEqual(generationSubject(t, live.obj), generationSubject(t, next)))
      meta(next).generation = Number(meta(live.obj).generation ?? 0) + 1;
    const managers = recordUpdate(
      live.obj,
      next,
      structureOf(t),
      live.managers,
      opts.fieldManager ?? opts.defaultManager ?? 'unknown',
      gvString(t),
      nowIso(),
      subresource
    );
    if (opts.dryRun) return { code: 200, object: this.store.render({ type: t, obj: next, managers }), warnings };
    const s = this.persist(t, next, managers, live);
    return { code: 200, object: this.store.render(s), warnings };
  }

  mergePatch(t: ResourceType, ns: string | undefined, name: string, patch: unknown, opts: WriteOptions, subresource?: string): WriteResult {
    const live = this.store.get(t, ns, name);
    if (!live) throw notFound(t, name);
    const current = this.store.render(live);
    delete meta(current).managedFields;
    const patched = mergePatch(current, patch) as Json;
    if (!isMap(patch) || !isMap(patch.metadata) || (patch.metadata as Json).resourceVersion === undefined) delete meta(patched).resourceVersion;
    return this.update(t, ns, name, patched, opts, subresource);
  }

  /** PATCH application/json-patch+json (what `kubectl rollout undo` sends): the operations, then an update. */
  jsonPatch(t: ResourceType, ns: string | undefined, name: string, ops: unknown, opts: WriteOptions, subresource?: string): WriteResult {
    const live = this.store.get(t, ns, name);
    if (!live) throw notFound(t, name);
    const current = this.store.render(live);
    delete meta(current).managedFields;
    let patched: Json;
    try {
      patched = jsonPatch(current, ops) as Json;
    } catch (e) {
      throw new ApiError(422, 'Invalid', `the server rejected our request due to an error in our request: ${(e as Error).message}`, detailsOf(t, name));
    }
    if (meta(patched).resourceVersion === meta(current).resourceVersion) delete meta(patched).resourceVersion;
    return this.update(t, ns, name, patched, opts, subresource);
  }

  /** DELETE: 200 with a Success Status (the namespace itself: the Terminating object), 404 when missing. */
  remove(t: ResourceType, ns: string | undefined, name: string, opts: { dryRun?: boolean; propagationPolicy?: string }): Json {
    const s = this.store.get(t, ns, name);
    if (!s) throw notFound(t, name);
    this.checkWritable(t, name, 'delete');
    const uid = meta(s.obj).uid;
    if (typeKey(t) === '/namespaces') {
      if (opts.dryRun) return this.store.render(s);
      if (!meta(s.obj).deletionTimestamp) {
        const next = structuredClone(s.obj);
        meta(next).deletionTimestamp = nowIso();
        next.status = { ...((next.status as Json | undefined) ?? {}), phase: 'Terminating' };
        const stored = this.store.write(t, next, s.managers);
        this.hooks.onWrite(t, stored, s.obj);
        return this.store.render(stored);
      }
      return this.store.render(s);
    }
    if (opts.dryRun) return this.store.render(s);
    this.deleteNow(s, opts.propagationPolicy);
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { ...detailsOf(t, name), uid } };
  }

  /** Removes an object now, then its dependents (ownerReferences) unless orphaned. */
  deleteNow(s: Stored, propagationPolicy?: string): void {
    const m = meta(s.obj);
    if (this.store.get(s.type, m.namespace as string | undefined, String(m.name)) !== s) return; // already gone
    this.store.remove(s);
    this.hooks.onDelete(s.type, s);
    const uid = meta(s.obj).uid;
    for (const other of this.store.all()) {
      const refs = (meta(other.obj).ownerReferences as Json[] | undefined) ?? [];
      if (!refs.some((r) => r.uid === uid)) continue;
      if (propagationPolicy === 'Orphan') {
        const next = structuredClone(other.obj);
        meta(next).ownerReferences = refs.filter((r) => r.uid !== uid);
        if (!(meta(next).ownerReferences as Json[]).length) delete meta(next).ownerReferences;
        this.store.write(other.type, next, other.managers);
      } else this.deleteNow(other, propagationPolicy);
    }
  }

  /** DELETE on a collection: deletes what the selectors match, answers the list of deleted objects. */
  removeCollection(t: ResourceType, ns: string | undefined, q: ListQuery, opts: { dryRun?: boolean; propagationPolicy?: string }): Json {
    const { items } = this.list(t, ns, { ...q, limit: undefined, continue: undefined });
    for (const o of items) this.remove(t, (o.metadata as Json).namespace as string | undefined, String((o.metadata as Json).name), opts);
    return { kind: t.listKind, apiVersion: gvString(t), metadata: { resourceVersion: String(this.store.resourceVersion) }, items };
  }

  /** A write by an emulated controller (no validation; an Update by `manager`, optionally to status). */
  controllerWrite(s: Stored, next: Json, manager: string, subresource?: string): Stored {
    if (deepEqual(comparable(s.obj), comparable(next))) return s;
    const managers = recordUpdate(s.obj, next, structureOf(s.type), s.managers, manager, gvString(s.type), nowIso(), subresource);
    const stored = this.store.write(s.type, next, managers);
    this.hooks.onWrite(s.type, stored, s.obj);
    return stored;
  }

  /** A create by an emulated controller. */
  controllerCreate(t: ResourceType, obj: Json, manager: string): Stored {
    applyDefaults(t, obj, true);
    if (t.generation) meta(obj).generation = 1;
    const managers = recordUpdate(undefined, obj, structureOf(t), [], manager, gvString(t), nowIso());
    const stored = this.store.write(t, obj, managers);
    this.hooks.onWrite(t, stored, undefined);
    return stored;
  }
}
