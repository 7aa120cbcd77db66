/**
 * Fulcio emulator: the Sigstore certificate authority on loopback HTTPS, as @sigstore/sign's
 * FulcioSigner calls it (`POST /api/v2/signingCert`, JSON).
 *
 * What it enforces, after sigstore/fulcio pkg/server/grpc_server.go CreateSigningCertificate:
 * - the OIDC token (in `credentials.oidcIdentityToken`, or `Authorization: Bearer`) comes from an
 *   issuer in `trustedIssuers` (exact `iss` match), is signed by a key of that issuer's JWKS
 *   (discovered through `${iss}/.well-known/openid-configuration` → `jwks_uri`; the document's
 *   `issuer` must equal `iss`), has audience `sigstore` and is not expired;
 * - the token carries every claim Fulcio's GitHub workflow principal requires
 *   (pkg/identity/github/principal.go);
 * - the public key parses, and `publicKeyRequest.proofOfPossession` is a signature by that key
 *   over the token's `sub` claim (principal.Name = the subject, pkg/challenges CheckSignatureWithVerifier);
 * - refusals are 400 with grpc-gateway's body `{ code: 3, message, details: [] }` and Fulcio's
 *   client messages (pkg/server/error.go).
 * It then issues a 10-minute leaf certificate from a throwaway root (@sigstore/mock's CA) with the
 * SAN URI `${serverUrl}/${job_workflow_ref}` and the GitHub Actions extensions of docs/oid-info.md.
 *
 * Not emulated: CSR requests (`certificateSigningRequest`), key types other than ECDSA P-256 (the
 * mock CA imports only P-256; FulcioSigner's ephemeral key is P-256), the CT log (no SCT is
 * embedded), random serial numbers (the mock CA uses a fixed one).
 */
import { createPublicKey, generateKeyPairSync, verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { initializeCA } from '@sigstore/mock';
import { sendFault, sendJson, startHttps, type HttpFault } from '../azure/https-server.js';
import { verifyJwt } from '../jwt.js';

export interface FulcioOptions {
  /** OIDC issuers (`iss`, exact) whose tokens are accepted. Others are refused. */
  trustedIssuers: string[];
  /** Base of the SAN and URI extensions (GITHUB_SERVER_URL). Default https://github.com */
  serverUrl?: string;
  /** Audience tokens must carry (Fulcio's client ID for the issuer). Default `sigstore`. */
  audience?: string;
  /** Called with each request's log entry as it arrives (its status is filled in afterwards). */
  onRequest?: (entry: FulcioRequest) => void;
}

export interface FulcioRequest {
  method: string;
  path: string;
  status: number;
  /** Parsed JSON body, if any (the token inside is left as sent). */
  body?: unknown;
  /** Why it was refused (the internal error; the client sees only Fulcio's generic message). */
  reason?: string;
  /** `iss` / `sub` of the presented token, when it could be read. */
  issuer?: string;
  subject?: string;
}

export interface IssuedCertificate {
  leafPem: string;
  san: string;
  subject: string;
  issuer: string;
  claims: Record<string, unknown>;
  /** Extensions put in the certificate: OID → value (legacy ones as raw text too). */
  extensions: Record<string, string>;
}

export interface Fulcio {
  /** https://127.0.0.1:<port> — FulcioSigner's `fulcioBaseURL`, SigningConfig `caUrls[].url`. */
  url: string;
  rootPem: string;
  rootDer: Buffer;
  /** notBefore of the root: the `validFor.start` of the CA in the trusted root. */
  rootNotBefore: Date;
  trustedIssuers: string[];
  requests: FulcioRequest[];
  issued: IssuedCertificate[];
  /** Answers the next signingCert requests get instead, in order (e.g. 503 pages). */
  faults: HttpFault[];
  /** Queues `count` faults of `status` (default 503). */
  failNext(count?: number, status?: number): void;
  close(): Promise<void>;
}

/** Fulcio OIDs, docs/oid-info.md. */
export const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
  githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
  githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
  githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
} as const;

/** Claims Fulcio's GitHub workflow principal refuses to do without (pkg/identity/github/principal.go). */
export const GITHUB_REQUIRED_CLAIMS = [
  'job_workflow_ref',
  'sha',
  'event_name',
  'repository',
  'workflow',
  'ref',
  'job_workflow_sha',
  'runner_environment',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'workflow_ref',
  'workflow_sha',
  'run_id',
  'run_attempt'
] as const;

// Client-facing messages, pkg/server/error.go.
const MSG = {
  invalidIdentityToken: 'There was an error processing the identity token',
  invalidPublicKey: 'The public key supplied in the request could not be parsed',
  invalidSignature: 'The signature supplied in the request could not be verified',
  invalidCSR: 'The certificate signing request could not be parsed',
  insecurePublicKey: 'The public key supplied in the request is insecure'
};
const GRPC_INVALID_ARGUMENT = 3;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly clientMessage: string,
    reason: string,
    readonly grpcCode = GRPC_INVALID_ARGUMENT
  ) {
    super(reason);
  }
}

const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`.replace('\n\n-----END', '\n-----END');

/** Extensions Fulcio puts in a GitHub Actions certificate (principal.go Embed; legacy .1–.6 are raw bytes). */
export function githubExtensions(claims: Record<string, unknown>, serverUrl: string): Array<{ oid: string; value: string; legacy?: boolean }> {
  const c = (k: string) => String(claims[k] ?? '');
  const base = serverUrl.replace(/\/+$/, '');
  const list: Array<{ oid: string; value: string; legacy?: boolean }> = [
    { oid: FULCIO_OID.issuerV1, value: c('iss'), legacy: true },
    { oid: FULCIO_OID.githubWorkflowTrigger, value: c('event_name'), legacy: true },
    { oid: FULCIO_OID.githubWorkflowSha, value: c('sha'), legacy: true },
    { oid: FULCIO_OID.githubWorkflowName, value: c('workflow'), legacy: true },
    { oid: FULCIO_OID.githubWorkflowRepository, value: c('repository'), legacy: true },
    { oid: FULCIO_OID.githubWorkflowRef, value: c('ref'), legacy: true },
    { oid: FULCIO_OID.issuerV2, value: c('iss') },
    { oid: FULCIO_OID.buildSignerUri, value: `${base}/${c('job_workflow_ref')}` },
    { oid: FULCIO_OID.buildSignerDigest, value: c('job_workflow_sha') },
    { oid: FULCIO_OID.runnerEnvironment, value: c('runner_environment') },
    { oid: FULCIO_OID.sourceRepositoryUri, value: `${base}/${c('repository')}` },
    { oid: FULCIO_OID.sourceRepositoryDigest, value: c('sha') },
    { oid: FULCIO_OID.sourceRepositoryRef, value: c('ref') },
    { oid: FULCIO_OID.sourceRepositoryIdentifier, value: c('repository_id') },
    { oid: FULCIO_OID.sourceRepositoryOwnerUri, value: `${base}/${c('repository_owner')}` },
    { oid: FULCIO_OID.sourceRepositoryOwnerIdentifier, value: c('repository_owner_id') },
    { oid: FULCIO_OID.buildConfigUri, value: `${base}/${c('workflow_ref')}` },
    { oid: FULCIO_OID.buildConfigDigest, value: c('workflow_sha') },
    { oid: FULCIO_OID.buildTrigger, value: c('event_name') },
    { oid: FULCIO_OID.runInvocationUri, value: `${base}/${c('repository')}/actions/runs/${c('run_id')}/attempts/${c('run_attempt')}` },
    { oid: FULCIO_OID.sourceRepositoryVisibilityAtSigning, value: c('repository_visibility') }
  ];
  // certificate.Extensions.Render leaves out empty values.
  return list.filter((e) => e.value !== '');
}

/** Fetches the issuer's JWKS the way go-oidc's provider discovery does. */
async function issuerKeys(iss: string): Promise<Array<{ kid: string; publicKey: KeyObject }>> {
  const confRes = await fetch(`${iss}/.well-known/openid-configuration`);
  if (!confRes.ok) throw new Error(`oidc: get provider configuration: ${confRes.status}`);
  const conf = (await confRes.json()) as { issuer?: string; jwks_uri?: string };
  if (conf.issuer !== iss) throw new Error(`oidc: issuer did not match the issuer returned by provider, expected "${iss}" got "${String(conf.issuer)}"`);
  if (!conf.jwks_uri) throw new Error('oidc: provider configuration has no jwks_uri');
  const jwksRes = await fetch(conf.jwks_uri);
  if (!jwksRes.ok) throw new Error(`oidc: fetching keys: ${jwksRes.status}`);
  const jwks = (await jwksRes.json()) as { keys?: Array<Record<string, string>> };
  return (jwks.keys ?? []).map((jwk) => ({ kid: jwk.kid, publicKey: createPublicKey({ key: jwk, format: 'jwk' }) }));
}

function peek(token: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export async function startFulcio(options: FulcioOptions): Promise<Fulcio> {
  const serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const audience = options.audience ?? 'sigstore';
  const trustedIssuers = [...options.trustedIssuers];
  const ca = await initializeCA(generateKeyPairSync('ec', { namedCurve: 'P-256' }));
  const rootDer = Buffer.from(ca.rootCertificate.buffer, ca.rootCertificate.byteOffset, ca.rootCertificate.byteLength);
  const rootPem = toPem(rootDer);
  const rootNotBefore = new Date(new X509Certificate(rootDer).validFrom);
  const requests: FulcioRequest[] = [];
  const issued: IssuedCertificate[] = [];
  const faults: HttpFault[] = [];

  const refuse = (res: ServerResponse, entry: FulcioRequest, r: Refusal) => {
    entry.status = r.status;
    entry.reason = r.message;
    sendJson(res, r.status, { code: r.grpcCode, message: r.clientMessage, details: [] });
  };

  async function authenticate(token: string, entry: FulcioRequest): Promise<Record<string, unknown>> {
    if (token.split('.').length !== 3) throw new Refusal(400, MSG.invalidIdentityToken, 'oidc: malformed jwt, token must have 3 parts');
    const peeked = peek(token);
    if (!peeked) throw new Refusal(400, MSG.invalidIdentityToken, 'oidc: malformed jwt payload');
    const iss = String(peeked.iss ?? '');
    entry.issuer = iss;
    entry.subject = typeof peeked.sub === 'string' ? peeked.sub : undefined;
    if (!trustedIssuers.includes(iss))
      throw new Refusal(400, MSG.invalidIdentityToken, `failed to match issuer URL ${iss} from token with any configured providers`);
    let keys: Array<{ kid: string; publicKey: KeyObject }>;
    try {
      keys = await issuerKeys(iss);
    } catch (e) {
      throw new Refusal(400, MSG.invalidIdentityToken, (e as Error).message);
    }
    const v = verifyJwt(token, keys);
    if (!v.ok) throw new Refusal(400, MSG.invalidIdentityToken, `oidc: ${v.reason}`);
    const aud = v.claims.aud;
    const auds = Array.isArray(aud) ? aud.map(String) : [String(aud ?? '')];
    if (!auds.includes(audience)) throw new Refusal(400, MSG.invalidIdentityToken, `oidc: expected audience "${audience}" got ${JSON.stringify(auds)}`);
    for (const claim of GITHUB_REQUIRED_CLAIMS) {
      if (typeof v.claims[claim] !== 'string' || v.claims[claim] === '') throw new Refusal(400, MSG.invalidIdentityToken, `missing ${claim} claim in ID token`);
    }
    if (typeof v.claims.sub !== 'string' || v.claims.sub === '') throw new Refusal(400, MSG.invalidIdentityToken, 'missing sub claim in ID token');
    return v.claims;
  }

  async function signingCert(req: { headers: Record<string, string | string[] | undefined> }, body: string, entry: FulcioRequest): Promise<unknown> {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body) as Record<string, unknown>;
      entry.body = json;
    } catch (e) {
      throw new Refusal(400, `proto: syntax error: ${(e as Error).message}`, 'body is not JSON');
    }
    const credentials = (json.credentials ?? {}) as { oidcIdentityToken?: string };
    let token = credentials.oidcIdentityToken ?? '';
    if (!token) token = String(req.headers.authorization ?? '').replace('Bearer ', '');
    const claims = await authenticate(token, entry);
    if (json.certificateSigningRequest) throw new Refusal(400, MSG.invalidCSR, 'emulator: certificate signing requests are not emulated');
    const pkr = (json.publicKeyRequest ?? {}) as { publicKey?: { algorithm?: string; content?: string }; proofOfPossession?: string };
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey(pkr.publicKey?.content ?? '');
    } catch (e) {
      throw new Refusal(400, MSG.invalidPublicKey, (e as Error).message);
    }
    if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new Refusal(
        400,
        `signing algorithm not permitted: ${publicKey.asymmetricKeyType ?? 'unknown'} ${publicKey.asymmetricKeyDetails?.namedCurve ?? ''}`.trim(),
        'emulator: only ECDSA P-256 keys are issued certificates'
      );
    }
    const proof = Buffer.from(pkr.proofOfPossession ?? '', 'base64');
    const subject = String(claims.sub);
    let good = false;
    try {
      good = proof.length > 0 && verifySignature('sha256', Buffer.from(subject), publicKey, proof);
    } catch {
      good = false;
    }
    if (!good) throw new Refusal(400, MSG.invalidSignature, `proof of possession is not a signature over the sub claim "${subject}"`);
    const extensions = githubExtensions(claims, serverUrl);
    const san = `${serverUrl}/${String(claims.job_workflow_ref)}`;
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const leaf = await ca.issueCertificate({ publicKey: new Uint8Array(spki), subjectAltName: san, extensions });
    const leafPem = toPem(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength));
    issued.push({ leafPem, san, subject, issuer: String(claims.iss), claims, extensions: Object.fromEntries(extensions.map((e) => [e.oid, e.value])) });
    return { signedCertificateEmbeddedSct: { chain: { certificates: [leafPem, rootPem] } } };
  }

  const srv = await startHttps(async (req, res, body) => {
    const path = new URL(req.url ?? '/', 'https://fulcio.invalid').pathname;
    const entry: FulcioRequest = { method: req.method ?? '', path, status: 0 };
    requests.push(entry);
    options.onRequest?.(entry);
    if (path === '/api/v2/trustBundle' && req.method === 'GET') {
      entry.status = 200;
      return sendJson(res, 200, { chains: [{ certificates: [rootPem] }] });
    }
    if (path !== '/api/v2/signingCert' || req.method !== 'POST') {
      entry.status = 404;
      return sendJson(res, 404, { code: 5, message: 'Not Found', details: [] });
    }
    if (faults.length) {
      entry.status = faults[0].status;
      entry.reason = 'injected fault';
      sendFault(res, faults);
      return;
    }
    try {
      const answer = await signingCert(req, body, entry);
      entry.status = 201;
      sendJson(res, 201, answer);
    } catch (e) {
      if (e instanceof Refusal) return refuse(res, entry, e);
      entry.status = 500;
      entry.reason = String(e);
      sendJson(res, 500, { code: 13, message: 'error communicating with CA backend', details: [] });
    }
  });

  return {
    url: srv.origin,
    rootPem,
    rootDer,
    rootNotBefore,
    trustedIssuers,
    requests,
    issued,
    faults,
    failNext: (count = 1, status = 503) => {
      for (let i = 0; i < count; i++) faults.push({ status });
    },
    close: () => srv.close()
  };
}
