/**
 * Runner-contract tests of the GitHub report: the bundled dist/index.js, run as the runner runs
 * it, with GITHUB_API_URL pointing at the GitHub REST emulator. A pull request's life (opened →
 * synchronize → closed) gives one Deployment per push with statuses in order, one PR comment
 * created then edited in place, and on close inactive deployments and a "torn down" comment.
 *
 * The lifecycle tests need a deploy that succeeds in this project (a target plus its emulator).
 * They run once `deployFixture` below is set; the fork / skip tests run now.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, type Scenario } from '../support/events.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github/server.js';
import { APP, FunctionAppFixture } from '../support/functionapp-fixture.js';

/** The job token the runner would pass as INPUT_GITHUB-TOKEN. */
const RUNNER_TOKEN = 'ghs_runnerTokenNotARealOne000000000000';
const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const PR = 2;
const MARKER = '<!-- azure-functions-container-deploy:preview:';

/**
 * What makes the bundled action deploy for real in this project, provided at wiring:
 * inputs (target, registry, … and app-settings with `secretValues`), extra env (KUBECONFIG or the
 * ARM / Entra emulator URLs), and the comment instance the run deployed to
 * (aks: outputs.namespace; functionapp: `<app-name>/<outputs.slot>`).
 */
interface DeployFixture {
  inputs: Record<string, string>;
  env: Record<string, string>;
  secretValues: string[];
  instance(outputs: Record<string, string>): string;
  stop(): Promise<void>;
}
const deployFixture = async (): Promise<DeployFixture> => {
  const fa = await FunctionAppFixture.start(300);
  return {
    inputs: fa.inputs({ 'app-settings': 'PREVIEW_SECRET=Preview-Secret-Value-3b8e1f', 'github-token': RUNNER_TOKEN }),
    env: fa.env(),
    secretValues: ['Preview-Secret-Value-3b8e1f'],
    instance: (outputs) => `${APP}/${outputs.slot}`,
    stop: () => fa.stop()
  };
};

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startGitHubEmulator({ tokens: [RUNNER_TOKEN] });
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => {
  gh.reset();
});

function withApi(s: Scenario, extra: Record<string, string> = {}): Scenario {
  return { ...s, env: { ...s.env, GITHUB_API_URL: gh.url, ...extra } };
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
}

describe('no GitHub report where there must be none', () => {
  test('fork pull request closed: one notice, not a single request to the GitHub API', async () => {
    const run = await runAction({
      inputs: { target: 'aks', registry: '127.0.0.1:5000', 'github-token': RUNNER_TOKEN },
      scenario: withApi(pullRequestEvent('closed', { fork: true }))
    });
    expectSuccess(run);
    expect(run.stdout).toMatch(/::notice::Pull request #2 comes from a fork/);
    expect(gh.requests).toEqual([]);
  }, 60_000);

  test('a pull_request action that neither deploys nor tears down (labeled): no request', async () => {
    const run = await runAction({
      inputs: { target: 'aks', registry: '127.0.0.1:5000', 'github-token': RUNNER_TOKEN },
      scenario: withApi(pullRequestEvent('labeled'))
    });
    expectSuccess(run);
    expect(gh.requests).toEqual([]);
  }, 60_000);
});

const wired = describe;
wired('a preview through the bundled action (needs run.ts wiring and a deploy fixture)', () => {
  let fx: DeployFixture;
  beforeAll(async () => {
    fx = await deployFixture();
  }, 120_000);
  afterAll(async () => {
    await fx?.stop();
  });

  const synchronize = (): Scenario => {
    const s = pullRequestEvent('synchronize');
    s.payload.pull_request.head.sha = '0123456789abcdef0123456789abcdef01234567';
    s.env.GITHUB_RUN_ID = '4243';
    return s;
  };

  test('opened → Deployment preview-pr-2 in_progress → success with the URL; one comment with URL and digest; synchronize → the same comment edited; closed → inactive and torn down', async () => {
    const opened = await runAction({ inputs: fx.inputs, scenario: withApi(pullRequestEvent('opened'), fx.env) });
    expectSuccess(opened);
    const instance = fx.instance(opened.outputs);
    const [d1] = gh.deploymentsOf(OWNER, REPO);
    expect(d1).toMatchObject({
      environment: `preview-pr-${PR}`,
      transient_environment: true,
      production_environment: false,
      sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
    });
    expect(gh.statusesOf(d1.id).map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(gh.statusesOf(d1.id)[1].environment_url).toBe(opened.outputs.url);
    expect(gh.statusesOf(d1.id)[0].log_url).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/4242/attempts/1`);
    let comments = gh.commentsOf(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    const commentId = comments[0].id;
    expect(comments[0].body.startsWith(`${MARKER}${instance} -->`)).toBe(true);
    expect(comments[0].body).toContain(opened.outputs.digest);
    expect(comments[0].body).toContain(opened.outputs.url);

    const sync = await runAction({ inputs: fx.inputs, scenario: withApi(synchronize(), fx.env) });
    expectSuccess(sync);
    const [, d2] = gh.deploymentsOf(OWNER, REPO);
    expect(gh.statusesOf(d2.id).map((s) => s.state)).toEqual(['in_progress', 'success']);
    comments = gh.commentsOf(OWNER, REPO, PR);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(comments[0].body).toContain('`0123456789ab`');
    expect(gh.calls()).toContain(`PATCH /repos/${OWNER}/${REPO}/issues/comments/${commentId}`);

    const closed = await runAction({ inputs: fx.inputs, scenario: withApi(pullRequestEvent('closed'), fx.env) });
    expectSuccess(closed);
    for (const d of [d1, d2]) expect(gh.statusesOf(d.id).at(-1)?.state).toBe('inactive');
    comments = gh.commentsOf(OWNER, REPO, PR);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(comments[0].body).toContain('Preview torn down');

    // Order of the writes across the three runs.
    const writes = gh.calls().filter((c) => !c.startsWith('GET'));
    expect(writes).toEqual([
      `POST /repos/${OWNER}/${REPO}/deployments`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d1.id}/statuses`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d1.id}/statuses`,
      `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`,
      `POST /repos/${OWNER}/${REPO}/deployments`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d2.id}/statuses`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d2.id}/statuses`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${commentId}`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d2.id}/statuses`,
      `POST /repos/${OWNER}/${REPO}/deployments/${d1.id}/statuses`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${commentId}`
    ]);
    for (const run of [opened, sync, closed]) expect(leaks(run, fx.secretValues)).toEqual([]);
    for (const r of gh.requests) for (const v of fx.secretValues) expect(JSON.stringify(r.body ?? '')).not.toContain(v);
  }, 600_000);

  test('a token without deployments / pull-requests permission: the deploy succeeds with one warning each, naming the permissions: key', async () => {
    gh.setPermission('deployments', 'none');
    gh.setPermission('pull-requests', 'read');
    const run = await runAction({ inputs: fx.inputs, scenario: withApi(pullRequestEvent('opened'), fx.env) });
    expectSuccess(run);
    expect(run.stdout).toMatch(/^::warning::.*Add `deployments: write` to the job's `permissions:`/m);
    expect(run.stdout).toMatch(/^::warning::.*Add `pull-requests: write` to the job's `permissions:`/m);
    expect(gh.deploymentsOf(OWNER, REPO)).toEqual([]);
    expect(gh.commentsOf(OWNER, REPO, PR)).toEqual([]);
  }, 300_000);

  test("deployment-environment: none records no Deployment (the job's environment does) but still writes the preview comment", async () => {
    const run = await runAction({ inputs: { ...fx.inputs, 'deployment-environment': 'none' }, scenario: withApi(pullRequestEvent('opened'), fx.env) });
    expectSuccess(run);
    expect(gh.deploymentsOf(OWNER, REPO)).toEqual([]);
    expect(gh.commentsOf(OWNER, REPO, PR)).toHaveLength(1);
  }, 300_000);

  test('fork pull request opened: built, not deployed, and no request to the GitHub API', async () => {
    const run = await runAction({
      inputs: { ...fx.inputs, 'registry-username': '', 'registry-password': '' },
      scenario: withApi(pullRequestEvent('opened', { fork: true }), fx.env)
    });
    expectSuccess(run);
    expect(gh.requests).toEqual([]);
  }, 300_000);
});
