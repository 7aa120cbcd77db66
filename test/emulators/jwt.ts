/**
 * RS256 JSON Web Tokens for the emulators (GitHub OIDC issues them, Entra checks and issues them,
 * ARM and the ACR token server check them). node:crypto only.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, createSign, createVerify, createHash, type KeyObject } from 'node:crypto';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as a JWK (for a JWKS document). */
  jwk: Record<string, string>;
}

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

export function newSigningKey(kid?: string, pem?: { key: string }): SigningKey {
  const privateKey = pem ? createPrivateKey(pem.key) : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const id = kid ?? createHash('sha256').update(jwk.n).digest('base64url').slice(0, 16);
  return { kid: id, privateKey, publicKey, jwk: { ...jwk, kid: id, use: 'sig', alg: 'RS256' } };
}

export function signJwt(key: SigningKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const h = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header }));
  const p = b64url(JSON.stringify(claims));
  const s = createSign('RSA-SHA256').update(`${h}.${p}`).sign(key.privateKey);
  return `${h}.${p}.${b64url(s)}`;
}

export type Verified = { ok: true; claims: Record<string, unknown>; header: Record<string, unknown> } | { ok: false; reason: string };

/** Checks signature (against any of `keys`), `exp` and `nbf` (with `now` in seconds). */
export function verifyJwt(token: string, keys: Array<Pick<SigningKey, 'kid' | 'publicKey'>>, now = Math.floor(Date.now() / 1000)): Verified {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'not a JWT' };
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as Record<string, unknown>;
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'malformed JWT' };
  }
  if (header.alg !== 'RS256') return { ok: false, reason: `alg ${String(header.alg)} is not RS256` };
  const key = keys.find((k) => k.kid === header.kid);
  if (!key) return { ok: false, reason: `unknown kid ${String(header.kid)}` };
  const good = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(key.publicKey, Buffer.from(parts[2], 'base64url'));
  if (!good) return { ok: false, reason: 'bad signature' };
  if (typeof claims.exp === 'number' && claims.exp <= now) return { ok: false, reason: 'expired' };
  if (typeof claims.nbf === 'number' && claims.nbf > now + 60) return { ok: false, reason: 'not yet valid' };
  return { ok: true, claims, header };
}

/** Reads the emulators' TLS material (made by scripts/local-services.sh). */
export async function tlsOptions(): Promise<{ key: string; cert: string; ca: string }> {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = process.env.TEST_TLS_DIR;
  if (!dir) throw new Error('TEST_TLS_DIR is not set: run through `npm test` (scripts/local-services.sh makes the test CA).');
  return {
    key: readFileSync(join(dir, 'server.key'), 'utf8'),
    cert: readFileSync(join(dir, 'server.crt'), 'utf8'),
    ca: readFileSync(join(dir, 'ca.crt'), 'utf8')
  };
}
