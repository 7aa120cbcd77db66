/**
 * The ACR emulator: the real Distribution registry with `auth: token` and our token server, driven
 * by the real docker engine of scripts/local-services.sh and by @azure/identity against the Entra
 * emulator. Flow under test = what the action does instead of `az acr login`:
 *   Entra token (scope https://containerregistry.azure.net/.default)
 *   → POST <realm origin>/oauth2/exchange → refresh token
 *   → docker login -u 00000000-0000-0000-0000-000000000000 --password-stdin → docker push.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientAssertionCredential, ClientSecretCredential } from '@azure/identity';
import { startEntra, FEDERATED_AUDIENCE, type Entra } from './entra.js';
import { startAcr, exchangeForRefreshToken, libtrustKeyId, ACR_NULL_USER, type Acr } from './acr.js';
import { startGitHubOidc, fetchIdToken, type GitHubOidc } from '../github-oidc.js';
import { newSigningKey, signJwt, verifyJwt } from '../jwt.js';

const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const PUSHER = '10000000-0000-0000-0000-000000000001';
const READER = '10000000-0000-0000-0000-000000000002'; // has no AcrPush (nor AcrPull)
const FEDERATED = '10000000-0000-0000-0000-000000000003';
const SECRET = 'pusher-secret';
const ACR_SCOPE = 'https://containerregistry.azure.net/.default';
const ARM_SCOPE = 'https://management.azure.com/.default';
const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';

let entra: Entra;
let acr: Acr;
let oidc: GitHubOidc;
const tempDirs: string[] = [];
const tagged: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The docker CLI, asynchronously: the token server it talks to (through dockerd) runs in this process. */
function docker(config: string, args: string[], input?: string): Promise<Run> {
  const cli = process.env.DOCKER_CLI ?? 'docker';
  return new Promise((resolve, reject) => {
    const child = spawn(cli, args, { env: { ...process.env, DOCKER_CONFIG: config }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function dockerConfigDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'acr-docker-config-'));
  tempDirs.push(d);
  return d;
}

async function entraToken(clientId: string, scope = ACR_SCOPE): Promise<string> {
  const cred = new ClientSecretCredential(TENANT, clientId, SECRET, { authorityHost: entra.authorityHost, disableInstanceDiscovery: true });
  return (await cred.getToken(scope)).token;
}

/** The registry's challenge, as the product reads it. */
async function challenge(registry: string): Promise<{ status: number; realm: string; service: string }> {
  const res = await fetch(`http://${registry}/v2/`);
  await res.arrayBuffer();
  const h = res.headers.get('www-authenticate') ?? '';
  const param = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(h)?.[1] ?? '';
  return { status: res.status, realm: param('realm'), service: param('service') };
}

async function registryToken(refreshToken: string, scope: string): Promise<Response> {
  return fetch(`${acr.tokenServerUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', service: acr.service, scope, refresh_token: refreshToken }).toString()
  });
}

beforeAll(async () => {
  if (!process.env.DOCKER_HOST || !process.env.TEST_TLS_DIR) {
    throw new Error('DOCKER_HOST / TEST_TLS_DIR are not set: eval "$(bash scripts/local-services.sh env)" first (scripts/test.mjs does it).');
  }
  oidc = await startGitHubOidc({ lifetimeSeconds: 60 });
  entra = await startEntra({
    trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: FEDERATED_AUDIENCE }],
    clients: [
      { tenantId: TENANT, clientId: PUSHER, clientSecret: SECRET },
      { tenantId: TENANT, clientId: READER, clientSecret: SECRET },
      { tenantId: TENANT, clientId: FEDERATED, federated: true }
    ]
  });
  acr = await startAcr({ entra, acrPushAllowed: (id) => id.appId !== READER });
}, 60_000);

afterAll(async () => {
  const config = tempDirs[0] ?? dockerConfigDir();
  if (tagged.length > 0) await docker(config, ['rmi', ...tagged]);
  const pid = acr?.pid;
  await acr?.close();
  if (pid) expect(() => process.kill(pid, 0)).toThrow(); // the registry child is gone
  await entra?.close();
  await oidc?.close();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
}, 60_000);

describe('registry and token server', () => {
  test('GET /v2/ challenges with Bearer realm = <token server>/oauth2/token and service = the registry host:port', async () => {
    const c = await challenge(acr.registry);
    expect(c).toEqual({ status: 401, realm: `${acr.tokenServerUrl}/oauth2/token`, service: acr.registry });
    expect(acr.realm).toBe(c.realm);
    expect(acr.registry).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  test('the registry token key id is the libtrust fingerprint: 12 groups of 4 base32 chars, and the rootcertbundle holds that key', () => {
    expect(acr.signingKey.kid).toMatch(/^([A-Z2-7]{4}:){11}[A-Z2-7]{4}$/);
    const config = readFileSync(join(acr.logFile, '..', 'config.yml'), 'utf8');
    const bundle = /rootcertbundle: "(.*)"/.exec(config)?.[1] ?? '';
    const cert = new X509Certificate(readFileSync(bundle));
    expect(libtrustKeyId(cert.publicKey)).toBe(acr.signingKey.kid);
  });

  test('exchange: an ACR-audience Entra token gives a refresh token and records who asked', async () => {
    const n = acr.requests.length;
    const refresh = await exchangeForRefreshToken(acr, await entraToken(PUSHER), TENANT);
    expect(refresh.split('.')).toHaveLength(3);
    expect(acr.requests[n]).toMatchObject({
      method: 'POST',
      path: '/oauth2/exchange',
      grant_type: 'access_token',
      service: acr.service,
      tenant: TENANT,
      status: 200
    });
    expect(acr.requests[n].identity).toEqual({ tenantId: TENANT, objectId: entra.objectIdOf(TENANT, PUSHER), appId: PUSHER });
    expect(acr.exchanges[acr.exchanges.length - 1].appId).toBe(PUSHER);
  });

  test('exchange refuses an ARM-audience token, a forged token, a wrong service and a wrong grant (ACR error JSON)', async () => {
    const post = (form: Record<string, string>) =>
      fetch(`${acr.tokenServerUrl}/oauth2/exchange`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString()
      });
    const arm = await post({ grant_type: 'access_token', service: acr.service, tenant: TENANT, access_token: await entraToken(PUSHER, ARM_SCOPE) });
    expect(arm.status).toBe(401);
    expect(await arm.json()).toMatchObject({ errors: [{ code: 'UNAUTHORIZED' }] });
    const now = Math.floor(Date.now() / 1000);
    const forged = signJwt(newSigningKey(entra.key.kid), { aud: 'https://containerregistry.azure.net', tid: TENANT, oid: 'x', exp: now + 600 });
    expect((await post({ grant_type: 'access_token', service: acr.service, tenant: TENANT, access_token: forged })).status).toBe(401);
    const good = await entraToken(PUSHER);
    expect((await post({ grant_type: 'access_token', service: 'contoso.azurecr.io', tenant: TENANT, access_token: good })).status).toBe(400);
    expect((await post({ grant_type: 'password', service: acr.service, tenant: TENANT, access_token: good })).status).toBe(400);
    expect((await post({ grant_type: 'access_token', service: acr.service, tenant: '00000000-0000-0000-0000-00000000000f', access_token: good })).status).toBe(
      401
    );
  });

  test('/oauth2/token: refresh token + scope → registry token the real registry accepts; scope decides what it may do', async () => {
    const refresh = await exchangeForRefreshToken(acr, await entraToken(PUSHER), TENANT);
    const res = await registryToken(refresh, 'repository:t/probe:pull,push');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token: string };
    const v = verifyJwt(body.access_token, [acr.signingKey]);
    if (!v.ok) throw new Error(v.reason);
    expect(v.header.kid).toBe(acr.signingKey.kid);
    expect(v.claims).toMatchObject({ iss: acr.issuer, aud: acr.service, access: [{ type: 'repository', name: 't/probe', actions: ['pull', 'push'] }] });
    expect(typeof v.claims.jti).toBe('string');
    for (const claim of ['exp', 'nbf', 'iat']) expect(typeof v.claims[claim]).toBe('number');
    // The real registry: the token opens /v2/ and the repository it names, not another one.
    const base = await fetch(`http://${acr.registry}/v2/`, { headers: { Authorization: `Bearer ${body.access_token}` } });
    expect(base.status).toBe(200);
    const tags = await fetch(`http://${acr.registry}/v2/t/probe/tags/list`, { headers: { Authorization: `Bearer ${body.access_token}` } });
    expect(tags.status).toBe(404); // authorized; the repository does not exist yet
    const other = await fetch(`http://${acr.registry}/v2/t/other/tags/list`, { headers: { Authorization: `Bearer ${body.access_token}` } });
    expect(other.status).toBe(401);
    expect(other.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    // A refresh token is not a registry token, and a forged refresh token gets nothing.
    expect((await fetch(`http://${acr.registry}/v2/`, { headers: { Authorization: `Bearer ${refresh}` } })).status).toBe(401);
    const forged = signJwt(newSigningKey(), JSON.parse(Buffer.from(refresh.split('.')[1], 'base64url').toString()) as Record<string, unknown>);
    expect((await registryToken(forged, 'repository:t/probe:pull')).status).toBe(401);
  });

  test('GET /oauth2/token with basic auth 0000…:<refresh token> (docker login) and offline_token=true returns the refresh token too', async () => {
    const refresh = await exchangeForRefreshToken(acr, await entraToken(PUSHER), TENANT);
    const basic = (user: string, pass: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });
    const q = new URLSearchParams({ account: ACR_NULL_USER, client_id: 'docker', offline_token: 'true', service: acr.service });
    const res = await fetch(`${acr.tokenServerUrl}/oauth2/token?${q}`, { headers: basic(ACR_NULL_USER, refresh) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.refresh_token).toBe(refresh);
    expect(body.token).toBe(body.access_token);
    expect((await fetch(`${acr.tokenServerUrl}/oauth2/token?${q}`, { headers: basic('someone', refresh) })).status).toBe(401);
    expect((await fetch(`${acr.tokenServerUrl}/oauth2/token?${q}`)).status).toBe(401);
  });

  test('an identity without AcrPush gets a token whose access list is empty', async () => {
    const refresh = await exchangeForRefreshToken(acr, await entraToken(READER), TENANT);
    const body = (await (await registryToken(refresh, 'repository:t/app:pull,push')).json()) as { access_token: string };
    const v = verifyJwt(body.access_token, [acr.signingKey]);
    expect(v.ok && v.claims.access).toEqual([]);
  });
});

describe('with the real docker engine', () => {
  test('OIDC → Entra (ClientAssertionCredential) → exchange → docker login → docker push', async () => {
    const cred = new ClientAssertionCredential(TENANT, FEDERATED, () => fetchIdToken(oidc), {
      authorityHost: entra.authorityHost,
      disableInstanceDiscovery: true
    });
    const entraAccess = (await cred.getToken(ACR_SCOPE)).token;
    // As the product would: read the challenge, exchange at <realm origin>/oauth2/exchange.
    const c = await challenge(acr.registry);
    const exchangeUrl = new URL('/oauth2/exchange', c.realm).toString();
    expect(exchangeUrl).toBe(`${acr.tokenServerUrl}/oauth2/exchange`);
    const refresh = await exchangeForRefreshToken({ tokenServerUrl: new URL(c.realm).origin, service: c.service }, entraAccess, TENANT);

    const config = dockerConfigDir();
    const n = acr.requests.length;
    const login = await docker(config, ['login', '-u', ACR_NULL_USER, '--password-stdin', acr.registry], refresh);
    expect(login).toMatchObject({ code: 0 });
    expect(login.stdout).toContain('Login Succeeded');
    // dockerd fetched a token with basic auth + offline_token, got refresh_token back → the CLI keeps it as an identity token.
    const loginCalls = acr.requests.slice(n);
    expect(loginCalls).toEqual([
      expect.objectContaining({ method: 'GET', path: '/oauth2/token', grant_type: 'basic', service: acr.service, scope: [], status: 200 })
    ]);
    const stored = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as { auths: Record<string, { auth?: string; identitytoken?: string }> };
    expect(stored.auths[acr.registry].identitytoken).toBe(refresh);
    expect(Buffer.from(stored.auths[acr.registry].auth ?? '', 'base64').toString()).toBe(`${ACR_NULL_USER}:`);

    const image = `${acr.registry}/t/app:1`;
    expect(await docker(config, ['tag', BASE, image])).toMatchObject({ code: 0 });
    tagged.push(image);
    const m = acr.requests.length;
    const push = await docker(config, ['push', image]);
    if (push.code !== 0) throw new Error(`push failed: ${push.stdout}\n${push.stderr}\n${readFileSync(acr.logFile, 'utf8').slice(-3000)}`);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(push.stdout)?.[1];
    expect(digest).toBeDefined();
    // dockerd used the identity token: POST grant_type=refresh_token with the repository scope.
    const pushCalls = acr.requests.slice(m);
    expect(pushCalls.length).toBeGreaterThanOrEqual(1);
    for (const r of pushCalls) {
      expect(r).toMatchObject({ method: 'POST', path: '/oauth2/token', grant_type: 'refresh_token', status: 200 });
      // dockerd 20.10 asks for `repository:t/app:push,pull`.
      expect(r.scope).toHaveLength(1);
      expect(r.scope?.[0].split(':').slice(0, 2)).toEqual(['repository', 't/app']);
      expect(r.scope?.[0].split(':')[2].split(',').sort()).toEqual(['pull', 'push']);
      expect(r.granted).toEqual([{ type: 'repository', name: 't/app', actions: r.scope?.[0].split(':')[2].split(',') }]);
      expect(r.identity?.appId).toBe(FEDERATED);
    }
    // The registry has it, under that digest.
    const token = ((await (await registryToken(refresh, 'repository:t/app:pull')).json()) as { access_token: string }).access_token;
    const head = await fetch(`http://${acr.registry}/v2/t/app/manifests/1`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' }
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('docker-content-digest')).toBe(digest);
  }, 120_000);

  test('a wrong or forged refresh token is refused at docker login', async () => {
    const config = dockerConfigDir();
    const wrong = await docker(config, ['login', '-u', ACR_NULL_USER, '--password-stdin', acr.registry], 'not-a-token');
    expect(wrong.code).not.toBe(0);
    const now = Math.floor(Date.now() / 1000);
    const forged = signJwt(newSigningKey(), { iss: acr.issuer, aud: acr.service, sub: 'x', tenant: TENANT, grant_type: 'refresh_token', exp: now + 600 });
    const refused = await docker(config, ['login', '-u', ACR_NULL_USER, '--password-stdin', acr.registry], forged);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/unauthorized/i);
    expect(acr.requests[acr.requests.length - 1]).toMatchObject({ path: '/oauth2/token', status: 401 });
  }, 60_000);

  test('an identity without AcrPush can log in but cannot push', async () => {
    const refresh = await exchangeForRefreshToken(acr, await entraToken(READER), TENANT);
    const config = dockerConfigDir();
    const login = await docker(config, ['login', '-u', ACR_NULL_USER, '--password-stdin', acr.registry], refresh);
    expect(login.code).toBe(0);
    const image = `${acr.registry}/t/denied:1`;
    expect((await docker(config, ['tag', BASE, image])).code).toBe(0);
    tagged.push(image);
    const push = await docker(config, ['push', image]);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('denied: requested access to the resource is denied');
    const last = acr.requests.filter((r) => r.path === '/oauth2/token').pop();
    expect(last).toMatchObject({ identity: expect.objectContaining({ appId: READER }), granted: [] });
  }, 60_000);
});
