/**
 * What the aks target does to a cluster, through kubectl: KEDA check, namespace, server-side
 * apply, prune, rollout wait with diagnostics, rollout undo, snapshot and restore of the objects a
 * deploy replaces, teardown. Everything by argument arrays; manifests with real Secret data go
 * through a 0600 temp file, deleted after.
 */
import * as core from '@actions/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kubectl } from './kubectl.js';
import { MANAGED_BY, toYaml, type KubeObject } from './render.js';
import { ActionError } from '../../util/errors.js';
import { escapeRegExp } from '../../util/patterns.js';
import { maskSetting } from '../../report/mask.js';

export const FIELD_MANAGER = MANAGED_BY;
/** Label on namespaces the action created, so teardown deletes only those. */
export const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';
const BUILTIN_KINDS = ['deployments.apps', 'services', 'secrets', 'serviceaccounts'];
const KEDA_KINDS = ['scaledobjects.keda.sh', 'triggerauthentications.keda.sh'];
const HTTP_ADDON_KINDS = ['httpscaledobjects.http.keda.sh'];

export interface ObjectRef {
  kind: string;
  name: string;
}

export const refKey = (o: ObjectRef) => `${o.kind}/${o.name}`;

export async function hasCrd(k: Kubectl, name: string): Promise<boolean> {
  const r = await k.run(['get', 'customresourcedefinitions.apiextensions.k8s.io', name, '-o', 'name'], { quiet: true });
  return r.code === 0;
}

export async function requireKeda(k: Kubectl, needsHttpAddon: boolean): Promise<void> {
  const [keda, http] = await Promise.all([
    hasCrd(k, 'scaledobjects.keda.sh'),
    needsHttpAddon ? hasCrd(k, 'httpscaledobjects.http.keda.sh') : Promise.resolve(true)
  ]);
  if (!keda) {
    throw new ActionError(
      'KEDA is not installed on this cluster: the CustomResourceDefinition scaledobjects.keda.sh is missing.',
      'Enable the AKS KEDA add-on: az aks update --resource-group <rg> --name <cluster> --enable-keda (the action never installs KEDA itself).'
    );
  }
  if (!http) {
    throw new ActionError(
      'http-scale: keda-http needs the KEDA HTTP add-on, and httpscaledobjects.http.keda.sh is missing.',
      'Install the KEDA HTTP add-on, or use http-scale: none.'
    );
  }
}

/** The objects of this instance in the namespace (by the instance and managed-by labels). */
export async function listInstance(k: Kubectl, namespace: string, instance: string): Promise<ObjectRef[]> {
  const [keda, http] = await Promise.all([hasCrd(k, 'scaledobjects.keda.sh'), hasCrd(k, 'httpscaledobjects.http.keda.sh')]);
  const kinds = [...BUILTIN_KINDS, ...(keda ? KEDA_KINDS : []), ...(http ? HTTP_ADDON_KINDS : [])];
  const ns = await k.run(['get', 'namespace', namespace, '-o', 'name'], { quiet: true });
  if (ns.code !== 0) return [];
  const list = await k.json<{ items: Array<{ kind: string; metadata: { name: string } }> }>([
    'get',
    kinds.join(','),
    '-n',
    namespace,
    '-l',
    `app.kubernetes.io/instance=${instance},app.kubernetes.io/managed-by=${MANAGED_BY}`
  ]);
  return list.items.map((i) => ({ kind: i.kind, name: i.metadata.name })).sort((a, b) => refKey(a).localeCompare(refKey(b)));
}

/** Creates the namespace when missing (labelled as ours); true when it did. */
export async function ensureNamespace(k: Kubectl, namespace: string): Promise<boolean> {
  const r = await k.run(['get', 'namespace', namespace, '-o', 'name'], { quiet: true });
  if (r.code === 0) return false;
  const file = tempFile(JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { [CREATED_BY_LABEL]: MANAGED_BY } } }));
  try {
    await k.ok(['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '-f', file.path]);
  } finally {
    file.remove();
  }
  return true;
}

function tempFile(content: string): { path: string; remove: () => void } {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || '/tmp', 'manifests-'));
  const path = join(dir, 'manifests.yaml');
  writeFileSync(path, content, { mode: 0o600 });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Server-side apply of the real manifests (Secret data included), from a private temp file. */
export async function applyManifests(k: Kubectl, yaml: string): Promise<string[]> {
  const file = tempFile(yaml);
  try {
    const r = await k.ok(['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '--force-conflicts', '-f', file.path], {
      hint: "kubectl or the API server refused the manifests; they passed the action's own schema checks, so the cluster may run an older KEDA or Kubernetes version."
    });
    return r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  } finally {
    file.remove();
  }
}

/** The objects as they are now, with their managedFields (values are not printed; Secret data is never read here). */
export async function liveObjects(k: Kubectl, namespace: string, refs: readonly ObjectRef[]): Promise<Array<Record<string, unknown>>> {
  const wanted = refs.filter((r) => r.kind !== 'Secret');
  if (!wanted.length) return [];
  // kubectl hides managedFields unless asked (since 1.21)
  const list = await k.json<{ items?: Array<Record<string, unknown>> }>([
    'get',
    ...wanted.map((r) => `${kindResource(r.kind)}/${r.name}`),
    '-n',
    namespace,
    '--show-managed-fields'
  ]);
  return list.items ?? [list as Record<string, unknown>];
}

/** The API server's answer to this apply, changing nothing (`--dry-run=server`): the objects as they would be, with their managedFields. */
export async function dryRunApply(k: Kubectl, yaml: string): Promise<Array<Record<string, unknown>>> {
  const file = tempFile(yaml);
  try {
    const r = await k.ok(
      [
        'apply',
        '--server-side',
        '--dry-run=server',
        `--field-manager=${FIELD_MANAGER}`,
        '--force-conflicts',
        '--show-managed-fields',
        '-o',
        'json',
        '-f',
        file.path
      ],
      {
        quiet: true
      }
    );
    const out = JSON.parse(r.stdout) as { items?: Array<Record<string, unknown>> };
    return out.items ?? [out as Record<string, unknown>];
  } finally {
    file.remove();
  }
}

/**
 * Kinds whose previous state a rollback puts back by re-applying it. Deployments are not among
 * them: `kubectl rollout undo` restores their pod template with its revision history.
 */
export const RESTORABLE_KINDS = ['Secret', 'ScaledObject', 'TriggerAuthentication'] as const;

/**
 * An object read from the cluster, reduced to what an apply sets: no status, no server-owned
 * metadata (uid, resourceVersion, managedFields, generation, creationTimestamp). Pure.
 */
export function restorable(live: Record<string, unknown>): KubeObject {
  const { metadata, ...rest } = live as KubeObject & { status?: unknown };
  delete rest.status;
  const { name, namespace, labels, annotations } = metadata;
  return { ...rest, metadata: { name, namespace, ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) } } as KubeObject;
}

/**
 * Reads the current state of the given objects (only RESTORABLE_KINDS), before a deploy changes
 * them. Secret values that look like credentials (maskSetting) are masked the moment they are read.
 */
export async function snapshotObjects(k: Kubectl, namespace: string, refs: readonly ObjectRef[]): Promise<KubeObject[]> {
  const wanted = refs.filter((r) => (RESTORABLE_KINDS as readonly string[]).includes(r.kind));
  if (!wanted.length) return [];
  const list = await k.json<{ items: Array<Record<string, unknown>> }>(['get', ...wanted.map((r) => `${kindResource(r.kind)}/${r.name}`), '-n', namespace]);
  const items = list.items ?? [list as unknown as Record<string, unknown>];
  for (const item of items) {
    for (const [k, v] of Object.entries((item.data as Record<string, string> | undefined) ?? {})) maskSetting(k, Buffer.from(v, 'base64').toString('utf8'));
  }
  return items.map(restorable);
}

/** Puts back objects captured by snapshotObjects (server-side apply, our field manager). */
export async function restoreObjects(k: Kubectl, objects: readonly KubeObject[]): Promise<string[]> {
  if (!objects.length) return [];
  await applyManifests(k, toYaml(objects));
  return objects.map((o) => `${o.kind.toLowerCase()} ${o.metadata.name} restored`);
}

export async function deleteObjects(k: Kubectl, namespace: string, refs: ObjectRef[]): Promise<void> {
  if (!refs.length) return;
  await k.ok(['delete', '-n', namespace, '--ignore-not-found', '--wait=false', ...refs.map((r) => `${kindResource(r.kind)}/${r.name}`)]);
}

function kindResource(kind: string): string {
  const map: Record<string, string> = {
    Deployment: 'deployments.apps',
    Service: 'services',
    Secret: 'secrets',
    ServiceAccount: 'serviceaccounts',
    ScaledObject: 'scaledobjects.keda.sh',
    TriggerAuthentication: 'triggerauthentications.keda.sh',
    HTTPScaledObject: 'httpscaledobjects.http.keda.sh'
  };
  return map[kind] ?? kind.toLowerCase();
}

/** Waits for each Deployment's rollout; on failure prints its conditions and its pods' recent events. */
export async function waitForRollouts(k: Kubectl, namespace: string, deployments: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await Promise.all(
    deployments.map(async (d) => {
      const seconds = Math.max(1, Math.round((deadline - Date.now()) / 1000));
      const r = await k.run(['rollout', 'status', `deployment/${d}`, '-n', namespace, `--timeout=${seconds}s`]);
      if (r.code === 0) return;
      const diagnostics = await diagnose(k, namespace, d);
      throw new ActionError(
        `Deployment ${d} in namespace ${namespace} did not finish rolling out within ${Math.round(timeoutMs / 1000)} s.\n${diagnostics}`,
        "Look at the pods' events above (image pull, crash loop, probes, quota); raise timeout if the image starts slowly."
      );
    })
  );
}

async function diagnose(k: Kubectl, namespace: string, deployment: string): Promise<string> {
  const lines: string[] = [];
  try {
    const d = await k.json<{
      spec?: { selector?: { matchLabels?: Record<string, string> } };
      status?: { conditions?: Array<{ type: string; status: string; reason?: string; message?: string }> };
    }>(['get', 'deployment', deployment, '-n', namespace]);
    for (const c of d.status?.conditions ?? [])
      lines.push(`  condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}`);
    const selector = Object.entries(d.spec?.selector?.matchLabels ?? {})
      .map(([a, b]) => `${a}=${b}`)
      .join(',');
    if (selector) {
      const pods = await k.json<{
        items: Array<{
          metadata: { name: string };
          status?: { phase?: string; containerStatuses?: Array<{ name: string; state?: Record<string, { reason?: string; message?: string }> }> };
        }>;
      }>(['get', 'pods', '-n', namespace, '-l', selector]);
      for (const p of pods.items.slice(0, 5)) {
        const states = (p.status?.containerStatuses ?? []).map((c) =>
          Object.entries(c.state ?? {})
            .map(([s, v]) => `${c.name} ${s}${v?.reason ? ` ${v.reason}` : ''}${v?.message ? `: ${v.message}` : ''}`)
            .join(', ')
        );
        lines.push(`  pod ${p.metadata.name}: ${p.status?.phase ?? '?'}${states.length ? ` — ${states.join('; ')}` : ''}`);
        const ev = await k.json<{ items: Array<{ type?: string; reason?: string; message?: string; count?: number }> }>([
          'get',
          'events',
          '-n',
          namespace,
          '--field-selector',
          `involvedObject.name=${p.metadata.name}`
        ]);
        for (const e of ev.items.slice(-5))
          lines.push(`    event ${e.type ?? ''} ${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`);
      }
    }
  } catch (e) {
    lines.push(`  (diagnostics unavailable: ${(e as Error).message.split('\n')[0]})`);
  }
  const text = lines.join('\n');
  core.startGroup(`Diagnostics of deployment ${deployment}`);
  core.info(text);
  core.endGroup();
  return text;
}

export async function rolloutUndo(k: Kubectl, namespace: string, deployment: string): Promise<boolean> {
  const r = await k.run(['rollout', 'undo', `deployment/${deployment}`, '-n', namespace]);
  return r.code === 0;
}

/** Deletes the instance's objects, then the namespace when the action created it. */
export async function teardownInstance(k: Kubectl, namespace: string, instance: string): Promise<{ deleted: string[]; namespaceDeleted: boolean }> {
  const refs = await listInstance(k, namespace, instance);
  await deleteObjects(k, namespace, refs);
  let namespaceDeleted = false;
  const ns = await k.run(['get', 'namespace', namespace, '-o', 'json'], { quiet: true });
  if (ns.code === 0) {
    const labels = (JSON.parse(ns.stdout) as { metadata?: { labels?: Record<string, string> } }).metadata?.labels ?? {};
    if (labels[CREATED_BY_LABEL] === MANAGED_BY) {
      await k.ok(['delete', 'namespace', namespace, '--ignore-not-found', '--wait=false']);
      namespaceDeleted = true;
    }
  }
  return { deleted: refs.map(refKey), namespaceDeleted };
}

interface Listed {
  items: Array<{
    metadata: {
      name: string;
      namespace?: string;
      labels?: Record<string, string>;
      managedFields?: Array<{ manager?: string; operation?: string; time?: string }>;
    };
  }>;
}

/** The last time our field manager applied to an object: its managedFields entry's time (the API server sets it on every apply that changes the object). */
export function lastApplied(item: Listed['items'][number]): string | undefined {
  const times = (item.metadata.managedFields ?? [])
    .filter((f) => f.manager === FIELD_MANAGER && f.operation === 'Apply' && f.time)
    .map((f) => Date.parse(f.time!))
    .filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.max(...times)).toISOString() : undefined;
}

/**
 * The preview namespaces `<instance>-pr-<N>` of this instance that the action created or deployed
 * to, each with the last time a deploy applied its Deployments (latest managedFields time of our
 * field manager; every deploy changes their annotations, so every deploy moves it).
 */
export async function listPreviewNamespaces(k: Kubectl, instance: string): Promise<Array<{ pr: number; namespace: string; lastDeployed?: string }>> {
  const re = new RegExp(`^${escapeRegExp(instance)}-pr-(\\d+)$`);
  const [namespaces, deployments] = await Promise.all([
    k.json<Listed>(['get', 'namespaces']),
    k.json<Listed>([
      'get',
      'deployments.apps',
      '--all-namespaces',
      '--show-managed-fields',
      '-l',
      `app.kubernetes.io/instance=${instance},app.kubernetes.io/managed-by=${MANAGED_BY}`
    ])
  ]);
  const last = new Map<string, string>();
  for (const d of deployments.items) {
    const ns = d.metadata.namespace ?? '';
    const t = lastApplied(d);
    if (t && (!last.has(ns) || t > last.get(ns)!)) last.set(ns, t);
  }
  const withObjects = new Set(deployments.items.map((d) => d.metadata.namespace ?? ''));
  const out: Array<{ pr: number; namespace: string; lastDeployed?: string }> = [];
  for (const ns of namespaces.items) {
    const m = re.exec(ns.metadata.name);
    const ours = ns.metadata.labels?.[CREATED_BY_LABEL] === MANAGED_BY || withObjects.has(ns.metadata.name);
    if (!m || !ours) continue;
    const lastDeployed = last.get(ns.metadata.name);
    out.push({ pr: Number(m[1]), namespace: ns.metadata.name, ...(lastDeployed ? { lastDeployed } : {}) });
  }
  return out.sort((a, b) => a.pr - b.pr);
}
