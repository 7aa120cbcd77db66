/**
 * The GitHub REST emulator, proven with the real client the action uses (@actions/github's
 * getOctokit over loopback HTTP): auth, permissions, validation, pagination, ordering.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startGitHubEmulator, type GitHubEmulator } from './server.js';

const TOKEN = 'ghs_emulatorToken';
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
let gh: GitHubEmulator;
const octokit = (token = TOKEN) => getOctokit(token, { baseUrl: gh.url });

beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => {
  gh.reset();
  gh.pendingChecks = true;
});

async function statusOf(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status: number; response?: { data?: { message?: string } } };
    return { status: err.status, message: err.response?.data?.message ?? '' };
  }
}

describe('authentication', () => {
  test('no token → 401 Requires authentication; a wrong token → 401 Bad credentials; token and Bearer both work', async () => {
    const res = await fetch(`${gh.url}/repos/o/r/deployments`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toBe('Requires authentication');
    expect(await statusOf(octokit('ghs_wrong').rest.repos.listDeployments({ owner: 'o', repo: 'r' }))).toEqual({ status: 401, message: 'Bad credentials' });
    const bearer = await fetch(`${gh.url}/repos/o/r/deployments`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect((await octokit().rest.repos.listDeployments({ owner: 'o', repo: 'r' })).status).toBe(200);
    expect(gh.requests.at(-1)?.token).toBe(TOKEN);
  });

  test('unknown routes are 404 Not Found', async () => {
    expect(await statusOf(octokit().request('GET /repos/{owner}/{repo}/nothing', { owner: 'o', repo: 'r' }))).toEqual({ status: 404, message: 'Not Found' });
  });
});

describe('deployments and statuses', () => {
  test('create a deployment, then in_progress and success statuses; listed newest first', async () => {
    const o = octokit();
    const created = await o.rest.repos.createDeployment({
      owner: 'o',
      repo: 'r',
      ref: SHA,
      environment: 'preview-pr-2',
      transient_environment: true,
      production_environment: false,
      auto_merge: false,
      required_contexts: [],
      payload: { digest: 'sha256:ab' }
    });
    expect(created.status).toBe(201);
    const id = (created.data as { id: number }).id;
    expect(created.data).toMatchObject({
      sha: SHA,
      ref: SHA,
      environment: 'preview-pr-2',
      transient_environment: true,
      production_environment: false,
      task: 'deploy',
      payload: { digest: 'sha256:ab' }
    });
    await o.rest.repos.createDeploymentStatus({
      owner: 'o',
      repo: 'r',
      deployment_id: id,
      state: 'in_progress',
      log_url: 'https://github.com/o/r/actions/runs/1'
    });
    await o.rest.repos.createDeploymentStatus({
      owner: 'o',
      repo: 'r',
      deployment_id: id,
      state: 'success',
      environment_url: 'https://app-pr-2.azurewebsites.net'
    });
    const statuses = await o.rest.repos.listDeploymentStatuses({ owner: 'o', repo: 'r', deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(statuses.data[0].environment_url).toBe('https://app-pr-2.azurewebsites.net');
    expect(gh.statusesOf(id).map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(gh.calls()).toEqual([
      `POST /repos/o/r/deployments`,
      `POST /repos/o/r/deployments/${id}/statuses`,
      `POST /repos/o/r/deployments/${id}/statuses`,
      `GET /repos/o/r/deployments/${id}/statuses`
    ]);

    const second = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, environment: 'staging', auto_merge: false, required_contexts: [] });
    const all = await o.rest.repos.listDeployments({ owner: 'o', repo: 'r' });
    expect(all.data.map((d) => d.id)).toEqual([(second.data as { id: number }).id, id]);
    const filtered = await o.rest.repos.listDeployments({ owner: 'o', repo: 'r', environment: 'preview-pr-2' });
    expect(filtered.data.map((d) => d.id)).toEqual([id]);
  });

  test('omitting required_contexts while checks are pending → 409; a branch ref with auto_merge → 202 without a deployment', async () => {
    const o = octokit();
    expect(await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false }))).toEqual({
      status: 409,
      message: `Conflict: Commit status checks failed for ${SHA}.`
    });
    const merged = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'topic', required_contexts: [] });
    expect(merged.status).toBe(202);
    expect(gh.deploymentsOf('o', 'r')).toEqual([]);
  });

  test('validation: missing ref, bad state, description over 140 characters, unknown deployment', async () => {
    const o = octokit();
    const noRef = await fetch(`${gh.url}/repos/o/r/deployments`, {
      method: 'POST',
      headers: { Authorization: `token ${TOKEN}` },
      body: JSON.stringify({ required_contexts: [] })
    });
    expect(noRef.status).toBe(422);
    const d = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] });
    const id = (d.data as { id: number }).id;
    expect((await statusOf(o.request('POST /repos/{owner}/{repo}/deployments/{id}/statuses', { owner: 'o', repo: 'r', id, state: 'done' }))).status).toBe(422);
    expect(
      (await statusOf(o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: id, state: 'success', description: 'x'.repeat(141) }))).status
    ).toBe(422);
    expect((await statusOf(o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: 999999, state: 'success' }))).status).toBe(404);
  });

  test('auto_inactive: a success makes the earlier successful deployment of the same non-production environment inactive', async () => {
    const o = octokit();
    const mk = async (environment: string, extra: { transient_environment?: boolean } = {}) => {
      const d = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, environment, auto_merge: false, required_contexts: [], ...extra });
      const id = (d.data as { id: number }).id;
      await o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: id, state: 'success' });
      return id;
    };
    const first = await mk('staging');
    const previewA = await mk('preview-pr-9', { transient_environment: true });
    const prodA = await mk('production');
    await mk('staging');
    await mk('preview-pr-9', { transient_environment: true });
    await mk('production');
    expect(gh.statusesOf(first).map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(gh.statusesOf(previewA).map((s) => s.state)).toEqual(['success']);
    expect(gh.statusesOf(prodA).map((s) => s.state)).toEqual(['success']);
  });

  test('permission switch: none → 403 Resource not accessible by integration; read allows GET only', async () => {
    const o = octokit();
    gh.setPermission('deployments', 'none');
    const refused = await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] }));
    expect(refused).toEqual({ status: 403, message: 'Resource not accessible by integration' });
    expect((await statusOf(o.rest.repos.listDeployments({ owner: 'o', repo: 'r' }))).status).toBe(403);
    gh.setPermission('deployments', 'read');
    expect((await o.rest.repos.listDeployments({ owner: 'o', repo: 'r' })).status).toBe(200);
    expect((await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] }))).status).toBe(403);
    const raw = await fetch(`${gh.url}/repos/o/r/deployments`, { method: 'POST', headers: { Authorization: `token ${TOKEN}` }, body: '{}' });
    expect(await raw.json()).toMatchObject({
      message: 'Resource not accessible by integration',
      documentation_url: expect.stringContaining('docs.github.com')
    });
  });
});

describe('issue comments', () => {
  test("create, list and edit; an integration may not edit another user's comment", async () => {
    const o = octokit();
    const [theirs] = gh.seedComments('o', 'r', 2, ['LGTM']);
    const created = await o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const edited = await o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: created.data.id, body: 'hello again' });
    expect(edited.data.body).toBe('hello again');
    const listed = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 });
    expect(listed.data.map((c) => c.body)).toEqual(['LGTM', 'hello again']);
    expect((await statusOf(o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: theirs.id, body: 'x' }))).status).toBe(403);
    expect((await statusOf(o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: '' }))).status).toBe(422);
    expect((await statusOf(o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: 424242, body: 'x' }))).status).toBe(404);
  });

  test('pagination: Link headers with next/last, per_page capped at 100; paginate reads every page', async () => {
    const o = octokit();
    gh.seedComments(
      'o',
      'r',
      7,
      Array.from({ length: 230 }, (_, i) => `c${i}`)
    );
    const first = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3[^>]*>; rel="last"/);
    const big = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7, per_page: 500 });
    expect(big.data).toHaveLength(100);
    const dflt = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7 });
    expect(dflt.data).toHaveLength(30);
    gh.reset();
    gh.seedComments(
      'o',
      'r',
      7,
      Array.from({ length: 230 }, (_, i) => `c${i}`)
    );
    const all = await o.paginate(o.rest.issues.listComments, { owner: 'o', repo: 'r', issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    expect(gh.calls()).toEqual(Array.from({ length: 3 }, () => 'GET /repos/o/r/issues/7/comments'));
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  test('permission switch for pull-requests', async () => {
    gh.setPermission('pull-requests', 'read');
    const o = octokit();
    expect((await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 })).status).toBe(200);
    expect(await statusOf(o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: 'x' }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    });
    gh.setPermission('pull-requests', 'none');
    expect((await statusOf(o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 }))).status).toBe(403);
  });

  test('failNext injects one failure for a matching request, with headers', async () => {
    gh.failNext(503, /^GET .*\/comments$/, { 'retry-after': '1' });
    const o = octokit();
    expect((await statusOf(o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 }))).status).toBe(503);
    expect((await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 })).status).toBe(200);
  });

  test('malformed JSON → 400', async () => {
    const res = await fetch(`${gh.url}/repos/o/r/issues/2/comments`, { method: 'POST', headers: { Authorization: `token ${TOKEN}` }, body: '{nope' });
    expect(res.status).toBe(400);
  });
});
