/**
 * Verify proves that the deployed image is what serves, from what the platform exposes through ARM:
 * the site's container log (the pull of this exact reference, then "ready to serve", written after
 * the deploy's write), the functions the host indexed from it (sync, then list: every function of
 * the app must be there), and `health-path` when given. App Service keeps serving the old container
 * until the new one answers, and site.state reads Running throughout, so neither a 2xx nor Running
 * alone is evidence. No evidence within `timeout` is a failure, never a success.
 */
import * as core from '@actions/core';
import { ActionError } from '../../util/errors.js';
import { sleep } from '../../util/retry.js';
import { failureHint, judge, linesSince, tail } from './evidence.js';
import { imageOf } from './plan.js';
import { where, type Execution } from './execution.js';
import { swapIntoProduction } from './swap.js';

export async function verify(x: Execution): Promise<void> {
  const { plan, progress } = x;
  const image = progress.image ?? plan.image.after;
  const deadline = Date.now() + x.timeoutMs;
  await provesServing(x, { slot: plan.slot, image, before: x.logBefore.target, deadline });
  progress.hostName ??= plan.hostName;
  await Promise.all([functionsIndexed(x, plan.slot, deadline), healthy(x, progress.hostName, where(plan.slot), deadline)]);
  if (!plan.swap || !plan.slot) return;

  await swapIntoProduction(x);
  const prodDeadline = Date.now() + x.timeoutMs;
  const config = await x.svc.config(plan.app);
  if (imageOf(config.linuxFxVersion)?.toLowerCase() !== image.toLowerCase()) {
    throw new ActionError(`After the swap, production's site config names ${imageOf(config.linuxFxVersion) ?? 'no image'}, not ${image}.`, 'Check the slots in the portal (Deployment slots) before re-running.');
  }
  await provesServing(x, { slot: undefined, image, before: x.logBefore.production ?? '', deadline: prodDeadline });
  progress.productionHostName = plan.productionHostName;
  await Promise.all([functionsIndexed(x, undefined, prodDeadline), healthy(x, progress.productionHostName, 'production', prodDeadline)]);
}

/** Waits until the container log shows `image` pulled and ready on the slot, or fails with the line that says why. */
export async function provesServing(x: Execution, o: { slot: string | undefined; image: string; before: string; deadline: number }): Promise<string> {
  const name = where(o.slot);
  core.info(`Waiting for the container log of ${name} to show ${o.image} pulled and ready to serve (up to ${Math.round((o.deadline - Date.now()) / 1000)} s).`);
  for (;;) {
    const lines = linesSince(o.before, await x.svc.containerLog(x.plan.app, o.slot));
    const v = judge(lines, o.image);
    if (v.state === 'ready') {
      x.progress.evidence.push(`${name}: container log shows ${o.image} ready ("${v.line}")`);
      core.info(`${name}: ${v.line}`);
      return v.line;
    }
    if (v.state === 'failed') {
      throw new ActionError(`The new container of ${name} did not start: "${v.cause ? `${v.cause}" / "` : ''}${v.line}" (container log; the previous container kept serving).`, failureHint(v.kind, name));
    }
    if (Date.now() > o.deadline) {
      const seen = v.pulled ? `the pull of ${o.image} but no "ready to serve" line` : `no pull of ${o.image}`;
      throw new ActionError(
        `No evidence that ${o.image} serves on ${name} within ${Math.round(x.timeoutMs / 1000)} s: the container log shows ${seen}. Its last lines:\n${tail(lines)}`,
        'A large image or slow start may need a longer timeout (and WEBSITES_CONTAINER_START_TIME_LIMIT); read the Log stream of the app in the portal.'
      );
    }
    await sleep(x.pollMs);
  }
}

/** Every function found in the app must be indexed by the host that now serves. */
async function functionsIndexed(x: Execution, slot: string | undefined, deadline: number): Promise<void> {
  const expected = x.plan.expectFunctions;
  if (!expected.length) return;
  let last = '';
  for (;;) {
    try {
      const listed = new Set((await x.svc.indexedFunctions(x.plan.app, slot)).map((n) => n.toLowerCase()));
      const missing = expected.filter((n) => !listed.has(n.toLowerCase()));
      if (!missing.length) {
        x.progress.evidence.push(`${where(slot)}: the host indexed ${expected.join(', ')}`);
        return;
      }
      last = `missing ${missing.join(', ')} (indexed: ${[...listed].join(', ') || 'none'})`;
    } catch (e) {
      last = (e as Error).message.split('\n')[0];
    }
    if (Date.now() > deadline) {
      throw new ActionError(`The functions host of ${where(slot)} did not index every function of the app within ${Math.round(x.timeoutMs / 1000)} s: ${last}.`, 'A function that fails to load (a missing setting or extension) is left out by the host: read the Log stream of the app.');
    }
    await sleep(x.pollMs);
  }
}

async function healthy(x: Execution, host: string | undefined, name: string, deadline: number): Promise<void> {
  if (!x.healthPath) return;
  if (!host) throw new ActionError(`${name} has no host name to check ${x.healthPath} on.`);
  const url = `https://${host}${x.healthPath}`;
  let last = '';
  core.info(`Waiting for ${url} to answer 2xx (up to ${Math.round((deadline - Date.now()) / 1000)} s).`);
  for (;;) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, Math.min(30_000, deadline - Date.now()))) });
      if (res.status >= 200 && res.status < 300) {
        x.progress.evidence.push(`${name}: ${x.healthPath} answered ${res.status}`);
        return;
      }
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String((e as Error).cause ?? (e as Error).message);
    }
    if (Date.now() > deadline) throw new ActionError(`Health check of ${name} failed: ${url} did not answer 2xx within ${Math.round(x.timeoutMs / 1000)} s (last: ${last}).`, 'Check the function app logs; raise timeout if the image starts slowly.');
    await sleep(x.pollMs);
  }
}
