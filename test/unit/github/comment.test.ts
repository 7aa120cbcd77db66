/**
 * The preview comment: pure rendering (marker, statuses, escaping, no setting values) and the
 * upsert against the GitHub REST emulator (found by marker across pages, edited in place).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import {
  commentMarker,
  markerInstance,
  planLines,
  readCommentData,
  renderComment,
  upsertPreviewComment,
  findPreviewComment
} from '../../../src/github/comment.js';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import { secret } from '../../../src/report/mask.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulators/github/server.js';

const DIGEST = 'sha256:' + 'a'.repeat(64);
const IMAGE = `contoso.azurecr.io/orders@${DIGEST}`;
const base = {
  pr: 42,
  instance: 'func-orders/pr-42',
  target: 'functionapp' as const,
  url: 'https://func-orders-pr-42.azurewebsites.net',
  image: IMAGE,
  digest: DIGEST,
  runUrl: 'https://github.com/o/r/actions/runs/4242/attempts/1',
  sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
};

describe('renderComment (pure)', () => {
  test('starts with the hidden marker for its instance; deployed shows URL, image, commit, run and the plan', () => {
    const body = renderComment({ ...base, status: 'deployed', plan: ['image: (none) → ' + IMAGE, 'settings added: QUEUE_NAME, STORAGE'] });
    expect(body.split('\n')[0]).toBe('<!-- azure-functions-container-deploy:preview:func-orders/pr-42 -->');
    expect(body).toContain('✅ Preview deployed');
    expect(body).toContain('<https://func-orders-pr-42.azurewebsites.net>');
    expect(body).toContain('`' + IMAGE + '`');
    expect(body).toContain('`ec26c3e57ca3`');
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/4242/attempts/1)');
    expect(body).toContain('- settings added: QUEUE_NAME, STORAGE');
  });

  test('failed shows the first lines of the error; torn-down drops the URL and says what was deleted', () => {
    const failed = renderComment({ ...base, status: 'failed', error: 'ARM 409 Conflict: operation in progress\nHint: re-run\nline 3\nline 4' });
    expect(failed).toContain('❌ Preview deploy failed');
    expect(failed).toContain('ARM 409 Conflict');
    expect(failed).not.toContain('line 4');
    const gone = renderComment({ pr: 42, instance: 'orders-pr-42', target: 'aks', status: 'torn-down', image: IMAGE, runUrl: base.runUrl });
    expect(gone).toContain('🧹 Preview torn down');
    expect(gone).toContain('namespace `orders-pr-42` were deleted');
    expect(gone).toContain('Last image');
    expect(gone).not.toContain('azurewebsites');
  });

  test('two instances have different markers; characters that could end the HTML comment are replaced', () => {
    expect(commentMarker('app-a/pr-1')).not.toBe(commentMarker('app-b/pr-1'));
    expect(markerInstance('evil --> <b>x</b>')).toBe('evil-b-x-/b-');
    expect(commentMarker('a-->b')).toBe('<!-- azure-functions-container-deploy:preview:a-b -->');
  });

  test('the hidden data line round-trips image, digest, url and commit', () => {
    const body = renderComment({ ...base, status: 'deployed', url: 'https://x.example/--><script>' });
    expect(readCommentData(body)).toEqual({ image: IMAGE, digest: DIGEST, url: 'https://x.example/--><script>', sha: base.sha });
    const dataLine = body.split('\n')[1];
    expect(dataLine.startsWith('<!-- azure-functions-container-deploy:data ')).toBe(true);
    expect(dataLine.match(/-->/g)).toEqual(['-->']); // only its own end: a value cannot close it early
    expect(body).toContain('| URL | `https://x.example/--><script>` |'); // not a plain URL: shown as a code span, never as a link or HTML
    expect(readCommentData('no data')).toEqual({});
  });

  test('plan lines are escaped: no raw HTML from a plan reaches the comment', () => {
    const body = renderComment({ ...base, status: 'deployed', plan: ['object <img src=x onerror=alert(1)>'] });
    expect(body).toContain('- object &lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img');
  });

  test('never a setting value: a plan of names renders names only, and registered secrets are redacted anyway', () => {
    const settings = { QUEUE_CONNECTION: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=c2VjcmV0S2V5VmFsdWU=', FEATURE_FLAG: 'blue-sky-42' };
    for (const v of Object.values(settings)) secret(v);
    const plan = { settings: { added: Object.keys(settings), changed: [], removed: ['OLD'] }, image: { before: null, after: IMAGE } };
    const body = renderComment({ ...base, status: 'deployed', plan: planLines(plan) });
    expect(body).toContain('settings.added: QUEUE_CONNECTION, FEATURE_FLAG');
    for (const v of Object.values(settings)) expect(body).not.toContain(v);
    // Even a plan that (wrongly) carried a value would not show it: the body goes through redact.
    const leaky = renderComment({ ...base, status: 'deployed', plan: [`FEATURE_FLAG=${settings.FEATURE_FLAG}`], error: settings.QUEUE_CONNECTION });
    for (const v of Object.values(settings)) expect(leaky).not.toContain(v);
    expect(leaky).toContain('FEATURE_FLAG=***');
  });

  test('planLines: arrays, objects, nesting, long lines and a cap', () => {
    expect(planLines(['a', 'b'])).toEqual(['a', 'b']);
    expect(planLines({ slot: 'pr-1', created: true, settings: { added: ['A', 'B'], removed: [] } })).toEqual([
      'slot: pr-1',
      'created: true',
      'settings.added: A, B',
      'settings.removed: none'
    ]);
    expect(planLines({ x: 'y'.repeat(500) })[0]).toHaveLength(200);
    const many = planLines(
      Array.from({ length: 30 }, (_, i) => `l${i}`),
      5
    );
    expect(many).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', '… and 25 more']);
  });
});

describe('upsertPreviewComment (GitHub REST emulator)', () => {
  let gh: GitHubEmulator;
  let client: GitHubClient;
  const target = { owner: 'o', repo: 'r', pr: 42, instance: 'func-orders/pr-42' };
  beforeAll(async () => {
    gh = await startGitHubEmulator({ tokens: ['ghs_unit'] });
    client = await createGitHubClient({ token: 'ghs_unit', baseUrl: gh.url, retry: { attempts: 2, baseDelayMs: 1 } });
  });
  afterAll(async () => {
    await gh.stop();
  });
  beforeEach(() => {
    gh.reset();
    gh.setPermission('pull-requests', 'write');
  });

  test('created once, then updated in place (same id); an identical body is left alone', async () => {
    const first = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed' }) });
    expect(first).toEqual({ ok: true, value: { action: 'created', id: expect.any(Number) } });
    const id = first.ok && first.value.action !== 'absent' ? first.value.id : 0;
    const second = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed', sha: 'b'.repeat(40) }) });
    expect(second).toEqual({ ok: true, value: { action: 'updated', id } });
    const same = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed', sha: 'b'.repeat(40) }) });
    expect(same).toEqual({ ok: true, value: { action: 'unchanged', id } });
    expect(gh.commentsOf('o', 'r', 42)).toHaveLength(1);
    expect(gh.commentsOf('o', 'r', 42)[0].body).toContain('`bbbbbbbbbbbb`');
    expect(gh.calls()).toEqual([
      'GET /repos/o/r/issues/42/comments',
      'POST /repos/o/r/issues/42/comments',
      'GET /repos/o/r/issues/42/comments',
      `PATCH /repos/o/r/issues/comments/${id}`,
      'GET /repos/o/r/issues/42/comments'
    ]);
  });

  test("the marker is found past the first page (pagination), and another app's comment is not touched", async () => {
    gh.seedComments(
      'o',
      'r',
      42,
      Array.from({ length: 150 }, (_, i) => `review ${i}`)
    );
    gh.seedComments('o', 'r', 42, [renderComment({ ...base, instance: 'func-billing/pr-42', status: 'deployed' })], gh.actor);
    const mine = gh.seedComments('o', 'r', 42, [renderComment({ ...base, status: 'deployed' })], gh.actor)[0];
    const res = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'failed' }) });
    expect(res).toEqual({ ok: true, value: { action: 'updated', id: mine.id } });
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    const bodies = gh
      .commentsOf('o', 'r', 42)
      .slice(150)
      .map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([commentMarker('func-billing/pr-42'), commentMarker('func-orders/pr-42')]);
    expect(gh.commentsOf('o', 'r', 42)[150].body).toContain('✅');
  });

  test('a user comment quoting the marker mid-text is not taken for ours', async () => {
    gh.seedComments('o', 'r', 42, [`see ${commentMarker(target.instance)} above`]);
    const found = await findPreviewComment(client, target);
    expect(found).toEqual({ ok: true, value: undefined });
  });

  test('teardown edits but never creates: absent when there is no comment; a body function sees the old body', async () => {
    const absent = await upsertPreviewComment(client, { ...target, createIfMissing: false, body: renderComment({ ...base, status: 'torn-down' }) });
    expect(absent).toEqual({ ok: true, value: { action: 'absent' } });
    expect(gh.requests.map((r) => r.method)).toEqual(['GET']);
    await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed' }) });
    let seen: string | undefined;
    const res = await upsertPreviewComment(client, {
      ...target,
      createIfMissing: false,
      body: (old) => {
        seen = old;
        return renderComment({ pr: 42, instance: target.instance, status: 'torn-down', image: readCommentData(old).image });
      }
    });
    expect(res.ok && res.value.action).toBe('updated');
    expect(seen).toContain('✅ Preview deployed');
    expect(gh.commentsOf('o', 'r', 42)[0].body).toContain('🧹 Preview torn down');
    expect(gh.commentsOf('o', 'r', 42)[0].body).toContain(IMAGE);
  });

  test('no pull-requests permission → a missing-permission result naming `pull-requests: write`, not an exception', async () => {
    gh.setPermission('pull-requests', 'read');
    const res = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed' }) });
    expect(res).toMatchObject({
      ok: false,
      kind: 'missing-permission',
      permission: 'pull-requests: write',
      status: 403,
      message: 'Resource not accessible by integration',
      what: 'comment on the pull request'
    });
    gh.setPermission('pull-requests', 'none');
    const read = await upsertPreviewComment(client, { ...target, body: renderComment({ ...base, status: 'deployed' }) });
    expect(read).toMatchObject({ ok: false, permission: 'pull-requests: write', what: 'read the pull request comments' });
  });

  test('a body without the marker is refused before any write', async () => {
    await expect(upsertPreviewComment(client, { ...target, body: 'hello' })).rejects.toThrow(/marker/);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
