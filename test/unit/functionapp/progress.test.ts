/**
 * Plans stay plans: apply returns a progress record of what landed (also when a write failed),
 * verify returns a new record with its evidence, rollback puts back only what the record says
 * landed. The plan and the execution are deep-frozen: a verb that changed them would throw.
 */
import { describe, expect, test } from '@jest/globals';
import { apply } from '../../../src/targets/functionapp/apply.js';
import { verify } from '../../../src/targets/functionapp/verify.js';
import { rollback } from '../../../src/targets/functionapp/rollback.js';
import type { Execution, Progress } from '../../../src/targets/functionapp/execution.js';
import type { FunctionAppPlan } from '../../../src/targets/functionapp/plan.js';
import type { AppService } from '../../../src/targets/functionapp/client.js';

const IMAGE = 'contoso.azurecr.io/app@sha256:' + 'a'.repeat(64);
const APP = { subscriptionId: 's', resourceGroup: 'rg', name: 'func-orders' };
const READY = `2026-01-01T00:00:01Z INFO  - Pulling image: ${IMAGE}\n2026-01-01T00:00:02Z INFO  - Container func-orders_0 for site func-orders initialized successfully and is ready to serve requests.`;
const NO_PING = `2026-01-01T00:00:01Z INFO  - Pulling image: ${IMAGE}\n2026-01-01T00:00:02Z ERROR - Container func-orders_0 didn't respond to HTTP pings on port: 80, failing site start.`;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const plan = {
  app: APP,
  createSlot: false,
  image: { before: 'contoso.azurecr.io/app:old', after: IMAGE },
  settingsBefore: { A: '1' },
  settingsAfter: { A: '2' },
  settingsDiff: { added: [], changed: ['A'], removed: [] },
  writeSettings: true,
  configBefore: {},
  configPatch: { linuxFxVersion: `DOCKER|${IMAGE}` },
  restart: false,
  stickyAdd: [],
  slotConfigNamesBefore: { appSettingNames: [] },
  slotConfigNamesAfter: { appSettingNames: [] },
  expectFunctions: [],
  warnings: []
} as unknown as FunctionAppPlan;

type Fail = 'settings' | 'config' | 'none';
function execution(fail: Fail, log: string) {
  const calls: string[] = [];
  const call = (name: string, failing: boolean) => async () => {
    calls.push(name);
    if (failing) throw new Error(`${name} refused`);
  };
  let written = false;
  const svc = {
    putSettings: (_a: unknown, _s: unknown, settings: Record<string, string>) =>
      call(`putSettings ${JSON.stringify(settings)}`, fail === 'settings' && !written)().then(() => void (written = true)),
    patchConfig: (_a: unknown, _s: unknown, patch: object) =>
      call(`patchConfig ${JSON.stringify(patch)}`, fail === 'config' && Object.keys(patch).length > 0 && calls.every((c) => !c.startsWith('patchConfig')))(),
    putSlotConfigNames: call('putSlotConfigNames', false),
    restart: call('restart', false),
    containerLog: async () => log
  } as unknown as AppService;
  const x: Execution = deepFreeze({ appName: 'func-orders', plan: deepFreeze(plan), svc, logBefore: { target: '' }, timeoutMs: 200, pollMs: 1 });
  return { x, calls };
}

describe('functionapp verbs read and return progress; the plan never changes', () => {
  test.each([
    ['the settings write fails: nothing landed, nothing is put back', 'settings' as Fail, { settings: undefined, config: undefined }, []],
    [
      'the config write fails after the settings landed: only the settings are put back',
      'config' as Fail,
      { settings: true, config: undefined },
      ['the app settings of production']
    ]
  ])('%s', async (_n, fail, landed, restoredStarts) => {
    const { x } = execution(fail, READY);
    const applied = await apply(x);
    expect(applied.ok).toBe(false);
    expect(applied.progress.image).toBe(IMAGE);
    expect({ settings: applied.progress.settings, config: applied.progress.config }).toEqual(landed);
    const restored = await rollback(x, applied.progress, applied.ok ? undefined : applied.error);
    expect(restored.map((r) => r.replace(/ \(.*$/, ''))).toEqual(restoredStarts);
  });

  test("all lands and verify sees it serve: a new record with the evidence; apply's record is unchanged", async () => {
    const { x, calls } = execution('none', READY);
    const applied = await apply(x);
    expect(applied).toMatchObject({ ok: true, progress: { settings: true, config: {}, image: IMAGE, evidence: [] } });
    const verified = await verify(x, applied.progress);
    expect(verified.ok).toBe(true);
    expect(verified.progress.evidence).toEqual([expect.stringContaining(`production: container log shows ${IMAGE} ready`)]);
    expect(applied.progress.evidence).toEqual([]);
    expect(calls).toEqual(['putSettings {"A":"2"}', `patchConfig {"linuxFxVersion":"DOCKER|${IMAGE}"}`]);
  });

  test('verify fails: the record says what landed, and the rollback puts back settings and site config', async () => {
    const { x, calls } = execution('none', NO_PING);
    const applied = await apply(x);
    const verified = await verify(x, applied.progress);
    expect(verified.ok).toBe(false);
    expect((verified as { error: Error }).error.message).toMatch(/did not start/);
    const restored = await rollback(x, verified.progress as Progress, undefined);
    expect(restored.map((r) => r.replace(/ \(.*$/, ''))).toEqual(['the app settings of production', 'the site config of production']);
    expect(calls.slice(2)).toEqual(['putSettings {"A":"1"}', 'patchConfig {"linuxFxVersion":""}']);
  });
});
