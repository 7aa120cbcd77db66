/**
 * Azure Container Registry emulator: the REAL CNCF Distribution registry (Debian's
 * `docker-registry`), started here as a child process with `auth: token`, plus a token server that
 * does what ACR's does for Entra identities:
 *
 *   POST /oauth2/exchange  grant_type=access_token&service=&tenant=&access_token=<Entra token>
 *                          → {"refresh_token": "<jwt>"}   (what `az acr login` asks for)
 *   POST /oauth2/token     grant_type=refresh_token&refresh_token=&service=&scope=   (docker with an
 *                          identity token, az acr's REST calls) → {"access_token": "<registry jwt>"}
 *   GET  /oauth2/token     Basic 00000000-0000-0000-0000-000000000000:<refresh token>, ?service=&scope=
 *                          [&offline_token=true] (docker login) → {"token","access_token"[,"refresh_token"]}
 *
 * The registry checks the registry tokens itself: RS256, `kid` = libtrust fingerprint of a key whose
 * X.509 certificate is its `rootcertbundle`, `iss`, `aud` = service, `exp`/`nbf`, and `access`.
 * So whether docker may push is decided by the real registry, from what the token server granted.
 *
 * The registry speaks plain HTTP on 127.0.0.1 (dockerd treats loopback registries as insecure);
 * the token server is HTTPS with the test CA (dockerd trusts it through SSL_CERT_FILE).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSigningKey, signJwt, verifyJwt, type SigningKey } from '../jwt.js';
import { formOf, sendJson, startHttps } from './https-server.js';

/** The user name ACR expects with a refresh token (docker login, basic auth on /oauth2/token). */
export const ACR_NULL_USER = '00000000-0000-0000-0000-000000000000';
/** Resource of ACR-audience Entra tokens (scope `https://containerregistry.azure.net/.default`). */
export const ACR_RESOURCE = 'https://containerregistry.azure.net';

export interface AcrIdentity {
  tenantId: string;
  /** `oid` of the Entra token. */
  objectId: string;
  /** `appid` of the Entra token. */
  appId?: string;
}

export interface AcrOptions {
  /** The Entra emulator whose access tokens are accepted (checked against `key`). */
  entra: { authorityHost: string; key: SigningKey };
  /** Accepted `aud` values of Entra tokens; default [ACR_RESOURCE]. (Real ACR also takes ARM tokens unless authentication-as-arm is disabled.) */
  audiences?: string[];
  /** AcrPush role: may this identity push? Asked on every token request. Default: yes. */
  acrPushAllowed?: (identity: AcrIdentity) => boolean;
  /** AcrPull role: may it pull? Default: the same answer as acrPushAllowed. */
  acrPullAllowed?: (identity: AcrIdentity) => boolean;
  /** Lifetime of refresh tokens; default 3 h like ACR. */
  refreshTokenLifetimeSeconds?: number;
  /** Lifetime of registry access tokens; default 3600. */
  accessTokenLifetimeSeconds?: number;
  /** The registry binary; default `docker-registry` from PATH. */
  registryBinary?: string;
}

export interface AcrRequest {
  method: string;
  path: string;
  grant_type?: string;
  service?: string;
  tenant?: string;
  scope?: string[];
  /** Who asked (from the Entra token or the refresh token), when that could be told. */
  identity?: AcrIdentity;
  /** Access granted in a registry token. */
  granted?: RegistryAccess[];
  status: number;
  error?: string;
}

export interface RegistryAccess {
  type: string;
  name: string;
  actions: string[];
}

export interface Acr {
  /** `127.0.0.1:<port>`: the login server (plain HTTP). */
  registry: string;
  /** The `service` of the challenge and of the tokens (= registry). */
  service: string;
  /** https://127.0.0.1:<port> of the token server. */
  tokenServerUrl: string;
  /** `<tokenServerUrl>/oauth2/token`, the realm of the registry's challenge. */
  realm: string;
  /** `iss` of registry tokens. */
  issuer: string;
  /** Signs registry tokens (kid = libtrust fingerprint). */
  signingKey: SigningKey;
  requests: AcrRequest[];
  /** Identities that got a refresh token from /oauth2/exchange, in order. */
  exchanges: AcrIdentity[];
  /** PID of the registry child. */
  pid: number;
  /** The registry's own log. */
  logFile: string;
  close(): Promise<void>;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
function base32(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** The libtrust key ID Distribution uses for `kid`: base32(sha256(DER SPKI)[0:30]) in 12 groups of 4, joined by ':'. */
export function libtrustKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const encoded = base32(createHash('sha256').update(der).digest().subarray(0, 30));
  return encoded.match(/.{4}/g)!.join(':');
}

/** A signing key with a self-signed X.509 certificate (for the registry's rootcertbundle). */
function signingKeyWithCertificate(dir: string): { key: SigningKey; certFile: string } {
  const keyFile = join(dir, 'token-signer.key');
  const certFile = join(dir, 'token-signer.crt');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', '/CN=acr-emulator token signer', '-keyout', keyFile, '-out', certFile],
    { stdio: 'ignore' }
  );
  const pem = readFileSync(keyFile, 'utf8');
  const probe = newSigningKey('probe', { key: pem });
  return { key: newSigningKey(libtrustKeyId(probe.publicKey), { key: pem }), certFile };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** ACR's error shape. */
function acrError(res: ServerResponse, log: AcrRequest, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  log.status = status;
  log.error = `${code}: ${message}`;
  sendJson(res, status, { errors: [{ code, message, detail: null }] }, headers);
}

/** `repository:t/app:pull,push` → {type, name, actions}; the name may contain ':' only in theory, keep the middle. */
function parseScope(scope: string): RegistryAccess | undefined {
  const parts = scope.split(':');
  if (parts.length < 3) return undefined;
  return { type: parts[0], name: parts.slice(1, -1).join(':'), actions: parts[parts.length - 1].split(',').filter(Boolean) };
}

export async function startAcr(options: AcrOptions): Promise<Acr> {
  const dir = mkdtempSync(join(tmpdir(), 'acr-emulator-'));
  const audiences = options.audiences ?? [ACR_RESOURCE];
  const pushAllowed = options.acrPushAllowed ?? (() => true);
  const pullAllowed = options.acrPullAllowed ?? pushAllowed;
  const refreshLifetime = options.refreshTokenLifetimeSeconds ?? 3 * 3600;
  const accessLifetime = options.accessTokenLifetimeSeconds ?? 3600;
  const issuer = 'Azure Container Registry';
  const requests: AcrRequest[] = [];
  const exchanges: AcrIdentity[] = [];
  let service = '';
  let child: ChildProcess | undefined;

  try {
    const { key: signingKey, certFile } = signingKeyWithCertificate(dir);
    // Refresh tokens are signed by a different key: the registry never accepts one as an access token.
    const refreshKey = newSigningKey();

    const identityOfRefreshToken = (token: string): AcrIdentity | string => {
      const v = verifyJwt(token, [refreshKey]);
      if (!v.ok) return v.reason;
      const c = v.claims;
      if (c.grant_type !== 'refresh_token' || c.iss !== issuer) return 'not a refresh token';
      if (c.aud !== service) return `refresh token is for service ${String(c.aud)}`;
      return { tenantId: String(c.tenant), objectId: String(c.sub), appId: typeof c.appid === 'string' ? c.appid : undefined };
    };

    const grant = (identity: AcrIdentity, scopes: string[]): RegistryAccess[] => {
      const out: RegistryAccess[] = [];
      for (const s of scopes) {
        const asked = parseScope(s);
        if (!asked || asked.type !== 'repository') continue;
        const allowed = new Set<string>();
        if (pullAllowed(identity)) allowed.add('pull');
        if (pushAllowed(identity)) {
          allowed.add('pull');
          allowed.add('push');
        }
        const actions = asked.actions.filter((a) => allowed.has(a));
        if (actions.length > 0) out.push({ type: 'repository', name: asked.name, actions });
      }
      return out;
    };

    const registryToken = (identity: AcrIdentity, access: RegistryAccess[]): string => {
      const now = Math.floor(Date.now() / 1000);
      return signJwt(signingKey, {
        jti: randomUUID(),
        sub: identity.objectId,
        nbf: now - 10,
        exp: now + accessLifetime,
        iat: now,
        iss: issuer,
        aud: service,
        version: '1.0',
        grant_type: 'refresh_token',
        tenant: identity.tenantId,
        access
      });
    };

    const exchange = (req: IncomingMessage, res: ServerResponse, body: string, log: AcrRequest): void => {
      const form = formOf(req, body);
      const grantType = form.get('grant_type') ?? undefined;
      Object.assign(log, { grant_type: grantType, service: form.get('service') ?? undefined, tenant: form.get('tenant') ?? undefined });
      if (grantType !== 'access_token') {
        return acrError(res, log, 400, 'UNSUPPORTED', `grant_type must be access_token, got ${grantType ?? 'nothing'}`);
      }
      if (form.get('service') !== service) {
        return acrError(res, log, 400, 'BAD_REQUEST', `service must be ${service}, got ${form.get('service') ?? 'nothing'}`);
      }
      const accessToken = form.get('access_token');
      if (!accessToken) return acrError(res, log, 400, 'BAD_REQUEST', 'access_token is missing');
      const v = verifyJwt(accessToken, [options.entra.key]);
      if (!v.ok)
        return acrError(
          res,
          log,
          401,
          'UNAUTHORIZED',
          `authentication required, visit https://aka.ms/acr/authorization for more information. (Entra token: ${v.reason})`
        );
      const aud = String(v.claims.aud ?? '');
      if (!audiences.includes(aud) && !audiences.includes(aud.replace(/\/$/, ''))) {
        return acrError(
          res,
          log,
          401,
          'UNAUTHORIZED',
          `authentication required, visit https://aka.ms/acr/authorization for more information. (token audience ${aud} is not accepted; expected ${audiences.join(' or ')})`
        );
      }
      const identity: AcrIdentity = {
        tenantId: String(v.claims.tid ?? ''),
        objectId: String(v.claims.oid ?? ''),
        appId: typeof v.claims.appid === 'string' ? v.claims.appid : undefined
      };
      log.identity = identity;
      const tenant = form.get('tenant');
      if (tenant && tenant.toLowerCase() !== identity.tenantId.toLowerCase()) {
        return acrError(res, log, 401, 'UNAUTHORIZED', `tenant ${tenant} does not match the token's tenant`);
      }
      const now = Math.floor(Date.now() / 1000);
      const refreshToken = signJwt(refreshKey, {
        jti: randomUUID(),
        sub: identity.objectId,
        nbf: now - 10,
        exp: now + refreshLifetime,
        iat: now,
        iss: issuer,
        aud: service,
        version: '1.0',
        grant_type: 'refresh_token',
        tenant: identity.tenantId,
        appid: identity.appId,
        permissions: { actions: ['read', 'write'], notActions: null },
        roles: []
      });
      exchanges.push(identity);
      log.status = 200;
      sendJson(res, 200, { refresh_token: refreshToken });
    };

    const tokenEndpoint = (req: IncomingMessage, res: ServerResponse, body: string, url: URL, log: AcrRequest): void => {
      const challenge = { 'WWW-Authenticate': `Basic realm="${issuer}"` };
      let refreshToken: string | null;
      let svc: string | null;
      let scopes: string[];
      let offline = false;
      if (req.method === 'GET') {
        // docker login / pull / push without an identity token: basic auth, scopes as repeated query params.
        log.grant_type = 'basic';
        svc = url.searchParams.get('service');
        scopes = url.searchParams
          .getAll('scope')
          .flatMap((s) => s.split(' '))
          .filter(Boolean);
        offline = url.searchParams.get('offline_token') === 'true';
        const auth = String(req.headers.authorization ?? '');
        if (!auth.startsWith('Basic ')) {
          Object.assign(log, { service: svc ?? undefined, scope: scopes });
          return acrError(res, log, 401, 'UNAUTHORIZED', 'authentication required, visit https://aka.ms/acr/authorization for more information.', challenge);
        }
        const decoded = Buffer.from(auth.slice(6), 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        const user = colon < 0 ? decoded : decoded.slice(0, colon);
        refreshToken = colon < 0 ? null : decoded.slice(colon + 1);
        if (user !== ACR_NULL_USER) {
          Object.assign(log, { service: svc ?? undefined, scope: scopes });
          return acrError(
            res,
            log,
            401,
            'UNAUTHORIZED',
            `unknown user ${user}: sign in with ${ACR_NULL_USER} and a refresh token from /oauth2/exchange`,
            challenge
          );
        }
      } else if (req.method === 'POST') {
        const form = formOf(req, body);
        log.grant_type = form.get('grant_type') ?? undefined;
        svc = form.get('service');
        scopes = form
          .getAll('scope')
          .flatMap((s) => s.split(' '))
          .filter(Boolean);
        if (log.grant_type === 'refresh_token') {
          refreshToken = form.get('refresh_token');
        } else if (log.grant_type === 'password' && form.get('username') === ACR_NULL_USER) {
          refreshToken = form.get('password');
        } else {
          Object.assign(log, { service: svc ?? undefined, scope: scopes });
          return acrError(res, log, 400, 'UNSUPPORTED', `unsupported grant_type ${log.grant_type ?? 'nothing'}`);
        }
        offline = form.get('access_type') === 'offline';
      } else {
        return acrError(res, log, 405, 'UNSUPPORTED', 'method not allowed');
      }
      Object.assign(log, { service: svc ?? undefined, scope: scopes });
      if (svc !== service) return acrError(res, log, 400, 'BAD_REQUEST', `service must be ${service}, got ${svc ?? 'nothing'}`);
      if (!refreshToken) return acrError(res, log, 400, 'BAD_REQUEST', 'refresh_token is missing');
      const identity = identityOfRefreshToken(refreshToken);
      if (typeof identity === 'string') {
        return acrError(
          res,
          log,
          401,
          'UNAUTHORIZED',
          `authentication required, visit https://aka.ms/acr/authorization for more information. (refresh token: ${identity})`,
          req.method === 'GET' ? challenge : {}
        );
      }
      log.identity = identity;
      const access = grant(identity, scopes);
      log.granted = access;
      const token = registryToken(identity, access);
      log.status = 200;
      // docker reads `token` or `access_token`; with offline access it stores `refresh_token` as the identity token.
      const answer: Record<string, unknown> = { access_token: token, token, expires_in: accessLifetime, issued_at: new Date().toISOString() };
      if (offline) answer.refresh_token = refreshToken;
      sendJson(res, 200, answer);
    };

    const srv = await startHttps((req, res, body) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const log: AcrRequest = { method: req.method ?? '', path: url.pathname, status: 0 };
      requests.push(log);
      if (url.pathname === '/oauth2/exchange') {
        if (req.method !== 'POST') return acrError(res, log, 405, 'UNSUPPORTED', 'method not allowed');
        return exchange(req, res, body, log);
      }
      if (url.pathname === '/oauth2/token') return tokenEndpoint(req, res, body, url, log);
      return acrError(res, log, 404, 'NOT_FOUND', `no route for ${req.method} ${url.pathname}`);
    });

    const logFile = join(dir, 'registry.log');
    const configFile = join(dir, 'config.yml');
    const realm = `${srv.origin}/oauth2/token`;
    const binary = options.registryBinary ?? 'docker-registry';

    // The registry needs its own port in its config (`service`), so pick a free one and retry if taken meanwhile.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      service = `127.0.0.1:${port}`;
      const q = JSON.stringify;
      writeFileSync(
        configFile,
        [
          'version: 0.1',
          'log:',
          '  level: info',
          '  formatter: text',
          'storage:',
          '  filesystem:',
          `    rootdirectory: ${q(join(dir, 'storage'))}`,
          '  delete:',
          '    enabled: true',
          '  maintenance:',
          '    uploadpurging:',
          '      enabled: false',
          'http:',
          `  addr: ${q(service)}`,
          `  secret: ${q(randomBytes(16).toString('hex'))}`,
          'auth:',
          '  token:',
          `    realm: ${q(realm)}`,
          `    service: ${q(service)}`,
          `    issuer: ${q(issuer)}`,
          `    rootcertbundle: ${q(certFile)}`,
          ''
        ].join('\n'),
        { mode: 0o600 }
      );
      const fd = openSync(logFile, 'a');
      try {
        child = spawn(binary, ['serve', configFile], { stdio: ['ignore', fd, fd] });
      } finally {
        closeSync(fd);
      }
      const started = child;
      let exited = false;
      let spawnError: Error | undefined;
      started.once('exit', () => (exited = true));
      started.once('error', (e) => {
        spawnError = e;
        exited = true;
      });
      const deadline = Date.now() + 20_000;
      let ready = false;
      while (!exited && Date.now() < deadline) {
        try {
          const r = await fetch(`http://${service}/v2/`);
          await r.arrayBuffer();
          if (r.status === 401 && (r.headers.get('www-authenticate') ?? '').startsWith('Bearer ')) {
            ready = true;
            break;
          }
        } catch {
          /* not listening yet */
        }
        await sleep(100);
      }
      if (ready) break;
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
      if (!exited) {
        started.kill('SIGKILL');
        await new Promise((r) => started.once('exit', r));
      }
      child = undefined;
      if (spawnError) throw new Error(`cannot start ${binary}: ${spawnError.message}`);
      if (attempt < 3 && /address already in use/.test(tail)) continue;
      throw new Error(`the registry did not come up on ${service}; its log:\n${tail}`);
    }
    const running = child!;
    // If the test process ends without close() (a crash, a forgotten afterAll), take the registry with it.
    const onExit = () => {
      if (running.exitCode === null && running.signalCode === null) running.kill('SIGKILL');
    };
    process.once('exit', onExit);

    return {
      registry: service,
      service,
      tokenServerUrl: srv.origin,
      realm,
      issuer,
      signingKey,
      requests,
      exchanges,
      pid: running.pid!,
      logFile,
      close: async () => {
        process.removeListener('exit', onExit);
        if (running.exitCode === null && running.signalCode === null) {
          const gone = new Promise<void>((r) => running.once('exit', () => r()));
          process.kill(running.pid!, 'SIGTERM');
          const timer = setTimeout(() => {
            if (running.exitCode === null && running.signalCode === null) process.kill(running.pid!, 'SIGKILL');
          }, 10_000);
          await gone;
          clearTimeout(timer);
        }
        await srv.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  } catch (e) {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** What `az acr login` does after the Entra token: POST <realm origin>/oauth2/exchange → refresh token. */
export async function exchangeForRefreshToken(acr: Pick<Acr, 'tokenServerUrl' | 'service'>, entraAccessToken: string, tenantId: string): Promise<string> {
  const res = await fetch(`${acr.tokenServerUrl}/oauth2/exchange`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'access_token', service: acr.service, tenant: tenantId, access_token: entraAccessToken }).toString()
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`exchange failed: ${res.status} ${text}`);
  return (JSON.parse(text) as { refresh_token: string }).refresh_token;
}
