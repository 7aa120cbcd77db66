/**
 * What every ARM client of the action shares: the endpoint and token scope of the cloud, the
 * SDK's retry policy (429 with/without Retry-After, 5xx, resets), and one error description that
 * shows the failed operation with Azure's Code and Message from the response body.
 */
import type { Cloud } from './clouds.js';
import { ActionError } from '../util/errors.js';

/**
 * Error bodies by request id. The SDK parses App Service's PascalCase bodies away (its error says
 * only "Unexpected status code"), and per-call `onResponse` never sees LRO polls: a per-call
 * pipeline policy keeps every 4xx/5xx body so the error shown has Azure's Code and Message.
 */
const errorBodies = new Map<string, { status: number; body?: string }>();

const captureErrorBodies = {
  name: 'captureErrorBodies',
  async sendRequest(req: { requestId: string }, next: (r: unknown) => Promise<{ status: number; bodyAsText?: string | null }>) {
    const res = await next(req);
    if (res.status >= 400) {
      if (errorBodies.size > 200) errorBodies.clear();
      errorBodies.set(req.requestId, { status: res.status, body: res.bodyAsText ?? undefined });
    }
    return res;
  }
};

/** Every ARM request is bounded: an endpoint that accepts the connection and never answers fails the call instead of hanging the step. */
export const ARM_REQUEST_TIMEOUT_MS = 60_000;

const boundEveryRequest = {
  name: 'boundEveryRequest',
  async sendRequest(req: { timeout: number }, next: (r: unknown) => Promise<unknown>) {
    if (!req.timeout) req.timeout = ARM_REQUEST_TIMEOUT_MS;
    return next(req);
  }
};

export function armClientOptions(cloud: Cloud) {
  return {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [cloud.armScope] },
    // The SDK retries 5xx, 429 with Retry-After and connection resets itself; armCall adds 409 and 429 without Retry-After.
    retryOptions: { maxRetries: 4, retryDelayInMs: 1000, maxRetryDelayInMs: 15_000 },
    userAgentOptions: { userAgentPrefix: 'azure-functions-container-deploy' },
    additionalPolicies: [
      { policy: captureErrorBodies as never, position: 'perCall' as const },
      { policy: boundEveryRequest as never, position: 'perRetry' as const }
    ]
  };
}

interface RestLike {
  name?: string;
  request?: { requestId?: string };
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
  return e?.statusCode ?? e?.response?.status ?? (e?.request?.requestId ? errorBodies.get(e.request.requestId)?.status : undefined);
}

function bodyOf(e: RestLike): string | undefined {
  return e?.response?.bodyAsText ?? (e?.request?.requestId ? errorBodies.get(e.request.requestId)?.body : undefined) ?? undefined;
}

/** A failed ARM call: the message to show, plus Azure's status, Code and Message for decisions (never parse the text). */
export class AzureCallError extends ActionError {
  constructor(
    message: string,
    hint: string | undefined,
    readonly status: number | undefined,
    readonly azureCode: string | undefined,
    readonly azureMessage: string | undefined,
    cause: unknown
  ) {
    super(message, hint, { cause });
    this.name = 'AzureCallError';
  }
}

/** The error to show for a failed ARM call: operation, status, Code and Message, and a hint where one is known. */
export function describeAzureError(err: unknown, operation: string, hint?: string): ActionError {
  if (err instanceof ActionError) return err;
  const e = err as RestLike;
  const status = statusOf(err);
  const body = azureErrorBody(bodyOf(e));
  const code = body.code ?? e?.code;
  const message = body.message ?? e?.message ?? String(err);
  const where = status ? `${operation} failed with HTTP ${status}` : `${operation} failed`;
  const entra = /AADSTS\d+/.test(message)
    ? 'Entra ID refused the token: check client-id, tenant-id and the federated credential (subject) or secret of the identity.'
    : undefined;
  const timedOut = /timeout|aborted/i.test(e?.name ?? '') || /request timed out|operation was aborted/i.test(message);
  const text = timedOut
    ? `${operation} got no answer within ${ARM_REQUEST_TIMEOUT_MS / 1000} s (${message})`
    : `${where}: ${code ? `${code}: ` : ''}${message}`;
  return new AzureCallError(text, hint ?? entra ?? hintForStatus(status, code), status, code, body.message ?? e?.message, err);
}

function hintForStatus(status: number | undefined, code: string | undefined): string | undefined {
  if (status === 401) return 'The token was refused: check tenant-id and the credential.';
  if (status === 403 || code === 'AuthorizationFailed')
    return 'The identity lacks a role here: grant it Website Contributor (function app) or the role named in the message, on the resource or its resource group.';
  if (status === 404) return 'Check the resource names, resource-group and subscription-id.';
  return undefined;
}

/**
 * One ARM operation with the action's retry layer on top of the SDK's (which already retries 5xx,
 * 429 with Retry-After and connection resets): 409 "operation in progress" and 429 without
 * Retry-After are retried with bounded backoff; everything else fails at once with Azure's Code and
 * Message.
 */
export async function armCall<T>(
  operation: string,
  fn: () => Promise<T>,
  o: { attempts?: number; baseDelayMs?: number; hint?: (status?: number, code?: string, message?: string) => string | undefined } = {}
): Promise<T> {
  const { retry } = await import('../util/retry.js');
  return retry(fn, {
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
  }).catch((err) => {
    const status = statusOf(err);
    const body = azureErrorBody(bodyOf(err as RestLike));
    throw describeAzureError(err, operation, o.hint?.(status, body.code ?? (err as RestLike)?.code, body.message));
  });
}
