/**
 * The target phases of a run: render → plan, and for a deploy apply → verify (→ rollback),
 * reported to GitHub at start and finish; or the teardown. Each returns the markdown it adds to
 * the job summary, and the error that failed it, instead of writing into a shared report.
 */
import * as core from '@actions/core';
import type { DeployContext, DeployOutputs, Target } from '../targets/target.js';
import type { GitHubReport } from '../github/deployments.js';
import { ActionError, describeError } from '../util/errors.js';

export interface DeployResult {
  /** The target's section of the job summary. */
  summary: string;
  /** The failure, with what was rolled back; undefined: the phase succeeded. */
  error?: ActionError;
  /** Where it went and what was verified (the target's outputs), for the job summary. */
  where?: DeployOutputs;
}

type Report = Pick<GitHubReport, 'config' | 'facts' | 'apiUrl' | 'environment' | 'provenance'>;

/** The GitHub Deployment and preview comment; loaded only when a deploy reports (it never throws). */
const github = () => import('../github/deployments.js');

export function setDeployOutputs(out: DeployOutputs): void {
  for (const key of ['url', 'slot', 'namespace', 'manifests', 'revision'] as const) if (out[key]) core.setOutput(key, out[key]);
  if (out.plan !== undefined) core.setOutput('plan', JSON.stringify(out.plan));
}

export async function teardown(target: Target, ctx: DeployContext, report: Report): Promise<DeployResult> {
  const out = await target.teardown(ctx);
  setDeployOutputs(out);
  await (await github()).reportTeardown({ ...report, phase: 'teardown', where: out });
  return { summary: '', where: out };
}

/** Render and plan; in a deploy, apply and verify, with the rollback on failure. */
export async function deploy(target: Target, ctx: DeployContext, report: Report): Promise<DeployResult> {
  const plan = await core.group(`Plan (target ${ctx.config.target})`, async () => target.plan(ctx, await target.render(ctx)));
  const out = target.outputs(plan);
  setDeployOutputs(out);
  if (ctx.mode !== 'deploy') {
    core.info(`mode ${ctx.mode}: nothing was changed. The plan:\n${JSON.stringify(out.plan, null, 2)}`);
    return { summary: target.summary(plan), where: out };
  }
  const gh = await github();
  const image = { image: ctx.image, digest: ctx.digest ?? '' };
  const started = await gh.reportStart({ ...report, ...image, phase: 'start', where: out });
  const applied = await target.apply(plan);
  const done = applied.ok ? await target.verify(plan, applied.progress) : applied;
  if (done.ok && target.record) await target.record(plan, done.progress);
  const error = done.ok ? undefined : await rolledBack(target, plan, done.progress, done.error);
  const where = target.outputs(plan, done.progress);
  await gh.reportFinish({ ...report, ...image, phase: 'finish', where, deployment: started.deployment, outcome: error ? 'failure' : 'success', error });
  if (!error) setDeployOutputs(where);
  return { summary: target.summary(plan, done.progress), error, where };
}

/** Rolls back what the progress says landed; the error names the failure and what was restored. */
async function rolledBack(target: Target, plan: unknown, progress: unknown, err: unknown): Promise<ActionError> {
  const restored = await target.rollback(plan, progress, err).catch((e: unknown) => [`the rollback FAILED: ${describeError(e).split('\n')[0]}`]);
  const what = restored.length ? `\nRolled back: ${restored.join('; ')}.` : '\nNothing had been changed, so nothing was rolled back.';
  const hint = err instanceof ActionError ? err.hint : undefined;
  return new ActionError(`${describeError(err).replace(/\nHint: [\s\S]*$/, '')}${what}`, hint, { cause: err });
}
