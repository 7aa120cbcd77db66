/**
 * Target `functionapp`: an existing Linux function app on an Elastic Premium (or Dedicated) plan.
 * plan = preflight reads + the pure plan; apply/verify/rollback in deploy.ts; teardown deletes the
 * preview slot (404 is success).
 */
import * as core from '@actions/core';
import type { DeployContext, DeployOutputs, Target } from '../target.js';
import { AppService } from './client.js';
import { readState } from './preflight.js';
import { chooseSlot, describePlan, describeTeardown, planDeploy } from './plan.js';
import { apply, rollback, verify, type Execution } from './deploy.js';
import { ActionError } from '../../util/errors.js';

async function service(ctx: DeployContext): Promise<AppService> {
  if (!ctx.azure) throw new ActionError('target: functionapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
  return AppService.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId!);
}

export const functionAppTarget: Target<Execution> = {
  async plan(ctx) {
    const fa = ctx.config.functionapp;
    const svc = await service(ctx);
    const { slot } = chooseSlot(fa, ctx.facts.intent);
    const state = await readState(svc, fa.appName!, fa.resourceGroup, slot);
    const cred = ctx.registryCredential;
    const plan = planDeploy({
      config: fa,
      intent: ctx.facts.intent,
      state,
      image: ctx.image,
      registry: ctx.registry,
      registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined
    });
    for (const w of plan.warnings) core.warning(w);
    return { plan, svc, done: {}, hostName: plan.hostName, productionHostName: state.productionHostName, timeoutMs: ctx.config.timeoutMs, healthPath: fa.healthPath, fallbackImage: ctx.fallbackImage, pollMs: ctx.pollMs };
  },
  apply,
  verify,
  rollback,
  async teardown(ctx): Promise<DeployOutputs> {
    const fa = ctx.config.functionapp;
    const { slot } = chooseSlot(fa, ctx.facts.intent);
    if (!slot) throw new ActionError('mode: teardown deletes a deployment slot, and none was named.', 'Run teardown on a closed pull request (slot pr-<N>), or set slot.');
    const svc = await service(ctx);
    const app = fa.resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup: fa.resourceGroup, name: fa.appName! } : (await svc.findApp(fa.appName!)).app;
    const plan = describeTeardown(app, slot);
    if (ctx.mode === 'plan') return { slot, plan };
    const deleted = await svc.deleteSlot(app, slot);
    core.info(deleted ? `Deleted slot ${slot} of ${app.name}.` : `Slot ${slot} of ${app.name} was already gone.`);
    return { slot, plan: { ...plan, deleted } };
  },
  outputs(x): DeployOutputs {
    const host = x.plan.swap ? x.productionHostName : x.hostName;
    return { url: host ? `https://${host}` : undefined, slot: x.plan.swap ? 'production' : (x.plan.slot ?? 'production'), plan: describePlan(x.plan) };
  },
  summary(x): string {
    const d = describePlan(x.plan);
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
      ['Restart', d.restart ? 'yes (same image)' : 'no']
    ];
    return ['### Function app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
  }
};
