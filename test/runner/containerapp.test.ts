/**
 * Target containerapp, the bundled action run as a runner runs it against the ARM emulator's
 * Container Apps (revisions, traffic, labels, secrets, registry pulls, per-address front ends),
 * with OIDC through the GitHub and Entra emulators. Checks what serves afterwards, not only what was written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, pushEvent, releaseEvent, type Scenario } from '../support/events.js';
import { APP, DOMAIN, OLD, NEW, REGISTRY, RG, SIDECAR, STORAGE, ContainerAppFixture, armWrites, type CaSeed } from '../support/containerapp-fixture.js';

let fx: ContainerAppFixture;
beforeAll(async () => {
  fx = await ContainerAppFixture.start();
}, 60_000);
afterAll(async () => {
  await fx?.stop();
});
beforeEach(async () => {
  await fx.reset();
});

const API_KEY = 'k3y-Zq81xVw0Lm4Rt7Yp2Ns9';
const digest = (c: string) => `${REGISTRY}/orders@sha256:${c.repeat(64)}`;

function act(scenario: Scenario, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ inputs: fx.inputs({ timeout: '30s', ...extra }), scenario, env: fx.env(), timeoutMs: 150_000 });
}
function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}
const view = () => fx.arm.containerAppView(RG, APP);
const stored = () =>
  fx.arm.state.containerApp(RG, APP)!.doc as {
    properties: { configuration: Record<string, unknown>; template: { containers: Array<{ name: string; image: string; env: unknown[] }> } };
  };
const traffic = () => (stored().properties.configuration.ingress as { traffic: unknown[] }).traffic;
async function serves(fqdn: string): Promise<string | null> {
  const host = fx.arm.resolveContainerAppHost(fqdn)!;
  const res = await fetch(`https://${host}/api/health`);
  await res.text();
  return res.status === 200 ? res.headers.get('x-emulator-revision') : null;
}
const reseed = (s: CaSeed) => fx.reset(s);

describe('push to a branch', () => {
  test('a new revision by digest, env merged with nothing lost, the secret as secretRef, 100 % pinned to it; a re-run writes nothing', async () => {
    const run = ok(await act(pushEvent('refs/heads/master'), { 'app-settings': `FEATURE_Y=yes\nAPI_KEY=${API_KEY}`, 'health-path': '/api/health' }));
    const rev = run.outputs.revision;
    expect(rev).toMatch(new RegExp(`^${APP}--dddddddddd-[0-9a-f]{4}$`));
    const [fn, sidecar] = stored().properties.template.containers;
    expect(fn.image).toBe(NEW);
    expect(fn.env).toEqual([
      { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' },
      { name: 'FEATURE_X', value: 'on' },
      { name: 'AzureWebJobsStorage', secretRef: 'storage-conn' },
      { name: 'FEATURE_Y', value: 'yes' },
      { name: 'API_KEY', secretRef: 'api-key' }
    ]);
    expect(sidecar).toMatchObject({ name: 'proxy', image: SIDECAR, env: [{ name: 'PROXY_PORT', value: '9000' }] });
    expect(stored().properties.configuration.secrets).toEqual([
      { name: 'storage-conn', value: STORAGE },
      { name: 'api-key', value: API_KEY }
    ]);
    expect(traffic()).toEqual([{ revisionName: rev, weight: 100 }]);
    expect(await serves(`${APP}.${DOMAIN}`)).toBe(rev);
    expect(run.outputs.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(JSON.parse(run.outputs.plan)).toMatchObject({ env: { added: ['FEATURE_Y', 'API_KEY'] }, secrets: { added: ['api-key'] } });
    expect(run.summary).toContain('### Container app');
    expect(leaks(run, [API_KEY, STORAGE, 'c3RvcmFnZS1rZXktY2E='])).toEqual([]);

    const before = armWrites(fx.arm).length;
    const again = ok(await act(pushEvent('refs/heads/master'), { 'app-settings': `FEATURE_Y=yes\nAPI_KEY=${API_KEY}` }));
    expect(again.outputs.revision).toBe(rev);
    expect(armWrites(fx.arm).length).toBe(before);
    expect(view().revisions).toHaveLength(2);
  }, 180_000);

  test('single-revision mode: the platform switches to the new revision once it is ready', async () => {
    await reseed({ mode: 'Single' });
    const run = ok(await act(pushEvent('refs/heads/master')));
    expect(view().latestReadyRevisionName).toBe(run.outputs.revision);
  }, 180_000);
});

describe('registry pull by credentials', () => {
  test('a prebuilt image: the registry password becomes a secret the registries entry references, the revision pulls with it, nothing shows it', async () => {
    const username = 'ca-puller';
    const password = 'Reg-Pass-9f2c71e0b4';
    fx.arm.setRegistryAccess(REGISTRY, { credentials: [{ username, password }] });
    const run = ok(
      await act(pushEvent('refs/heads/master'), {
        'registry-auth': 'password',
        'registry-username': username,
        'registry-password': password,
        'registry-pull': 'credentials'
      })
    );
    const config = stored().properties.configuration as { registries: Array<Record<string, string>>; secrets: Array<{ name: string; value: string }> };
    const entry = config.registries.find((r) => r.server === REGISTRY)!;
    expect(entry).toMatchObject({ server: REGISTRY, username });
    expect(entry.identity).toBeUndefined();
    expect(config.secrets.find((x) => x.name === entry.passwordSecretRef)?.value).toBe(password);
    expect(config.secrets.find((x) => x.name === 'storage-conn')?.value).toBe(STORAGE);
    expect(view().revisions.find((r) => r.name === run.outputs.revision)).toMatchObject({ runningState: 'Running', image: NEW });
    expect(run.stdout).not.toContain('[command]docker');
    expect(leaks(run, [password])).toEqual([]);
  }, 180_000);
});

describe('pull-request previews', () => {
  test('opened: label pr-<N> at 0 %, production untouched; synchronize moves it; closed removes it and deactivates the revision', async () => {
    const opened = ok(await act(pullRequestEvent('opened', { number: 7 })));
    const rev1 = opened.outputs.revision;
    expect(opened.outputs.url).toBe(`https://${APP}---pr-7.${DOMAIN}`);
    expect(traffic()).toEqual([
      { revisionName: `${APP}--v1`, weight: 100 },
      { revisionName: rev1, weight: 0, label: 'pr-7' }
    ]);
    expect(await serves(`${APP}.${DOMAIN}`)).toBe(`${APP}--v1`);
    expect(await serves(`${APP}---pr-7.${DOMAIN}`)).toBe(rev1);

    const sync = ok(await act(pullRequestEvent('synchronize', { number: 7 }), { image: digest('e') }));
    const rev2 = sync.outputs.revision;
    expect(rev2).not.toBe(rev1);
    expect(traffic()).toEqual([
      { revisionName: `${APP}--v1`, weight: 100 },
      { revisionName: rev2, weight: 0, label: 'pr-7' }
    ]);
    expect(await serves(`${APP}---pr-7.${DOMAIN}`)).toBe(rev2);
    expect(view().revisions.find((r) => r.name === rev1)!.active).toBe(false);

    ok(await act(pullRequestEvent('closed', { number: 7 })));
    expect(traffic()).toEqual([{ revisionName: `${APP}--v1`, weight: 100 }]);
    expect(view().revisions.find((r) => r.name === rev2)!.active).toBe(false);
    expect(await serves(`${APP}.${DOMAIN}`)).toBe(`${APP}--v1`);
  }, 240_000);

  test('single-revision mode: the preview is refused before any write, with the way out', async () => {
    await reseed({ mode: 'Single' });
    const run = await act(pullRequestEvent('opened', { number: 7 }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/single-revision mode.*\n?.*revision set-mode/);
    expect(armWrites(fx.arm)).toEqual([]);
  }, 120_000);

  test('a fork pull request deploys nothing', async () => {
    const run = ok(await act(pullRequestEvent('opened', { number: 8, fork: true })));
    expect(run.stdout).toMatch(/comes from a fork/);
    expect(fx.arm.requests.filter((r) => r.path.includes('containerApps'))).toEqual([]);
  }, 120_000);
});

describe('releases', () => {
  test('traffic-steps 10,50,100: staging at 0 %, verified, then each step; rollback of nothing needed', async () => {
    const run = ok(await act(releaseEvent('v1.2.3'), { 'traffic-steps': '10,50,100', 'health-path': '/api/health' }));
    const rev = run.outputs.revision;
    expect(traffic()).toEqual([{ revisionName: rev, weight: 100, label: 'staging' }]);
    const puts = fx.arm.requestsTo(`/containerApps/${APP}`, 'PUT').filter((r) => r.status < 400);
    expect(puts).toHaveLength(4);
    expect(run.stdout).toMatch(/Traffic to .*: 10 %[\s\S]*: 50 %[\s\S]*: 100 %/);
    expect(await serves(`${APP}.${DOMAIN}`)).toBe(rev);
    expect(view().revisions.find((r) => r.name === `${APP}--v1`)).toBeDefined();
  }, 240_000);
});

describe('failures roll back', () => {
  test('a traffic step refused part-way: traffic goes back to the previous revision exactly as before', async () => {
    const before = structuredClone(traffic());
    // The second traffic step's PUT (the fourth write of the app) is refused: armed once the 10 % step has landed.
    const puts = () => fx.arm.requestsTo(`/containerApps/${APP}`, 'PUT').length;
    const timer = setInterval(() => {
      if (puts() >= 2) {
        clearInterval(timer);
        fx.arm.fault({
          path: `/containerApps/${APP}`,
          method: 'PUT',
          status: 400,
          code: 'ContainerAppInvalidTrafficConfiguration',
          message: 'Refused by the test.'
        });
      }
    }, 1);
    const run = await act(releaseEvent('v1.2.3'), { 'traffic-steps': '10,50,100' });
    clearInterval(timer);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Move 50 %(25)? of the traffic to .*ContainerAppInvalidTrafficConfiguration/);
    expect(run.stdout).toMatch(/Rolled back: .*configuration and traffic/);
    expect(traffic()).toEqual(before);
    expect(await serves(`${APP}.${DOMAIN}`)).toBe(`${APP}--v1`);
  }, 180_000);

  test.each([
    ['crashes', 'c', 'crash', /ProcessExited/],
    ['cannot be pulled', 'f', undefined, /failed to resolve reference|not found/]
  ])(
    'an image that %s: the error quotes the revision status; traffic and configuration are as before',
    async (_n, c, behaviour, re) => {
      if (behaviour) fx.arm.addImage(digest(c), { behaviour: behaviour as 'crash' });
      const before = structuredClone(stored().properties.configuration);
      const run = await act(pushEvent('refs/heads/master'), { image: digest(c), 'app-settings': `API_KEY=${API_KEY}` });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/did not start: provisioningState Failed/);
      expect(run.stdout).toMatch(re);
      expect(run.stdout).toMatch(/Rolled back: .*configuration and traffic/);
      expect(stored().properties.configuration).toEqual(before);
      expect(stored().properties.template.containers[0].image).toBe(OLD);
      expect(await serves(`${APP}.${DOMAIN}`)).toBe(`${APP}--v1`);
      expect(view().revisions.every((r) => r.trafficWeight === 0 || r.name === `${APP}--v1`)).toBe(true);
      expect(leaks(run, [API_KEY, STORAGE])).toEqual([]);
    },
    180_000
  );
});

describe('single-revision mode failure', () => {
  test('a crashing revision never took the traffic; the rollback writes the previous template back and it serves', async () => {
    await reseed({ mode: 'Single' });
    fx.arm.addImage(digest('c'), { behaviour: 'crash' });
    const run = await act(pushEvent('refs/heads/master'), { image: digest('c') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/did not start: provisioningState Failed.*ProcessExited/);
    expect(stored().properties.template.containers[0].image).toBe(OLD);
    expect(stored().properties.template.containers[1].image).toBe(SIDECAR);
    expect(await serves(`${APP}.${DOMAIN}`)).toMatch(new RegExp(`^${APP}--`));
    expect(view().revisions.map((r) => r.name)).toContain(`${APP}--v1`);
  }, 180_000);
});

describe('plan mode', () => {
  test('shows image, env names, secret names and traffic; writes nothing', async () => {
    const run = ok(await act(releaseEvent('v1.2.3'), { mode: 'plan', 'traffic-steps': '10,100', 'app-settings': `API_KEY=${API_KEY}\nFEATURE_X=off` }));
    expect(armWrites(fx.arm)).toEqual([]);
    const plan = JSON.parse(run.outputs.plan);
    expect(plan).toMatchObject({
      image: { before: OLD, after: NEW },
      env: { added: ['API_KEY'], changed: ['FEATURE_X'], removed: [] },
      secrets: { added: ['api-key'], changed: [] },
      traffic: { before: ['--v1 100%'], steps: [10, 100] }
    });
    expect(leaks(run, [API_KEY])).toEqual([]);
  }, 120_000);
});
