/**
 * The deploy record: what a deploy applied, as salted, truncated per-name hashes, so the next run
 * can say by name what was changed outside the action since, without any value in clear. Pure:
 * the salt comes from the caller (the effect that writes the record picks it at random).
 *
 * Encoding (version 1): `v1.<salt>.<count>.` followed by `count` entries of 8 base64url
 * characters each: 4 for the name (the first 24 bits of SHA-256 over salt, kind and name) and 4
 * for the value (the first 24 bits of SHA-256 over salt, kind, name and value). 24 bits of a
 * value's hash cannot confirm a guess of a secret (some 2^24 other strings share it); they catch a
 * change with a chance of 1 in 16.7 million of missing it. Names are found again by hashing the
 * names a run knows (the current ones and the ones it writes); a recorded name that is gone and
 * unknown to the run is counted, not named.
 */
import { createHash } from 'node:crypto';

/** One thing a deploy applied: an app setting, a site-config field, a Kubernetes field. */
export interface Item {
  kind: string;
  name: string;
  value: string;
}

export interface DeployRecord {
  salt: string;
  /** name hash → value hash */
  entries: Map<string, string>;
}

export type Ref = Pick<Item, 'kind' | 'name'>;

export interface Drift {
  /** Applied by the last deploy and changed since. */
  changed: Ref[];
  /** Not applied by the last deploy and there now. */
  added: Ref[];
  /** Applied by the last deploy and gone now. */
  removed: Ref[];
  /** Applied by the last deploy, gone now, and the name is not known to this run. */
  removedUnnamed: number;
}

export type DriftState = { state: 'no-record' } | { state: 'unreadable'; why: string } | { state: 'compared'; drift: Drift };

const VERSION = 'v1';
const HASH_CHARS = 4;
const ENTRY_CHARS = 2 * HASH_CHARS;
export const SALT_RE = /^[A-Za-z0-9_-]{8}$/;

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, HASH_CHARS);
}

const nameHash = (salt: string, kind: string, name: string) => hash(salt, kind, name);
const valueHash = (salt: string, i: Item) => hash(salt, i.kind, i.name, '=', i.value);
const key = (kind: string, name: string) => `${kind}\u0000${name}`;

/** The record of what was applied (one entry per kind and name; the last value wins). */
export function recordOf(applied: readonly Item[], salt: string): string {
  if (!SALT_RE.test(salt)) throw new Error(`recordOf: salt must be 8 base64url characters, not ${JSON.stringify(salt)}`);
  const unique = new Map(applied.map((i) => [key(i.kind, i.name), i]));
  const entries = [...unique.values()].map((i) => nameHash(salt, i.kind, i.name) + valueHash(salt, i)).sort();
  return `${VERSION}.${salt}.${entries.length}.${entries.join('')}`;
}

/** The record in `text`; undefined when there is none; a string saying why when it cannot be read. */
export function parseRecord(text: string | undefined): DeployRecord | undefined | string {
  if (text === undefined || text === '') return undefined;
  const m = /^v1\.([A-Za-z0-9_-]{8})\.(\d{1,5})\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!m)
    return text.startsWith('v') && !text.startsWith(`${VERSION}.`) ? `it has version ${text.split('.')[0]}, not ${VERSION}` : 'it is not in the expected form';
  const [, salt, count, body] = m;
  if (body.length !== Number(count) * ENTRY_CHARS) return `it says ${count} entries and holds ${body.length / ENTRY_CHARS} (a part of it is missing)`;
  const entries = new Map<string, string>();
  for (let k = 0; k < body.length; k += ENTRY_CHARS) entries.set(body.slice(k, k + HASH_CHARS), body.slice(k + HASH_CHARS, k + ENTRY_CHARS));
  return { salt, entries };
}

/**
 * What changed between the record and the current items, by name. `known` are further names this
 * run knows (what it writes), to name an entry that is gone now. Only `kinds` are compared (the
 * kinds the record was made of).
 */
export function driftBetween(record: DeployRecord, current: readonly Item[], known: readonly Ref[] = []): Drift {
  const seen = new Set<string>();
  const drift: Drift = { changed: [], added: [], removed: [], removedUnnamed: 0 };
  for (const i of current) {
    const h = nameHash(record.salt, i.kind, i.name);
    const recorded = record.entries.get(h);
    seen.add(h);
    if (recorded === undefined) drift.added.push({ kind: i.kind, name: i.name });
    else if (recorded !== valueHash(record.salt, i)) drift.changed.push({ kind: i.kind, name: i.name });
  }
  const byHash = new Map(known.map((k) => [nameHash(record.salt, k.kind, k.name), { kind: k.kind, name: k.name }]));
  for (const h of record.entries.keys()) {
    if (seen.has(h)) continue;
    const ref = byHash.get(h);
    if (ref === undefined) drift.removedUnnamed += 1;
    else drift.removed.push(ref);
  }
  for (const list of [drift.changed, drift.added, drift.removed]) list.sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1));
  return drift;
}

export function hasDrift(d: Drift): boolean {
  return d.changed.length + d.added.length + d.removed.length + d.removedUnnamed > 0;
}

/** Compares when there is a record; says so when there is none or it cannot be read. */
export function compareWithRecord(text: string | undefined, current: readonly Item[], known: readonly Ref[] = []): DriftState {
  const r = parseRecord(text);
  if (r === undefined) return { state: 'no-record' };
  if (typeof r === 'string') return { state: 'unreadable', why: r };
  return { state: 'compared', drift: driftBetween(r, current, known) };
}
