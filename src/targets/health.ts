/**
 * `health-path` over HTTPS until 2xx, bounded by the deadline: what both Azure targets check on the
 * address that serves the new image. Returns the evidence seen; fails naming the URL and the last answer.
 */
import * as core from '@actions/core';
import { ActionError } from '../util/errors.js';
import { sleep } from '../util/retry.js';

export interface HealthCheck {
  /** host[:port] as the service reports it (never built by hand). */
  host: string | undefined;
  path: string | undefined;
  /** What is checked, for the messages: "production", "revision app--abc". */
  name: string;
  deadline: number;
  timeoutMs: number;
  pollMs: number;
}

export async function healthy(c: HealthCheck): Promise<string | undefined> {
  if (!c.path) return undefined;
  if (!c.host) throw new ActionError(`${c.name} has no address to check ${c.path} on.`);
  const url = `https://${c.host}${c.path}`;
  let last = '';
  core.info(`Waiting for ${url} (${c.name}) to answer 2xx (up to ${Math.max(0, Math.round((c.deadline - Date.now()) / 1000))} s).`);
  for (;;) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, Math.min(30_000, c.deadline - Date.now()))) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return `${c.name}: ${c.path} answered ${res.status}`;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String((e as Error).cause ?? (e as Error).message);
    }
    if (Date.now() > c.deadline) {
      throw new ActionError(
        `Health check of ${c.name} failed: ${url} did not answer 2xx within ${Math.round(c.timeoutMs / 1000)} s (last: ${last}).`,
        'Check the app logs; raise timeout if the image starts slowly.'
      );
    }
    await sleep(c.pollMs);
  }
}
