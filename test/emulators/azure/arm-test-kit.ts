/**
 * What the ARM emulator's own tests share: the subscription and tenant, the token an Entra emulator
 * key signs for ARM, SDK options that keep the retry policy but shorten its waits, and a helper that
 * returns the error a call is expected to throw.
 */
import type { TokenCredential } from '@azure/core-auth';
import { signJwt, type SigningKey } from '../jwt.js';

export const SUB = '3f1c2a7e-0000-4000-8000-00000000a11e';
export const TENANT = '72f988bf-0000-4000-8000-00000000c0de';
export const SCOPE = 'https://management.azure.com/.default';
/** Retries kept, delays shortened: the SDK's retry policy runs as in production, only faster. */
export const FAST = { retryOptions: { retryDelayInMs: 5, maxRetryDelayInMs: 20 } };
/** LRO poll interval for the tests (the SDK default is 2 s). */
export const POLL = { updateIntervalInMs: 5 };

const now = () => Math.floor(Date.now() / 1000);

/** An access token for ARM, signed with `key`, live for an hour; `claims` override. */
export function armToken(key: SigningKey, claims: Record<string, unknown> = {}): string {
  return signJwt(key, {
    aud: 'https://management.azure.com',
    iss: `https://sts.windows.net/${TENANT}/`,
    tid: TENANT,
    oid: 'deployer-oid',
    iat: now(),
    nbf: now() - 5,
    exp: now() + 3600,
    ...claims
  });
}

export function staticCredential(token: string): TokenCredential {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}

/** The error `p` rejects with; fails the test when it resolves. */
export async function failure<E = { name: string; message: string; statusCode?: number; code?: string }>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    return e as E;
  }
  throw new Error('expected the call to fail');
}
