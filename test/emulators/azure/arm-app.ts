/**
 * Microsoft.App (Azure Container Apps) part of the ARM emulator: managed environments (GET) and container apps
 * (`kind: functionapp` included) with their revisions, traffic, labels and secrets, with Azure's semantics, and
 * what happens after the write: each revision pulls its image with the app's registry identity or credentials,
 * then provisions and starts (or fails), lazily in time like arm-web-containers.ts (no timers).
 *
 * Upstream facts this follows (checked 2026-12; see also /work/shared/reference/containerapps-contract.md):
 *  - Routes, verbs, expected statuses and LRO styles: @azure/arm-appcontainers 4.0.0
 *    dist/esm/api/containerApps/operations.js (createOrUpdate: 200/201/202, resourceLocationConfig
 *    "azure-async-operation"; update and delete: "location"; listSecrets: POST 200) and
 *    dist/esm/api/containerAppsRevisions/operations.js (activate/deactivate/restart: POST, 200 only, synchronous);
 *    api-version 2026-07-01 (context.apiVersion default in the same files).
 *  - Wire fields: the same package's dist/esm/models/models.js (configurationSerializer: secrets, activeRevisionsMode,
 *    ingress, registries; trafficWeightSerializer: revisionName, weight, latestRevision, label;
 *    registryCredentialsSerializer: server, username, passwordSecretRef, identity; secretSerializer: name, value,
 *    identity, keyVaultUrl; _revisionPropertiesDeserializer: createdTime, lastActiveTime, fqdn, template, active,
 *    replicas, trafficWeight, provisioningError, healthState, provisioningState, runningState — no runningStateDetails
 *    on a revision (it is a replica field), no labels on a revision).
 *  - Enums (hashicorp/pandora ContainerApps Constant-RevisionRunningState.cs, Constant-RevisionProvisioningState.cs):
 *    runningState Running|Processing|Stopped|Degraded|Failed|Unknown; provisioningState
 *    Provisioning|Provisioned|Failed|Deprovisioning|Deprovisioned; app provisioningState InProgress|Succeeded|Failed|Canceled.
 *  - Secret without value: observed 400 `ContainerAppSecretInvalid` "Invalid Request: Container app secret(s) with
 *    name(s) '<n>' are invalid: value or keyVaultUrl and identity should be provided." (Azure-Samples/langfuse-on-azure#12,
 *    pulumi/pulumi-azure-native#3243, crossplane-contrib/provider-upjet-azure#860).
 *  - Operation status URL shape `/subscriptions/{sub}/providers/Microsoft.App/locations/{loc}/containerappOperationStatuses/{id}`
 *    (observed in hashicorp/terraform-provider-azurerm#27221).
 *  - System log line shape {TimeStamp, Type, ContainerAppName, RevisionName, ReplicaName, Msg, Reason, EventSource, Count}
 *    (observed in microsoft/azure-container-apps#723). The Msg/Reason texts are the emulator's, after Kubernetes' events.
 *  - Single mode: "Revision weights can not be used in this mode" (Microsoft.App template reference, quoted in
 *    DFE-Digital/terraform-azurerm-container-apps-hosting#80). The error code/text of that refusal is the emulator's.
 *  - Label address `<app>---<label>.<domain>` is indirect (community scripts, blue-green samples).
 *
 * Addresses. DNS names cannot resolve here, so every addressable host (the app, each revision, each label) gets its
 * own loopback HTTPS listener (the test CA). The API returns `127.0.0.1:<port>` where Azure returns an FQDN
 * (`configuration.ingress.fqdn`, `latestRevisionFqdn`, a revision's `fqdn`), as arm-web does for defaultHostName;
 * `ArmEmulator.resolveContainerAppHost('<app>---<label>.<defaultDomain>')` maps the Azure-formula FQDN of any
 * address (label ones included, which the API never returns) to its `127.0.0.1:<port>`.
 */
import type { IncomingMessage } from 'node:http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as E from './arm-errors.js';
import { unsupported, type ProviderRequest, type Reply } from './arm-web.js';
import { FrontEnds, parseImageRef, type FrontAnswer, type ImageSpec, type RegistryAccess } from './arm-web-containers.js';

const lc = (s: string) => s.toLowerCase();
const key = (rg: string, name: string) => `${lc(rg)}/${lc(name)}`;
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

// ---------------------------------------------------------------- public types

export interface ManagedEnvironmentSpec {
  resourceGroup: string;
  name: string;
  /** Default `<name>-<6 hex>.<location>.azurecontainerapps.io` style: `<adjective>-<noun>-<hex>.<location>.azurecontainerapps.io`. */
  defaultDomain?: string;
  location?: string;
}

export interface ManagedEnvironmentState {
  id: string;
  resourceGroup: string;
  name: string;
  location: string;
  defaultDomain: string;
}

export interface AppIdentitySpec {
  systemAssigned?: { principalId: string };
  /** User-assigned identities by resource id. */
  userAssigned?: Record<string, { principalId: string; clientId: string }>;
}

export interface SeedRevision {
  suffix: string;
  /** Default: the app's image. */
  image?: string;
  env?: Array<{ name: string; value?: string; secretRef?: string }>;
  /** Multiple mode: whether it is active (default true). */
  active?: boolean;
}

export interface ContainerAppSpec {
  resourceGroup: string;
  name: string;
  /** The managed environment's name (same resource group) or resource id; it must be seeded first. */
  environment: string;
  kind?: string;
  location?: string;
  identity?: AppIdentitySpec;
  registries?: Array<{ server: string; identity?: string; username?: string; passwordSecretRef?: string }>;
  secrets?: Array<{ name: string; value?: string; keyVaultUrl?: string; identity?: string }>;
  /** The current template's container image (the last seeded revision's, unless that one names its own). */
  image: string;
  containerName?: string;
  env?: Array<{ name: string; value?: string; secretRef?: string }>;
  activeRevisionsMode?: 'Single' | 'Multiple';
  /** Ingress (default external, port 80, traffic latestRevision 100 %); false: no ingress (no app/label address). */
  ingress?:
    false | { external?: boolean; targetPort?: number; traffic?: Array<{ revisionName?: string; latestRevision?: boolean; weight?: number; label?: string }> };
  /** Existing revisions, oldest first (all ready long ago); the last one's template is the app's. Default one, suffix random. */
  revisions?: SeedRevision[];
  tags?: Record<string, string>;
}

export type RevisionPhase = 'pulling' | 'starting' | 'ready' | 'pull-failed' | 'crashed' | 'unhealthy';

/** A ContainerAppSystemLogs-like line (the shape of microsoft/azure-container-apps#723's system log stream). */
export interface SystemLogLine {
  TimeStamp: string;
  Type: 'Normal' | 'Warning';
  ContainerAppName: string;
  RevisionName: string;
  ReplicaName: string;
  Msg: string;
  Reason: string;
  EventSource: 'ContainerAppController';
  Count: number;
  /** ms epoch, for sorting and filtering. */
  at: number;
}

export interface RevisionAttempt {
  image: string;
  reason: 'create' | 'restart' | 'seed';
  startedAt: number;
  endsAt: number;
  outcome: 'ready' | 'pull-failed' | 'crashed' | 'unhealthy';
  /** Pull end (pulling before, starting after). */
  pulledAt: number;
  error?: string;
  routes: Record<string, number>;
  digest?: string;
  log: SystemLogLine[];
}

export interface RevisionState {
  name: string;
  suffix: string;
  createdAt: number;
  template: Json;
  /** Multiple mode: the activate/deactivate flag (Single mode derives activity). */
  activeFlag: boolean;
  attempts: RevisionAttempt[];
}

export interface ContainerAppState {
  id: string;
  resourceGroup: string;
  name: string;
  location: string;
  kind: string | undefined;
  environment: ManagedEnvironmentState;
  /** The stored resource as written (secret values included): tags, identity, properties.{configuration,template,…}. */
  doc: Json;
  /** Principal ids: 'system' and user-assigned resource ids (lower-case). */
  principals: Record<string, { principalId: string; clientId: string }>;
  revisions: RevisionState[];
}

/** One revision now, for assertions. */
export interface RevisionView {
  name: string;
  image: string;
  active: boolean;
  phase: RevisionPhase;
  provisioningState: string;
  runningState: string;
  healthState: string;
  replicas: number;
  trafficWeight: number;
  provisioningError?: string;
}

export interface ContainerAppView {
  latestRevisionName: string | null;
  latestReadyRevisionName: string | null;
  revisions: RevisionView[];
  /** Traffic as it routes now (latestRevision resolved; null when no revision is ready). */
  traffic: Array<{ revisionName: string | null; weight: number; label?: string; latestRevision: boolean }>;
  /** Each address (Azure-formula FQDN) → its loopback URL and the revision that serves it now (null: nothing). */
  hosts: Record<string, { url: string; serves: string | null }>;
}

// ---------------------------------------------------------------- errors (ARM shape; Container Apps uses it)

const bad = (code: string, message: string): Reply => ({ status: 400, body: E.armError(code, message) });

// ---------------------------------------------------------------- provider

const DEFAULT_ROUTES: Record<string, number> = { '/': 200, '/api/health': 200 };

export class AppProvider {
  readonly environments: Record<string, ManagedEnvironmentState> = {};
  readonly apps: Record<string, ContainerAppState> = {};
  readonly frontEnds: FrontEnds;
  private readonly catalog: Array<{ ref: string | RegExp; spec: ImageSpec }> = [];
  private readonly access = new Map<string, RegistryAccess>();
  /** Listener key (`app:<key>`, `rev:<key>/<rev>`, `label:<key>/<label>`) → port. */
  private readonly ports = new Map<string, number>();
  private readonly ops = new Map<string, { appId: string; pollsLeft: number; created: Date }>();
  private rr = 0;

  constructor(
    private readonly subscriptionId: string,
    private readonly tenantId: string,
    private readonly defaultLocation: string,
    private readonly apiVersion: string,
    private readonly addResourceGroup: (rg: string) => void,
    tls: { key: string; cert: string }
  ) {
    this.frontEnds = new FrontEnds(tls, (k, req) => this.frontAnswer(k, req), 6);
  }

  addImage(ref: string | RegExp, spec: ImageSpec = {}): void {
    this.catalog.push({ ref, spec: { ...spec } });
  }

  setRegistryAccess(host: string, access: RegistryAccess | undefined): void {
    if (access === undefined) this.access.delete(lc(host));
    else this.access.set(lc(host), { ...access });
  }

  private lookup(ref: string): ImageSpec | undefined {
    for (let i = this.catalog.length - 1; i >= 0; i--) {
      const c = this.catalog[i];
      if (typeof c.ref === 'string' ? lc(c.ref) === lc(ref) : c.ref.test(ref)) return c.spec;
    }
    return undefined;
  }

  // ------------------------------------------------------------ seeding

  addEnvironment(spec: ManagedEnvironmentSpec): ManagedEnvironmentState {
    const location = spec.location ?? this.defaultLocation;
    const env: ManagedEnvironmentState = {
      id: `/subscriptions/${this.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/managedEnvironments/${spec.name}`,
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      location,
      defaultDomain: spec.defaultDomain ?? `happy-river-${randomBytes(4).toString('hex')}.${lc(location.replace(/\s+/g, ''))}.azurecontainerapps.io`
    };
    this.environments[key(spec.resourceGroup, spec.name)] = env;
    this.addResourceGroup(spec.resourceGroup);
    return env;
  }

  addApp(spec: ContainerAppSpec): ContainerAppState {
    const env = this.findEnvironment(spec.environment, spec.resourceGroup);
    if (!env) throw new Error(`arm emulator: no managed environment ${spec.environment}; addManagedEnvironment first`);
    this.addResourceGroup(spec.resourceGroup);
    const principals: ContainerAppState['principals'] = {};
    const uaIds: Json = {};
    if (spec.identity?.systemAssigned) principals.system = { principalId: spec.identity.systemAssigned.principalId, clientId: randomUUID() };
    for (const [id, p] of Object.entries(spec.identity?.userAssigned ?? {})) {
      principals[lc(id)] = { ...p };
      uaIds[id] = {};
    }
    const types = [spec.identity?.systemAssigned ? 'SystemAssigned' : '', Object.keys(uaIds).length ? 'UserAssigned' : ''].filter(Boolean);
    const seeds = spec.revisions?.length ? spec.revisions : [{ suffix: genSuffix() }];
    const containerName = spec.containerName ?? spec.name;
    const templateOf = (r: SeedRevision): Json => ({
      revisionSuffix: r.suffix,
      containers: [{ name: containerName, image: r.image ?? spec.image, env: clone(r.env ?? spec.env ?? []), resources: { cpu: 0.5, memory: '1Gi' } }],
      scale: { minReplicas: 0, maxReplicas: 10 }
    });
    const last = seeds[seeds.length - 1];
    const mode = spec.activeRevisionsMode ?? 'Single';
    const ingress =
      spec.ingress === false
        ? undefined
        : {
            external: spec.ingress?.external ?? true,
            targetPort: spec.ingress?.targetPort ?? 80,
            transport: 'auto',
            allowInsecure: false,
            traffic: clone(spec.ingress?.traffic ?? [{ latestRevision: true, weight: 100 }])
          };
    const doc: Json = {
      tags: { ...(spec.tags ?? {}) },
      ...(types.length ? { identity: { type: types.join(', '), ...(Object.keys(uaIds).length ? { userAssignedIdentities: uaIds } : {}) } } : {}),
      properties: {
        managedEnvironmentId: env.id,
        environmentId: env.id,
        configuration: {
          activeRevisionsMode: mode,
          secrets: clone(spec.secrets ?? []),
          registries: clone(spec.registries ?? []),
          ...(ingress ? { ingress } : {}),
          maxInactiveRevisions: 100
        },
        template: { ...templateOf(last), containers: [{ name: containerName, image: last.image ?? spec.image, env: clone(spec.env ?? last.env ?? []) }] }
      }
    };
    const id = `/subscriptions/${this.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.App/containerApps/${spec.name}`;
    const app: ContainerAppState = {
      id,
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      location: spec.location ?? env.location,
      kind: spec.kind ?? 'functionapp',
      environment: env,
      doc,
      principals,
      revisions: []
    };
    this.apps[key(spec.resourceGroup, spec.name)] = app;
    const now = Date.now();
    seeds.forEach((r, i) => {
      const t = now - (seeds.length - i) * 600_000;
      const template = i === seeds.length - 1 ? clone((doc.properties as Json).template as Json) : templateOf(r);
      const rev: RevisionState = { name: `${spec.name}--${r.suffix}`, suffix: r.suffix, createdAt: t, template, activeFlag: r.active ?? true, attempts: [] };
      rev.attempts.push(this.seedAttempt(app, rev, t));
      app.revisions.push(rev);
      this.assignPort(`rev:${key(app.resourceGroup, app.name)}/${lc(rev.name)}`);
    });
    if (ingress) this.assignPort(`app:${key(app.resourceGroup, app.name)}`);
    for (const t of (ingress?.traffic ?? []) as Json[])
      if (typeof t.label === 'string') this.assignPort(`label:${key(app.resourceGroup, app.name)}/${lc(t.label)}`);
    return app;
  }

  app(rg: string, name: string): ContainerAppState | undefined {
    return this.apps[key(rg, name)];
  }

  private findEnvironment(ref: string, rg: string): ManagedEnvironmentState | undefined {
    if (ref.includes('/')) return Object.values(this.environments).find((e) => lc(e.id) === lc(ref));
    return this.environments[key(rg, ref)];
  }

  private assignPort(k: string): void {
    if (this.ports.has(k)) return;
    this.ports.set(k, 0);
    this.frontEnds.assign(k, (port) => this.ports.set(k, port));
  }

  private host(k: string): string | undefined {
    const p = this.ports.get(k);
    return p ? `127.0.0.1:${p}` : undefined;
  }

  // ------------------------------------------------------------ the runtime (lazy time)

  private seedAttempt(app: ContainerAppState, rev: RevisionState, t: number): RevisionAttempt {
    const image = imageOfTemplate(rev.template) ?? '';
    const spec = this.lookup(image);
    const replica = replicaName(rev);
    const line = (at: number, type: SystemLogLine['Type'], reason: string, msg: string) => logLine(app, rev, replica, at, type, reason, msg);
    return {
      image,
      reason: 'seed',
      startedAt: t,
      pulledAt: t + 1000,
      endsAt: t + 2000,
      outcome: 'ready',
      routes: { ...(spec?.routes ?? DEFAULT_ROUTES) },
      log: [
        line(t, 'Normal', 'RevisionCreation', `Creating new revision '${rev.name}'`),
        line(t + 2000, 'Normal', 'RevisionReady', `Revision ready: '${rev.name}'`)
      ]
    };
  }

  /** A revision (re)starts: pull with the app's configuration now, then start, or fail; the timeline is fixed now. */
  private startAttempt(app: ContainerAppState, rev: RevisionState, reason: 'create' | 'restart', now = Date.now()): RevisionAttempt {
    const image = imageOfTemplate(rev.template) ?? '';
    const spec = this.lookup(image);
    const replica = replicaName(rev);
    const log: SystemLogLine[] = [];
    let t = now - 1;
    const line = (at: number, type: SystemLogLine['Type'], r: string, msg: string) => {
      t = Math.max(at, t + 1);
      log.push(logLine(app, rev, replica, t, type, r, msg));
    };
    const pullMs = Math.max(1, Math.round((spec?.pullSeconds ?? 0.1) * 1000));
    const startMs = Math.max(1, Math.round((spec?.startSeconds ?? 0.3) * 1000));
    if (reason === 'create') line(now, 'Normal', 'RevisionCreation', `Creating new revision '${rev.name}'`);
    else line(now, 'Normal', 'RevisionRestart', `Restarting revision '${rev.name}'`);
    line(now, 'Normal', 'AssigningReplica', `Replica '${replica}' has been scheduled to run on a node.`);
    line(now, 'Normal', 'PullingImage', `Pulling image "${image}"`);
    const a: RevisionAttempt = { image, reason, startedAt: now, pulledAt: now + pullMs, endsAt: now + pullMs, outcome: 'ready', routes: {}, log };
    const refusal = this.pullRefusal(app, image, spec);
    if (refusal) {
      const msg = `Failed to pull image "${image}": ${refusal}`;
      line(now + pullMs, 'Warning', 'ErrImagePull', msg);
      line(now + pullMs, 'Warning', 'ImagePullBackOff', `Back-off pulling image "${image}"`);
      line(now + pullMs, 'Warning', 'RevisionFailed', `Revision '${rev.name}' failed to provision: ${msg}`);
      a.outcome = 'pull-failed';
      a.error = msg;
      a.endsAt = t;
      return a;
    }
    const ref = parseImageRef(image);
    const s = spec ?? {};
    a.digest = s.digest ?? ref.digest ?? `sha256:${createHash('sha256').update(image).digest('hex')}`;
    a.routes = { ...(s.routes ?? DEFAULT_ROUTES) };
    const tp = now + pullMs;
    line(tp, 'Normal', 'PulledImage', `Successfully pulled image "${image}" in ${(pullMs / 1000).toFixed(1)}s`);
    line(tp, 'Normal', 'ContainerCreated', `Created container '${containerOf(rev.template)}'`);
    line(tp, 'Normal', 'ContainerStarted', `Started container '${containerOf(rev.template)}'`);
    const behaviour = s.behaviour ?? 'ok';
    if (behaviour === 'ok') {
      line(tp + startMs, 'Normal', 'RevisionReady', `Revision ready: '${rev.name}'`);
    } else if (behaviour === 'crash') {
      const msg = `Container '${containerOf(rev.template)}' was terminated with exit code '1' and reason 'ProcessExited'`;
      line(tp + startMs, 'Warning', 'ContainerTerminated', msg);
      line(tp + startMs, 'Warning', 'BackOff', `Back-off restarting failed container '${containerOf(rev.template)}'`);
      line(tp + startMs, 'Warning', 'RevisionFailed', `Revision '${rev.name}' failed to provision: ${msg}`);
      a.outcome = 'crashed';
      a.error = msg;
    } else {
      const port = Number((ingressOf(app) ?? {}).targetPort ?? 80);
      const msg = `Probe of StartUp failed with status code: connection refused on port ${port}`;
      line(tp + startMs, 'Warning', 'ProbeFailed', msg);
      line(tp + startMs, 'Warning', 'RevisionFailed', `Revision '${rev.name}' failed to provision: ${msg}`);
      a.outcome = 'unhealthy';
      a.error = msg;
    }
    a.endsAt = t;
    return a;
  }

  /** Why a pull fails: registry access rules (identity / credentials from the app's registries config), then the catalog. */
  private pullRefusal(app: ContainerAppState, image: string, spec: ImageSpec | undefined): string | undefined {
    const ref = parseImageRef(image);
    const head = `Head "https://${ref.host}/v2/${ref.repo}/manifests/${ref.reference}"`;
    const access = this.access.get(lc(ref.host));
    if (access) {
      const regs = ((configOf(app).registries as Json[] | undefined) ?? []).filter((r) => lc(String(r.server ?? '')) === lc(ref.host));
      const ok = regs.some((r) => {
        if (typeof r.identity === 'string' && r.identity !== '') {
          const p = lc(r.identity) === 'system' ? app.principals.system : app.principals[lc(r.identity)];
          if (!p || !identityAttached(app, r.identity)) return false;
          return (access.pullPrincipals ?? []).some((x) => lc(x) === lc(p.principalId));
        }
        const secret = ((configOf(app).secrets as Json[] | undefined) ?? []).find((s) => s.name === r.passwordSecretRef);
        const pass = typeof secret?.value === 'string' ? secret.value : undefined;
        return pass !== undefined && (access.credentials ?? []).some((c) => c.username === r.username && c.password === pass);
      });
      if (!ok) return `${head}: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.`;
    }
    if (!spec) return `rpc error: code = NotFound desc = failed to resolve reference "${image}": ${image}: not found`;
    return undefined;
  }

  private phase(rev: RevisionState, now = Date.now()): RevisionPhase {
    const a = rev.attempts[rev.attempts.length - 1];
    if (now < a.endsAt) {
      // A restart of a ready revision keeps its old replica until the new one is ready.
      const prev = rev.attempts.slice(0, -1).reverse()[0];
      if (prev && prev.outcome === 'ready') return 'ready';
      return now < a.pulledAt ? 'pulling' : 'starting';
    }
    return a.outcome;
  }

  private serving(rev: RevisionState, now = Date.now()): RevisionAttempt | undefined {
    for (let i = rev.attempts.length - 1; i >= 0; i--) {
      const a = rev.attempts[i];
      if (a.endsAt <= now && a.outcome === 'ready') return i === rev.attempts.length - 1 || now < rev.attempts[i + 1].endsAt ? a : undefined;
    }
    return undefined;
  }

  private latestReady(app: ContainerAppState, now = Date.now()): RevisionState | undefined {
    for (let i = app.revisions.length - 1; i >= 0; i--) if (this.phase(app.revisions[i], now) === 'ready') return app.revisions[i];
    return undefined;
  }

  /** Single mode: the newest revision and the newest ready one are active (the old one serves until the new one is ready). */
  private active(app: ContainerAppState, rev: RevisionState, now = Date.now()): boolean {
    if (mode(app) === 'Single') return rev === app.revisions[app.revisions.length - 1] || rev === this.latestReady(app, now);
    return rev.activeFlag;
  }

  private resolvedTraffic(app: ContainerAppState, now = Date.now()): ContainerAppView['traffic'] {
    const traffic = (ingressOf(app)?.traffic as Json[] | undefined) ?? [];
    return traffic.map((t) => {
      const latest = t.latestRevision === true;
      const name = latest ? (this.latestReady(app, now)?.name ?? null) : (app.revisions.find((r) => lc(r.name) === lc(String(t.revisionName)))?.name ?? null);
      return { revisionName: name, weight: Number(t.weight ?? 0), latestRevision: latest, ...(typeof t.label === 'string' ? { label: t.label } : {}) };
    });
  }

  private weightOf(app: ContainerAppState, rev: RevisionState, now = Date.now()): number {
    if (!this.active(app, rev, now)) return 0;
    return this.resolvedTraffic(app, now)
      .filter((t) => t.revisionName === rev.name)
      .reduce((s, t) => s + t.weight, 0);
  }

  revisionView(app: ContainerAppState, rev: RevisionState, now = Date.now()): RevisionView {
    const phase = this.phase(rev, now);
    const active = this.active(app, rev, now);
    const failed = phase === 'pull-failed' || phase === 'crashed' || phase === 'unhealthy';
    const last = rev.attempts[rev.attempts.length - 1];
    return {
      name: rev.name,
      image: imageOfTemplate(rev.template) ?? '',
      active,
      phase,
      provisioningState: failed ? 'Failed' : phase === 'ready' ? 'Provisioned' : 'Provisioning',
      runningState: failed ? 'Failed' : phase !== 'ready' ? 'Processing' : active ? 'Running' : 'Stopped',
      healthState: failed ? 'Unhealthy' : phase === 'ready' && active ? 'Healthy' : 'None',
      replicas: phase === 'ready' && active ? 1 : 0,
      trafficWeight: this.weightOf(app, rev, now),
      ...(failed && last.error ? { provisioningError: last.error } : {})
    };
  }

  view(app: ContainerAppState, now = Date.now()): ContainerAppView {
    const k = key(app.resourceGroup, app.name);
    const domain = app.environment.defaultDomain;
    const hosts: ContainerAppView['hosts'] = {};
    const put = (fqdn: string, portKey: string, serves: RevisionState | undefined) => {
      const h = this.host(portKey);
      if (h) hosts[lc(fqdn)] = { url: `https://${h}`, serves: serves ? serves.name : null };
    };
    if (ingressOf(app)) {
      put(`${app.name}.${domain}`, `app:${k}`, this.pickForApp(app, now, false));
      for (const t of this.resolvedTraffic(app, now))
        if (t.label) put(`${app.name}---${t.label}.${domain}`, `label:${k}/${lc(t.label)}`, this.servable(app, t.revisionName, now));
    }
    for (const r of app.revisions) put(`${r.name}.${domain}`, `rev:${k}/${lc(r.name)}`, this.servable(app, r.name, now));
    const ready = this.latestReady(app, now);
    return {
      latestRevisionName: app.revisions[app.revisions.length - 1]?.name ?? null,
      latestReadyRevisionName: ready?.name ?? null,
      revisions: app.revisions.map((r) => this.revisionView(app, r, now)),
      traffic: this.resolvedTraffic(app, now),
      hosts
    };
  }

  systemLog(app: ContainerAppState, now = Date.now()): SystemLogLine[] {
    return app.revisions
      .flatMap((r) => r.attempts.flatMap((a) => a.log))
      .filter((l) => l.at <= now)
      .sort((x, y) => x.at - y.at);
  }

  /**
   * Which `<fqdn>` → `127.0.0.1:<port>` (the Azure-formula address of an app, revision or label). A label removed
   * from the traffic keeps its listener, which answers 404 as Azure's ingress does for an unknown host.
   */
  resolveHost(fqdn: string): string | undefined {
    for (const [k, port] of this.ports) {
      const m = /^(app|rev|label):([^/]+\/[^/]+)(?:\/(.+))?$/.exec(k);
      const app = m ? this.apps[m[2]] : undefined;
      if (!m || !app || port === 0) continue;
      const d = app.environment.defaultDomain;
      const name = m[1] === 'app' ? `${app.name}.${d}` : m[1] === 'rev' ? `${m[3]}.${d}` : `${app.name}---${m[3]}.${d}`;
      if (lc(name) === lc(fqdn)) return `127.0.0.1:${port}`;
    }
    return undefined;
  }

  private servable(app: ContainerAppState, revName: string | null, now: number): RevisionState | undefined {
    const rev = app.revisions.find((r) => r.name === revName);
    if (!rev || !this.active(app, rev, now) || !this.serving(rev, now)) return undefined;
    return rev;
  }

  /** The app address: weighted round robin over the traffic entries that route (deterministic). */
  private pickForApp(app: ContainerAppState, now: number, advance: boolean): RevisionState | undefined {
    const entries = this.resolvedTraffic(app, now).filter((t) => t.weight > 0 && this.servable(app, t.revisionName, now));
    const total = entries.reduce((s, t) => s + t.weight, 0);
    if (total === 0) return undefined;
    let slot = (advance ? this.rr++ : this.rr) % total;
    for (const t of entries) {
      if (slot < t.weight) return this.servable(app, t.revisionName, now);
      slot -= t.weight;
    }
    return undefined;
  }

  private frontAnswer(k: string, req: IncomingMessage): FrontAnswer {
    const now = Date.now();
    const m = /^(app|rev|label):([^/]+\/[^/]+)(?:\/(.+))?$/.exec(k);
    const app = m ? this.apps[m[2]] : undefined;
    const stopped: FrontAnswer = { status: 404, body: 'Error 404 - This Container App is stopped or does not exist.' };
    if (!m || !app) return stopped;
    let rev: RevisionState | undefined;
    if (m[1] === 'app') rev = this.pickForApp(app, now, true);
    else if (m[1] === 'rev') {
      const r = app.revisions.find((x) => lc(x.name) === m[3]);
      if (!r || !this.active(app, r, now)) return stopped;
      rev = this.servable(app, r.name, now);
    } else {
      const t = this.resolvedTraffic(app, now).find((x) => x.label !== undefined && lc(x.label) === m[3]);
      if (!t) return stopped;
      rev = this.servable(app, t.revisionName, now);
    }
    if (!rev) return { status: 503, body: 'no healthy upstream' };
    const a = this.serving(rev, now);
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const status = a?.routes[path] ?? 404;
    return {
      status,
      headers: { 'content-type': 'application/json', 'x-emulator-revision': rev.name, 'x-emulator-image': a?.image ?? '' },
      body: JSON.stringify({ revision: rev.name, image: a?.image, path })
    };
  }

  // ------------------------------------------------------------ ARM

  async handle(r: ProviderRequest): Promise<Reply> {
    const reply = this.route(r);
    // Listeners for new addresses bind asynchronously: an answer never names an unbound host.
    await this.frontEnds.settled();
    return typeof reply === 'function' ? reply() : reply;
  }

  private route(r: ProviderRequest): Reply | (() => Reply) {
    const [type, name, sub, subName, action, ...more] = r.rest;
    const t = lc(type ?? '');
    if (t === 'locations' && r.resourceGroup === null && sub !== undefined && subName !== undefined && action === undefined)
      return this.poll(lc(sub), subName, r);
    if (r.resourceGroup === null || name === undefined || more.length > 0) return unsupported(r);
    const rg = r.resourceGroup;
    if (t === 'managedenvironments') {
      const env = this.environments[key(rg, name)];
      if (sub !== undefined || r.method !== 'GET') return unsupported(r);
      if (!env) return { status: 404, body: E.resourceNotFound('Microsoft.App/managedEnvironments', name, rg) };
      return { status: 200, body: this.envJson(env) };
    }
    if (t !== 'containerapps') return unsupported(r);
    const app = this.apps[key(rg, name)];
    if (sub === undefined) {
      if (r.method === 'PUT') return this.write(rg, name, app, r, 'PUT');
      if (!app) return { status: 404, body: E.resourceNotFound('Microsoft.App/containerApps', name, rg) };
      if (r.method === 'GET') return () => ({ status: 200, body: this.appJson(app) });
      if (r.method === 'PATCH') return this.write(rg, name, app, r, 'PATCH');
      if (r.method === 'DELETE') return this.remove(app, r);
      return unsupported(r);
    }
    if (!app) return { status: 404, body: E.resourceNotFound('Microsoft.App/containerApps', name, rg) };
    if (lc(sub) === 'listsecrets' && subName === undefined && r.method === 'POST') {
      return { status: 200, body: { value: ((configOf(app).secrets as Json[] | undefined) ?? []).map((s) => clone(s)) } };
    }
    if (lc(sub) !== 'revisions') return unsupported(r);
    if (subName === undefined) {
      if (r.method !== 'GET') return unsupported(r);
      return () => ({ status: 200, body: { value: app.revisions.map((x) => this.revisionJson(app, x)) } });
    }
    const rev = app.revisions.find((x) => lc(x.name) === lc(subName));
    if (!rev) return { status: 404, body: E.armError('ContainerAppRevisionNotFound', `Revision '${subName}' of container app '${app.name}' was not found.`) };
    if (action === undefined) return r.method === 'GET' ? () => ({ status: 200, body: this.revisionJson(app, rev) }) : unsupported(r);
    if (r.method !== 'POST') return unsupported(r);
    switch (lc(action)) {
      case 'activate':
        rev.activeFlag = true;
        return { status: 200 };
      case 'deactivate':
        rev.activeFlag = false;
        return { status: 200 };
      case 'restart':
        rev.attempts.push(this.startAttempt(app, rev, 'restart'));
        return { status: 200 };
    }
    return unsupported(r);
  }

  private write(rg: string, name: string, existing: ContainerAppState | undefined, r: ProviderRequest, method: 'PUT' | 'PATCH'): Reply | (() => Reply) {
    const body = r.body;
    if (!isObj(body)) return { status: 400, body: E.invalidRequestContent('a JSON object was expected') };
    if (method === 'PUT' && (typeof body.location !== 'string' || body.location === '')) return { status: 400, body: E.locationRequired() };
    // PUT replaces the whole resource; PATCH is a JSON Merge Patch (RFC 7386: arrays replaced wholesale, null removes).
    const doc = method === 'PUT' || !existing ? clone(body) : (mergePatch(existing.doc, body) as Json);
    delete doc.location;
    delete doc.kind;
    delete doc.id;
    delete doc.name;
    delete doc.type;
    delete doc.systemData;
    const props = isObj(doc.properties) ? doc.properties : (doc.properties = {});
    // Kind is set on create only (Functions on Container Apps docs, via the contract notes).
    if (existing && typeof body.kind === 'string' && lc(body.kind) !== lc(existing.kind ?? ''))
      return bad('ContainerAppKindCannotBeChanged', `The kind of container app '${name}' cannot be changed from '${existing.kind ?? ''}' to '${body.kind}'.`);
    const envId = String(props.managedEnvironmentId ?? props.environmentId ?? '');
    if (envId === '') return bad('InvalidRequestContent', 'The container app needs properties.managedEnvironmentId (or environmentId).');
    const env = this.findEnvironment(envId, rg);
    if (!env) return { status: 404, body: E.resourceNotFound('Microsoft.App/managedEnvironments', envId.split('/').pop() ?? envId, rg) };
    if (existing && env !== existing.environment)
      return bad('ContainerAppEnvironmentCannotBeChanged', `The managed environment of container app '${name}' cannot be changed.`);
    props.managedEnvironmentId = env.id;
    props.environmentId = env.id;
    // Read-only fields a client may echo back are not stored.
    for (const ro of [
      'provisioningState',
      'runningStatus',
      'latestRevisionName',
      'latestReadyRevisionName',
      'latestRevisionFqdn',
      'outboundIpAddresses',
      'customDomainVerificationId',
      'eventStreamEndpoint'
    ])
      delete props[ro];
    const cfg = isObj(props.configuration) ? props.configuration : (props.configuration = {});
    const template = isObj(props.template) ? props.template : undefined;
    if (
      !template ||
      !Array.isArray(template.containers) ||
      template.containers.length === 0 ||
      !template.containers.every((c) => isObj(c) && typeof c.image === 'string' && c.image !== '')
    )
      return bad('ContainerAppInvalidTemplate', "Invalid Request: the container app's template needs at least one container with an image.");
    const prevMode = existing ? mode(existing) : 'Single';
    if (cfg.activeRevisionsMode === undefined) cfg.activeRevisionsMode = method === 'PATCH' && existing ? prevMode : 'Single';
    const newMode = lc(String(cfg.activeRevisionsMode)) === 'multiple' ? 'Multiple' : 'Single';
    cfg.activeRevisionsMode = newMode;
    if (cfg.maxInactiveRevisions === undefined) cfg.maxInactiveRevisions = 100;

    // Secrets: every one needs a value or keyVaultUrl + identity (observed ContainerAppSecretInvalid).
    const secrets = Array.isArray(cfg.secrets) ? (cfg.secrets as unknown[]) : [];
    const invalid = secrets.filter(
      (s) => !isObj(s) || !((typeof s.value === 'string' && s.value !== '') || (typeof s.keyVaultUrl === 'string' && typeof s.identity === 'string'))
    );
    if (invalid.length)
      return bad(
        'ContainerAppSecretInvalid',
        `Invalid Request: Container app secret(s) with name(s) '${invalid.map((s) => String(isObj(s) ? (s.name ?? '') : '')).join(', ')}' are invalid: value or keyVaultUrl and identity should be provided.`
      );
    const secretNames = new Set(secrets.map((s) => String((s as Json).name)));
    for (const c of template.containers as Json[])
      for (const e of (Array.isArray(c.env) ? c.env : []) as Json[])
        if (typeof e.secretRef === 'string' && !secretNames.has(e.secretRef))
          return bad(
            'ContainerAppSecretRefNotFound',
            `Invalid Request: environment variable '${String(e.name)}' references secret '${e.secretRef}', which the container app does not define.`
          );
    for (const reg of (Array.isArray(cfg.registries) ? cfg.registries : []) as Json[]) {
      if (typeof reg.passwordSecretRef === 'string' && !secretNames.has(reg.passwordSecretRef))
        return bad(
          'ContainerAppSecretRefNotFound',
          `Invalid Request: registry '${String(reg.server)}' references secret '${reg.passwordSecretRef}', which the container app does not define.`
        );
      if (typeof reg.identity === 'string' && lc(reg.identity) !== 'system' && !identityListed(doc, reg.identity))
        return bad(
          'ContainerAppRegistryIdentityNotFound',
          `Invalid Request: registry '${String(reg.server)}' uses identity '${reg.identity}', which is not assigned to the container app.`
        );
    }

    // A change under properties.template makes a new revision; configuration-only changes do not.
    const current = existing?.revisions[existing.revisions.length - 1];
    const templateChanged = !current || stable(current.template) !== stable(template);
    let newRev: { name: string; suffix: string } | undefined;
    if (templateChanged) {
      const suffix = typeof template.revisionSuffix === 'string' && template.revisionSuffix !== '' ? template.revisionSuffix : genSuffix();
      const revName = `${name}--${suffix}`;
      if (existing?.revisions.some((x) => lc(x.name) === lc(revName)))
        return bad(
          'ContainerAppRevisionSuffixConflict',
          `Invalid Request: a revision named '${revName}' already exists; give the new template a new revisionSuffix.`
        );
      newRev = { name: revName, suffix };
    }

    // Traffic.
    const ingress = isObj(cfg.ingress) ? cfg.ingress : undefined;
    if (ingress) {
      const bodyTraffic =
        isObj(body.properties) && isObj(body.properties.configuration) && isObj(body.properties.configuration.ingress)
          ? body.properties.configuration.ingress.traffic
          : undefined;
      if (!Array.isArray(ingress.traffic) || (newMode === 'Single' && prevMode === 'Multiple' && bodyTraffic === undefined))
        ingress.traffic = [{ latestRevision: true, weight: 100 }];
      const traffic = ingress.traffic as unknown[];
      const known = new Set([...(existing?.revisions ?? []).map((x) => lc(x.name)), ...(newRev ? [lc(newRev.name)] : [])]);
      if (newMode === 'Single') {
        if (
          traffic.length !== 1 ||
          !isObj(traffic[0]) ||
          traffic[0].latestRevision !== true ||
          traffic[0].label !== undefined ||
          Number(traffic[0].weight ?? 100) !== 100
        )
          return bad(
            'ContainerAppInvalidTrafficConfiguration',
            "Invalid Request: traffic weights and labels can only be set when activeRevisionsMode is 'Multiple'; in 'Single' mode the latest revision takes 100% of the traffic."
          );
      } else {
        let sum = 0;
        const labels = new Set<string>();
        for (const e of traffic) {
          if (!isObj(e)) return bad('ContainerAppInvalidTrafficConfiguration', 'Invalid Request: a traffic entry must be an object.');
          const byName = typeof e.revisionName === 'string' && e.revisionName !== '';
          if (byName === (e.latestRevision === true))
            return bad(
              'ContainerAppInvalidTrafficConfiguration',
              'Invalid Request: each traffic entry needs either revisionName or latestRevision: true, not both.'
            );
          if (byName && !known.has(lc(String(e.revisionName))))
            return bad('ContainerAppRevisionNotFound', `Invalid Request: traffic names revision '${String(e.revisionName)}', which does not exist.`);
          const w = Number(e.weight ?? 0);
          if (!Number.isInteger(w) || w < 0 || w > 100)
            return bad('ContainerAppInvalidTrafficConfiguration', `Invalid Request: traffic weight ${String(e.weight)} is not an integer from 0 to 100.`);
          sum += w;
          if (typeof e.label === 'string') {
            if (labels.has(lc(e.label)))
              return bad('ContainerAppInvalidTrafficConfiguration', `Invalid Request: the traffic label '${e.label}' is used more than once.`);
            labels.add(lc(e.label));
          }
        }
        if (sum !== 100) return bad('ContainerAppInvalidTrafficConfiguration', `Invalid Request: traffic weights must add up to 100; they add up to ${sum}.`);
      }
    }

    // Identity: keep principals of identities that stay; new ones get fresh ids.
    const principals: ContainerAppState['principals'] = {};
    const ident = isObj(doc.identity) ? doc.identity : undefined;
    const itype = lc(String(ident?.type ?? 'None'));
    if (itype.includes('systemassigned')) principals.system = existing?.principals.system ?? { principalId: randomUUID(), clientId: randomUUID() };
    for (const id of Object.keys(isObj(ident?.userAssignedIdentities) ? ident.userAssignedIdentities : {}))
      principals[lc(id)] = existing?.principals[lc(id)] ?? { principalId: randomUUID(), clientId: randomUUID() };

    // Commit.
    const created = !existing;
    const app: ContainerAppState = existing ?? {
      id: `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.App/containerApps/${name}`,
      resourceGroup: rg,
      name,
      location: String(body.location),
      kind: typeof body.kind === 'string' ? body.kind : undefined,
      environment: env,
      doc,
      principals,
      revisions: []
    };
    app.doc = doc;
    app.principals = principals;
    this.apps[key(rg, name)] = app;
    const k = key(rg, name);
    if (newRev) {
      const rev: RevisionState = { name: newRev.name, suffix: newRev.suffix, createdAt: Date.now(), template: clone(template), activeFlag: true, attempts: [] };
      app.revisions.push(rev);
      rev.attempts.push(this.startAttempt(app, rev, 'create'));
      this.assignPort(`rev:${k}/${lc(rev.name)}`);
    }
    if (ingress) {
      this.assignPort(`app:${k}`);
      for (const e of ingress.traffic as Json[]) if (typeof e.label === 'string') this.assignPort(`label:${k}/${lc(e.label)}`);
    }

    // LRO as the SDK expects: PUT → 201/200 + Azure-AsyncOperation; PATCH → 202 + Location.
    const opId = randomUUID();
    this.ops.set(opId, { appId: app.id, pollsLeft: 1, created: new Date() });
    const base = `${r.baseUrl}/subscriptions/${this.subscriptionId}/providers/Microsoft.App/locations/${lc(app.location.replace(/\s+/g, ''))}`;
    const q = `?api-version=${this.apiVersion}`;
    if (method === 'PUT') {
      return () => ({
        status: created ? 201 : 200,
        headers: { 'Azure-AsyncOperation': `${base}/containerappOperationStatuses/${opId}${q}`, 'Retry-After': '0' },
        body: this.appJson(app, 'InProgress')
      });
    }
    return { status: 202, headers: { Location: `${base}/containerappOperationResults/${opId}${q}`, 'Retry-After': '0' } };
  }

  private remove(app: ContainerAppState, r: ProviderRequest): Reply {
    delete this.apps[key(app.resourceGroup, app.name)];
    const opId = randomUUID();
    this.ops.set(opId, { appId: '', pollsLeft: 0, created: new Date() });
    const base = `${r.baseUrl}/subscriptions/${this.subscriptionId}/providers/Microsoft.App/locations/${lc(app.location.replace(/\s+/g, ''))}`;
    return { status: 202, headers: { Location: `${base}/containerappOperationResults/${opId}?api-version=${this.apiVersion}`, 'Retry-After': '0' } };
  }

  private poll(kind: string, id: string, r: ProviderRequest): Reply | (() => Reply) {
    const op = this.ops.get(id);
    if (!op || r.method !== 'GET') return { status: 404, body: E.armError('NotFound', `The operation ${id} is not found.`) };
    const inProgress = op.pollsLeft > 0;
    if (inProgress) op.pollsLeft -= 1;
    const app = Object.values(this.apps).find((a) => a.id === op.appId);
    if (kind === 'containerappoperationstatuses') {
      const base = { id: `/subscriptions/${this.subscriptionId}/providers/Microsoft.App/${r.rest.join('/')}`, name: id, startTime: op.created.toISOString() };
      return { status: 200, body: inProgress ? { ...base, status: 'InProgress' } : { ...base, status: 'Succeeded', endTime: new Date().toISOString() } };
    }
    if (kind === 'containerappoperationresults') {
      if (inProgress)
        return {
          status: 202,
          headers: {
            Location: `${r.baseUrl}/subscriptions/${this.subscriptionId}/providers/Microsoft.App/${r.rest.join('/')}?api-version=${this.apiVersion}`,
            'Retry-After': '0'
          }
        };
      if (!app) return { status: 200 };
      return () => ({ status: 200, body: this.appJson(app) });
    }
    return unsupported(r);
  }

  // ------------------------------------------------------------ JSON

  private envJson(env: ManagedEnvironmentState): Json {
    return {
      id: env.id,
      name: env.name,
      type: 'Microsoft.App/managedEnvironments',
      location: env.location,
      tags: {},
      properties: { provisioningState: 'Succeeded', defaultDomain: env.defaultDomain, staticIp: '20.0.0.10' }
    };
  }

  appJson(app: ContainerAppState, provisioningState = 'Succeeded'): Json {
    const k = key(app.resourceGroup, app.name);
    const d = clone(app.doc);
    const props = d.properties as Json;
    const cfg = props.configuration as Json;
    // GET never returns secret values (listSecrets does).
    if (Array.isArray(cfg.secrets))
      cfg.secrets = (cfg.secrets as Json[]).map((s) => ({ name: s.name, ...(s.keyVaultUrl ? { keyVaultUrl: s.keyVaultUrl, identity: s.identity } : {}) }));
    if (isObj(cfg.ingress)) cfg.ingress.fqdn = this.host(`app:${k}`);
    const latest = app.revisions[app.revisions.length - 1];
    const ready = this.latestReady(app);
    let identity: Json | undefined;
    if (isObj(d.identity)) {
      identity = { ...d.identity, tenantId: this.tenantId };
      if (app.principals.system) identity.principalId = app.principals.system.principalId;
      const ua = isObj(d.identity.userAssignedIdentities) ? d.identity.userAssignedIdentities : {};
      identity.userAssignedIdentities = Object.fromEntries(Object.keys(ua).map((id) => [id, { ...app.principals[lc(id)] }]));
      if (Object.keys(ua).length === 0) delete identity.userAssignedIdentities;
    }
    return {
      id: app.id,
      name: app.name,
      type: 'Microsoft.App/containerApps',
      location: app.location,
      ...(app.kind !== undefined ? { kind: app.kind } : {}),
      tags: d.tags ?? {},
      ...(identity ? { identity } : {}),
      properties: {
        ...props,
        provisioningState,
        runningStatus: 'Running',
        latestRevisionName: latest?.name,
        latestReadyRevisionName: ready?.name,
        latestRevisionFqdn: latest ? this.host(`rev:${k}/${lc(latest.name)}`) : undefined,
        outboundIpAddresses: ['20.105.232.40'],
        customDomainVerificationId: createHash('sha256').update(app.id).digest('hex').toUpperCase()
      }
    };
  }

  private revisionJson(app: ContainerAppState, rev: RevisionState): Json {
    const v = this.revisionView(app, rev);
    return {
      id: `${app.id}/revisions/${rev.name}`,
      name: rev.name,
      type: 'Microsoft.App/containerApps/revisions',
      properties: {
        createdTime: new Date(rev.createdAt).toISOString(),
        lastActiveTime: new Date(rev.createdAt).toISOString(),
        fqdn: this.host(`rev:${key(app.resourceGroup, app.name)}/${lc(rev.name)}`),
        template: clone(rev.template),
        active: v.active,
        replicas: v.replicas,
        trafficWeight: v.trafficWeight,
        ...(v.provisioningError ? { provisioningError: v.provisioningError } : {}),
        healthState: v.healthState,
        provisioningState: v.provisioningState,
        runningState: v.runningState
      }
    };
  }
}

// ---------------------------------------------------------------- helpers

function configOf(app: ContainerAppState): Json {
  return ((app.doc.properties as Json).configuration as Json) ?? {};
}

function ingressOf(app: ContainerAppState): Json | undefined {
  const i = configOf(app).ingress;
  return isObj(i) ? i : undefined;
}

function mode(app: ContainerAppState): 'Single' | 'Multiple' {
  return configOf(app).activeRevisionsMode === 'Multiple' ? 'Multiple' : 'Single';
}

function imageOfTemplate(t: Json): string | undefined {
  const c = (t.containers as Json[] | undefined)?.[0];
  return typeof c?.image === 'string' ? c.image : undefined;
}

function containerOf(t: Json): string {
  return String((t.containers as Json[] | undefined)?.[0]?.name ?? 'main');
}

function identityListed(doc: Json, id: string): boolean {
  const ua = isObj(doc.identity) && isObj(doc.identity.userAssignedIdentities) ? doc.identity.userAssignedIdentities : {};
  return Object.keys(ua).some((x) => lc(x) === lc(id));
}

function identityAttached(app: ContainerAppState, id: string): boolean {
  if (lc(id) === 'system') return app.principals.system !== undefined;
  return identityListed(app.doc, id);
}

/** RFC 7386 JSON Merge Patch: objects merge, arrays and scalars replace, null removes. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return clone(patch);
  const out: Json = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** JSON with sorted keys and without undefined, for template comparison. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined && v[k] !== null)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function genSuffix(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(7), (b) => alphabet[b % alphabet.length]).join('');
}

function replicaName(rev: RevisionState): string {
  return `${rev.name}-${randomBytes(5).toString('hex').slice(0, 10)}-${randomBytes(3).toString('hex').slice(0, 5)}`;
}

function logLine(
  app: ContainerAppState,
  rev: RevisionState,
  replica: string,
  at: number,
  type: SystemLogLine['Type'],
  reason: string,
  msg: string
): SystemLogLine {
  return {
    TimeStamp: new Date(at).toISOString(),
    Type: type,
    ContainerAppName: app.name,
    RevisionName: rev.name,
    ReplicaName: replica,
    Msg: msg,
    Reason: reason,
    EventSource: 'ContainerAppController',
    Count: 1,
    at
  };
}
