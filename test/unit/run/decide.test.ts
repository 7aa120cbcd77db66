/**
 * decideRun: what a run builds, pushes, logs in to, deploys, and with which Azure credential, for
 * each event, mode, target and registry setup, before any side effect. One row per case.
 */
import { describe, expect, test } from '@jest/globals';
import { readConfig } from '../../../src/config/config.js';
import { decideIntent } from '../../../src/github/intent.js';
import { decideRun, eventNotice, type RunDecision } from '../../../src/run/decide.js';
import { contextOf, pullRequestEvent, pushEvent, releaseEvent, type Scenario } from '../../support/events.js';
import { InputError } from '../../../src/util/errors.js';

const SUB = '33333333-3333-3333-3333-333333333333';
const CLIENT = '11111111-1111-1111-1111-111111111111';
const TENANT = '22222222-2222-2222-2222-222222222222';
const DIGEST = 'sha256:' + 'd'.repeat(64);
const fa = {
  target: 'functionapp',
  registry: 'contoso.azurecr.io',
  'app-name': 'func-orders',
  'subscription-id': SUB,
  'client-id': CLIENT,
  'tenant-id': TENANT
};
const aks = { target: 'aks', registry: 'contoso.azurecr.io', 'client-id': CLIENT, 'tenant-id': TENANT };
const local = { target: 'aks', registry: '127.0.0.1:5000' };

function decide(inputs: Record<string, string>, s: Scenario, idToken = true): RunDecision {
  const event = decideIntent(contextOf(s));
  const config = readConfig(
    (n) => inputs[n] ?? '',
    () => undefined,
    { forkPullRequest: event.intent.kind === 'fork-pr' }
  );
  return decideRun(config, { ...event, commitTime: '2026-01-01T00:00:00Z', knownVersions: [] }, { idTokenAvailable: idToken });
}

/** The decision in one line per concern. */
function shape(d: RunDecision) {
  return {
    mode: d.mode,
    build: d.image.build,
    push: d.image.push,
    login: d.login,
    credential: d.credential.kind,
    azure: d.azure?.kind ?? '-',
    target: d.target ? `${d.target.name}:${d.target.mode}` : '-'
  };
}

const push = pushEvent('refs/heads/master');
type Row = [string, Record<string, string>, Scenario, ReturnType<typeof shape>, boolean?];
const ca = { ...fa, target: 'containerapp', 'resource-group': 'rg-orders' };
const ROWS: Row[] = [
  [
    'containerapp push: build, push, Entra login to ACR, OIDC, deploy',
    ca,
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'containerapp:deploy' }
  ],
  [
    'containerapp fork pull request: built only, nothing pushed or deployed, no Azure',
    ca,
    pullRequestEvent('opened', { fork: true }),
    { mode: 'deploy', build: true, push: false, login: false, credential: 'none', azure: '-', target: '-' }
  ],
  [
    'containerapp pull by credentials on a closed pull request: teardown needs no registry credential',
    { ...ca, 'registry-pull': 'credentials', 'registry-auth': 'password', 'registry-username': 'u', 'registry-password': 'p-Secret-123' },
    pullRequestEvent('closed'),
    { mode: 'teardown', build: false, push: false, login: false, credential: 'none', azure: 'oidc', target: 'containerapp:teardown' }
  ],
  [
    'functionapp push: build, push, Entra login to ACR, OIDC, deploy',
    fa,
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'functionapp:deploy' }
  ],
  [
    'functionapp plan: nothing built or pushed, no login; Azure to read the app',
    { ...fa, mode: 'plan' },
    push,
    { mode: 'plan', build: false, push: false, login: false, credential: 'none', azure: 'oidc', target: 'functionapp:plan' }
  ],
  [
    'functionapp build: build and push only, no target',
    { ...fa, mode: 'build' },
    push,
    { mode: 'build', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: '-' }
  ],
  [
    'functionapp preview of a pull request',
    fa,
    pullRequestEvent('opened'),
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'functionapp:deploy' }
  ],
  [
    'functionapp closed pull request: teardown, nothing built, no login',
    fa,
    pullRequestEvent('closed'),
    { mode: 'teardown', build: false, push: false, login: false, credential: 'none', azure: 'oidc', target: 'functionapp:teardown' }
  ],
  [
    'functionapp fork pull request: built to check it, not pushed, no login, no Azure, no deploy',
    fa,
    pullRequestEvent('opened', { fork: true }),
    { mode: 'deploy', build: true, push: false, login: false, credential: 'none', azure: '-', target: '-' }
  ],
  [
    'aks fork pull request: built, rendered and validated, nothing else',
    aks,
    pullRequestEvent('opened', { fork: true }),
    { mode: 'deploy', build: true, push: false, login: false, credential: 'none', azure: '-', target: 'aks:render' }
  ],
  [
    'aks with KUBECONFIG: Azure only for the registry login',
    aks,
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'aks:deploy' }
  ],
  [
    'aks with a cluster name: Azure for the kubeconfig too',
    { ...aks, 'cluster-name': 'aks1', 'cluster-resource-group': 'rg', 'subscription-id': SUB },
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'aks:deploy' }
  ],
  [
    'aks render to a local registry without credentials: a login is wanted but none is configured, no Azure',
    { ...local, mode: 'render' },
    push,
    { mode: 'render', build: true, push: true, login: true, credential: 'none', azure: '-', target: 'aks:render' }
  ],
  [
    'password login: no Azure needed for the registry',
    { ...local, 'registry-username': 'u', 'registry-password': 'p4ss' },
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'password', azure: '-', target: 'aks:deploy' }
  ],
  [
    'prebuilt image by digest: nothing built, no login',
    { ...local, image: `127.0.0.1:5000/app@${DIGEST}` },
    push,
    { mode: 'deploy', build: false, push: false, login: false, credential: 'none', azure: '-', target: 'aks:deploy' }
  ],
  [
    'prebuilt image by tag: login to read its digest',
    { ...local, image: '127.0.0.1:5000/app:1.0', 'registry-username': 'u', 'registry-password': 'p4ss' },
    push,
    { mode: 'deploy', build: false, push: false, login: true, credential: 'password', azure: '-', target: 'aks:deploy' }
  ],
  [
    'functionapp pulling with credentials: the credential is got even when nothing is pushed',
    { ...fa, mode: 'plan', 'registry-pull': 'credentials' },
    push,
    { mode: 'plan', build: false, push: false, login: false, credential: 'entra', azure: 'oidc', target: 'functionapp:plan' }
  ],
  [
    'no ID token and no secret: the Azure CLI login',
    fa,
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'azure-cli', target: 'functionapp:deploy' },
    false
  ],
  [
    'client secret without an ID token',
    { ...fa, 'client-secret': 'not-a-real-secret' },
    push,
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'secret', target: 'functionapp:deploy' },
    false
  ],
  [
    'release: built, pushed and deployed',
    fa,
    releaseEvent('v1.2.3'),
    { mode: 'deploy', build: true, push: true, login: true, credential: 'entra', azure: 'oidc', target: 'functionapp:deploy' }
  ]
];

describe('decideRun', () => {
  test.each(ROWS)('%s', (_name, inputs, scenario, expected, idToken = true) => {
    expect(shape(decide(inputs, scenario, idToken))).toEqual(expected);
  });

  test("the image plan is the decision's: tags and refs for the event", () => {
    const d = decide(fa, pullRequestEvent('opened'));
    expect(d.image.refs.every((r) => r.startsWith('contoso.azurecr.io/'))).toBe(true);
    expect(d.image.tags).toContain('pr-2');
  });

  test.each([
    ['functionapp without subscription-id', { ...fa, 'subscription-id': '' }, /function app is looked up/],
    ['aks cluster without subscription-id', { ...aks, 'cluster-name': 'aks1', 'cluster-resource-group': 'rg' }, /cluster is looked up/]
  ])('%s: refused before any side effect, naming the input', (_n, inputs, message) => {
    let error: unknown;
    try {
      decide(inputs, push);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('subscription-id');
    expect((error as Error).message).toMatch(message);
  });

  test.each([
    ['attest on a push: attest', { ...fa, attest: 'true' }, push, { attest: true, verify: false }],
    ['attest in mode plan: nothing is pushed, nothing attested', { ...fa, attest: 'true', mode: 'plan' }, push, { attest: false, verify: false }],
    ['verify on a push: verify before the deploy', { ...fa, 'verify-attestation': 'true' }, push, { attest: false, verify: true }],
    ['verify in mode plan: the plan shows it', { ...fa, 'verify-attestation': 'true', mode: 'plan' }, push, { attest: false, verify: true }],
    ['verify in mode build: nothing is deployed', { ...fa, 'verify-attestation': 'true', mode: 'build' }, push, { attest: false, verify: false }],
    [
      'verify on a closed PR (teardown): nothing is deployed',
      { ...fa, 'verify-attestation': 'true' },
      pullRequestEvent('closed'),
      { attest: false, verify: false }
    ]
  ])('supply chain: %s', (_n, inputs, scenario, expected) => {
    expect(decide({ ...inputs, 'github-token': 'ghs_x' }, scenario).supply).toEqual(expected);
  });

  test('attest without an ID token is refused before any side effect, naming the permissions', () => {
    expect(() => decide({ ...fa, attest: 'true', 'github-token': 'ghs_x' }, push, false)).toThrow(
      expect.objectContaining({ input: 'attest', hint: expect.stringMatching(/id-token: write.*attestations: write/) })
    );
  });

  test('attest or verify without a GitHub token is refused', () => {
    expect(() => decide({ ...fa, 'verify-attestation': 'true' }, push)).toThrow(expect.objectContaining({ input: 'github-token' }));
  });

  test('auth: oidc without an ID token is refused, with the permission to add', () => {
    expect(() => decide({ ...fa, auth: 'oidc' }, push, false)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/needs a GitHub ID token/), hint: expect.stringMatching(/id-token: write/) })
    );
  });
});

describe('eventNotice', () => {
  test.each([
    ['push', push, undefined],
    [
      'fork pull request opened: a notice, the run goes on',
      pullRequestEvent('opened', { fork: true }),
      { stop: false, notice: expect.stringMatching(/built to check it, but not pushed/) }
    ],
    [
      'fork pull request closed: a notice, the run ends',
      pullRequestEvent('closed', { fork: true }),
      { stop: true, notice: expect.stringMatching(/nothing to tear down/) }
    ],
    ['a pull request action that does nothing: the run ends', pullRequestEvent('labeled'), { stop: true, notice: expect.stringMatching(/^Nothing to do: /) }]
  ])('%s', (_n, scenario, expected) => {
    expect(eventNotice(decideIntent(contextOf(scenario)).intent)).toEqual(expected);
  });
});
