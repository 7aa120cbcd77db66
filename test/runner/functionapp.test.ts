/**
 * Scenario tests of target functionapp: the bundled action, run as the runner runs it, against
 * the ARM emulator (the real @azure/arm-appservice client inside the action talks to it over
 * HTTPS), with OIDC through the GitHub and Entra emulators. Most scenarios deploy a prebuilt
 * digest (input `image`), so no docker is involved; one builds and pushes for real first.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent, pullRequestEvent, releaseEvent, type Scenario } from '../support/events.js';
import type { ArmEmulator } from '../emulators/azure/arm.js';
import { tlsOptions } from '../emulators/jwt.js';
import { ROOT } from '../support/action-yml.js';
import {
  APP,
  CLI_CLIENT,
  CLI_SECRET,
  D_NEW,
  FunctionAppFixture,
  TENANT,
  NEW,
  OLD,
  REGISTRY,
  RG,
  STORAGE,
  UAMI,
  UAMI_IDS,
  type SeedOptions,
  armWrites
} from '../support/functionapp-fixture.js';

const PLANTED = 'Planted-Setting-Value-5e9c01';

let fx: FunctionAppFixture;
let arm: ArmEmulator;
let health: Server;
let healthPort = 0;
let healthStatus = 200;

beforeAll(async () => {
  fx = await FunctionAppFixture.start();
  const tls = await tlsOptions();
  health = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    res.statusCode = req.url === '/api/health' ? healthStatus : 404;
    res.end('{}');
  });
  await new Promise<void>((r) => health.listen(0, '127.0.0.1', r));
  healthPort = (health.address() as { port: number }).port;
}, 60_000);

afterAll(async () => {
  await fx?.stop();
  await new Promise((r) => health?.close(r));
});

beforeEach(async () => {
  await reseed();
});

async function reseed(over: SeedOptions = {}): Promise<void> {
  await fx.reset(over);
  arm = fx.arm;
  healthStatus = 200;
}

async function act(scenario: Scenario, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ inputs: fx.inputs(extra), scenario, env: fx.env(), timeoutMs: 120_000 });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

const writes = () => armWrites(arm);
const prod = () => arm.state.site(RG, APP)!;
const slot = (name: string) => arm.state.site(RG, APP, name);

async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe('push to main → production', () => {
  test('image changes, every other setting survives, no restart', async () => {
    const before = { ...prod().appSettings };
    const run = ok(await act(pushEvent('refs/heads/master'), { 'app-settings': `NEW_SETTING=${PLANTED}` }));
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    expect(prod().appSettings).toEqual({ ...before, NEW_SETTING: PLANTED });
    expect(prod().restarts).toBe(0);
    expect(run.outputs).toMatchObject({ image: NEW, digest: D_NEW, slot: 'production', url: `https://${prod().defaultHostName}` });
    expect(JSON.parse(run.outputs.plan)).toMatchObject({
      slot: 'production',
      image: { before: OLD, after: NEW },
      settings: { added: ['NEW_SETTING'], changed: [], removed: [] }
    });
    expect(run.summary).toMatch(/Settings added \| <code>NEW_SETTING<\/code>/);
    // the run's table: the event and what it meant, the image by digest, where it went, the URL, outcome, the whole step's duration
    const top = run.summary.slice(0, run.summary.indexOf('### Image'));
    expect(top).toContain('| Event | <code>push</code> on <code>refs/heads/master</code> |');
    expect(top).toContain('| Meaning | deploy (branch master); mode deploy |');
    expect(top).toContain(`| Image | <code>${NEW}</code> |`);
    expect(top).toContain('| Target | functionapp, slot <code>production</code> |');
    expect(top).toContain(`| URL | https://${prod().defaultHostName} |`);
    expect(top).toMatch(/\| Outcome \| deployed/);
    expect(top).toMatch(/\| Duration \| \d+\.\d s \(the whole step\) \|/);
    expect(leaks(run, [PLANTED, STORAGE])).toEqual([]);
  }, 180_000);

  test('round trips: with 150 ms between the runner and ARM, a plain deploy needs at most 3 sequential ones up to its last write (parallel reads → settings PUT → config PATCH)', async () => {
    const { startFlakyProxy } = await import('../emulators/flaky-proxy.js');
    const url = new URL(arm.url);
    const far = await startFlakyProxy(url.hostname, Number(url.port), { latencyMs: 150 });
    try {
      ok(
        await runAction({
          inputs: fx.inputs({ 'arm-endpoint': `https://${far.address}`, 'app-settings': 'NEW_SETTING=1' }),
          scenario: pushEvent('refs/heads/master'),
          env: fx.env(),
          timeoutMs: 120_000
        })
      );
    } finally {
      await far.close();
    }
    const reqs = [...arm.requests].sort((a, b) => a.at - b.at);
    const waves: string[][] = [];
    let last = -Infinity;
    for (const r of reqs) {
      if (r.at - last > 100) waves.push([]);
      waves[waves.length - 1].push(`${r.method} ${r.path.replace(/^.*\/sites\/[^/]+/i, '…').replace(/^.*\/serverfarms\//i, 'plan/')}`);
      last = r.at;
    }
    // the deploy's writes; the deploy record (tags, written after verify) is counted on its own below
    const isRecord = (x: string) => /\/providers\/Microsoft\.Resources\/tags\//i.test(x);
    const writesAt = waves.findLastIndex((w) => w.some((x) => /^(PUT|PATCH)/.test(x) && !isRecord(x)));
    const recordAt = waves.findIndex((w) => w.some(isRecord));
    console.log(
      `functionapp push deploy: ${reqs.length} ARM requests in ${waves.length} sequential round trips (${writesAt + 1} up to the last write, ${waves.length - writesAt - 1} for verify):\n${waves.map((w, i) => `  ${i + 1}. ${w.join(' | ')}`).join('\n')}`
    );
    expect(writesAt + 1).toBeLessThanOrEqual(3);
    expect(recordAt).toBe(waves.length - 1); // the record is the last call, after verify: one read wave (settings, config) before it
    expect(waves[recordAt - 1].every((x) => /^(POST …\/config\/appsettings\/list|GET …\/config\/web)$/.test(x))).toBe(true);
    expect(waves.flat().filter((w) => /^GET plan\//.test(w))).toEqual([]);
  }, 180_000);

  test('the same image again: settings untouched, one restart so the app re-pulls', async () => {
    ok(await act(pushEvent('refs/heads/master'), { image: OLD }));
    expect(prod().restarts).toBe(1);
    // no settings or site-config write: the only write is the first deploy record (tags), after verify
    expect(
      writes()
        .filter((r) => r.method === 'PUT' || r.method === 'PATCH')
        .map((r) => r.path.replace(/^.*\/sites\/[^/]+/, '…'))
    ).toEqual(['…/providers/Microsoft.Resources/tags/default']);
    // once recorded, the same image again writes nothing but the restart: the record still describes what is live
    const before = writes().length;
    ok(await act(pushEvent('refs/heads/master'), { image: OLD }));
    expect(prod().restarts).toBe(2);
    expect(
      writes()
        .slice(before)
        .filter((r) => r.method === 'PUT' || r.method === 'PATCH')
    ).toEqual([]);
  }, 120_000);
});

describe('pull-request previews', () => {
  test('opened → slot pr-2 from production settings minus sticky and WEBSITE_CONTENTSHARE; url is the slot; synchronize updates it; closed deletes it (twice is fine)', async () => {
    const opened = ok(await act(pullRequestEvent('opened'), { 'app-settings': 'PREVIEW=yes' }));
    const s = slot('pr-2')!;
    expect(s).toBeDefined();
    expect(s.siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    expect(s.siteConfig.acrUserManagedIdentityID).toBe(UAMI_IDS.clientId);
    expect(Object.keys(s.identity?.userAssigned ?? {})).toEqual([UAMI]);
    expect(s.appSettings).toMatchObject({ FEATURE_X: 'prod-value', PREVIEW: 'yes', WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false' });
    expect(s.appSettings.SLOT_NAME).toBeUndefined();
    expect(s.appSettings.WEBSITE_CONTENTSHARE).not.toBe('func-orders-1a2b3c');
    expect(opened.outputs).toMatchObject({ slot: 'pr-2', url: `https://${s.defaultHostName}` });
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);

    const next = `${REGISTRY}/orders@sha256:${'e'.repeat(64)}`;
    ok(await act(pullRequestEvent('synchronize'), { image: next, 'app-settings': 'PREVIEW=yes' }));
    expect(slot('pr-2')!.siteConfig.linuxFxVersion).toBe(`DOCKER|${next}`);
    expect(slot('pr-2')!.appSettings.PREVIEW).toBe('yes');

    const closed = ok(await act(pullRequestEvent('closed')));
    expect(slot('pr-2')).toBeUndefined();
    expect(JSON.parse(closed.outputs.plan)).toMatchObject({ slot: 'pr-2', slotAction: 'delete', deleted: true });
    expect(closed.stdout).not.toContain('[command]docker');
    const again = ok(await act(pullRequestEvent('closed')));
    expect(JSON.parse(again.outputs.plan)).toMatchObject({ deleted: false });
  }, 240_000);

  test('the Elastic Premium slot limit: an error naming the slots in use and the ways out, nothing written', async () => {
    await reseed({ slots: { staging: {}, 'pr-4': {} } });
    const run = await act(pullRequestEvent('opened', { number: 9 }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Cannot create slot pr-9: the Elastic Premium plan allows 3 slots including production, and production, staging, pr-4 are in use/
    );
    expect(run.stdout).toMatch(/Dedicated \(P\*v3\) plan/);
    expect(writes()).toEqual([]);
  }, 120_000);
});

describe('tag release with swap', () => {
  test('deploy to staging, verify, swap into production; sticky settings stay; health checked on both', async () => {
    slot('staging')!.defaultHostName = `127.0.0.1:${healthPort}`;
    prod().defaultHostName = `127.0.0.1:${healthPort}`;
    const run = ok(await act(releaseEvent('v1.2.3'), { swap: 'true', 'health-path': '/api/health' }));
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    expect(slot('staging')!.siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
    expect(prod().appSettings.SLOT_NAME).toBe('production');
    expect(slot('staging')!.appSettings.SLOT_NAME).toBe('staging');
    expect(run.outputs.slot).toBe('production');
    expect(arm.requestsTo('slotsswap', 'POST')).toHaveLength(1);
  }, 180_000);

  test('a failed production health check swaps back and says what was restored', async () => {
    slot('staging')!.defaultHostName = `127.0.0.1:${healthPort}`;
    prod().defaultHostName = `127.0.0.1:${await closedPort()}`; // nothing listens: production never answers
    const run = await act(releaseEvent('v1.2.4'), { swap: 'true', 'health-path': '/api/health', timeout: '3s' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Health check of production failed/);
    expect(run.stdout).toMatch(/Rolled back: swapped staging and production back/);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
    expect(arm.requestsTo('slotsswap', 'POST')).toHaveLength(2);
  }, 180_000);

  test('a swap warm-up failure (417) is shown with its body', async () => {
    arm.setSwapBehaviour({ failure: { status: 417 } });
    const run = await act(releaseEvent('v1.2.5'), { swap: 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Swap slot staging into production/);
    expect(run.stdout).toMatch(/417/);
    expect(run.stdout).toMatch(/warm-up ping|http ping/i);
  }, 180_000);
});

describe('mode: plan', () => {
  test('reads only, and outputs the changes by name', async () => {
    const run = ok(await act(pushEvent('refs/heads/master'), { mode: 'plan', 'app-settings': `NEW_SETTING=${PLANTED}`, 'remove-app-settings': 'FEATURE_X' }));
    expect(writes()).toEqual([]);
    expect(JSON.parse(run.outputs.plan)).toEqual({
      target: 'functionapp',
      app: APP,
      resourceGroup: RG,
      slot: 'production',
      slotAction: 'update',
      image: { before: OLD, after: NEW },
      settings: { added: ['NEW_SETTING'], changed: [], removed: ['FEATURE_X'] },
      sticky: [],
      config: ['linuxFxVersion'],
      restart: false,
      swap: null,
      drift: { state: 'no-record' }
    });
    expect(prod().appSettings.FEATURE_X).toBe('prod-value');
    expect(leaks(run, [PLANTED])).toEqual([]);
  }, 120_000);
});

describe('apps it must refuse', () => {
  test.each([
    ['a code app', { kind: 'functionapp,linux' }, /is a code app/],
    ['a Consumption app', { plan: 'Y1' }, /Consumption plan/]
  ])(
    '%s: refused before any write',
    async (_n, over, message) => {
      await reseed(over);
      const run = await act(pushEvent('refs/heads/master'));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(writes()).toEqual([]);
    },
    120_000
  );
});

describe('faults are retried; rollback restores exactly', () => {
  test.each([
    ['429 with Retry-After', { status: 429, retryAfter: 1 }],
    ['429 without Retry-After', { status: 429 }],
    ['500', { status: 500 }],
    ['503', { status: 503 }],
    ['409 operation in progress', { status: 409, code: 'Conflict', message: 'Cannot modify this site because another operation is in progress.' }],
    ['a dropped connection', { drop: true }]
  ])(
    '%s on the site-config write',
    async (_n, fault) => {
      arm.fault({ path: '/config/web', method: 'PATCH', ...fault });
      const run = ok(await act(pushEvent('refs/heads/master')));
      expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
      const patches = arm.requestsTo('/config/web', 'PATCH');
      expect(patches.length).toBe(2);
      expect(run.code).toBe(0);
    },
    120_000
  );

  test('a rejected config write after the settings write puts the settings back exactly', async () => {
    const before = structuredClone(prod().appSettings);
    arm.setConfigWriteFailure({
      resourceGroup: RG,
      name: APP,
      status: 400,
      body: { Code: 'BadRequest', Message: 'The parameter SomethingElse has an invalid value.' }
    });
    const run = await act(pushEvent('refs/heads/master'), { 'app-settings': `NEW_SETTING=${PLANTED}\nFEATURE_X=changed`, 'remove-app-settings': 'SLOT_NAME' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Update the site config .* failed with HTTP 400: BadRequest: The parameter SomethingElse has an invalid value\./);
    expect(run.stdout).toMatch(/Rolled back: the app settings of production/);
    expect(prod().appSettings).toEqual(before);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
    expect(leaks(run, [PLANTED, STORAGE])).toEqual([]);
  }, 120_000);

  test('App Service refusing the digest form falls back once to the sha tag, with a warning', async () => {
    arm.setLinuxFxVersionPolicy({ rejectDigest: true });
    // Needs a pushed image for the sha tag: covered by the build+deploy test below.
    const run = await act(pushEvent('refs/heads/master'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/LinuxFxVersion has an invalid value/);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
  }, 120_000);
});

describe('auth: azure-cli (after azure/login)', () => {
  async function azOnPath(): Promise<{ dir: string; log: string }> {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'az-'));
    writeFileSync(
      join(dir, 'az'),
      `#!${process.env.NODE24 ?? process.execPath}\nimport(${JSON.stringify(join(ROOT, 'test', 'emulators', 'az-cli', 'az.mjs'))});\n`,
      { mode: 0o755 }
    );
    return { dir, log: join(dir, 'calls.log') };
  }

  test('deploys with the token az hands out, asked for with an argument array', async () => {
    const { readFileSync } = await import('node:fs');
    const az = await azOnPath();
    const run = await runAction({
      inputs: fx.inputs({ auth: 'azure-cli', 'client-id': '' }),
      scenario: pushEvent('refs/heads/master'),
      env: {
        PATH: `${az.dir}:${process.env.PATH}`,
        AZ_SHIM_LOG: az.log,
        AZ_SHIM_AUTHORITY: fx.entra.authorityHost,
        AZ_SHIM_TENANT: TENANT,
        AZ_SHIM_CLIENT_ID: CLI_CLIENT,
        AZ_SHIM_CLIENT_SECRET: CLI_SECRET,
        NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? ''
      },
      timeoutMs: 120_000
    });
    ok(run);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    const calls = readFileSync(az.log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    expect(calls[0]).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', 'https://management.azure.com', '--tenant', TENANT]);
    expect(run.summary).toMatch(/Azure credential \| azure-cli/);
  }, 120_000);

  test('az not logged in: the error says to run azure/login or use OIDC', async () => {
    const az = await azOnPath();
    const run = await runAction({
      inputs: fx.inputs({ auth: 'azure-cli', 'client-id': '' }),
      scenario: pushEvent('refs/heads/master'),
      env: { PATH: `${az.dir}:${process.env.PATH}`, AZ_SHIM_LOGGED_OUT: '1' },
      timeoutMs: 120_000
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Please run 'az login'/);
    expect(run.stdout).toMatch(/Run azure\/login before this step/);
    expect(writes()).toEqual([]);
  }, 120_000);
});
