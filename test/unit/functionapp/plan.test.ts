import { describe, expect, test } from '@jest/globals';
import { checkApp, chooseSlot, describePlan, planDeploy, previewSlots, slotQuotaFull, type CurrentState } from '../../../src/targets/functionapp/plan.js';
import type { ActionError } from '../../../src/util/errors.js';
import { diffSettings, mergeSettings, newSlotBase } from '../../../src/targets/functionapp/settings.js';
import { looksSecret } from '../../../src/targets/functionapp/preflight.js';
import type { FunctionAppConfig } from '../../../src/config/config.js';
import type { Intent } from '../../../src/github/intent.js';

const UAMI = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pull';
const UAMI_CLIENT = '44444444-4444-4444-4444-444444444444';
const IMAGE = 'contoso.azurecr.io/app@sha256:' + 'a'.repeat(64);
const OLD = 'contoso.azurecr.io/app@sha256:' + 'b'.repeat(64);

function fa(over: Partial<FunctionAppConfig> = {}): FunctionAppConfig {
  return { appName: 'func1', appSettings: [], removeAppSettings: [], slotSettings: [], registryPull: 'auto', swap: false, previewEvictClosed: false, ...over };
}

function state(over: Partial<CurrentState> = {}): CurrentState {
  return {
    app: { subscriptionId: 's', resourceGroup: 'rg', name: 'func1' },
    kind: 'functionapp,linux,container',
    location: 'westeurope',
    serverFarmId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/ep',
    identity: { type: 'UserAssigned', userAssigned: { [UAMI]: { clientId: UAMI_CLIENT } } },
    plan: { skuName: 'EP1', tier: 'ElasticPremium' },
    slots: [],
    slotConfigNames: { appSettingNames: ['STICKY_ONE'], connectionStringNames: ['DB'] },
    productionSettings: {
      AzureWebJobsStorage: 'conn',
      STICKY_ONE: 'prod-only',
      WEBSITE_CONTENTSHARE: 'share',
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: 'c',
      KEEP: 'me',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
    },
    productionConfig: { linuxFxVersion: `DOCKER|${OLD}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_CLIENT },
    productionHostName: 'func1.azurewebsites.net',
    source: {
      siteConfig: {
        id: '/x/config/web',
        name: 'web',
        linuxFxVersion: `DOCKER|${OLD}`,
        acrUseManagedIdentityCreds: true,
        acrUserManagedIdentityID: UAMI_CLIENT,
        appCommandLine: 'start.sh',
        healthCheckPath: '/api/health',
        vnetRouteAllEnabled: true,
        minimumElasticInstanceCount: 2,
        preWarmedInstanceCount: 1,
        ipSecurityRestrictions: [{ ipAddress: '10.0.0.0/8', action: 'Allow', priority: 100, name: 'corp' }],
        publishingUsername: '$func1',
        autoSwapSlotName: 'production',
        experiments: { rampUpRules: [] },
        machineKey: { validationKey: 'k' },
        vnetName: 'vnet1',
        appSettings: null,
        connectionStrings: null
      },
      connectionStrings: { DB: { value: 'Server=prod;Password=p', type: 'SQLAzure' }, CACHE: { value: 'redis', type: 'Custom' } },
      storageMounts: { data: { type: 'AzureFiles', accountName: 'st', shareName: 'data', mountPath: '/data', accessKey: 'k1' } },
      network: { virtualNetworkSubnetId: '/subnets/func', outboundVnetRouting: { imagePullTraffic: true }, keyVaultReferenceIdentity: UAMI }
    },
    ...over
  };
}

const push: Intent = { kind: 'deploy', branch: 'main' };

describe('slot choice', () => {
  test.each([
    ['push', fa(), push, { slot: undefined, swap: false }],
    ['push with slot', fa({ slot: 'qa' }), push, { slot: 'qa', swap: false }],
    ['slot production', fa({ slot: 'production' }), push, { slot: undefined, swap: false }],
    ['preview', fa(), { kind: 'preview', pr: 7 } as Intent, { slot: 'pr-7', swap: false }],
    ['teardown', fa(), { kind: 'teardown', pr: 7 } as Intent, { slot: 'pr-7', swap: false }],
    ['release with swap', fa({ swap: true }), { kind: 'release', gitTag: 'v1.0.0', prerelease: false } as Intent, { slot: 'staging', swap: true }],
    ['swap from a named slot', fa({ swap: true, slot: 'blue' }), push, { slot: 'blue', swap: true }]
  ])('%s', (_n, config, intent, expected) => expect(chooseSlot(config, intent)).toEqual(expected));
});

describe('apps this target refuses before any write', () => {
  test.each([
    ['a code app', { kind: 'functionapp,linux' }, /code app/],
    ['a Windows app', { kind: 'functionapp' }, /Windows/],
    ['a web app', { kind: 'app,linux,container' }, /not a function app/],
    ['Consumption', { plan: { skuName: 'Y1', tier: 'Dynamic' } }, /Consumption plan/],
    ['Flex Consumption', { plan: { skuName: 'FC1', tier: 'FlexConsumption' } }, /Flex Consumption/]
  ])('%s', (_n, over, message) => expect(() => checkApp(state(over as Partial<CurrentState>))).toThrow(message));
  test.each([['EP1'], ['P1v3']])('%s is accepted', (sku) => expect(() => checkApp(state({ plan: { skuName: sku, tier: 'x' } }))).not.toThrow());
});

describe('settings', () => {
  test('merge keeps every setting not named, sets, removes, and pins storage off', () => {
    const after = mergeSettings({
      current: { A: '1', B: '2', C: '3' },
      set: [
        { name: 'B', value: 'two' },
        { name: 'D', value: '4' }
      ],
      remove: ['C'],
      registry: { kind: 'keep' }
    });
    expect(after).toEqual({ A: '1', B: 'two', D: '4', WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false' });
    expect(diffSettings({ A: '1', B: '2', C: '3' }, after)).toEqual({ added: ['D', 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'], changed: ['B'], removed: ['C'] });
  });
  test('an explicit WEBSITES_ENABLE_APP_SERVICE_STORAGE=true (persistent /home) is kept; false is set only when absent', () => {
    expect(mergeSettings({ current: { WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true' }, set: [], remove: [], registry: { kind: 'keep' } })).toEqual({
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
    });
    expect(mergeSettings({ current: { websites_enable_app_service_storage: 'true' }, set: [], remove: [], registry: { kind: 'keep' } })).toEqual({
      websites_enable_app_service_storage: 'true'
    });
  });
  test('names are case-insensitive, as in App Service', () => {
    expect(mergeSettings({ current: { foo: '1' }, set: [{ name: 'FOO', value: '2' }], remove: [], registry: { kind: 'keep' } })).toEqual({
      FOO: '2',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
    });
  });
  test.each([['WEBSITE_CONTENTSHARE'], ['website_contentazurefileconnectionstring']])('%s is never touched', (name) => {
    expect(() => mergeSettings({ current: {}, set: [{ name, value: 'x' }], remove: [], registry: { kind: 'keep' } })).toThrow(/managed by the platform/);
    expect(() => mergeSettings({ current: {}, set: [], remove: [name], registry: { kind: 'keep' } })).toThrow(/managed by the platform/);
  });
  test('managed-identity pulls drop registry user and password; credentials set all three', () => {
    const cur = { DOCKER_REGISTRY_SERVER_URL: 'https://r', DOCKER_REGISTRY_SERVER_USERNAME: 'u', DOCKER_REGISTRY_SERVER_PASSWORD: 'p' };
    expect(mergeSettings({ current: cur, set: [], remove: [], registry: { kind: 'remove' } })).toEqual({
      DOCKER_REGISTRY_SERVER_URL: 'https://r',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
    });
    expect(
      mergeSettings({ current: {}, set: [], remove: [], registry: { kind: 'credentials', url: 'https://r2', username: 'u2', password: 'p2' } })
    ).toMatchObject({ DOCKER_REGISTRY_SERVER_URL: 'https://r2', DOCKER_REGISTRY_SERVER_USERNAME: 'u2', DOCKER_REGISTRY_SERVER_PASSWORD: 'p2' });
  });
  test('a new slot starts from production minus sticky names and WEBSITE_CONTENTSHARE', () => {
    expect(newSlotBase(state().productionSettings, ['STICKY_ONE'])).toEqual({
      AzureWebJobsStorage: 'conn',
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: 'c',
      KEEP: 'me',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false'
    });
  });
});

describe('plans', () => {
  test('push to production: only the image changes; no settings write; no restart', () => {
    const p = planDeploy({ config: fa(), intent: push, state: state(), image: IMAGE, registry: 'contoso.azurecr.io' });
    expect(describePlan(p)).toEqual({
      target: 'functionapp',
      app: 'func1',
      resourceGroup: 'rg',
      slot: 'production',
      slotAction: 'update',
      image: { before: OLD, after: IMAGE },
      settings: { added: [], changed: [], removed: [] },
      sticky: [],
      config: ['linuxFxVersion'],
      restart: false,
      swap: null,
      drift: { state: 'no-record' }
    });
    expect(p.writeSettings).toBe(false);
  });

  test('same image again: restart instead of a no-op', () => {
    const p = planDeploy({
      config: fa(),
      intent: push,
      state: state({ productionConfig: { linuxFxVersion: `DOCKER|${IMAGE}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_CLIENT } }),
      image: IMAGE,
      registry: 'r'
    });
    expect(p.restart).toBe(true);
    expect(p.configPatch).toEqual({});
  });

  test('preview creates pr-N from production settings, with the pull identity attached', () => {
    const p = planDeploy({
      config: fa({ appSettings: [{ name: 'PREVIEW', value: 'yes' }] }),
      intent: { kind: 'preview', pr: 3 },
      state: state(),
      image: IMAGE,
      registry: 'r'
    });
    expect(p.createSlot).toBe(true);
    expect(p.slot).toBe('pr-3');
    expect(p.newSlot!.identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: { [UAMI]: {} } });
    expect(p.settingsAfter).toEqual({
      AzureWebJobsStorage: 'conn',
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: 'c',
      KEEP: 'me',
      WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false',
      PREVIEW: 'yes'
    });
    expect(p.configPatch).toEqual({ linuxFxVersion: `DOCKER|${IMAGE}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_CLIENT });
  });

  test('a new slot is created from production: site config, VNet and image pull over it, Key Vault identity, connection strings and mounts, minus what must differ', () => {
    const p = planDeploy({ config: fa(), intent: { kind: 'preview', pr: 3 }, state: state(), image: IMAGE, registry: 'r' });
    const e = p.newSlot!;
    expect(e).toMatchObject({
      location: 'westeurope',
      kind: 'functionapp,linux,container',
      reserved: true,
      virtualNetworkSubnetId: '/subnets/func',
      outboundVnetRouting: { imagePullTraffic: true },
      keyVaultReferenceIdentity: UAMI
    });
    expect(e.siteConfig).toMatchObject({
      appCommandLine: 'start.sh',
      healthCheckPath: '/api/health',
      vnetRouteAllEnabled: true,
      minimumElasticInstanceCount: 2,
      preWarmedInstanceCount: 1,
      ipSecurityRestrictions: [{ ipAddress: '10.0.0.0/8', action: 'Allow', priority: 100, name: 'corp' }],
      linuxFxVersion: `DOCKER|${IMAGE}`,
      acrUseManagedIdentityCreds: true,
      acrUserManagedIdentityID: UAMI_CLIENT,
      connectionStrings: [{ name: 'CACHE', connectionString: 'redis', type: 'Custom' }],
      azureStorageAccounts: { data: { type: 'AzureFiles', accountName: 'st', shareName: 'data', mountPath: '/data', accessKey: 'k1' } }
    });
    for (const k of ['publishingUsername', 'autoSwapSlotName', 'experiments', 'machineKey', 'vnetName', 'id', 'name'])
      expect(e.siteConfig).not.toHaveProperty(k);
    expect((e.siteConfig.appSettings as Array<{ name: string }>).map((a) => a.name)).not.toContain('WEBSITE_CONTENTSHARE');
  });

  test('a new slot that would pull with its own system-assigned identity is refused before any write, naming both ways out', () => {
    const sys = state({
      identity: { type: 'SystemAssigned', userAssigned: {} },
      productionConfig: { linuxFxVersion: `DOCKER|${OLD}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: '' }
    });
    expect(() => planDeploy({ config: fa(), intent: { kind: 'preview', pr: 3 }, state: sys, image: IMAGE, registry: 'r' })).toThrow(
      /new principal, which has no AcrPull/
    );
    try {
      planDeploy({ config: fa(), intent: { kind: 'preview', pr: 3 }, state: sys, image: IMAGE, registry: 'r' });
    } catch (e) {
      expect((e as { hint: string }).hint).toMatch(/pull-identity-client-id.*registry-pull: credentials/);
    }
    // production itself keeps pulling with its system-assigned identity
    expect(() => planDeploy({ config: fa(), intent: push, state: sys, image: IMAGE, registry: 'r' })).not.toThrow();
  });

  test('an existing slot without the pull identity is refused: identities are per slot', () => {
    const st = state({
      slots: ['staging'],
      targetIdentity: { type: 'None', userAssigned: {} },
      targetConfig: { linuxFxVersion: `DOCKER|${OLD}` },
      targetSettings: {}
    });
    expect(() =>
      planDeploy({
        config: fa({ swap: true, pullIdentityClientId: UAMI_CLIENT }),
        intent: { kind: 'release', gitTag: 'v1.0.0', prerelease: false },
        state: st,
        image: IMAGE,
        registry: 'r'
      })
    ).toThrow(/attached to production but not to slot staging/);
    const ok = state({
      slots: ['staging'],
      targetIdentity: { type: 'UserAssigned', userAssigned: { [UAMI]: { clientId: UAMI_CLIENT } } },
      targetConfig: {},
      targetSettings: {}
    });
    expect(
      planDeploy({
        config: fa({ swap: true, pullIdentityClientId: UAMI_CLIENT }),
        intent: { kind: 'release', gitTag: 'v1.0.0', prerelease: false },
        state: ok,
        image: IMAGE,
        registry: 'r'
      }).configPatch
    ).toMatchObject({ acrUserManagedIdentityID: UAMI_CLIENT });
  });

  test('Functions hosted on Container Apps through Microsoft.Web/sites are refused', () => {
    expect(() =>
      checkApp(
        state({
          kind: 'functionapp,linux,container,azurecontainerapps',
          managedEnvironmentId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env1'
        })
      )
    ).toThrow(/hosted on Azure Container Apps \(environment env1\)/);
  });

  test('the 3-slot limit of Elastic Premium names the slots in use and the ways out', () => {
    expect(() =>
      planDeploy({ config: fa(), intent: { kind: 'preview', pr: 9 }, state: state({ slots: ['staging', 'pr-4'] }), image: IMAGE, registry: 'r' })
    ).toThrow(/production, staging, pr-4 are in use/);
    expect(() =>
      planDeploy({
        config: fa(),
        intent: { kind: 'preview', pr: 9 },
        state: state({ slots: ['staging', 'pr-4'], plan: { skuName: 'P1v3', tier: 'PremiumV3' } }),
        image: IMAGE,
        registry: 'r'
      })
    ).not.toThrow();
  });

  describe('a full slot quota', () => {
    const states = new Map([
      [4, { state: 'open' as const }],
      [5, { state: 'closed' as const }]
    ]);
    const full = (pullRequests?: Parameters<typeof planDeploy>[0]['pullRequests']) =>
      planDeploy({ config: fa(), intent: { kind: 'preview', pr: 9 }, state: state({ slots: ['pr-5', 'pr-4'] }), image: IMAGE, registry: 'r', pullRequests });
    const error = (f: () => unknown): ActionError => {
      try {
        f();
      } catch (e) {
        return e as ActionError;
      }
      throw new Error('expected an error');
    };

    test('the error lists each slot with its pull request and state, and says mode: cleanup would free the closed one', () => {
      const e = error(() => full({ states, evictClosed: false }));
      expect(e.message).toContain('production, pr-5, pr-4 are in use: pr-5 belongs to pull request #5 (closed); pr-4 belongs to pull request #4 (open)');
      expect(e.hint).toMatch(/pr-5 belongs to a closed pull request: `mode: cleanup` .* would free it, and preview-evict-closed: true/);
    });

    test('preview-evict-closed: the closed pull request’s slot is freed first, then pr-9 created', () => {
      const plan = full({ states, evictClosed: true });
      expect(plan.evict).toEqual({ slot: 'pr-5', pr: 5, state: 'closed' });
      expect(plan.createSlot).toBe(true);
      expect(describePlan(plan).evict).toBe('pr-5 (pull request #5 closed)');
    });

    test('nothing closed: no eviction even when allowed; the error says why', () => {
      const e = error(() =>
        full({
          states: new Map([
            [4, { state: 'open' }],
            [5, { state: 'open' }]
          ]),
          evictClosed: true
        })
      );
      expect(e.message).toContain('pr-5 belongs to pull request #5 (open)');
      expect(e.hint).toMatch(/No preview slot belongs to a closed pull request/);
    });

    test('states unknown (GitHub failed): listed as unknown, nothing evicted', () => {
      const e = error(() => full({ statesError: 'GitHub API: could not read pull request #4 (503)', evictClosed: true }));
      expect(e.message).toContain('pr-4 belongs to pull request #4 (state unknown)');
      expect(e.hint).toContain('GitHub could not be asked: GitHub API: could not read pull request #4 (503)');
    });

    test('a gone pull request (404) counts as closed', () => {
      expect(
        full({
          states: new Map([
            [4, { state: 'open' }],
            [5, { state: 'gone' }]
          ]),
          evictClosed: true
        }).evict
      ).toEqual({ slot: 'pr-5', pr: 5, state: 'gone' });
    });

    test('an existing slot, or room left: no quota check', () => {
      expect(slotQuotaFull(state({ slots: ['pr-5', 'pr-9'] }), 'pr-9')).toBe(false);
      expect(slotQuotaFull(state({ slots: ['pr-5'] }), 'pr-9')).toBe(false);
      expect(slotQuotaFull(state({ slots: ['pr-5', 'pr-4'] }), 'pr-9')).toBe(true);
    });
  });

  test('previewSlots: pr-<N> slots with their lastModifiedTimeUtc', () => {
    expect(
      previewSlots([{ name: 'func1/pr-12', lastModifiedTimeUtc: new Date('2025-01-02T03:04:05Z') }, { name: 'func1/staging' }, { name: 'func1/pr-3' }])
    ).toEqual([
      { pr: 3, slot: 'pr-3' },
      { pr: 12, slot: 'pr-12', lastDeployed: '2025-01-02T03:04:05.000Z', lastDeployedSource: "the slot's lastModifiedTimeUtc" }
    ]);
  });

  test('a pull identity that is not attached is refused, listing the attached ones', () => {
    expect(() =>
      planDeploy({ config: fa({ pullIdentityClientId: '55555555-5555-5555-5555-555555555555' }), intent: push, state: state(), image: IMAGE, registry: 'r' })
    ).toThrow(/not attached/);
  });

  test('credentials pull mode refuses a short-lived Entra refresh token', () => {
    expect(() =>
      planDeploy({
        config: fa({ registryPull: 'credentials' }),
        intent: push,
        state: state(),
        image: IMAGE,
        registry: 'r',
        registryCredential: { username: '0', password: 'rt', durable: false }
      })
    ).toThrow(/expires/);
  });

  test('slot settings are added to the sticky names, keeping connection-string names', () => {
    const p = planDeploy({ config: fa({ slotSettings: ['NEW_STICKY', 'STICKY_ONE'] }), intent: push, state: state(), image: IMAGE, registry: 'r' });
    expect(p.stickyAdd).toEqual(['NEW_STICKY']);
    expect(p.slotConfigNamesAfter).toEqual({ appSettingNames: ['STICKY_ONE', 'NEW_STICKY'], connectionStringNames: ['DB'] });
  });

  test('the plan view never holds a value', () => {
    const p = planDeploy({
      config: fa({ appSettings: [{ name: 'SECRETISH', value: 'hunter2-value' }] }),
      intent: push,
      state: state(),
      image: IMAGE,
      registry: 'r'
    });
    expect(JSON.stringify(describePlan(p))).not.toContain('hunter2-value');
    expect(describePlan(p).settings.added).toContain('SECRETISH');
  });
});

describe('which values read back from Azure are masked', () => {
  test.each([
    ['AzureWebJobsStorage', 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==', true],
    ['SERVICEBUS', 'Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=k=', true],
    ['DOCKER_REGISTRY_SERVER_PASSWORD', 'pw1', true],
    ['API_TOKEN', 'whatever', true],
    ['RANDOM', 'a8F3kL0pQ2zX9vB7nM4c', true],
    ['SLOT_NAME', 'production', false],
    ['FUNCTIONS_EXTENSION_VERSION', '~4', false],
    ['WEBSITES_ENABLE_APP_SERVICE_STORAGE', 'false', false],
    ['FEATURE_X', 'prod-value', false],
    ['DOCKER_REGISTRY_SERVER_URL', 'https://contoso.azurecr.io', false]
  ])('%s', (name, value, masked) => expect(looksSecret(name, value)).toBe(masked));
});
