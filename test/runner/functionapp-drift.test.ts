/**
 * Drift on target functionapp: each verified deploy records what is live (salted per-name hashes in
 * the slot's tags `deploy-record-*`); the next plan or deploy lists by name what was changed in the
 * portal since, never a value; `on-drift: fail` stops before any write, `warn` overwrites and says so.
 * The bundled action against the ARM emulator, as the runner runs it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import type { ArmEmulator } from '../emulators/azure/arm.js';
import { APP, FunctionAppFixture, REGISTRY, RG, STORAGE, armWrites } from '../support/functionapp-fixture.js';

const WORKFLOW_VALUE = 'Workflow-Feature-Value-71c2';
const PORTAL_VALUE = 'Portal-Feature-Value-9d04e3';
const PORTAL_IMAGE = `${REGISTRY}/orders@sha256:${'b'.repeat(64)}`;

let fx: FunctionAppFixture;
let arm: ArmEmulator;

beforeAll(async () => {
  fx = await FunctionAppFixture.start();
}, 60_000);
afterAll(async () => fx?.stop());
beforeEach(async () => {
  await fx.reset();
  arm = fx.arm;
});

const prod = () => arm.state.site(RG, APP)!;
const act = (extra: Record<string, string> = {}) =>
  runAction({
    inputs: fx.inputs({ 'app-settings': `FEATURE_X=${WORKFLOW_VALUE}`, ...extra }),
    scenario: pushEvent('refs/heads/master'),
    env: fx.env(),
    timeoutMs: 120_000
  });

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

const recordTags = () => Object.fromEntries(Object.entries(prod().tags).filter(([k]) => k.startsWith('deploy-record-')));

/** What someone does in the portal after the last deploy: a setting's value and the image. */
function changeInPortal(): void {
  prod().appSettings.FEATURE_X = PORTAL_VALUE;
  prod().siteConfig.linuxFxVersion = `DOCKER|${PORTAL_IMAGE}`;
}

describe('the deploy record', () => {
  test('the first deploy reports no record yet, then records on the site in tags that hold no setting value', async () => {
    prod().tags = { costCenter: 'cc-1234' };
    const run = ok(await act());
    expect(run.stdout).toContain('Drift: no record yet on production of func-orders');
    expect(JSON.parse(run.outputs.plan).drift).toEqual({ state: 'no-record' });
    const tags = recordTags();
    expect(Object.keys(tags).length).toBeGreaterThan(0);
    expect(prod().tags.costCenter).toBe('cc-1234'); // merged: the user's tags stay
    for (const v of Object.values(tags)) expect(v.length).toBeLessThanOrEqual(256);
    const text = JSON.stringify(prod().tags);
    for (const value of [...Object.values(prod().appSettings), WORKFLOW_VALUE, STORAGE, 'prod-value', 'func-orders-1a2b3c']) expect(text).not.toContain(value);
    expect(run.summary).toMatch(/\| Deploy record \| written/);
  }, 180_000);

  test('a deploy with nothing changed outside reports none', async () => {
    ok(await act());
    const run = ok(await act());
    expect(JSON.parse(run.outputs.plan).drift).toMatchObject({ state: 'none', settings: [], config: [] });
  }, 240_000);
});

describe('drift since the last deploy', () => {
  test('mode: plan lists the changed setting and linuxFxVersion by name, never their values', async () => {
    ok(await act());
    changeInPortal();
    prod().appSettings.ADDED_IN_PORTAL = PORTAL_VALUE;
    const before = armWrites(arm).length;
    const run = ok(await act({ mode: 'plan' }));
    expect(armWrites(arm).length).toBe(before);
    const drift = JSON.parse(run.outputs.plan).drift;
    expect(drift).toMatchObject({
      state: 'drift',
      settings: ['FEATURE_X (changed)', 'ADDED_IN_PORTAL (added)'],
      config: ['linuxFxVersion (changed)'],
      overwritten: ['FEATURE_X', 'linuxFxVersion']
    });
    expect(run.stdout).toMatch(
      /this deploy overwrites app setting FEATURE_X \(changed\), site config linuxFxVersion \(changed\); kept as they are now: app setting ADDED_IN_PORTAL \(added\)/
    );
    expect(run.summary).toMatch(/Changed outside the action \| .*FEATURE_X.*linuxFxVersion.*would be overwritten/);
    expect(leaks(run, [PORTAL_VALUE])).toEqual([]);
    // the image is shown as the plan's image before → after (as ever); the drift lists only the field's name
    expect(JSON.stringify(drift)).not.toContain('b'.repeat(64));
  }, 240_000);

  test('on-drift: fail stops before any write, naming what drifted and what to do', async () => {
    ok(await act());
    changeInPortal();
    const before = armWrites(arm).length;
    const run = await act({ 'on-drift': 'fail' });
    expect(run.code).not.toBe(0);
    expect(armWrites(arm).slice(before)).toEqual([]);
    expect(run.stdout + run.stderr).toMatch(
      /changed outside this action since its last deploy, and this deploy would overwrite: app setting FEATURE_X \(changed\), site config linuxFxVersion \(changed\)\. Nothing was written/
    );
    expect(run.stdout + run.stderr).toMatch(/on-drift: warn/);
    expect(prod().appSettings.FEATURE_X).toBe(PORTAL_VALUE);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${PORTAL_IMAGE}`);
    expect(leaks(run, [PORTAL_VALUE])).toEqual([]);
  }, 240_000);

  test('on-drift: warn (the default) deploys, warns what it overwrote, and records the new state', async () => {
    ok(await act());
    const first = JSON.stringify(recordTags());
    changeInPortal();
    // A change the deploy keeps (a setting the workflow does not name): the new record must take it in.
    prod().appSettings.ADDED_IN_PORTAL = PORTAL_VALUE;
    const run = ok(await act());
    expect(run.stdout).toMatch(
      /::warning::Drift: changed outside this action since the last deploy on production of func-orders: this deploy overwrites app setting FEATURE_X \(changed\), site config linuxFxVersion \(changed\)/
    );
    expect(prod().appSettings.FEATURE_X).toBe(WORKFLOW_VALUE);
    expect(run.summary).toMatch(/Changed outside the action \| .*overwritten: <code>FEATURE_X<\/code>, <code>linuxFxVersion<\/code>/);
    expect(JSON.stringify(recordTags())).not.toBe(first);
    expect(leaks(run, [PORTAL_VALUE])).toEqual([]);
    const again = ok(await act({ mode: 'plan' }));
    expect(JSON.parse(again.outputs.plan).drift.state).toBe('none');
  }, 300_000);

  test('a record whose part was lost is reported as unreadable, not as drift', async () => {
    ok(await act());
    prod().tags['deploy-record-0'] = prod().tags['deploy-record-0'].slice(0, -8);
    const run = ok(await act({ mode: 'plan' }));
    expect(JSON.parse(run.outputs.plan).drift).toMatchObject({ state: 'unreadable' });
  }, 240_000);
});
