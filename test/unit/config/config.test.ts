import { describe, expect, test } from '@jest/globals';
import { readConfig } from '../../../src/config/config.js';
import { InputError } from '../../../src/util/errors.js';

const SECRET = 'S3cr3t-planted-value-0042';
const base = { target: 'functionapp', registry: 'contoso.azurecr.io', 'app-name': 'func-app-1' };

function parse(values: Record<string, string>) {
  const masked: string[] = [];
  const config = readConfig(
    (n) => values[n] ?? '',
    (v) => masked.push(v)
  );
  return { config, masked };
}

function failure(values: Record<string, string>): InputError {
  try {
    parse(values);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

// [row name, inputs (over base), input named in the error, text in the message or hint]
const BAD: Array<[string, Record<string, string>, string, RegExp]> = [
  ['target missing', { target: '' }, 'target', /required.*functionapp, aks/s],
  ['target unknown', { target: 'webapp' }, 'target', /"webapp".*Accepted: functionapp, aks/s],
  ['mode unknown', { mode: 'yolo' }, 'mode', /Accepted: deploy, plan, render, teardown, build/],
  ['registry missing', { registry: '' }, 'registry', /required/],
  ['registry with scheme', { registry: 'https://contoso.azurecr.io' }, 'registry', /scheme.*contoso\.azurecr\.io/s],
  ['registry with path', { registry: 'contoso.azurecr.io/team' }, 'registry', /not a registry host/],
  ['registry upper-case', { registry: 'Contoso.azurecr.io' }, 'registry', /lower-case/],
  ['repository upper-case', { repository: 'Team/App' }, 'repository', /lower-case/],
  ['repository trailing slash', { repository: 'team/' }, 'repository', /not a valid repository/],
  ['image without registry', { image: 'app:1.0' }, 'image', /does not name its registry/],
  ['image bad digest', { image: 'r.azurecr.io/app@sha256:abc' }, 'image', /invalid digest/],
  ['image without tag or digest', { image: 'r.azurecr.io/app' }, 'image', /neither a tag nor a digest/],
  ['build-args line without =', { 'build-args': `${SECRET}` }, 'build-args', /line 1 is not KEY=VALUE/],
  ['build-args bad name', { 'build-args': `1BAD=${SECRET}` }, 'build-args', /"1BAD" is not a valid name/],
  ['build-args unclosed quote', { 'build-args': `A="${SECRET}` }, 'build-args', /not closed/],
  ['build-secrets bad id', { 'build-secrets': `bad id=${SECRET}` }, 'build-secrets', /not a valid name/],
  ['platforms bad', { platforms: 'amd64' }, 'platforms', /os\/arch/],
  ['network with a space', { network: 'my net' }, 'network', /default, host, none/],
  ['build-target with a space', { 'build-target': 'my stage' }, 'build-target', /Dockerfile stage/],
  ['build-target starting with a digit', { 'build-target': '1st' }, 'build-target', /a letter, then/],
  ['tags invalid', { tags: 'ok,-bad' }, 'tags', /"-bad" is not a valid tag/],
  ['labels bad key', { labels: '=x' }, 'labels', /not KEY=VALUE/],
  ['cache not boolean', { cache: 'yes' }, 'cache', /not a boolean.*true or false/s],
  ['auth unknown', { auth: 'kerberos' }, 'auth', /auto, oidc, secret, azure-cli/],
  ['oidc without client-id', { auth: 'oidc', 'tenant-id': 'contoso.onmicrosoft.com' }, 'auth', /needs client-id and tenant-id/],
  [
    'secret without client-secret',
    { auth: 'secret', 'client-id': '11111111-1111-1111-1111-111111111111', 'tenant-id': '22222222-2222-2222-2222-222222222222' },
    'auth',
    /client-secret/
  ],
  ['client-id not a GUID', { 'client-id': 'my-app' }, 'client-id', /GUID/],
  ['tenant-id junk', { 'tenant-id': 'not a tenant' }, 'tenant-id', /tenant GUID or its domain/],
  ['azure-environment unknown', { 'azure-environment': 'Mars' }, 'azure-environment', /AzureCloud, AzureChinaCloud, AzureUSGovernment/],
  ['arm-endpoint not https', { 'arm-endpoint': 'http://127.0.0.1:8443' }, 'arm-endpoint', /https:\/\//],
  ['registry-auth unknown', { 'registry-auth': 'basic' }, 'registry-auth', /auto, entra, admin, password, none/],
  ['password mode without password', { 'registry-auth': 'password', 'registry-username': 'u' }, 'registry-auth', /registry-password/],
  ['username without password', { 'registry-username': 'u' }, 'registry-password', /Set both/],
  ['password without username', { 'registry-password': SECRET }, 'registry-username', /Set both/],
  [
    'registry-auth admin for a non-ACR registry',
    { registry: 'ghcr.io', 'registry-auth': 'admin', 'subscription-id': '33333333-3333-3333-3333-333333333333' },
    'registry-auth',
    /not an ACR login server/
  ],
  ['registry-auth entra for Docker Hub', { registry: 'docker.io', 'registry-auth': 'entra' }, 'registry-auth', /azurecr\.io/],
  ['registry-auth admin without subscription', { 'registry-auth': 'admin' }, 'subscription-id', /required/],
  ['auth secret without client-id', { auth: 'secret', 'client-secret': SECRET }, 'auth', /client-id, tenant-id and client-secret/],
  ['app-name missing for functionapp', { 'app-name': '' }, 'app-name', /required with target: functionapp/],
  ['app-name with underscore', { 'app-name': 'my_app' }, 'app-name', /hyphens/],
  ['slot with spaces', { slot: 'pr 1' }, 'slot', /letters, digits and hyphens/],
  ['app-settings colon name', { 'app-settings': `Values:Key=${SECRET}` }, 'app-settings', /use __ instead of :/],
  ['app-settings JSON nested', { 'app-settings': `{"A":{"b":"${SECRET}"}}` }, 'app-settings', /object or list/],
  ['app-settings JSON junk', { 'app-settings': `{"A": "${SECRET}"` }, 'app-settings', /neither valid JSON nor valid YAML/],
  ['remove-app-settings overlaps', { 'app-settings': 'A=1', 'remove-app-settings': 'A' }, 'remove-app-settings', /either set or removed/],
  ['registry-pull unknown', { 'registry-pull': 'anonymous' }, 'registry-pull', /auto, managed-identity, credentials/],
  [
    'pull identity with credentials',
    { 'registry-pull': 'credentials', 'pull-identity-client-id': '11111111-1111-1111-1111-111111111111' },
    'pull-identity-client-id',
    /managed-identity/
  ],
  ['swap not boolean', { swap: 'maybe' }, 'swap', /not a boolean/],
  ['health-path without slash', { 'health-path': 'api/health' }, 'health-path', /starting with \//],
  ['cluster-name alone', { target: 'aks', 'cluster-name': 'aks1' }, 'cluster-resource-group', /together/],
  ['namespace upper-case', { target: 'aks', namespace: 'Prod' }, 'namespace', /DNS-1123/],
  ['name too long', { target: 'aks', name: 'a'.repeat(41) }, 'name', /at most 40/],
  ['keda workload identity without id', { target: 'aks', 'keda-auth': 'workload-identity' }, 'workload-identity-client-id', /required/],
  ['min-replicas negative', { target: 'aks', 'min-replicas': '-1' }, 'min-replicas', /out of range/],
  ['max-replicas not a number', { target: 'aks', 'max-replicas': 'ten' }, 'max-replicas', /not a whole number/],
  ['min above max', { target: 'aks', 'min-replicas': '5', 'max-replicas': '2' }, 'min-replicas', /≤ max-replicas/],
  ['polling-interval junk', { target: 'aks', 'polling-interval': '30 seconds' }, 'polling-interval', /not a duration/],
  ['timer-scaling unknown', { target: 'aks', 'timer-scaling': 'always' }, 'timer-scaling', /error, cron/],
  ['timer-window too short', { target: 'aks', 'timer-window': '10s' }, 'timer-window', /shorter than/],
  ['unscaled-replicas zero', { target: 'aks', 'unscaled-replicas': '0' }, 'unscaled-replicas', /out of range/],
  ['service-type unknown', { target: 'aks', 'service-type': 'NodePort' }, 'service-type', /LoadBalancer, ClusterIP, none/],
  ['keda-http without service', { target: 'aks', 'http-scale': 'keda-http', 'service-type': 'none' }, 'http-scale', /ClusterIP/],
  ['deployment-environment with a quote', { 'deployment-environment': 'prod"x' }, 'deployment-environment', /GitHub environment name/],
  ['timeout junk', { timeout: '10 minutes' }, 'timeout', /90s, 10m, 1h30m/],
  ['timeout too long', { timeout: '7h' }, 'timeout', /longer than/],
  ['render for functionapp', { mode: 'render' }, 'mode', /target: aks/],
  ['swap for aks', { target: 'aks', swap: 'true' }, 'swap', /functionapp/],
  ['build-arg name reserved for the docker CLI', { 'build-args': `DOCKER_HOST=${SECRET}` }, 'build-args', /reserved/]
];

describe('invalid inputs fail before any side effect, naming the input and the accepted forms', () => {
  test.each(BAD)('%s', (_name, inputs, input, pattern) => {
    const err = failure({ ...base, ...inputs });
    expect(err.input).toBe(input);
    expect(`${err.message}\n${err.hint ?? ''}`).toMatch(pattern);
    expect(`${err.message}\n${err.hint ?? ''}`).not.toContain(SECRET);
  });

  test('there are at least 25 rows', () => expect(BAD.length).toBeGreaterThanOrEqual(25));
});

describe('valid inputs', () => {
  test('a full functionapp config', () => {
    const { config } = parse({
      ...base,
      mode: 'Plan',
      tags: 'extra-1, extra-2\n# comment\nextra-3',
      platforms: 'linux/amd64',
      'build-args': 'A=1\n# comment\nB="two words"\nC=x=y',
      'app-settings': '{"FOO": "bar", "N": 3, "FLAG": true}',
      'slot-settings': 'FOO',
      timeout: '1h30m',
      'azure-environment': 'azurechinacloud',
      cache: 'False'
    });
    expect(config.mode).toBe('plan');
    expect(config.image.extraTags).toEqual(['extra-1', 'extra-2', 'extra-3']);
    expect(config.image.buildArgs).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'x=y']
    ]);
    expect(config.functionapp.appSettings).toEqual([
      { name: 'FOO', value: 'bar' },
      { name: 'N', value: '3' },
      { name: 'FLAG', value: 'true' }
    ]);
    expect(config.timeoutMs).toBe(5_400_000);
    expect(config.azure.environment).toBe('AzureChinaCloud');
    expect(config.image.cache).toBe(false);
  });

  test('defaults', () => {
    const { config } = parse({ target: 'aks', registry: '127.0.0.1:5000' });
    expect(config.mode).toBeUndefined();
    expect(config.image).toMatchObject({ context: '.', platforms: ['linux/amd64'], cache: true, provenance: false });
    expect(config.aks).toMatchObject({ kedaAuth: 'connection-string', serviceType: 'LoadBalancer', httpScale: 'none', prune: true, virtualNodes: false });
    expect(config.timeoutMs).toBe(600_000);
    expect(config.registryAuth.mode).toBe('auto');
  });

  test('mode build needs no app-name', () => {
    expect(parse({ target: 'functionapp', registry: 'r.azurecr.io', mode: 'build' }).config.mode).toBe('build');
  });

  test('secret inputs are masked the moment they are read', () => {
    const { masked } = parse({
      ...base,
      'registry-username': 'u',
      'registry-password': SECRET,
      'client-secret': `${SECRET}-cs`,
      'build-args': `TOKENISH=${SECRET}-ba`,
      'build-secrets': `npm=${SECRET}-bs`,
      'app-settings': `DB=${SECRET}-as\nPLAIN=true`,
      'github-token': `${SECRET}-gh`
    });
    for (const v of [SECRET, `${SECRET}-cs`, `${SECRET}-ba`, `${SECRET}-bs`, `${SECRET}-as`, `${SECRET}-gh`]) expect(masked).toContain(v);
    expect(masked).not.toContain('true');
  });

  test('a build arg that looks secret is a warning', () => {
    expect(parse({ ...base, 'build-args': 'NPM_TOKEN=x' }).config.warnings.join('\n')).toMatch(/NPM_TOKEN.*build-secrets/);
  });

  test('az CLI settings list with slotSetting makes the name sticky', () => {
    const { config } = parse({ ...base, 'app-settings': '[{"name":"A","value":"1","slotSetting":true},{"name":"B","value":"2","slotSetting":false}]' });
    expect(config.functionapp.slotSettings).toEqual(['A']);
  });

  test('inputs of the other target are warned about, not refused', () => {
    expect(parse({ ...base, namespace: 'prod' }).config.warnings).toContain('namespace has no effect with target: functionapp.');
  });
});

describe('fork pull requests: secrets arrive empty', () => {
  // In a fork PR every secrets.* is empty. Nothing is pushed or deployed then, so what only a push
  // or a deploy needs is not validated (issue 10, item 8) — for both targets.
  const fork = (values: Record<string, string>) =>
    readConfig(
      (n) => values[n] ?? '',
      () => undefined,
      { forkPullRequest: true }
    );
  test.each([
    ['aks, registry-auth password', { target: 'aks', registry: 'contoso.azurecr.io', 'registry-auth': 'password' }],
    ['functionapp, registry-auth password', { ...base, 'registry-auth': 'password' }],
    [
      'functionapp, auth secret without client-secret',
      { ...base, auth: 'secret', 'client-id': '00000000-0000-0000-0000-000000000001', 'tenant-id': '00000000-0000-0000-0000-000000000002' }
    ],
    [
      'aks, auth secret without client-secret',
      {
        target: 'aks',
        registry: 'contoso.azurecr.io',
        auth: 'secret',
        'client-id': '00000000-0000-0000-0000-000000000001',
        'tenant-id': '00000000-0000-0000-0000-000000000002'
      }
    ]
  ])('%s: accepted in a fork, refused otherwise', (_name, values) => {
    expect(() => fork(values)).not.toThrow();
    expect(() => parse(values)).toThrow(InputError);
  });

  test('what a fork run still uses is validated (a bad registry is refused)', () => {
    expect(() => fork({ target: 'aks', registry: 'https://contoso.azurecr.io', 'registry-auth': 'password' })).toThrow(/scheme/);
  });
});

describe('health-path with target aks', () => {
  // The pods' startup, readiness and liveness probes call health-path (render.ts), so the config
  // must not say it has no effect (issue 10, item 9).
  test('accepted without a "has no effect" warning, and handed to the probes', () => {
    const { config } = parse({ target: 'aks', registry: 'contoso.azurecr.io', 'health-path': '/api/health' });
    expect(config.warnings.filter((w) => /health-path/.test(w))).toEqual([]);
    expect(config.functionapp.healthPath).toBe('/api/health');
  });
});

describe('build-target', () => {
  test.each([
    ['unset: the last stage', {}, undefined],
    ['a stage name', { 'build-target': 'runtime' }, 'runtime'],
    ['with . _ - and capitals', { 'build-target': ' Func_Runtime-2.x ' }, 'Func_Runtime-2.x']
  ])('%s', (_n, values, expected) => {
    expect(parse({ ...base, ...values }).config.image.buildTarget).toBe(expected);
  });

  test('ignored with a prebuilt image, and said so', () => {
    const { config } = parse({ ...base, image: 'contoso.azurecr.io/app:1.0', 'build-target': 'runtime' });
    expect(config.warnings).toContain('build-target is ignored: image is set, so nothing is built.');
  });
});

describe('cleanup inputs', () => {
  const cfg = (v: Record<string, string>) => parse({ ...base, ...v }).config;
  test('cleanup: true alone is mode cleanup; max-preview-age in days or hours', () => {
    expect(cfg({ cleanup: 'true' })).toMatchObject({ mode: 'cleanup', cleanup: {} });
    expect(cfg({ cleanup: 'true', 'max-preview-age': '7d' }).cleanup).toEqual({ maxAgeMs: 7 * 86_400_000 });
    expect(cfg({ mode: 'cleanup', 'max-preview-age': '72h' })).toMatchObject({ mode: 'cleanup', cleanup: { maxAgeMs: 72 * 3_600_000 } });
  });
  test('mode plan with cleanup: true lists (a plan of the cleanup); without cleanup it is an ordinary plan', () => {
    expect(cfg({ mode: 'plan', cleanup: 'true' })).toMatchObject({ mode: 'plan', cleanup: {} });
    expect(cfg({ mode: 'plan' }).cleanup).toBeUndefined();
    expect(cfg({}).cleanup).toBeUndefined();
  });
  test.each(['deploy', 'render', 'teardown', 'build'])('cleanup: true with mode %s is an input error', (mode) => {
    const e = failure({ ...base, target: mode === 'render' ? 'aks' : 'functionapp', mode, cleanup: 'true' });
    expect(e.input).toBe('cleanup');
    expect(e.message).toContain(`mode is ${mode}`);
  });
  test('max-preview-age: not a duration, or under an hour, is refused; without a cleanup it warns', () => {
    expect(failure({ ...base, cleanup: 'true', 'max-preview-age': 'a week' }).input).toBe('max-preview-age');
    expect(failure({ ...base, cleanup: 'true', 'max-preview-age': '10m' }).message).toMatch(/shorter than/);
    expect(cfg({ 'max-preview-age': '7d' }).warnings).toContain('max-preview-age has no effect without mode: cleanup (or cleanup: true).');
  });
  test('preview-evict-closed: a boolean, default false', () => {
    expect(cfg({}).functionapp.previewEvictClosed).toBe(false);
    expect(cfg({ 'preview-evict-closed': 'true' }).functionapp.previewEvictClosed).toBe(true);
    expect(failure({ ...base, 'preview-evict-closed': 'yes' }).input).toBe('preview-evict-closed');
  });
});
