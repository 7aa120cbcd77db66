/**
 * What every ARM client of the action shares: the endpoint and token scope of the cloud, the
 * SDK's retry policy (429 with/without Retry-After, 5xx, resets), and one error description that
 * shows the failed operation with Azure's Code and Message from the response body.
 */
import type { Cloud } from './clouds.js';
import { ActionError } from '../util/errors.js';

export function armClientOptions(cloud: Cloud) {
  return {
    endpoint: cloud.armEndpoint,
    credentialScopes: [cloud.armScope],
    credentials: { scopes: [cloud.armScope] },
    retryOptions: { maxRetries: 4, retryDelayInMs: 1000, maxRetryDelayInMs: 15_000 },
    userAgentOptions: { userAgentPrefix: 'azure-functions-container-deploy' }
  };
}

interface RestLike {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: unknown;
  response?: { bodyAsText?: string | null; status?: number };
}

/** Azure's Code and Message from an error body: ARM's `{error:{code,message}}` or App Service's `{Code,Message}`. */
export function azureErrorBody(text: string | null | undefined): { code?: string; message?: string } {
  if (!text) return {};
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const inner = (body.error ?? body.Error) as Record<string, unknown> | undefined;
    if (inner && typeof inner === 'object') return { code: str(inner.code ?? inner.Code), message: str(inner.message ?? inner.Message) };
    return { code: str(body.Code ?? body.code), message: str(body.Message ?? body.message) };
  } catch {
    return { message: text.slice(0, 300) };
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function statusOf(err: unknown): number | undefined {
  const e = err as RestLike;
  return e?.statusCode ?? e?.response?.status;
}

/** The error to show for a failed ARM call: operation, status, Code and Message, and a hint where one is known. */
export function describeAzureError(err: unknown, operation: string, hint?: string): ActionError {
  if (err instanceof ActionError) return err;
  const e = err as RestLike;
  const status = statusOf(err);
  const body = azureErrorBody(e?.response?.bodyAsText);
  const code = body.code ?? e?.code;
  const message = body.message ?? e?.message ?? String(err);
  const where = status ? `${operation} failed with HTTP ${status}` : `${operation} failed`;
  return new ActionError(`${where}: ${code ? `${code}: ` : ''}${message}`, hint ?? hintForStatus(status, code), { cause: err });
}

function hintForStatus(status: number | undefined, code: string | undefined): string | undefined {
  if (status === 401) return 'The token was refused: check tenant-id and the credential.';
  if (status === 403 || code === 'AuthorizationFailed') return 'The identity lacks a role here: grant it Website Contributor (function app) or the role named in the message, on the resource or its resource group.';
  if (status === 404) return 'Check the resource names, resource-group and subscription-id.';
  return undefined;
}

/** The raw response of the last attempt of a call, read through the SDK's `onResponse` (the SDK drops PascalCase bodies). */
export interface RawResponse {
  status: number;
  bodyAsText?: string | null;
  headers?: { get(name: string): string | undefined };
}

export interface ArmCallOptions {
  onResponse: (raw: RawResponse) => void;
}

/**
 * One ARM operation with the action's retry layer on top of the SDK's (which already retries 5xx,
 * 429 with Retry-After and connection resets): 409 "operation in progress" and 429 without
 * Retry-After are retried with bounded backoff; everything else fails at once with Azure's Code and
 * Message.
 */
export async function armCall<T>(operation: string, fn: (opts: ArmCallOptions) => Promise<T>, o: { attempts?: number; baseDelayMs?: number; hint?: (status?: number, code?: string, message?: string) => string | undefined } = {}): Promise<T> {
  const { retry } = await import('../util/retry.js');
  return retry(
    async () => {
      let last: RawResponse | undefined;
      try {
        return await fn({ onResponse: (raw) => (last = raw) });
      } catch (err) {
        const e = err as RestLike;
        if (last && last.status >= 400 && e && typeof e === 'object') {
          e.response = { ...(e.response ?? {}), bodyAsText: e.response?.bodyAsText ?? last.bodyAsText, status: e.response?.status ?? last.status };
        }
        throw err;
      }
    },
    {
      attempts: o.attempts ?? 6,
      baseDelayMs: o.baseDelayMs ?? 2000,
      maxDelayMs: 20_000,
      retryable: (err) => {
        const status = statusOf(err);
        if (status === 409) return /in progress|another operation|conflict/i.test(describeAzureError(err, operation).message);
        if (status === 429) return true;
        return false;
      },
      onRetry: async (err, n, ms) => {
        const core = await import('@actions/core');
        core.warning(`${describeAzureError(err, operation).message} — retrying in ${Math.round(ms / 1000)} s (attempt ${n}).`);
      }
    }
  ).catch((err) => {
    const status = statusOf(err);
    const body = azureErrorBody((err as RestLike)?.response?.bodyAsText);
    throw describeAzureError(err, operation, o.hint?.(status, body.code ?? (err as RestLike)?.code, body.message));
  });
}
