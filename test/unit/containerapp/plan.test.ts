/** The pure planning of target containerapp: env/secret merge, registry, traffic, revision suffix, refusals. */
import { describe, expect, test } from '@jest/globals';
import {
  mergeEnv,
  pinTraffic,
  planDeploy,
  planTeardown,
  revisionSuffix,
  secretNameFor,
  shiftTraffic,
  withLabel,
  type AppDoc,
  type PlanInput
} from '../../../src/targets/containerapp/plan.js';
import { readConfig } from '../../../src/config/config.js';

const APP = 'func-orders';
const UAMI = '/subscriptions/s/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull';
const OLD = `acr.io/orders@sha256:${'a'.repeat(64)}`;
const NEW = `acr.io/orders@sha256:${'d'.repeat(64)}`;

function app(over: Partial<AppDoc> = {}, mode = 'Multiple'): AppDoc {
  return {
    name: APP,
    location: 'westeurope',
    kind: 'functionapp',
    identity: { type: 'UserAssigned', userAssignedIdentities: { [UAMI]: { clientId: 'c1', principalId: 'p1' } } },
    configuration: {
      activeRevisionsMode: mode,
      secrets: [{ name: 'storage-conn', value: 'DefaultEndpointsProtocol=https;AccountKey=abc' }],
      registries: [{ server: 'acr.io', identity: UAMI }],
      ingress: { fqdn: `${APP}.example.io`, traffic: [{ revisionName: `${APP}--v1`, weight: 100 }] }
    },
    template: {
      revisionSuffix: 'v1',
      containers: [
        {
          name: APP,
          image: OLD,
          env: [
            { name: 'FEATURE_X', value: 'on' },
            { name: 'AzureWebJobsStorage', secretRef: 'storage-conn' }
          ]
        },
        { name: 'sidecar', image: 'acr.io/proxy:1', env: [{ name: 'P', value: '1' }] }
      ]
    },
    latestRevisionName: `${APP}--v1`,
    latestReadyRevisionName: `${APP}--v1`,
    ...over
  };
}

function input(over: Partial<PlanInput> & { settings?: Record<string, string>; remove?: string[]; steps?: number[] } = {}): PlanInput {
  const values: Record<string, string> = { target: 'containerapp', registry: 'acr.io', 'app-name': APP, 'resource-group': 'rg' };
  const cfg = readConfig(
    (n) => values[n] ?? '',
    () => undefined
  );
  return {
    config: {
      ...cfg.functionapp,
      appSettings: Object.entries(over.settings ?? {}).map(([name, value]) => ({ name, value })),
      removeAppSettings: over.remove ?? []
    },
    containerapp: { trafficSteps: over.steps ?? [100] },
    intent: { kind: 'deploy' },
    state: { resourceGroup: 'rg', app: app(), defaultDomain: 'happy.westeurope.azurecontainerapps.io', revisions: [`${APP}--v1`] },
    image: NEW,
    registry: 'acr.io',
    ...over
  };
}

describe('env and secrets merge', () => {
  test.each([
    ['a plain value is added as env', { NEW_ONE: 'x' }, [], { added: ['NEW_ONE'], changed: [], removed: [] }, { added: [], changed: [] }],
    ['a changed plain value', { FEATURE_X: 'off' }, [], { added: [], changed: ['FEATURE_X'], removed: [] }, { added: [], changed: [] }],
    ['an unchanged value is no change', { FEATURE_X: 'on' }, [], { added: [], changed: [], removed: [] }, { added: [], changed: [] }],
    [
      'a secret-looking value becomes a secret',
      { API_KEY: 'k3y-9f8e7d6c5b4a3f2e' },
      [],
      { added: ['API_KEY'], changed: [], removed: [] },
      { added: ['api-key'], changed: [] }
    ],
    [
      'a new value of a secret-referenced var rewrites that secret',
      { AzureWebJobsStorage: 'DefaultEndpointsProtocol=https;AccountKey=new' },
      [],
      { added: [], changed: ['AzureWebJobsStorage'], removed: [] },
      { added: [], changed: ['storage-conn'] }
    ],
    ['removal', {}, ['FEATURE_X', 'NOT_THERE'], { added: [], changed: [], removed: ['FEATURE_X'] }, { added: [], changed: [] }]
  ])('%s', (_n, settings, remove, diff, secretDiff) => {
    const a = app();
    const m = mergeEnv(
      a.template!.containers![0].env!,
      a.configuration!.secrets!,
      Object.entries(settings).map(([name, value]) => ({ name, value })),
      remove
    );
    expect(m.diff).toEqual(diff);
    expect(m.secretDiff).toEqual(secretDiff);
    // Nothing not named is lost.
    for (const e of a.template!.containers![0].env!) if (!(remove as string[]).includes(e.name)) expect(m.env.map((x) => x.name)).toContain(e.name);
    expect(m.secrets.map((s) => s.name)).toContain('storage-conn');
    for (const e of m.env) if (e.secretRef) expect(e.value).toBeUndefined();
  });

  test.each([
    ['API_KEY', 'api-key'],
    ['AzureWebJobs__Storage', 'azurewebjobs-storage'],
    ['_x.Y_', 'x.y'],
    ['___', 'setting']
  ])('secret name of %s is %s', (n, s) => expect(secretNameFor(n)).toBe(s));
});

describe('traffic', () => {
  const t = (revisionName: string, weight: number, label?: string) => ({ revisionName, weight, ...(label ? { label } : {}) });
  test('latestRevision is pinned to the latest ready revision', () => {
    expect(pinTraffic([{ latestRevision: true, weight: 100 }], 'a--1')).toEqual([t('a--1', 100)]);
    expect(() => pinTraffic([{ latestRevision: true, weight: 100 }], undefined)).toThrow(/no ready revision/);
  });
  test('a label moves to the new revision at 0 %, production untouched', () => {
    expect(withLabel([t('a--1', 100), t('a--old', 0, 'pr-7')], 'a--2', 'pr-7')).toEqual([t('a--1', 100), t('a--2', 0, 'pr-7')]);
  });
  test.each([
    [[t('a--1', 100), t('a--2', 0, 'staging')], 10, [t('a--1', 90), t('a--2', 10, 'staging')]],
    [[t('a--1', 90), t('a--2', 10, 'staging')], 50, [t('a--1', 50), t('a--2', 50, 'staging')]],
    [[t('a--1', 50), t('a--2', 50, 'staging')], 100, [t('a--2', 100, 'staging')]],
    [[t('a--1', 60), t('a--0', 40), t('a--p', 0, 'pr-3')], 50, [t('a--1', 30), t('a--0', 20), t('a--p', 0, 'pr-3'), t('a--2', 50)]],
    [[t('a--1', 100, 'blue')], 100, [t('a--1', 0, 'blue'), t('a--2', 100)]]
  ])('shift %j by %i', (before, p, after) => {
    const out = shiftTraffic(before, 'a--2', p);
    expect(out).toEqual(after);
    expect(out.reduce((s, x) => s + (x.weight ?? 0), 0)).toBe(100);
  });
  test('teardown takes the label out; its revision is deactivated when nothing routes to it', () => {
    const a = app({ configuration: { ingress: { traffic: [t(`${APP}--v1`, 100), t(`${APP}--p`, 0, 'pr-3')] } } });
    expect(planTeardown(a, 'pr-3')).toEqual({ traffic: [t(`${APP}--v1`, 100)], revision: `${APP}--p` });
    expect(planTeardown(a, 'pr-4')).toBeUndefined();
  });
});

describe('revision suffix', () => {
  test('deterministic, from the digest, with a discriminator when taken', () => {
    const s = revisionSuffix(APP, NEW, { x: 1 }, []);
    expect(s).toMatch(/^dddddddddd-[0-9a-f]{4}$/);
    expect(revisionSuffix(APP, NEW, { x: 1 }, [])).toBe(s);
    expect(revisionSuffix(APP, NEW, { x: 2 }, [])).not.toBe(s);
    expect(revisionSuffix(APP, NEW, { x: 1 }, [`${APP}--${s}`])).toBe(`${s}-2`);
  });
});

describe('planDeploy', () => {
  test('push in multiple mode: a new revision, production pinned, then 100 % to it; the sidecar and everything else kept', () => {
    const p = planDeploy(input({ settings: { FEATURE_Y: 'y' } }));
    expect(p.revisionCreated).toBe(true);
    expect(p.revision).toMatch(new RegExp(`^${APP}--dddddddddd-`));
    expect(p.after!.template!.containers![1]).toEqual(app().template!.containers![1]);
    expect(p.after!.template!.containers![0].env!.map((e) => e.name)).toEqual(['FEATURE_X', 'AzureWebJobsStorage', 'FEATURE_Y']);
    expect(p.after!.configuration!.secrets).toEqual(app().configuration!.secrets);
    expect(p.after!.configuration!.ingress!.traffic).toEqual([{ revisionName: `${APP}--v1`, weight: 100 }]);
    expect(p.trafficSteps.map((s) => s.traffic)).toEqual([[{ revisionName: p.revision, weight: 100 }]]);
  });

  test('same digest and env: nothing to write, no new revision', () => {
    const p = planDeploy(input({ image: OLD }));
    expect(p.after).toBeUndefined();
    expect(p.revisionCreated).toBe(false);
    expect(p.revision).toBe(`${APP}--v1`);
    expect(p.trafficSteps).toEqual([]);
  });

  test('preview: label pr-N at 0 % with its URL; production traffic untouched; no traffic steps', () => {
    const p = planDeploy(input({ intent: { kind: 'preview', pr: 7 } }));
    expect(p.after!.configuration!.ingress!.traffic).toEqual([
      { revisionName: `${APP}--v1`, weight: 100 },
      { revisionName: p.revision, weight: 0, label: 'pr-7' }
    ]);
    expect(p.trafficSteps).toEqual([]);
    expect(p.labelHost).toBe(`${APP}---pr-7.happy.westeurope.azurecontainerapps.io`);
  });

  test('synchronize: the label moves to the new revision; the one it leaves is retired', () => {
    const a = app({
      configuration: {
        ...app().configuration,
        ingress: {
          traffic: [
            { revisionName: `${APP}--v1`, weight: 100 },
            { revisionName: `${APP}--p1`, weight: 0, label: 'pr-7' }
          ]
        }
      }
    });
    const p = planDeploy(input({ intent: { kind: 'preview', pr: 7 }, state: { resourceGroup: 'rg', app: a, revisions: [`${APP}--v1`, `${APP}--p1`] } }));
    expect(p.retire).toBe(`${APP}--p1`);
    expect(planDeploy(input({ intent: { kind: 'preview', pr: 8 } })).retire).toBeUndefined();
  });

  test('only a secret value changed: no new revision, the configuration written, the revision restarted', () => {
    const p = planDeploy(input({ image: OLD, settings: { AzureWebJobsStorage: 'DefaultEndpointsProtocol=https;AccountKey=rotated' } }));
    expect(p.revisionCreated).toBe(false);
    expect(p.after).toBeDefined();
    expect(p.after!.template).toEqual(app().template);
    expect(p.secrets.changed).toEqual(['storage-conn']);
    expect(p.restart).toBe(true);
  });

  test('release in steps: staging at 0 %, then 10, 50, 100', () => {
    const p = planDeploy(input({ intent: { kind: 'release', gitTag: 'v1.2.3', prerelease: false }, steps: [10, 50, 100] }));
    expect(p.trafficSteps.map((s) => s.percent)).toEqual([10, 50, 100]);
    expect(p.trafficSteps[0].traffic).toEqual([
      { revisionName: `${APP}--v1`, weight: 90 },
      { revisionName: p.revision, weight: 10, label: 'staging' }
    ]);
  });

  test.each([
    ['kind other than functionapp', { state: { resourceGroup: 'rg', app: app({ kind: 'containerapp' }), revisions: [] } }, /not functionapp/],
    [
      'preview in single mode',
      { intent: { kind: 'preview', pr: 3 } as const, state: { resourceGroup: 'rg', app: app({}, 'Single'), revisions: [] } },
      /single-revision mode/
    ],
    [
      'traffic steps in single mode',
      { steps: [10, 100], state: { resourceGroup: 'rg', app: app({}, 'Single'), revisions: [] } },
      /needs multiple-revision mode/
    ]
  ])('refused: %s', (_n, over, re) => {
    expect(() => planDeploy(input(over as never))).toThrow(re);
  });

  test('registry pull by a user-assigned identity that is not assigned is refused; by system when it exists', () => {
    expect(() => planDeploy(input({ config: { ...input().config, registryPull: 'managed-identity', pullIdentityClientId: 'nope' } }))).toThrow(
      /No user-assigned identity/
    );
    const sys = app({ identity: { type: 'SystemAssigned' } });
    const p = planDeploy(input({ config: { ...input().config, registryPull: 'managed-identity' }, state: { resourceGroup: 'rg', app: sys, revisions: [] } }));
    expect(p.after!.configuration!.registries).toEqual([{ server: 'acr.io', identity: 'system' }]);
  });

  test('registry pull by credentials: a secret holds the password, referenced by passwordSecretRef', () => {
    const p = planDeploy(
      input({ config: { ...input().config, registryPull: 'credentials' }, registryCredential: { username: 'u', password: 'Pa55-word-xyz', durable: true } })
    );
    expect(p.after!.configuration!.registries).toEqual([{ server: 'acr.io', username: 'u', passwordSecretRef: 'registry-password-acr.io' }]);
    expect(p.after!.configuration!.secrets).toContainEqual({ name: 'registry-password-acr.io', value: 'Pa55-word-xyz' });
    expect(JSON.stringify(p.trafficBefore)).not.toContain('Pa55');
  });
});

describe('config', () => {
  const read = (v: Record<string, string>) =>
    readConfig(
      (n) => ({ target: 'containerapp', registry: 'acr.io', 'app-name': APP, 'resource-group': 'rg', ...v })[n] ?? '',
      () => undefined
    );
  test.each([
    ['', [100]],
    ['10,50,100', [10, 50, 100]],
    ['25%\n100', [25, 100]]
  ])('traffic-steps %j', (v, steps) => expect(read({ 'traffic-steps': v }).containerapp.trafficSteps).toEqual(steps));
  test.each(['10,5,100', '10,50', '0,100', 'x'])('traffic-steps %j refused', (v) => expect(() => read({ 'traffic-steps': v })).toThrow(/traffic-steps/));
  test('resource-group is required; app inputs shared with functionapp give no warning', () => {
    expect(() => read({ 'resource-group': '' })).toThrow(/resource-group/);
    expect(read({ 'remove-app-settings': 'X', 'pull-identity-client-id': '44444444-4444-4444-4444-444444444444' }).warnings).toEqual([]);
    expect(read({ slot: 'staging' }).warnings).toContain('slot has no effect with target: containerapp.');
  });
});
