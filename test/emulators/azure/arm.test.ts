/**
 * The ARM emulator, driven by the REAL SDK clients (@azure/arm-appservice 19, @azure/arm-containerregistry 12,
 * @azure/arm-containerservice 25.3) over HTTPS with RS256 bearer tokens. These tests pin both the emulator's
 * contract and what the SDK does by itself (retries, LRO polling, how errors surface), which the product relies on.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { WebSiteManagementClient } from '@azure/arm-appservice';
import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { ContainerServiceClient } from '@azure/arm-containerservice';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { newSigningKey, type SigningKey } from '../jwt.js';
import { FAST, POLL, SCOPE, SUB, TENANT, armToken, failure as expectFailure, staticCredential } from './arm-test-kit.js';
import { ARM_API_VERSIONS, startArm, type ArmEmulator } from './arm.js';

const RG = 'rg-orders';
const APP = 'func-orders';
const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull`;
const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };
const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;
const D3 = `sha256:${'c'.repeat(64)}`;
const IMAGE_PROD = `DOCKER|ordersacr.azurecr.io/orders@${D1}`;
const IMAGE_STAGING = `DOCKER|ordersacr.azurecr.io/orders@${D2}`;

let key: SigningKey;
let otherKey: SigningKey;

beforeAll(() => {
  key = newSigningKey('entra-emulator');
  otherKey = newSigningKey('stranger');
});

const now = () => Math.floor(Date.now() / 1000);

function token(claims: Record<string, unknown> = {}, k: SigningKey = key): string {
  return armToken(k, claims);
}

function credential(t = token()): TokenCredential {
  return staticCredential(t);
}

function web(arm: ArmEmulator, extra: Record<string, unknown> = {}, cred = credential()) {
  return new WebSiteManagementClient(cred, SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, ...FAST, ...extra });
}

function seed(arm: ArmEmulator): void {
  arm.addFunctionApp({
    resourceGroup: RG,
    name: APP,
    kind: 'functionapp,linux,container',
    plan: 'EP1',
    identity: { userAssigned: { [UAMI]: UAMI_IDS } },
    siteConfig: { linuxFxVersion: IMAGE_PROD, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_IDS.clientId, healthCheckPath: '/api/health' },
    appSettings: {
      FUNCTIONS_EXTENSION_VERSION: '~4',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false',
      AzureWebJobsStorage: 'DefaultEndpointsProtocol=https;AccountName=orders',
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: 'DefaultEndpointsProtocol=https;AccountName=orders',
      WEBSITE_CONTENTSHARE: 'func-orders-1a2b3c',
      FEATURE_X: 'prod-value',
      SLOT_NAME: 'production'
    },
    slotConfigNames: { appSettingNames: ['SLOT_NAME'] },
    slots: {
      staging: {
        identity: { userAssigned: { [UAMI]: UAMI_IDS } },
        siteConfig: { linuxFxVersion: IMAGE_STAGING, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_IDS.clientId },
        appSettings: { FUNCTIONS_EXTENSION_VERSION: '~4', FEATURE_X: 'staging-value', SLOT_NAME: 'staging', STAGING_ONLY: 'yes' }
      }
    }
  });
}

/** The shape of the SDK's RestError, as far as these tests read it. */
interface RestErrorLike {
  name: string;
  message: string;
  code?: string;
  statusCode?: number;
  details?: unknown;
  response?: { status?: number; bodyAsText?: string };
}

const failure = (p: Promise<unknown>) => expectFailure<RestErrorLike>(p);

let arm: ArmEmulator;

beforeEach(async () => {
  arm = await startArm({ tokenKeys: [key], subscriptionId: SUB, tenantId: TENANT, listPageSize: 2 });
  seed(arm);
});

afterEach(async () => {
  await arm.close();
});

describe('App Service reads', () => {
  test('finds the app by name in the subscription (following nextLink), reads the site and its plan', async () => {
    arm.addFunctionApp({ resourceGroup: 'rg-other', name: 'func-a', plan: 'P1v3' });
    arm.addFunctionApp({ resourceGroup: 'rg-other', name: 'func-b', kind: 'functionapp,linux', plan: 'Y1' });
    const client = web(arm);
    const names: string[] = [];
    for await (const s of client.webApps.list()) names.push(s.name ?? '');
    expect(names.sort()).toEqual(['func-a', 'func-b', APP]);
    // Page size 2: the second page came from nextLink ($skipToken), api-version kept.
    const lists = arm.requestsTo(`/subscriptions/${SUB}/providers/Microsoft.Web/sites`, 'GET');
    expect(lists).toHaveLength(2);
    expect(lists[1].query).toContain('$skipToken=2');

    const inRg: string[] = [];
    for await (const s of client.webApps.listByResourceGroup(RG, { includeSlots: true })) inRg.push(s.name ?? '');
    expect(inRg).toEqual([APP, `${APP}/staging`]);

    const site = await client.webApps.get(RG, APP);
    expect(site.kind).toBe('functionapp,linux,container');
    expect(site.state).toBe('Running');
    // Each site has its own front end on loopback (the emulator's stand-in for <app>.azurewebsites.net).
    expect(site.defaultHostName).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(site.hostNames).toEqual([site.defaultHostName]);
    expect(site.reserved).toBe(true);
    expect(site.siteConfig?.linuxFxVersion).toBe(IMAGE_PROD);
    expect(site.identity?.type).toBe('UserAssigned');
    expect(site.identity?.userAssignedIdentities?.[UAMI]?.clientId).toBe(UAMI_IDS.clientId);
    expect(site.serverFarmId).toBe(`/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Web/serverfarms/${APP}-plan`);

    const plan = await client.appServicePlans.get(RG, `${APP}-plan`);
    expect(plan.sku).toMatchObject({ name: 'EP1', tier: 'ElasticPremium' });
    expect(plan.kind).toBe('elastic');
    expect(plan.reserved).toBe(true);
    expect(plan.maximumElasticWorkerCount).toBe(20);

    const slot = await client.webApps.getSlot(RG, APP, 'staging');
    expect(slot.name).toBe(`${APP}/staging`);
    expect(slot.type).toBe('Microsoft.Web/sites/slots');
    expect(slot.defaultHostName).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(slot.defaultHostName).not.toBe(site.defaultHostName);

    // Every Microsoft.Web call carried the SDK's api-version.
    expect(new Set(arm.requests.map((r) => r.apiVersion))).toEqual(new Set([ARM_API_VERSIONS['Microsoft.Web']]));
    expect(ARM_API_VERSIONS['Microsoft.Web']).toBe('2025-05-01');
  });

  test("a missing site is 404 with ARM's ResourceNotFound body (code and message reach RestError)", async () => {
    const e = await failure(web(arm).webApps.get(RG, 'nope'));
    expect(e.statusCode).toBe(404);
    expect(e.code).toBe('ResourceNotFound');
    expect(e.message).toBe(
      `The Resource 'Microsoft.Web/sites/nope' under resource group '${RG}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
    );
    const missingRg = await failure(web(arm).webApps.get('rg-missing', APP));
    expect(missingRg.statusCode).toBe(404);
    expect(missingRg.code).toBe('ResourceGroupNotFound');
    const missingSlot = await failure(web(arm).webApps.getSlot(RG, APP, 'pr-404'));
    expect(missingSlot.statusCode).toBe(404);
  });
});

describe('App Service writes', () => {
  test('PUT config/appsettings replaces the whole set: a partial body deletes the rest (the trap)', async () => {
    const client = web(arm);
    const before = await client.webApps.listApplicationSettings(RG, APP);
    expect(Object.keys(before.properties ?? {})).toHaveLength(7);

    // Wrong: PUT only the new key.
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { DOCKER_REGISTRY_SERVER_URL: 'https://ordersacr.azurecr.io' } });
    const after = await client.webApps.listApplicationSettings(RG, APP);
    expect(after.properties).toEqual({ DOCKER_REGISTRY_SERVER_URL: 'https://ordersacr.azurecr.io' });
    const put = arm.requestsTo(`/sites/${APP}/config/appsettings`, 'PUT')[0];
    expect(put.body).toEqual({ properties: { DOCKER_REGISTRY_SERVER_URL: 'https://ordersacr.azurecr.io' } });

    // Right: list → merge → PUT the full set.
    const slotSettings = await client.webApps.listApplicationSettingsSlot(RG, APP, 'staging');
    const merged = { ...slotSettings.properties, FEATURE_Y: 'on' };
    await client.webApps.updateApplicationSettingsSlot(RG, APP, 'staging', { properties: merged });
    expect(arm.state.site(RG, APP, 'staging')?.appSettings).toEqual({
      FUNCTIONS_EXTENSION_VERSION: '~4',
      FEATURE_X: 'staging-value',
      SLOT_NAME: 'staging',
      STAGING_ONLY: 'yes',
      FEATURE_Y: 'on'
    });
    // The list is a POST to …/config/appsettings/list.
    expect(arm.requestsTo('/slots/staging/config/appsettings/list', 'POST')).toHaveLength(1);
  });

  test('PATCH config/web changes only the fields sent', async () => {
    const client = web(arm);
    const before = arm.state.site(RG, APP)!;
    const recycles = before.recycles;
    const cfg = await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: `DOCKER|ordersacr.azurecr.io/orders@${D3}` });
    expect(cfg.linuxFxVersion).toBe(`DOCKER|ordersacr.azurecr.io/orders@${D3}`);
    const patch = arm.requestsTo(`/sites/${APP}/config/web`, 'PATCH')[0];
    expect(patch.body).toEqual({ properties: { linuxFxVersion: `DOCKER|ordersacr.azurecr.io/orders@${D3}` } });
    const read = await client.webApps.getConfiguration(RG, APP);
    expect(read).toMatchObject({
      acrUseManagedIdentityCreds: true,
      acrUserManagedIdentityID: UAMI_IDS.clientId,
      healthCheckPath: '/api/health',
      minimumElasticInstanceCount: 1,
      preWarmedInstanceCount: 1
    });
    expect(read.ipSecurityRestrictions?.[0]?.name).toBe('Allow all');
    expect(arm.state.site(RG, APP)!.recycles).toBe(recycles + 1);
    // The staging slot is untouched.
    expect(arm.state.site(RG, APP, 'staging')!.siteConfig.linuxFxVersion).toBe(IMAGE_STAGING);
  });

  test('lastModifiedTimeUtc: as seeded, moved by a settings or config write, not by a restart', async () => {
    const client = web(arm);
    const old = '2025-01-01T00:00:00.000Z';
    arm.state.site(RG, APP, 'staging')!.lastModifiedTimeUtc = old;
    const listed = async () => {
      for await (const s of client.webApps.listSlots(RG, APP)) if (s.name?.endsWith('/staging')) return s.lastModifiedTimeUtc?.toISOString();
      return undefined;
    };
    expect(await listed()).toBe(old);
    await client.webApps.restartSlot(RG, APP, 'staging');
    expect((await client.webApps.getSlot(RG, APP, 'staging')).lastModifiedTimeUtc?.toISOString()).toBe(old);
    const before = Date.now();
    await client.webApps.updateConfigurationSlot(RG, APP, 'staging', { linuxFxVersion: `DOCKER|ordersacr.azurecr.io/orders@${D3}` });
    const after = Date.parse((await listed())!);
    expect(after).toBeGreaterThanOrEqual(before - 1000);
    arm.state.site(RG, APP, 'staging')!.lastModifiedTimeUtc = old;
    await client.webApps.updateApplicationSettingsSlot(RG, APP, 'staging', { properties: { FEATURE_X: 'x' } });
    expect(Date.parse((await listed())!)).toBeGreaterThanOrEqual(before - 1000);
  });

  test('restart, stop/start and slot state; sticky names at site level (null when empty)', async () => {
    const client = web(arm);
    await client.webApps.restartSlot(RG, APP, 'staging', { synchronous: true, softRestart: false });
    const r = arm.requestsTo('/slots/staging/restart', 'POST')[0];
    expect(r.query).toContain('synchronous=true');
    expect(arm.state.site(RG, APP, 'staging')!.restarts).toBe(1);
    await client.webApps.stopSlot(RG, APP, 'staging');
    expect((await client.webApps.getSlot(RG, APP, 'staging')).state).toBe('Stopped');
    await client.webApps.startSlot(RG, APP, 'staging');
    expect((await client.webApps.getSlot(RG, APP, 'staging')).state).toBe('Running');

    const names = await client.webApps.listSlotConfigurationNames(RG, APP);
    expect(names.appSettingNames).toEqual(['SLOT_NAME']);
    expect(names.connectionStringNames ?? null).toBeNull();
    await client.webApps.updateSlotConfigurationNames(RG, APP, { appSettingNames: ['SLOT_NAME', 'APPLICATIONINSIGHTS_CONNECTION_STRING'] });
    expect(arm.state.app(RG, APP)!.slotConfigNames.appSettingNames).toEqual(['SLOT_NAME', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);
  });

  test("a digest linuxFxVersion refused with App Service's 400; the body is read through onResponse", async () => {
    arm.setLinuxFxVersionPolicy({ rejectDigest: true });
    const client = web(arm);
    let raw: { status?: number; bodyAsText?: string | null; parsedBody?: unknown } | undefined;
    const e = await failure(
      client.webApps.updateConfigurationSlot(
        RG,
        APP,
        'staging',
        { linuxFxVersion: `DOCKER|ordersacr.azurecr.io/orders@${D3}` },
        { onResponse: (r) => (raw = r) }
      )
    );
    expect(e.statusCode).toBe(400);
    // PascalCase body: the SDK finds neither error.code nor code.
    expect(e.code).toBeUndefined();
    expect(e.message).toBe('Unexpected status code: 400');
    expect(raw?.status).toBe(400);
    expect(raw?.parsedBody).toMatchObject({ Code: 'BadRequest', Message: 'The parameter LinuxFxVersion has an invalid value.' });
    expect(JSON.parse(raw?.bodyAsText ?? '{}')).toMatchObject({
      Details: [{ Message: 'The parameter LinuxFxVersion has an invalid value.' }, { Code: 'BadRequest' }, { ErrorEntity: { ExtendedCode: '01007' } }]
    });
    // A tag is accepted.
    await client.webApps.updateConfigurationSlot(RG, APP, 'staging', { linuxFxVersion: 'DOCKER|ordersacr.azurecr.io/orders:sha-1234567' });

    // Flex Consumption apps take no linuxFxVersion at all (observed ExtendedCode 51021).
    arm.addFunctionApp({ resourceGroup: RG, name: 'func-flex', kind: 'functionapp,linux', plan: 'FC1' });
    let flexRaw: { parsedBody?: unknown } | undefined;
    await failure(client.webApps.updateConfiguration(RG, 'func-flex', { linuxFxVersion: 'DOCKER|x.azurecr.io/y:1' }, { onResponse: (r) => (flexRaw = r) }));
    expect(flexRaw?.parsedBody).toMatchObject({ Code: 'BadRequest', Details: [{}, {}, { ErrorEntity: { ExtendedCode: '51021' } }] });

    // The generic config-write failure hook: next PATCH fails with the given body, once.
    arm.setConfigWriteFailure({ name: APP, status: 400, body: { Code: 'BadRequest', Message: 'nope' } });
    const e2 = await failure(client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: 'DOCKER|ordersacr.azurecr.io/orders:v2' }));
    expect(e2.statusCode).toBe(400);
    await client.webApps.updateConfiguration(RG, APP, { linuxFxVersion: 'DOCKER|ordersacr.azurecr.io/orders:v2' });
  });
});

describe('slots', () => {
  const newSlot = (slotImage: string) => ({
    location: 'westeurope',
    kind: 'functionapp,linux,container',
    serverFarmId: `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Web/serverfarms/${APP}-plan`,
    identity: { type: 'UserAssigned' as const, userAssignedIdentities: { [UAMI]: {} } },
    siteConfig: {
      linuxFxVersion: slotImage,
      acrUseManagedIdentityCreds: true,
      acrUserManagedIdentityID: UAMI_IDS.clientId,
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
        { name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', value: 'DefaultEndpointsProtocol=https;AccountName=orders' }
      ]
    }
  });

  test('slot create follows Azure-AsyncOperation (poll until Succeeded, then GET the slot)', async () => {
    const client = web(arm);
    const site = await client.webApps.beginCreateOrUpdateSlotAndWait(RG, APP, 'pr-7', newSlot(IMAGE_STAGING), POLL);
    expect(site.name).toBe(`${APP}/pr-7`);
    expect(site.defaultHostName).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(site.defaultHostName).not.toBe(arm.state.site(RG, APP)!.defaultHostName);
    expect(site.identity?.userAssignedIdentities?.[UAMI]?.clientId).toBe(UAMI_IDS.clientId);
    const trail = arm.requests.map((r) => `${r.method} ${r.path.replace(/^.*\/sites\//, '')} ${r.status}`);
    expect(trail).toEqual([
      `PUT ${APP}/slots/pr-7 202`,
      expect.stringMatching(new RegExp(`^GET ${APP}/slots/pr-7/operationstatuses/[0-9a-f-]+ 200$`)),
      expect.stringMatching(new RegExp(`^GET ${APP}/slots/pr-7/operationstatuses/[0-9a-f-]+ 200$`)),
      `GET ${APP}/slots/pr-7 200`
    ]);
    // The poll requests went through the pipeline too: authenticated, api-version added.
    expect(arm.requestsTo('/operationstatuses/').every((r) => r.apiVersion === '2025-05-01')).toBe(true);
    const body = arm.requests[0].body as { location: string; kind: string; identity: unknown; properties: { siteConfig: { linuxFxVersion: string } } };
    expect(body.location).toBe('westeurope');
    expect(body.properties.siteConfig.linuxFxVersion).toBe(IMAGE_STAGING);
    const state = arm.state.site(RG, APP, 'pr-7')!;
    expect(state.appSettings.FUNCTIONS_EXTENSION_VERSION).toBe('~4');
    // No share given with a content connection: the platform makes one for the slot.
    expect(state.appSettings.WEBSITE_CONTENTSHARE).toMatch(/^func-orders-pr-7[0-9a-f]{6}$/);
  });

  test('slot create with Location only: 202 polls, the final 200 carries the slot (non-deprecated poller API)', async () => {
    arm.setSlotCreateBehaviour({ headers: 'location', inProgressPolls: 2 });
    const client = web(arm);
    const poller = client.webApps.createOrUpdateSlot(RG, APP, 'pr-8', newSlot(IMAGE_STAGING), POLL);
    const site = await poller;
    expect(site.name).toBe(`${APP}/pr-8`);
    const polls = arm.requestsTo('/slots/pr-8/operationresults/');
    expect(polls.map((r) => r.status)).toEqual([202, 202, 200]);
    expect(arm.requestsTo('/slots/pr-8', 'GET').filter((r) => !r.path.includes('operationresults'))).toHaveLength(0);
  });

  test('a slot create that fails asynchronously (Azure-AsyncOperation status Failed): a plain Error carrying code and message', async () => {
    arm.setSlotCreateBehaviour({
      headers: 'azure-async',
      failure: { status: 400, body: { error: { code: 'ImagePullFailure', message: 'manifest unknown' } } },
      times: 1
    });
    const e = await failure(web(arm).webApps.createOrUpdateSlot(RG, APP, 'pr-5', newSlot(IMAGE_STAGING), POLL));
    // core-lro turns {status:'Failed', error:{code,message}} into an Error, not a RestError: no statusCode.
    expect(e.name).toBe('Error');
    expect(e.message).toBe('The long-running operation has failed. ImagePullFailure. manifest unknown');
    expect(e.statusCode).toBeUndefined();
    expect(arm.requestsTo('/operationstatuses/').map((r) => r.status)).toEqual([200, 200]);
    expect(arm.state.app(RG, APP)!.slots['pr-5']).toBeUndefined();
  });

  test('a slot PUT without location is refused by ARM (400 LocationRequired)', async () => {
    // The SDK's type requires location; undefined fields are left out of the JSON.
    const noLocation = { ...newSlot(IMAGE_STAGING), location: undefined as unknown as string };
    const e = await failure(web(arm).webApps.beginCreateOrUpdateSlotAndWait(RG, APP, 'pr-9', noLocation, POLL));
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('LocationRequired');
  });

  test("Elastic Premium: 3 slots including production; the 4th is a 409 in App Service's PascalCase shape", async () => {
    const client = web(arm);
    await client.webApps.beginCreateOrUpdateSlotAndWait(RG, APP, 'pr-1', newSlot(IMAGE_STAGING), POLL);
    let raw: { status?: number; bodyAsText?: string | null; parsedBody?: unknown } | undefined;
    const e = await failure(client.webApps.beginCreateOrUpdateSlotAndWait(RG, APP, 'pr-2', newSlot(IMAGE_STAGING), { ...POLL, onResponse: (r) => (raw = r) }));
    // What the SDK makes of a PascalCase body: status only.
    expect(e.name).toBe('RestError');
    expect(e.statusCode).toBe(409);
    expect(e.code).toBeUndefined();
    expect(e.message).toBe('Unexpected status code: 409');
    expect(e.details).toBeUndefined(); // LRO initial responses are checked by the poller, not the deserializer
    expect(e.response?.bodyAsText).toBeUndefined(); // the body was parsed: RestError keeps no text
    // The body, through the per-call onResponse option.
    const message = "Cannot complete the operation because the site will exceed the number of slots allowed for the 'ElasticPremium' SKU.";
    expect(raw?.status).toBe(409);
    expect(raw?.parsedBody).toEqual({
      Code: 'Conflict',
      Message: message,
      Target: null,
      Details: [
        { Message: message },
        { Code: 'Conflict' },
        {
          ErrorEntity: {
            MessageTemplate: "Cannot complete the operation because the site will exceed the number of slots allowed for the '{0}' SKU.",
            Parameters: ['ElasticPremium'],
            Code: 'Conflict',
            Message: message
          }
        }
      ],
      Innererror: null
    });
    expect(JSON.parse(raw?.bodyAsText ?? '{}').Code).toBe('Conflict');
    expect(arm.state.app(RG, APP)!.slots['pr-2']).toBeUndefined();
    // Updating an existing slot is not a new slot: allowed at the quota.
    await client.webApps.beginCreateOrUpdateSlotAndWait(RG, APP, 'pr-1', newSlot(IMAGE_PROD), POLL);
  });

  test('a Dedicated P1v3 plan takes more slots', async () => {
    arm.addFunctionApp({ resourceGroup: RG, name: 'func-dedicated', plan: 'P1v3', identity: { userAssigned: { [UAMI]: UAMI_IDS } } });
    const client = web(arm);
    for (const s of ['staging', 'pr-1', 'pr-2', 'pr-3']) {
      await client.webApps.beginCreateOrUpdateSlotAndWait(
        RG,
        'func-dedicated',
        s,
        { location: 'westeurope', siteConfig: { linuxFxVersion: IMAGE_STAGING } },
        POLL
      );
    }
    const slots: string[] = [];
    for await (const s of client.webApps.listSlots(RG, 'func-dedicated')) slots.push(s.name ?? '');
    expect(slots).toHaveLength(4);
  });

  test('delete slot: 200, then GET 404 and a second DELETE 404', async () => {
    const client = web(arm);
    await client.webApps.deleteSlot(RG, APP, 'staging');
    expect(arm.requestsTo('/slots/staging', 'DELETE')[0].status).toBe(200);
    expect((await failure(client.webApps.getSlot(RG, APP, 'staging'))).statusCode).toBe(404);
    let raw: { parsedBody?: unknown } | undefined;
    const again = await failure(client.webApps.deleteSlot(RG, APP, 'staging', { onResponse: (r) => (raw = r) }));
    expect(again.statusCode).toBe(404);
    expect(raw?.parsedBody).toMatchObject({ Code: 'NotFound' });
    // Non-LRO operations put the deserialized ARM-shaped error in details: here { error: undefined }.
    expect(again.details).toEqual({ error: undefined });
  });
});

describe('swap', () => {
  test('swap with production exchanges image and non-sticky settings; sticky settings stay (Location polling)', async () => {
    const client = web(arm);
    await client.webApps.beginSwapSlotWithProductionAndWait(RG, APP, { targetSlot: 'staging', preserveVnet: true }, POLL);
    const trail = arm.requests.map((r) => `${r.method} ${r.path.replace(/^.*\/sites\//, '').replace(/[0-9a-f-]{36}$/, '<id>')} ${r.status}`);
    expect(trail).toEqual([`POST ${APP}/slotsswap 202`, `GET ${APP}/operationresults/<id> 202`, `GET ${APP}/operationresults/<id> 200`]);
    expect(arm.requests[0].body).toEqual({ targetSlot: 'staging', preserveVnet: true });

    const prod = arm.state.site(RG, APP)!;
    const staging = arm.state.site(RG, APP, 'staging')!;
    expect(prod.siteConfig.linuxFxVersion).toBe(IMAGE_STAGING);
    expect(staging.siteConfig.linuxFxVersion).toBe(IMAGE_PROD);
    expect(prod.appSettings.FEATURE_X).toBe('staging-value');
    expect(staging.appSettings.FEATURE_X).toBe('prod-value');
    expect(prod.appSettings.STAGING_ONLY).toBe('yes');
    expect(staging.appSettings.STAGING_ONLY).toBeUndefined();
    expect(prod.appSettings.SLOT_NAME).toBe('production'); // sticky
    expect(staging.appSettings.SLOT_NAME).toBe('staging'); // sticky
    expect(staging.appSettings.AzureWebJobsStorage).toBeDefined(); // moved with the swap
    // Identities are not swapped; health check (not a stack setting) stays too.
    expect(prod.siteConfig.healthCheckPath).toBe('/api/health');
    expect((await client.webApps.get(RG, APP)).slotSwapStatus).toMatchObject({ sourceSlotName: 'production', destinationSlotName: 'staging' });
  });

  test('swap staging → production (POST on the slot) and back: a swap is its own rollback', async () => {
    arm.setSwapBehaviour({ inProgressPolls: 3 });
    const client = web(arm);
    await client.webApps.swapSlot(RG, APP, 'staging', { targetSlot: 'production', preserveVnet: true }, POLL);
    expect(arm.requestsTo('/slots/staging/operationresults/').map((r) => r.status)).toEqual([202, 202, 202, 200]);
    expect(arm.state.site(RG, APP)!.siteConfig.linuxFxVersion).toBe(IMAGE_STAGING);
    await client.webApps.swapSlot(RG, APP, 'staging', { targetSlot: 'production', preserveVnet: true }, POLL);
    expect(arm.state.site(RG, APP)!.siteConfig.linuxFxVersion).toBe(IMAGE_PROD);
    expect(arm.state.site(RG, APP)!.appSettings.FEATURE_X).toBe('prod-value');
  });

  test('while a swap runs, writes to the app get 409 "another operation is in progress", which the SDK does not retry', async () => {
    // 10 in-progress polls 30 ms apart: a window of about 300 ms for the writes below.
    arm.setSwapBehaviour({ inProgressPolls: 10 });
    const client = web(arm);
    const poller = client.webApps.swapSlot(RG, APP, 'staging', { targetSlot: 'production', preserveVnet: true }, { updateIntervalInMs: 30 });
    await poller.submitted();
    let raw: { parsedBody?: unknown } | undefined;
    const e = await failure(client.webApps.updateApplicationSettings(RG, APP, { properties: { A: 'b' } }, { onResponse: (r) => (raw = r) }));
    expect(e.statusCode).toBe(409);
    expect(arm.requestsTo(`/sites/${APP}/config/appsettings`, 'PUT')).toHaveLength(1);
    expect((raw?.parsedBody as { Message: string }).Message).toMatch(
      /^Cannot modify this site because another operation is in progress\. Details: Id: [0-9a-f-]+, OperationName: SwapSiteSlots,/
    );
    // Reads are fine meanwhile; the site shows the operation.
    expect((await client.webApps.get(RG, APP)).inProgressOperationId).toMatch(/[0-9a-f-]{36}/);
    await poller;
    await client.webApps.updateApplicationSettings(RG, APP, { properties: { ...arm.state.site(RG, APP)!.appSettings, A: 'b' } });
  });

  test('a failed warm-up ends the swap with 417 at a poll: onResponse does not see it, a pipeline policy does', async () => {
    arm.setSwapBehaviour({ failure: {}, inProgressPolls: 1 });
    const captured: Array<{ status: number; body?: string; url: string; requestId: string }> = [];
    const capture: PipelinePolicy = {
      name: 'captureErrorBodies',
      async sendRequest(req, next) {
        const res = await next(req);
        if (res.status >= 400) captured.push({ status: res.status, body: res.bodyAsText ?? undefined, url: req.url, requestId: req.requestId });
        return res;
      }
    };
    const client = web(arm, { additionalPolicies: [{ policy: capture, position: 'perCall' }] });
    const seen: number[] = [];
    const e = await failure(
      client.webApps.beginSwapSlotWithProductionAndWait(
        RG,
        APP,
        { targetSlot: 'staging', preserveVnet: true },
        { ...POLL, onResponse: (r) => seen.push(r.status) }
      )
    );
    expect(e.statusCode).toBe(417);
    expect(e.code).toBeUndefined();
    expect(seen).toEqual([202]); // onResponse only runs for the initial request of an LRO
    expect(captured).toHaveLength(1);
    expect(captured[0].url).toContain('/operationresults/');
    // The RestError keeps the failed request: its requestId finds the captured body.
    expect((e as RestErrorLike & { request?: { requestId?: string } }).request?.requestId).toBe(captured[0].requestId);
    expect(JSON.parse(captured[0].body ?? '{}')).toMatchObject({
      Code: 'ExpectationFailed',
      Message: `Cannot swap site slots for site '${APP}' because the 'production' slot did not respond to http ping.`
    });
    // Nothing was swapped.
    expect(arm.state.site(RG, APP)!.siteConfig.linuxFxVersion).toBe(IMAGE_PROD);
  });
});

describe("the SDK's own retry policy against injected faults", () => {
  test('429 with Retry-After: the SDK waits that long and retries by itself', async () => {
    arm.fault({ path: `/sites/${APP}`, method: 'GET', status: 429, retryAfter: 1 });
    const t0 = Date.now();
    await web(arm).webApps.get(RG, APP);
    const gets = arm.requestsTo(`/sites/${APP}`, 'GET');
    expect(gets.map((r) => r.status)).toEqual([429, 200]);
    expect(gets[1].at - gets[0].at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  test('429 without Retry-After is not retried: one call, the ARM throttling code reaches RestError', async () => {
    arm.fault({ path: `/sites/${APP}`, method: 'GET', status: 429 });
    const e = await failure(web(arm).webApps.get(RG, APP));
    expect(e.statusCode).toBe(429);
    expect(e.code).toBe('SubscriptionRequestsThrottled');
    expect(arm.requestsTo(`/sites/${APP}`, 'GET')).toHaveLength(1);
  });

  test('500 and 503 without Retry-After are retried with exponential backoff; 503 with Retry-After as throttling', async () => {
    arm.fault({ path: '/config/appsettings/list', method: 'POST', status: 500 });
    arm.fault({ path: '/config/appsettings/list', method: 'POST', status: 503 });
    arm.fault({ path: '/config/appsettings/list', method: 'POST', status: 503, retryAfter: 0 });
    const settings = await web(arm).webApps.listApplicationSettings(RG, APP);
    expect(settings.properties?.FEATURE_X).toBe('prod-value');
    expect(arm.requestsTo('/config/appsettings/list').map((r) => r.status)).toEqual([500, 503, 503, 200]);
  });

  test('a 5xx that persists: 1 + maxRetries (default 3) attempts, then the error', async () => {
    arm.fault({ path: `/sites/${APP}`, method: 'GET', status: 500, times: Infinity });
    const e = await failure(web(arm).webApps.get(RG, APP));
    expect(e.statusCode).toBe(500);
    expect(arm.requestsTo(`/sites/${APP}`, 'GET')).toHaveLength(4);
  });

  test('409 Conflict is not retried by the SDK', async () => {
    arm.fault({ path: `/sites/${APP}/config/web`, method: 'PATCH', status: 409 });
    const e = await failure(web(arm).webApps.updateConfiguration(RG, APP, { linuxFxVersion: IMAGE_STAGING }));
    expect(e.statusCode).toBe(409);
    expect(arm.requestsTo('/config/web', 'PATCH')).toHaveLength(1);
  });

  test('a dropped connection is a network error: retried once transparently; when it persists the SDK throws ECONNRESET', async () => {
    arm.fault({ path: `/sites/${APP}`, method: 'GET', drop: true });
    const site = await web(arm).webApps.get(RG, APP);
    expect(site.name).toBe(APP);
    expect(arm.requestsTo(`/sites/${APP}`, 'GET').map((r) => r.status)).toEqual([0, 200]);

    arm.fault({ path: `/sites/${APP}/slots/staging`, method: 'GET', drop: true, times: Infinity });
    const e = await failure(web(arm).webApps.getSlot(RG, APP, 'staging'));
    expect(e.name).toBe('RestError');
    expect(e.code).toBe('ECONNRESET');
    expect(e.statusCode).toBeUndefined();
    expect(arm.requestsTo('/slots/staging', 'GET')).toHaveLength(4);
  });
});

describe('ARM front door: api-version and tokens', () => {
  const siteUrl = () => `${arm.url}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Web/sites/${APP}`;

  test('api-version missing → 400 MissingApiVersionParameter; unknown → 400', async () => {
    const headers = { Authorization: `Bearer ${token()}` };
    const missing = await fetch(siteUrl(), { headers });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: 'MissingApiVersionParameter', message: 'The api-version query parameter (?api-version=) is required for all requests.' }
    });
    const malformed = await fetch(`${siteUrl()}?api-version=latest`, { headers });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('InvalidApiVersionParameter');
    const unsupported = await fetch(`${siteUrl()}?api-version=2016-08-01`, { headers });
    expect(unsupported.status).toBe(400);
    expect(((await unsupported.json()) as { error: { code: string } }).error.code).toBe('NoRegisteredProviderFound');
    const good = await fetch(`${siteUrl()}?api-version=2025-05-01`, { headers });
    expect(good.status).toBe(200);
  });

  test('token missing, expired, foreign-signed or for another audience → 401 in ARM shape', async () => {
    const url = `${siteUrl()}?api-version=2025-05-01`;
    const codeOf = async (res: Response) => ({
      status: res.status,
      code: ((await res.json()) as { error: { code: string } }).error.code,
      challenge: res.headers.get('www-authenticate') ?? ''
    });
    const none = await codeOf(await fetch(url));
    expect(none).toMatchObject({ status: 401, code: 'AuthenticationFailed' });
    expect(none.challenge).toContain('error="invalid_token"');
    expect(await codeOf(await fetch(url, { headers: { Authorization: `Bearer ${token({ exp: now() - 60 })}` } }))).toMatchObject({
      status: 401,
      code: 'ExpiredAuthenticationToken'
    });
    expect(await codeOf(await fetch(url, { headers: { Authorization: `Bearer ${token({}, otherKey)}` } }))).toMatchObject({
      status: 401,
      code: 'InvalidAuthenticationToken'
    });
    expect(await codeOf(await fetch(url, { headers: { Authorization: `Bearer ${token({ aud: 'https://vault.azure.net' })}` } }))).toMatchObject({
      status: 401,
      code: 'InvalidAuthenticationTokenAudience'
    });
    // The trailing-slash audience is ARM's too.
    expect((await fetch(url, { headers: { Authorization: `Bearer ${token({ aud: 'https://management.azure.com/' })}` } })).status).toBe(200);

    // Through the SDK: a 401 is not retried and keeps ARM's code.
    const e = await failure(web(arm, {}, credential(token({ exp: now() - 60 }))).webApps.get(RG, APP));
    expect(e.statusCode).toBe(401);
    expect(e.code).toBe('ExpiredAuthenticationToken');
  });
});

describe('Microsoft.ContainerRegistry and Microsoft.ContainerService', () => {
  test('registries: get, list by login server, listCredentials (admin on) and its 400 when admin is off', async () => {
    arm.addRegistry({ resourceGroup: 'rg-acr', name: 'ordersacr', adminUserEnabled: true, passwords: ['pw-one', 'pw-two'] });
    arm.addRegistry({ resourceGroup: 'rg-acr', name: 'lockedacr' });
    const client = new ContainerRegistryManagementClient(credential(), SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, ...FAST });
    const reg = await client.registries.get('rg-acr', 'ordersacr');
    expect(reg).toMatchObject({ loginServer: 'ordersacr.azurecr.io', adminUserEnabled: true, sku: { name: 'Standard' } });
    const found: string[] = [];
    for await (const r of client.registries.list()) found.push(r.loginServer ?? '');
    expect(found.sort()).toEqual(['lockedacr.azurecr.io', 'ordersacr.azurecr.io']);
    const creds = await client.registries.listCredentials('rg-acr', 'ordersacr');
    expect(creds).toEqual({
      username: 'ordersacr',
      passwords: [
        { name: 'password', value: 'pw-one' },
        { name: 'password2', value: 'pw-two' }
      ]
    });

    const e = await failure(client.registries.listCredentials('rg-acr', 'lockedacr'));
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('UnAuthorizedForCredentialOperations');
    expect(e.message).toContain('as admin user is disabled');
    expect(new Set(arm.requests.map((r) => r.apiVersion))).toEqual(new Set([ARM_API_VERSIONS['Microsoft.ContainerRegistry']]));
  });

  test('managedClusters.listClusterUserCredentials returns the kubeconfig (base64 on the wire, bytes in the SDK)', async () => {
    const kubeconfig = 'apiVersion: v1\nkind: Config\nclusters:\n- name: aks-orders\n  cluster:\n    server: https://127.0.0.1:6443\n';
    arm.addManagedCluster({ resourceGroup: 'rg-aks', name: 'aks-orders', kubeconfig });
    const client = new ContainerServiceClient(credential(), SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, ...FAST });
    const res = await client.managedClusters.listClusterUserCredentials('rg-aks', 'aks-orders', { format: 'exec' });
    expect(res.kubeconfigs?.[0]?.name).toBe('clusterUser');
    expect(Buffer.from(res.kubeconfigs?.[0]?.value ?? new Uint8Array()).toString('utf8')).toBe(kubeconfig);
    const post = arm.requestsTo('/listClusterUserCredential', 'POST')[0];
    expect(post.apiVersion).toBe(ARM_API_VERSIONS['Microsoft.ContainerService']);
    expect(post.query).toContain('format=exec');
    const missing = await failure(client.managedClusters.listClusterUserCredentials('rg-aks', 'nope'));
    expect(missing.statusCode).toBe(404);
    expect(missing.code).toBe('ResourceNotFound');
  });
});
