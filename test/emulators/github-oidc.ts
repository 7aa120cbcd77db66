/**
 * GitHub Actions OIDC token endpoint emulator (what the runner exposes through
 * ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN).
 *
 * `@actions/core` `getIDToken(aud)` sends `GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<aud>` with
 * `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` and reads `value` from the JSON answer.
 * The request URL already carries a query (`?api-version=2.0`), as the runner's does.
 *
 * Tokens are RS256 JWTs signed by `key`; `iss` is this server's own origin, which also serves
 * `/.well-known/openid-configuration` and `/.well-known/jwks` like token.actions.githubusercontent.com.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { newSigningKey, signJwt, type SigningKey } from './jwt.js';
import { sendFault, sendJson, startHttps, type HttpFault } from './azure/https-server.js';

export interface GitHubOidcOptions {
  /** Lifetime of each ID token (GitHub's are about 300 s). Short ones let tests prove re-fetching. */
  lifetimeSeconds?: number;
  /** `sub` claim; default `repo:owner/name:ref:refs/heads/main`. */
  subject?: string;
  /** Extra or overriding claims merged into every token. */
  claims?: Record<string, unknown>;
}

export interface IssuedIdToken {
  aud: string;
  sub: string;
  iat: number;
  exp: number;
  jti: string;
}

export interface GitHubOidc {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (has a query string already). */
  requestUrl: string;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** `iss` of the tokens: https://127.0.0.1:<port> */
  issuer: string;
  key: SigningKey;
  /** Every token handed out, in order. */
  issued: IssuedIdToken[];
  /** Every request, including refused ones. */
  requests: Array<{ method: string; path: string; audience?: string; status: number }>;
  /** Answers the next ID-token requests get instead of a token, in order (5xx, HTML pages). */
  faults: HttpFault[];
  /** Env vars a runner would set for `permissions: id-token: write`. */
  env(): Record<'ACTIONS_ID_TOKEN_REQUEST_URL' | 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', string>;
  close(): Promise<void>;
}

const TOKEN_PATH = '/_apis/distributedtask/hubs/build/plans/00000000-0000-0000-0000-000000000001/jobs/00000000-0000-0000-0000-000000000002/idtoken';

export async function startGitHubOidc(options: GitHubOidcOptions = {}): Promise<GitHubOidc> {
  const lifetime = options.lifetimeSeconds ?? 300;
  const subject = options.subject ?? 'repo:owner/name:ref:refs/heads/main';
  const key = newSigningKey();
  const requestToken = randomBytes(24).toString('hex');
  const issued: IssuedIdToken[] = [];
  const requests: GitHubOidc['requests'] = [];
  const faults: HttpFault[] = [];
  let issuer = '';

  const srv = await startHttps((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const log = (status: number, audience?: string) => requests.push({ method: req.method ?? '', path: url.pathname, audience, status });
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      log(200);
      return sendJson(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'sha',
          'repository',
          'repository_id',
          'repository_owner',
          'repository_owner_id',
          'enterprise',
          'enterprise_id',
          'run_id',
          'run_number',
          'run_attempt',
          'actor',
          'actor_id',
          'workflow',
          'workflow_ref',
          'workflow_sha',
          'head_ref',
          'base_ref',
          'event_name',
          'ref_type',
          'ref_protected',
          'environment',
          'environment_node_id',
          'job_workflow_ref',
          'job_workflow_sha',
          'repository_visibility',
          'runner_environment',
          'check_run_id',
          'issuer_scope'
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid']
      });
    }
    if (req.method === 'GET' && url.pathname === '/.well-known/jwks') {
      log(200);
      return sendJson(res, 200, { keys: [key.jwk] });
    }
    if (url.pathname !== TOKEN_PATH) {
      log(404);
      return sendJson(res, 404, { message: `no route for ${req.method} ${url.pathname}` });
    }
    if (req.method !== 'GET') {
      log(405);
      return sendJson(res, 405, { message: 'method not allowed' });
    }
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      log(401);
      return sendJson(res, 401, { message: 'Unauthorized: bad or missing ACTIONS_ID_TOKEN_REQUEST_TOKEN' });
    }
    if (url.searchParams.get('api-version') === null) {
      log(400);
      return sendJson(res, 400, { message: 'api-version is missing (the request URL lost its query?)' });
    }
    if (faults.length) {
      log(faults[0].status, url.searchParams.get('audience') ?? undefined);
      sendFault(res, faults);
      return;
    }
    const owner = /^repo:([^/]+)\//.exec(subject)?.[1] ?? 'owner';
    // Without &audience= GitHub uses the repository owner's URL.
    const aud = url.searchParams.get('audience') ?? `https://github.com/${owner}`;
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + lifetime;
    const jti = randomUUID();
    const claims = { jti, sub: subject, aud, ...defaultClaims(subject), iss: issuer, nbf: iat, iat, exp, ...options.claims };
    issued.push({ aud, sub: subject, iat, exp, jti });
    log(200, aud);
    sendJson(res, 200, { value: signJwt(key, claims, { x5t: key.kid }) });
  });
  issuer = srv.origin;
  const requestUrl = `${srv.origin}${TOKEN_PATH}?api-version=2.0`;
  return {
    requestUrl,
    requestToken,
    issuer,
    key,
    issued,
    requests,
    faults,
    env: () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }),
    close: () => srv.close()
  };
}

/** Commit of the workflow run in the default claims (also `sha`, `workflow_sha`, `job_workflow_sha`). */
export const DEFAULT_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

/**
 * The claims GitHub puts in an Actions ID token besides iss/aud/iat/nbf/exp/jti, consistent with
 * `subject` (`repo:<owner>/<name>:ref:<ref>`, `repo:<owner>/<name>:environment:<env>`,
 * `repo:<owner>/<name>:pull_request`): every claim @actions/attest requires and Fulcio maps into a
 * certificate (sigstore/fulcio pkg/identity/github/principal.go). `environment` only when the
 * subject names one, as GitHub does for jobs with an environment.
 */
export function defaultClaims(subject: string): Record<string, string> {
  const repository = /^repo:([^:]+):/.exec(subject)?.[1] ?? 'owner/name';
  const owner = repository.split('/')[0];
  const environment = /:environment:(.+)$/.exec(subject)?.[1];
  const pullRequest = /:pull_request$/.test(subject);
  const ref = /:ref:(.+)$/.exec(subject)?.[1] ?? (pullRequest ? 'refs/pull/1/merge' : 'refs/heads/main');
  const workflowPath = `${repository}/.github/workflows/deploy.yml`;
  const claims: Record<string, string> = {
    ref,
    sha: DEFAULT_SHA,
    repository,
    repository_id: '800000001',
    repository_owner: owner,
    repository_owner_id: '900000001',
    repository_visibility: 'private',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'deploy',
    workflow_ref: `${workflowPath}@${ref}`,
    workflow_sha: DEFAULT_SHA,
    job_workflow_ref: `${workflowPath}@${ref}`,
    job_workflow_sha: DEFAULT_SHA,
    head_ref: pullRequest ? 'feature' : '',
    base_ref: pullRequest ? 'main' : '',
    event_name: pullRequest ? 'pull_request' : 'push',
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: 'false',
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    runner_environment: 'github-hosted'
  };
  if (environment !== undefined) claims.environment = environment;
  return claims;
}

/** What `core.getIDToken(audience)` does, without @actions/core (for tests of other emulators). */
export async function fetchIdToken(oidc: Pick<GitHubOidc, 'requestUrl' | 'requestToken'>, audience = 'api://AzureADTokenExchange'): Promise<string> {
  const res = await fetch(`${oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, { headers: { Authorization: `Bearer ${oidc.requestToken}` } });
  if (!res.ok) throw new Error(`OIDC token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { value: string }).value;
}
