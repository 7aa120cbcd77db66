/**
 * The GitHub Actions OIDC emulator, driven by the real @actions/core `getIDToken`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { startGitHubOidc, fetchIdToken, DEFAULT_SHA, type GitHubOidc } from './github-oidc.js';
import { verifyJwt } from './jwt.js';

let oidc: GitHubOidc;
const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };

beforeAll(async () => {
  oidc = await startGitHubOidc({ subject: 'repo:contoso/fn:environment:prod' });
});
afterAll(async () => {
  await oidc.close();
});
afterEach(() => {
  for (const [k, v] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  jest.restoreAllMocks();
});

/** core.getIDToken prints ::add-mask:: lines on stdout; keep them out of the test output. */
async function coreIdToken(aud?: string): Promise<{ token: string; stdout: string }> {
  let stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { token: await core.getIDToken(aud), stdout };
  } finally {
    jest.restoreAllMocks();
  }
}

describe('GitHub OIDC token endpoint', () => {
  test('core.getIDToken(aud) gets a signed token: iss = the emulator, aud, sub, 300 s lifetime; core masks it', async () => {
    Object.assign(process.env, oidc.env());
    expect(oidc.requestUrl).toContain('?api-version=2.0');
    const { token, stdout } = await coreIdToken('api://AzureADTokenExchange');
    expect(stdout).toContain(`::add-mask::${token}`);
    const v = verifyJwt(token, [oidc.key]);
    if (!v.ok) throw new Error(v.reason);
    expect(v.claims).toMatchObject({
      iss: oidc.issuer,
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:contoso/fn:environment:prod',
      repository: 'contoso/fn',
      repository_owner: 'contoso'
    });
    expect((v.claims.exp as number) - (v.claims.iat as number)).toBe(300);
    const last = oidc.issued[oidc.issued.length - 1];
    expect(last).toMatchObject({ aud: 'api://AzureADTokenExchange', iat: v.claims.iat, exp: v.claims.exp });
    expect(oidc.requests[oidc.requests.length - 1]).toMatchObject({ method: 'GET', audience: 'api://AzureADTokenExchange', status: 200 });
  });

  test('without an audience GitHub uses the owner URL', async () => {
    Object.assign(process.env, oidc.env());
    const { token } = await coreIdToken();
    const v = verifyJwt(token, [oidc.key]);
    expect(v.ok && v.claims.aud).toBe('https://github.com/contoso');
  });

  test('the request token is required', async () => {
    const noAuth = await fetch(`${oidc.requestUrl}&audience=x`);
    expect(noAuth.status).toBe(401);
    const wrong = await fetch(`${oidc.requestUrl}&audience=x`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'nope';
    await expect(coreIdToken('api://AzureADTokenExchange')).rejects.toThrow(/401/);
  });

  test('serves its discovery document and JWKS like token.actions.githubusercontent.com', async () => {
    const conf = (await (await fetch(`${oidc.issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(conf.issuer).toBe(oidc.issuer);
    const jwks = (await (await fetch(conf.jwks_uri)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((k) => k.kid)).toEqual([oidc.key.kid]);
  });

  test('a short lifetime gives tokens that expire: each fetch is a new token', async () => {
    const short = await startGitHubOidc({ lifetimeSeconds: 2 });
    try {
      const a = await fetchIdToken(short);
      const b = await fetchIdToken(short);
      expect(a).not.toBe(b);
      expect(short.issued.map((i) => i.exp - i.iat)).toEqual([2, 2]);
      expect(short.issued[0].sub).toBe('repo:owner/name:ref:refs/heads/main');
      const v = verifyJwt(a, [short.key], short.issued[0].exp);
      expect(v).toEqual({ ok: false, reason: 'expired' });
    } finally {
      await short.close();
    }
  });

  test('carries the claims GitHub puts in Actions tokens (those @actions/attest requires and Fulcio maps), consistent with the subject', async () => {
    const v = verifyJwt(await fetchIdToken(oidc, 'sigstore'), [oidc.key]);
    if (!v.ok) throw new Error(v.reason);
    // @actions/attest lib/oidc.js REQUIRED_CLAIMS
    for (const claim of [
      'iss',
      'ref',
      'sha',
      'repository',
      'event_name',
      'job_workflow_ref',
      'workflow_ref',
      'repository_id',
      'repository_owner_id',
      'runner_environment',
      'run_id',
      'run_attempt'
    ])
      expect(v.claims).toHaveProperty(claim);
    expect(v.claims).toMatchObject({
      sub: 'repo:contoso/fn:environment:prod',
      environment: 'prod',
      repository: 'contoso/fn',
      repository_owner: 'contoso',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      sha: DEFAULT_SHA,
      workflow: 'deploy',
      workflow_ref: 'contoso/fn/.github/workflows/deploy.yml@refs/heads/main',
      workflow_sha: DEFAULT_SHA,
      job_workflow_ref: 'contoso/fn/.github/workflows/deploy.yml@refs/heads/main',
      job_workflow_sha: DEFAULT_SHA,
      repository_visibility: 'private',
      actor: 'octocat',
      head_ref: '',
      base_ref: '',
      event_name: 'push'
    });
    for (const claim of ['repository_id', 'repository_owner_id', 'actor_id', 'run_id', 'run_attempt']) expect(v.claims[claim]).toMatch(/^\d+$/);
  });

  test('environment is absent unless the subject names one; a ref subject sets ref; options.claims override or drop claims', async () => {
    const tag = await startGitHubOidc({ subject: 'repo:o/r:ref:refs/tags/v1', claims: { repository_visibility: 'public', workflow: undefined } });
    try {
      const v = verifyJwt(await fetchIdToken(tag), [tag.key]);
      if (!v.ok) throw new Error(v.reason);
      expect(v.claims).not.toHaveProperty('environment');
      expect(v.claims).not.toHaveProperty('workflow');
      expect(v.claims).toMatchObject({
        ref: 'refs/tags/v1',
        ref_type: 'tag',
        repository_visibility: 'public',
        job_workflow_ref: 'o/r/.github/workflows/deploy.yml@refs/tags/v1'
      });
    } finally {
      await tag.close();
    }
  });
});
