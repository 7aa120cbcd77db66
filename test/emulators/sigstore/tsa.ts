/**
 * RFC 3161 timestamp authority emulator on loopback HTTPS, after sigstore/timestamp-authority
 * (pkg/api/timestamp.go, openapi.yaml): `POST /api/v1/timestamp` takes either the JSON request
 * @sigstore/sign's TSAWitness sends (`Content-Type: application/json`,
 * `{ artifactHash: base64, hashAlgorithm: 'sha256', nonce?, certificates?, tsaPolicyOID? }`) or a
 * DER TimeStampReq (`application/timestamp-query`), and answers a DER TimeStampResp
 * (`application/timestamp-reply`, 200 as the real server does without --use-http-201) signed by a
 * throwaway TSA chain (@sigstore/mock's initializeTSA: a signing certificate with the timeStamping
 * EKU under a root). `GET /api/v1/timestamp/certchain` gives the chain as PEM.
 *
 * Refusals as timestamp-authority answers them: 415 for a non-`application/*` content type, 400
 * `{ code, message }` for an unsupported content type, bad JSON, SHA-1 ("Weak hash algorithm in
 * timestamp request"), unknown hash algorithms, a digest whose length does not fit its algorithm,
 * a policy OID other than the TSA's.
 *
 * genTime is whole seconds, as the real server writes it. Not emulated: request extensions; nonces above 2^53 are refused (the mock TSA encodes the nonce
 * from a JS number); without a requested nonce the mock still puts one in the token.
 */
import { generateKeyPairSync, randomInt, X509Certificate } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ASN1Obj } from '@sigstore/core';
import { initializeTSA } from '@sigstore/mock';
import { sendFault, sendJson, startHttps, type HttpFault } from '../azure/https-server.js';

export const TSA_POLICY_OID = '1.3.6.1.4.1.57264.2';

const HASHES: Record<string, { oid: string; length: number }> = {
  sha256: { oid: '2.16.840.1.101.3.4.2.1', length: 32 },
  sha384: { oid: '2.16.840.1.101.3.4.2.2', length: 48 },
  sha512: { oid: '2.16.840.1.101.3.4.2.3', length: 64 }
};
const SHA1_OID = '1.3.14.3.2.26';

export interface TsaRequest {
  method: string;
  path: string;
  contentType: string;
  status: number;
  reason?: string;
  /** What was asked to be timestamped. */
  hashAlgorithm?: string;
  artifactHash?: string;
}

export interface Tsa {
  /** https://127.0.0.1:<port> — TSAWitness's `tsaBaseURL`. */
  url: string;
  /** The full timestamp URL (what a SigningConfig's `tsaUrls[].url` holds). */
  timestampUrl: string;
  /** DER certificates, signing certificate first, root last. */
  chainDer: Buffer[];
  chainPem: string[];
  /** notBefore of the root (the TSA's `validFor.start` in the trusted root). */
  notBefore: Date;
  requests: TsaRequest[];
  /** How many timestamps were issued. */
  issuedCount(): number;
  faults: HttpFault[];
  failNext(count?: number, status?: number): void;
  close(): Promise<void>;
}

class TsaError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason: string
  ) {
    super(message);
  }
}

const toPem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${(der.toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;

interface ParsedRequest {
  hashAlgorithmOID: string;
  artifactHash: Buffer;
  nonce?: bigint;
  policyOID?: string;
  certReq: boolean;
}

function hashByName(name: string): { oid: string; length: number } {
  const n = name.toLowerCase();
  if (n === 'sha1') throw new TsaError(400, 'Weak hash algorithm in timestamp request', 'sha1 requested');
  const h = HASHES[n];
  if (!h) throw new TsaError(400, 'Error generating timestamp response', `unsupported hash algorithm: ${name}`);
  return h;
}

function parseJson(raw: Buffer): ParsedRequest {
  if (raw.length > 1024) throw new TsaError(400, 'timestamp request is too large', 'request exceeds 1024 bytes');
  let json: { artifactHash?: unknown; hashAlgorithm?: unknown; nonce?: unknown; certificates?: unknown; tsaPolicyOID?: unknown };
  try {
    json = JSON.parse(raw.toString('utf8')) as typeof json;
  } catch (e) {
    throw new TsaError(400, 'Error generating timestamp response', `failed to parse JSON into request: ${(e as Error).message}`);
  }
  const h = hashByName(String(json.hashAlgorithm ?? ''));
  const artifactHash = Buffer.from(String(json.artifactHash ?? ''), 'base64');
  return {
    hashAlgorithmOID: h.oid,
    artifactHash,
    nonce: json.nonce === undefined || json.nonce === null ? undefined : BigInt(String(json.nonce)),
    policyOID: typeof json.tsaPolicyOID === 'string' && json.tsaPolicyOID !== '' ? json.tsaPolicyOID : undefined,
    certReq: json.certificates === true
  };
}

/** TimeStampReq ::= SEQUENCE { version, messageImprint, reqPolicy OID OPTIONAL, nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE, extensions [0] OPTIONAL } */
function parseDer(raw: Buffer): ParsedRequest {
  let req: ASN1Obj;
  try {
    req = ASN1Obj.parseBuffer(raw as Buffer<ArrayBuffer>);
  } catch (e) {
    throw new TsaError(400, 'Error generating timestamp response', `asn1: ${(e as Error).message}`);
  }
  const [version, imprint, ...rest] = req.subs;
  if (!version?.tag.isInteger() || version.toInteger() !== 1n || !imprint || imprint.subs.length !== 2)
    throw new TsaError(400, 'Error generating timestamp response', 'not a version 1 TimeStampReq');
  const oid = imprint.subs[0].subs[0]?.toOID();
  const artifactHash = imprint.subs[1].value;
  if (oid === SHA1_OID) throw new TsaError(400, 'Weak hash algorithm in timestamp request', 'sha1 requested');
  const h = Object.values(HASHES).find((x) => x.oid === oid);
  if (!h) throw new TsaError(400, 'Error generating timestamp response', `unsupported hash algorithm: ${String(oid)}`);
  const out: ParsedRequest = { hashAlgorithmOID: h.oid, artifactHash: Buffer.from(artifactHash), certReq: false };
  for (const field of rest) {
    if (field.tag.isOID()) out.policyOID = field.toOID();
    else if (field.tag.isInteger()) out.nonce = field.toInteger();
    else if (field.tag.isBoolean()) out.certReq = field.toBoolean();
    else if (field.tag.isContextSpecific(0))
      throw new TsaError(400, 'unaccepted extension: requested extensions are not supported by the TSA', 'extensions in request');
  }
  return out;
}

function contentTypeOf(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

export interface TsaOptions {
  /** Called with each request's log entry as it arrives (its status is filled in afterwards). */
  onRequest?: (entry: TsaRequest) => void;
}

export async function startTsa(options: TsaOptions = {}): Promise<Tsa> {
  // The mock TSA reads the time from this Date (the same object each call): set to whole seconds
  // before each timestamp, as the real TSA's genTime (Go's asn1 GeneralizedTime) has none. asn1js
  // would write milliseconds with trailing zeros trimmed (".12Z"), which @sigstore/core's time
  // parser refuses (it takes exactly three digits).
  const clock = new Date();
  const tsa = await initializeTSA(generateKeyPairSync('ec', { namedCurve: 'P-256' }), clock);
  const view = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const chainDer = [view(tsa.intCertificate), view(tsa.rootCertificate)];
  const chainPem = chainDer.map(toPem);
  const notBefore = new Date(new X509Certificate(chainDer[1]).validFrom);
  const requests: TsaRequest[] = [];
  const faults: HttpFault[] = [];
  let issued = 0;

  const srv = await startHttps(async (req, res, _body, raw) => {
    const path = new URL(req.url ?? '/', 'https://tsa.invalid').pathname;
    const contentType = contentTypeOf(req);
    const entry: TsaRequest = { method: req.method ?? '', path, contentType, status: 0 };
    requests.push(entry);
    options.onRequest?.(entry);
    if (path === '/api/v1/timestamp/certchain' && req.method === 'GET') {
      entry.status = 200;
      const text = chainPem.join('');
      res.writeHead(200, { 'content-type': 'application/pem-certificate-chain', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    if (path !== '/api/v1/timestamp' || req.method !== 'POST') {
      entry.status = 404;
      return sendJson(res, 404, { code: 404, message: 'path /api/v1/timestamp was not found' });
    }
    if (faults.length) {
      entry.status = faults[0].status;
      entry.reason = 'injected fault';
      sendFault(res, faults);
      return;
    }
    try {
      if (!contentType.startsWith('application/'))
        throw new TsaError(415, 'Error generating timestamp response', 'content-type must be an application media type');
      let parsed: ParsedRequest;
      if (contentType === 'application/json') parsed = parseJson(raw);
      else if (contentType === 'application/timestamp-query') parsed = parseDer(raw);
      else throw new TsaError(400, 'Error generating timestamp response', 'unsupported content type');
      const h = Object.entries(HASHES).find(([, x]) => x.oid === parsed.hashAlgorithmOID);
      entry.hashAlgorithm = h?.[0];
      entry.artifactHash = parsed.artifactHash.toString('hex');
      if (parsed.artifactHash.length !== h?.[1].length)
        throw new TsaError(400, 'Message digest has incorrect length for specified algorithm', `digest is ${parsed.artifactHash.length} bytes`);
      if (parsed.policyOID && parsed.policyOID !== TSA_POLICY_OID)
        throw new TsaError(400, 'unaccepted policy: requested TSA policy is not supported by the TSA', `policy ${parsed.policyOID}`);
      if (parsed.nonce !== undefined && (parsed.nonce < 0n || parsed.nonce > BigInt(Number.MAX_SAFE_INTEGER)))
        throw new TsaError(400, 'Error generating timestamp response', 'emulator: nonces above 2^53 are not supported');
      clock.setTime(Math.floor(Date.now() / 1000) * 1000);
      const reply = await tsa.timestamp({
        artifactHash: parsed.artifactHash,
        hashAlgorithmOID: parsed.hashAlgorithmOID,
        nonce: parsed.nonce === undefined ? randomInt(1, 2 ** 31) : Number(parsed.nonce),
        policyOID: TSA_POLICY_OID,
        certReq: parsed.certReq
      });
      issued += 1;
      const body = view(reply);
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': body.length });
      res.end(body);
    } catch (e) {
      if (!(e instanceof TsaError)) throw e;
      entry.status = e.status;
      entry.reason = e.reason;
      sendJson(res, e.status, { code: e.status, message: e.message });
    }
  });

  return {
    url: srv.origin,
    timestampUrl: `${srv.origin}/api/v1/timestamp`,
    chainDer,
    chainPem,
    notBefore,
    requests,
    issuedCount: () => issued,
    faults,
    failNext: (count = 1, status = 503) => {
      for (let i = 0; i < count; i++) faults.push({ status });
    },
    close: () => srv.close()
  };
}
