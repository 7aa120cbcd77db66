/**
 * Which previews a cleanup removes, and why each one stays or goes. Pure: the previews that
 * exist, their pull requests' states, the time and max-preview-age in; a decision out
 * (table-tested in test/unit/run/cleanup.test.ts). A preview is removed only on evidence: its
 * pull request closed, or gone (404), or — with max-preview-age — a last deploy known to be older.
 */
import type { Preview } from '../targets/target.js';
import type { PullState } from '../github/pulls.js';

export interface CleanupItem {
  pr: number;
  instance: string;
  /** The pull request's state; 'unknown' when GitHub was not asked about it. */
  state: PullState | 'unknown';
  reason: string;
  lastDeployed?: string;
}

export interface CleanupDecision {
  removed: CleanupItem[];
  kept: CleanupItem[];
}

/** `3d 4h`, `5h`, `12m`: a duration as people read it. */
export function humanDuration(ms: number): string {
  const m = Math.floor(ms / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  if (d > 0) return h ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return `${h}h`;
  return `${m % 60}m`;
}

function decideOne(
  p: Preview,
  state: { state: PullState; merged?: boolean } | undefined,
  now: number,
  maxAgeMs?: number
): { remove: boolean; item: CleanupItem } {
  const base = { pr: p.pr, instance: p.instance, ...(p.lastDeployed ? { lastDeployed: p.lastDeployed } : {}) };
  if (!state) return { remove: false, item: { ...base, state: 'unknown', reason: `the state of pull request #${p.pr} is not known` } };
  if (state.state === 'closed')
    return { remove: true, item: { ...base, state: 'closed', reason: `pull request #${p.pr} is ${state.merged ? 'merged' : 'closed'}` } };
  if (state.state === 'gone') return { remove: true, item: { ...base, state: 'gone', reason: `pull request #${p.pr} does not exist (404)` } };
  const open = { ...base, state: 'open' as const };
  if (maxAgeMs === undefined) return { remove: false, item: { ...open, reason: `pull request #${p.pr} is open` } };
  const at = p.lastDeployed ? Date.parse(p.lastDeployed) : NaN;
  if (Number.isNaN(at))
    return {
      remove: false,
      item: { ...open, reason: `pull request #${p.pr} is open and the time of its last deploy is not known, so max-preview-age does not apply` }
    };
  const age = now - at;
  const limit = humanDuration(maxAgeMs);
  if (age > maxAgeMs)
    return {
      remove: true,
      item: { ...open, reason: `not deployed to for ${humanDuration(age)}, longer than max-preview-age ${limit} (pull request #${p.pr} is open)` }
    };
  return { remove: false, item: { ...open, reason: `pull request #${p.pr} is open, last deployed ${humanDuration(age)} ago (max-preview-age ${limit})` } };
}

export function decideCleanup(
  previews: readonly Preview[],
  states: ReadonlyMap<number, { state: PullState; merged?: boolean }>,
  now: Date,
  maxAgeMs?: number
): CleanupDecision {
  const out: CleanupDecision = { removed: [], kept: [] };
  const sorted = [...previews].sort((a, b) => a.pr - b.pr || a.instance.localeCompare(b.instance));
  for (const p of sorted) {
    const { remove, item } = decideOne(p, states.get(p.pr), now.getTime(), maxAgeMs);
    (remove ? out.removed : out.kept).push(item);
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The job-summary section: what was removed (or would be, in plan mode), what was kept and why. */
export function cleanupSummary(d: CleanupDecision, o: { planOnly: boolean; failed?: Array<{ pr: number; error: string }> }): string {
  const failed = new Map((o.failed ?? []).map((f) => [f.pr, f.error]));
  const rows = (items: CleanupItem[], removed: boolean) =>
    items.map((i) => {
      const status = removed ? (o.planOnly ? 'would be removed' : failed.has(i.pr) ? `removal FAILED: ${failed.get(i.pr)}` : 'removed') : 'kept';
      return `| #${i.pr} | <code>${cell(i.instance)}</code> | ${status} | ${cell(i.reason)} | ${i.lastDeployed ?? '–'} |`;
    });
  const all = [...rows(d.removed, true), ...rows(d.kept, false)];
  const head = o.planOnly ? 'mode plan: nothing was removed.' : `${d.removed.length - failed.size} removed, ${d.kept.length} kept.`;
  return [
    '### Preview cleanup',
    '',
    all.length ? head : 'No previews found.',
    '',
    ...(all.length ? ['| PR | Preview | | Why | Last deploy |', '| --- | --- | --- | --- | --- |', ...all, ''] : [])
  ].join('\n');
}
