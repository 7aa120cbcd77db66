/**
 * How drift reads, whatever the target: one sentence for the log and the summary (what this
 * deploy overwrites, what it keeps), and the on-drift decision before the first write. The
 * targets say what a change is called (`app setting X (changed)`, `Deployment/x spec.replicas (set by …)`).
 */
import type { OnDrift } from '../config/config.js';
import { ActionError } from '../util/errors.js';

export interface DriftChange {
  /** The change by name, never its value. */
  label: string;
  overwritten: boolean;
}

/** `Drift: changed outside this action since the last deploy on <where>: this deploy overwrites …; kept as they are now: ….` */
export function driftSentence(changes: readonly DriftChange[], where: string, more: string[] = []): string {
  const over = changes.filter((c) => c.overwritten).map((c) => c.label);
  const kept = changes.filter((c) => !c.overwritten).map((c) => c.label);
  const parts = [over.length ? `this deploy overwrites ${over.join(', ')}` : '', kept.length ? `kept as they are now: ${kept.join(', ')}` : '', ...more].filter(
    Boolean
  );
  return `Drift: changed outside this action since the last deploy on ${where}: ${parts.join('; ')}.`;
}

/**
 * on-drift: fail stops a deploy that would overwrite a change made outside the action, before any
 * write. `mode: plan` never fails on drift: it lists it.
 */
export function refuseDrift(changes: readonly DriftChange[], o: { onDrift: OnDrift; mode: string; where: string; nothing: string; hint: string }): void {
  const over = changes.filter((c) => c.overwritten).map((c) => c.label);
  if (o.mode !== 'deploy' || o.onDrift !== 'fail' || !over.length) return;
  throw new ActionError(
    `${o.where} was changed outside this action since its last deploy, and this deploy would overwrite: ${over.join(', ')}. ${o.nothing} (on-drift: fail).`,
    o.hint
  );
}
