/** pullRequestStates against the GitHub REST emulator: open / closed / merged / gone, and every failure throws before anything is removed. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulators/github/server.js';
import { createGitHubClient } from '../../../src/github/client.js';
import { pullRequestStates } from '../../../src/github/pulls.js';
import { ActionError } from '../../../src/util/errors.js';

const TOKEN = 'ghs_emulatorToken';
const REPO = { owner: 'o', repo: 'r' };
let gh: GitHubEmulator;
const client = (baseUrl = gh.url) => createGitHubClient({ token: TOKEN, baseUrl, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });

beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => gh.reset());

async function failure(p: Promise<unknown>): Promise<ActionError> {
  try {
    await p;
  } catch (e) {
    return e as ActionError;
  }
  throw new Error('expected a failure');
}

describe('pullRequestStates', () => {
  test('open, closed, merged; an unknown number is gone (the repository answered)', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'open' });
    gh.seedPullRequest('o', 'r', { number: 2, state: 'closed' });
    gh.seedPullRequest('o', 'r', { number: 3, state: 'closed', merged: true });
    const states = await pullRequestStates(await client(), REPO, [3, 1, 2, 4]);
    expect([...states.values()].map((s) => [s.pr, s.state, s.merged ?? null])).toEqual([
      [1, 'open', false],
      [2, 'closed', false],
      [3, 'closed', true],
      [4, 'gone', null]
    ]);
    expect(gh.calls()).toEqual(['GET /repos/o/r', 'GET /repos/o/r/pulls/1', 'GET /repos/o/r/pulls/2', 'GET /repos/o/r/pulls/3', 'GET /repos/o/r/pulls/4']);
  });

  test('no previews: no call', async () => {
    expect((await pullRequestStates(await client(), REPO, [])).size).toBe(0);
    expect(gh.calls()).toEqual([]);
  });

  test('pull-requests: none → an error naming the call and `pull-requests: read`', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'closed' });
    gh.setPermission('pull-requests', 'none');
    const e = await failure(pullRequestStates(await client(), REPO, [1]));
    expect(e.message).toMatch(/could not read pull request #1 of o\/r \(403 Resource not accessible by integration\); nothing was removed/);
    expect(e.hint).toContain('`pull-requests: read`');
  });

  test('5xx that persists → an error naming the call and what to do', async () => {
    gh.seedPullRequest('o', 'r', { number: 1, state: 'closed' });
    gh.failNext(502, /pulls\/1$/);
    gh.failNext(502, /pulls\/1$/);
    const e = await failure(pullRequestStates(await client(), REPO, [1]));
    expect(e.message).toMatch(/could not read pull request #1 of o\/r \(502\).*nothing was removed/);
    expect(e.hint).toMatch(/Run the cleanup again later/);
  });

  test('GitHub unreachable → an error, never "gone"', async () => {
    const e = await failure(pullRequestStates(await client('http://127.0.0.1:9'), REPO, [1]));
    expect(e.message).toMatch(/could not read repository o\/r.*nothing was removed/);
  });
});
