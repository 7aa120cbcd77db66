/**
 * The ARM emulator after the write: each site and slot runs a container. Driven by the REAL @azure/arm-appservice 19
 * client over HTTPS (as arm.test.ts), plus plain fetch to each site's own front end (https://<defaultHostName>).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { WebSiteManagementClient } from '@azure/arm-appservice';
import type { TokenCredential } from '@azure/core-auth';
import { newSigningKey, type SigningKey } from '../jwt.js';
import { FAST, POLL, SCOPE, SUB, TENANT, armToken, failure, staticCredential } from './arm-test-kit.js';
import { startArm, type ArmEmulator } from './arm.js';

const RG = 'rg-orders';
const APP = 'func-orders';
const ACR = 'ordersacr.azurecr.io';
const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull`;
const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };
const OTHER = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/other`;
const OTHER_IDS = { principalId: '33333333-3333-4333-8333-333333333333', clientId: '44444444-4444-4444-8444-444444444444' };
const OLD = `${ACR}/orders@sha256:${'a'.repeat(64)}`;
const STAGED = `${ACR}/orders@sha256:${'b'.repeat(64)}`;
const NEW = `${ACR}/orders@sha256:${'d'.repeat(64)}`;
const UNKNOWN = `${ACR}/orders@sha256:${'f'.repeat(64)}`;
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps`;

let key: SigningKey;
beforeAll(() => {
  key = newSigningKey('entra-emulator');
});

function credential(): TokenCredential {
  return staticCredential(armToken(key));
}
const web = (arm: ArmEmulator) => new WebSiteManagementClient(credential(), SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, ...FAST });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The docker log through ARM (POST …/containerlogs, bytes). */
async function dockerLog(client: WebSiteManagementClient, slot?: string): Promise<string> {
  const r = slot ? await client.webApps.getWebSiteContainerLogsSlot(RG, APP, slot) : await client.webApps.getWebSiteContainerLogs(RG, APP);
  const chunks: Buffer[] = [];
  for await (const c of r.readableStreamBody ?? []) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** GET https://<defaultHostName><path>, as a user (or the product's health check) would. */
async function front(arm: ArmEmulator, path: string, slot?: string): Promise<{ status: number; image: string | null; text: string }> {
  const res = await fetch(`${arm.frontEndUrl(RG, APP, slot)}${path}`);
  return { status: res.status, image: res.headers.get('x-emulator-image'), text: await res.text() };
}

async function functionNames(client: WebSiteManagementClient, slot?: string): Promise<string[]> {
  const names: string[] = [];
  const it = slot ? client.webApps.listInstanceFunctionsSlot(RG, APP, slot) : client.webApps.listFunctions(RG, APP);
  for await (const f of it) names.push(f.name ?? '');
  return names;
}

let arm: ArmEmulator;

beforeEach(async () => {
  arm = await startArm({ tokenKeys: [key], subscriptionId: SUB, tenantId: TENANT });
  arm.addImage(OLD, { functions: ['HttpTrigger'] });
  arm.addImage(STAGED, { functions: ['HttpTrigger', 'Staged'] });
  arm.addImage(NEW, { functions: ['Orders', 'Health'], pullSeconds: 0.1, startSeconds: 0.4, routes: { '/': 200, '/api/health': 200, '/api/orders': 200 } });
  arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId] });
  const pull = { acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_IDS.clientId };
  arm.addFunctionApp({
    resourceGroup: RG,
    name: APP,
    plan: 'EP1',
    identity: { userAssigned: { [UAMI]: UAMI_IDS } },
    siteConfig: { linuxFxVersion: `DOCKER|${OLD}`, ...pull },
    appSettings: { FUNCTIONS_EXTENSION_VERSION: '~4', SECRET_SETTING: 'do-not-log-me', SLOT_NAME: 'production' },
    slotConfigNames: { appSettingNames: ['SLOT_NAME'] },
    slots: {
      // Made in the portal: the pull identity is not attached to this slot.
      staging: { siteConfig: { linuxFxVersion: `DOCKER|${STAGED}` }, appSettings: { FUNCTIONS_EXTENSION_VERSION: '~4', SLOT_NAME: 'staging' } }
    }
  });
});

afterEach(async () => {
  await arm.close();
});

describe('a recycle starts a new container; the old one serves until it is ready', () => {
  test('config PATCH to a catalogued image: pull, start, ready after startSeconds; the front end switches only then', async () => {
    const client = web(arm);
    // Seeded: the old image serves at the site's own host name.
    expect((await client.webApps.get(RG, APP)).defaultHostName).toBe(arm.state.site(RG, APP)!.defaultHostName);
    expect(await front(arm, '/api/health')).toMatchObject({ status: 200, image: OLD });
    const written = Date.now();
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });

    // Pulling/starting: the old container still answers, the new route is not there yet.
    expect(await front(arm, '/api/health')).toMatchObject({ status: 200, image: OLD });
    expect((await front(arm, '/api/orders')).status).toBe(404);
    expect(arm.container(RG, APP).attempts.at(-1)).toMatchObject({ image: NEW, reason: 'config', status: 'pending' });
    const early = await dockerLog(client);
    expect(early).toContain(`INFO  - Pulling image: ${NEW}`);
    expect(
      early
        .split('\n')
        .filter((l) => l.includes('initialized successfully'))
        .every((l) => Date.parse(l.slice(0, 24)) < written)
    ).toBe(true);

    await sleep(650);
    expect(await front(arm, '/api/orders')).toMatchObject({ status: 200, image: NEW });
    expect(arm.servingImage(RG, APP)).toBe(NEW);
    const log = await dockerLog(client);
    const lines = log.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO |WARN |ERROR) - /);
    const after = lines.filter((l) => Date.parse(l.slice(0, 24)) >= written).map((l) => l.slice(25));
    expect(after).toEqual([
      `INFO  - Pulling image: ${NEW}`,
      `INFO  - sha256:${'d'.repeat(64)} Pulling from orders`,
      `INFO  - Digest: sha256:${'d'.repeat(64)}`,
      `INFO  - Status: Downloaded newer image for ${NEW}`,
      'INFO  - Pull Image successful, Time taken: 0 Minutes and 0 Seconds',
      'INFO  - Starting container for site',
      expect.stringMatching(
        new RegExp(
          `^INFO  - docker run -d --expose=80 --name func-orders_0_[0-9a-f]{8} -e WEBSITE_SITE_NAME=${APP} .*-e WEBSITE_SLOT_NAME=Production .*-e SECRET_SETTING .*${NEW.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`
        )
      ),
      expect.stringMatching(/^INFO {2}- Initiating warmup request to container func-orders_0_[0-9a-f]{8} for site func-orders$/),
      expect.stringMatching(/^INFO {2}- Container func-orders_0_[0-9a-f]{8} for site func-orders initialized successfully and is ready to serve requests\.$/)
    ]);
    // App-setting values never reach the log (names only).
    expect(log).not.toContain('do-not-log-me');
    // The ready line is later than the pull by pull + start time.
    const t = (needle: string) => Date.parse(lines.find((l) => l.includes(needle) && Date.parse(l.slice(0, 24)) >= written)!.slice(0, 24));
    expect(t('ready to serve') - t('Pulling image:')).toBeGreaterThanOrEqual(500);
  });

  test('a later write supersedes a pending attempt; restart and app-settings PUT recycle too', async () => {
    const client = web(arm);
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { ...arm.state.site(RG, APP)!.appSettings, A: '1' } });
    await client.webApps.restart(RG, APP);
    const attempts = arm.container(RG, APP).attempts.map((a) => `${a.reason}:${a.status}`);
    expect(attempts).toEqual(['seed:ready', 'config:superseded', 'appsettings:superseded', 'restart:pending']);
    await sleep(650);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('ready');
    expect(arm.servingImage(RG, APP)).toBe(NEW);
  });
});

describe('the pull uses the target slot’s own identity or credentials', () => {
  test('identity not attached to the slot: unauthorized, the slot keeps its old container', async () => {
    const client = web(arm);
    arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId] });
    await client.webApps.updateConfigurationSlot(RG, APP, 'staging', {
      linuxFxVersion: `DOCKER|${NEW}`,
      acrUseManagedIdentityCreds: true,
      acrUserManagedIdentityID: UAMI_IDS.clientId
    });
    await sleep(150);
    const log = await dockerLog(client, 'staging');
    expect(log).toContain(
      `ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Head \\"https://${ACR}/v2/orders/manifests/sha256:${'d'.repeat(64)}\\": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."}`
    );
    expect(log).toContain(`ERROR - Pulling docker image ${NEW} failed:`);
    expect(log).toContain('ERROR - Image pull failed: Verify docker image configuration and credentials (if using private repository)');
    expect(log).toContain('INFO  - Stopping site func-orders__staging because it failed during startup.');
    expect(arm.container(RG, APP, 'staging').attempts.at(-1)).toMatchObject({ status: 'pull-failed' });
    expect(await front(arm, '/', 'staging')).toMatchObject({ status: 200, image: STAGED });
    // Production is another site: its log has none of this.
    expect(await dockerLog(client)).not.toContain('unauthorized');

    // Attach the identity to the slot (site PATCH), then restart: the pull goes through.
    await client.webApps.updateSlot(RG, APP, 'staging', { identity: { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } } });
    await client.webApps.restartSlot(RG, APP, 'staging');
    await sleep(650);
    expect(arm.servingImage(RG, APP, 'staging')).toBe(NEW);
  });

  test('a principal without AcrPull is refused; a system-assigned identity is a principal of its own', async () => {
    const client = web(arm);
    arm.setRegistryAccess(ACR, { pullPrincipals: [OTHER_IDS.principalId] });
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await sleep(150);
    expect(await dockerLog(client)).toContain('unauthorized: authentication required');
    expect(arm.servingImage(RG, APP)).toBe(OLD);

    // Empty acrUserManagedIdentityID: the system-assigned identity of that site pulls (none here → refused).
    await client.webApps.updateConfiguration(RG, APP, { acrUserManagedIdentityID: '' });
    await sleep(150);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('pull-failed');
  });

  test('credentials: DOCKER_REGISTRY_SERVER_USERNAME/PASSWORD of the site must match', async () => {
    const client = web(arm);
    arm.setRegistryAccess(ACR, { credentials: [{ username: 'ordersacr', password: 'pw-one' }] });
    const settings = {
      ...arm.state.site(RG, APP)!.appSettings,
      DOCKER_REGISTRY_SERVER_URL: `https://${ACR}`,
      DOCKER_REGISTRY_SERVER_USERNAME: 'ordersacr',
      DOCKER_REGISTRY_SERVER_PASSWORD: 'wrong'
    };
    await client.webApps.updateApplicationSettings(RG, APP, { properties: settings });
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}`, acrUseManagedIdentityCreds: false });
    await sleep(150);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('pull-failed');
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { ...settings, DOCKER_REGISTRY_SERVER_PASSWORD: 'pw-one' } });
    await sleep(650);
    expect(arm.servingImage(RG, APP)).toBe(NEW);
    expect(await dockerLog(client)).not.toContain('pw-one');
  });

  test('a digest the registry does not hold: manifest unknown', async () => {
    const client = web(arm);
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${UNKNOWN}` });
    await sleep(150);
    const log = await dockerLog(client);
    expect(log).toContain(
      `ERROR - DockerApiException: Docker API responded with status code=NotFound, response={"message":"manifest for ${UNKNOWN} not found: manifest unknown: manifest unknown"}`
    );
    expect(arm.container(RG, APP).attempts.at(-1)).toMatchObject({ status: 'pull-failed', error: expect.stringContaining('manifest unknown') });
    expect(arm.servingImage(RG, APP)).toBe(OLD);
    // A RegExp entry catalogues digests not known in advance.
    arm.addImage(new RegExp(`^${ACR.replace(/\./g, '\\.')}/orders@sha256:f{64}$`), { startSeconds: 0.05 });
    await client.webApps.restart(RG, APP);
    await sleep(300);
    expect(arm.servingImage(RG, APP)).toBe(UNKNOWN);
  });

  test('VNet-only registry: refused without VNet integration and image pull over it; pulls once both are set', async () => {
    const client = web(arm);
    arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId], vnetOnly: true });
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await sleep(150);
    expect(await dockerLog(client)).toContain(
      `: denied: client with IP '20.105.232.17' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`
    );

    // VNet integration alone is not enough: the image pull must be routed over it.
    await client.webApps.update(RG, APP, { virtualNetworkSubnetId: SUBNET });
    await sleep(150);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('pull-failed');
    // SitePatchResource (v19) has no outboundVnetRouting: PATCH the REST resource directly, as a template would.
    const token = (await credential().getToken(SCOPE))!.token;
    const patch = await fetch(`${arm.url}${arm.state.site(RG, APP)!.id}?api-version=2025-05-01`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ properties: { outboundVnetRouting: { imagePullTraffic: true } } })
    });
    expect(patch.status).toBe(200);
    await sleep(650);
    expect(arm.servingImage(RG, APP)).toBe(NEW);
    const site = await client.webApps.get(RG, APP);
    expect(site.virtualNetworkSubnetId).toBe(SUBNET);
    expect(site.outboundVnetRouting?.imagePullTraffic).toBe(true);
    // Per slot: staging has no VNet integration.
    expect((await client.webApps.getSlot(RG, APP, 'staging')).virtualNetworkSubnetId ?? null).toBeNull();
  });

  test('the app setting WEBSITE_PULL_IMAGE_OVER_VNET=true routes the pull over the VNet too', async () => {
    const client = web(arm);
    arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId], vnetOnly: true });
    arm.state.site(RG, APP)!.virtualNetworkSubnetId = SUBNET;
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { ...arm.state.site(RG, APP)!.appSettings, WEBSITE_PULL_IMAGE_OVER_VNET: 'true' } });
    await sleep(650);
    expect(arm.servingImage(RG, APP)).toBe(NEW);
  });
});

describe('containers that do not start', () => {
  test('crash: the container exits, the failure is logged, the old container keeps serving', async () => {
    arm.addImage(NEW, { behaviour: 'crash', startSeconds: 0.1 });
    const client = web(arm);
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await sleep(350);
    const log = await dockerLog(client);
    expect(log).toMatch(/ERROR - Container func-orders_0_[0-9a-f]{8} for site func-orders has exited, failing site start\n/);
    expect(log).toMatch(
      /ERROR - Container func-orders_0_[0-9a-f]{8} didn't respond to HTTP pings on port: 80, failing site start\. See container logs for debugging\.\n/
    );
    expect(log).toContain('INFO  - Stopping site func-orders because it failed during startup.');
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('crashed');
    expect(await front(arm, '/api/health')).toMatchObject({ status: 200, image: OLD });
  });

  test('no-ping: fails after WEBSITES_CONTAINER_START_TIME_LIMIT seconds, pending until then', async () => {
    arm.addImage(NEW, { behaviour: 'no-ping', startSeconds: 0.1 });
    const client = web(arm);
    await client.webApps.updateApplicationSettings(RG, APP, {
      properties: { ...arm.state.site(RG, APP)!.appSettings, WEBSITES_CONTAINER_START_TIME_LIMIT: '1' }
    });
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await sleep(500);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('pending');
    expect(await dockerLog(client)).toContain('Initiating warmup request');
    await sleep(800);
    expect(arm.container(RG, APP).attempts.at(-1)?.status).toBe('no-ping');
    expect(await dockerLog(client)).toMatch(/didn't respond to HTTP pings on port: 80, failing site start/);
    expect(arm.servingImage(RG, APP)).toBe(OLD);
  });

  test('front end: 503 "Application Error" when nothing serves, 403 when stopped', async () => {
    arm.addFunctionApp({ resourceGroup: RG, name: 'func-empty', plan: 'EP1', siteConfig: { linuxFxVersion: `DOCKER|${OLD}` }, container: { serving: false } });
    const empty = await fetch(`${arm.frontEndUrl(RG, 'func-empty')}/`);
    expect(empty.status).toBe(503);
    expect(await empty.text()).toContain('Application Error');
    const client = web(arm);
    await client.webApps.stop(RG, APP);
    expect((await front(arm, '/')).status).toBe(403);
    // Nothing runs: the host cannot sync or list.
    expect((await failure(client.webApps.syncFunctionTriggers(RG, APP))).statusCode).toBe(400);
    await client.webApps.start(RG, APP);
    expect((await front(arm, '/')).status).toBe(503); // starting: nothing serves yet
    await sleep(450);
    expect(await front(arm, '/')).toMatchObject({ status: 200, image: OLD });
  });
});

describe('indexed functions', () => {
  test('sync records the serving container’s functions; listFunctions and the slot variant return them', async () => {
    const client = web(arm);
    // Never synced: what the seeded container indexes.
    expect(await functionNames(client)).toEqual([`${APP}/HttpTrigger`]);
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|${NEW}` });
    await client.webApps.syncFunctionTriggers(RG, APP); // still the old container
    expect(await functionNames(client)).toEqual([`${APP}/HttpTrigger`]);
    await sleep(650);
    await client.webApps.syncFunctionTriggers(RG, APP);
    expect(arm.requestsTo('/syncfunctiontriggers', 'POST').map((r) => r.status)).toEqual([204, 204]);
    const list: Array<{ id?: string; name?: string; language?: string; isDisabled?: boolean }> = [];
    for await (const f of client.webApps.listFunctions(RG, APP)) list.push(f);
    expect(list.map((f) => f.name)).toEqual([`${APP}/Orders`, `${APP}/Health`]);
    expect(list[0]).toMatchObject({ id: `${arm.state.site(RG, APP)!.id}/functions/Orders`, language: 'custom', isDisabled: false });

    await client.webApps.syncFunctionTriggersSlot(RG, APP, 'staging');
    expect(await functionNames(client, 'staging')).toEqual([`${APP}/staging/HttpTrigger`, `${APP}/staging/Staged`]);
  });
});

describe('per-slot properties and slot create', () => {
  test('slot create carries VNet, key vault identity, storage mounts and site config; GET returns them with the plan tier', async () => {
    const client = web(arm);
    const slot = await client.webApps.createOrUpdateSlot(
      RG,
      APP,
      'pr-3',
      {
        location: 'westeurope',
        identity: { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } },
        virtualNetworkSubnetId: SUBNET,
        outboundVnetRouting: { imagePullTraffic: true },
        keyVaultReferenceIdentity: UAMI,
        siteConfig: {
          linuxFxVersion: `DOCKER|${NEW}`,
          acrUseManagedIdentityCreds: true,
          acrUserManagedIdentityID: UAMI_IDS.clientId,
          healthCheckPath: '/api/health',
          appCommandLine: 'start.sh',
          azureStorageAccounts: { data: { type: 'AzureFiles', accountName: 'orders', shareName: 'data', accessKey: 'k', mountPath: '/data' } },
          appSettings: [{ name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }]
        }
      },
      POLL
    );
    expect(slot).toMatchObject({ virtualNetworkSubnetId: SUBNET, keyVaultReferenceIdentity: UAMI, sku: 'ElasticPremium' });
    expect(slot.defaultHostName).not.toBe(arm.state.site(RG, APP, 'staging')!.defaultHostName);
    const mounts = await client.webApps.listAzureStorageAccountsSlot(RG, APP, 'pr-3');
    expect(mounts.properties?.data).toMatchObject({ accountName: 'orders', mountPath: '/data' });
    expect((await client.webApps.getConfigurationSlot(RG, APP, 'pr-3')).healthCheckPath).toBe('/api/health');
    expect(arm.container(RG, APP, 'pr-3').attempts[0]).toMatchObject({ reason: 'slot-create', image: NEW });
    await sleep(650);
    expect(arm.servingImage(RG, APP, 'pr-3')).toBe(NEW);
    // Production has no mounts: they are per slot. A storage PUT recycles.
    expect((await client.webApps.listAzureStorageAccounts(RG, APP)).properties ?? {}).toEqual({});
    await client.webApps.updateAzureStorageAccounts(RG, APP, {
      properties: { logs: { type: 'AzureBlob', accountName: 'orders', shareName: 'logs', mountPath: '/logs' } }
    });
    expect(arm.container(RG, APP).attempts.at(-1)?.reason).toBe('azurestorageaccounts');
  });

  test('a digest refused by policy on slot create too (same 400)', async () => {
    arm.setLinuxFxVersionPolicy({ rejectDigest: true });
    let raw: { parsedBody?: unknown } | undefined;
    const e = await failure(
      web(arm).webApps.createOrUpdateSlot(
        RG,
        APP,
        'pr-4',
        { location: 'westeurope', siteConfig: { linuxFxVersion: `DOCKER|${NEW}` } },
        { ...POLL, onResponse: (r) => (raw = r) }
      )
    );
    expect(e.statusCode).toBe(400);
    expect(raw?.parsedBody).toMatchObject({ Message: 'The parameter LinuxFxVersion has an invalid value.' });
  });
});

describe('Functions on Container Apps through Microsoft.Web/sites', () => {
  test('managedEnvironmentId in the JSON; a config PATCH answers 202 + Location, which the v19 SDK does not accept', async () => {
    const env = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.App/managedEnvironments/orders-env`;
    arm.addFunctionApp({
      resourceGroup: RG,
      name: 'func-aca',
      kind: 'functionapp,linux,container,azurecontainerapps',
      plan: 'EP1',
      managedEnvironmentId: env,
      siteConfig: { linuxFxVersion: `DOCKER|${OLD}` }
    });
    const client = web(arm);
    const site = await client.webApps.get(RG, 'func-aca');
    expect(site.managedEnvironmentId).toBe(env);
    expect(site.kind).toBe('functionapp,linux,container,azurecontainerapps');
    let raw: { status: number; location?: string } | undefined;
    const e = await failure(
      client.webApps.updateConfiguration(
        RG,
        'func-aca',
        { linuxFxVersion: `DOCKER|${NEW}` },
        { onResponse: (r) => (raw = { status: r.status, location: r.headers.get('location') }) }
      )
    );
    // v19 expects 200 only; with a 202 and no body its error path itself fails (a TypeError, not a RestError).
    expect(e.name).toBe('TypeError');
    expect(e.statusCode).toBeUndefined();
    expect(raw?.status).toBe(202);
    expect(raw?.location).toContain('/sites/func-aca/operationresults/');
    // What the Azure CLI does next: poll the Location until 200 (the config is then in place).
    const poll = await fetch(raw!.location!, { headers: { Authorization: `Bearer ${(await credential().getToken(SCOPE))!.token}` } });
    expect([200, 202]).toContain(poll.status);
    expect(arm.state.site(RG, 'func-aca')!.siteConfig.linuxFxVersion).toBe(`DOCKER|${NEW}`);
  });
});

describe('swap: both sides recycle with their own identity', () => {
  test('applied when accepted while its polls fail: the poller throws, yet the swap is done and each side restarted', async () => {
    arm.setSwapBehaviour({ applyAt: 'accept', pollFailure: { status: 409 } });
    const client = web(arm);
    const e = await failure(client.webApps.swapSlotWithProduction(RG, APP, { targetSlot: 'staging', preserveVnet: true }, POLL));
    expect(e.statusCode).toBe(409);
    // The swap took effect: images changed places (read both slots to learn what happened).
    expect((await client.webApps.getConfiguration(RG, APP)).linuxFxVersion).toBe(`DOCKER|${STAGED}`);
    expect((await client.webApps.getConfigurationSlot(RG, APP, 'staging')).linuxFxVersion).toBe(`DOCKER|${OLD}`);
    // Not locked: a write goes through (a swap back would too).
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { ...arm.state.site(RG, APP)!.appSettings } });
    expect(arm.container(RG, APP).attempts.map((a) => a.reason)).toContain('swap');
    expect(arm.container(RG, APP, 'staging').attempts.at(-1)?.reason).toBe('swap');
    // The pull fields moved with the image, identities did not: staging now pulls OLD with the UAMI's client id,
    // which is not attached to staging, so it is refused and staging's old container keeps serving.
    await sleep(150);
    expect(await dockerLog(client, 'staging')).toContain('unauthorized: authentication required');
    expect(arm.servingImage(RG, APP, 'staging')).toBe(STAGED);
  });

  test('a staging image that production’s identity cannot pull fails in production’s log after the swap', async () => {
    const client = web(arm);
    // Staging pulls with its own identity (OTHER), which holds AcrPull; production does not have OTHER.
    arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId, OTHER_IDS.principalId] });
    await client.webApps.updateSlot(RG, APP, 'staging', { identity: { type: 'UserAssigned', userAssignedIdentities: { [OTHER]: {} } } });
    arm.state.site(RG, APP, 'staging')!.identity!.userAssigned[OTHER] = { ...OTHER_IDS };
    await client.webApps.updateConfigurationSlot(RG, APP, 'staging', {
      linuxFxVersion: `DOCKER|${NEW}`,
      acrUseManagedIdentityCreds: true,
      acrUserManagedIdentityID: OTHER_IDS.clientId
    });
    await sleep(650);
    expect(arm.servingImage(RG, APP, 'staging')).toBe(NEW);
    await client.webApps.swapSlotWithProduction(RG, APP, { targetSlot: 'staging', preserveVnet: true }, POLL);
    await sleep(150);
    expect(await dockerLog(client)).toContain('unauthorized: authentication required');
    expect(arm.container(RG, APP).attempts.at(-1)).toMatchObject({ reason: 'swap', image: NEW, status: 'pull-failed' });
    expect(arm.servingImage(RG, APP)).toBe(OLD);
  });
});

describe('the functionapp fixture seeds a realistic app', () => {
  test('OLD serves in production and staging; NEW, sha tags and a-e digests pull with the UAMI; an f digest does not', async () => {
    const { FunctionAppFixture, APP: FX_APP, RG: FX_RG, NEW: FX_NEW, OLD: FX_OLD, REGISTRY, D_UNKNOWN } = await import('../../support/functionapp-fixture.js');
    const fx = await FunctionAppFixture.start();
    try {
      const a = fx.arm;
      expect(a.servingImage(FX_RG, FX_APP)).toBe(FX_OLD);
      expect(a.servingImage(FX_RG, FX_APP, 'staging')).toBe(FX_OLD);
      expect(a.container(FX_RG, FX_APP).functions).toEqual(['HttpTrigger']);
      expect(a.state.site(FX_RG, FX_APP)!.appSettings.WEBSITES_CONTAINER_START_TIME_LIMIT).toBeUndefined();
      // The catalogue, checked through the runtime with the seeded production identity.
      const client = new WebSiteManagementClient(staticCredential(armToken(fx.entra.key)), a.state.site(FX_RG, FX_APP)!.id.split('/')[2], {
        endpoint: a.url,
        credentials: { scopes: [SCOPE] },
        ...FAST
      });
      for (const [image, outcome] of [
        [FX_NEW, 'ready'],
        [`${REGISTRY}/orders:sha-1234567`, 'ready'],
        [`${REGISTRY}/orders@sha256:${'e'.repeat(64)}`, 'ready'],
        [`${REGISTRY}/orders@${D_UNKNOWN}`, 'pull-failed']
      ] as const) {
        await client.webApps.updateConfiguration(FX_RG, FX_APP, { linuxFxVersion: `DOCKER|${image}` });
        await sleep(450);
        expect([image, a.container(FX_RG, FX_APP).attempts.at(-1)?.status]).toEqual([image, outcome]);
      }
    } finally {
      await fx.stop();
    }
  });
});
