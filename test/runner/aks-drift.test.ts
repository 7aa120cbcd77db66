/**
 * Drift on target aks: after a deploy, someone changes a Deployment with kubectl (replicas, an env
 * var). The next plan lists those fields by name and the field manager that set them, never a
 * value, and the server's dry run says which ones this deploy overwrites; on-drift: fail stops
 * before anything is applied. The bundled action and the real kubectl against the kube emulator.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import { startKubeEmulator, type KubeEmulator } from '../emulators/kube/server.js';
import { ROOT } from '../support/action-yml.js';

const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
const PORTAL_VALUE = 'Kubectl-Set-Value-4be1d7';

let kube: KubeEmulator;
let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'aks-drift-ws-'));
  cpSync(join(ROOT, 'examples', 'functions-app'), join(workspace, 'app'), { recursive: true });
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
afterEach(async () => kube?.close());

const act = (extra: Record<string, string> = {}) =>
  runAction({
    inputs: {
      target: 'aks',
      registry: REGISTRY,
      image: `${REGISTRY}/orders@sha256:${'f'.repeat(64)}`,
      name: 'orders',
      namespace: 'prod',
      'functions-path': 'app',
      'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=c3RvcmFnZQ==',
      timeout: '20s',
      ...extra
    },
    scenario: pushEvent('refs/heads/master'),
    env: kube.env,
    workspace,
    timeoutMs: 120_000
  });

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** The real kubectl, asynchronously: the emulator answers from this same process. */
const kubectl = async (...args: string[]) => (await promisify(execFile)('kubectl', args, { env: { ...process.env, ...kube.env }, encoding: 'utf8' })).stdout;

/** What someone does by hand after the deploy. */
async function changeWithKubectl(): Promise<void> {
  await kubectl('patch', 'deployment', 'orders-http', '-n', 'prod', '--type', 'merge', '-p', '{"spec":{"replicas":5}}');
  // an env var added by hand (a JSON patch: the emulator has no strategic merge patch, which kubectl set env sends)
  const env = { name: 'FEATURE_X', value: PORTAL_VALUE };
  await kubectl(
    'patch',
    'deployment',
    'orders-http',
    '-n',
    'prod',
    '--type',
    'json',
    '-p',
    JSON.stringify([{ op: 'add', path: '/spec/template/spec/containers/0/env/-', value: env }])
  );
}

describe('aks drift', () => {
  test('the first deploy has nothing to compare; then plan lists replicas and the env var by name, never the value', async () => {
    kube = await startKubeEmulator();
    const first = ok(await act());
    expect(JSON.parse(first.outputs.plan).drift).toEqual({ state: 'no-record' });
    await changeWithKubectl();
    const run = ok(await act({ mode: 'plan' }));
    const drift = JSON.parse(run.outputs.plan).drift;
    expect(drift.state).toBe('drift');
    expect(drift.fields).toEqual(expect.arrayContaining([expect.stringMatching(/^Deployment\/orders-http spec\.replicas \(kubectl-patch\)$/)]));
    expect(drift.fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Deployment\/orders-http spec\.template\.spec\.containers\[name=[a-z-]+\]\.env\[name=FEATURE_X\] \(kubectl-patch\)$/)
      ])
    );
    // which fields the apply takes over is the server's dry-run answer; replicas (set by the action before) certainly
    expect(drift.overwritten).toEqual(expect.arrayContaining(['Deployment/orders-http spec.replicas']));
    expect(run.stdout).toMatch(/this deploy overwrites Deployment\/orders-http spec\.replicas \(set by kubectl-patch\)/);
    expect(leaks(run, [PORTAL_VALUE])).toEqual([]);
    expect(JSON.parse(await kubectl('get', 'deployment', 'orders-http', '-n', 'prod', '-o', 'json')).spec.replicas).toBe(5); // plan changed nothing
  }, 240_000);

  test('on-drift: fail stops before anything is applied; warn overwrites and says so', async () => {
    kube = await startKubeEmulator();
    ok(await act());
    await changeWithKubectl();
    const generation = JSON.parse(await kubectl('get', 'deployment', 'orders-http', '-n', 'prod', '-o', 'json')).metadata.generation;
    const failed = await act({ 'on-drift': 'fail' });
    expect(failed.code).not.toBe(0);
    expect(failed.stdout + failed.stderr).toMatch(
      /would overwrite: Deployment\/orders-http spec\.replicas \(set by kubectl-patch\)[^\n]*\. Nothing was applied \(on-drift: fail\)/
    );
    expect(JSON.parse(await kubectl('get', 'deployment', 'orders-http', '-n', 'prod', '-o', 'json')).metadata.generation).toBe(generation); // no spec write (status moves on with the controller)
    expect(JSON.parse(await kubectl('get', 'deployment', 'orders-http', '-n', 'prod', '-o', 'json')).spec.replicas).toBe(5);
    const warned = ok(await act());
    expect(warned.stdout).toMatch(
      /::warning::Drift: changed outside this action since the last deploy on namespace prod: this deploy overwrites Deployment\/orders-http spec\.replicas/
    );
    const after = JSON.parse(await kubectl('get', 'deployment', 'orders-http', '-n', 'prod', '-o', 'json'));
    expect(after.spec.replicas).toBe(1);
    // Server-side apply leaves what the action never applied: the hand-added env var stays, owned by its manager.
    const envNames = (after.spec.template.spec.containers as Array<{ env?: Array<{ name: string }> }>).flatMap((c) => (c.env ?? []).map((e) => e.name));
    expect(envNames).toContain('FEATURE_X');
    expect(warned.stdout).toMatch(
      /overwrites Deployment\/orders-http spec\.replicas \(set by kubectl-patch\); kept as they are now: [^\n]*env\[name=FEATURE_X\]/
    );
    expect(leaks(warned, [PORTAL_VALUE])).toEqual([]);
  }, 240_000);
});
