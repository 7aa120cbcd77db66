/**
 * apply → verify (→ swap → verify production) → rollback, for one FunctionAppPlan. The writes are
 * ordered: settings (and sticky names, a separate resource) before the site config, because a
 * config change recycles the app onto the new image with the settings already in place.
 */
import * as core from '@actions/core';
import type { AppService } from './client.js';
import type { FunctionAppPlan, PullConfig } from './plan.js';
import { ActionError } from '../../util/errors.js';
import { sleep } from '../../util/retry.js';

export interface Execution {
  plan: FunctionAppPlan;
  svc: AppService;
  /** What has been written so far, for the rollback. */
  done: { settings?: boolean; config?: PullConfig; sticky?: boolean; created?: boolean; swapped?: boolean };
  hostName?: string;
  productionHostName?: string;
  timeoutMs: number;
  healthPath?: string;
  /** `registry/repo:sha-<7>`: the fallback when App Service refuses the digest form. */
  fallbackImage?: string;
  pollMs: number;
}

export async function apply(x: Execution): Promise<void> {
  const { plan, svc } = x;
  const { app, slot } = plan;
  if (plan.createSlot && slot) {
    const settings = Object.entries(plan.settingsAfter).map(([name, value]) => ({ name, value }));
    core.info(`Creating slot ${slot} (settings copied from production without sticky ones and WEBSITE_CONTENTSHARE).`);
    const site = await svc.createSlot(
      app,
      slot,
      {
        location: plan.location,
        serverFarmId: plan.serverFarmId,
        httpsOnly: plan.httpsOnly ?? true,
        kind: 'functionapp,linux,container',
        reserved: true,
        ...(plan.slotIdentity ? { identity: plan.slotIdentity as never } : {}),
        siteConfig: { ...plan.configPatch, appSettings: settings }
      },
      x.pollMs
    );
    x.done.created = true;
    x.hostName = site.defaultHostName;
  } else {
    const writes: Array<Promise<void>> = [];
    if (plan.writeSettings) {
      const d = plan.settingsDiff;
      core.info(`Writing app settings of ${slot ?? 'production'}: +${d.added.length} ~${d.changed.length} -${d.removed.length} (all other settings kept).`);
      writes.push(svc.putSettings(app, slot, plan.settingsAfter).then(() => void (x.done.settings = true)));
    }
    if (plan.stickyAdd.length) {
      writes.push(svc.putSlotConfigNames(app, plan.slotConfigNamesAfter).then(() => void (x.done.sticky = true)));
    }
    await settle(writes);
    if (Object.keys(plan.configPatch).length) await patchImage(x);
    if (plan.restart) {
      core.info(`The image reference did not change: restarting ${slot ?? 'production'} so it runs the image.`);
      await svc.restart(app, slot);
    }
  }
  if (plan.createSlot && plan.stickyAdd.length) {
    await svc.putSlotConfigNames(app, plan.slotConfigNamesAfter);
    x.done.sticky = true;
  }
}

/** Runs independent writes together; the first failure wins after all have settled (so the rollback knows what landed). */
async function settle(writes: Array<Promise<void>>): Promise<void> {
  const results = await Promise.allSettled(writes);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

async function patchImage(x: Execution): Promise<void> {
  const { plan, svc } = x;
  try {
    await svc.patchConfig(plan.app, plan.slot, plan.configPatch);
    x.done.config = plan.configBefore;
  } catch (e) {
    const refused = e instanceof ActionError && /HTTP 400/.test(e.message) && /LinuxFxVersion/i.test(e.message);
    if (!refused || !x.fallbackImage || !plan.configPatch.linuxFxVersion) throw e;
    core.warning(`App Service refused the digest reference (${e.message.split('\n')[0]}); deploying the commit's immutable tag ${x.fallbackImage} instead.`);
    const patch = { ...plan.configPatch, linuxFxVersion: `DOCKER|${x.fallbackImage}` };
    await svc.patchConfig(plan.app, plan.slot, patch);
    x.done.config = plan.configBefore;
    plan.image.after = x.fallbackImage;
  }
}

export async function verify(x: Execution): Promise<void> {
  const { plan, svc } = x;
  const host = await waitRunning(x, plan.slot);
  x.hostName = host ?? x.hostName;
  if (x.healthPath) await waitHealthy(x, x.hostName, plan.slot ?? 'production');
  if (plan.swap && plan.slot) {
    core.info(`Swapping ${plan.slot} into production.`);
    await svc.swapIntoProduction(plan.app, plan.slot, x.pollMs);
    x.done.swapped = true;
    const prodHost = await waitRunning(x, undefined);
    x.productionHostName = prodHost;
    if (x.healthPath) await waitHealthy(x, prodHost, 'production');
  }
}

async function waitRunning(x: Execution, slot: string | undefined): Promise<string | undefined> {
  const deadline = Date.now() + x.timeoutMs;
  for (;;) {
    const site = await x.svc.site(x.plan.app, slot);
    if ((site.state ?? '').toLowerCase() === 'running') return site.defaultHostName;
    if (Date.now() > deadline) throw new ActionError(`${x.plan.app.name}${slot ? `/${slot}` : ''} is '${site.state}', not Running, after ${Math.round(x.timeoutMs / 1000)} s.`, 'Check the app in the portal (Diagnose and solve problems) and its container logs.');
    await sleep(x.pollMs);
  }
}

async function waitHealthy(x: Execution, host: string | undefined, where: string): Promise<void> {
  if (!host) throw new ActionError(`${where} has no host name to check ${x.healthPath} on.`);
  const url = `https://${host}${x.healthPath}`;
  const deadline = Date.now() + x.timeoutMs;
  let last = '';
  core.info(`Waiting for ${url} to answer 2xx (up to ${Math.round(x.timeoutMs / 1000)} s).`);
  for (;;) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.min(30_000, x.timeoutMs)) });
      if (res.status >= 200 && res.status < 300) {
        core.info(`${url} answered ${res.status}.`);
        return;
      }
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String((e as Error).cause ?? (e as Error).message);
    }
    if (Date.now() > deadline) throw new ActionError(`Health check of ${where} failed: ${url} did not answer 2xx within ${Math.round(x.timeoutMs / 1000)} s (last: ${last}).`, 'Check the function app logs; raise timeout if the image starts slowly.');
    await sleep(x.pollMs);
  }
}

/** Puts back what this run changed, and says what it restored. */
export async function rollback(x: Execution, cause: unknown): Promise<string[]> {
  const { plan, svc } = x;
  const restored: string[] = [];
  const where = plan.slot ?? 'production';
  if (x.done.swapped && plan.slot) {
    try {
      await svc.swapIntoProduction(plan.app, plan.slot, x.pollMs);
      restored.push(`swapped ${plan.slot} and production back`);
    } catch (e) {
      restored.push(`swap back FAILED: ${(e as Error).message}`);
    }
  }
  if (x.done.settings) {
    try {
      await svc.putSettings(plan.app, plan.slot, plan.settingsBefore);
      restored.push(`the app settings of ${where} (all ${Object.keys(plan.settingsBefore).length}, as read before the deploy)`);
    } catch (e) {
      restored.push(`restoring the app settings of ${where} FAILED: ${(e as Error).message}`);
    }
  }
  if (x.done.config) {
    const back: PullConfig = {};
    for (const k of Object.keys(plan.configPatch) as Array<keyof PullConfig>) (back as Record<string, unknown>)[k] = x.done.config[k] ?? (k === 'acrUseManagedIdentityCreds' ? false : '');
    try {
      await svc.patchConfig(plan.app, plan.slot, back);
      restored.push(`the site config of ${where} (${Object.keys(back).join(', ')})`);
    } catch (e) {
      restored.push(`restoring the site config of ${where} FAILED: ${(e as Error).message}`);
    }
  }
  if (x.done.sticky) {
    try {
      await svc.putSlotConfigNames(plan.app, plan.slotConfigNamesBefore);
      restored.push('the slot setting names');
    } catch (e) {
      restored.push(`restoring the slot setting names FAILED: ${(e as Error).message}`);
    }
  }
  if (x.done.created) restored.push(`slot ${plan.slot} was created by this run and is left in place for inspection (the next run reuses it; closing the pull request deletes a preview slot)`);
  void cause;
  return restored;
}
