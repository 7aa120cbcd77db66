/**
 * The state of pull requests, for a cleanup and for the slot-quota message: GET
 * /repos/{owner}/{repo}/pulls/{n} per preview. A 404 means the pull request is gone only once the
 * repository itself answered (a token that cannot see the repository gets 404 for every number);
 * any other failure (5xx, timeout, a refused token) throws, naming the call, so that nothing is
 * removed on absence of evidence.
 */
import type { GitHubClient } from './client.js';
import { GitHubApiError } from './client.js';
import { ActionError } from '../util/errors.js';

export type PullState = 'open' | 'closed' | 'gone';

export interface PullRequestState {
  pr: number;
  state: PullState;
  merged?: boolean;
  /** ISO-8601, as GitHub gives it. */
  updatedAt?: string;
}

interface Repo {
  owner: string;
  repo: string;
}

const READ_HINT = "Give the job `pull-requests: read` in its `permissions:` (or pass a github-token that may read the repository's pull requests).";

/** A refused token (403/404 "Resource not accessible") as an error that names the call and the permission. */
function refused(what: string, status: number, message: string): ActionError {
  return new ActionError(`GitHub API: could not ${what} (${status} ${message}); nothing was removed.`, READ_HINT);
}

function statusOf(err: unknown): number | undefined {
  return err instanceof GitHubApiError ? err.status : undefined;
}

/** Reads the repository once, so that a later 404 on a pull request means that pull request, not the repository. */
async function checkRepository(client: GitHubClient, r: Repo): Promise<void> {
  const what = `read repository ${r.owner}/${r.repo}`;
  const got = await client.call(what, 'pull-requests: read', (o) => o.rest.repos.get({ owner: r.owner, repo: r.repo }));
  if (!got.ok) throw refused(what, got.status, got.message);
}

async function onePull(client: GitHubClient, r: Repo, pr: number): Promise<PullRequestState> {
  const what = `read pull request #${pr} of ${r.owner}/${r.repo}`;
  try {
    const got = await client.call(what, 'pull-requests: read', (o) => o.rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: pr }));
    if (!got.ok) throw refused(what, got.status, got.message);
    const d = got.value.data;
    return { pr, state: d.state === 'open' ? 'open' : 'closed', merged: d.merged === true, updatedAt: d.updated_at };
  } catch (e) {
    if (statusOf(e) === 404) return { pr, state: 'gone' };
    throw e;
  }
}

/**
 * The state of each pull request, read one after the other (a handful of previews; no burst on the
 * API). Throws on the first call that fails, with what failed and what to do.
 */
export async function pullRequestStates(client: GitHubClient, r: Repo, prs: readonly number[]): Promise<Map<number, PullRequestState>> {
  const states = new Map<number, PullRequestState>();
  if (!prs.length) return states;
  try {
    await checkRepository(client, r);
    for (const pr of [...new Set(prs)].sort((a, b) => a - b)) states.set(pr, await onePull(client, r, pr));
  } catch (e) {
    if (e instanceof GitHubApiError) {
      const hint =
        e.status === 403 || e.status === 401
          ? READ_HINT
          : 'GitHub did not answer or failed; nothing was removed. Run the cleanup again later (its schedule will), or by hand with workflow_dispatch.';
      throw new ActionError(`${e.message}; nothing was removed.`, e.hint ?? hint, { cause: e });
    }
    throw e;
  }
  return states;
}
