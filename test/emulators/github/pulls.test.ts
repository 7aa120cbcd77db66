/**
 * Pull requests in the GitHub REST emulator, proven with the real client (@actions/github's
 * getOctokit): GitHub's shape for open, closed and merged pull requests, 404 for an unknown number,
 * and the pull-requests permission.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubEmulator, type GitHubEmulator } from './server.js';

const TOKEN = 'ghs_emulatorToken';
let gh: GitHubEmulator;
const octokit = () => getOctokit(TOKEN, { baseUrl: gh.url });

beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => gh.reset());

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response?: { data?: { message?: string } } };
    return { status: err.status, message: err.response?.data?.message ?? '' };
  }
  throw new Error('expected the call to fail');
}

describe('GET /repos/{owner}/{repo}/pulls/{pull_number}', () => {
  test('open, closed and merged pull requests in GitHub’s shape', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'open', headRef: 'feature/x' });
    gh.seedPullRequest('o', 'r', { number: 2, state: 'closed' });
    gh.seedPullRequest('o', 'r', { number: 3, state: 'closed', merged: true, updatedAt: '2025-03-01T10:00:00Z' });
    const get = (n: number) => octokit().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: n });
    const open = (await get(1)).data;
    expect(open).toMatchObject({
      number: 1,
      state: 'open',
      merged: false,
      merged_at: null,
      closed_at: null,
      head: { ref: 'feature/x' },
      base: { ref: 'main' }
    });
    expect(open.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await get(2)).data).toMatchObject({ number: 2, state: 'closed', merged: false, merged_at: null });
    expect((await get(2)).data.closed_at).not.toBeNull();
    expect((await get(3)).data).toMatchObject({ state: 'closed', merged: true, merged_at: '2025-03-01T10:00:00Z', updated_at: '2025-03-01T10:00:00Z' });
  });

  test('an unknown number, or another repository’s pull request: 404 Not Found', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'open' });
    expect(await failure(octokit().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 9 }))).toEqual({ status: 404, message: 'Not Found' });
    expect(await failure(octokit().rest.pulls.get({ owner: 'o', repo: 'other', pull_number: 1 }))).toEqual({ status: 404, message: 'Not Found' });
  });

  test('pull-requests: none → 403 Resource not accessible by integration; read is enough', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'open' });
    gh.setPermission('pull-requests', 'none');
    expect(await failure(octokit().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    });
    gh.setPermission('pull-requests', 'read');
    expect((await octokit().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 })).data.state).toBe('open');
  });

  test('GET /repos/{owner}/{repo} answers the repository (metadata: read, whatever pull-requests allows)', async () => {
    gh.setPermission('pull-requests', 'none');
    expect((await octokit().rest.repos.get({ owner: 'o', repo: 'r' })).data).toMatchObject({ full_name: 'o/r', name: 'r' });
  });

  test('reset forgets the pull requests', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'open' });
    gh.reset();
    expect((await failure(octokit().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 }))).status).toBe(404);
  });
});
