/**
 * Target `containerapp`: Azure Functions hosted natively on Azure Container Apps
 * (`Microsoft.App/containerApps`, kind functionapp). plan = preflight reads + the pure plan;
 * apply.ts writes the new revision (one PUT of the whole app), verify.ts proves it serves and moves
 * the traffic in steps, rollback.ts puts the app back as it was read; teardown takes a closed pull
 * request's label out of the traffic and deactivates its revision (never deleting it).
 */
import * as core from '@actions/core';
import type { DeployContext, DeployOutputs, Preview, Target } from '../target.js';
import { ActionError } from '../../util/errors.js';
import { ContainerApps, withSecretValues } from './client.js';
import { readState } from './preflight.js';
import { describePlan, describeTraffic, planDeploy, planTeardown, previewLabels } from './plan.js';
import { apply } from './apply.js';
import { verify } from './verify.js';
import { rollback } from './rollback.js';
import type { Execution, Progress } from './execution.js';

async function service(ctx: DeployContext): Promise<ContainerApps> {
  if (!ctx.azure)
    throw new ActionError('target: containerapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
  return ContainerApps.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId!);
}

const instanceName = (app: string, label: string | undefined) => (label ? `${app}/${label}` : app);

export const containerAppTarget: Target<void, Execution, Progress> = {
  async render() {},
  async plan(ctx) {
    const fa = ctx.config.functionapp;
    const svc = await service(ctx);
    const state = await readState(svc, fa.resourceGroup!, fa.appName!);
    const cred = ctx.registryCredential;
    const plan = planDeploy({
      config: fa,
      containerapp: ctx.config.containerapp,
      intent: ctx.facts.intent,
      state,
      image: ctx.image,
      registry: ctx.registry,
      registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined
    });
    for (const w of plan.warnings) core.warning(w);
    return { plan, svc, timeoutMs: ctx.config.timeoutMs, healthPath: fa.healthPath, pollMs: ctx.pollMs };
  },
  apply,
  verify,
  rollback,
  async teardown(ctx): Promise<DeployOutputs> {
    const fa = ctx.config.functionapp;
    const intent = ctx.facts.intent;
    if (intent.kind !== 'teardown')
      throw new ActionError("mode: teardown of a container app removes a closed pull request's preview label.", 'Run teardown on a closed pull request.');
    const label = `pr-${intent.pr}`;
    const svc = await service(ctx);
    const app = await svc.app(fa.resourceGroup!, fa.appName!);
    const t = planTeardown(app, label);
    const plan = { target: 'containerapp', app: fa.appName, label, removed: !!t, deactivate: t?.revision };
    const instance = instanceName(fa.appName!, label);
    if (!t || ctx.mode === 'plan') {
      if (!t) core.info(`Container app ${fa.appName} has no label ${label}: nothing to tear down.`);
      return { instance, plan };
    }
    const doc = withSecretValues(app, await svc.secrets(fa.resourceGroup!, fa.appName!));
    await svc.put(
      fa.resourceGroup!,
      fa.appName!,
      { ...doc, configuration: { ...doc.configuration, ingress: { ...doc.configuration?.ingress, traffic: t.traffic } } },
      ctx.pollMs,
      `Remove label ${label}`
    );
    core.info(`Removed label ${label} from container app ${fa.appName}.`);
    if (t.revision) {
      await svc.deactivate(fa.resourceGroup!, fa.appName!, t.revision);
      core.info(`Deactivated revision ${t.revision} (kept, not deleted).`);
    }
    return { instance, plan };
  },
  async previews(ctx): Promise<Preview[]> {
    const fa = ctx.config.functionapp;
    const svc = await service(ctx);
    const app = await svc.app(fa.resourceGroup!, fa.appName!);
    const labels = previewLabels(app);
    return Promise.all(
      labels.map(async (l) => {
        const created = l.revision ? (await svc.revision(fa.resourceGroup!, fa.appName!, l.revision)).createdTime : undefined;
        const lastDeployed = created ? new Date(created).toISOString() : undefined;
        return {
          pr: l.pr,
          instance: instanceName(fa.appName!, l.label),
          ...(lastDeployed ? { lastDeployed, lastDeployedSource: "the createdTime of the label's revision (each deploy makes a new revision)" } : {})
        };
      })
    );
  },
  outputs(x, progress): DeployOutputs {
    const p = x.plan;
    const host = p.purpose === 'preview' ? p.labelHost : p.appHost;
    return {
      instance: instanceName(p.appName, p.purpose === 'preview' ? p.label : undefined),
      url: host ? `https://${host}` : undefined,
      revision: p.revision || undefined,
      plan: describePlan(p),
      verified: progress ? [...progress.evidence] : undefined
    };
  },
  summary(x, progress): string {
    const d = describePlan(x.plan);
    const names = (list: string[]) => (list.length ? list.map((n) => `<code>${n}</code>`).join(', ') : '–');
    const moved = progress?.traffic ? describeTraffic(progress.traffic, d.app).join(', ') : undefined;
    const rows: Array<[string, string]> = [
      ['Container app', `${d.app} (${d.resourceGroup}, ${d.revisionMode} revision mode)`],
      ['Revision', `<code>${d.revision}</code> (${d.revisionCreated ? 'new' : 'unchanged'})${d.label ? `, label <code>${d.label}</code>` : ''}`],
      ['Image', `${d.image.before ? `<code>${d.image.before}</code>` : '–'} → <code>${d.image.after}</code>`],
      ['Env added', names(d.env.added)],
      ['Env changed', names(d.env.changed)],
      ['Env removed', names(d.env.removed)],
      ['Secrets written', names([...d.secrets.added, ...d.secrets.changed])],
      ['Registry pull', d.registry],
      ['Traffic before', d.traffic.before.join(', ') || '–'],
      ['Traffic after', `${d.traffic.after.join(', ') || '–'}${d.traffic.steps.length ? ` (steps ${d.traffic.steps.join(', ')} %)` : ''}`],
      ...(moved ? ([['Traffic now', moved]] as Array<[string, string]>) : []),
      ['Verified', progress?.evidence.length ? progress.evidence.join('<br>') : 'not yet']
    ];
    return ['### Container app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
  }
};
