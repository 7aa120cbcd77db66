/**
 * The writes of a deploy, in order and only what changed: settings and sticky names (independent:
 * together) before the site config, because a config change recycles the app onto the new image
 * with the settings already in place. A new slot is one PUT with everything in it.
 */
import * as core from '@actions/core';
import { AzureCallError } from '../../azure/arm.js';
import { ActionError } from '../../util/errors.js';
import { recorded, type Step } from '../target.js';
import type { Execution, Progress } from './execution.js';

/** Carries out the plan; the returned progress says what landed (also when a write failed). */
export function apply(x: Execution): Promise<Step<Progress>> {
  return recorded<Progress>({ image: x.plan.image.after, evidence: [] }, (progress) => writes(x, progress));
}

async function writes(x: Execution, progress: Progress): Promise<void> {
  const { plan, svc } = x;
  if (plan.evict) await evict(x, plan.evict);
  if (plan.createSlot && plan.slot && plan.newSlot) {
    core.info(
      `Creating slot ${plan.slot} from production's configuration (site config, VNet, identities, settings and connection strings without the sticky ones, storage mounts).`
    );
    const site = await withDigestFallback(x, progress, (image) => svc.createSlot(plan.app, plan.slot!, withImage(plan.newSlot!, image) as never, x.pollMs));
    progress.created = true;
    progress.hostName = site.defaultHostName;
    if (plan.stickyAdd.length) {
      await svc.putSlotConfigNames(plan.app, plan.slotConfigNamesAfter);
      progress.sticky = true;
    }
    return;
  }
  await settle([
    plan.writeSettings ? writeSettings(x, progress) : undefined,
    plan.stickyAdd.length ? svc.putSlotConfigNames(plan.app, plan.slotConfigNamesAfter).then(() => void (progress.sticky = true)) : undefined
  ]);
  if (Object.keys(plan.configPatch).length) {
    await withDigestFallback(x, progress, (image) =>
      svc.patchConfig(plan.app, plan.slot, image ? { ...plan.configPatch, linuxFxVersion: `DOCKER|${image}` } : plan.configPatch)
    );
    progress.config = plan.configBefore;
  }
  if (plan.restart) {
    core.info(`The image reference did not change: restarting ${plan.slot ?? 'production'} so it pulls and runs the image again.`);
    await svc.restart(plan.app, plan.slot);
  }
}

/** Frees the slot of a closed pull request (the quota is full): its full teardown, as when that pull request closed. */
async function evict(x: Execution, e: NonNullable<Execution['plan']['evict']>): Promise<void> {
  if (!x.evict)
    throw new ActionError(
      `The slot quota is full and slot ${e.slot} should be freed first, but there is no GitHub access to tear its preview down.`,
      'Set github-token.'
    );
  core.info(`The slot quota is full: tearing down ${e.slot} first (pull request #${e.pr} is ${e.state}; preview-evict-closed: true).`);
  await x.evict(e.pr);
  core.notice(`Freed slot ${e.slot} of pull request #${e.pr} (${e.state}) to make room for ${x.plan.slot}.`);
}

function writeSettings(x: Execution, progress: Progress): Promise<void> {
  const d = x.plan.settingsDiff;
  core.info(`Writing app settings of ${x.plan.slot ?? 'production'}: +${d.added.length} ~${d.changed.length} -${d.removed.length} (all other settings kept).`);
  return x.svc.putSettings(x.plan.app, x.plan.slot, x.plan.settingsAfter).then(() => void (progress.settings = true));
}

function withImage<T extends { siteConfig: Record<string, unknown> }>(envelope: T, image: string | undefined): T {
  return image ? { ...envelope, siteConfig: { ...envelope.siteConfig, linuxFxVersion: `DOCKER|${image}` } } : envelope;
}

/**
 * Runs a write of the image; where App Service refuses the digest form itself (a 400 whose message
 * names LinuxFxVersion), writes the commit's immutable sha tag instead, once, with a warning.
 * Any other refusal is the deploy's failure.
 */
async function withDigestFallback<T>(x: Execution, progress: Progress, write: (image: string | undefined) => Promise<T>): Promise<T> {
  try {
    return await write(undefined);
  } catch (e) {
    const refusedImage = e instanceof AzureCallError && e.status === 400 && /LinuxFxVersion/i.test(e.azureMessage ?? '');
    if (!refusedImage || !x.fallbackImage) throw e;
    core.warning(
      `App Service refused the digest reference (${(e as Error).message.split('\n')[0]}); deploying the commit's immutable tag ${x.fallbackImage} instead.`
    );
    progress.image = x.fallbackImage;
    return write(x.fallbackImage);
  }
}

/** Runs independent writes together; the first failure wins after all have settled (so the rollback knows what landed). */
async function settle(writes: Array<Promise<void> | undefined>): Promise<void> {
  const results = await Promise.allSettled(writes.filter((w): w is Promise<void> => w !== undefined));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}
