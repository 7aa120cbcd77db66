/**
 * Drift of a function app slot: what was changed outside the action since its last deploy, by
 * name (app settings, site-config pull fields), and which of those changes this deploy overwrites.
 * Pure: the record comes from the site's tags (read by preflight), the current state from the
 * same reads the plan uses. The record is written by record.ts after the deploy is verified.
 */
import { compareWithRecord, type Drift, type Item, type Ref } from '../../drift/record.js';
import { recordFromTags } from '../../drift/tags.js';
import type { OnDrift } from '../../config/config.js';
import { driftSentence, refuseDrift, type DriftChange } from '../../drift/report.js';
import type { PullConfig } from './plan.js';
import type { Settings } from './settings.js';

export const SETTING = 'setting';
export const CONFIG = 'config';
const CONFIG_FIELDS = ['linuxFxVersion', 'acrUseManagedIdentityCreds', 'acrUserManagedIdentityID'] as const;

/** The items a record holds for a slot: every app setting, and the site-config fields a deploy writes (normalised as the plan compares them). */
export function appliedItems(settings: Settings, config: PullConfig): Item[] {
  return [
    ...Object.entries(settings).map(([name, value]) => ({ kind: SETTING, name, value: value ?? '' })),
    ...CONFIG_FIELDS.map((name) => ({ kind: CONFIG, name, value: configValue(config, name) }))
  ];
}

function configValue(c: PullConfig, name: (typeof CONFIG_FIELDS)[number]): string {
  if (name === 'linuxFxVersion') return (c.linuxFxVersion ?? '').trim().toLowerCase();
  if (name === 'acrUseManagedIdentityCreds') return String(c.acrUseManagedIdentityCreds ?? false);
  return c.acrUserManagedIdentityID ?? '';
}

/** One change made outside the action: what, how, and whether this deploy overwrites it. */
export interface DriftEntry {
  kind: 'setting' | 'config';
  name: string;
  change: 'changed' | 'added' | 'removed';
  overwritten: boolean;
}

export type FunctionAppDrift =
  | { state: 'no-record' | 'new-slot' }
  | { state: 'not-covered'; why: string }
  | { state: 'unreadable'; why: string }
  | { state: 'compared'; entries: DriftEntry[]; removedUnnamed: number };

export interface DriftInput {
  tags?: Record<string, string>;
  settingsBefore: Settings;
  settingsAfter: Settings;
  configBefore: PullConfig;
  configPatch: PullConfig;
}

/** The drift of the slot deployed to, with what this deploy overwrites. */
export function functionAppDrift(x: DriftInput): FunctionAppDrift {
  const current = appliedItems(x.settingsBefore, x.configBefore);
  const known: Ref[] = Object.keys(x.settingsAfter).map((name) => ({ kind: SETTING, name }));
  const compared = compareWithRecord(recordFromTags(x.tags), current, known);
  if (compared.state !== 'compared') return compared;
  return { state: 'compared', entries: entriesOf(compared.drift, x), removedUnnamed: compared.drift.removedUnnamed };
}

function entriesOf(d: Drift, x: DriftInput): DriftEntry[] {
  const entry = (r: Ref, change: DriftEntry['change']): DriftEntry => ({
    kind: r.kind === CONFIG ? 'config' : 'setting',
    name: r.name,
    change,
    overwritten: overwrites(r, change, x)
  });
  const all = [...d.changed.map((r) => entry(r, 'changed')), ...d.added.map((r) => entry(r, 'added')), ...d.removed.map((r) => entry(r, 'removed'))];
  return [...all.filter((e) => e.kind === 'setting'), ...all.filter((e) => e.kind === 'config')];
}

/** Does the deploy undo this change? It writes a setting's value, drops an added setting, restores a removed one, patches a config field. */
function overwrites(r: Ref, change: DriftEntry['change'], x: DriftInput): boolean {
  if (r.kind === CONFIG) return r.name in x.configPatch;
  const after = x.settingsAfter[r.name];
  if (change === 'changed') return after !== x.settingsBefore[r.name];
  if (change === 'added') return after === undefined;
  return after !== undefined;
}

const label = (e: DriftEntry) => `${e.kind === 'config' ? 'site config' : 'app setting'} ${e.name} (${e.change})`;

export function driftEntries(d: FunctionAppDrift): DriftEntry[] {
  return d.state === 'compared' ? d.entries : [];
}

/** The names-only view for the `plan` output and the summary. */
export function describeDrift(d: FunctionAppDrift) {
  if (d.state !== 'compared') return { state: d.state, ...('why' in d ? { why: d.why } : {}) };
  const names = (f: (e: DriftEntry) => boolean) => d.entries.filter(f).map((e) => `${e.name} (${e.change})`);
  return {
    state: d.entries.length || d.removedUnnamed ? 'drift' : 'none',
    settings: names((e) => e.kind === 'setting'),
    config: names((e) => e.kind === 'config'),
    overwritten: d.entries.filter((e) => e.overwritten).map((e) => e.name),
    ...(d.removedUnnamed ? { removedUnnamed: d.removedUnnamed } : {})
  };
}

/** One line for the log and the summary. Names only. */
export function driftLine(d: FunctionAppDrift, where: string): string {
  switch (d.state) {
    case 'no-record':
      return `Drift: no record yet on ${where} (the first deploy with this action writes one); nothing to compare.`;
    case 'new-slot':
      return `Drift: ${where} is new; nothing to compare.`;
    case 'not-covered':
    case 'unreadable':
      return `Drift: not checked on ${where}: ${d.why}.`;
  }
  if (!d.entries.length && !d.removedUnnamed) return `Drift: none on ${where} since the last deploy.`;
  const unnamed = d.removedUnnamed ? [`${d.removedUnnamed} recorded setting(s) are gone whose names this run does not know`] : [];
  return driftSentence(changes(d), where, unnamed);
}

const changes = (d: FunctionAppDrift): DriftChange[] => driftEntries(d).map((e) => ({ label: label(e), overwritten: e.overwritten }));

/**
 * The on-drift decision, before any write: with `fail`, a deploy that would overwrite a change
 * made outside the action stops here. `mode: plan` never fails on drift; it lists it.
 */
export function checkDrift(d: FunctionAppDrift, onDrift: OnDrift, mode: string, where: string): void {
  refuseDrift(changes(d), {
    onDrift,
    mode,
    where,
    nothing: 'Nothing was written',
    hint: "Keep the change by putting it into the workflow's inputs (app-settings, remove-app-settings, the image), or undo it on the app; or deploy with on-drift: warn to overwrite it."
  });
}
