/**
 * The job summary (GITHUB_STEP_SUMMARY), for a reviewer: what GitHub sent and what it meant, the
 * image by digest, where it went and its URL, what was verified, the outcome, and how long the
 * whole step took; then the image's build details, then the target's own table. It names build
 * args, secrets and settings, never their values; event text is escaped (mdText/mdCode).
 */
import * as core from '@actions/core';
import { redact } from './mask.js';
import { mdCode, mdText } from './escape.js';

export interface RunSummary {
  /** What GitHub sent: the event name, its action (pull_request, release) and GITHUB_REF. */
  event: { name: string; action?: string; ref: string };
  /** What the event meant for this action (describeIntent). */
  intent: string;
  mode: string;
  target?: string;
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
  /** Where the deploy went (the target's outputs). */
  where?: { url?: string; slot?: string; namespace?: string; manifests?: string };
  /** What the target proved after the deploy (functionapp: container log, indexed functions, health; aks: rollouts). */
  verified?: string[];
  /** The stored attestation's URL (attest). */
  attestation?: string;
  /** The verification before the deploy (verify-attestation): who built it, or why it was not checked. */
  provenance?: string;
  /** undefined while running; set by the caller from how the step ended. */
  outcome?: 'succeeded' | 'failed';
  /** The whole step, from the first line of run() to the summary. */
  durationMs: number;
  notes: string[];
}

function outcomeText(s: RunSummary): string {
  if (s.outcome === 'failed') return '**failed** (see the log and the annotations)';
  if (s.mode === 'plan') return 'planned: nothing was changed';
  if (s.mode === 'render') return 'rendered and validated: nothing was applied';
  if (s.mode === 'build') return s.pushed ? 'built and pushed' : 'built';
  if (s.mode === 'teardown') return 'torn down';
  if (s.mode === 'cleanup') return 'previews cleaned up (see Preview cleanup below)';
  if (!s.target || !s.where) return s.pushed ? 'pushed; nothing deployed' : 'nothing deployed';
  return s.verified?.length ? 'deployed and verified' : 'deployed';
}

function whereText(s: RunSummary): string {
  if (!s.target) return '–';
  const w = s.where ?? {};
  const parts = [s.target];
  if (w.slot) parts.push(`slot ${mdCode(w.slot)}`);
  if (w.namespace) parts.push(`namespace ${mdCode(w.namespace)}`);
  return parts.join(', ');
}

export function summaryMarkdown(s: RunSummary): string {
  const ev = s.event;
  const event = `${mdCode(ev.name)}${ev.action ? ` (${mdText(ev.action)})` : ''}${ev.ref ? ` on ${mdCode(ev.ref)}` : ''}`;
  const image = s.image ? mdCode(s.image) : s.pushed ? '–' : s.refs.length ? 'not pushed' : '–';
  const rows: Array<[string, string]> = [
    ['Event', event],
    ['Meaning', `${mdText(s.intent)}; mode ${mdText(s.mode)}`],
    ['Image', image],
    ['Target', whereText(s)],
    ['URL', s.where?.url ? mdText(s.where.url) : '–'],
    ['Verified', s.verified?.length ? s.verified.map(mdText).join('<br>') : '–'],
    ...(s.provenance ? [['Provenance', mdText(s.provenance)] as [string, string]] : []),
    ...(s.attestation ? [['Attestation', mdText(s.attestation)] as [string, string]] : []),
    ['Outcome', outcomeText(s)],
    ['Duration', `${(s.durationMs / 1000).toFixed(1)} s (the whole step)`]
  ];
  const build: Array<[string, string]> = [
    ['Digest', s.digest ? mdCode(s.digest) : '–'],
    ['Tags', s.refs.length ? s.refs.map(mdCode).join('<br>') + (s.pushed ? '' : ' (not pushed)') : '–'],
    ['Builder', mdText(s.builder ?? '–')],
    ['Registry login', mdText(s.login)],
    ['Azure credential', mdText(s.azureAuth ?? '–')],
    ['Build args', s.buildArgNames.length ? s.buildArgNames.map(mdCode).join(', ') + ' (values hidden)' : '–'],
    ['Build secrets', s.secretIds.length ? s.secretIds.map(mdCode).join(', ') + ' (values hidden)' : '–']
  ];
  const table = (r: Array<[string, string]>) => ['| | |', '| --- | --- |', ...r.map(([k, v]) => `| ${k} | ${v} |`)];
  const lines = ['### Container deploy', '', ...table(rows), '', '### Image', '', ...table(build), ''];
  const labels = Object.entries(s.labels);
  if (labels.length) {
    lines.push(
      '<details><summary>Labels</summary>',
      '',
      '| label | value |',
      '| --- | --- |',
      ...labels.map(([k, v]) => `| ${mdCode(k)} | ${mdText(v)} |`),
      '',
      '</details>',
      ''
    );
  }
  for (const n of s.notes) lines.push(`> ${mdText(n)}`, '');
  return lines.join('\n');
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redact(markdown), true).write();
}
