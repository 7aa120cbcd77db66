/**
 * Target functionapp on the real service's terms: after the write, App Service pulls the image with
 * the slot's own identity, starts a container, keeps the old one serving until the new one answers.
 * The ARM emulator models that (image catalog, registry access, per-slot identities and VNet, docker
 * log, indexed functions, one HTTPS front end per site); these scenarios run the bundled action
 * against it and check what serves afterwards, not only what was written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, pushEvent, releaseEvent, type Scenario } from '../support/events.js';
import type { ArmEmulator } from '../emulators/azure/arm.js';
import { startGitHubOidc, type GitHubOidc } from '../emulators/github-oidc.js';
import { startEntra, type Entra } from '../emulators/azure/entra.js';
import { startArm } from '../emulators/azure/arm.js';
import {
  APP,
  CLIENT,
  FunctionAppFixture,
  NEW,
  OLD,
  REGISTRY,
  RG,
  STORAGE,
  SUB,
  TENANT,
  UAMI,
  UAMI_IDS,
  type SeedOptions,
  armWrites
} from '../support/functionapp-fixture.js';

let fx: FunctionAppFixture;
let arm: ArmEmulator;

beforeAll(async () => {
  fx = await FunctionAppFixture.start(300);
}, 60_000);
afterAll(async () => {
  await fx?.stop();
});
beforeEach(async () => {
  await reseed();
});

async function reseed(over: SeedOptions = {}): Promise<void> {
  await fx.reset(over);
  arm = fx.arm;
}

function act(scenario: Scenario, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ inputs: fx.inputs({ timeout: '30s', ...extra }), scenario, env: fx.env(), timeoutMs: 150_000 });
}

function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

const digest = (c: string) => `${REGISTRY}/orders@sha256:${c.repeat(64)}`;
const writes = () => armWrites(arm);
const prod = () => arm.state.site(RG, APP)!;
const slot = (name: string) => arm.state.site(RG, APP, name);

describe('verify proves that the deployed digest serves', () => {
  test('a slow start longer than a naive check: the run ends only when the new container serves', async () => {
    const slow = digest('5');
    arm.addImage(slow, { startSeconds: 6, functions: ['HttpTrigger'] });
    const run = ok(await act(pushEvent('refs/heads/master'), { image: slow, 'health-path': '/api/health' }));
    expect(arm.servingImage(RG, APP)).toBe(slow);
    expect(run.stdout).toMatch(/initialized successfully and is ready to serve requests/);
    expect(run.summary).toMatch(/\| Verified \| production: container log shows .*5{64} ready/);
    const top = run.summary.slice(0, run.summary.indexOf('### Image'));
    expect(top).toMatch(/\| Verified \| production: container log shows .*5{64} ready/);
    expect(top).toContain('| Outcome | deployed and verified |');
  }, 180_000);

  test('an image the registry does not have: the pull error is quoted, the previous image is back and serves', async () => {
    const missing = digest('f');
    const run = await act(pushEvent('refs/heads/master'), { image: missing });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The new container of production did not start: .*manifest unknown/);
    expect(run.stdout).toMatch(/Rolled back: .*the site config of production \(linuxFxVersion\).*production serves the previous image .* again/);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
    expect(arm.servingImage(RG, APP)).toBe(OLD);
    expect(run.summary).toMatch(/\| Outcome \| \*\*failed\*\*/);
  }, 180_000);

  test('a container that exits at start fails the run with the log line; the old one kept serving', async () => {
    const crash = digest('c');
    arm.addImage(crash, { behaviour: 'crash' });
    const run = await act(pushEvent('refs/heads/master'), { image: crash });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/did not start: .*has exited, failing site start/);
    expect(run.stdout).toMatch(/Hint: The container exited at start/);
    expect(arm.servingImage(RG, APP)).toBe(OLD);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
  }, 180_000);

  test('a container that never answers its ping fails within the start time limit, quoted', async () => {
    const mute = digest('b');
    arm.addImage(mute, { behaviour: 'no-ping' });
    prod().appSettings.WEBSITES_CONTAINER_START_TIME_LIMIT = '3';
    const run = await act(pushEvent('refs/heads/master'), { image: mute });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/didn't respond to HTTP pings on port: 80/);
    expect(arm.servingImage(RG, APP)).toBe(OLD);
  }, 180_000);

  test('the host must index every function of the app: a function missing from the image fails the run', async () => {
    const partial = digest('9');
    arm.addImage(partial, { functions: ['SomethingElse'] });
    const run = await act(pushEvent('refs/heads/master'), { image: partial, 'functions-path': 'examples/functions-app', timeout: '6s' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/did not index every function of the app .*missing/);
  }, 180_000);
});

describe('identities, network and configuration are per slot', () => {
  test('an existing staging slot without the pull identity is refused before any write', async () => {
    await reseed({ slots: { staging: { siteConfig: { linuxFxVersion: `DOCKER|${OLD}` } } } });
    const run = await act(releaseEvent('v2.0.0'), { swap: 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pull-identity-client-id .* is attached to production but not to slot staging/);
    expect(run.stdout).toMatch(/az functionapp identity assign .*--slot/);
    expect(writes()).toEqual([]);
  }, 120_000);

  test('a preview slot behind a private registry: created with production VNet integration and image pull over it, so it pulls and serves', async () => {
    const subnet = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/func`;
    await reseed({
      production: { virtualNetworkSubnetId: subnet, outboundVnetRouting: { imagePullTraffic: true }, keyVaultReferenceIdentity: UAMI }
    } as SeedOptions);
    arm.setRegistryAccess(REGISTRY, { pullPrincipals: [UAMI_IDS.principalId], vnetOnly: true });
    prod().connectionStrings = { SQL: { value: 'Server=tcp:db;Password=Conn-Secret-771', type: 'SQLAzure' } };
    prod().siteConfig.appCommandLine = 'start.sh';
    prod().siteConfig.healthCheckPath = '/api/health';
    const run = ok(await act(pullRequestEvent('opened')));
    const s = slot('pr-2')!;
    expect(s.virtualNetworkSubnetId).toBe(subnet);
    expect(s.siteConfig).toMatchObject({ appCommandLine: 'start.sh', healthCheckPath: '/api/health' });
    expect(s.connectionStrings.SQL.value).toBe('Server=tcp:db;Password=Conn-Secret-771');
    expect(arm.servingImage(RG, APP, 'pr-2')).toBe(NEW);
    expect(leaks(run, ['Conn-Secret-771', STORAGE])).toEqual([]);
  }, 180_000);

  test('a new slot that would pull with a system-assigned identity is refused before any write', async () => {
    await reseed({
      production: {
        identity: { systemAssigned: true },
        siteConfig: { linuxFxVersion: `DOCKER|${OLD}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: '' }
      }
    } as SeedOptions);
    const run = await act(pullRequestEvent('opened'), { 'pull-identity-client-id': '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/new principal, which has no AcrPull/);
    expect(writes()).toEqual([]);
  }, 120_000);
});

describe('built, pushed and deployed: the digest form refused by App Service', () => {
  const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';
  const esc = REGISTRY.replace(/[.]/g, '\\.');
  function build(extra: Record<string, string> = {}): Record<string, string> {
    return {
      image: '',
      context: 'examples/functions-app',
      'build-args': `BASE_IMAGE=${BASE}`,
      repository: 'orders',
      'registry-username': process.env.LOCAL_REGISTRY_USERNAME ?? '',
      'registry-password': process.env.LOCAL_REGISTRY_PASSWORD ?? '',
      ...extra
    };
  }
  beforeEach(() => {
    // What this app's image holds: the two functions of examples/functions-app, by digest or by sha tag.
    arm.addImage(new RegExp(`^${esc}/orders(@sha256:[0-9a-f]{64}|:sha-[0-9a-f]{7})$`), { functions: ['http', 'queue'] });
    arm.setLinuxFxVersionPolicy({ rejectDigest: true });
  });

  test("site config: falls back once to the commit's sha tag, with a warning, and verifies the functions the app has", async () => {
    const scenario = pushEvent('refs/heads/master');
    const run = ok(await act(scenario, build()));
    const tag = `${REGISTRY}/orders:sha-${scenario.env.GITHUB_SHA.slice(0, 7)}`;
    expect(run.stdout).toMatch(/::warning::App Service refused the digest reference .*deploying the commit's immutable tag/);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${tag}`);
    expect(arm.servingImage(RG, APP)).toBe(tag);
    expect(JSON.parse(run.outputs.plan).image.after).toBe(tag);
    expect(run.summary).toMatch(/the host indexed http, queue/);
  }, 300_000);

  test("slot creation: the same fallback when the new slot's PUT refuses the digest", async () => {
    const run = ok(await act(pullRequestEvent('opened'), build()));
    expect(run.stdout).toMatch(/App Service refused the digest reference/);
    expect(slot('pr-2')!.siteConfig.linuxFxVersion).toMatch(/^DOCKER\|.*\/orders:sha-[0-9a-f]{7}$/);
    expect(arm.servingImage(RG, APP, 'pr-2')).toMatch(/orders:sha-/);
  }, 300_000);

  test("a 400 that does not name LinuxFxVersion is the deploy's failure: no fallback", async () => {
    arm.setLinuxFxVersionPolicy({ rejectDigest: false });
    arm.setConfigWriteFailure({
      resourceGroup: RG,
      name: APP,
      status: 400,
      body: { Code: 'BadRequest', Message: 'The parameter SomethingElse has an invalid value.' }
    });
    const run = await act(pushEvent('refs/heads/master'), build());
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/refused the digest reference/);
    expect(arm.requestsTo('/config/web', 'PATCH').filter((r) => JSON.stringify(r.body ?? '').includes(':sha-'))).toEqual([]);
  }, 300_000);
});

describe('swaps', () => {
  test("after a swap, the warm-up start logged in the slot's own log is evidence too (production's log shows nothing)", async () => {
    arm.fault({ path: new RegExp(`/sites/${APP}/containerlogs$`), method: 'POST', status: 204, times: Infinity });
    const run = ok(await act(releaseEvent('v2.0.2'), { swap: 'true' }));
    expect(arm.requestsTo('slotsswap', 'POST')).toHaveLength(1);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    expect(run.summary).toMatch(/production: container log of staging shows .* ready after the swap began/);
  }, 180_000);

  test('a swap whose poll fails after it finished is not sent again: both slots are read and the release goes on', async () => {
    arm.setSwapBehaviour({ applyAt: 'accept', inProgressPolls: 1 });
    arm.fault({
      path: /operationresults|operationstatuses/,
      method: 'GET',
      status: 409,
      code: 'Conflict',
      message: 'Cannot modify this site because another operation is in progress.',
      times: Infinity
    });
    const run = ok(await act(releaseEvent('v2.0.1'), { swap: 'true' }));
    expect(arm.requestsTo('slotsswap', 'POST')).toHaveLength(1);
    expect(prod().siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
    expect(slot('staging')!.siteConfig.linuxFxVersion).toBe(`DOCKER|${OLD}`);
    expect(run.stdout).toMatch(/a swap is never sent twice/);
    expect(arm.servingImage(RG, APP)).toBe(NEW);
  }, 180_000);
});

describe('settings and apps', () => {
  test('WEBSITES_ENABLE_APP_SERVICE_STORAGE=true (persistent /home) is kept', async () => {
    prod().appSettings.WEBSITES_ENABLE_APP_SERVICE_STORAGE = 'true';
    ok(await act(pushEvent('refs/heads/master'), { 'app-settings': 'X=1' }));
    expect(prod().appSettings.WEBSITES_ENABLE_APP_SERVICE_STORAGE).toBe('true');
  }, 120_000);

  test('Functions on Azure Container Apps through Microsoft.Web/sites: refused before any write', async () => {
    await reseed({
      kind: 'functionapp,linux,container,azurecontainerapps',
      production: { managedEnvironmentId: `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.App/managedEnvironments/env1` }
    } as SeedOptions);
    const run = await act(pushEvent('refs/heads/master'), { 'app-settings': 'X=1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is hosted on Azure Container Apps \(environment env1\)/);
    expect(run.stdout).toMatch(/target: containerapp/);
    expect(writes()).toEqual([]);
  }, 120_000);

  test('a prebuilt image with ACR admin pull credentials: resolved through ARM although nothing is pushed, never shown', async () => {
    const password = process.env.LOCAL_REGISTRY_PASSWORD ?? 'admin-password-1';
    const username = process.env.LOCAL_REGISTRY_USERNAME ?? 'ci';
    arm.addRegistry({ resourceGroup: 'rg-acr', name: 'localacr', loginServer: REGISTRY, adminUserEnabled: true, username, passwords: [password, 'second'] });
    arm.setRegistryAccess(REGISTRY, { credentials: [{ username, password }] });
    const run = ok(await act(pushEvent('refs/heads/master'), { 'registry-auth': 'admin', 'registry-pull': 'credentials', 'pull-identity-client-id': '' }));
    expect(prod().appSettings).toMatchObject({
      DOCKER_REGISTRY_SERVER_URL: `https://${REGISTRY}`,
      DOCKER_REGISTRY_SERVER_USERNAME: username,
      DOCKER_REGISTRY_SERVER_PASSWORD: password
    });
    expect(prod().siteConfig.acrUseManagedIdentityCreds).toBe(false);
    expect(arm.servingImage(RG, APP)).toBe(NEW);
    expect(run.stdout).not.toContain('[command]docker');
    expect(leaks(run, [password])).toEqual([]);
  }, 120_000);
});

describe('sovereign clouds', () => {
  let oidc: GitHubOidc;
  let entra: Entra;
  afterAll(async () => {
    await entra?.close();
    await oidc?.close();
  });

  test('Azure China with OIDC: the ID token is asked for api://AzureADTokenExchangeChina and the deploy goes through', async () => {
    oidc = await startGitHubOidc({ lifetimeSeconds: 300 });
    entra = await startEntra({
      trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: 'api://AzureADTokenExchangeChina' }],
      clients: [{ tenantId: TENANT, clientId: CLIENT, federated: true }]
    });
    const china = await startArm({ tokenKeys: [entra.key], subscriptionId: SUB, tenantId: TENANT, audiences: ['https://management.chinacloudapi.cn'] });
    try {
      china.addImage(NEW);
      china.addFunctionApp({
        resourceGroup: RG,
        name: APP,
        identity: { userAssigned: { [UAMI]: UAMI_IDS } },
        siteConfig: { linuxFxVersion: `DOCKER|${OLD}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_IDS.clientId }
      });
      const run = ok(
        await runAction({
          inputs: {
            ...fx.inputs({ timeout: '30s' }),
            'azure-environment': 'AzureChinaCloud',
            'authority-host': entra.authorityHost,
            'arm-endpoint': china.url
          },
          scenario: pushEvent('refs/heads/master'),
          env: oidc.env(),
          timeoutMs: 120_000
        })
      );
      expect(oidc.requests.filter((r) => r.audience).map((r) => r.audience)).toEqual(expect.arrayContaining(['api://AzureADTokenExchangeChina']));
      expect(china.state.site(RG, APP)!.siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
      expect(run.code).toBe(0);
    } finally {
      await china.close();
    }
  }, 180_000);
});
