/**
 * The cleanup of a run (mode cleanup, or mode plan with cleanup: true): the target lists its
 * previews, GitHub says what became of their pull requests, decideCleanup (pure) picks what goes,
 * and each removal is the teardown a closed pull request gets (target.teardown, then the comment
 * marked and the Deployments made inactive by reportTeardown). Every read happens before the first
 * removal: when GitHub cannot answer, nothing is removed.
 *
 * pullRequestsPort is also what a deploy gets to explain a full slot quota and to evict a closed
 * pull request's preview.
 */
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import type { DeployContext, DeployOutputs, PullRequests, Target } from '../targets/target.js';
import type { GitHubReport } from '../github/deployments.js';
import type { GitHubClient } from '../github/client.js';
import { ActionError, describeError } from '../util/errors.js';
import { cleanupSummary, decideCleanup, type CleanupDecision } from './cleanup.js';
import type { DeployResult } from './deploy-phase.js';

type Report = Pick<GitHubReport, 'config' | 'facts' | 'apiUrl' | 'environment'>;

/** The context of one preview's teardown: the closed pull request as the intent, and no `slot` input (the preview's own slot is pr-<N>). */
function teardownContext(ctx: Omit<DeployContext, 'mode' | 'image'>, pr: number): DeployContext {
  const config: Config = { ...ctx.config, functionapp: { ...ctx.config.functionapp, slot: undefined } };
  return { ...ctx, config, facts: { ...ctx.facts, intent: { kind: 'teardown', pr } }, mode: 'teardown', image: '', pullRequests: undefined };
}

/**
 * Pull-request states through the GitHub API, and the teardown of one preview with its GitHub
 * report. undefined without a github-token. The GitHub client is made on first use only.
 */
export function pullRequestsPort(target: Target, ctx: Omit<DeployContext, 'mode' | 'image'>, report: Report): PullRequests | undefined {
  const token = ctx.config.githubToken;
  const [owner, repo] = (ctx.facts.repo.fullName ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  let client: Promise<GitHubClient> | undefined;
  const github = () =>
    (client ??= import('../github/client.js').then(({ createGitHubClient, logRetry }) =>
      createGitHubClient({
        token,
        baseUrl: report.apiUrl || 'https://api.github.com',
        retry: { onRetry: logRetry }
      })
    ));
  return {
    async states(prs) {
      const { pullRequestStates } = await import('../github/pulls.js');
      return pullRequestStates(await github(), { owner, repo }, prs);
    },
    async evict(pr) {
      const c = teardownContext(ctx, pr);
      const out = await target.teardown(c);
      const { reportTeardown } = await import('../github/deployments.js');
      await reportTeardown({ ...report, config: c.config, facts: c.facts, phase: 'teardown', where: out });
      return out;
    }
  };
}

/** What the `cleanup` output holds. */
export function cleanupOutput(d: CleanupDecision, failed: Array<{ pr: number; error: string }>): Record<string, unknown> {
  return { removed: d.removed, kept: d.kept, ...(failed.length ? { failed } : {}) };
}

export async function cleanup(target: Target, ctx: DeployContext, pulls: PullRequests | undefined, now = new Date()): Promise<DeployResult> {
  const planOnly = ctx.mode === 'plan';
  if (!pulls)
    throw new ActionError(
      'A cleanup asks GitHub which pull requests are closed, and there is no github-token (or GITHUB_REPOSITORY is not owner/name).',
      'Pass github-token (default ${{ github.token }}) with `pull-requests: read`.'
    );
  const previews = await core.group(`Previews of this app (target ${ctx.config.target})`, () => target.previews(ctx));
  core.info(previews.length ? `Previews: ${previews.map((p) => p.instance).join(', ')}.` : 'No previews found.');
  const states = await pulls.states(previews.map((p) => p.pr));
  const decision = decideCleanup(previews, states, now, ctx.config.cleanup?.maxAgeMs);
  for (const i of decision.removed) core.info(`${planOnly ? 'Would remove' : 'Removing'} ${i.instance}: ${i.reason}.`);
  for (const i of decision.kept) core.info(`Keeping ${i.instance}: ${i.reason}.`);
  const failed: Array<{ pr: number; error: string }> = [];
  const removedOut: DeployOutputs[] = [];
  if (!planOnly) {
    for (const i of decision.removed) {
      try {
        removedOut.push(await core.group(`Tear down ${i.instance}`, () => pulls.evict(i.pr)));
      } catch (e) {
        failed.push({ pr: i.pr, error: describeError(e).split('\n')[0] });
        core.warning(`Could not remove ${i.instance}: ${describeError(e)}`);
      }
    }
  }
  core.setOutput('cleanup', JSON.stringify(cleanupOutput(decision, failed)));
  const summary = cleanupSummary(decision, { planOnly, failed });
  const error = failed.length
    ? new ActionError(
        `The cleanup could not remove ${failed.map((f) => `#${f.pr} (${f.error})`).join('; ')}.`,
        'The other previews were handled; fix the cause and run the cleanup again (workflow_dispatch).'
      )
    : undefined;
  return { summary, error, where: { plan: cleanupOutput(decision, failed) } };
}
