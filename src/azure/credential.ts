/**
 * The Azure credential of the run, from `auth`:
 * - oidc: ClientAssertionCredential whose assertion callback asks the runner for a fresh GitHub
 *   ID token on every use (they live ~5 minutes; reusing one is the cause of AADSTS700024);
 * - secret: ClientSecretCredential; azure-cli: AzureCliCredential (after azure/login);
 * - auto: oidc when the runner offers an ID token and client-id is set, else secret, else azure-cli.
 * The choice is made before any side effect (`chooseAuth`, pure); the SDK is loaded only when used.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { AzureConfig } from '../config/config.js';
import type { Cloud } from './clouds.js';
import { ActionError } from '../util/errors.js';
import { withTimeout } from '../util/retry.js';

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
          "Add `permissions: id-token: write` to the workflow or job (pull requests from forks never get one)."
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
    getToken: (scopes, options) => withTimeout(credential.getToken(scopes, options), ms, `${what}: no token within ${Math.round(ms / 1000)} s (the token endpoint did not answer)`)
  };
}

export async function makeCredential(azure: AzureConfig, cloud: Cloud, choice: AuthChoice, idToken: IdTokenSource): Promise<TokenCredential> {
  return bounded(await unboundedCredential(azure, cloud, choice, idToken), `Entra token request to ${cloud.authorityHost} (${choice.kind})`);
}

async function unboundedCredential(azure: AzureConfig, cloud: Cloud, choice: AuthChoice, idToken: IdTokenSource): Promise<TokenCredential> {
  const identity = await import('@azure/identity');
  // Instance discovery would ask login.microsoftonline.com about the authority, whatever authorityHost says:
  // off, so sovereign and custom clouds (and the loopback emulator) are asked directly.
  const options = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: true };
  switch (choice.kind) {
    case 'oidc':
      return new identity.ClientAssertionCredential(
        azure.tenantId!,
        azure.clientId!,
        async () => {
          try {
            return await withTimeout(idToken(cloud.federationAudience), TOKEN_TIMEOUT_MS, `the runner's ID token endpoint did not answer within ${TOKEN_TIMEOUT_MS / 1000} s`);
          } catch (e) {
            throw new ActionError(`Could not get a GitHub ID token for audience ${cloud.federationAudience}: ${(e as Error).message}`, 'Add `permissions: id-token: write` to the workflow or job.');
          }
        },
        options
      );
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
  if (choice.kind === 'azure-cli') return "Run azure/login before this step, or set client-id and tenant-id (with `permissions: id-token: write`) for OIDC.";
  return 'Check client-id, tenant-id and the federated credential or secret of the app registration.';
}
