/**
 * Scenario tests of the preview cleanup and of the full slot quota: the bundled action, run as the
 * runner runs it, against the ARM emulator (functionapp), the Kubernetes API emulator (aks) and
 * the GitHub REST emulator (pull-request states, comments, Deployments).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, workflowDispatchEvent, type Scenario } from '../support/events.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github/server.js';
import { startKubeEmulator, type KubeEmulator } from '../emulators/kube/server.js';
import { ROOT } from '../support/action-yml.js';
import { APP, FunctionAppFixture, OLD, REGISTRY, RG, armWrites, type SeedOptions } from '../support/functionapp-fixture.js';
import { APP as CA_APP, RG as CA_RG, REGISTRY as CA_REGISTRY, ContainerAppFixture } from '../support/containerapp-fixture.js';

const TOKEN = 'ghs_runnerTokenNotARealOne000000000000';
const DAY = 86_400_000;
/** workflow_dispatch's example payload is of octo-org/octo-repo; pull_request's of Codertocat/Hello-World. */
const DISPATCH = { owner: 'octo-org', repo: 'octo-repo' };
const PR_REPO = { owner: 'Codertocat', repo: 'Hello-World' };
const MARKER = (instance: string) => `<!-- azure-functions-container-deploy:preview:${instance} -->`;

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: [TOKEN] });
});
afterAll(async () => {
  await gh.stop();
});

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

const withApi = (s: Scenario, api = gh.url): Scenario => ({ ...s, env: { ...s.env, GITHUB_API_URL: api } });
const cleanupOf = (run: ActionRun) =>
  JSON.parse(run.outputs.cleanup) as { removed: Array<{ pr: number; instance: string; reason: string }>; kept: Array<{ pr: number; reason: string }> };

/** A preview's comment and Deployment as an earlier deploy left them. */
async function previewRecords(o: { owner: string; repo: string }, pr: number, instance: string): Promise<number> {
  gh.seedComments(o.owner, o.repo, pr, [`${MARKER(instance)}\n### ✅ Preview deployed`], { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
  const headers = { authorization: `token ${TOKEN}`, 'content-type': 'application/json' };
  const d = (await (
    await fetch(`${gh.url}/repos/${o.owner}/${o.repo}/deployments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ref: 'a'.repeat(40), environment: `preview-pr-${pr}`, transient_environment: true, auto_merge: false, required_contexts: [] })
    })
  ).json()) as { id: number };
  await fetch(`${gh.url}/repos/${o.owner}/${o.repo}/deployments/${d.id}/statuses`, { method: 'POST', headers, body: JSON.stringify({ state: 'success' }) });
  return d.id;
}

describe('target functionapp', () => {
  let fx: FunctionAppFixture;
  beforeAll(async () => {
    fx = await FunctionAppFixture.start(300);
  }, 60_000);
  afterAll(async () => {
    await fx?.stop();
  });
  beforeEach(() => gh.reset());

  const preview = (lastModifiedTimeUtc?: string) => ({
    siteConfig: { linuxFxVersion: `DOCKER|${OLD}` },
    ...(lastModifiedTimeUtc ? { lastModifiedTimeUtc } : {})
  });
  const slots = () => Object.keys(fx.arm.state.app(RG, APP)!.slots).sort();
  const seed = (over: SeedOptions) => fx.reset(over);
  const inputs = (extra: Record<string, string>) => {
    const i: Record<string, string> = { ...fx.inputs({ 'github-token': TOKEN, ...extra }) };
    delete i.image;
    return i;
  };
  const cleanup = (extra: Record<string, string> = {}, api?: string) =>
    runAction({ inputs: inputs({ cleanup: 'true', ...extra }), scenario: withApi(workflowDispatchEvent('main'), api), env: fx.env(), timeoutMs: 120_000 });

  test('closed and gone pull requests’ slots removed (comment marked, Deployment inactive), open ones kept, one older than max-preview-age removed', async () => {
    await seed({
      plan: 'P1v3',
      slots: { staging: {}, 'pr-1': preview(), 'pr-2': preview(), 'pr-3': preview(new Date(Date.now() - 10 * DAY).toISOString()), 'pr-4': preview() }
    });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 1, state: 'closed', merged: true });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 2, state: 'open' });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 3, state: 'open' });
    // pull request 4: never seen by GitHub (404)
    const deployment1 = await previewRecords(DISPATCH, 1, `${APP}/pr-1`);
    const deployment2 = await previewRecords(DISPATCH, 2, `${APP}/pr-2`);

    const run = ok(await cleanup({ 'max-preview-age': '7d' }));
    expect(slots()).toEqual(['pr-2', 'staging']);
    const out = cleanupOf(run);
    expect(out.removed.map((r) => [r.pr, r.instance])).toEqual([
      [1, `${APP}/pr-1`],
      [3, `${APP}/pr-3`],
      [4, `${APP}/pr-4`]
    ]);
    expect(out.removed.map((r) => r.reason)).toEqual([
      'pull request #1 is merged',
      expect.stringMatching(/^not deployed to for 10d, longer than max-preview-age 7d/),
      'pull request #4 does not exist (404)'
    ]);
    expect(out.kept).toEqual([expect.objectContaining({ pr: 2, reason: expect.stringMatching(/^pull request #2 is open, last deployed 0m ago/) })]);
    expect(gh.commentsOf(DISPATCH.owner, DISPATCH.repo, 1)[0].body).toContain('Preview torn down');
    expect(gh.commentsOf(DISPATCH.owner, DISPATCH.repo, 2)[0].body).toContain('Preview deployed');
    expect(gh.statusesOf(deployment1).map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(gh.statusesOf(deployment2).map((s) => s.state)).toEqual(['success']);
    expect(run.summary).toContain('### Preview cleanup');
    expect(run.summary).toContain('3 removed, 1 kept.');
    expect(run.summary).toMatch(/\| #2 \| <code>func-orders\/pr-2<\/code> \| kept \| pull request #2 is open/);
    expect(run.stdout).not.toContain('[command]docker');
  }, 180_000);

  test('mode plan with cleanup: true lists what would go and removes nothing', async () => {
    await seed({ slots: { 'pr-1': preview(), 'pr-2': preview() } });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 1, state: 'closed' });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 2, state: 'open' });
    const run = ok(await cleanup({ mode: 'plan' }));
    expect(slots()).toEqual(['pr-1', 'pr-2']);
    expect(armWrites(fx.arm)).toEqual([]);
    expect(cleanupOf(run).removed.map((r) => r.pr)).toEqual([1]);
    expect(run.summary).toContain('mode plan: nothing was removed.');
    expect(gh.calls().filter((c) => !c.startsWith('GET '))).toEqual([]);
  }, 120_000);

  test('GitHub unreachable: nothing deleted, the error names the call and what to do', async () => {
    await seed({ slots: { 'pr-1': preview(), 'pr-2': preview() } });
    const run = await cleanup({}, 'http://127.0.0.1:9');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::GitHub API: could not read repository octo-org\/octo-repo: .*nothing was removed/);
    expect(run.stdout).toMatch(/Run the cleanup again later/);
    expect(slots()).toEqual(['pr-1', 'pr-2']);
    expect(armWrites(fx.arm)).toEqual([]);
  }, 120_000);

  test('GitHub failing (503) or the token without pull-requests: read: nothing deleted, the error says so', async () => {
    await seed({ slots: { 'pr-1': preview(), 'pr-2': preview() } });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 1, state: 'closed' });
    for (let i = 0; i < 4; i++) gh.failNext(503, /pulls\/2$/);
    const failing = await cleanup();
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/::error::GitHub API: could not read pull request #2 of octo-org\/octo-repo \(503\)/);
    gh.reset();
    gh.setPermission('pull-requests', 'none');
    const refused = await cleanup();
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/could not read pull request #1 .*403 Resource not accessible by integration/);
    expect(refused.stdout).toContain('`pull-requests: read`');
    expect(slots()).toEqual(['pr-1', 'pr-2']);
    expect(armWrites(fx.arm)).toEqual([]);
  }, 180_000);

  describe('a full Elastic Premium slot quota', () => {
    const open9 = () => {
      const s = pullRequestEvent('opened', { number: 9 });
      return withApi(s);
    };
    const deploy = (extra: Record<string, string> = {}) =>
      runAction({ inputs: fx.inputs({ 'github-token': TOKEN, ...extra }), scenario: open9(), env: fx.env(), timeoutMs: 120_000 });

    test('the error lists each slot with its pull request and state, and says mode: cleanup would free the closed one; nothing written', async () => {
      await seed({ slots: { 'pr-4': preview(), 'pr-5': preview() } });
      gh.seedPullRequest(PR_REPO.owner, PR_REPO.repo, { number: 4, state: 'open' });
      gh.seedPullRequest(PR_REPO.owner, PR_REPO.repo, { number: 5, state: 'closed' });
      const run = await deploy();
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::Cannot create slot pr-9: the Elastic Premium plan allows 3 slots including production, and production, pr-4, pr-5 are in use: pr-4 belongs to pull request #4 \(open\); pr-5 belongs to pull request #5 \(closed\)/
      );
      expect(run.stdout).toMatch(/pr-5 belongs to a closed pull request: `mode: cleanup`.*would free it, and preview-evict-closed: true/);
      expect(armWrites(fx.arm)).toEqual([]);
    }, 120_000);

    test('preview-evict-closed: the closed pull request’s slot is torn down (comment, Deployment), then the fourth preview created', async () => {
      await seed({ slots: { 'pr-4': preview(), 'pr-5': preview() } });
      gh.seedPullRequest(PR_REPO.owner, PR_REPO.repo, { number: 4, state: 'open' });
      gh.seedPullRequest(PR_REPO.owner, PR_REPO.repo, { number: 5, state: 'closed' });
      const deployment5 = await previewRecords(PR_REPO, 5, `${APP}/pr-5`);
      const run = ok(await deploy({ 'preview-evict-closed': 'true' }));
      expect(slots()).toEqual(['pr-4', 'pr-9']);
      expect(run.stdout).toMatch(/::notice::Freed slot pr-5 of pull request #5 \(closed\) to make room for pr-9/);
      expect(gh.commentsOf(PR_REPO.owner, PR_REPO.repo, 5)[0].body).toContain('Preview torn down');
      expect(gh.statusesOf(deployment5).map((s) => s.state)).toEqual(['success', 'inactive']);
      expect(gh.commentsOf(PR_REPO.owner, PR_REPO.repo, 9)[0].body).toContain('Preview deployed');
      // the delete came before the create
      const order = armWrites(fx.arm).map((r) => `${r.method} ${r.path.replace(/.*\/sites\//, '')}`);
      expect(order.findIndex((w) => w.startsWith(`DELETE ${APP}/slots/pr-5`))).toBeLessThan(order.findIndex((w) => w.startsWith(`PUT ${APP}/slots/pr-9`)));
    }, 180_000);
  });
});

describe('target aks', () => {
  let kube: KubeEmulator;
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'aks-cleanup-'));
    cpSync(join(ROOT, 'examples', 'functions-app'), join(workspace, 'app'), { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));
  afterEach(async () => {
    await kube?.close();
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    target: 'aks',
    registry: REGISTRY,
    image: `${REGISTRY}/orders@sha256:${'f'.repeat(64)}`,
    name: 'orders',
    'functions-path': 'app',
    'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=a2V5',
    timeout: '20s',
    'github-token': TOKEN,
    ...extra
  });
  const act = (scenario: Scenario, extra: Record<string, string> = {}) =>
    runAction({ inputs: inputs(extra), scenario: withApi(scenario), env: kube.env, workspace, timeoutMs: 120_000 });
  const namespaces = () =>
    (kube.objects() as Array<{ kind: string; metadata: { name: string; namespace?: string } }>)
      .filter((o) => o.kind === 'Namespace' && o.metadata.name.startsWith('orders-'))
      .map((o) => o.metadata.name)
      .sort();
  const deploymentsIn = (ns: string) =>
    (kube.objects() as Array<{ kind: string; metadata: { name: string; namespace?: string } }>).filter(
      (o) => o.kind === 'Deployment' && o.metadata.namespace === ns
    );

  test('the closed pull request’s namespace removed with its objects, the open one kept', async () => {
    kube = await startKubeEmulator();
    gh.reset();
    ok(await act(pullRequestEvent('opened', { number: 2 })));
    // Another image, so that pr-5 has a revision of its own (a revision two labels share stays active).
    ok(await act(pullRequestEvent('opened', { number: 5 }), { image: `${CA_REGISTRY}/orders@sha256:${'c'.repeat(64)}` }));
    expect(namespaces()).toEqual(['orders-pr-2', 'orders-pr-5']);
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 2, state: 'open' });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 5, state: 'closed' });
    const inputsCleanup = { cleanup: 'true', 'max-preview-age': '7d' };
    const run = ok(await act(workflowDispatchEvent('main'), inputsCleanup));
    const out = cleanupOf(run);
    expect(out.removed.map((r) => [r.pr, r.instance, r.reason])).toEqual([[5, 'orders-pr-5', 'pull request #5 is closed']]);
    expect(out.kept).toEqual([expect.objectContaining({ pr: 2, instance: 'orders-pr-2', reason: expect.stringMatching(/is open, last deployed \d+m ago/) })]);
    expect(deploymentsIn('orders-pr-5')).toEqual([]);
    expect(deploymentsIn('orders-pr-2').length).toBeGreaterThan(0);
    expect(run.summary).toContain('1 removed, 1 kept.');
  }, 240_000);
});

describe('target containerapp', () => {
  let fx: ContainerAppFixture;
  beforeAll(async () => {
    fx = await ContainerAppFixture.start();
  }, 60_000);
  afterAll(async () => {
    await fx?.stop();
  });
  beforeEach(async () => {
    gh.reset();
    await fx.reset();
  });

  const act = (scenario: Scenario, extra: Record<string, string> = {}) =>
    runAction({ inputs: fx.inputs({ 'github-token': TOKEN, timeout: '30s', ...extra }), scenario: withApi(scenario), env: fx.env(), timeoutMs: 150_000 });
  const traffic = () =>
    ((fx.arm.state.containerApp(CA_RG, CA_APP)!.doc.properties as { configuration: { ingress: { traffic: Array<{ label?: string; revisionName?: string }> } } })
      .configuration.ingress.traffic ?? []) as Array<{ label?: string; revisionName?: string }>;
  const labels = () =>
    traffic()
      .map((t) => t.label)
      .filter((l): l is string => !!l)
      .sort();

  test('the closed pull request’s label removed from the traffic and its revision deactivated, the open one kept; plan first lists it', async () => {
    ok(await act(pullRequestEvent('opened', { number: 2 })));
    // Another image, so that pr-5 has a revision of its own (a revision two labels share stays active).
    ok(await act(pullRequestEvent('opened', { number: 5 }), { image: `${CA_REGISTRY}/orders@sha256:${'c'.repeat(64)}` }));
    expect(labels()).toEqual(['pr-2', 'pr-5']);
    const rev5 = traffic().find((t) => t.label === 'pr-5')!.revisionName!;
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 2, state: 'open' });
    gh.seedPullRequest(DISPATCH.owner, DISPATCH.repo, { number: 5, state: 'closed' });

    const before = armWrites(fx.arm).length;
    const planned = ok(await act(workflowDispatchEvent('main'), { cleanup: 'true', mode: 'plan', image: '' }));
    expect(cleanupOf(planned).removed.map((r) => [r.pr, r.instance])).toEqual([[5, `${CA_APP}/pr-5`]]);
    expect(armWrites(fx.arm).length).toBe(before);

    const run = ok(await act(workflowDispatchEvent('main'), { cleanup: 'true', image: '', 'max-preview-age': '7d' }));
    expect(cleanupOf(run).removed.map((r) => [r.pr, r.instance, r.reason])).toEqual([[5, `${CA_APP}/pr-5`, 'pull request #5 is closed']]);
    expect(cleanupOf(run).kept).toEqual([expect.objectContaining({ pr: 2, reason: expect.stringMatching(/is open, last deployed \d+m ago/) })]);
    expect(labels()).toEqual(['pr-2']);
    expect(fx.arm.containerAppView(CA_RG, CA_APP).revisions.find((r) => r.name === rev5)?.active).toBe(false);
    expect(run.summary).toContain('1 removed, 1 kept.');
  }, 300_000);
});
