/**
 * Pull requests in the GitHub REST emulator: GET /repos/{owner}/{repo}/pulls/{pull_number} in the
 * shape GitHub documents (docs.github.com/rest/pulls/pulls#get-a-pull-request; the
 * pull-request-full schema of github/rest-api-description): number, state `open` | `closed`,
 * merged / merged_at / closed_at, head and base refs, timestamps. An unknown number is 404
 * "Not Found". The route needs `pull-requests: read` (checked by the server).
 *
 * Also GET /repos/{owner}/{repo} (a minimal repository, metadata: read, which every GITHUB_TOKEN has).
 */

export interface PullRequestSeed {
  number: number;
  state: 'open' | 'closed';
  merged?: boolean;
  /** ISO-8601; default: the emulator's clock. */
  updatedAt?: string;
  headRef?: string;
  title?: string;
}

export interface PullRequest {
  url: string;
  id: number;
  node_id: string;
  html_url: string;
  number: number;
  state: 'open' | 'closed';
  locked: boolean;
  title: string;
  user: { login: string; id: number; type: string };
  body: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  draft: boolean;
  head: { label: string; ref: string; sha: string };
  base: { label: string; ref: string; sha: string };
  merged: boolean;
  mergeable: boolean | null;
  comments: number;
  commits: number;
}

export class PullRequests {
  private readonly byRepo = new Map<string, Map<number, PullRequest>>();

  seed(owner: string, repo: string, p: PullRequestSeed, base: string, now: string): PullRequest {
    const at = p.updatedAt ?? now;
    const closed = p.state === 'closed';
    const merged = closed && p.merged === true;
    const sha = (n: number) => n.toString(16).padStart(40, '0');
    const pr: PullRequest = {
      url: `${base}/repos/${owner}/${repo}/pulls/${p.number}`,
      id: 100_000 + p.number,
      node_id: `PR_${p.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title ?? `Change ${p.number}`,
      user: { login: 'octocat', id: 1, type: 'User' },
      body: null,
      created_at: at,
      updated_at: at,
      closed_at: closed ? at : null,
      merged_at: merged ? at : null,
      merge_commit_sha: merged ? sha(p.number) : null,
      draft: false,
      head: { label: `${owner}:${p.headRef ?? `change-${p.number}`}`, ref: p.headRef ?? `change-${p.number}`, sha: sha(p.number + 1) },
      base: { label: `${owner}:main`, ref: 'main', sha: sha(1) },
      merged,
      mergeable: closed ? null : true,
      comments: 0,
      commits: 1
    };
    const key = `${owner}/${repo}`;
    if (!this.byRepo.has(key)) this.byRepo.set(key, new Map());
    this.byRepo.get(key)!.set(p.number, pr);
    return pr;
  }

  get(owner: string, repo: string, n: number): PullRequest | undefined {
    return this.byRepo.get(`${owner}/${repo}`)?.get(n);
  }

  clear(): void {
    this.byRepo.clear();
  }
}

/** GET /repos/{owner}/{repo}: the fields a client reads to know the repository answered. */
export function repository(owner: string, repo: string, base: string): Record<string, unknown> {
  return {
    id: 1296269,
    node_id: 'R_1',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: true,
    owner: { login: owner, id: 1, type: 'User' },
    html_url: `https://github.com/${owner}/${repo}`,
    url: `${base}/repos/${owner}/${repo}`,
    default_branch: 'main'
  };
}
