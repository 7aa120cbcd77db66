/**
 * Microsoft Entra ID (login.microsoftonline.com) emulator for the client-credentials flows the
 * action uses, served the way MSAL node (inside @azure/identity) calls it with a custom
 * `authorityHost`:
 *
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration   authority metadata (issuer must be on this origin)
 *   POST /{tenant}/oauth2/v2.0/token                        grant_type=client_credentials with
 *        client_secret, or client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer
 *        + client_assertion (a federated token, e.g. GitHub's OIDC token)
 *   GET  /{tenant}/discovery/v2.0/keys                      JWKS of the access-token signing key
 *   GET  /common/discovery/instance?authorization_endpoint=  instance discovery (MSAL only calls it on
 *        login.microsoftonline.com itself, never on the authority host: see entra.test.ts)
 *
 * Errors carry the real AADSTS codes and body shape, so the product's error handling sees what
 * Entra would say. The clock check of assertions is strict (no skew), unlike the real service.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newSigningKey, signJwt, verifyJwt, type SigningKey } from '../jwt.js';
import { formOf, peekClaims, sendFault, sendJson, startHttps, type HttpFault } from './https-server.js';

export const FEDERATED_AUDIENCE = 'api://AzureADTokenExchange';
export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface TrustedIssuer {
  /** `iss` of the assertions, e.g. the GitHub OIDC emulator's issuer. */
  issuer: string;
  /** Keys whose signatures are accepted (matched by `kid`). */
  keys: SigningKey[];
  /** When set, the assertion's `sub` must equal it (a federated credential's subject). */
  subject?: string;
  /** The assertion's `aud` must contain it. */
  audience: typeof FEDERATED_AUDIENCE | string;
}

export interface EntraClient {
  tenantId: string;
  clientId: string;
  /** Accept `client_secret` equal to this. */
  clientSecret?: string;
  /** Accept client assertions from the trusted issuers. */
  federated?: boolean;
  /** The service principal's object id (`oid` of its tokens); default derived from tenant + client. */
  objectId?: string;
}

export interface EntraOptions {
  trustedIssuers?: TrustedIssuer[];
  clients: EntraClient[];
  /** `expires_in` of access tokens; default 3600. */
  tokenLifetimeSeconds?: number;
}

export interface EntraRequest {
  method: string;
  path: string;
  tenant?: string;
  grant_type?: string;
  client_id?: string;
  scope?: string;
  /** How the client authenticated. */
  credential?: 'secret' | 'assertion';
  assertionIssuer?: string;
  assertionSubject?: string;
  status: number;
  /** The AADSTS number of a refusal. */
  errorCode?: number;
}

export interface IssuedAccessToken {
  token: string;
  tenantId: string;
  clientId: string;
  objectId: string;
  /** `aud`: the resource of the `<resource>/.default` scope. */
  audience: string;
  scope: string;
  exp: number;
}

export interface Entra {
  /** https://127.0.0.1:<port>: pass as `authorityHost` (with `disableInstanceDiscovery: true`). */
  authorityHost: string;
  /** Signs the access tokens (its `kid` is in the JWKS). */
  key: SigningKey;
  jwks: { keys: Array<Record<string, string>> };
  requests: EntraRequest[];
  issuedTokens: IssuedAccessToken[];
  /** Answers the next token requests get instead, in order (a gateway's 503 HTML page, a 500). */
  faults: HttpFault[];
  /** The `oid` of a client's tokens. */
  objectIdOf(tenantId: string, clientId: string): string;
  close(): Promise<void>;
}

/** A stable GUID-shaped id from some text. */
export function guidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export async function startEntra(options: EntraOptions): Promise<Entra> {
  const key = newSigningKey();
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const trusted = options.trustedIssuers ?? [];
  const requests: EntraRequest[] = [];
  const issuedTokens: IssuedAccessToken[] = [];
  const faults: HttpFault[] = [];
  const tenants = new Set(options.clients.map((c) => c.tenantId.toLowerCase()));
  const objectIdOf = (tenantId: string, clientId: string) =>
    options.clients.find((c) => c.tenantId.toLowerCase() === tenantId.toLowerCase() && c.clientId === clientId)?.objectId ??
    guidFrom(`sp:${tenantId.toLowerCase()}:${clientId}`);
  let origin = '';

  /** Entra's error body: error, error_description "AADSTSnnn: … Trace ID … Correlation ID … Timestamp …", error_codes, … */
  function aadError(res: ServerResponse, log: EntraRequest, status: number, error: string, code: number, text: string, correlationId: string): void {
    const now = new Date();
    const timestamp = now
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    const traceId = randomUUID();
    log.status = status;
    log.errorCode = code;
    sendJson(res, status, {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${origin}/error?code=${code}`
    });
  }

  function metadata(tenant: string): Record<string, unknown> {
    const base = `${origin}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'tid', 'ver', 'oid'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net'
    };
  }

  function token(req: IncomingMessage, res: ServerResponse, tenant: string, body: string, log: EntraRequest, correlationId: string): void {
    const form = formOf(req, body);
    const grant = form.get('grant_type') ?? undefined;
    const clientId = form.get('client_id') ?? undefined;
    const scope = form.get('scope') ?? undefined;
    Object.assign(log, { grant_type: grant, client_id: clientId, scope });
    const fail = (status: number, error: string, code: number, text: string) => aadError(res, log, status, error, code, text, correlationId);

    if (!tenants.has(tenant.toLowerCase())) {
      return fail(
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`
      );
    }
    if (!grant) return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
    if (grant !== 'client_credentials') return fail(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`);
    if (!clientId) return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
    if (!scope) return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
    const scopes = scope.split(' ').filter((s) => s && !OIDC_SCOPES.has(s));
    if (scopes.length !== 1 || !scopes[0].endsWith('/.default')) {
      return fail(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
      );
    }
    const resource = scopes[0].slice(0, -'/.default'.length);
    const client = options.clients.find((c) => c.tenantId.toLowerCase() === tenant.toLowerCase() && c.clientId === clientId);
    if (!client) {
      return fail(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`
      );
    }

    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    const assertionType = form.get('client_assertion_type');
    if (secret !== null) {
      log.credential = 'secret';
      if (client.clientSecret === undefined || secret !== client.clientSecret) {
        return fail(
          401,
          'invalid_client',
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`
        );
      }
    } else if (assertion !== null || assertionType !== null) {
      log.credential = 'assertion';
      if (assertionType !== JWT_BEARER) {
        return fail(400, 'invalid_request', 50027, `Invalid client_assertion_type '${assertionType ?? ''}'; expected '${JWT_BEARER}'.`);
      }
      if (!assertion) return fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_assertion'.");
      const peeked = peekClaims(assertion);
      if (!peeked) return fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
      const iss = typeof peeked.iss === 'string' ? peeked.iss : '';
      const sub = typeof peeked.sub === 'string' ? peeked.sub : '';
      const auds = Array.isArray(peeked.aud) ? peeked.aud.map(String) : [String(peeked.aud ?? '')];
      log.assertionIssuer = iss;
      log.assertionSubject = sub;
      if (!client.federated) {
        return fail(
          400,
          'invalid_client',
          70021,
          `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${auds.join(',')}'.`
        );
      }
      const byIssuer = trusted.filter((t) => t.issuer === iss);
      if (byIssuer.length === 0) {
        return fail(
          400,
          'invalid_client',
          700211,
          `No matching federated identity record found for presented assertion issuer '${iss}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`
        );
      }
      const byAudience = byIssuer.filter((t) => auds.includes(t.audience));
      if (byAudience.length === 0) {
        return fail(
          400,
          'invalid_client',
          700212,
          `No matching federated identity record found for presented assertion audience '${auds.join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`
        );
      }
      const bySubject = byAudience.filter((t) => t.subject === undefined || t.subject === sub);
      if (bySubject.length === 0) {
        return fail(
          400,
          'invalid_client',
          700213,
          `No matching federated identity record found for presented assertion subject '${sub}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`
        );
      }
      const checked = verifyJwt(
        assertion,
        bySubject.flatMap((t) => t.keys)
      );
      if (!checked.ok) {
        if (checked.reason === 'expired' || checked.reason === 'not yet valid') {
          const at = (n: unknown) => (typeof n === 'number' ? new Date(n * 1000).toISOString().replace('Z', '0000Z') : 'unknown');
          return fail(
            400,
            'invalid_client',
            700024,
            `Client assertion is not within its valid time range. Current time: ${new Date().toISOString().replace('Z', '0000Z')}, assertion valid from ${at(peeked.nbf ?? peeked.iat)}, expiry time of assertion ${at(peeked.exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`
          );
        }
        return fail(400, 'invalid_client', 700027, `Client assertion failed signature validation (${checked.reason}).`);
      }
      if (typeof checked.claims.exp !== 'number') return fail(400, 'invalid_client', 50027, "JWT token is invalid or malformed: it has no 'exp' claim.");
    } else {
      return fail(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }

    const now = Math.floor(Date.now() / 1000);
    const objectId = objectIdOf(tenant, client.clientId);
    const exp = now + lifetime;
    const stsIssuer = `https://sts.windows.net/${client.tenantId}/`;
    const accessToken = signJwt(key, {
      aud: resource,
      iss: stsIssuer,
      iat: now,
      nbf: now,
      exp,
      appid: client.clientId,
      appidacr: log.credential === 'secret' ? '1' : '2',
      idp: stsIssuer,
      idtyp: 'app',
      oid: objectId,
      sub: objectId,
      tid: client.tenantId,
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
      ver: '1.0'
    });
    issuedTokens.push({ token: accessToken, tenantId: client.tenantId, clientId: client.clientId, objectId, audience: resource, scope: scopes[0], exp });
    log.status = 200;
    sendJson(res, 200, { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken });
  }

  const srv = await startHttps((req, res, body) => {
    const url = new URL(req.url ?? '/', origin);
    const parts = url.pathname.split('/').filter(Boolean);
    const log: EntraRequest = { method: req.method ?? '', path: url.pathname, status: 0 };
    requests.push(log);
    const correlationId = url.searchParams.get('client-request-id') ?? String(req.headers['client-request-id'] ?? randomUUID());
    const ok = (answer: unknown) => {
      log.status = 200;
      sendJson(res, 200, answer);
    };

    // Instance discovery (what login.microsoftonline.com/common/discovery/instance answers).
    if (req.method === 'GET' && parts.length === 3 && parts[1] === 'discovery' && parts[2] === 'instance') {
      const authz = url.searchParams.get('authorization_endpoint') ?? '';
      let host = '';
      let tenant = 'common';
      try {
        const u = new URL(authz);
        host = u.host;
        tenant = u.pathname.split('/').filter(Boolean)[0] ?? 'common';
      } catch {
        /* answered below */
      }
      if (host !== new URL(origin).host) {
        return aadError(res, log, 400, 'invalid_instance', 50049, 'Unknown or invalid instance.', correlationId);
      }
      return ok({
        tenant_discovery_endpoint: `${origin}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
      });
    }
    const tenant = parts[0] ?? '';
    log.tenant = tenant;
    const known = tenants.has(tenant.toLowerCase()) || tenant === 'common' || tenant === 'organizations';
    // Authority metadata: v2.0 (what MSAL asks for) and v1 paths.
    if (
      req.method === 'GET' &&
      (url.pathname === `/${tenant}/v2.0/.well-known/openid-configuration` || url.pathname === `/${tenant}/.well-known/openid-configuration`)
    ) {
      if (!known) {
        return aadError(
          res,
          log,
          400,
          'invalid_tenant',
          90002,
          `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
          correlationId
        );
      }
      return ok(metadata(tenant));
    }
    if (req.method === 'GET' && (url.pathname === `/${tenant}/discovery/v2.0/keys` || url.pathname === `/${tenant}/discovery/keys`)) {
      return ok({ keys: [key.jwk] });
    }
    if (url.pathname === `/${tenant}/oauth2/v2.0/token` || url.pathname === `/${tenant}/oauth2/token`) {
      if (req.method !== 'POST') {
        return aadError(res, log, 405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.', correlationId);
      }
      if (faults.length) {
        log.status = faults[0].status;
        sendFault(res, faults);
        return;
      }
      return token(req, res, tenant, body, log, correlationId);
    }
    log.status = 404;
    sendJson(res, 404, { error: 'not_found', error_description: `The Entra emulator has no route for ${req.method} ${url.pathname}` });
  });
  origin = srv.origin;

  return {
    authorityHost: origin,
    key,
    jwks: { keys: [key.jwk] },
    requests,
    issuedTokens,
    faults,
    objectIdOf,
    close: () => srv.close()
  };
}
