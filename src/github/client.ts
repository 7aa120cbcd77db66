/**
 * The GitHub REST client: @actions/github's Octokit, loaded on demand (dynamic import) so that runs
 * which never report to GitHub do not load it. The API base URL is passed in (run.ts reads
 * GITHUB_API_URL); nothing here reads the environment.
 *
 * One error mapping: GitHub's "Resource not accessible by integration" (403, or 404 on some
 * endpoints) becomes a typed `missing-permission` result, so callers warn and name the
 * `permissions:` key to add, instead of failing the deploy. Every other failure is a
 * GitHubApiError, after bounded retries for 429 / 502 / 503 / 504, secondary rate limits and
 * connection errors.
 */
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { ActionError, describeError } from '../util/errors.js';
import { retry, type RetryOptions } from '../util/retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The `permissions:` entry a job needs for a kind of call (write includes read). */
export type Permission = 'deployments: write' | 'pull-requests: write' | 'pull-requests: read' | 'attestations: write' | 'attestations: read';

export interface MissingPermission {
  ok: false;
  kind: 'missing-permission';
  permission: Permission;
  /** 403 (or 404) as GitHub answered. */
  status: number;
  /** GitHub's message, e.g. "Resource not accessible by integration". */
  message: string;
  /** What the action tried, e.g. "create a Deployment". */
  what: string;
}

export type GitHubResult<T> = { ok: true; value: T } | MissingPermission;

/** A GitHub API call that failed for a reason other than a missing permission. */
export class GitHubApiError extends ActionError {
  readonly status?: number;
  constructor(what: string, status: number | undefined, message: string, hint?: string, options?: { cause?: unknown }) {
    super(`GitHub API: could not ${what}${status ? ` (${status})` : ''}: ${message}`, hint, options);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

export interface GitHubClientOptions {
  /** The token (the `github-token` input; already masked by the config reader). */
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Per request; default 30 s. */
  requestTimeoutMs?: number;
  retry?: Partial<Pick<RetryOptions, 'attempts' | 'baseDelayMs' | 'maxDelayMs' | 'sleep' | 'onRetry'>>;
  userAgent?: string;
}

export interface GitHubClient {
  readonly octokit: Octokit;
  readonly baseUrl: string;
  /**
   * Runs one API interaction. Resolves `{ ok: true, value }`, or a MissingPermission result when
   * GitHub refuses the token; throws GitHubApiError for anything else.
   */
  call<T>(what: string, permission: Permission, fn: (octokit: Octokit) => Promise<T>): Promise<GitHubResult<T>>;
}

const NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown };
}

function asHttpError(err: unknown): HttpErrorLike | undefined {
  return err && typeof err === 'object' ? (err as HttpErrorLike) : undefined;
}

/** GitHub's own message from the response body, else the error's message. */
export function githubMessage(err: unknown): string {
  const e = asHttpError(err);
  const data = e?.response?.data;
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') return (data as { message: string }).message;
  if (typeof data === 'string' && data.trim()) return data.trim().slice(0, 300);
  return e?.message ?? String(err);
}

/** The status and message when GitHub refused the token for lack of a permission; else undefined. */
export function notAccessible(err: unknown): { status: number; message: string } | undefined {
  const e = asHttpError(err);
  const status = e?.response?.status ?? e?.status;
  if (status !== 403 && status !== 404) return undefined;
  const message = githubMessage(err);
  return NOT_ACCESSIBLE.test(message) ? { status, message } : undefined;
}

/** Worth another attempt: rate limits, gateway errors and connection failures (no response). */
export function isTransientGitHubError(err: unknown): boolean {
  const e = asHttpError(err);
  if (!e) return false;
  if (!e.response) return e.status === 500 || e.status === undefined; // fetch failed or timed out
  const status = e.response.status ?? e.status ?? 0;
  if ([429, 502, 503, 504].includes(status)) return true;
  const headers = e.response.headers ?? {};
  // Secondary rate limit: 403 with Retry-After, or the primary limit exhausted.
  return status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0') && !notAccessible(err);
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = asHttpError(err)?.response?.headers ?? {};
  const after = headers['retry-after'];
  if (after !== undefined && /^\d+$/.test(after.trim())) return Number(after) * 1000;
  const reset = headers['x-ratelimit-reset'];
  if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - Date.now());
  return undefined;
}

/** The warning for a refused call: what failed, why, and the `permissions:` key to add. */
export function missingPermissionMessage(m: MissingPermission): string {
  return (
    `The GitHub token may not ${m.what} (${m.status} ${m.message}). ` +
    `Add \`${m.permission}\` to the job's \`permissions:\` (or pass a github-token that has it). The deploy itself is not affected.`
  );
}

function normaliseBaseUrl(baseUrl: string): string {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    throw new ActionError(
      `GITHUB_API_URL ${JSON.stringify(baseUrl)} is not a URL.`,
      'On GitHub it is set by the runner; in tests point it at the emulator, e.g. http://127.0.0.1:8080.'
    );
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ActionError(`GITHUB_API_URL ${JSON.stringify(baseUrl)} is not an http(s) URL.`);
  return baseUrl.replace(/\/+$/, '');
}

/** The log line of a retried GitHub call (the run's default onRetry). */
export function logRetry(err: unknown, attempt: number, ms: number): void {
  core.info(`GitHub API: attempt ${attempt} failed (${describeError(err).split('\n')[0]}); retrying in ${ms} ms.`);
}

export async function createGitHubClient(o: GitHubClientOptions): Promise<GitHubClient> {
  if (!o.token) throw new ActionError('No GitHub token.', 'Set the github-token input (default: ${{ github.token }}).');
  const baseUrl = normaliseBaseUrl(o.baseUrl);
  // Loaded here, not at the top: @actions/github (Octokit and its endpoint table) is only needed
  // by runs that report a Deployment or a comment.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(o.token, {
    baseUrl,
    userAgent: o.userAgent ?? 'azure-functions-container-deploy',
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => process.stderr.write(`${m}\n`),
      error: (m: string) => process.stderr.write(`${m}\n`)
    }
  });
  const timeoutMs = o.requestTimeoutMs ?? 30_000;
  const retryOptions: RetryOptions = {
    attempts: o.retry?.attempts ?? 4,
    baseDelayMs: o.retry?.baseDelayMs ?? 1000,
    maxDelayMs: o.retry?.maxDelayMs ?? 20_000,
    retryable: isTransientGitHubError,
    delayFor: retryAfterMs,
    sleep: o.retry?.sleep,
    onRetry: o.retry?.onRetry
  };
  // Every request (paginated pages included) gets its own timeout and the bounded retry. The
  // request options keep @actions/github's proxy-aware fetch; only the signal is added.
  octokit.hook.wrap('request', (request, options) =>
    retry(async () => request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) } }), retryOptions)
  );

  return {
    octokit,
    baseUrl,
    async call<T>(what: string, permission: Permission, fn: (octokit: Octokit) => Promise<T>): Promise<GitHubResult<T>> {
      try {
        return { ok: true, value: await fn(octokit) };
      } catch (err) {
        const refused = notAccessible(err);
        if (refused) return { ok: false, kind: 'missing-permission', permission, status: refused.status, message: refused.message, what };
        const status = asHttpError(err)?.response?.status ?? asHttpError(err)?.status;
        const hint =
          status === 401
            ? 'The token was refused (Bad credentials): check the github-token input.'
            : status === 404
              ? `Check that the token can see the repository, and that \`${permission}\` is granted.`
              : undefined;
        throw new GitHubApiError(what, asHttpError(err)?.response ? status : undefined, githubMessage(err), hint, { cause: err });
      }
    }
  };
}
