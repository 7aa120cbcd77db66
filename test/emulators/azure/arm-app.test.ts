/**
 * The ARM emulator's Microsoft.App part (Azure Container Apps), driven by the REAL @azure/arm-appcontainers 4.0.0
 * client over HTTPS with RS256 bearer tokens: PUT/PATCH/GET semantics, secrets, revisions, Single/Multiple mode,
 * traffic and labels, registry pulls, slow starts, and the per-address front ends.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { ContainerAppsAPIClient, type ContainerApp } from '@azure/arm-appcontainers';
import type { TokenCredential } from '@azure/core-auth';
import { newSigningKey, type SigningKey } from '../jwt.js';
import { FAST, POLL, SCOPE, SUB, TENANT, armToken, failure, staticCredential } from './arm-test-kit.js';
import { startArm, type ArmEmulator } from './arm.js';

const RG = 'rg-orders';
const ENV = 'cae-orders';
const APP = 'func-orders';
const DOMAIN = 'happy-river-0a1b2c3d.westeurope.azurecontainerapps.io';
const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull`;
const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };
const ACR = 'ordersacr.azurecr.io';
const IMG1 = `${ACR}/orders@sha256:${'a'.repeat(64)}`;
const IMG2 = `${ACR}/orders@sha256:${'b'.repeat(64)}`;
const IMG3 = `${ACR}/orders@sha256:${'c'.repeat(64)}`;

let key: SigningKey;
beforeAll(() => {
  key = newSigningKey('entra-emulator');
});

function credential(): TokenCredential {
  return staticCredential(armToken(key));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(f: () => Promise<T> | T, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > end) return v;
    await sleep(50);
  }
}

let arm: ArmEmulator;
let client: ContainerAppsAPIClient;

beforeEach(async () => {
  arm = await startArm({ tokenKeys: [key], subscriptionId: SUB, tenantId: TENANT });
  client = new ContainerAppsAPIClient(credential(), SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, ...FAST });
  arm.addManagedEnvironment({ resourceGroup: RG, name: ENV, defaultDomain: DOMAIN });
  for (const img of [IMG1, IMG2, IMG3]) arm.addImage(img);
  arm.setRegistryAccess(ACR, { pullPrincipals: [UAMI_IDS.principalId], credentials: [{ username: 'ordersacr', password: 'acr-pass' }] });
});

afterEach(async () => {
  await arm.close();
});

function seed(mode: 'Single' | 'Multiple' = 'Single', extra: Partial<Parameters<ArmEmulator['addContainerApp']>[0]> = {}) {
  return arm.addContainerApp({
    resourceGroup: RG,
    name: APP,
    environment: ENV,
    identity: { userAssigned: { [UAMI]: UAMI_IDS } },
    registries: [{ server: ACR, identity: UAMI }],
    secrets: [{ name: 'storage-conn', value: 'DefaultEndpointsProtocol=https;AccountName=orders' }],
    image: IMG1,
    env: [
      { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' },
      { name: 'FEATURE_X', value: 'on' },
      { name: 'AzureWebJobsStorage', secretRef: 'storage-conn' }
    ],
    activeRevisionsMode: mode,
    revisions: [{ suffix: 'v1' }],
    ...extra
  });
}

async function front(fqdn: string, path = '/api/health'): Promise<{ status: number; revision: string | null }> {
  const host = arm.resolveContainerAppHost(fqdn);
  if (!host) throw new Error(`no front end for ${fqdn}`);
  const res = await fetch(`https://${host}${path}`);
  await res.text();
  return { status: res.status, revision: res.headers.get('x-emulator-revision') };
}

describe('managed environments and the ARM front door', () => {
  test('GET returns defaultDomain; api-version and bearer token are checked', async () => {
    const env = await client.managedEnvironments.get(RG, ENV);
    expect(env.defaultDomain).toBe(DOMAIN);
    const old = new ContainerAppsAPIClient(credential(), SUB, { endpoint: arm.url, credentials: { scopes: [SCOPE] }, apiVersion: '2024-03-01', ...FAST });
    const e = await failure(old.managedEnvironments.get(RG, ENV));
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('NoRegisteredProviderFound');
    const res = await fetch(`${arm.url}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.App/managedEnvironments/${ENV}?api-version=2026-07-01`);
    expect(res.status).toBe(401);
    expect(arm.requestsTo('/managedEnvironments/').every((r) => r.apiVersion !== null)).toBe(true);
  });
});

describe('container app PUT / PATCH / GET', () => {
  test('GET hides secret values; listSecrets returns them; kind and addresses', async () => {
    seed();
    const app = await client.containerApps.get(RG, APP);
    expect(app.kind).toBe('functionapp');
    expect(app.configuration?.secrets).toEqual([{ name: 'storage-conn' }]);
    expect(app.latestRevisionName).toBe(`${APP}--v1`);
    expect(app.configuration?.ingress?.fqdn).toMatch(/^127\.0\.0\.1:\d+$/);
    const secrets = await client.containerApps.listSecrets(RG, APP);
    expect(secrets.value).toEqual([expect.objectContaining({ name: 'storage-conn', value: 'DefaultEndpointsProtocol=https;AccountName=orders' })]);
  });

  test('PATCH is a merge patch: arrays (env, containers, secrets) are replaced wholesale, a template change makes a revision', async () => {
    seed();
    const res = await client.containerApps.update(
      RG,
      APP,
      { location: 'westeurope', template: { revisionSuffix: 'v2', containers: [{ name: APP, image: IMG2, env: [{ name: 'FEATURE_X', value: 'off' }] }] } },
      POLL
    );
    expect(res.template?.containers?.[0].env).toEqual([{ name: 'FEATURE_X', value: 'off' }]);
    // Configuration untouched by the patch survives (objects merge).
    expect(res.configuration?.registries).toEqual([{ server: ACR, identity: UAMI }]);
    expect(res.configuration?.secrets).toEqual([{ name: 'storage-conn' }]);
    const revs = [];
    for await (const r of client.containerAppsRevisions.listRevisions(RG, APP)) revs.push(r.name);
    expect(revs).toEqual([`${APP}--v1`, `${APP}--v2`]);
    expect(arm.requestsTo(`/containerApps/${APP}`, 'PATCH')[0].status).toBe(202);
  });

  test('a configuration-only change creates no revision; a secret sent back without its value is refused like Azure', async () => {
    seed();
    await client.containerApps.update(RG, APP, { location: 'westeurope', configuration: { secrets: [{ name: 'storage-conn', value: 'rotated' }] } }, POLL);
    expect(arm.containerAppView(RG, APP).revisions.map((r) => r.name)).toEqual([`${APP}--v1`]);
    expect(arm.state.containerApp(RG, APP)!.doc).toMatchObject({ properties: { configuration: { secrets: [{ name: 'storage-conn', value: 'rotated' }] } } });

    // A PUT built from a GET carries the secrets without values.
    const read = await client.containerApps.get(RG, APP);
    const e = await failure(client.containerApps.createOrUpdate(RG, APP, read, POLL));
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('ContainerAppSecretInvalid');
    expect(e.message).toContain("Container app secret(s) with name(s) 'storage-conn' are invalid: value or keyVaultUrl and identity should be provided.");
  });

  test('PUT replaces the whole resource: what a partial body leaves out is wiped', async () => {
    seed();
    const read = await client.containerApps.get(RG, APP);
    const partial: ContainerApp = {
      location: read.location,
      environmentId: read.environmentId,
      configuration: { activeRevisionsMode: 'Single', ingress: { external: true, targetPort: 80 } },
      template: { containers: [{ name: APP, image: IMG1 }] }
    };
    const res = await client.containerApps.createOrUpdate(RG, APP, partial, POLL);
    expect(arm.requestsTo(`/containerApps/${APP}`, 'PUT')[0].status).toBe(200);
    expect(res.identity).toBeUndefined();
    expect(res.configuration?.secrets).toBeUndefined();
    expect(res.configuration?.registries).toBeUndefined();
    expect(res.template?.containers?.[0].env).toBeUndefined();
    // The template lost its env and suffix: a new revision with a generated suffix.
    expect(res.latestRevisionName).toMatch(new RegExp(`^${APP}--[a-z0-9]{7}$`));
    // kind is create-only: a different one is refused.
    const e = await failure(client.containerApps.createOrUpdate(RG, APP, { ...partial, kind: 'workflowapp' }, POLL));
    expect(e.statusCode).toBe(400);
  });
});

describe('revisions, traffic and labels', () => {
  test('Multiple mode: a preview revision under label pr-7 at 0 %, pinned production keeps 100 %; each address serves its revision', async () => {
    seed('Multiple', { ingress: { traffic: [{ revisionName: `${APP}--v1`, weight: 100 }] } });
    await client.containerApps.update(
      RG,
      APP,
      {
        location: 'westeurope',
        template: { revisionSuffix: 'pr-7', containers: [{ name: APP, image: IMG2 }] },
        configuration: {
          ingress: {
            traffic: [
              { revisionName: `${APP}--v1`, weight: 100 },
              { revisionName: `${APP}--pr-7`, weight: 0, label: 'pr-7' }
            ]
          }
        }
      },
      POLL
    );
    const rev = await until(
      () => client.containerAppsRevisions.getRevision(RG, APP, `${APP}--pr-7`),
      (r) => r.provisioningState === 'Provisioned'
    );
    expect(rev).toMatchObject({ active: true, runningState: 'Running', healthState: 'Healthy', replicas: 1, trafficWeight: 0 });
    expect(rev.fqdn).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v1` });
    expect(await front(`${APP}---pr-7.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--pr-7` });
    expect(await front(`${APP}--pr-7.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--pr-7` });
    expect(await front(`${APP}--v1.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v1` });
    expect((await front(`${APP}.${DOMAIN}`, '/nope')).status).toBe(404);

    // Traffic shift in a step, then all: the app address follows only when asked.
    await client.containerApps.update(
      RG,
      APP,
      {
        location: 'westeurope',
        configuration: {
          ingress: {
            traffic: [
              { revisionName: `${APP}--v1`, weight: 0, label: 'previous' },
              { revisionName: `${APP}--pr-7`, weight: 100, label: 'staging' }
            ]
          }
        }
      },
      POLL
    );
    expect(arm.containerAppView(RG, APP).revisions.map((r) => r.name)).toEqual([`${APP}--v1`, `${APP}--pr-7`]);
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--pr-7` });
    expect(await front(`${APP}---previous.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v1` });
    // The removed label answers 404 like a stopped app.
    expect((await front(`${APP}---pr-7.${DOMAIN}`)).status).toBe(404);

    // Deactivate / activate are synchronous 200s; an inactive revision's address is stopped.
    await client.containerAppsRevisions.deactivateRevision(RG, APP, `${APP}--v1`);
    expect((await front(`${APP}--v1.${DOMAIN}`)).status).toBe(404);
    expect((await client.containerAppsRevisions.getRevision(RG, APP, `${APP}--v1`)).runningState).toBe('Stopped');
    await client.containerAppsRevisions.activateRevision(RG, APP, `${APP}--v1`);
    expect((await front(`${APP}--v1.${DOMAIN}`)).status).toBe(200);
  });

  test('Multiple mode refuses bad traffic: weights not summing to 100, duplicate labels, unknown revisions', async () => {
    seed('Multiple');
    const put = (traffic: Array<{ revisionName?: string; latestRevision?: boolean; weight?: number; label?: string }>) =>
      failure(client.containerApps.update(RG, APP, { location: 'westeurope', configuration: { ingress: { traffic } } }, POLL));
    expect((await put([{ revisionName: `${APP}--v1`, weight: 90 }])).statusCode).toBe(400);
    const dup = await put([
      { revisionName: `${APP}--v1`, weight: 100, label: 'a' },
      { latestRevision: true, weight: 0, label: 'a' }
    ]);
    expect(dup.statusCode).toBe(400);
    expect(dup.message).toContain("label 'a'");
    expect((await put([{ revisionName: `${APP}--nope`, weight: 100 }])).code).toBe('ContainerAppRevisionNotFound');
  });

  test('latestRevision: true follows the newest ready revision (a preview would take production traffic)', async () => {
    seed('Multiple');
    await client.containerApps.update(
      RG,
      APP,
      { location: 'westeurope', template: { revisionSuffix: 'pr-8', containers: [{ name: APP, image: IMG2 }] } },
      POLL
    );
    const v = await until(
      () => arm.containerAppView(RG, APP),
      (x) => x.latestReadyRevisionName === `${APP}--pr-8`
    );
    expect(v.traffic).toEqual([{ revisionName: `${APP}--pr-8`, weight: 100, latestRevision: true }]);
    expect(v.revisions.find((r) => r.name === `${APP}--v1`)).toMatchObject({ active: true, trafficWeight: 0 });
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--pr-8` });
  });

  test('Single mode: splits and labels are refused; the new revision takes 100 % and the old is deactivated once it is ready', async () => {
    seed('Single');
    const split = await failure(
      client.containerApps.update(
        RG,
        APP,
        {
          location: 'westeurope',
          configuration: {
            ingress: {
              traffic: [
                { revisionName: `${APP}--v1`, weight: 50 },
                { latestRevision: true, weight: 50 }
              ]
            }
          }
        },
        POLL
      )
    );
    expect(split.statusCode).toBe(400);
    expect(split.code).toBe('ContainerAppInvalidTrafficConfiguration');
    const label = await failure(
      client.containerApps.update(
        RG,
        APP,
        { location: 'westeurope', configuration: { ingress: { traffic: [{ latestRevision: true, weight: 100, label: 'staging' }] } } },
        POLL
      )
    );
    expect(label.statusCode).toBe(400);

    arm.addImage(IMG2, { startSeconds: 0.6 });
    await client.containerApps.update(RG, APP, { location: 'westeurope', template: { revisionSuffix: 'v2', containers: [{ name: APP, image: IMG2 }] } }, POLL);
    const during = arm.containerAppView(RG, APP);
    expect(during.revisions.map((r) => [r.name, r.active, r.trafficWeight])).toEqual([
      [`${APP}--v1`, true, 100],
      [`${APP}--v2`, true, 0]
    ]);
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v1` });
    const after = await until(
      () => arm.containerAppView(RG, APP),
      (x) => x.latestReadyRevisionName === `${APP}--v2`
    );
    expect(after.revisions.map((r) => [r.name, r.active, r.trafficWeight, r.runningState])).toEqual([
      [`${APP}--v1`, false, 0, 'Stopped'],
      [`${APP}--v2`, true, 100, 'Running']
    ]);
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v2` });
  });
});

describe('after the write: pulls and starts', () => {
  test('a pull the registry refuses fails the revision (provisioningError, system log) and the old revision keeps serving', async () => {
    const other = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/not-granted`;
    seed('Single', {
      identity: {
        userAssigned: { [UAMI]: UAMI_IDS, [other]: { principalId: '33333333-3333-4333-8333-333333333333', clientId: '44444444-4444-4444-8444-444444444444' } }
      }
    });
    await client.containerApps.update(
      RG,
      APP,
      {
        location: 'westeurope',
        configuration: { registries: [{ server: ACR, identity: other }] },
        template: { revisionSuffix: 'v2', containers: [{ name: APP, image: IMG2 }] }
      },
      POLL
    );
    const rev = await until(
      () => client.containerAppsRevisions.getRevision(RG, APP, `${APP}--v2`),
      (r) => r.provisioningState !== 'Provisioning'
    );
    expect(rev).toMatchObject({ provisioningState: 'Failed', runningState: 'Failed', healthState: 'Unhealthy', replicas: 0 });
    expect(rev.provisioningError).toContain('unauthorized: authentication required');
    expect(arm.containerAppSystemLog(RG, APP).some((l) => l.Reason === 'ErrImagePull' && l.RevisionName === `${APP}--v2`)).toBe(true);
    expect(await front(`${APP}.${DOMAIN}`)).toEqual({ status: 200, revision: `${APP}--v1` });

    // Credentials (passwordSecretRef) work; a restart re-pulls with the configuration now.
    await client.containerApps.update(
      RG,
      APP,
      {
        location: 'westeurope',
        configuration: {
          secrets: [
            { name: 'storage-conn', value: 'x' },
            { name: 'acr-pass', value: 'acr-pass' }
          ],
          registries: [{ server: ACR, username: 'ordersacr', passwordSecretRef: 'acr-pass' }]
        }
      },
      POLL
    );
    await client.containerAppsRevisions.restartRevision(RG, APP, `${APP}--v2`);
    const fixed = await until(
      () => client.containerAppsRevisions.getRevision(RG, APP, `${APP}--v2`),
      (r) => r.provisioningState === 'Provisioned'
    );
    expect(fixed.runningState).toBe('Running');
  });

  test('an image missing from the registry, a crash, and a slow start', async () => {
    seed('Multiple', { ingress: { traffic: [{ revisionName: `${APP}--v1`, weight: 100 }] } });
    const missing = `${ACR}/orders@sha256:${'d'.repeat(64)}`;
    await client.containerApps.update(
      RG,
      APP,
      { location: 'westeurope', template: { revisionSuffix: 'gone', containers: [{ name: APP, image: missing }] } },
      POLL
    );
    arm.addImage(IMG3, { behaviour: 'crash' });
    await client.containerApps.update(
      RG,
      APP,
      { location: 'westeurope', template: { revisionSuffix: 'crash', containers: [{ name: APP, image: IMG3 }] } },
      POLL
    );
    arm.addImage(IMG2, { startSeconds: 1 });
    await client.containerApps.update(
      RG,
      APP,
      { location: 'westeurope', template: { revisionSuffix: 'slow', containers: [{ name: APP, image: IMG2 }] } },
      POLL
    );

    const slow = await client.containerAppsRevisions.getRevision(RG, APP, `${APP}--slow`);
    expect(slow).toMatchObject({ provisioningState: 'Provisioning', runningState: 'Processing', replicas: 0 });
    expect((await front(`${APP}--slow.${DOMAIN}`)).status).toBe(503);

    const v = await until(
      () => arm.containerAppView(RG, APP),
      (x) => x.latestReadyRevisionName === `${APP}--slow`
    );
    const by = Object.fromEntries(v.revisions.map((r) => [r.name, r]));
    expect(by[`${APP}--gone`]).toMatchObject({ phase: 'pull-failed', provisioningState: 'Failed' });
    expect(by[`${APP}--gone`].provisioningError).toContain('not found');
    expect(by[`${APP}--crash`]).toMatchObject({ phase: 'crashed', provisioningState: 'Failed', runningState: 'Failed' });
    expect(by[`${APP}--slow`]).toMatchObject({ phase: 'ready', provisioningState: 'Provisioned', runningState: 'Running' });
    // Traffic stayed pinned.
    expect(v.traffic).toEqual([{ revisionName: `${APP}--v1`, weight: 100, latestRevision: false }]);
    expect(v.hosts[`${APP}.${DOMAIN}`].serves).toBe(`${APP}--v1`);
  });
});
