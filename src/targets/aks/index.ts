/**
 * Target `aks`: render (read the functions, from the image with docker when asked; render and
 * validate the manifests; write the redacted file) → plan (read the instance and snapshot what a
 * deploy replaces; no file, no docker) → apply (KEDA check, namespace, server-side apply) →
 * verify (rollout wait, then prune). Pruning comes only after the rollout is verified (the order of
 * kubernetes-sigs/cli-utils: apply → wait → prune), so a failed rollout leaves every previous
 * object in place; rollback undoes the Deployments' rollouts and re-applies the Secret,
 * ScaledObjects and TriggerAuthentications captured before the apply.
 * Previews go to namespace `<name>-pr-<N>`; teardown deletes the instance and the namespace the
 * action created.
 */
import * as core from '@actions/core';
import { join } from 'node:path';
import type { DeployContext, DeployOutputs, Preview, Target } from '../target.js';
import { recorded } from '../target.js';
import { renderManifests, type RenderedManifests } from './render.js';
import { validateManifests } from './validate.js';
import { Kubectl, requireKubectl } from './kubectl.js';
import { kubeconfigFromArm } from './kubeconfig.js';
import {
  applyManifests,
  deleteObjects,
  dryRunApply,
  ensureNamespace,
  FIELD_MANAGER,
  liveObjects,
  listInstance,
  listPreviewNamespaces,
  refKey,
  requireKeda,
  restoreObjects,
  rolloutUndo,
  snapshotObjects,
  teardownInstance,
  waitForRollouts,
  type ObjectRef
} from './cluster.js';
import type { KubeObject } from './render.js';
import { functionsFolder } from './app-folder.js';
import { manifestsDirectory, writeManifestsFile } from './manifests-file.js';
import { ActionError } from '../../util/errors.js';
import { aksDrift, aksDriftLine, checkAksDrift, type AksDriftEntry, type LiveObject } from './drift.js';

/** What the render step made: the manifests in memory and the redacted file written. */
export interface AksRendered {
  readonly name: string;
  readonly namespace: string;
  readonly rendered: RenderedManifests;
  readonly manifestsPath: string;
  readonly refs: readonly ObjectRef[];
}

/** The plan: what is rendered, what exists, what a deploy prunes and replaces. Never changed after planning. */
export interface AksDeployment extends AksRendered {
  readonly ctx: DeployContext;
  readonly kubectl?: Kubectl;
  readonly existing: readonly ObjectRef[];
  /** Objects of the instance that are no longer rendered: deleted once the rollout is verified. */
  readonly pruned: readonly ObjectRef[];
  /** The previous state of the Secret, ScaledObjects and TriggerAuthentications the apply replaces (for rollback). */
  readonly previous: readonly KubeObject[];
  /** Fields of the objects applied before that another field manager owns now; undefined: nothing to compare (no object yet, or mode render). */
  readonly drift?: readonly AksDriftEntry[];
}

/** What apply and verify did: the record rollback and the outputs read. */
export interface AksProgress {
  applied: boolean;
  createdNamespace?: boolean;
  /** Objects deleted by the prune after the verified rollout. */
  pruned: ObjectRef[];
  url?: string;
  /** What verify proved: every Deployment rolled out. */
  verified?: string[];
}

/** DNS-1123 name from the repository basename, ≤ 40 characters. */
export function defaultName(image: string): string {
  const repo = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  const base = repo.split('/').pop() ?? 'app';
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'app'
  );
}

function placement(ctx: DeployContext): { name: string; namespace: string } {
  const name = ctx.config.aks.name ?? defaultName(ctx.image || `${ctx.registry}/${ctx.facts.repo.name ?? 'app'}`);
  const intent = ctx.facts.intent;
  if (intent.kind === 'preview' || intent.kind === 'teardown') return { name, namespace: `${name}-pr-${intent.pr}`.slice(0, 63) };
  return { name, namespace: ctx.config.aks.namespace ?? 'default' };
}

async function kubectlFor(ctx: DeployContext): Promise<Kubectl> {
  await requireKubectl();
  const aks = ctx.config.aks;
  if (aks.clusterName && aks.clusterResourceGroup) {
    if (!ctx.azure)
      throw new ActionError(
        'cluster-name needs an Azure credential to fetch the kubeconfig.',
        'Set client-id, tenant-id and subscription-id (OIDC), or use KUBECONFIG.'
      );
    const path = await kubeconfigFromArm(ctx.azure, ctx.config.azure.subscriptionId!, aks.clusterResourceGroup, aks.clusterName, ctx.tmpRoot);
    ctx.cleanup(join(path, '..'));
    return new Kubectl(path);
  }
  return new Kubectl(undefined); // KUBECONFIG from the environment (e.g. azure/aks-set-context)
}

/**
 * Pure: which existing objects a prune deletes (no longer rendered, prune on), and which existing
 * objects the apply replaces (rendered again), so their previous state is kept for rollback.
 */
export function pruneAndReplace(
  existing: readonly ObjectRef[],
  rendered: readonly ObjectRef[],
  pruneOn: boolean
): { pruned: ObjectRef[]; replaced: ObjectRef[] } {
  const keep = new Set(rendered.map(refKey));
  return { pruned: pruneOn ? existing.filter((e) => !keep.has(refKey(e))) : [], replaced: existing.filter((e) => keep.has(refKey(e))) };
}

/**
 * Deletes what is no longer rendered, after the rollout was verified. The new version is live by
 * then, so a failed delete is a warning naming what was left, not a reason to roll back.
 */
async function prune(x: AksDeployment, progress: AksProgress): Promise<void> {
  if (!x.pruned.length) return;
  core.info(`Rollout verified; pruning objects no longer rendered: ${x.pruned.map(refKey).join(', ')}.`);
  try {
    await deleteObjects(x.kubectl!, x.namespace, [...x.pruned]);
    progress.pruned.push(...x.pruned);
  } catch (e) {
    core.warning(
      `The rollout succeeded, but pruning failed; these objects are left in namespace ${x.namespace}: ${x.pruned.map(refKey).join(', ')}. ${(e as Error).message.split('\n')[0]}`
    );
  }
}

/** The functions of the app, the manifests in memory (validated), and the redacted file. */
async function render(ctx: DeployContext): Promise<AksRendered> {
  const { name, namespace } = placement(ctx);
  const settings = Object.fromEntries(ctx.config.functionapp.appSettings.map((s) => [s.name, s.value]));
  const folder = await functionsFolder(ctx);
  const { discoverFunctions } = await import('../../functions/discover.js'); // shared with target functionapp: one chunk
  const app = discoverFunctions(folder, { settings });
  for (const w of app.warnings) core.warning(w);
  const aks = ctx.config.aks;
  const rendered = renderManifests({
    name,
    namespace,
    image: ctx.image,
    digest: ctx.digest ?? '',
    unpushed: !ctx.digest,
    functions: app.functions,
    host: app.host,
    eventHubsExtension: app.eventHubsExtension,
    config: aks,
    settings,
    commit: ctx.facts.sha,
    runUrl: ctx.facts.runUrl,
    options: {
      healthPath: ctx.config.functionapp.healthPath,
      unscaledReplicas: aks.unscaledReplicas,
      ...(aks.timerScaling === 'cron' ? { timerCron: { windowMinutes: aks.timerWindowMinutes } } : {})
    }
  });
  for (const w of rendered.warnings) core.warning(w);
  validateManifests(rendered.objects);
  const dir = manifestsDirectory(aks.manifestsDir, ctx.workspace, ctx.tmpRoot, name);
  const manifestsPath = writeManifestsFile(dir, rendered.redactedYaml, aks.manifestsDir ? 'manifests-dir' : undefined);
  core.info(`Rendered ${rendered.objects.length} objects for ${app.functions.length} functions to ${manifestsPath} (Secret values redacted).`);
  const refs = rendered.objects.map((o) => ({ kind: String(o.kind), name: String((o.metadata as { name: string }).name) }));
  return { name, namespace, rendered, manifestsPath, refs };
}

/** Reads the instance on the cluster: what exists, what a deploy prunes, and the state of what it replaces. */
async function plan(ctx: DeployContext, r: AksRendered): Promise<AksDeployment> {
  if (ctx.mode === 'render') return { ...r, ctx, existing: [], pruned: [], previous: [] };
  const kubectl = await kubectlFor(ctx);
  const existing = await listInstance(kubectl, r.namespace, r.name);
  const { pruned, replaced } = pruneAndReplace(existing, r.refs, ctx.config.aks.prune);
  const previous = ctx.mode === 'deploy' ? await snapshotObjects(kubectl, r.namespace, replaced) : [];
  const drift = await readDrift(kubectl, r, replaced);
  const where = `namespace ${r.namespace}`;
  checkAksDrift(drift ?? [], ctx.config.onDrift, ctx.mode, where);
  const line = aksDriftLine(drift ?? [], where, drift !== undefined);
  if (drift?.some((e) => e.overwritten)) core.warning(line);
  else core.info(line);
  return { ...r, ctx, kubectl, existing, pruned, previous, drift };
}

/** Other managers' fields on the objects this deploy applies again, and which the server's dry run of the apply takes over. */
async function readDrift(kubectl: Kubectl, r: AksRendered, replaced: readonly ObjectRef[]): Promise<AksDriftEntry[] | undefined> {
  if (!replaced.length) return undefined;
  const [live, dryRun] = await Promise.all([liveObjects(kubectl, r.namespace, replaced), dryRunApply(kubectl, r.rendered.yaml)]);
  return aksDrift(live as LiveObject[], dryRun as LiveObject[], FIELD_MANAGER);
}

async function apply(x: AksDeployment, progress: AksProgress): Promise<void> {
  const k = x.kubectl!;
  const kinds = new Set(x.refs.map((r) => r.kind));
  if (kinds.has('ScaledObject') || kinds.has('TriggerAuthentication') || kinds.has('HTTPScaledObject')) await requireKeda(k, kinds.has('HTTPScaledObject'));
  progress.createdNamespace = await ensureNamespace(k, x.namespace);
  if (progress.createdNamespace) core.info(`Created namespace ${x.namespace}.`);
  progress.applied = true;
  const lines = await applyManifests(k, x.rendered.yaml);
  core.info(lines.join('\n'));
  if (x.pruned.length) core.info(`Kept until the rollout is verified, then pruned: ${x.pruned.map(refKey).join(', ')}.`);
}

/** Waits for every rollout; only then prunes (a failed rollout leaves every previous object in place). */
async function verify(x: AksDeployment, progress: AksProgress): Promise<void> {
  const deployments = x.refs.filter((r) => r.kind === 'Deployment').map((r) => r.name);
  await waitForRollouts(x.kubectl!, x.namespace, deployments, x.ctx.config.timeoutMs);
  progress.verified = deployments.map((d) => `deployment ${d}: rollout complete`);
  await prune(x, progress);
  progress.url = await serviceUrl(x);
}

/** The Service's address: its load balancer's, else the in-cluster name. */
async function serviceUrl(x: AksDeployment): Promise<string | undefined> {
  const svc = x.refs.find((r) => r.kind === 'Service');
  if (!svc) return undefined;
  const r = await x.kubectl!.run(['get', 'service', svc.name, '-n', x.namespace, '-o', 'json'], { quiet: true });
  if (r.code !== 0) return undefined;
  const s = JSON.parse(r.stdout) as {
    spec?: { clusterIP?: string; ports?: Array<{ port: number }> };
    status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } };
  };
  const ingress = s.status?.loadBalancer?.ingress?.[0];
  const host = ingress?.ip ?? ingress?.hostname;
  const port = s.spec?.ports?.[0]?.port ?? 80;
  return host ? `http://${host}${port === 80 ? '' : `:${port}`}` : `http://${svc.name}.${x.namespace}.svc.cluster.local${port === 80 ? '' : `:${port}`}`;
}

export const aksTarget: Target<AksRendered, AksDeployment, AksProgress> = {
  render,
  plan,
  apply: (x) => recorded<AksProgress>({ applied: false, pruned: [] }, (progress) => apply(x, progress)),
  verify: (x, applied) => recorded<AksProgress>({ ...applied, pruned: [...applied.pruned] }, (progress) => verify(x, progress)),

  /** Nothing to put back when the apply never started (a missing KEDA, a namespace refused). */
  async rollback(x, progress) {
    const restored: string[] = [];
    if (!x.kubectl || !progress.applied) return restored;
    const existed = new Set(x.existing.filter((e) => e.kind === 'Deployment').map((e) => e.name));
    for (const d of x.refs.filter((r) => r.kind === 'Deployment' && existed.has(r.name))) {
      if (await rolloutUndo(x.kubectl, x.namespace, d.name)) restored.push(`deployment ${d.name} rolled back to its previous revision`);
    }
    try {
      restored.push(...(await restoreObjects(x.kubectl, x.previous)));
    } catch (e) {
      core.warning(
        `Could not restore the previous ${x.previous.map((o) => `${o.kind} ${o.metadata.name}`).join(', ')}: ${(e as Error).message.split('\n')[0]}`
      );
    }
    return restored;
  },

  async teardown(ctx): Promise<DeployOutputs> {
    const { name, namespace } = placement(ctx);
    const k = await kubectlFor(ctx);
    const r = await teardownInstance(k, namespace, name);
    core.info(`Deleted ${r.deleted.length} objects of ${name} in ${namespace}${r.namespaceDeleted ? ', and the namespace' : ''}.`);
    return { instance: namespace, namespace, plan: { target: 'aks', name, namespace, objects: { deleted: r.deleted }, namespaceDeleted: r.namespaceDeleted } };
  },

  async previews(ctx): Promise<Preview[]> {
    const { name } = placement(ctx);
    const found = await listPreviewNamespaces(await kubectlFor(ctx), name);
    return found.map((p) => ({
      pr: p.pr,
      instance: p.namespace,
      ...(p.lastDeployed ? { lastDeployed: p.lastDeployed, lastDeployedSource: 'the latest server-side apply of its Deployments (managedFields time)' } : {})
    }));
  },

  outputs(x, progress): DeployOutputs {
    const names = new Set(x.existing.map(refKey));
    return {
      instance: x.namespace,
      namespace: x.namespace,
      manifests: x.manifestsPath,
      url: progress?.url,
      verified: progress?.verified,
      plan: {
        target: 'aks',
        name: x.name,
        namespace: x.namespace,
        objects: {
          created: x.refs.filter((r) => !names.has(refKey(r))).map(refKey),
          configured: x.refs.filter((r) => names.has(refKey(r))).map(refKey),
          pruned: x.pruned.map(refKey)
        },
        settings: Object.keys(Object.fromEntries(x.ctx.config.functionapp.appSettings.map((s) => [s.name, '']))).sort(),
        drift: x.drift
          ? {
              state: x.drift.length ? 'drift' : 'none',
              fields: x.drift.map((e) => `${e.object} ${e.field} (${e.manager})`),
              overwritten: x.drift.filter((e) => e.overwritten).map((e) => `${e.object} ${e.field}`)
            }
          : { state: 'no-record' }
      }
    };
  },

  summary(x): string {
    const p = aksTarget.outputs(x).plan as { objects: { created: string[]; configured: string[]; pruned: string[] } };
    const list = (l: string[]) => (l.length ? l.map((n) => `<code>${n}</code>`).join(', ') : '–');
    return [
      '### AKS',
      '',
      '| | |',
      '| --- | --- |',
      `| Namespace | ${x.namespace} |`,
      `| Created | ${list(p.objects.created)} |`,
      `| Configured | ${list(p.objects.configured)} |`,
      `| Pruned | ${list(p.objects.pruned)} |`,
      `| Manifests | <code>${x.manifestsPath}</code> (Secret values redacted) |`,
      ''
    ].join('\n');
  }
};
