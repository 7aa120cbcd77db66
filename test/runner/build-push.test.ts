/**
 * Runner-contract tests: the bundled dist/index.js, run as the GitHub runner runs it, builds the
 * example app with the real docker engine and pushes it to the real registry of
 * scripts/local-services.sh. Outputs are read from the GITHUB_OUTPUT file and held against the
 * registry's own answers.
 */
import { describe, expect, test, beforeAll } from '@jest/globals';
import { existsSync, readdirSync, mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent, pullRequestEvent, releaseEvent } from '../support/events.js';
import { registryFromEnv, manifestDigest, tagList, type RegistryAccess } from '../support/registry.js';
import { ROOT } from '../support/action-yml.js';

let reg: RegistryAccess;
const run_id = Date.now().toString(36);
const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';

beforeAll(() => {
  reg = registryFromEnv();
});

function inputs(repository: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    target: 'functionapp',
    mode: 'build',
    registry: reg.host,
    repository,
    context: 'examples/functions-app',
    'build-args': `BASE_IMAGE=${BASE}`,
    'registry-username': reg.username,
    'registry-password': reg.password,
    ...extra
  };
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.post?.code).toBe(0);
}

async function expectPushed(run: ActionRun, repository: string, tags: string[]): Promise<void> {
  const digest = run.outputs.digest;
  expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  expect(run.outputs.image).toBe(`${reg.host}/${repository}@${digest}`);
  expect(JSON.parse(run.outputs.tags)).toEqual(tags.map((t) => `${reg.host}/${repository}:${t}`));
  for (const t of tags) expect(await manifestDigest(reg, repository, t)).toBe(digest);
  expect((await tagList(reg, repository)).sort()).toEqual([...tags].sort());
}

describe('build and push through the bundled action', () => {
  test("push to the default branch: tags <branch>, sha-<7>, latest; digest equals the registry's; post removes the credentials", async () => {
    const repository = `rc-${run_id}/push-main`;
    const scenario = pushEvent('refs/heads/master');
    const run = await runAction({ inputs: inputs(repository), scenario });
    expectSuccess(run);
    const sha7 = scenario.env.GITHUB_SHA.slice(0, 7);
    await expectPushed(run, repository, ['master', `sha-${sha7}`, 'latest']);
    expect(run.summary).toContain(run.outputs.digest);
    expect(run.summary).toMatch(/BASE_IMAGE.*values hidden/);
    // main left its temporary DOCKER_CONFIG for the post step, which removed it
    const dirs: string[] = JSON.parse(run.state.cleanup ?? '[]');
    expect(dirs).toHaveLength(1);
    expect(dirs[0]).toMatch(/docker-config-/);
    expect(existsSync(dirs[0])).toBe(false);
    expect(readdirSync(run.runnerTemp)).toEqual([]);
  }, 300_000);

  test('pull request: pr-<N> and the head sha, not the merge commit', async () => {
    const repository = `rc-${run_id}/pr`;
    const run = await runAction({ inputs: inputs(repository), scenario: pullRequestEvent('opened') });
    expectSuccess(run);
    await expectPushed(run, repository, ['pr-2', 'sha-ec26c3e']);
  }, 300_000);

  test('tag v1.2.3: 1.2.3, 1.2, 1, sha, latest — one digest for all', async () => {
    const repository = `rc-${run_id}/release`;
    const scenario = pushEvent('refs/tags/v1.2.3');
    const run = await runAction({ inputs: inputs(repository), scenario });
    expectSuccess(run);
    await expectPushed(run, repository, ['1.2.3', '1.2', '1', `sha-${scenario.env.GITHUB_SHA.slice(0, 7)}`, 'latest']);
  }, 300_000);

  test('tag v2.0.0-rc.1: no latest, no 2, no 2.0', async () => {
    const repository = `rc-${run_id}/prerelease`;
    const scenario = pushEvent('refs/tags/v2.0.0-rc.1');
    const run = await runAction({ inputs: inputs(repository), scenario });
    expectSuccess(run);
    await expectPushed(run, repository, ['2.0.0-rc.1', `sha-${scenario.env.GITHUB_SHA.slice(0, 7)}`]);
  }, 300_000);

  test('release published with the prerelease flag: no latest', async () => {
    const repository = `rc-${run_id}/release-pre`;
    const scenario = releaseEvent('v3.1.0', true);
    const run = await runAction({ inputs: inputs(repository), scenario });
    expectSuccess(run);
    await expectPushed(run, repository, ['3.1.0', `sha-${scenario.env.GITHUB_SHA.slice(0, 7)}`]);
  }, 300_000);

  test('fork pull request: built, not pushed, one notice', async () => {
    const repository = `rc-${run_id}/fork`;
    const run = await runAction({
      inputs: inputs(repository, { 'registry-username': '', 'registry-password': '' }),
      scenario: pullRequestEvent('opened', { fork: true })
    });
    expectSuccess(run);
    expect(run.outputs.image).toBeUndefined();
    expect(run.outputs.digest).toBeUndefined();
    expect(await tagList(reg, repository)).toEqual([]);
    expect(run.stdout.match(/^::notice::/gm)).toHaveLength(1);
    expect(run.stdout).toMatch(/::notice::Pull request #2 comes from a fork/);
  }, 300_000);

  test('image input: no build, the digest is resolved from the registry', async () => {
    const repository = `rc-${run_id}/prebuilt`;
    const first = await runAction({ inputs: inputs(repository), scenario: pushEvent('refs/heads/master') });
    expectSuccess(first);
    const run = await runAction({
      inputs: { ...inputs(repository), image: `${reg.host}/${repository}:master`, context: 'does-not-exist' },
      scenario: pushEvent('refs/heads/master')
    });
    expectSuccess(run);
    expect(run.outputs.digest).toBe(first.outputs.digest);
    expect(run.outputs.image).toBe(first.outputs.image);
    expect(run.stdout).not.toMatch(/\[command\]docker build/);
  }, 300_000);

  test('secrets planted in registry-password, build-args and build-secrets reach docker but appear nowhere', async () => {
    const repository = `rc-${run_id}/secrets`;
    const planted = { arg: 'PlantedBuildArg-7f3a9c1e2d', secret: 'PlantedBuildSecret-b81c4e0a93' };
    const run = await runAction({
      inputs: inputs(repository, {
        context: 'test/fixtures/secret-app',
        'build-args': `BASE_IMAGE=${BASE}\nGREETING=${planted.arg}`,
        'build-secrets': `token=${planted.secret}`,
        // The test engine has no bridge network (no iptables); BuildKit RUN steps need one or none.
        network: 'none'
      }),
      scenario: pushEvent('refs/heads/master')
    });
    expectSuccess(run);
    expect(run.outputs.digest).toMatch(/^sha256:/);
    expect(leaks(run, [planted.arg, planted.secret, reg.password])).toEqual([]);
    // and they were registered with the runner for masking
    for (const s of [planted.arg, planted.secret, reg.password]) expect(run.stdout).toContain(`::add-mask::${s}`);
  }, 300_000);

  test('a branch named x;$(touch pwned) and a PR title with backticks run nothing', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
    const repository = `rc-${run_id}/inject`;
    const branch = pushEvent('refs/heads/x;$(touch pwned)');
    const r1 = await runAction({ inputs: inputs(repository), scenario: branch, workspace });
    expectSuccess(r1);
    expect(JSON.parse(r1.outputs.tags)).toContain(`${reg.host}/${repository}:x-touch-pwned-`);
    const pr = pullRequestEvent('opened', { number: 77 });
    pr.payload.pull_request.title = '`touch pwned` $(touch pwned) ; touch pwned';
    pr.payload.pull_request.head.ref = '$(touch pwned)';
    const r2 = await runAction({ inputs: inputs(repository), scenario: pr, workspace });
    expectSuccess(r2);
    for (const dir of [workspace, ROOT, r1.dir, r2.dir]) expect(existsSync(join(dir, 'pwned'))).toBe(false);
  }, 300_000);

  test('build-target: only the named Dockerfile stage is built (the last stage would fail)', async () => {
    const context = mkdtempSync(join(tmpdir(), 'stages-'));
    writeFileSync(join(context, 'Dockerfile'), 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS app\nLABEL stage=app\nFROM ${BASE_IMAGE} AS broken\nRUN exit 1\n');
    const repository = `rc-${run_id}/stage`;
    const failed = await runAction({ inputs: inputs(repository, { context }), scenario: pushEvent('refs/heads/master') });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/exit 1/);
    const run = await runAction({ inputs: inputs(repository, { context, 'build-target': 'app' }), scenario: pushEvent('refs/heads/master') });
    expectSuccess(run);
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await manifestDigest(reg, repository, 'master')).toBe(run.outputs.digest);
    rmSync(context, { recursive: true, force: true });
  }, 300_000);

  test('an invalid input fails before any side effect', async () => {
    const repository = `rc-${run_id}/invalid`;
    const run = await runAction({ inputs: inputs(repository, { timeout: 'ten minutes' }), scenario: pushEvent('refs/heads/master') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'timeout': "ten minutes" is not a duration\.%0AHint: Accepted: a number of seconds or a duration/);
    expect(run.stdout).not.toContain('[command]docker');
    expect(run.state.cleanup).toBeUndefined();
    expect(await tagList(reg, repository)).toEqual([]);
  }, 60_000);

  test('a wrong registry password fails the login with a hint, and nothing is pushed', async () => {
    const repository = `rc-${run_id}/badpw`;
    const run = await runAction({ inputs: inputs(repository, { 'registry-password': 'definitely-wrong-pw' }), scenario: pushEvent('refs/heads/master') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::docker login failed/);
    expect(run.stdout).toMatch(/registry-username and registry-password/);
    expect(leaks(run, ['definitely-wrong-pw'])).toEqual([]);
    for (const dir of JSON.parse(run.state.cleanup ?? '[]') as string[]) expect(existsSync(dir)).toBe(false);
    expect(JSON.parse(run.state.cleanup ?? '[]')).toHaveLength(1);
  }, 120_000);
});

describe('transient registry failures', () => {
  test('login is retried when the registry resets connections, then the push goes through', async () => {
    const { startFlakyProxy } = await import('../emulators/flaky-proxy.js');
    const [host, port] = reg.host.split(':');
    const proxy = await startFlakyProxy(host, Number(port));
    try {
      proxy.resetNext(2);
      const repository = `rc-${run_id}/flaky`;
      const run = await runAction({ inputs: { ...inputs(repository), registry: proxy.address }, scenario: pushEvent('refs/heads/master') });
      expectSuccess(run);
      expect(run.stdout).toMatch(/::warning::docker login to 127\.0\.0\.1:\d+ failed \(attempt 1\), retrying/);
      expect(proxy.stats.reset).toBe(2);
      expect(run.outputs.digest).toBe(await manifestDigest(reg, repository, 'master'));
    } finally {
      await proxy.close();
    }
  }, 300_000);
});

describe('buildx, when present', () => {
  test('builds with buildx: registry cache flags, no provenance, secrets by file, the digest read from --metadata-file', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readFileSync } = await import('node:fs');
    // A docker config dir whose cli-plugins holds the buildx stand-in; the action links it into its temporary DOCKER_CONFIG.
    const original = mkdtempSync(join(tmpdir(), 'docker-orig-'));
    mkdirSync(join(original, 'cli-plugins'));
    const plugin = join(original, 'cli-plugins', 'docker-buildx');
    writeFileSync(
      plugin,
      `#!${process.env.NODE24 ?? process.execPath}\nimport(${JSON.stringify(join(ROOT, 'test', 'emulators', 'buildx', 'docker-buildx.mjs'))});\n`,
      { mode: 0o755 }
    );
    const log = join(original, 'buildx.log');
    const repository = `rc-${run_id}/buildx`;
    const planted = 'PlantedBuildxSecret-42c1e9';
    const run = await runAction({
      inputs: inputs(repository, {
        context: 'test/fixtures/secret-app',
        'build-args': `BASE_IMAGE=${BASE}\nGREETING=hi`,
        'build-secrets': `token=${planted}`,
        network: 'none'
      }),
      scenario: pushEvent('refs/heads/master'),
      env: { DOCKER_CONFIG: original, BUILDX_SHIM_LOG: log }
    });
    expectSuccess(run);
    await expectPushed(run, repository, ['master', `sha-${pushEvent('refs/heads/master').env.GITHUB_SHA.slice(0, 7)}`, 'latest']);
    expect(run.summary).toMatch(/Builder \| buildx/);
    // the post step removed the temporary config, not the user's plugins it linked
    expect(existsSync(plugin)).toBe(true);
    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    const build = calls.find((c) => c[1] === 'build')!;
    expect(build).toEqual(
      expect.arrayContaining(['--cache-from', `type=registry,ref=${reg.host}/${repository}:buildcache`, '--provenance=false', '--push', '--metadata-file'])
    );
    expect(build.join(' ')).toContain(`--cache-to type=registry,ref=${reg.host}/${repository}:buildcache,mode=max`);
    expect(build.join(' ')).toMatch(/--secret id=token,src=\S+/);
    expect(build.join(' ')).not.toContain(planted);
    expect(leaks(run, [planted, reg.password])).toEqual([]);
  }, 300_000);
});
