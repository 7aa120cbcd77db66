/**
 * The emulated etcd + watch cache: objects by type/namespace/name, one global resourceVersion
 * counter (every write bumps it; a write that changes nothing does not happen), and an event log
 * that watches replay from a resourceVersion, as the API server's watch cache does.
 */
import { randomUUID } from 'node:crypto';
import { renderManagedFields, type ManagerEntry } from './apply.js';
import type { Json } from './openapi.js';
import { gvString, type ResourceType } from './resources.js';

export interface Stored {
  type: ResourceType;
  obj: Json;
  managers: ManagerEntry[];
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface LoggedEvent {
  rv: number;
  typeKey: string;
  type: WatchEventType;
  object: Json;
  previous?: Json;
}

export const typeKey = (t: { group: string; plural: string }) => `${t.group}/${t.plural}`;
export const meta = (o: Json) => (o.metadata ?? (o.metadata = {})) as Json;
export const nowIso = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export class Store {
  private objects = new Map<string, Stored>();
  private rv = 1000;
  readonly log: LoggedEvent[] = [];
  private listeners = new Set<(e: LoggedEvent) => void>();

  private key(t: { group: string; plural: string }, ns: string | undefined, name: string): string {
    return `${typeKey(t)}|${ns ?? ''}|${name}`;
  }

  get resourceVersion(): number {
    return this.rv;
  }

  get(t: ResourceType, ns: string | undefined, name: string): Stored | undefined {
    return this.objects.get(this.key(t, t.namespaced ? ns : undefined, name));
  }

  /** Objects of a type (all namespaces when `ns` is undefined), sorted by namespace/name like etcd keys. */
  list(t: { group: string; plural: string }, ns?: string): Stored[] {
    const prefix = `${typeKey(t)}|`;
    return [...this.objects.entries()]
      .filter(([k, s]) => k.startsWith(prefix) && (ns === undefined || (s.obj.metadata as Json).namespace === ns))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, s]) => s);
  }

  all(): Stored[] {
    return [...this.objects.values()];
  }

  /** The object as the API returns it (managedFields rendered). */
  render(s: Stored): Json {
    const o = structuredClone(s.obj);
    const m = meta(o);
    const mf = renderManagedFields(s.managers);
    const ordered: Json = {};
    for (const [k, v] of Object.entries(m)) {
      ordered[k] = v;
      if (k === 'creationTimestamp' && mf.length) ordered.managedFields = mf;
    }
    if (mf.length && !ordered.managedFields) ordered.managedFields = mf;
    o.metadata = ordered;
    return { apiVersion: gvString(s.type), kind: s.type.kind, ...o };
  }

  /** Persists a new or changed object: bumps resourceVersion, fills uid/creationTimestamp on create, logs the event. */
  write(t: ResourceType, obj: Json, managers: ManagerEntry[]): Stored {
    const m = meta(obj);
    const k = this.key(t, t.namespaced ? String(m.namespace) : undefined, String(m.name));
    const previous = this.objects.get(k);
    if (!previous) {
      m.uid = m.uid ?? randomUUID();
      m.creationTimestamp = m.creationTimestamp ?? nowIso();
    }
    m.resourceVersion = String(++this.rv);
    delete m.managedFields;
    const stored: Stored = { type: t, obj, managers };
    this.objects.set(k, stored);
    this.emit({
      rv: this.rv,
      typeKey: typeKey(t),
      type: previous ? 'MODIFIED' : 'ADDED',
      object: this.render(stored),
      previous: previous ? this.render(previous) : undefined
    });
    return stored;
  }

  remove(s: Stored): void {
    const m = meta(s.obj);
    const k = this.key(s.type, s.type.namespaced ? String(m.namespace) : undefined, String(m.name));
    if (!this.objects.delete(k)) return;
    m.resourceVersion = String(++this.rv);
    this.emit({ rv: this.rv, typeKey: typeKey(s.type), type: 'DELETED', object: this.render(s) });
  }

  private emit(e: LoggedEvent): void {
    this.log.push(e);
    for (const l of this.listeners) l(e);
  }

  subscribe(l: (e: LoggedEvent) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}
