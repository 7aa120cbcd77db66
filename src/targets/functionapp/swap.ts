/**
 * A swap is not idempotent: a second POST of `slotsswap` swaps back. So the POST is retried only
 * while Azure has not accepted it (409 "operation in progress" before it starts); once accepted it
 * is never sent again, and when waiting for it fails, both slots' images are read to learn what
 * happened: swapped (go on), not swapped (fail with the error), or not yet (read again until timeout).
 */
import * as core from '@actions/core';
import { ActionError } from '../../util/errors.js';
import { sleep } from '../../util/retry.js';
import { imageOf } from './plan.js';
import type { Execution } from './execution.js';

type Outcome = 'swapped' | 'not-swapped' | 'unknown';

async function outcome(x: Execution, productionShouldRun: string): Promise<Outcome> {
  const [prod, slot] = await Promise.all([x.svc.config(x.plan.app), x.svc.config(x.plan.app, x.plan.slot)]);
  const p = imageOf(prod.linuxFxVersion)?.toLowerCase();
  const s = imageOf(slot.linuxFxVersion)?.toLowerCase();
  const want = productionShouldRun.toLowerCase();
  if (p === want && s !== want) return 'swapped';
  if (s === want && p !== want) return 'not-swapped';
  return 'unknown';
}

/** Swaps the plan's slot and production so that production runs `productionShouldRun`. */
async function swap(x: Execution, productionShouldRun: string): Promise<void> {
  const slot = x.plan.slot!;
  const op = await x.svc.startSwap(x.plan.app, slot, x.pollMs);
  const { pollError } = await op.done();
  if (!pollError) return;
  core.warning(`${pollError.message.split('\n')[0]} — reading both slots to learn whether the swap happened (a swap is never sent twice).`);
  const deadline = Date.now() + x.timeoutMs;
  for (;;) {
    const o = await outcome(x, productionShouldRun);
    if (o === 'swapped') {
      core.info(`The swap of ${slot} and production did happen: production runs ${productionShouldRun}.`);
      return;
    }
    if (o === 'not-swapped') throw pollError;
    if (Date.now() > deadline) {
      throw new ActionError(
        `The swap of ${slot} and production did not settle within ${Math.round(x.timeoutMs / 1000)} s (${pollError.message.split('\n')[0]}).`,
        'Check the deployment slots in the portal before re-running: the swap was not sent again.'
      );
    }
    await sleep(x.pollMs);
  }
}

/** Swaps the plan's slot, which serves `image`, into production. */
export async function swapIntoProduction(x: Execution, image: string): Promise<void> {
  core.info(`Swapping ${x.plan.slot} into production.`);
  await swap(x, image);
}

/** Swaps back after a failed production check: production runs what it ran before. */
export async function swapBack(x: Execution, productionImage: string): Promise<void> {
  await swap(x, productionImage);
}
