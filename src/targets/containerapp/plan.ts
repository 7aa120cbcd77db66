/**
 * What a deploy to a container app (kind functionapp) does, decided from what preflight read: pure
 * data in, a plan out, never changed afterwards. The whole app is written back with PUT (PATCH
 * replaces arrays wholesale, so a partial body wipes containers, env vars, secrets, registries or
 * traffic; a GET hides secret values, so they are filled in from listSecrets first, as the Azure
 * CLI does). The PUT body starts from the app as read: every container, env var, secret, registry,
 * identity, tag and traffic entry this run does not mean to change is written back as it was.
 */
import { createHash } from 'node:crypto';
import { ActionError } from '../../util/errors.js';
import { looksSecret } from '../../report/mask.js';
import type { FunctionAppConfig, ContainerAppConfig } from '../../config/config.js';
import type { Intent } from '../../github/intent.js';
import { previewNumber } from '../target.js';

export interface EnvVar {
  name: string;
  value?: string;
  secretRef?: string;
}
export interface SecretEntry {
  name: string;
  value?: string;
  keyVaultUrl?: string;
  identity?: string;
}
export interface RegistryEntry {
  server: string;
  identity?: string;
  username?: string;
  passwordSecretRef?: string;
}
export interface TrafficEntry {
  revisionName?: string;
  latestRevision?: boolean;
  weight?: number;
  label?: string;
}
export interface Container {
  name?: string;
  image?: string;
  env?: EnvVar[];
  [k: string]: unknown;
}
/** The container app as the SDK models it (flattened properties); fields this target does not use are carried along untouched. */
export interface AppDoc {
  id?: string;
  name?: string;
  location: string;
  kind?: string;
  identity?: { type?: string; userAssignedIdentities?: Record<string, { clientId?: string; principalId?: string }>; [k: string]: unknown };
  configuration?: {
    activeRevisionsMode?: string;
    secrets?: SecretEntry[];
    registries?: RegistryEntry[];
    ingress?: { fqdn?: string; traffic?: TrafficEntry[]; [k: string]: unknown };
    [k: string]: unknown;
  };
  template?: { revisionSuffix?: string; containers?: Container[]; [k: string]: unknown };
  latestRevisionName?: string;
  latestReadyRevisionName?: string;
  [k: string]: unknown;
}

export interface CurrentState {
  resourceGroup: string;
  /** The app as GET returned it, with the secret values that listSecrets returned filled in. */
  app: AppDoc;
  /** The managed environment's default domain (label addresses are `<app>---<label>.<domain>`). */
  defaultDomain?: string;
  /** Names of the app's revisions (the new revision's suffix must not repeat one). */
  revisions: string[];
}

export interface PlanInput {
  config: FunctionAppConfig;
  containerapp: ContainerAppConfig;
  intent: Intent;
  state: CurrentState;
  /** `registry/repository@sha256:…` (a tag in plan mode when nothing was pushed). */
  image: string;
  registry: string;
  registryCredential?: { username: string; password: string; durable: boolean };
}

export type Purpose = 'deploy' | 'preview' | 'release';

export interface ContainerAppPlan {
  appName: string;
  resourceGroup: string;
  mode: 'Single' | 'Multiple';
  purpose: Purpose;
  /** `pr-<N>` for previews, `staging` for releases. */
  label?: string;
  image: { before?: string; after: string };
  container: string;
  env: { added: string[]; changed: string[]; removed: string[] };
  secrets: { added: string[]; changed: string[] };
  registry: string;
  /** The revision this run deploys: a new one when the template changed, else the current one. */
  revision: string;
  revisionCreated: boolean;
  /** The app before, secret values included: what the rollback writes back. */
  before: AppDoc;
  /** The first write: template and configuration (with the label at 0 %); undefined when nothing changes. */
  after?: AppDoc;
  /** Secret values changed but no new revision: the revision is restarted so its replicas read them. */
  restart: boolean;
  trafficBefore: TrafficEntry[];
  /** Traffic after the first write, then after each step (releases and Multiple-mode deploys). */
  trafficFirst: TrafficEntry[];
  trafficSteps: Array<{ percent: number; traffic: TrafficEntry[] }>;
  /** The revision the label pointed at before (an older preview): deactivated once the new one is verified, when nothing else routes to it. */
  retire?: string;
  /** Revisions that served production before (what a failed step goes back to). */
  productionBefore: string[];
  /** `<app>---<label>.<domain>` (Azure's address of a label). */
  labelHost?: string;
  /** The app's own address as ARM reports it (ingress.fqdn). */
  appHost?: string;
  warnings: string[];
}

const lc = (s: string | undefined) => (s ?? '').toLowerCase();
const clone = <T>(v: T): T => structuredClone(v);

/** JSON with sorted keys and no undefined members: equality of two documents. */
export function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** A Container Apps secret name from a setting name: lower-case letters, digits, `-` and `.`, starting and ending alphanumeric. */
export function secretNameFor(setting: string): string {
  const s = setting
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, 253)
    .replace(/[^a-z0-9]+$/, '');
  return s || 'setting';
}

/**
 * The new revision's suffix: the first 10 hex digits of the digest (of the reference when there is
 * none) and a short hash of the template, so that a re-run of the same deploy names the same
 * revision; `-2`, `-3`… only when that name exists already (a failed attempt that was rolled back).
 */
export function revisionSuffix(appName: string, image: string, template: unknown, existing: string[]): string {
  const digest = /@sha256:([0-9a-f]{64})$/i.exec(image)?.[1] ?? createHash('sha256').update(image).digest('hex');
  const disc = createHash('sha256').update(stable(template)).digest('hex').slice(0, 4);
  const base = `${digest.slice(0, 10).toLowerCase()}-${disc}`;
  const taken = new Set(existing.map(lc));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(lc(`${appName}--${suffix}`))) return suffix;
  }
}

/** The container that runs the functions: the one whose image is of the repository deployed, else the only (or first) one. */
export function functionContainer(containers: Container[], image: string): number {
  const repo = (ref: string | undefined) =>
    lc(ref)
      .replace(/@sha256:[0-9a-f]+$/, '')
      .replace(/:[^/:]+$/, '');
  const k = containers.findIndex((c) => repo(c.image) === repo(image));
  return k >= 0 ? k : 0;
}

interface Merged {
  env: EnvVar[];
  secrets: SecretEntry[];
  diff: ContainerAppPlan['env'];
  secretDiff: ContainerAppPlan['secrets'];
}

/**
 * app-settings merged into the container's env, remove-app-settings taken out; every other
 * variable and secret stays as it was. A value that looks like a credential (by name or shape)
 * becomes a secret (the one the variable already references, else one named after the setting)
 * and the variable a `secretRef`.
 */
export function mergeEnv(env: EnvVar[], secrets: SecretEntry[], settings: FunctionAppConfig['appSettings'], remove: string[]): Merged {
  const out = clone(env);
  const secs = clone(secrets);
  const diff: Merged['diff'] = { added: [], changed: [], removed: [] };
  const secretDiff: Merged['secretDiff'] = { added: [], changed: [] };
  const byName = (n: string) => out.findIndex((e) => e.name === n);
  for (const s of settings) {
    const k = byName(s.name);
    const old = k >= 0 ? out[k] : undefined;
    let next: EnvVar;
    if (looksSecret(s.name, s.value)) {
      const current = old?.secretRef ? secs.find((x) => x.name === old.secretRef) : undefined;
      const name = current && !current.keyVaultUrl ? current.name : secretNameFor(s.name);
      const j = secs.findIndex((x) => x.name === name);
      if (j < 0) {
        secs.push({ name, value: s.value });
        secretDiff.added.push(name);
      } else if (secs[j].value !== s.value || secs[j].keyVaultUrl) {
        secs[j] = { name, value: s.value };
        secretDiff.changed.push(name);
      }
      next = { name: s.name, secretRef: name };
    } else next = { name: s.name, value: s.value };
    if (!old) {
      out.push(next);
      diff.added.push(s.name);
    } else if (stable(old) !== stable(next) || secretDiff.changed.includes(next.secretRef ?? '\0')) {
      out[k] = next;
      diff.changed.push(s.name);
    }
  }
  for (const n of remove) {
    const k = byName(n);
    if (k >= 0) {
      out.splice(k, 1);
      diff.removed.push(n);
    }
  }
  return { env: out, secrets: secs, diff, secretDiff };
}

/** The app's registries entry for the registry host, as registry-pull asks; other entries untouched. */
export function planRegistry(
  app: AppDoc,
  secrets: SecretEntry[],
  registry: string,
  c: Pick<FunctionAppConfig, 'registryPull' | 'pullIdentityClientId'>,
  cred?: PlanInput['registryCredential']
): { registries: RegistryEntry[]; secrets: SecretEntry[]; describe: string; secretChanged?: string; warning?: string } {
  const registries = clone(app.configuration?.registries ?? []);
  const secs = clone(secrets);
  const k = registries.findIndex((r) => lc(r.server) === lc(registry));
  const put = (e: RegistryEntry) => (k >= 0 ? (registries[k] = e) : registries.push(e));
  const byIdentity = (): RegistryEntry => {
    if (c.pullIdentityClientId) {
      const ua = Object.entries(app.identity?.userAssignedIdentities ?? {}).find(([, v]) => lc(v?.clientId) === lc(c.pullIdentityClientId));
      if (!ua)
        throw new ActionError(
          `No user-assigned identity with client id ${c.pullIdentityClientId} is assigned to container app ${app.name}.`,
          'Assign the pull identity to the app (az containerapp identity assign --user-assigned <id>) and give it AcrPull on the registry.'
        );
      return { server: registry, identity: ua[0] };
    }
    if (!/systemassigned/i.test(app.identity?.type ?? ''))
      throw new ActionError(
        `registry-pull: managed-identity needs pull-identity-client-id, or a system-assigned identity on container app ${app.name}.`,
        'Set pull-identity-client-id to the user-assigned identity with AcrPull, or enable the system-assigned identity and give it AcrPull.'
      );
    return { server: registry, identity: 'system' };
  };
  if (c.registryPull === 'credentials') {
    if (!cred)
      throw new ActionError(
        'registry-pull: credentials needs a registry username and password.',
        'Set registry-auth: password (or admin) with the credentials.'
      );
    if (!cred.durable)
      throw new ActionError(
        'registry-pull: credentials would store a short-lived Entra registry token in the app.',
        'Use registry-pull: managed-identity, or registry-auth: admin / password.'
      );
    const name = secretNameFor(`registry-password-${registry.split(':')[0]}`);
    const j = secs.findIndex((x) => x.name === name);
    let secretChanged: string | undefined;
    if (j < 0 || secs[j].value !== cred.password) {
      if (j < 0) secs.push({ name, value: cred.password });
      else secs[j] = { name, value: cred.password };
      secretChanged = name;
    }
    put({ server: registry, username: cred.username, passwordSecretRef: name });
    return { registries, secrets: secs, describe: `credentials (${cred.username}, secret ${name})`, secretChanged };
  }
  if (c.registryPull === 'managed-identity' || (k < 0 && c.pullIdentityClientId)) {
    const e = byIdentity();
    put(e);
    return { registries, secrets: secs, describe: `managed identity ${e.identity === 'system' ? 'system' : e.identity!.split('/').pop()}` };
  }
  if (k >= 0) {
    const e = registries[k];
    return {
      registries,
      secrets: secs,
      describe: e.identity ? `as configured (identity ${e.identity.split('/').pop()})` : `as configured (${e.username ?? 'anonymous'})`
    };
  }
  return {
    registries,
    secrets: secs,
    describe: 'anonymous (no registries entry)',
    warning: `Container app ${app.name} has no registries entry for ${registry}: it pulls anonymously. Set registry-pull: managed-identity (or credentials) if the registry is private.`
  };
}

/** latestRevision entries pinned to the revision they stand for now, so a new revision never takes traffic by being newest. */
export function pinTraffic(traffic: TrafficEntry[], latestReady: string | undefined): TrafficEntry[] {
  return traffic.map((t) => {
    if (!t.latestRevision) return { ...t };
    if (!latestReady) throw new ActionError('The container app has no ready revision to keep production traffic on.', 'Fix the current revision first.');
    const rest: TrafficEntry = { ...t };
    delete rest.latestRevision;
    return { ...rest, revisionName: latestReady };
  });
}

/** The traffic with `label` on `revision` at 0 % (taken from whichever entry held it). */
export function withLabel(traffic: TrafficEntry[], revision: string, label: string): TrafficEntry[] {
  const out: TrafficEntry[] = [];
  for (const t of traffic) {
    if (lc(t.label) !== lc(label)) out.push({ ...t });
    else if ((t.weight ?? 0) > 0) out.push({ ...t, label: undefined });
  }
  out.push({ revisionName: revision, weight: 0, label });
  return out.map(dropUndefined);
}

/**
 * `percent` of the traffic to `revision`; the rest split over the revisions that carried weight,
 * in their proportions. Entries left at 0 % keep their label (and stay), unlabelled ones go.
 */
export function shiftTraffic(traffic: TrafficEntry[], revision: string, percent: number): TrafficEntry[] {
  const isNew = (t: TrafficEntry) => lc(t.revisionName) === lc(revision);
  const others = traffic.filter((t) => !isNew(t));
  const weighted = others.filter((t) => (t.weight ?? 0) > 0);
  const total = weighted.reduce((s, t) => s + (t.weight ?? 0), 0);
  const rest = 100 - percent;
  const shares = weighted.map((t) => (total ? Math.floor(((t.weight ?? 0) * rest) / total) : 0));
  if (shares.length) shares[0] += rest - shares.reduce((s, x) => s + x, 0);
  const out: TrafficEntry[] = [];
  let w = 0;
  for (const t of others) {
    const share = (t.weight ?? 0) > 0 ? shares[w++] : 0;
    if (share > 0 || t.label) out.push({ ...t, weight: share });
  }
  const mine = traffic.filter(isNew);
  const label = mine.find((t) => t.label)?.label;
  out.push(dropUndefined({ revisionName: revision, weight: percent, label }));
  return out;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function purposeOf(intent: Intent): { purpose: Purpose; label?: string } {
  if (intent.kind === 'preview') return { purpose: 'preview', label: `pr-${intent.pr}` };
  if (intent.kind === 'release') return { purpose: 'release', label: 'staging' };
  return { purpose: 'deploy' };
}

export function planDeploy(input: PlanInput): ContainerAppPlan {
  const { state, config } = input;
  const app = state.app;
  const appName = app.name ?? config.appName ?? '';
  if (lc(app.kind) !== 'functionapp')
    throw new ActionError(
      `Container app ${appName} has kind ${app.kind ? JSON.stringify(app.kind) : 'unset'}, not functionapp: target containerapp deploys Azure Functions apps only.`,
      'kind is set when the app is created: create it with --kind functionapp (az containerapp create … --kind functionapp), or deploy it with another tool.'
    );
  const mode = lc(app.configuration?.activeRevisionsMode) === 'multiple' ? 'Multiple' : 'Single';
  const { purpose, label } = purposeOf(input.intent);
  const steps = input.containerapp.trafficSteps;
  if (mode === 'Single' && purpose === 'preview')
    throw new ActionError(
      `Container app ${appName} is in single-revision mode: a preview revision would take all of production's traffic.`,
      `Switch the app to multiple-revision mode (az containerapp revision set-mode -n ${appName} -g ${state.resourceGroup} --mode multiple), then previews get label ${label} at 0 %.`
    );
  if (mode === 'Single' && (steps.length > 1 || steps[0] !== 100))
    throw new ActionError(
      `traffic-steps ${steps.join(',')} needs multiple-revision mode; container app ${appName} is in single-revision mode (the newest ready revision takes all traffic).`,
      `Switch the app to multiple-revision mode (az containerapp revision set-mode --mode multiple), or remove traffic-steps.`
    );
  const ingress = app.configuration?.ingress;
  if (mode === 'Multiple' && label && !ingress)
    throw new ActionError(
      `Container app ${appName} has no ingress: labels and traffic need one.`,
      'Enable ingress on the app (az containerapp ingress enable).'
    );

  const before = clone(app);
  const containers = clone(app.template?.containers ?? []);
  if (!containers.length) throw new ActionError(`Container app ${appName} has no container in its template.`);
  const ci = functionContainer(containers, input.image);
  const c = containers[ci];
  const merged = mergeEnv(c.env ?? [], app.configuration?.secrets ?? [], config.appSettings, config.removeAppSettings);
  const reg = planRegistry(app, merged.secrets, input.registry, config, input.registryCredential);
  containers[ci] = { ...c, image: input.image, env: merged.env };
  const currentTemplate = app.template ?? {};
  const desired = { ...clone(currentTemplate), containers };
  const templateChanged = stable(desired) !== stable(currentTemplate);
  const current = app.latestRevisionName ?? '';
  let revision = current;
  if (templateChanged) {
    const withoutSuffix = { ...desired };
    delete withoutSuffix.revisionSuffix;
    desired.revisionSuffix = revisionSuffix(appName, input.image, withoutSuffix, state.revisions);
    revision = `${appName}--${desired.revisionSuffix}`;
  }
  const secretsChanged = [...merged.secretDiff.added, ...merged.secretDiff.changed, ...(reg.secretChanged ? [reg.secretChanged] : [])];

  const trafficBefore = clone(ingress?.traffic ?? []);
  let trafficFirst = trafficBefore;
  const trafficSteps: ContainerAppPlan['trafficSteps'] = [];
  if (mode === 'Multiple' && ingress) {
    const pinned = pinTraffic(trafficBefore, app.latestReadyRevisionName);
    trafficFirst = label ? withLabel(pinned, revision, label) : pinned;
    if (purpose !== 'preview') {
      let last = trafficFirst;
      for (const p of purpose === 'release' ? steps : [100]) {
        const next = shiftTraffic(last, revision, p);
        if (stable(next) !== stable(last)) trafficSteps.push({ percent: p, traffic: next });
        last = next;
      }
    }
  }
  const productionBefore = [
    ...new Set(
      pinTraffic(
        trafficBefore.filter((t) => (t.weight ?? 0) > 0),
        app.latestReadyRevisionName
      ).map((t) => t.revisionName ?? '')
    )
  ].filter(Boolean);

  const held = label ? trafficBefore.find((t) => lc(t.label) === lc(label))?.revisionName : undefined;
  const retire = purpose === 'preview' && held && lc(held) !== lc(revision) && !trafficFirst.some((t) => lc(t.revisionName) === lc(held)) ? held : undefined;
  const configuration = {
    ...clone(app.configuration ?? {}),
    secrets: reg.secrets,
    registries: reg.registries,
    ...(ingress ? { ingress: { ...clone(ingress), traffic: trafficFirst } } : {})
  };
  const configChanged = stable(configuration) !== stable(app.configuration ?? {});
  const after = templateChanged || configChanged ? { ...clone(app), configuration, template: desired } : undefined;
  const warnings = reg.warning ? [reg.warning] : [];
  return {
    appName,
    resourceGroup: state.resourceGroup,
    mode,
    purpose,
    label: mode === 'Multiple' ? label : undefined,
    image: { before: c.image, after: input.image },
    container: c.name ?? `#${ci}`,
    env: merged.diff,
    secrets: merged.secretDiff,
    registry: reg.describe,
    revision,
    revisionCreated: templateChanged,
    before,
    after,
    restart: !templateChanged && secretsChanged.length > 0 && !!current,
    trafficBefore,
    trafficFirst,
    trafficSteps,
    productionBefore,
    retire,
    labelHost: mode === 'Multiple' && label && state.defaultDomain ? `${appName}---${label}.${state.defaultDomain}` : undefined,
    appHost: ingress?.fqdn,
    warnings
  };
}

const shortRev = (name: string | undefined, app: string) => (name ?? '').replace(`${app}--`, '--');

export function describeTraffic(traffic: TrafficEntry[], app: string): string[] {
  return traffic.map((t) => `${t.latestRevision ? 'latest' : shortRev(t.revisionName, app)} ${t.weight ?? 0}%${t.label ? ` (${t.label})` : ''}`);
}

/** The plan as the `plan` output and the summary show it: names only, never values. */
export function describePlan(p: ContainerAppPlan) {
  const last = p.trafficSteps.length ? p.trafficSteps[p.trafficSteps.length - 1].traffic : p.trafficFirst;
  return {
    target: 'containerapp',
    app: p.appName,
    resourceGroup: p.resourceGroup,
    revisionMode: p.mode,
    purpose: p.purpose,
    label: p.label,
    revision: p.revision,
    revisionCreated: p.revisionCreated,
    image: p.image,
    container: p.container,
    env: p.env,
    secrets: p.secrets,
    registry: p.registry,
    write: p.after !== undefined,
    restart: p.restart,
    traffic: {
      before: describeTraffic(p.trafficBefore, p.appName),
      steps: p.trafficSteps.map((s) => s.percent),
      after: describeTraffic(last, p.appName)
    }
  };
}

/** Closing a preview: the label's entry out of the traffic (its weight, if any, kept unlabelled). */
export function planTeardown(app: AppDoc, label: string): { traffic: TrafficEntry[]; revision?: string } | undefined {
  const traffic = app.configuration?.ingress?.traffic ?? [];
  const entry = traffic.find((t) => lc(t.label) === lc(label));
  if (!entry) return undefined;
  const out = traffic.filter((t) => t !== entry).map((t) => ({ ...t }));
  if ((entry.weight ?? 0) > 0) out.push(dropUndefined({ ...entry, label: undefined }));
  const stillRouted = out.some(
    (t) => lc(t.revisionName) === lc(entry.revisionName) || (t.latestRevision && lc(app.latestReadyRevisionName) === lc(entry.revisionName))
  );
  return { traffic: out, revision: stillRouted ? undefined : entry.revisionName };
}

/** The preview labels `pr-<N>` in the app's traffic, with the revision each points at. Pure. */
export function previewLabels(app: AppDoc): Array<{ pr: number; label: string; revision?: string }> {
  const out: Array<{ pr: number; label: string; revision?: string }> = [];
  for (const t of app.configuration?.ingress?.traffic ?? []) {
    const pr = previewNumber(t.label ?? '');
    if (pr === undefined) continue;
    const revision = t.revisionName ?? (t.latestRevision ? app.latestRevisionName : undefined);
    out.push({ pr, label: t.label!, ...(revision ? { revision } : {}) });
  }
  return out.sort((a, b) => a.pr - b.pr);
}
