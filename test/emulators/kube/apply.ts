/**
 * Server-side apply and field ownership (metadata.managedFields), after structured-merge-diff:
 *
 *  - A manager's field set is the set of leaf paths of what it applied, in FieldsV1 terms: `f:<field>`
 *    for map fields, `k:{"name":"functions"}` for an element of an associative list (its key fields;
 *    a missing key field takes its schema default, e.g. a port's `protocol: TCP`), `v:<value>` for an
 *    element of a set; atomic lists/maps and scalars are leaves. The element itself is recorded too
 *    (FieldsV1 `".": {}`), so an element stays as long as someone applies it.
 *  - Apply = live object, minus the fields this manager owned before and no longer applies (unless
 *    another manager also owns them), plus every field it applies now. Elements of associative lists
 *    and sets are merged by key, applied elements first in applied order.
 *  - Conflict: applying a field another manager owns with a different value fails with 409 Conflict
 *    ("Apply failed with N conflicts: conflict with "<manager>": .spec.x") unless `force=true`, which
 *    moves the ownership instead. Same value: shared ownership, no conflict. Server defaults are
 *    owned by nobody, so they never conflict.
 *  - Update operations (POST, PUT, merge patches, controllers) take ownership of the fields they
 *    change, silently, as on a real server.
 *  - Typed-structure errors (an associative-list element without a key field that has no default,
 *    duplicate keys) fail the apply with 400, as "failed to create typed patch object" does.
 */
import type { Json } from './openapi.js';
import { isAtomicMap, listKind, type Structure } from './structure.js';

/** FieldsV1 path segments: `f:name`, `k:{...}`, `v:value`. */
export type FieldPath = string[];

export interface ManagerEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource?: string;
  fields: Set<string>;
}

export class StructureError extends Error {
  constructor(
    readonly path: string,
    message: string
  ) {
    super(message);
  }
}

/** Fields that no manager owns (server-maintained, or identity). */
const UNTRACKED = new Set(['f:apiVersion', 'f:kind', 'f:status']);
const UNTRACKED_META = new Set(
  [
    'name',
    'namespace',
    'uid',
    'resourceVersion',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'selfLink'
  ].map((f) => `f:${f}`)
);

const isMap = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** `.spec.template.spec.containers[name="functions"].image` (structured-merge-diff's path form). */
export function displayPath(path: FieldPath): string {
  return path
    .map((seg) => {
      if (seg.startsWith('f:')) return `.${seg.slice(2)}`;
      if (seg.startsWith('k:')) {
        const keys = JSON.parse(seg.slice(2)) as Json;
        return `[${Object.entries(keys)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(',')}]`;
      }
      return `[=${seg.slice(2)}]`;
    })
    .join('');
}

/** The key object of an associative-list element (missing keys take their schema default). */
function keyOf(el: unknown, keys: string[], itemNode: Json | undefined, s: Structure, at: FieldPath, index: number): string {
  if (!isMap(el)) throw new StructureError(displayPath(at), `element ${index}: associative list with keys has an element that is not a map`);
  const key: Json = {};
  for (const k of keys) {
    let v = el[k];
    if (v === undefined) {
      v = s.child(itemNode, k)?.default;
      if (v === undefined)
        throw new StructureError(
          displayPath(at),
          `element ${index}: associative list with keys has an element that omits key field ${JSON.stringify(k)} (and doesn't have default value)`
        );
      el[k] = v; // the defaulted key becomes part of the element, as after server defaulting
    }
    key[k] = v;
  }
  return `k:${JSON.stringify(key)}`;
}

export interface Leaves {
  leaves: FieldPath[];
  /** Associative lists / sets of the object with their element segments, in order (for merge ordering). */
  lists: Array<{ path: FieldPath; elements: string[] }>;
}

/** The leaf paths of an object (`scope` 'main': without status and identity metadata; 'status': only status). */
export function leafPaths(obj: Json, s: Structure, scope: 'main' | 'status' = 'main'): Leaves {
  const out: Leaves = { leaves: [], lists: [] };
  const walk = (value: unknown, node: Json | undefined, prefix: FieldPath) => {
    if (isMap(value)) {
      if (prefix.length > 0 && (Object.keys(value).length === 0 || isAtomicMap(node))) {
        out.leaves.push(prefix);
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        const seg = `f:${k}`;
        if (prefix.length === 0) {
          if (scope === 'main' && UNTRACKED.has(seg)) continue;
          if (scope === 'status' && seg !== 'f:status') continue;
        }
        if (prefix.length === 1 && prefix[0] === 'f:metadata' && UNTRACKED_META.has(seg)) continue;
        walk(v, s.child(node, k), [...prefix, seg]);
      }
      return;
    }
    if (Array.isArray(value)) {
      const kind = listKind(node);
      const item = s.items(node);
      if (kind.type === 'map') {
        const seen = new Set<string>();
        const elements: string[] = [];
        value.forEach((el, i) => {
          const seg = keyOf(el, kind.keys, item, s, prefix, i);
          if (seen.has(seg)) throw new StructureError(displayPath(prefix), `duplicate entries for key ${displayPath([seg])}`);
          seen.add(seg);
          elements.push(seg);
          out.leaves.push([...prefix, seg]);
          walk(el, item, [...prefix, seg]);
        });
        out.lists.push({ path: prefix, elements });
        return;
      }
      if (kind.type === 'set') {
        const elements = value.map((el) => `v:${JSON.stringify(el)}`);
        if (new Set(elements).size !== elements.length) throw new StructureError(displayPath(prefix), 'duplicate entries in a set');
        for (const seg of elements) out.leaves.push([...prefix, seg]);
        out.lists.push({ path: prefix, elements });
        return;
      }
    }
    out.leaves.push(prefix);
  };
  walk(obj, s.root, []);
  return out;
}

function matchElement(list: unknown[], seg: string): number {
  if (seg.startsWith('v:')) {
    const want = seg.slice(2);
    return list.findIndex((el) => JSON.stringify(el) === want);
  }
  const keys = JSON.parse(seg.slice(2)) as Json;
  return list.findIndex((el) => isMap(el) && Object.entries(keys).every(([k, v]) => el[k] === v));
}

export function getAt(obj: unknown, path: FieldPath): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (seg.startsWith('f:')) cur = isMap(cur) ? cur[seg.slice(2)] : undefined;
    else if (Array.isArray(cur)) {
      const i = matchElement(cur, seg);
      cur = i >= 0 ? cur[i] : undefined;
    } else cur = undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

function setAt(obj: Json, path: FieldPath, value: unknown): void {
  let cur: unknown = obj;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    const nextIsList = !last && !path[i + 1].startsWith('f:');
    if (seg.startsWith('f:')) {
      const m = cur as Json;
      const name = seg.slice(2);
      if (last) {
        m[name] = structuredClone(value);
        return;
      }
      if (nextIsList ? !Array.isArray(m[name]) : !isMap(m[name])) m[name] = nextIsList ? [] : {};
      cur = m[name];
    } else {
      const list = cur as unknown[];
      let idx = matchElement(list, seg);
      if (idx < 0) {
        list.push(seg.startsWith('v:') ? JSON.parse(seg.slice(2)) : { ...(JSON.parse(seg.slice(2)) as Json) });
        idx = list.length - 1;
      }
      if (last) {
        if (seg.startsWith('k:') && isMap(value)) list[idx] = { ...(list[idx] as Json), ...(JSON.parse(seg.slice(2)) as Json) };
        return;
      }
      cur = list[idx];
    }
  }
}

function deleteAt(obj: Json, path: FieldPath): void {
  const chain: unknown[] = [obj];
  let cur: unknown = obj;
  for (const seg of path.slice(0, -1)) {
    cur = getAt(cur, [seg]);
    if (cur === undefined) return;
    chain.push(cur);
  }
  const last = path[path.length - 1];
  if (last.startsWith('f:')) {
    if (isMap(cur)) delete cur[last.slice(2)];
  } else if (Array.isArray(cur)) {
    const i = matchElement(cur, last);
    if (i >= 0) cur.splice(i, 1);
  }
  // Drop maps and lists left empty by the removal (they were never leaves of their own).
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = chain[i];
    const child = chain[i + 1];
    const empty = (isMap(child) && Object.keys(child).length === 0) || (Array.isArray(child) && child.length === 0);
    if (!path[i].startsWith('f:') || !isMap(parent) || !empty) break;
    delete parent[path[i].slice(2)];
  }
}

const enc = (p: FieldPath) => JSON.stringify(p);
const dec = (s: string) => JSON.parse(s) as FieldPath;
const isPrefix = (a: FieldPath, b: FieldPath) => a.length <= b.length && a.every((seg, i) => seg === b[i]);
const isElement = (p: FieldPath) => p.length > 0 && !p[p.length - 1].startsWith('f:');

export const deepEqual = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (isMap(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical(v[k])])
    );
  return v;
}

export interface Conflict {
  manager: string;
  path: FieldPath;
}

export interface ApplyResult {
  object: Json;
  managers: ManagerEntry[];
  conflicts: Conflict[];
}

/**
 * Merges `applied` (the manager's full intent) into `live` (undefined on create). Returns the new
 * object (status/server fields are the caller's business) and the new ownership.
 */
export function serverSideApply(
  live: Json | undefined,
  applied: Json,
  s: Structure,
  prior: ManagerEntry[],
  manager: string,
  apiVersion: string,
  force: boolean,
  now: string
): ApplyResult {
  const { leaves: appliedLeaves, lists } = leafPaths(applied, s);
  const conflicts: Conflict[] = [];
  const managers = prior.map((m) => ({ ...m, fields: new Set(m.fields) }));
  const others = managers.filter((m) => !(m.manager === manager && m.operation === 'Apply') && !m.subresource);
  if (live) {
    for (const leaf of appliedLeaves) {
      if (isElement(leaf)) continue;
      for (const m of others) {
        for (const owned of [...m.fields]) {
          const op = dec(owned);
          if (isElement(op)) continue;
          const overlapping = isPrefix(op, leaf) || isPrefix(leaf, op);
          if (!overlapping) continue;
          const at = op.length >= leaf.length ? op : leaf;
          if (deepEqual(getAt(live, at), getAt(applied, at))) continue;
          if (force) m.fields.delete(owned);
          else if (!conflicts.some((c) => c.manager === m.manager && enc(c.path) === owned)) conflicts.push({ manager: m.manager, path: op });
        }
      }
    }
  }
  if (conflicts.length) return { object: live ?? applied, managers: prior, conflicts };

  const result: Json = structuredClone(live ?? { apiVersion: applied.apiVersion, kind: applied.kind, metadata: {} });
  const mine = managers.find((m) => m.manager === manager && m.operation === 'Apply' && !m.subresource);
  const appliedSet = new Set(appliedLeaves.map(enc));
  if (mine) {
    // Shortest first: a list element goes as a whole (its key fields identify it, so they must not go first).
    const stale = [...mine.fields].filter((f) => !appliedSet.has(f)).sort((a, b) => dec(a).length - dec(b).length);
    for (const owned of stale) {
      const p = dec(owned);
      // Still applied in another shape (a map that became a leaf, or the reverse)? Keep it.
      if (appliedLeaves.some((a) => !isElement(a) && (isPrefix(p, a) || isPrefix(a, p)))) continue;
      if (others.some((m) => [...m.fields].some((f) => isPrefix(p, dec(f))))) continue;
      deleteAt(result, p);
    }
  }
  for (const leaf of appliedLeaves) setAt(result, leaf, getAt(applied, leaf));
  // Associative lists and sets: the applied elements in applied order, then the others.
  for (const { path, elements } of lists) {
    const list = getAt(result, path);
    if (!Array.isArray(list)) continue;
    const ordered = elements.map((seg) => list[matchElement(list, seg)]).filter((el) => el !== undefined);
    const rest = list.filter((el) => !ordered.includes(el));
    list.splice(0, list.length, ...ordered, ...rest);
  }
  result.apiVersion = applied.apiVersion;
  result.kind = applied.kind;
  const entry: ManagerEntry = { manager, operation: 'Apply', apiVersion, time: now, fields: appliedSet };
  const next = managers.filter((m) => m !== mine && m.fields.size > 0);
  if (entry.fields.size > 0) next.push(entry); // a manager that owns nothing is not listed
  return { object: result, managers: next, conflicts: [] };
}

/** Ownership after an Update operation by `manager` that turned `before` into `after`. */
export function recordUpdate(
  before: Json | undefined,
  after: Json,
  s: Structure,
  prior: ManagerEntry[],
  manager: string,
  operationApiVersion: string,
  now: string,
  subresource?: string
): ManagerEntry[] {
  let leaves: FieldPath[];
  try {
    leaves = leafPaths(after, s, subresource === 'status' ? 'status' : 'main').leaves;
  } catch (e) {
    if (!(e instanceof StructureError)) throw e;
    leaves = [];
  }
  // A list element the update added is its (FieldsV1 "."); one that was there already stays its owner's, whatever changed inside it.
  const changed = leaves.filter((p) => !before || (isElement(p) ? getAt(before, p) === undefined : !deepEqual(getAt(before, p), getAt(after, p))));
  const managers = prior.map((m) => ({ ...m, fields: new Set(m.fields) }));
  for (const m of managers) {
    for (const p of changed) m.fields.delete(enc(p));
    // Fields the update removed are owned by nobody any more.
    for (const f of [...m.fields]) if (getAt(after, dec(f)) === undefined) m.fields.delete(f);
  }
  if (changed.length) {
    let mine = managers.find((m) => m.manager === manager && m.operation === 'Update' && m.subresource === subresource);
    if (!mine) {
      mine = { manager, operation: 'Update', apiVersion: operationApiVersion, time: now, subresource, fields: new Set() };
      managers.push(mine);
    }
    mine.time = now;
    for (const p of changed) mine.fields.add(enc(p));
  }
  return managers.filter((m) => m.fields.size > 0);
}

/** metadata.managedFields as the API returns it. */
export function renderManagedFields(managers: ManagerEntry[]): Json[] {
  return managers.map((m) => {
    const fieldsV1: Json = {};
    for (const f of m.fields) {
      let cur = fieldsV1;
      for (const seg of dec(f)) {
        if (!isMap(cur[seg])) cur[seg] = {};
        cur = cur[seg] as Json;
      }
      if (isElement(dec(f))) cur['.'] = {};
    }
    return {
      manager: m.manager,
      operation: m.operation,
      apiVersion: m.apiVersion,
      time: m.time,
      fieldsType: 'FieldsV1',
      fieldsV1,
      ...(m.subresource ? { subresource: m.subresource } : {})
    };
  });
}

/** Same ownership (ignoring timestamps)? Used to detect a no-op apply. */
export function sameOwnership(a: ManagerEntry[], b: ManagerEntry[]): boolean {
  const key = (ms: ManagerEntry[]) =>
    ms
      .map((m) => `${m.manager}|${m.operation}|${m.subresource ?? ''}|${[...m.fields].sort().join(',')}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return structuredClone(patch);
  const out: Json = isMap(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** RFC 6902 JSON patch (add, remove, replace, move, copy, test). Throws on a failing operation. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new Error('a JSON patch must be an array of operations');
  let doc = structuredClone(target);
  const parse = (ptr: unknown) => {
    if (typeof ptr !== 'string' || (ptr !== '' && !ptr.startsWith('/'))) throw new Error(`invalid JSON pointer ${JSON.stringify(ptr)}`);
    return ptr === ''
      ? []
      : ptr
          .slice(1)
          .split('/')
          .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  };
  const parentOf = (path: string[]) => {
    let cur: unknown = doc;
    for (const seg of path.slice(0, -1)) {
      cur = Array.isArray(cur) ? cur[Number(seg)] : isMap(cur) ? cur[seg] : undefined;
      if (cur === undefined) throw new Error(`path /${path.join('/')} does not exist`);
    }
    return cur;
  };
  const read = (path: string[]) => {
    if (!path.length) return doc;
    const parent = parentOf(path);
    const key = path[path.length - 1];
    const v = Array.isArray(parent) ? parent[Number(key)] : isMap(parent) ? parent[key] : undefined;
    if (v === undefined) throw new Error(`path /${path.join('/')} does not exist`);
    return v;
  };
  const remove = (path: string[]) => {
    const parent = parentOf(path);
    const key = path[path.length - 1];
    read(path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Json)[key];
  };
  const add = (path: string[], value: unknown) => {
    if (!path.length) {
      doc = structuredClone(value);
      return;
    }
    const parent = parentOf(path);
    const key = path[path.length - 1];
    if (Array.isArray(parent)) parent.splice(key === '-' ? parent.length : Number(key), 0, structuredClone(value));
    else if (isMap(parent)) parent[key] = structuredClone(value);
    else throw new Error(`path /${path.join('/')} has no parent object`);
  };
  for (const raw of ops) {
    const op = raw as Json;
    const path = parse(op.path);
    switch (op.op) {
      case 'add':
        add(path, op.value);
        break;
      case 'remove':
        remove(path);
        break;
      case 'replace':
        read(path);
        if (path.length) remove(path);
        add(path, op.value);
        break;
      case 'move': {
        const from = parse(op.from);
        const v = read(from);
        remove(from);
        add(path, v);
        break;
      }
      case 'copy':
        add(path, read(parse(op.from)));
        break;
      case 'test':
        if (!deepEqual(read(path), op.value)) throw new Error(`test operation failed at ${String(op.path)}`);
        break;
      default:
        throw new Error(`unknown JSON patch operation ${JSON.stringify(op.op)}`);
    }
  }
  return doc;
}
