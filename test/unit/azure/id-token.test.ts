/** The GitHub ID token request: 5xx, 429 and connection failures retried (bounded), anything else at once. */
import { describe, expect, jest, test } from '@jest/globals';
import { githubIdToken, isTransientIdTokenFailure, ID_TOKEN_RETRY } from '../../../src/azure/credential.js';

// What @actions/core's getIDToken throws (its own line breaks and spacing).
const coreError = (status: number | undefined, message: string) =>
  new Error(`Failed to get ID Token. \n \n        Error Code : ${status}\n \n        Error Message: ${message}`);
const noSleep = { sleep: async () => undefined };

describe('githubIdToken', () => {
  test.each([
    [500, true],
    [502, true],
    [503, true],
    [429, true],
    [401, false],
    [403, false],
    [404, false]
  ])('status %s retryable: %s', (status, retryable) => expect(isTransientIdTokenFailure(coreError(status, 'x'))).toBe(retryable));

  test('connection failures are retried; other errors are not', () => {
    expect(isTransientIdTokenFailure(coreError(undefined, 'read ECONNRESET'))).toBe(true);
    expect(isTransientIdTokenFailure(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'))).toBe(false);
  });

  test('two 500s then a token: the token', async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const source = jest
      .fn<(aud: string) => Promise<string>>()
      .mockRejectedValueOnce(coreError(500, 'boom'))
      .mockRejectedValueOnce(coreError(500, 'boom'))
      .mockResolvedValue('jwt');
    await expect(githubIdToken(source, 'api://AzureADTokenExchange', noSleep)).resolves.toBe('jwt');
    expect(source).toHaveBeenCalledTimes(3);
    jest.restoreAllMocks();
  });

  test("a 500 that persists: bounded attempts, the status and the endpoint's words, no permission hint", async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const source = jest.fn<(aud: string) => Promise<string>>().mockRejectedValue(coreError(500, 'Internal server error'));
    const err = (await githubIdToken(source, 'api://AzureADTokenExchange', noSleep).catch((e: unknown) => e)) as Error & { hint?: string };
    expect(source).toHaveBeenCalledTimes(ID_TOKEN_RETRY.attempts);
    expect(err.message).toBe(
      `Could not get a GitHub ID token for audience api://AzureADTokenExchange (${ID_TOKEN_RETRY.attempts} attempts): the runner's token endpoint answered HTTP 500: Internal server error`
    );
    expect(err.hint).not.toMatch(/id-token: write/);
    jest.restoreAllMocks();
  });

  test('a 403 fails at once with the permission hint', async () => {
    const source = jest.fn<(aud: string) => Promise<string>>().mockRejectedValue(coreError(403, 'Forbidden'));
    const err = (await githubIdToken(source, 'api://AzureADTokenExchange', noSleep).catch((e: unknown) => e)) as Error & { hint?: string };
    expect(source).toHaveBeenCalledTimes(1);
    expect(err.hint).toMatch(/id-token: write/);
  });
});
