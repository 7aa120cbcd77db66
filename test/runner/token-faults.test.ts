/**
 * Transient failures of the token endpoints, with the bundled action run as the runner runs it:
 * the GitHub OIDC endpoint answering 5xx is retried with bounded backoff like every other 5xx,
 * and an Entra token endpoint answering an HTML error page is reported as that call (the Entra
 * token request to the authority), with the status and the first line of what came back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import { startGitHubOidc, type GitHubOidc } from '../emulators/github-oidc.js';
import { startEntra, FEDERATED_AUDIENCE, type Entra } from '../emulators/azure/entra.js';
import { startAcr, type Acr } from '../emulators/azure/acr.js';

const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const FEDERATED = '20000000-0000-0000-0000-000000000011';
const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';
const run_id = Date.now().toString(36);

let oidc: GitHubOidc;
let entra: Entra;
let acr: Acr;

beforeAll(async () => {
  oidc = await startGitHubOidc({ subject: 'repo:Codertocat/Hello-World:ref:refs/heads/master' });
  entra = await startEntra({
    trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: FEDERATED_AUDIENCE }],
    clients: [{ tenantId: TENANT, clientId: FEDERATED, federated: true }]
  });
  acr = await startAcr({ entra: { authorityHost: entra.authorityHost, key: entra.key }, acrPushAllowed: () => true });
}, 60_000);

afterEach(() => {
  oidc.faults.length = 0;
  entra.faults.length = 0;
});

afterAll(async () => {
  await acr?.close();
  await entra?.close();
  await oidc?.close();
});

const inputs = (repository: string) => ({
  target: 'functionapp',
  mode: 'build',
  registry: acr.registry,
  repository,
  context: 'examples/functions-app',
  'build-args': `BASE_IMAGE=${BASE}`,
  'registry-auth': 'entra',
  auth: 'oidc',
  'client-id': FEDERATED,
  'tenant-id': TENANT,
  'authority-host': entra.authorityHost,
  'arm-endpoint': entra.authorityHost
});

const idTokenCalls = () => oidc.requests.filter((r) => r.path.endsWith('/idtoken'));
const errorLine = (run: ActionRun) => run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';

describe('GitHub OIDC token endpoint answering 5xx', () => {
  test('a 500 and a 502 page are retried with backoff, then the run goes on', async () => {
    const before = idTokenCalls().length;
    oidc.faults.push({ status: 500, body: JSON.stringify({ message: 'Internal server error' }), contentType: 'application/json' }, { status: 502 });
    const run = await runAction({ inputs: inputs(`tf-${run_id}/oidc-retry`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    const calls = idTokenCalls().slice(before);
    expect(calls.slice(0, 2).map((c) => c.status)).toEqual([500, 502]);
    expect(calls.some((c) => c.status === 200)).toBe(true);
    expect(run.stdout).toMatch(/::warning::The GitHub ID token request answered 500 .*retrying in \d+ ms/);
    expect(
      leaks(
        run,
        entra.issuedTokens.map((t) => t.token)
      )
    ).toEqual([]);
  }, 300_000);

  test('a 500 that persists fails after a bounded number of attempts, naming the endpoint and the status', async () => {
    const before = idTokenCalls().length;
    for (let i = 0; i < 30; i++) oidc.faults.push({ status: 500, body: JSON.stringify({ message: 'Internal server error' }), contentType: 'application/json' });
    const started = Date.now();
    const run = await runAction({ inputs: inputs(`tf-${run_id}/oidc-down`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    expect(run.code).toBe(1);
    const calls = idTokenCalls().slice(before);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(errorLine(run)).toMatch(
      /^::error::No token for \S+ \(oidc\): Could not get a GitHub ID token for audience api:\/\/AzureADTokenExchange \(4 attempts\): the runner's token endpoint answered HTTP 500: Internal server error%0AHint: GitHub's token service failed/
    );
    expect(errorLine(run)).not.toMatch(/id-token: write/); // not a permission problem
    expect(run.stdout).not.toContain('[command]docker build');
  }, 300_000);
});

describe('Entra token endpoint answering an HTML 503 page', () => {
  test('the error names the Entra token request to the authority, the status and the first line of the page — not "network_error"', async () => {
    for (let i = 0; i < 30; i++) entra.faults.push({ status: 503 });
    const run = await runAction({ inputs: inputs(`tf-${run_id}/entra-down`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    expect(run.code).toBe(1);
    const line = errorLine(run);
    expect(line).toContain(`Entra token request to ${entra.authorityHost}`);
    expect(line).toContain('answered HTTP 503 with no token, but: <!DOCTYPE html>%0AHint: Entra ID (or a proxy in front of it) is failing');
    expect(line).not.toMatch(/network_error/);
  }, 300_000);
});
