/**
 * GitHub Deployments and reportToGitHub (start, finish and teardown, one function each) against the GitHub REST
 * emulator, with facts from real webhook payloads: statuses in order, environments, the preview
 * comment across opened → synchronize → closed, missing permissions as warnings, fork PRs silent.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { decideIntent, type EventFacts } from '../../../src/github/intent.js';
import type { Config } from '../../../src/config/config.js';
import { createGitHubClient, missingPermissionMessage, type GitHubClient } from '../../../src/github/client.js';
import {
  deactivateEnvironment,
  deploymentEnvironment,
  finishDeployment,
  reportToGitHub,
  startDeployment,
  type GitHubReport
} from '../../../src/github/deployments.js';
import { commentMarker } from '../../../src/github/comment.js';
import { contextOf, pullRequestEvent, pushEvent, releaseEvent, type Scenario } from '../../support/events.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../emulators/github/server.js';

const TOKEN = 'ghs_reportToken';
const DIGEST = 'sha256:' + 'c'.repeat(64);
const IMAGE = `contoso.azurecr.io/orders@${DIGEST}`;
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const NEXT = '0123456789abcdef0123456789abcdef01234567';
const fast = { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 } };

function facts(s: Scenario): EventFacts {
  return decideIntent(contextOf(s));
}

type ReportConfig = GitHubReport['config'];
function config(
  target: Config['target'],
  o: { slot?: string; swap?: boolean; namespace?: string; name?: string; token?: string | null; settings?: Array<[string, string]> } = {}
): ReportConfig {
  return {
    target,
    githubToken: o.token === null ? undefined : (o.token ?? TOKEN),
    functionapp: {
      appName: target === 'functionapp' ? 'func-orders' : undefined,
      slot: o.slot,
      swap: o.swap ?? false,
      appSettings: (o.settings ?? []).map(([name, value]) => ({ name, value, sticky: false })),
      removeAppSettings: [],
      slotSettings: [],
      registryPull: 'auto',
      previewEvictClosed: false
    },
    aks: {
      namespace: o.namespace,
      name: o.name,
      kedaAuth: 'connection-string',
      timerScaling: 'error',
      timerWindowMinutes: 15,
      serviceType: 'LoadBalancer',
      httpScale: 'none',
      virtualNodes: false,
      prune: true
    }
  } as ReportConfig;
}

let gh: GitHubEmulator;
let client: GitHubClient;
beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: [TOKEN] });
  client = await createGitHubClient({ token: TOKEN, baseUrl: gh.url, ...fast });
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => {
  gh.reset();
});

describe('deployment environment', () => {
  const pr = { kind: 'preview', pr: 7 } as const;
  const push = { kind: 'deploy', branch: 'main' } as const;
  test.each([
    ['preview', { intent: pr, target: 'functionapp' as const, slot: 'pr-7' }, { environment: 'preview-pr-7', transient: true, production: false }],
    ['teardown', { intent: { kind: 'teardown', pr: 7 } as const, target: 'aks' as const }, { environment: 'preview-pr-7', transient: true, production: false }],
    ['functionapp, no slot', { intent: push, target: 'functionapp' as const }, { environment: 'production', transient: false, production: true }],
    [
      'functionapp, slot staging',
      { intent: push, target: 'functionapp' as const, slot: 'staging' },
      { environment: 'staging', transient: false, production: false }
    ],
    [
      'functionapp, swap',
      { intent: { kind: 'release', gitTag: 'v1.2.3', prerelease: false } as const, target: 'functionapp' as const, swap: true },
      { environment: 'production', transient: false, production: true }
    ],
    [
      'aks, default namespace',
      { intent: push, target: 'aks' as const, namespace: 'default' },
      { environment: 'production', transient: false, production: true }
    ],
    [
      'aks, namespace',
      { intent: push, target: 'aks' as const, namespace: 'orders-v1-2-3' },
      { environment: 'orders-v1-2-3', transient: false, production: false }
    ],
    ['override', { intent: push, target: 'aks' as const, override: 'qa' }, { environment: 'qa', transient: false, production: false }]
  ])('%s', (_name, input, expected) => {
    expect(deploymentEnvironment(input)).toEqual(expected);
  });
});

describe('startDeployment / finishDeployment / deactivateEnvironment', () => {
  test('in_progress with log_url, then success with environment_url; no auto-merge, no required checks', async () => {
    const started = await startDeployment(client, {
      owner: 'o',
      repo: 'r',
      ref: HEAD,
      environment: 'staging',
      transient: false,
      production: false,
      description: 'x'.repeat(300),
      payload: { digest: DIGEST },
      logUrl: 'https://github.com/o/r/actions/runs/1'
    });
    if (!started.ok) throw new Error(missingPermissionMessage(started));
    const done = await finishDeployment(client, started.value, { state: 'success', environmentUrl: 'https://func-orders-staging.azurewebsites.net' });
    expect(done.ok).toBe(true);
    const [d] = gh.deploymentsOf('o', 'r');
    expect(d).toMatchObject({ sha: HEAD, environment: 'staging', transient_environment: false, production_environment: false, payload: { digest: DIGEST } });
    expect(d.description).toHaveLength(140);
    const create = gh.requests[0].body as Record<string, unknown>;
    expect(create).toMatchObject({ auto_merge: false, required_contexts: [], task: 'deploy' });
    expect(gh.statusesOf(d.id).map((s) => [s.state, s.log_url, s.environment_url])).toEqual([
      ['in_progress', 'https://github.com/o/r/actions/runs/1', ''],
      ['success', 'https://github.com/o/r/actions/runs/1', 'https://func-orders-staging.azurewebsites.net']
    ]);
    expect((gh.requests[2].body as Record<string, unknown>).auto_inactive).toBe(true);
  });

  test('failure keeps the last good deployment active (no auto_inactive) and sets no environment_url', async () => {
    const s = await startDeployment(client, { owner: 'o', repo: 'r', ref: HEAD, environment: 'staging', transient: false, production: false });
    if (!s.ok) throw new Error('start');
    await finishDeployment(client, s.value, { state: 'failure', environmentUrl: 'https://ignored.example' });
    const last = gh.requests.at(-1)!.body as Record<string, unknown>;
    expect(last).toMatchObject({ state: 'failure', auto_inactive: false });
    expect(last.environment_url).toBeUndefined();
  });

  test('deactivateEnvironment marks every not-yet-inactive deployment of the environment inactive (all pages)', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await startDeployment(client, { owner: 'o', repo: 'r', ref: HEAD, environment: 'preview-pr-5', transient: true, production: false });
      if (!s.ok) throw new Error('start');
      await finishDeployment(client, s.value, { state: i === 0 ? 'inactive' : 'success' });
      ids.push(s.value.id);
    }
    await startDeployment(client, { owner: 'o', repo: 'r', ref: HEAD, environment: 'preview-pr-6', transient: true, production: false });
    const off = await deactivateEnvironment(client, { owner: 'o', repo: 'r', environment: 'preview-pr-5' });
    expect(off).toEqual({ ok: true, value: [ids[2], ids[1]] });
    for (const id of ids) expect(gh.statusesOf(id).at(-1)?.state).toBe('inactive');
    expect(gh.statusesOf(ids[0]).filter((s) => s.state === 'inactive')).toHaveLength(1);
  });

  test('retries a 502 and a secondary rate limit, then succeeds', async () => {
    gh.failNext(502, /^POST .*\/deployments$/);
    gh.failNext(403, /^POST .*\/statuses$/, { 'retry-after': '0' });
    const s = await startDeployment(client, { owner: 'o', repo: 'r', ref: HEAD, environment: 'staging', transient: false, production: false });
    expect(s.ok).toBe(true);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'POST 201', 'POST 403', 'POST 201']);
  });
});

describe("reportToGitHub: a preview across the pull request's life", () => {
  const where = {
    instance: 'func-orders/pr-2',
    url: 'https://func-orders-pr-2.azurewebsites.net',
    slot: 'pr-2',
    plan: { slot: 'pr-2 (created)', settings: { added: ['QUEUE', 'DB'] } }
  };
  const common = (s: Scenario, c = config('functionapp')) => ({ config: c, facts: facts(s), apiUrl: gh.url, client: fast, where });

  test('opened → Deployment in_progress → success and one comment; synchronize → same comment updated; closed → inactive and comment torn down', async () => {
    const secretValue = 'Endpoint=sb://x/;SharedAccessKey=c2VjcmV0LXZhbHVlLTEyMzQ=';
    const cfg = config('functionapp', { settings: [['QUEUE', secretValue]] });

    const opened = common(pullRequestEvent('opened'), cfg);
    const start1 = await reportToGitHub({ ...opened, phase: 'start', image: IMAGE, digest: DIGEST });
    expect(start1.warnings).toEqual([]);
    expect(start1.deployment).toMatchObject({ owner: 'Codertocat', repo: 'Hello-World', environment: 'preview-pr-2', transient: true });
    const fin1 = await reportToGitHub({ ...opened, phase: 'finish', deployment: start1.deployment, outcome: 'success', image: IMAGE, digest: DIGEST });
    expect(fin1.comment).toEqual({ action: 'created', id: expect.any(Number) });
    const commentId = fin1.comment && 'id' in fin1.comment ? fin1.comment.id : 0;

    // A new push to the PR: new head commit, new run.
    const syncEvent = pullRequestEvent('synchronize');
    syncEvent.payload.pull_request.head.sha = NEXT;
    syncEvent.env.GITHUB_RUN_ID = '4243';
    const sync = common(syncEvent, cfg);
    const start2 = await reportToGitHub({ ...sync, phase: 'start', image: IMAGE, digest: DIGEST });
    const fin2 = await reportToGitHub({ ...sync, phase: 'finish', deployment: start2.deployment, outcome: 'success', image: IMAGE, digest: DIGEST });
    expect(fin2.comment).toEqual({ action: 'updated', id: commentId });
    expect(gh.commentsOf('Codertocat', 'Hello-World', 2)[0].body).toContain('`' + NEXT.slice(0, 12) + '`');
    expect(gh.commentsOf('Codertocat', 'Hello-World', 2)[0].body).toContain('/actions/runs/4243/');

    const closed = await reportToGitHub({ ...common(pullRequestEvent('closed'), cfg), phase: 'teardown' });
    expect(closed.warnings).toEqual([]);
    expect(closed.deactivated).toHaveLength(2);
    expect(closed.comment).toEqual({ action: 'updated', id: commentId });

    const comments = gh.commentsOf('Codertocat', 'Hello-World', 2);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(commentMarker('func-orders/pr-2'))).toBe(true);
    expect(comments[0].body).toContain('🧹 Preview torn down');
    expect(comments[0].body).toContain(IMAGE); // carried over from the deployed comment
    expect(comments[0].body).not.toContain(secretValue);

    const deployments = gh.deploymentsOf('Codertocat', 'Hello-World');
    expect(deployments.map((d) => [d.environment, d.sha, d.transient_environment])).toEqual([
      ['preview-pr-2', HEAD, true],
      ['preview-pr-2', NEXT, true]
    ]);
    for (const [i, d] of deployments.entries()) {
      expect(gh.statusesOf(d.id).map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
      expect(gh.statusesOf(d.id)[1].environment_url).toBe(where.url);
      expect(gh.statusesOf(d.id)[0].log_url).toBe(`https://github.com/Codertocat/Hello-World/actions/runs/${4242 + i}/attempts/1`);
    }
    const writes = gh.calls().filter((c) => !c.startsWith('GET'));
    const [d1, d2] = deployments.map((d) => d.id);
    expect(writes).toEqual([
      'POST /repos/Codertocat/Hello-World/deployments',
      `POST /repos/Codertocat/Hello-World/deployments/${d1}/statuses`,
      `POST /repos/Codertocat/Hello-World/deployments/${d1}/statuses`,
      'POST /repos/Codertocat/Hello-World/issues/2/comments',
      'POST /repos/Codertocat/Hello-World/deployments',
      `POST /repos/Codertocat/Hello-World/deployments/${d2}/statuses`,
      `POST /repos/Codertocat/Hello-World/deployments/${d2}/statuses`,
      `PATCH /repos/Codertocat/Hello-World/issues/comments/${commentId}`,
      `POST /repos/Codertocat/Hello-World/deployments/${d2}/statuses`,
      `POST /repos/Codertocat/Hello-World/deployments/${d1}/statuses`,
      `PATCH /repos/Codertocat/Hello-World/issues/comments/${commentId}`
    ]);
    for (const r of gh.requests) expect(JSON.stringify(r.body ?? '')).not.toContain(secretValue);
  });

  test('a failed deploy: status failure and the comment says failed (with the error, redacted)', async () => {
    const s = common(pullRequestEvent('opened'));
    const start = await reportToGitHub({ ...s, phase: 'start', image: IMAGE, digest: DIGEST });
    const fin = await reportToGitHub({
      ...s,
      phase: 'finish',
      deployment: start.deployment,
      outcome: 'failure',
      image: IMAGE,
      digest: DIGEST,
      error: new Error('health check failed: 503 from /api/health')
    });
    expect(fin.warnings).toEqual([]);
    const [d] = gh.deploymentsOf('Codertocat', 'Hello-World');
    expect(gh.statusesOf(d.id).map((x) => x.state)).toEqual(['in_progress', 'failure']);
    const [c] = gh.commentsOf('Codertocat', 'Hello-World', 2);
    expect(c.body).toContain('❌ Preview deploy failed');
    expect(c.body).toContain('health check failed: 503');
  });

  test('aks previews: the comment instance is the namespace, so two apps keep two comments', async () => {
    const a = {
      ...common(pullRequestEvent('opened'), config('aks', { name: 'orders' })),
      where: { instance: 'orders-pr-2', url: 'http://20.1.2.3', namespace: 'orders-pr-2' }
    };
    const b = {
      ...common(pullRequestEvent('opened'), config('aks', { name: 'billing' })),
      where: { instance: 'billing-pr-2', url: 'http://20.1.2.4', namespace: 'billing-pr-2' }
    };
    await reportToGitHub({ ...a, phase: 'finish', deployment: undefined, outcome: 'success', image: IMAGE, digest: DIGEST });
    await reportToGitHub({ ...b, phase: 'finish', deployment: undefined, outcome: 'success', image: IMAGE, digest: DIGEST });
    await reportToGitHub({ ...a, phase: 'finish', deployment: undefined, outcome: 'success', image: IMAGE, digest: DIGEST });
    const bodies = gh.commentsOf('Codertocat', 'Hello-World', 2).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([commentMarker('orders-pr-2'), commentMarker('billing-pr-2')]);
  });
});

describe('reportToGitHub: pushes and releases', () => {
  test('push to main (functionapp, no slot): environment production, no comment', async () => {
    const r = {
      config: config('functionapp'),
      facts: facts(pushEvent('refs/heads/main')),
      apiUrl: gh.url,
      client: fast,
      where: { url: 'https://func-orders.azurewebsites.net' }
    };
    const start = await reportToGitHub({ ...r, phase: 'start', image: IMAGE, digest: DIGEST });
    await reportToGitHub({ ...r, phase: 'finish', deployment: start.deployment, outcome: 'success', image: IMAGE, digest: DIGEST });
    const [d] = gh.deploymentsOf('Codertocat', 'Hello-World');
    expect(d).toMatchObject({ environment: 'production', production_environment: true, transient_environment: false });
    expect(gh.calls().some((c) => c.includes('/comments'))).toBe(false);
  });

  test('release with swap: environment production; an explicit environment wins', async () => {
    const r = { config: config('functionapp', { swap: true }), facts: facts(releaseEvent('v1.2.3')), apiUrl: gh.url, client: fast, where: { slot: 'staging' } };
    await reportToGitHub({ ...r, phase: 'start', image: IMAGE, digest: DIGEST });
    await reportToGitHub({ ...r, environment: 'prod-westeurope', phase: 'start', image: IMAGE, digest: DIGEST });
    expect(gh.deploymentsOf('Codertocat', 'Hello-World').map((d) => d.environment)).toEqual(['production', 'prod-westeurope']);
  });
});

describe('reportToGitHub never fails a deploy', () => {
  const pr = () => ({
    config: config('functionapp'),
    facts: facts(pullRequestEvent('opened')),
    apiUrl: gh.url,
    client: fast,
    where: { instance: 'func-orders/pr-2', url: 'https://x.azurewebsites.net', slot: 'pr-2' }
  });

  test('no deployments permission → one warning naming `deployments: write`; the comment still works', async () => {
    gh.setPermission('deployments', 'none');
    const start = await reportToGitHub({ ...pr(), phase: 'start', image: IMAGE, digest: DIGEST });
    expect(start.deployment).toBeUndefined();
    expect(start.warnings).toHaveLength(1);
    expect(start.warnings[0]).toMatch(
      /may not create a Deployment \(403 Resource not accessible by integration\)\. Add `deployments: write` to the job's `permissions:`/
    );
    const fin = await reportToGitHub({ ...pr(), phase: 'finish', deployment: start.deployment, outcome: 'success', image: IMAGE, digest: DIGEST });
    expect(fin.warnings).toEqual([]);
    expect(fin.comment?.action).toBe('created');
  });

  test('no pull-requests permission → a warning naming `pull-requests: write`; the Deployment still succeeds', async () => {
    gh.setPermission('pull-requests', 'read');
    const start = await reportToGitHub({ ...pr(), phase: 'start', image: IMAGE, digest: DIGEST });
    const fin = await reportToGitHub({ ...pr(), phase: 'finish', deployment: start.deployment, outcome: 'success', image: IMAGE, digest: DIGEST });
    expect(fin.warnings).toHaveLength(1);
    expect(fin.warnings[0]).toContain('Add `pull-requests: write`');
    const [d] = gh.deploymentsOf('Codertocat', 'Hello-World');
    expect(gh.statusesOf(d.id).map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  test('a bad token, a dead API, a bad URL: warnings, no exception', async () => {
    const bad = await reportToGitHub({ ...pr(), config: config('functionapp', { token: 'ghs_wrong' }), phase: 'start', image: IMAGE, digest: DIGEST });
    expect(bad.warnings[0]).toMatch(/GitHub report \(start\) failed.*could not create a Deployment \(401\): Bad credentials/s);
    const dead = await reportToGitHub({
      ...pr(),
      apiUrl: 'http://127.0.0.1:9',
      client: { retry: { attempts: 1 } },
      phase: 'start',
      image: IMAGE,
      digest: DIGEST
    });
    expect(dead.warnings).toHaveLength(1);
    const nonsense = await reportToGitHub({ ...pr(), apiUrl: 'not a url', phase: 'teardown' });
    expect(nonsense.warnings[0]).toContain('GITHUB_API_URL');
  });

  test('fork pull requests and a missing token: no request at all', async () => {
    const fork = await reportToGitHub({ ...pr(), facts: facts(pullRequestEvent('opened', { fork: true })), phase: 'start', image: IMAGE, digest: DIGEST });
    expect(fork.skipped).toMatch(/fork/);
    const closedFork = await reportToGitHub({ ...pr(), facts: facts(pullRequestEvent('closed', { fork: true })), phase: 'teardown' });
    expect(closedFork.skipped).toMatch(/fork/);
    const noToken = await reportToGitHub({ ...pr(), config: config('functionapp', { token: null }), phase: 'start', image: IMAGE, digest: DIGEST });
    expect(noToken.skipped).toBe('no github-token');
    expect(gh.requests).toEqual([]);
  });

  test('teardown without a comment creates none', async () => {
    const r = await reportToGitHub({ ...pr(), facts: facts(pullRequestEvent('closed')), phase: 'teardown' });
    expect(r.comment).toEqual({ action: 'absent' });
    expect(gh.calls().filter((c) => !c.startsWith('GET'))).toEqual([]);
  });
});
