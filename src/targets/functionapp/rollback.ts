/**
 * Puts back what this run changed (swap back, settings, site config, sticky names), then checks
 * that the previous image serves again and says so. Each step is tried even when one before failed.
 */
import * as core from '@actions/core';
import { where, type Execution, type Progress } from './execution.js';
import type { PullConfig } from './plan.js';
import { imageOf } from './plan.js';
import { swapBack } from './swap.js';
import { provesServing } from './verify.js';

async function step(restored: string[], done: string, failed: string, fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    restored.push(done);
    return true;
  } catch (e) {
    restored.push(`${failed} FAILED: ${(e as Error).message.split('\n')[0]}`);
    return false;
  }
}

/** Reads the progress of apply and verify: only what landed is put back. */
export async function rollback(x: Execution, progress: Progress, _cause: unknown): Promise<string[]> {
  const { plan, svc } = x;
  const restored: string[] = [];
  const name = where(plan.slot);
  if (progress.swapped && plan.slot && plan.productionImage) {
    const log = await svc.containerLog(plan.app).catch(() => '');
    if (await step(restored, `swapped ${plan.slot} and production back`, 'swap back', () => swapBack(x, plan.productionImage!))) {
      await confirmServes(x, restored, undefined, plan.productionImage, log);
    }
  }
  const logBefore = progress.settings || progress.config ? await svc.containerLog(plan.app, plan.slot).catch(() => '') : '';
  if (progress.settings) {
    await step(
      restored,
      `the app settings of ${name} (all ${Object.keys(plan.settingsBefore).length}, as read before the deploy)`,
      `restoring the app settings of ${name}`,
      () => svc.putSettings(plan.app, plan.slot, plan.settingsBefore)
    );
  }
  if (progress.config) {
    const back: PullConfig = {};
    for (const k of Object.keys(plan.configPatch) as Array<keyof PullConfig>)
      (back as Record<string, unknown>)[k] = progress.config[k] ?? (k === 'acrUseManagedIdentityCreds' ? false : '');
    await step(restored, `the site config of ${name} (${Object.keys(back).join(', ')})`, `restoring the site config of ${name}`, () =>
      svc.patchConfig(plan.app, plan.slot, back)
    );
  }
  if (progress.sticky)
    await step(restored, 'the slot setting names', 'restoring the slot setting names', () => svc.putSlotConfigNames(plan.app, plan.slotConfigNamesBefore));
  const previous = imageOf(plan.configBefore.linuxFxVersion);
  if ((progress.settings || progress.config) && previous) await confirmServes(x, restored, plan.slot, previous, logBefore);
  if (progress.created)
    restored.push(
      `slot ${plan.slot} was created by this run and is left in place for inspection (the next run reuses it; closing the pull request deletes a preview slot)`
    );
  return restored;
}

/** After a restore, the previous image must be seen serving again; bounded, and said either way. */
async function confirmServes(x: Execution, restored: string[], slot: string | undefined, image: string, before: string): Promise<void> {
  const deadline = Date.now() + Math.min(x.timeoutMs, 180_000);
  try {
    await provesServing(x, { slot, image, before, deadline });
    restored.push(`${where(slot)} serves the previous image ${image} again (container log)`);
  } catch (e) {
    core.warning(`After the rollback: ${(e as Error).message.split('\n')[0]}`);
    restored.push(`the previous image ${image} was NOT seen serving ${where(slot)} again: check the app`);
  }
}
