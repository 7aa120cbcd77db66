/**
 * Drift on AKS: the API server keeps, per field, which field manager set it last
 * (metadata.managedFields, fieldsV1). The action applies with its own field manager, so a field
 * of an object it applied that another manager owns now (`kubectl edit`, `kubectl scale`,
 * `kubectl set env`, the portal) was changed outside the action since. Which of those this deploy
 * overwrites is the server's own answer: the server-side dry run of the same apply
 * (`--dry-run=server --force-conflicts`) shows the field moved to the action's manager.
 * Pure: the reads are in index.ts. Paths are names only: list items by their keys (an env var's
 * name), a set's values never.
 */
import { driftSentence, refuseDrift, type DriftChange } from '../../drift/report.js';
import type { OnDrift } from '../../config/config.js';

interface ManagedEntry {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsV1?: Record<string, unknown>;
}

export interface LiveObject {
  kind?: string;
  metadata?: { name?: string; managedFields?: ManagedEntry[] };
}

export interface AksDriftEntry {
  /** `Deployment/orders-http` */
  object: string;
  /** `spec.replicas`, `spec.template.spec.containers[name=orders].env[name=FEATURE_X]` */
  field: string;
  /** Who set it: the field manager (e.g. kubectl-edit, kubectl-patch). */
  manager: string;
  overwritten: boolean;
}

/** Fields the API server's own controllers keep on objects the action applies: not drift. */
const SYSTEM = [/^metadata\.annotations\.deployment\.kubernetes\.io\/revision$/, /^status(\.|$)/];

/** fieldsV1 → the owned paths, cut at the deepest list item (an env var, a container), with no set value in them. */
export function fieldPaths(fields: Record<string, unknown> | undefined, prefix = ''): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(fields ?? {})) {
    if (k === '.') continue;
    const seg = segment(k);
    const path = seg.startsWith('[') ? `${prefix}${seg}` : prefix ? `${prefix}.${seg}` : seg;
    const children = v && typeof v === 'object' ? Object.keys(v).filter((c) => c !== '.') : [];
    if (seg.startsWith('[') && !hasItemBelow(v)) out.add(path);
    else if (!children.length) out.add(path);
    else for (const p of fieldPaths(v as Record<string, unknown>, path)) out.add(p);
  }
  return [...out];
}

const isItem = (k: string) => k.startsWith('k:') || k.startsWith('v:') || k.startsWith('i:');

function hasItemBelow(v: unknown): boolean {
  return !!v && typeof v === 'object' && Object.entries(v).some(([k, c]) => isItem(k) || hasItemBelow(c));
}

function segment(k: string): string {
  if (k.startsWith('f:')) return k.slice(2);
  if (k.startsWith('i:')) return `[${k.slice(2)}]`;
  if (k.startsWith('v:')) return '[a value]';
  if (k.startsWith('k:')) {
    try {
      const key = JSON.parse(k.slice(2)) as Record<string, unknown>;
      return `[${Object.entries(key)
        .map(([n, x]) => `${n}=${String(x)}`)
        .join(',')}]`;
    } catch {
      return '[an item]';
    }
  }
  return k;
}

/** The fields of `o` that managers other than `manager` own (not the status subresource, not the controllers' own). */
export function foreignFields(o: LiveObject, manager: string): Array<{ field: string; manager: string }> {
  return (o.metadata?.managedFields ?? [])
    .filter((m) => m.manager !== manager && m.subresource !== 'status')
    .flatMap((m) => fieldPaths(m.fieldsV1).map((field) => ({ field, manager: m.manager ?? 'unknown' })))
    .filter((f) => !SYSTEM.some((re) => re.test(f.field)));
}

const keyOf = (o: LiveObject) => `${o.kind}/${o.metadata?.name}`;

/** Drift of the objects the action applied before: other managers' fields now, and which the dry run of this apply takes over. */
export function aksDrift(live: readonly LiveObject[], dryRun: readonly LiveObject[], manager: string): AksDriftEntry[] {
  const after = new Map(dryRun.map((o) => [keyOf(o), new Set(foreignFields(o, manager).map((f) => `${f.manager}\u0000${f.field}`))]));
  return live
    .filter((o) => (o.metadata?.managedFields ?? []).some((m) => m.manager === manager))
    .flatMap((o) =>
      foreignFields(o, manager).map((f) => ({
        object: keyOf(o),
        field: f.field,
        manager: f.manager,
        overwritten: after.has(keyOf(o)) && !after.get(keyOf(o))!.has(`${f.manager}\u0000${f.field}`)
      }))
    );
}

const label = (e: AksDriftEntry) => `${e.object} ${e.field} (set by ${e.manager})`;

export function aksDriftLine(entries: readonly AksDriftEntry[], where: string, compared: boolean): string {
  if (!compared) return `Drift: no object of this app on ${where} yet; nothing to compare.`;
  if (!entries.length) return `Drift: none on ${where}: every field the action applied is still the action's (field manager).`;
  return driftSentence(changes(entries), where);
}

const changes = (entries: readonly AksDriftEntry[]): DriftChange[] => entries.map((e) => ({ label: label(e), overwritten: e.overwritten }));

/** on-drift: fail stops a deploy that would overwrite a change made outside the action, before any write. */
export function checkAksDrift(entries: readonly AksDriftEntry[], onDrift: OnDrift, mode: string, where: string): void {
  refuseDrift(changes(entries), {
    onDrift,
    mode,
    where,
    nothing: 'Nothing was applied',
    hint: "Keep the change by putting it into the workflow's inputs (app-settings, min-replicas, max-replicas, …), or undo it on the cluster; or deploy with on-drift: warn to overwrite it."
  });
}
