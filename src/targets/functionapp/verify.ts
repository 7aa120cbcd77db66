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
import { where, type Execution, type Progress } from './execution.js';
import { swapIntoProduction } from './swap.js';
import { recorded, type Step } from '../target.js';
import { healthy as checkHealth } from '../health.js';

/** Reads apply's progress; returns a new record with the evidence seen (and the swap, when it happened). */
export function verify(x: Execution, applied: Progress): Promise<Step<Progress>> {
  return recorded<Progress>({ ...applied, evidence: [...applied.evidence] }, (progress) => proves(x, progress));
}

async function proves(x: Execution, progress: Progress): Promise<void> {
  const { plan } = x;
  const image = progress.image ?? plan.image.after;
  const deadline = Date.now() + x.timeoutMs;
  progress.evidence.push(await provesServing(x, { slot: plan.slot, image, before: x.logBefore.target, deadline }));
  progress.hostName ??= plan.hostName;
  await checks(x, progress, plan.slot, progress.hostName, deadline);
  if (!plan.swap || !plan.slot) return;

  // The swap restarts the slot's instances with production's settings before they take production's
  // traffic: their start may be logged in the slot's log rather than production's, and both count.
  const slotBefore = await x.svc.containerLog(plan.app, plan.slot);
  await swapIntoProduction(x, image);
  progress.swapped = true;
  const prodDeadline = Date.now() + x.timeoutMs;
  const config = await x.svc.config(plan.app);
  if (imageOf(config.linuxFxVersion)?.toLowerCase() !== image.toLowerCase()) {
    throw new ActionError(
      `After the swap, production's site config names ${imageOf(config.linuxFxVersion) ?? 'no image'}, not ${image}.`,
      'Check the slots in the portal (Deployment slots) before re-running.'
    );
  }
  progress.evidence.push(
    await provesServing(x, {
      slot: undefined,
      image,
      before: x.logBefore.production ?? '',
      deadline: prodDeadline,
      alsoFrom: { slot: plan.slot, before: slotBefore }
    })
  );
  progress.productionHostName = plan.productionHostName;
  await checks(x, progress, undefined, progress.productionHostName, prodDeadline);
}

/** The indexed functions and the health path, together; each adds its evidence when it passes. */
async function checks(x: Execution, progress: Progress, slot: string | undefined, host: string | undefined, deadline: number): Promise<void> {
  const record = async (evidence: Promise<string | undefined>) => {
    const seen = await evidence;
    if (seen) progress.evidence.push(seen);
  };
  await Promise.all([record(functionsIndexed(x, slot, deadline)), record(healthy(x, host, where(slot), deadline))]);
}

interface ServingCheck {
  slot: string | undefined;
  image: string;
  /** The log before the write: only what comes after counts. */
  before: string;
  deadline: number;
  /** After a swap: the swapped slot's log, where the warm-up start with production's settings may be written. */
  alsoFrom?: { slot: string; before: string };
}

/** A ready line for the image in the other log (after a swap), or undefined. */
async function readyElsewhere(x: Execution, o: ServingCheck): Promise<string | undefined> {
  if (!o.alsoFrom) return undefined;
  const v = judge(linesSince(o.alsoFrom.before, await x.svc.containerLog(x.plan.app, o.alsoFrom.slot)), o.image);
  return v.state === 'ready' ? `${where(o.slot)}: container log of ${o.alsoFrom.slot} shows ${o.image} ready after the swap began ("${v.line}")` : undefined;
}

/**
 * Waits until the container log shows `image` pulled and ready on the slot, or fails with the line
 * that says why. Returns the evidence (the ready line, named).
 */
export async function provesServing(x: Execution, o: ServingCheck): Promise<string> {
  const name = where(o.slot);
  core.info(`Waiting for the container log of ${name} to show ${o.image} pulled and ready to serve (up to ${Math.round((o.deadline - Date.now()) / 1000)} s).`);
  for (;;) {
    const [log, elsewhere] = await Promise.all([x.svc.containerLog(x.plan.app, o.slot), readyElsewhere(x, o)]);
    const lines = linesSince(o.before, log);
    const v = judge(lines, o.image);
    if (v.state === 'ready') {
      core.info(`${name}: ${v.line}`);
      return `${name}: container log shows ${o.image} ready ("${v.line}")`;
    }
    if (elsewhere && v.state !== 'failed') return elsewhere;
    if (v.state === 'failed') {
      throw new ActionError(
        `The new container of ${name} did not start: "${v.cause ? `${v.cause}" / "` : ''}${v.line}" (container log; the previous container kept serving).`,
        failureHint(v.kind, name)
      );
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

/** Every function found in the app must be indexed by the host that now serves; returns the evidence. */
async function functionsIndexed(x: Execution, slot: string | undefined, deadline: number): Promise<string | undefined> {
  const expected = x.plan.expectFunctions;
  if (!expected.length) return undefined;
  let last = '';
  for (;;) {
    try {
      const listed = new Set((await x.svc.indexedFunctions(x.plan.app, slot)).map((n) => n.toLowerCase()));
      const missing = expected.filter((n) => !listed.has(n.toLowerCase()));
      if (!missing.length) return `${where(slot)}: the host indexed ${expected.join(', ')}`;
      last = `missing ${missing.join(', ')} (indexed: ${[...listed].join(', ') || 'none'})`;
    } catch (e) {
      last = (e as Error).message.split('\n')[0];
    }
    if (Date.now() > deadline) {
      throw new ActionError(
        `The functions host of ${where(slot)} did not index every function of the app within ${Math.round(x.timeoutMs / 1000)} s: ${last}.`,
        'A function that fails to load (a missing setting or extension) is left out by the host: read the Log stream of the app.'
      );
    }
    await sleep(x.pollMs);
  }
}

function healthy(x: Execution, host: string | undefined, name: string, deadline: number): Promise<string | undefined> {
  return checkHealth({ host, path: x.healthPath, name, deadline, timeoutMs: x.timeoutMs, pollMs: x.pollMs });
}
