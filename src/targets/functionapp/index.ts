/**
 * Target `functionapp`: an existing Linux function app on an Elastic Premium (or Dedicated) plan.
 * plan = preflight reads + the pure plan; apply.ts writes and returns the progress, verify.ts
 * proves the image serves (swap.ts for releases), rollback.ts puts back what the progress says was
 * written; teardown deletes the preview slot (404 is success).
 */
import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { previewNumber, type DeployContext, type DeployOutputs, type Preview, type Target } from '../target.js';
import { AppService } from './client.js';
import { readState } from './preflight.js';
import { chooseSlot, describePlan, describeTeardown, planDeploy, previewSlots, slotQuotaFull, type AppRef, type SlotPullRequests } from './plan.js';
import { apply } from './apply.js';
import { verify } from './verify.js';
import { rollback } from './rollback.js';
import { writeRecord } from './record.js';
import { checkDrift, describeDrift, driftLine } from './drift.js';
import type { Execution, Progress } from './execution.js';
import type { Settings } from './settings.js';
import { ActionError } from '../../util/errors.js';

async function service(ctx: DeployContext): Promise<AppService> {
  if (!ctx.azure)
    throw new ActionError('target: functionapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
  return AppService.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId!);
}

/**
 * The functions of the app (functions-path, else the build context), which the host must index
 * after the deploy. Without a readable app folder the names are not checked (an explicit
 * functions-path that cannot be read is an error).
 */
async function functionNames(ctx: DeployContext, settings: Settings): Promise<string[]> {
  const explicit = ctx.config.aks.functionsPath;
  if (explicit === 'image') {
    core.notice('functions-path: image is read by target aks only; the function app is verified from its container log and health-path.');
    return [];
  }
  const folder = explicit ?? (ctx.config.image.prebuilt ? undefined : ctx.config.image.context);
  if (!folder) return [];
  const { discoverFunctions } = await import('../../functions/discover.js');
  try {
    const app = discoverFunctions(isAbsolute(folder) ? folder : resolve(ctx.workspace, folder), { settings });
    return app.functions.filter((f) => !f.disabled).map((f) => f.name);
  } catch (e) {
    if (explicit) throw e;
    core.info(`The indexed functions are not checked: ${(e as Error).message.split('\n')[0]} (set functions-path to the folder that holds host.json).`);
    return [];
  }
}

/**
 * The slot quota is full: the state of each preview slot's pull request, for the message and the
 * eviction. A GitHub failure is not the deploy's failure: the states are then unknown (and nothing
 * is evicted).
 */
async function slotPullRequests(ctx: DeployContext, slots: string[]): Promise<SlotPullRequests> {
  const evictClosed = ctx.config.functionapp.previewEvictClosed;
  const prs = slots.map(previewNumber).filter((n): n is number => n !== undefined);
  if (!ctx.pullRequests) return { evictClosed, statesError: 'no github-token' };
  try {
    return { evictClosed, states: await ctx.pullRequests.states(prs) };
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    core.warning(`The slot quota is full, and the state of the preview slots' pull requests could not be read: ${why}`);
    return { evictClosed, statesError: why };
  }
}

/** The app: directly when the resource group is given, else found by name in the subscription. */
async function appOf(svc: AppService, fa: DeployContext['config']['functionapp']): Promise<AppRef> {
  return fa.resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup: fa.resourceGroup, name: fa.appName! } : (await svc.findApp(fa.appName!)).app;
}

/** The drift row of the summary: names only; after a deploy, what it overwrote. */
function driftCell(d: ReturnType<typeof describeDrift>, deployed: boolean): string {
  if (d.state === 'none') return 'nothing since the last deploy';
  if (d.state !== 'drift')
    return d.state === 'no-record' ? 'no record yet' : d.state === 'new-slot' ? '– (new slot)' : `not checked (${'why' in d ? d.why : d.state})`;
  const all = [...(d.settings ?? []), ...(d.config ?? [])].map((n) => `<code>${n}</code>`).join(', ');
  const over = (d.overwritten ?? []).map((n) => `<code>${n}</code>`).join(', ');
  return `${all}${over ? `; ${deployed ? 'overwritten' : 'would be overwritten'}: ${over}` : ''}`;
}

/** The preview comment's instance: the app as the input names it, and the slot. */
const instanceName = (appName: string, slot: string) => `${appName}/${slot}`;

export const functionAppTarget: Target<void, Execution, Progress> = {
  /** Nothing to render: the app's functions are read while planning (their settings come from Azure). */
  async render() {},
  async plan(ctx) {
    const fa = ctx.config.functionapp;
    const svc = await service(ctx);
    const { slot, swap } = chooseSlot(fa, ctx.facts.intent);
    const { state, logBefore } = await readState(svc, fa.appName!, fa.resourceGroup, slot, swap);
    const settings = { ...state.productionSettings, ...(state.targetSettings ?? {}), ...Object.fromEntries(fa.appSettings.map((s) => [s.name, s.value])) };
    const cred = ctx.registryCredential;
    const pullRequests = slotQuotaFull(state, slot) ? await slotPullRequests(ctx, state.slots) : undefined;
    const plan = planDeploy({
      config: fa,
      intent: ctx.facts.intent,
      state,
      image: ctx.image,
      registry: ctx.registry,
      registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined,
      functions: ctx.mode === 'deploy' ? await functionNames(ctx, settings) : [],
      pullRequests
    });
    for (const w of plan.warnings) core.warning(w);
    const where = `${plan.slot ? `slot ${plan.slot}` : 'production'} of ${plan.app.name}`;
    checkDrift(plan.drift, ctx.config.onDrift, ctx.mode, where);
    const line = driftLine(plan.drift, where);
    if (plan.drift.state === 'compared' && plan.drift.entries.some((e) => e.overwritten)) core.warning(line);
    else core.info(line);
    return {
      appName: fa.appName!,
      plan,
      svc,
      logBefore,
      timeoutMs: ctx.config.timeoutMs,
      healthPath: fa.healthPath,
      fallbackImage: ctx.fallbackImage,
      pollMs: ctx.pollMs,
      evict: ctx.pullRequests?.evict
    };
  },
  apply,
  verify,
  record: writeRecord,
  rollback,
  async teardown(ctx): Promise<DeployOutputs> {
    const fa = ctx.config.functionapp;
    const { slot } = chooseSlot(fa, ctx.facts.intent);
    if (!slot)
      throw new ActionError(
        'mode: teardown deletes a deployment slot, and none was named.',
        'Run teardown on a closed pull request (slot pr-<N>), or set slot.'
      );
    const svc = await service(ctx);
    const app = await appOf(svc, fa);
    const plan = describeTeardown(app, slot);
    const instance = instanceName(fa.appName!, slot);
    if (ctx.mode === 'plan') return { instance, slot, plan };
    const deleted = await svc.deleteSlot(app, slot);
    core.info(deleted ? `Deleted slot ${slot} of ${app.name}.` : `Slot ${slot} of ${app.name} was already gone.`);
    return { instance, slot, plan: { ...plan, deleted } };
  },
  async previews(ctx): Promise<Preview[]> {
    const fa = ctx.config.functionapp;
    const svc = await service(ctx);
    const app = await appOf(svc, fa);
    return previewSlots(await svc.slots(app)).map((p) => ({ ...p, instance: instanceName(fa.appName!, p.slot) }));
  },
  outputs(x, progress): DeployOutputs {
    const host = x.plan.swap ? x.plan.productionHostName : (progress?.hostName ?? x.plan.hostName);
    const slot = x.plan.swap ? 'production' : (x.plan.slot ?? 'production');
    return {
      instance: instanceName(x.appName, slot),
      url: host ? `https://${host}` : undefined,
      slot,
      plan: describePlan(x.plan, progress?.image),
      verified: progress ? [...progress.evidence] : undefined
    };
  },
  summary(x, progress): string {
    const d = describePlan(x.plan, progress?.image);
    const names = (list: string[]) => (list.length ? list.map((n) => `<code>${n}</code>`).join(', ') : '–');
    const rows: Array<[string, string]> = [
      ['Function app', `${d.app} (${d.resourceGroup})`],
      ['Slot', `${d.slot} (${d.slotAction})${d.swap ? `, then swap ${d.swap}` : ''}`],
      ['Image', `${d.image.before ? `<code>${d.image.before}</code>` : '–'} → <code>${d.image.after}</code>`],
      ['Settings added', names(d.settings.added)],
      ['Settings changed', names(d.settings.changed)],
      ['Settings removed', names(d.settings.removed)],
      ['Made sticky', names(d.sticky)],
      ['Site config', d.config.length ? d.config.join(', ') : 'unchanged'],
      ['Restart', d.restart ? 'yes (same image)' : 'no'],
      ['Changed outside the action', driftCell(d.drift, progress !== undefined)],
      ['Deploy record', progress?.recorded ? 'written (tags <code>deploy-record-*</code>)' : progress ? 'not written' : '–'],
      ['Verified', progress?.evidence.length ? progress.evidence.join('<br>') : 'not yet']
    ];
    return ['### Function app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
  }
};
