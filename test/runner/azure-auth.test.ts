/**
 * Runner-contract tests of the Azure identity and registry login modes: the bundled action,
 * run as the runner runs it, against the GitHub OIDC and Entra emulators and the ACR emulator
 * (the real registry with token auth + our token server), with the real docker engine.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction, leaks, type ActionRun } from '../support/runner.js';
import { pushEvent } from '../support/events.js';
import { startGitHubOidc, type GitHubOidc } from '../emulators/github-oidc.js';
import { startEntra, FEDERATED_AUDIENCE, type Entra } from '../emulators/azure/entra.js';
import { startAcr, type Acr } from '../emulators/azure/acr.js';

const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const FEDERATED = '20000000-0000-0000-0000-000000000001';
const WITH_SECRET = '20000000-0000-0000-0000-000000000002';
const NO_PUSH = '20000000-0000-0000-0000-000000000003';
const SECRET = 'Sp-Secret-Value-8c1f7a2b9d';
const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';
const run_id = Date.now().toString(36);

let oidc: GitHubOidc;
let entra: Entra;
let acr: Acr;

beforeAll(async () => {
  oidc = await startGitHubOidc({ lifetimeSeconds: 2, subject: 'repo:Codertocat/Hello-World:ref:refs/heads/master' });
  entra = await startEntra({
    trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: FEDERATED_AUDIENCE }],
    clients: [
      { tenantId: TENANT, clientId: FEDERATED, federated: true },
      { tenantId: TENANT, clientId: WITH_SECRET, clientSecret: SECRET },
      { tenantId: TENANT, clientId: NO_PUSH, federated: true }
    ]
  });
  acr = await startAcr({ entra: { authorityHost: entra.authorityHost, key: entra.key }, acrPushAllowed: (id) => id.appId !== NO_PUSH });
}, 60_000);

afterAll(async () => {
  await acr?.close();
  await entra?.close();
  await oidc?.close();
});

function inputs(repository: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
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
    // A custom cloud: any registry host is accepted as ACR (the emulator listens on loopback).
    'arm-endpoint': entra.authorityHost,
    ...extra
  };
}

function secretsOf(): string[] {
  return [SECRET, ...entra.issuedTokens.map((t) => t.token)];
}

function ok(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
}

describe('registry-auth: entra with GitHub OIDC (no secret anywhere)', () => {
  test('pushes through the token-auth registry; Entra saw a client assertion from GitHub, never a secret', async () => {
    const before = entra.requests.length;
    const run = await runAction({ inputs: inputs(`az-${run_id}/oidc`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    ok(run);
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const tokenCalls = entra.requests.slice(before).filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenCalls.length).toBeGreaterThan(0);
    for (const r of tokenCalls)
      expect(r).toMatchObject({
        credential: 'assertion',
        client_id: FEDERATED,
        assertionIssuer: oidc.issuer,
        scope: 'https://containerregistry.azure.net/.default',
        status: 200
      });
    const pushes = acr.requests.filter((r) => r.grant_type === 'refresh_token' && (r.scope ?? []).some((s) => s.includes(`az-${run_id}/oidc`)));
    expect(pushes.length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/Azure credential \| oidc/);
    expect(run.summary).toMatch(/Registry login \| entra \(00000000-0000-0000-0000-000000000000\)/);
    expect(leaks(run, secretsOf())).toEqual([]);
  }, 300_000);

  test('a second run after the first OIDC token expired still succeeds (a fresh ID token per use)', async () => {
    const first = await runAction({ inputs: inputs(`az-${run_id}/expiry`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    ok(first);
    const issuedBefore = oidc.issued.length;
    await new Promise((r) => setTimeout(r, 3000)); // > the 2 s lifetime of the GitHub tokens
    expect(oidc.issued.every((t) => t.exp * 1000 < Date.now())).toBe(true);
    const second = await runAction({ inputs: inputs(`az-${run_id}/expiry`), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    ok(second);
    expect(oidc.issued.length).toBeGreaterThan(issuedBefore);
    expect(second.outputs.digest).toBe(first.outputs.digest);
  }, 300_000);

  test('an identity without AcrPush logs in but the push is refused with the AcrPush hint', async () => {
    const run = await runAction({ inputs: inputs(`az-${run_id}/nopush`, { 'client-id': NO_PUSH }), scenario: pushEvent('refs/heads/master'), env: oidc.env() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::docker push .* failed|::error::docker push failed/);
    expect(run.stdout).toMatch(/AcrPush/);
    expect(leaks(run, secretsOf())).toEqual([]);
  }, 300_000);

  test('auth: oidc without the id-token permission fails before any side effect and says what to add', async () => {
    const run = await runAction({ inputs: inputs(`az-${run_id}/noperm`), scenario: pushEvent('refs/heads/master') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'auth': 'oidc' needs a GitHub ID token/);
    expect(run.stdout).toMatch(/permissions: id-token: write/);
    expect(run.stdout).not.toContain('[command]docker');
  }, 60_000);
});

describe('registry-auth: entra with a client secret', () => {
  test('works, and the secret appears nowhere', async () => {
    const run = await runAction({
      inputs: inputs(`az-${run_id}/secret`, { auth: 'secret', 'client-id': WITH_SECRET, 'client-secret': SECRET }),
      scenario: pushEvent('refs/heads/master')
    });
    ok(run);
    expect(run.stdout).toContain(`::add-mask::${SECRET}`);
    expect(leaks(run, secretsOf())).toEqual([]);
  }, 300_000);

  test("a wrong secret fails with Entra's AADSTS code and a hint", async () => {
    const run = await runAction({
      inputs: inputs(`az-${run_id}/badsecret`, { auth: 'secret', 'client-id': WITH_SECRET, 'client-secret': 'not-the-secret-value' }),
      scenario: pushEvent('refs/heads/master')
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Entra ID refused a token .*AADSTS7000215/);
    expect(run.stdout).toMatch(/client secret is wrong or expired/);
    expect(leaks(run, ['not-the-secret-value'])).toEqual([]);
  }, 120_000);
});
