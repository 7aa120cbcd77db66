/**
 * The Azure credential of the run, from `auth`:
 * - oidc: ClientAssertionCredential whose assertion callback asks the runner for a fresh GitHub
 *   ID token on every use (they live ~5 minutes; reusing one is the cause of AADSTS700024);
 * - secret: ClientSecretCredential; azure-cli: AzureCliCredential (after azure/login);
 * - auto: oidc when the runner offers an ID token and client-id is set, else secret, else azure-cli.
 * The choice is made before any side effect (`chooseAuth`, pure); the SDK is loaded only when used.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import * as core from '@actions/core';
import type { AzureConfig } from '../config/config.js';
import type { Cloud } from './clouds.js';
import { ActionError } from '../util/errors.js';
import { retry, withTimeout, type RetryOptions } from '../util/retry.js';

export type AuthChoice = { kind: 'oidc' | 'secret' | 'azure-cli'; why: string };

export interface RunnerFacts {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN are set (the job has `id-token: write`). */
  idTokenAvailable: boolean;
}

export function chooseAuth(azure: AzureConfig, runner: RunnerFacts): AuthChoice {
  switch (azure.auth) {
    case 'oidc':
      if (!runner.idTokenAvailable) {
        throw new ActionError(
          "Input 'auth': 'oidc' needs a GitHub ID token, but the runner offers none (ACTIONS_ID_TOKEN_REQUEST_URL is not set).",
          'Add `permissions: id-token: write` to the workflow or job (pull requests from forks never get one).'
        );
      }
      return { kind: 'oidc', why: 'auth: oidc' };
    case 'secret':
      return { kind: 'secret', why: 'auth: secret' };
    case 'azure-cli':
      return { kind: 'azure-cli', why: 'auth: azure-cli' };
    case 'auto':
      if (azure.clientId && azure.tenantId && runner.idTokenAvailable) return { kind: 'oidc', why: 'auto: the runner offers an ID token and client-id is set' };
      if (azure.clientId && azure.tenantId && azure.clientSecret) return { kind: 'secret', why: 'auto: client-secret is set' };
      return { kind: 'azure-cli', why: 'auto: no client-id with an ID token or secret, so the Azure CLI login of an earlier azure/login step' };
  }
}

/** Fetches a GitHub ID token; given by main (core.getIDToken) so this module stays testable. */
export type IdTokenSource = (audience: string) => Promise<string>;

/** How long one token request (GitHub ID token, Entra, az) may take before the step fails instead of hanging. */
export const TOKEN_TIMEOUT_MS = 60_000;

/** A credential whose every token request is bounded in time. */
export function bounded(credential: TokenCredential, what: string, ms = TOKEN_TIMEOUT_MS): TokenCredential {
  return {
    getToken: (scopes, options) =>
      withTimeout(credential.getToken(scopes, options), ms, `${what}: no token within ${Math.round(ms / 1000)} s (the token endpoint did not answer)`)
  };
}

export async function makeCredential(azure: AzureConfig, cloud: Cloud, choice: AuthChoice, idToken: IdTokenSource): Promise<TokenCredential> {
  const answers = new TokenAnswers();
  const what = `Entra token request to ${cloud.authorityHost} (${choice.kind})`;
  const assertion = (audience: string) =>
    githubIdToken(idToken, audience).catch((e: unknown) => {
      if (e instanceof ActionError) answers.idTokenFailure = e;
      throw e;
    });
  return bounded(answers.explain(await unboundedCredential(azure, cloud, choice, assertion, answers.policy), what), what);
}

/**
 * Bounded retries of the GitHub ID token request, as for every other 5xx: @actions/core's client
 * retries 502/503/504 a few times within a second or two but fails at once on a 500 or a reset.
 */
export const ID_TOKEN_RETRY = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };

/** The HTTP status in @actions/core's getIDToken error ("Error Code : 500"), if it names one. */
export function idTokenStatus(err: unknown): number | undefined {
  const m = /Error Code\s*:\s*(\d{3})/.exec((err as Error)?.message ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A 5xx or 429 from the runner's token endpoint, or a connection that failed: worth another attempt. */
export function isTransientIdTokenFailure(err: unknown): boolean {
  const status = idTokenStatus(err);
  if (status !== undefined) return status >= 500 || status === 429;
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up/i.test((err as Error)?.message ?? '');
}

const oneLine = (e: unknown) =>
  String((e as Error)?.message ?? e)
    .replace(/\s+/g, ' ')
    .trim();

/** @actions/core's "Failed to get ID Token. Error Code : 500 Error Message: …" as "HTTP 500: …". */
function describeIdTokenError(e: unknown): string {
  const status = idTokenStatus(e);
  if (status === undefined) return oneLine(e);
  const said = /Error Message\s*:\s*([\s\S]*)$/.exec((e as Error).message)?.[1];
  return `the runner's token endpoint answered HTTP ${status}${said ? `: ${oneLine(said)}` : ''}`;
}

/** A GitHub ID token for `audience`, each attempt bounded in time, transient failures retried with backoff. */
export async function githubIdToken(idToken: IdTokenSource, audience: string, o: Partial<RetryOptions> = {}): Promise<string> {
  try {
    return await retry(
      () => withTimeout(idToken(audience), TOKEN_TIMEOUT_MS, `the runner's ID token endpoint did not answer within ${TOKEN_TIMEOUT_MS / 1000} s`),
      {
        ...ID_TOKEN_RETRY,
        retryable: isTransientIdTokenFailure,
        onRetry: (e, n, ms) => {
          const status = idTokenStatus(e);
          core.warning(
            `The GitHub ID token request ${status ? `answered ${status}` : 'failed'} (attempt ${n} of ${ID_TOKEN_RETRY.attempts}), retrying in ${ms} ms: ${describeIdTokenError(e)}`
          );
        },
        ...o
      }
    );
  } catch (e) {
    const transient = isTransientIdTokenFailure(e);
    throw new ActionError(
      `Could not get a GitHub ID token for audience ${audience}${transient ? ` (${ID_TOKEN_RETRY.attempts} attempts)` : ''}: ${describeIdTokenError(e)}`,
      transient ? "GitHub's token service failed: re-run the job (https://www.githubstatus.com)." : 'Add `permissions: id-token: write` to the workflow or job.'
    );
  }
}

/**
 * What the Entra token endpoint answered when it was not a token in JSON (a gateway's HTML 503
 * page, an empty 500): MSAL reports those as "network_error" and drops the answer, so a pipeline
 * policy keeps the status and the first line, and `explain` puts them into the error.
 */
class TokenAnswers {
  private last?: { status: number; firstLine: string };
  /** The GitHub ID token failure of the assertion callback: @azure/identity keeps only its message. */
  idTokenFailure?: ActionError;

  readonly policy: PipelinePolicy = {
    name: 'azure-functions-container-deploy-token-answers',
    sendRequest: async (request, next) => {
      const response = await next(request);
      if (/\/oauth2\/(v2\.0\/)?token$/.test(new URL(request.url).pathname)) this.last = notAToken(response);
      return response;
    }
  };

  explain(credential: TokenCredential, what: string): TokenCredential {
    return {
      getToken: async (scopes, options) => {
        try {
          return await credential.getToken(scopes, options);
        } catch (e) {
          if (this.idTokenFailure && String((e as Error)?.message).includes(this.idTokenFailure.message)) throw this.idTokenFailure;
          const answer = this.last;
          if (!answer || !/network_error/.test((e as Error)?.message ?? '')) throw e;
          throw new ActionError(
            `The ${what} failed: it answered HTTP ${answer.status} with no token, but: ${answer.firstLine || '(an empty body)'}`,
            answer.status >= 500
              ? 'Entra ID (or a proxy in front of it) is failing: re-run the job; if it persists, check the authority-host input and the Azure status page.'
              : 'Check the authority-host input: this endpoint does not answer like Entra ID.'
          );
        }
      }
    };
  }
}

function notAToken(response: PipelineResponse): { status: number; firstLine: string } | undefined {
  const body = response.bodyAsText ?? '';
  try {
    JSON.parse(body);
    return undefined; // a token, or an AADSTS error that MSAL reports itself
  } catch {
    const firstLine =
      body
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find(Boolean) ?? '';
    return { status: response.status, firstLine: firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine };
  }
}

async function unboundedCredential(
  azure: AzureConfig,
  cloud: Cloud,
  choice: AuthChoice,
  assertion: IdTokenSource,
  policy: PipelinePolicy
): Promise<TokenCredential> {
  const identity = await import('@azure/identity');
  // Instance discovery would ask login.microsoftonline.com about the authority, whatever authorityHost says:
  // off, so sovereign and custom clouds (and the loopback emulator) are asked directly.
  const options = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: true, additionalPolicies: [{ policy, position: 'perRetry' as const }] };
  switch (choice.kind) {
    case 'oidc':
      return new identity.ClientAssertionCredential(azure.tenantId!, azure.clientId!, () => assertion(cloud.federationAudience), options);
    case 'secret':
      return new identity.ClientSecretCredential(azure.tenantId!, azure.clientId!, azure.clientSecret!, options);
    case 'azure-cli':
      return new AzCliCredential(azure.tenantId);
  }
}

/**
 * The Azure CLI login of an earlier azure/login step, as a TokenCredential: `az account
 * get-access-token` run with an argument array (the SDK's AzureCliCredential goes through a shell).
 */
export class AzCliCredential implements TokenCredential {
  constructor(private readonly tenantId?: string) {}

  async getToken(scopes: string | string[]): Promise<{ token: string; expiresOnTimestamp: number }> {
    const scope = Array.isArray(scopes) ? scopes[0] : scopes;
    const resource = scope.replace(/\/\.default$/, '');
    const args = ['account', 'get-access-token', '--output', 'json', '--resource', resource, ...(this.tenantId ? ['--tenant', this.tenantId] : [])];
    const { Cli, CliError } = await import('../util/exec.js');
    const az = new Cli('az', {
      name: 'az',
      installHint: 'Install the Azure CLI on the runner (GitHub-hosted runners have it) and run azure/login before this step.',
      fail: (_args, result) => new CliError('az account get-access-token', result, authHint(result.stderr, { kind: 'azure-cli', why: '' }))
    });
    const r = await az.ok(args, { quiet: true, timeoutMs: 60_000 });
    const out = JSON.parse(r.stdout) as { accessToken?: string; expires_on?: number | string; expiresOn?: string };
    if (!out.accessToken) throw new Error('az account get-access-token returned no accessToken');
    const seconds = Number(out.expires_on);
    const expiresOnTimestamp = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : new Date(out.expiresOn ?? Date.now() + 300_000).getTime();
    return { token: out.accessToken, expiresOnTimestamp };
  }
}

/** A token for one scope, with Entra's own error (AADSTS…) and a hint on failure. */
export async function getToken(credential: TokenCredential, scope: string, choice: AuthChoice): Promise<string> {
  try {
    const t = await credential.getToken(scope);
    if (!t) throw new Error('no token was returned');
    return t.token;
  } catch (e) {
    // Not a refusal but a failed call (the ID token, an HTML page): its own words and hint.
    if (e instanceof ActionError) throw new ActionError(`No token for ${scope} (${choice.kind}): ${e.message}`, e.hint);
    const msg = (e as Error).message ?? String(e);
    throw new ActionError(`Entra ID refused a token for ${scope} (${choice.kind}): ${firstLines(msg, 4)}`, authHint(msg, choice));
  }
}

function firstLines(s: string, n: number): string {
  return s.split('\n').slice(0, n).join('\n');
}

export function authHint(message: string, choice: AuthChoice): string {
  if (/AADSTS700024/.test(message)) return 'The GitHub ID token expired before Entra saw it: re-run the job; if it persists, check the runner clock.';
  if (/AADSTS70021|AADSTS700213|No matching federated identity/i.test(message)) {
    return 'No federated credential matches this run: add one to the app registration with issuer https://token.actions.githubusercontent.com and the subject of this workflow (repo:<owner>/<repo>:ref:refs/heads/<branch>, :pull_request, :environment:<name> or :ref:refs/tags/<tag>).';
  }
  if (/AADSTS7000215|AADSTS7000222/.test(message)) return 'The client secret is wrong or expired: create a new one, or switch to auth: oidc.';
  if (/AADSTS700016|AADSTS90002/.test(message)) return 'client-id or tenant-id is wrong: the application was not found in that tenant.';
  if (choice.kind === 'azure-cli') return 'Run azure/login before this step, or set client-id and tenant-id (with `permissions: id-token: write`) for OIDC.';
  return 'Check client-id, tenant-id and the federated credential or secret of the app registration.';
}
