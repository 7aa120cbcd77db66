/**
 * The Entra ID emulator, driven by the real @azure/identity (MSAL node) over HTTPS, with the GitHub
 * OIDC emulator as the federated issuer.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import { startEntra, FEDERATED_AUDIENCE, type Entra } from './entra.js';
import { startGitHubOidc, fetchIdToken, type GitHubOidc } from '../github-oidc.js';
import { newSigningKey, signJwt, verifyJwt } from '../jwt.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OIDC_CLIENT = '11111111-2222-3333-4444-555555555555';
const SECRET_CLIENT = '66666666-7777-8888-9999-000000000000';
const SECRET = 's3cr3t~value';
const ARM = 'https://management.azure.com/.default';
const ACR = 'https://containerregistry.azure.net/.default';
const SUBJECT = 'repo:contoso/fn:ref:refs/heads/main';

let oidc: GitHubOidc;
let entra: Entra;
// Other GitHub-like issuers: one Entra does not trust, one that issues for a different subject.
let stranger: GitHubOidc;

beforeAll(async () => {
  oidc = await startGitHubOidc({ lifetimeSeconds: 2, subject: SUBJECT });
  stranger = await startGitHubOidc({ subject: SUBJECT });
  entra = await startEntra({
    trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], subject: SUBJECT, audience: FEDERATED_AUDIENCE }],
    clients: [
      { tenantId: TENANT, clientId: OIDC_CLIENT, federated: true },
      { tenantId: TENANT, clientId: SECRET_CLIENT, clientSecret: SECRET }
    ]
  });
});
afterAll(async () => {
  await Promise.all([entra.close(), oidc.close(), stranger.close()]);
});

const opts = () => ({ authorityHost: entra.authorityHost, disableInstanceDiscovery: true });
const since = (n: number) => entra.requests.slice(n).map((r) => `${r.method} ${r.path.replace(TENANT, '{tenant}')}`);
const claimsOf = (token: string) => {
  const v = verifyJwt(token, [entra.key]);
  if (!v.ok) throw new Error(v.reason);
  return v.claims;
};

describe('client secret', () => {
  test('ClientSecretCredential gets an ARM token: openid-configuration once, then one token POST per scope', async () => {
    const n = entra.requests.length;
    const cred = new ClientSecretCredential(TENANT, SECRET_CLIENT, SECRET, opts());
    const arm = await cred.getToken(ARM);
    const acr = await cred.getToken(ACR);
    expect(await cred.getToken(ARM)).toMatchObject({ token: arm.token }); // cached by MSAL
    expect(since(n)).toEqual(['GET /{tenant}/v2.0/.well-known/openid-configuration', 'POST /{tenant}/oauth2/v2.0/token', 'POST /{tenant}/oauth2/v2.0/token']);
    expect(entra.requests[n + 1]).toMatchObject({ grant_type: 'client_credentials', client_id: SECRET_CLIENT, scope: ARM, credential: 'secret', status: 200 });
    expect(claimsOf(arm.token)).toMatchObject({
      aud: 'https://management.azure.com',
      tid: TENANT,
      appid: SECRET_CLIENT,
      oid: entra.objectIdOf(TENANT, SECRET_CLIENT),
      appidacr: '1'
    });
    expect(claimsOf(acr.token)).toMatchObject({ aud: 'https://containerregistry.azure.net' });
    expect(arm.expiresOnTimestamp).toBeGreaterThan(Date.now() + 3500_000);
    expect(entra.issuedTokens.map((t) => t.token)).toEqual(expect.arrayContaining([arm.token, acr.token]));
  });

  test('an authorityHost with a trailing slash works the same', async () => {
    const cred = new ClientSecretCredential(TENANT, SECRET_CLIENT, SECRET, { authorityHost: `${entra.authorityHost}/`, disableInstanceDiscovery: true });
    expect(claimsOf((await cred.getToken(ARM)).token).aud).toBe('https://management.azure.com');
  });

  test('a wrong secret fails with AADSTS7000215 (401 invalid_client) in the message', async () => {
    const n = entra.requests.length;
    const cred = new ClientSecretCredential(TENANT, SECRET_CLIENT, 'wrong', opts());
    const err = await cred.getToken(ARM).then(
      () => undefined,
      (e: unknown) => e as Error
    );
    // MSAL's ServerError reaches the caller as identity's AuthenticationRequiredError carrying Entra's text.
    expect(err?.name).toBe('AuthenticationRequiredError');
    expect(err?.message).toMatch(/^invalid_client: Error\(s\): 7000215 - .*AADSTS7000215: Invalid client secret provided/);
    expect(entra.requests.slice(n).find((r) => r.method === 'POST')).toMatchObject({ status: 401, errorCode: 7000215 });
  });

  test('an unknown client fails with AADSTS700016', async () => {
    const cred = new ClientSecretCredential(TENANT, '99999999-0000-0000-0000-000000000000', SECRET, opts());
    await expect(cred.getToken(ARM)).rejects.toThrow(/AADSTS700016: Application with identifier '99999999-0000-0000-0000-000000000000' was not found/);
  });

  test('the error body has the real shape', async () => {
    const res = await fetch(`${entra.authorityHost}/${TENANT}/oauth2/v2.0/token?client-request-id=abc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SECRET_CLIENT, scope: ARM, client_secret: 'x' }).toString()
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [7000215], correlation_id: 'abc' });
    expect(body.error_description).toMatch(/^AADSTS7000215: .* Trace ID: [0-9a-f-]{36} Correlation ID: abc Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(Object.keys(body).sort()).toEqual(['correlation_id', 'error', 'error_codes', 'error_description', 'error_uri', 'timestamp', 'trace_id']);
  });

  test('an unknown tenant fails at the metadata step (AADSTS90002)', async () => {
    const cred = new ClientSecretCredential('00000000-1111-2222-3333-444444444444', SECRET_CLIENT, SECRET, opts());
    await expect(cred.getToken(ARM)).rejects.toThrow();
    const res = await fetch(`${entra.authorityHost}/00000000-1111-2222-3333-444444444444/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_codes: number[] }).error_codes).toEqual([90002]);
  });

  test('client credentials need a /.default scope', async () => {
    const cred = new ClientSecretCredential(TENANT, SECRET_CLIENT, SECRET, opts());
    await expect(cred.getToken('https://management.azure.com/user_impersonation')).rejects.toThrow(/AADSTS1002012/);
  });
});

describe('GitHub OIDC federation (ClientAssertionCredential)', () => {
  test('the assertion callback fetches a GitHub token; Entra checks issuer, key, audience and subject', async () => {
    const n = entra.requests.length;
    const cred = new ClientAssertionCredential(TENANT, OIDC_CLIENT, () => fetchIdToken(oidc), opts());
    const t = await cred.getToken(ARM);
    expect(claimsOf(t.token)).toMatchObject({ aud: 'https://management.azure.com', tid: TENANT, appid: OIDC_CLIENT, appidacr: '2' });
    const post = entra.requests.slice(n).find((r) => r.method === 'POST');
    expect(post).toMatchObject({ credential: 'assertion', assertionIssuer: oidc.issuer, assertionSubject: SUBJECT, client_id: OIDC_CLIENT, status: 200 });
  });

  test('OIDC tokens live 2 s: after 3 s a second getToken (other scope) works because the callback fetches a fresh assertion', async () => {
    const calls: number[] = [];
    const cred = new ClientAssertionCredential(
      TENANT,
      OIDC_CLIENT,
      async () => {
        calls.push(Date.now());
        return fetchIdToken(oidc);
      },
      opts()
    );
    await cred.getToken(ARM);
    const firstRound = calls.length;
    const firstExp = oidc.issued[oidc.issued.length - 1].exp;
    await new Promise((r) => setTimeout(r, 3000));
    const acr = await cred.getToken(ACR);
    expect(claimsOf(acr.token).aud).toBe('https://containerregistry.azure.net');
    // identity 4.13.1 + msal-node 5.6 run the callback twice per token request (both before the POST).
    expect(firstRound).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBe(2 * firstRound);
    const post = entra.requests.filter((r) => r.method === 'POST').pop();
    expect(post).toMatchObject({ status: 200, scope: ACR });
    expect(oidc.issued[oidc.issued.length - 1].iat).toBeGreaterThan(firstExp);
  });

  test('reusing the first assertion after it expired fails with AADSTS700024', async () => {
    const first = await fetchIdToken(oidc);
    const cred = new ClientAssertionCredential(TENANT, OIDC_CLIENT, async () => first, opts());
    await cred.getToken(ARM);
    await new Promise((r) => setTimeout(r, 3000));
    const err = await cred.getToken(ACR).then(
      () => undefined,
      (e: unknown) => e as Error
    );
    expect(err?.name).toBe('AuthenticationRequiredError');
    expect(err?.message).toMatch(
      /AADSTS700024: Client assertion is not within its valid time range\. Current time: .*, assertion valid from .*, expiry time of assertion /
    );
    expect(entra.requests[entra.requests.length - 1]).toMatchObject({ status: 400, errorCode: 700024 });
  });

  test('an issuer Entra does not trust: AADSTS700211', async () => {
    const cred = new ClientAssertionCredential(TENANT, OIDC_CLIENT, () => fetchIdToken(stranger), opts());
    await expect(cred.getToken(ARM)).rejects.toThrow(/AADSTS700211: No matching federated identity record found for presented assertion issuer/);
  });

  test('a wrong audience: AADSTS700212; a wrong subject: AADSTS700213; a forged signature: AADSTS700027', async () => {
    await expect(new ClientAssertionCredential(TENANT, OIDC_CLIENT, () => fetchIdToken(oidc, 'api://SomethingElse'), opts()).getToken(ARM)).rejects.toThrow(
      /AADSTS700212/
    );
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: oidc.issuer, aud: FEDERATED_AUDIENCE, sub: 'repo:contoso/fn:pull_request', iat: now, exp: now + 60 };
    await expect(new ClientAssertionCredential(TENANT, OIDC_CLIENT, async () => signJwt(oidc.key, claims), opts()).getToken(ARM)).rejects.toThrow(
      /AADSTS700213/
    );
    const forged = signJwt(newSigningKey(oidc.key.kid), { ...claims, sub: SUBJECT });
    await expect(new ClientAssertionCredential(TENANT, OIDC_CLIENT, async () => forged, opts()).getToken(ARM)).rejects.toThrow(/AADSTS700027/);
  });

  test('a client without a federated credential refuses assertions (AADSTS70021)', async () => {
    const cred = new ClientAssertionCredential(TENANT, SECRET_CLIENT, () => fetchIdToken(oidc), opts());
    await expect(cred.getToken(ARM)).rejects.toThrow(/AADSTS70021/);
  });
});

describe('instance discovery', () => {
  test('without disableInstanceDiscovery MSAL asks login.microsoftonline.com, never the authority host, and fails here', async () => {
    const n = entra.requests.length;
    const cred = new ClientSecretCredential(TENANT, SECRET_CLIENT, SECRET, { authorityHost: entra.authorityHost });
    const err = await cred.getToken(ARM).then(
      () => undefined,
      (e: unknown) => e as Error
    );
    // Offline (here): discovery fails → CredentialUnavailableError endpoints_resolution_error, after ~5 s of retries.
    // With internet the real service would answer invalid_instance for a loopback host: also a failure.
    expect(err).toBeDefined();
    expect(err?.message).toMatch(/endpoints_resolution_error|untrusted_authority|invalid_instance/);
    expect(entra.requests.length).toBe(n);
  }, 30_000);

  test('the emulator still answers /common/discovery/instance for its own host (and invalid_instance for others)', async () => {
    const authz = `${entra.authorityHost}/${TENANT}/oauth2/v2.0/authorize`;
    const ok = await fetch(`${entra.authorityHost}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(authz)}`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { tenant_discovery_endpoint: string; metadata: Array<{ aliases: string[] }> };
    expect(body.tenant_discovery_endpoint).toBe(`${entra.authorityHost}/${TENANT}/v2.0/.well-known/openid-configuration`);
    expect(body.metadata[0].aliases).toEqual([new URL(entra.authorityHost).host]);
    const bad = await fetch(
      `${entra.authorityHost}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent('https://evil.example/x/oauth2/v2.0/authorize')}`
    );
    expect(((await bad.json()) as { error: string }).error).toBe('invalid_instance');
  });

  test('openid-configuration lives on the authority origin (MSAL validates the issuer against it) and the JWKS has the token key', async () => {
    const conf = (await (await fetch(`${entra.authorityHost}/${TENANT}/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(conf.issuer).toBe(`${entra.authorityHost}/${TENANT}/v2.0`);
    expect(conf.token_endpoint).toBe(`${entra.authorityHost}/${TENANT}/oauth2/v2.0/token`);
    const jwks = (await (await fetch(conf.jwks_uri)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks).toEqual(entra.jwks);
    expect(jwks.keys[0].kid).toBe(entra.key.kid);
  });
});
