/**
 * The job summary (GITHUB_STEP_SUMMARY). It names build args and secrets, never their values.
 */
import * as core from '@actions/core';
import { redact } from './mask.js';
import { mdCode, mdText } from './escape.js';

export interface BuildSummary {
  intent: string;
  mode: string;
  image?: string;
  digest?: string;
  refs: string[];
  pushed: boolean;
  labels: Record<string, string>;
  builder?: string;
  buildArgNames: string[];
  secretIds: string[];
  login: string;
  azureAuth?: string;
  durationMs: number;
  notes: string[];
}

const esc = mdText;
const code = mdCode;

export function buildSummaryMarkdown(s: BuildSummary): string {
  const rows: Array<[string, string]> = [
    ['Event', esc(s.intent)],
    ['Mode', esc(s.mode)],
    ['Image', s.image ? code(s.image) : s.pushed ? '–' : 'not pushed'],
    ['Digest', s.digest ? code(s.digest) : '–'],
    ['Tags', s.refs.length ? s.refs.map(code).join('<br>') : '–'],
    ['Builder', esc(s.builder ?? '–')],
    ['Registry login', esc(s.login)],
    ['Azure credential', esc(s.azureAuth ?? '–')],
    ['Build args', s.buildArgNames.length ? s.buildArgNames.map(code).join(', ') + ' (values hidden)' : '–'],
    ['Build secrets', s.secretIds.length ? s.secretIds.map(code).join(', ') + ' (values hidden)' : '–'],
    ['Duration', `${(s.durationMs / 1000).toFixed(1)} s`]
  ];
  const lines = ['### Image', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
  const labels = Object.entries(s.labels);
  if (labels.length) {
    lines.push('<details><summary>Labels</summary>', '', '| label | value |', '| --- | --- |', ...labels.map(([k, v]) => `| ${code(k)} | ${esc(v)} |`), '', '</details>', '');
  }
  for (const n of s.notes) lines.push(`> ${esc(n)}`, '');
  return lines.join('\n');
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redact(markdown), true).write();
}
