/**
 * The one retry helper: bounded attempts, exponential backoff with jitter, an optional
 * server-given delay (Retry-After), and a predicate that decides what is transient.
 */
export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** true when the error is worth another attempt. */
  retryable: (err: unknown) => boolean;
  /** A delay the server asked for (e.g. Retry-After), in ms; used instead of the backoff when given. */
  delayFor?: (err: unknown) => number | undefined;
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function retry<T>(fn: (attempt: number) => Promise<T>, o: RetryOptions): Promise<T> {
  const wait = o.sleep ?? sleep;
  const rand = o.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= o.attempts || !o.retryable(err)) throw err;
      const asked = o.delayFor?.(err);
      const backoff = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.min(o.maxDelayMs, asked ?? Math.round(backoff * (0.5 + rand() / 2)));
      o.onRetry?.(err, attempt, delay);
      await wait(delay);
    }
  }
}

/** Bounds a call that has no timeout of its own: rejects with `message` when `ms` pass first. */
export async function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref?.();
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
