/**
 * Microsoft.Web (App Service) part of the ARM emulator: function apps, their slots, plans, site config,
 * app settings (full-set PUT), connection strings and storage mounts (per slot), sticky slot settings,
 * restart/start/stop, slot create (long-running), slot delete and swap (long-running), with the plan's slot
 * quota and the "operation in progress" lock. Each site and slot runs a container (arm-web-containers.ts):
 * writes recycle it, its docker log and indexed functions are readable through ARM, and its own HTTPS front
 * end (defaultHostName `127.0.0.1:<port>`) answers from the container that serves.
 */
import { randomUUID, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import * as E from './arm-errors.js';
import { ContainerRuntime, FrontEnds, siteNameOf, type ContainerState, type FrontAnswer, type SeedContainer } from './arm-web-containers.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON answer (the container log): sent as is with this content type. */
  raw?: { contentType: string; data: string };
}

/** What arm.ts hands to a provider: the request below `/providers/<namespace>`. */
export interface ProviderRequest {
  method: string;
  /** Path segments after `/providers/<namespace>/`, URL-decoded. */
  rest: string[];
  resourceGroup: string | null;
  query: URLSearchParams;
  body: unknown;
  baseUrl: string;
  apiVersion: string;
}

// ---------------------------------------------------------------- state

export type SiteRunState = 'Running' | 'Stopped';

export interface IdentityState {
  systemAssigned?: { principalId: string; tenantId: string };
  userAssigned: Record<string, { principalId: string; clientId: string }>;
}

export interface SiteState {
  id: string;
  resourceGroup: string;
  app: string;
  /** null for production. */
  slot: string | null;
  kind: string;
  location: string;
  serverFarmId: string;
  state: SiteRunState;
  defaultHostName: string;
  httpsOnly: boolean;
  reserved: boolean;
  tags: Record<string, string>;
  identity?: IdentityState;
  siteConfig: Record<string, unknown>;
  appSettings: Record<string, string>;
  connectionStrings: Record<string, { value: string; type: string }>;
  /** Storage mounts (config/azurestorageaccounts), per slot. */
  azureStorageAccounts: Record<string, AzureStorageInfo>;
  /** VNet integration of this site/slot (not swapped). */
  virtualNetworkSubnetId: string | null;
  /** Which outbound traffic goes over the VNet: allTraffic, applicationTraffic, contentShareTraffic, imagePullTraffic, backupRestoreTraffic. */
  outboundVnetRouting: Record<string, unknown> | null;
  /** Pre-2024 form of outboundVnetRouting.imagePullTraffic (accepted on input). */
  vnetImagePullEnabled: boolean;
  /** 'SystemAssigned' or a user-assigned identity's resource id. */
  keyVaultReferenceIdentity: string;
  /** Functions on Azure Container Apps hosted through Microsoft.Web/sites. */
  managedEnvironmentId: string | null;
  /** The container runtime of this site/slot: attempts, log, last sync. Read it through arm.container(). */
  container: ContainerState;
  /** Port of this site's front end (its defaultHostName is 127.0.0.1:<port>). */
  frontEndPort?: number;
  /** Explicit POST restart calls. */
  restarts: number;
  /** Every recycle: restarts, app-settings writes, site-config changes, swaps, start. */
  recycles: number;
  lastSwap?: { timestampUtc: string; sourceSlotName: string; destinationSlotName: string };
  /** Site property lastModifiedTimeUtc: moved by every write to the site or its configuration (not by restart or start). */
  lastModifiedTimeUtc: string;
}

export interface AppState {
  resourceGroup: string;
  name: string;
  planKey: string;
  production: SiteState;
  /** Keyed by lower-case slot name. */
  slots: Record<string, SiteState>;
  slotConfigNames: { appSettingNames: string[]; connectionStringNames: string[]; azureStorageConfigNames: string[] };
}

export interface PlanState {
  id: string;
  resourceGroup: string;
  name: string;
  location: string;
  kind: string;
  reserved: boolean;
  sku: { name: string; tier: string; size: string; family: string; capacity: number };
  maximumElasticWorkerCount: number;
  /** The plan's slot quota, production included (Elastic Premium: 3). */
  slotsIncludingProduction: number;
}

// ---------------------------------------------------------------- seeds

export interface IdentitySpec {
  systemAssigned?: boolean | { principalId: string; tenantId?: string };
  /** resource id of the user-assigned identity → its principal and client ids. */
  userAssigned?: Record<string, { principalId: string; clientId: string }>;
}

export interface AzureStorageInfo {
  type: 'AzureFiles' | 'AzureBlob' | string;
  accountName: string;
  shareName: string;
  accessKey?: string;
  mountPath: string;
  protocol?: string;
  state?: string;
}

export interface SiteSpec {
  kind?: string;
  identity?: IdentitySpec;
  siteConfig?: Record<string, unknown>;
  appSettings?: Record<string, string>;
  connectionStrings?: Record<string, string | { value: string; type: string }>;
  azureStorageAccounts?: Record<string, AzureStorageInfo>;
  state?: SiteRunState;
  httpsOnly?: boolean;
  tags?: Record<string, string>;
  virtualNetworkSubnetId?: string;
  outboundVnetRouting?: {
    allTraffic?: boolean;
    applicationTraffic?: boolean;
    contentShareTraffic?: boolean;
    imagePullTraffic?: boolean;
    backupRestoreTraffic?: boolean;
  };
  keyVaultReferenceIdentity?: string;
  /** Functions on Container Apps (kind `functionapp,linux,container,azurecontainerapps`): config PATCH answers 202. */
  managedEnvironmentId?: string;
  /** How the seeded container runs (default: ready with the seeded linuxFxVersion image, catalogued or not). */
  container?: SeedContainer;
  /** lastModifiedTimeUtc as seeded (ISO-8601; default: now), e.g. a preview slot last deployed to a week ago. */
  lastModifiedTimeUtc?: string;
}

export interface PlanSpec {
  /** 'EP1'..'EP3' (Elastic Premium), 'P1v3'.. (Dedicated), 'Y1' (Consumption), 'FC1' (Flex Consumption), 'S1', 'B1'. */
  sku: string;
  name?: string;
  resourceGroup?: string;
  location?: string;
  /** Linux plan (default: true). */
  reserved?: boolean;
  maximumElasticWorkerCount?: number;
}

export interface FunctionAppSpec extends SiteSpec {
  resourceGroup: string;
  name: string;
  /** The plan's SKU, or a plan spec; default 'EP1' in a plan named `<name>-plan` of the same resource group. */
  plan?: string | PlanSpec;
  location?: string;
  slotConfigNames?: { appSettingNames?: string[]; connectionStringNames?: string[] };
  slots?: Record<string, SiteSpec>;
}

/** How a long-running App Service operation answers (slot create, swap). */
export interface LroBehaviour {
  /** Status of the first answer (default 202). 200 with headers 'none' completes at once. */
  initialStatus?: 200 | 201 | 202;
  /** Polling headers of the first answer: Azure-AsyncOperation, Location, both, or none. */
  headers?: 'azure-async' | 'location' | 'both' | 'none';
  /** Polls answered "in progress" before the outcome (default 1). */
  inProgressPolls?: number;
  /** Retry-After (seconds) on the first answer and on in-progress polls (default: none, so the SDK polls at its interval). */
  retryAfter?: number;
  /** Fail the operation: on the first answer, or at the end of polling (default). Default body depends on the operation. */
  failure?: { status?: number; body?: unknown; at?: 'initial' | 'poll' };
  /** How many operations use this behaviour before the default returns (default: all). */
  times?: number;
  /**
   * When the operation takes effect: 'end' (default: at the last poll) or 'accept' (at once when accepted; the
   * operation is finished, and only its polls can still fail: "the swap finished but the poll failed").
   */
  applyAt?: 'accept' | 'end';
  /** The first `times` polls (default: all) answer this status and body (default: an App Service error for the status). */
  pollFailure?: { status?: number; body?: unknown; times?: number };
}

const SLOT_CREATE_DEFAULT: LroBehaviour = { initialStatus: 202, headers: 'both', inProgressPolls: 1 };
const SWAP_DEFAULT: LroBehaviour = { initialStatus: 202, headers: 'location', inProgressPolls: 1 };

interface PlanTier {
  test: RegExp;
  tier: string;
  family: (sku: string) => string;
  kind: (linux: boolean) => string;
  slots: number;
}

/** Slot quotas (production included) from the App Service / Functions limits tables. */
const TIERS: PlanTier[] = [
  { test: /^EP\d$/i, tier: 'ElasticPremium', family: () => 'EP', kind: () => 'elastic', slots: 3 },
  { test: /^P\d+m?v3$/i, tier: 'PremiumV3', family: () => 'Pv3', kind: (l) => (l ? 'linux' : 'app'), slots: 20 },
  { test: /^P\d+m?v4$/i, tier: 'PremiumV4', family: () => 'Pv4', kind: (l) => (l ? 'linux' : 'app'), slots: 20 },
  { test: /^P\d+v2$/i, tier: 'PremiumV2', family: () => 'Pv2', kind: (l) => (l ? 'linux' : 'app'), slots: 20 },
  { test: /^I\d+m?v2$/i, tier: 'IsolatedV2', family: () => 'Iv2', kind: (l) => (l ? 'linux' : 'app'), slots: 20 },
  { test: /^S\d$/i, tier: 'Standard', family: () => 'S', kind: (l) => (l ? 'linux' : 'app'), slots: 5 },
  { test: /^B\d$/i, tier: 'Basic', family: () => 'B', kind: (l) => (l ? 'linux' : 'app'), slots: 1 },
  { test: /^F1$/i, tier: 'Free', family: () => 'F', kind: (l) => (l ? 'linux' : 'app'), slots: 1 },
  { test: /^Y1$/i, tier: 'Dynamic', family: () => 'Y', kind: () => 'functionapp', slots: 2 },
  { test: /^FC1$/i, tier: 'FlexConsumption', family: () => 'FC', kind: () => 'functionapp', slots: 1 }
];

/** Settings never swapped whatever slotConfigNames says (App Service docs: names ending in _EXTENSION_VERSION). */
const ALWAYS_STICKY = /_EXTENSION_VERSION$/i;

/** Site-config fields that travel with a swap (framework/stack, container image and how it is pulled). */
const SWAPPED_CONFIG = [
  'linuxFxVersion',
  'windowsFxVersion',
  'appCommandLine',
  'use32BitWorkerProcess',
  'webSocketsEnabled',
  'netFrameworkVersion',
  'phpVersion',
  'pythonVersion',
  'nodeVersion',
  'powerShellVersion',
  'javaVersion',
  'javaContainer',
  'javaContainerVersion',
  'handlerMappings',
  'virtualApplications',
  'acrUseManagedIdentityCreds',
  'acrUserManagedIdentityID'
];

const lc = (s: string) => s.toLowerCase();
const key = (rg: string, name: string) => `${lc(rg)}/${lc(name)}`;

interface PendingOp {
  id: string;
  operation: 'SwapSiteSlots' | 'CreateSlot' | 'UpdateSiteConfig';
  app: AppState;
  scope: SiteState;
  created: Date;
  deadline: number;
  pollsLeft: number;
  retryAfter?: number;
  failure?: { status: number; body: unknown };
  pollFailure?: { status: number; body: unknown; left: number };
  blocksWrites: boolean;
  done: boolean;
  failed: boolean;
  apply: () => void;
  revert?: () => void;
  result: () => unknown;
}

export class WebProvider {
  readonly apps: Record<string, AppState> = {};
  readonly plans: Record<string, PlanState> = {};
  /** Known user-assigned identities (resource id, lower-case → ids), learnt from seeds. */
  private readonly knownIdentities = new Map<string, { principalId: string; clientId: string }>();
  private readonly ops = new Map<string, PendingOp>();
  private slotCreate: { b: LroBehaviour; left: number } | undefined;
  private swap: { b: LroBehaviour; left: number } | undefined;
  linuxFxPolicy = { rejectDigest: false };
  readonly runtime = new ContainerRuntime();
  readonly frontEnds: FrontEnds;

  constructor(
    private readonly subscriptionId: string,
    private readonly tenantId: string,
    private readonly defaultLocation: string,
    private readonly apiVersion: string,
    private readonly pageSize: number,
    private readonly addResourceGroup: (rg: string) => void,
    tls: { key: string; cert: string }
  ) {
    this.frontEnds = new FrontEnds(tls, (siteId, req) => this.frontAnswer(siteId, req));
  }

  // ------------------------------------------------------------ seeding

  addPlan(spec: PlanSpec & { name: string; resourceGroup: string }): PlanState {
    const tier = TIERS.find((t) => t.test.test(spec.sku));
    if (!tier) throw new Error(`arm emulator: unknown plan SKU ${spec.sku}`);
    const reserved = spec.reserved ?? true;
    const plan: PlanState = {
      id: `/subscriptions/${this.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.Web/serverfarms/${spec.name}`,
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      location: spec.location ?? this.defaultLocation,
      kind: tier.kind(reserved),
      reserved,
      sku: { name: spec.sku, tier: tier.tier, size: spec.sku, family: tier.family(spec.sku), capacity: 1 },
      maximumElasticWorkerCount: spec.maximumElasticWorkerCount ?? (tier.tier === 'ElasticPremium' ? 20 : 1),
      slotsIncludingProduction: tier.slots
    };
    this.plans[key(spec.resourceGroup, spec.name)] = plan;
    this.addResourceGroup(spec.resourceGroup);
    return plan;
  }

  addFunctionApp(spec: FunctionAppSpec): AppState {
    const planSpec: PlanSpec = typeof spec.plan === 'string' ? { sku: spec.plan } : (spec.plan ?? { sku: 'EP1' });
    const planName = planSpec.name ?? `${spec.name}-plan`;
    const planRg = planSpec.resourceGroup ?? spec.resourceGroup;
    const kind = spec.kind ?? 'functionapp,linux,container';
    const plan =
      this.plans[key(planRg, planName)] ??
      this.addPlan({
        ...planSpec,
        name: planName,
        resourceGroup: planRg,
        location: planSpec.location ?? spec.location,
        reserved: planSpec.reserved ?? kind.includes('linux')
      });
    this.addResourceGroup(spec.resourceGroup);
    const location = spec.location ?? plan.location;
    const app: AppState = {
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      planKey: key(planRg, planName),
      production: this.newSite(spec.resourceGroup, spec.name, null, { ...spec, kind }, plan, location),
      slots: {},
      slotConfigNames: {
        appSettingNames: [...(spec.slotConfigNames?.appSettingNames ?? [])],
        connectionStringNames: [...(spec.slotConfigNames?.connectionStringNames ?? [])],
        azureStorageConfigNames: []
      }
    };
    for (const [slot, s] of Object.entries(spec.slots ?? {})) {
      app.slots[lc(slot)] = this.newSite(spec.resourceGroup, spec.name, slot, { ...s, kind: s.kind ?? kind }, plan, location);
    }
    this.apps[key(spec.resourceGroup, spec.name)] = app;
    return app;
  }

  private newSite(rg: string, app: string, slot: string | null, spec: SiteSpec & { kind: string }, plan: PlanState, location: string, seed = true): SiteState {
    const base = `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Web/sites/${app}`;
    const site: SiteState = {
      id: slot === null ? base : `${base}/slots/${slot}`,
      resourceGroup: rg,
      app,
      slot,
      kind: spec.kind,
      location,
      serverFarmId: plan.id,
      state: spec.state ?? 'Running',
      defaultHostName: lc(slot === null ? `${app}.azurewebsites.net` : `${app}-${slot}.azurewebsites.net`),
      httpsOnly: spec.httpsOnly ?? true,
      reserved: spec.kind.includes('linux'),
      tags: { ...(spec.tags ?? {}) },
      identity: this.identityFromSpec(spec.identity),
      siteConfig: { ...defaultSiteConfig(plan), ...(spec.siteConfig ?? {}) },
      appSettings: { ...(spec.appSettings ?? {}) },
      connectionStrings: Object.fromEntries(
        Object.entries(spec.connectionStrings ?? {}).map(([k, v]) => [k, typeof v === 'string' ? { value: v, type: 'Custom' } : { ...v }])
      ),
      azureStorageAccounts: clone(spec.azureStorageAccounts ?? {}),
      virtualNetworkSubnetId: spec.virtualNetworkSubnetId ?? null,
      outboundVnetRouting: spec.outboundVnetRouting ? { ...spec.outboundVnetRouting } : null,
      vnetImagePullEnabled: false,
      keyVaultReferenceIdentity: spec.keyVaultReferenceIdentity ?? 'SystemAssigned',
      managedEnvironmentId: spec.managedEnvironmentId ?? null,
      container: this.runtime.newState(),
      restarts: 0,
      recycles: 0,
      lastModifiedTimeUtc: spec.lastModifiedTimeUtc ?? new Date().toISOString()
    };
    // Unique per site/slot: a front end of its own. The pool answers at once; else the name is set once bound.
    this.frontEnds.assign(site.id, (port) => {
      site.frontEndPort = port;
      site.defaultHostName = `127.0.0.1:${port}`;
    });
    if (seed) this.runtime.seed(site, spec.container);
    return site;
  }

  /** A recycle: counted, and (unless the site is stopped) a new container attempt with the configuration now. */
  private recycle(site: SiteState, reason: string): void {
    site.recycles += 1;
    if (!['restart', 'start', 'swap-warmup'].includes(reason)) site.lastModifiedTimeUtc = new Date().toISOString();
    if (site.state === 'Running') this.runtime.start(site, reason);
  }

  /** The front end of a site: what its serving container answers (403 stopped, 503 nothing serves). */
  private frontAnswer(siteId: string, req: IncomingMessage): FrontAnswer {
    const site = this.findSiteById(siteId);
    if (!site) return { status: 404, body: '<h1>404 Web Site not found.</h1>' };
    if (site.state === 'Stopped') return { status: 403, body: '<h1>Error 403 - This web app is stopped.</h1>' };
    const serving = this.runtime.serving(site);
    if (!serving) {
      return { status: 503, body: '<h1>:( Application Error</h1><p>If you are the application administrator, you can access the diagnostic resources.</p>' };
    }
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const status = serving.routes[path] ?? 404;
    const headers = { 'x-emulator-image': serving.image, 'x-emulator-container': serving.name, 'content-type': 'application/json; charset=utf-8' };
    return {
      status,
      headers,
      body: JSON.stringify({ site: siteNameOf(site), image: serving.image, digest: serving.digest, container: serving.name, path, status })
    };
  }

  private identityFromSpec(spec: IdentitySpec | undefined): IdentityState | undefined {
    if (!spec) return undefined;
    const id: IdentityState = { userAssigned: {} };
    if (spec.systemAssigned) {
      id.systemAssigned =
        typeof spec.systemAssigned === 'object'
          ? { principalId: spec.systemAssigned.principalId, tenantId: spec.systemAssigned.tenantId ?? this.tenantId }
          : { principalId: randomUUID(), tenantId: this.tenantId };
    }
    for (const [rid, ids] of Object.entries(spec.userAssigned ?? {})) {
      id.userAssigned[rid] = { ...ids };
      this.knownIdentities.set(lc(rid), { ...ids });
    }
    return id;
  }

  setSlotCreateBehaviour(b: LroBehaviour | undefined): void {
    this.slotCreate = b ? { b, left: b.times ?? Infinity } : undefined;
  }

  setSwapBehaviour(b: LroBehaviour | undefined): void {
    this.swap = b ? { b, left: b.times ?? Infinity } : undefined;
  }

  private take(which: 'slotCreate' | 'swap'): LroBehaviour {
    const def = which === 'swap' ? SWAP_DEFAULT : SLOT_CREATE_DEFAULT;
    const cur = this[which];
    if (!cur || cur.left <= 0) return def;
    cur.left -= 1;
    return { ...def, ...cur.b };
  }

  app(rg: string, name: string): AppState | undefined {
    return this.apps[key(rg, name)];
  }

  site(rg: string, name: string, slot?: string | null): SiteState | undefined {
    const app = this.app(rg, name);
    if (!app) return undefined;
    if (slot === undefined || slot === null || lc(slot) === 'production') return app.production;
    return app.slots[lc(slot)];
  }

  planOf(app: AppState): PlanState {
    const plan = this.plans[app.planKey];
    if (!plan) throw new Error(`arm emulator: the plan of ${app.name} is gone`);
    return plan;
  }

  /** Finishes operations nobody polls any more (60 s after they started). */
  expireOperations(now = Date.now()): void {
    for (const op of this.ops.values()) if (!op.done && op.deadline <= now) this.finish(op);
  }

  // ------------------------------------------------------------ routing

  handle(r: ProviderRequest): Reply {
    const [type, name, ...sub] = r.rest;
    const t = lc(type ?? '');
    if (r.resourceGroup === null) {
      if (t === 'sites' && name === undefined && r.method === 'GET') return this.listSites(r, null);
      return unsupported(r);
    }
    if (t === 'sites' && name === undefined) {
      if (r.method === 'GET') return this.listSites(r, r.resourceGroup);
      return unsupported(r);
    }
    if (t === 'serverfarms' && name !== undefined && sub.length === 0) {
      if (r.method !== 'GET') return unsupported(r);
      const plan = this.plans[key(r.resourceGroup, name)];
      if (!plan) return { status: 404, body: E.resourceNotFound('Microsoft.Web/serverFarms', name, r.resourceGroup) };
      return ok(this.planJson(plan));
    }
    if (t !== 'sites' || name === undefined) return unsupported(r);

    const app = this.app(r.resourceGroup, name);
    if (!app) return { status: 404, body: E.resourceNotFound('Microsoft.Web/sites', name, r.resourceGroup) };

    if (sub.length > 0 && lc(sub[0]) === 'slots') {
      if (sub.length === 1)
        return r.method === 'GET' ? ok({ value: Object.values(app.slots).map((s) => this.siteJson(app, s)), nextLink: null }) : unsupported(r);
      const slotName = sub[1];
      const rest = sub.slice(2);
      const slot = app.slots[lc(slotName)];
      if (rest.length === 0) {
        if (r.method === 'PUT') return this.guard(app, r) ?? this.putSlot(app, slotName, r);
        if (r.method === 'DELETE') {
          if (!slot) return { status: 404, body: E.slotNotFoundForDelete(app.name, slotName, app.resourceGroup) };
          return this.guard(app, r) ?? this.deleteSlot(app, slot);
        }
        if (!slot) return { status: 404, body: E.resourceNotFound('Microsoft.Web/sites', `${app.name}/slots/${slotName}`, app.resourceGroup) };
        if (r.method === 'GET') return ok(this.siteJson(app, slot));
        if (r.method === 'PATCH') return this.guard(app, r) ?? this.patchSite(app, slot, r);
        return { status: 405, body: E.methodNotAllowed(r.method) };
      }
      if (!slot && !isPoll(rest)) return { status: 404, body: E.resourceNotFound('Microsoft.Web/sites', `${app.name}/slots/${slotName}`, app.resourceGroup) };
      return this.siteOps(app, slot ?? app.production, rest, r);
    }
    if (sub.length === 0) {
      if (r.method === 'GET') return ok(this.siteJson(app, app.production));
      if (r.method === 'PATCH') return this.guard(app, r) ?? this.patchSite(app, app.production, r);
      return unsupported(r);
    }
    return this.siteOps(app, app.production, sub, r);
  }

  /**
   * The tags of a site or slot through the Microsoft.Resources tags API at its scope
   * (`…/sites/{name}[/slots/{slot}]/providers/Microsoft.Resources/tags/default`): GET, PUT (replace) and
   * PATCH with `operation` Merge (add and update by name), Replace, or Delete (the given name/value pairs).
   * ARM's limits hold at the end of the operation: at most 50 tags, names up to 512 characters without
   * < > % & \ ? /, values up to 256 characters. The error codes are the emulator's own.
   */
  tags(r: ProviderRequest): Reply {
    const [t, name, s, slotName, ...more] = r.rest;
    const app = r.resourceGroup && lc(t ?? '') === 'sites' && name ? this.app(r.resourceGroup, name) : undefined;
    if (!app || more.length || (s !== undefined && lc(s) !== 'slots'))
      return {
        status: 404,
        body: E.armError('ResourceNotFound', `The Resource '${r.rest.join('/')}' under resource group '${r.resourceGroup}' was not found.`)
      };
    const site = slotName === undefined ? app.production : app.slots[lc(slotName)];
    if (!site) return { status: 404, body: E.armError('ResourceNotFound', `The Resource 'Microsoft.Web/sites/${name}/slots/${slotName}' was not found.`) };
    const json = () => ({
      id: `${site.id}/providers/Microsoft.Resources/tags/default`,
      name: 'default',
      type: 'Microsoft.Resources/tags',
      properties: { tags: { ...site.tags } }
    });
    if (r.method === 'GET') return ok(json());
    if (r.method !== 'PATCH' && r.method !== 'PUT') return { status: 405, body: E.armError('MethodNotAllowed', `The method ${r.method} is not allowed.`) };
    const body = (r.body ?? {}) as { operation?: string; properties?: { tags?: Record<string, unknown> } };
    const given = body.properties?.tags ?? {};
    const op = r.method === 'PUT' ? 'replace' : lc(body.operation ?? '');
    if (!['merge', 'replace', 'delete'].includes(op))
      return { status: 400, body: E.armError('InvalidRequestContent', `The operation '${body.operation}' is not Merge, Replace or Delete.`) };
    const next: Record<string, string> = op === 'replace' ? {} : { ...site.tags };
    for (const [k, v] of Object.entries(given)) {
      if (op === 'delete') {
        if (next[k] !== undefined && (v === undefined || v === null || v === '' || next[k] === String(v))) delete next[k];
      } else next[k] = v === null || v === undefined ? '' : String(v);
    }
    const bad = Object.entries(next).find(([k, v]) => k.length > 512 || /[<>%&\\?/]/.test(k) || v.length > 256);
    if (bad)
      return { status: 400, body: E.armError('InvalidTag', `The tag '${bad[0].slice(0, 40)}' has an invalid name or a value longer than 256 characters.`) };
    if (Object.keys(next).length > 50)
      return { status: 400, body: E.armError('InvalidTagCount', `The resource would have ${Object.keys(next).length} tags; at most 50 are allowed.`) };
    site.tags = next;
    return ok(json());
  }

  /** 409 while a swap runs on the app: every write to any of its slots is refused. */
  private guard(app: AppState, r: ProviderRequest): Reply | undefined {
    const last = lc(r.rest[r.rest.length - 1] ?? '');
    const write = r.method !== 'GET' && !(r.method === 'POST' && (last === 'list' || last === 'containerlogs'));
    if (!write) return undefined;
    this.expireOperations();
    const op = [...this.ops.values()].find((o) => o.app === app && o.blocksWrites && !o.done);
    if (!op) return undefined;
    return {
      status: 409,
      body: E.operationInProgress({
        id: op.id,
        operation: op.operation,
        created: op.created,
        subscriptionId: this.subscriptionId,
        resourceGroup: app.resourceGroup,
        location: app.production.location,
        site: app.name,
        slot: op.scope.slot
      })
    };
  }

  private siteOps(app: AppState, site: SiteState, sub: string[], r: ProviderRequest): Reply {
    const path = sub.map(lc).join('/');
    const m = r.method;
    const pollMatch = /^(operationresults|operationstatuses)\/(.+)$/.exec(path);
    if (pollMatch) return m === 'GET' ? this.poll(pollMatch[2], pollMatch[1] === 'operationstatuses' ? 'status' : 'result', r) : unsupported(r);
    const blocked = this.guard(app, r);
    if (blocked) return blocked;
    switch (path) {
      case 'config/web':
        if (m === 'GET') return ok(this.configJson(site));
        if (m === 'PATCH' || m === 'PUT') return this.writeConfig(app, site, r);
        return { status: 405, body: E.methodNotAllowed(m) };
      case 'config/appsettings/list':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        return ok(this.dictJson(site, 'appsettings', { ...site.appSettings }));
      case 'config/appsettings': {
        if (m !== 'PUT') return { status: 405, body: E.methodNotAllowed(m) };
        const props = propertiesOf(r.body);
        site.appSettings = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));
        this.recycle(site, 'appsettings');
        return ok(this.dictJson(site, 'appsettings', { ...site.appSettings }));
      }
      case 'config/connectionstrings/list':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        return ok(this.dictJson(site, 'connectionstrings', clone(site.connectionStrings)));
      case 'config/connectionstrings': {
        if (m !== 'PUT') return { status: 405, body: E.methodNotAllowed(m) };
        const props = propertiesOf(r.body);
        site.connectionStrings = Object.fromEntries(
          Object.entries(props).map(([k, v]) => {
            const o = (v ?? {}) as { value?: unknown; type?: unknown };
            return [k, { value: String(o.value ?? ''), type: String(o.type ?? 'Custom') }];
          })
        );
        this.recycle(site, 'connectionstrings');
        return ok(this.dictJson(site, 'connectionstrings', clone(site.connectionStrings)));
      }
      case 'config/azurestorageaccounts/list':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        return ok(this.dictJson(site, 'azurestorageaccounts', storageJson(site.azureStorageAccounts)));
      case 'config/azurestorageaccounts': {
        if (m !== 'PUT') return { status: 405, body: E.methodNotAllowed(m) };
        site.azureStorageAccounts = storageFromBody(propertiesOf(r.body));
        this.recycle(site, 'azurestorageaccounts');
        return ok(this.dictJson(site, 'azurestorageaccounts', storageJson(site.azureStorageAccounts)));
      }
      case 'containerlogs': {
        // WebApps_GetWebSiteContainerLogs[Slot]: POST, the last lines of the docker log as bytes (the SDK accepts 200 and 204).
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        const text = this.runtime.logText(site);
        if (text === '') return { status: 204 };
        return { status: 200, raw: { contentType: 'text/plain; charset=utf-8', data: text } };
      }
      case 'functions':
        if (m !== 'GET') return { status: 405, body: E.methodNotAllowed(m) };
        // The list comes from the host: 400 when none runs; else what the last sync recorded.
        if (site.state === 'Stopped' || !this.runtime.serving(site)) return { status: 400, body: E.hostRuntimeUnavailable() };
        return ok({ value: this.runtime.indexed(site).map((f) => this.functionJson(app, site, f)), nextLink: null });
      case 'config/slotconfignames': {
        if (site.slot !== null) return unsupported(r);
        if (m === 'GET') return ok(this.slotConfigNamesJson(app));
        if (m !== 'PUT') return { status: 405, body: E.methodNotAllowed(m) };
        const props = propertiesOf(r.body);
        const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
        app.slotConfigNames = {
          appSettingNames: list(props.appSettingNames),
          connectionStringNames: list(props.connectionStringNames),
          azureStorageConfigNames: list(props.azureStorageConfigNames)
        };
        return ok(this.slotConfigNamesJson(app));
      }
      case 'restart':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        site.restarts += 1;
        this.recycle(site, 'restart');
        return { status: 200 };
      case 'start':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        site.state = 'Running';
        this.recycle(site, 'start');
        return { status: 200 };
      case 'stop':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        site.state = 'Stopped';
        this.runtime.stop(site);
        return { status: 200 };
      case 'syncfunctiontriggers':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        if (site.state === 'Stopped' || !this.runtime.sync(site)) return { status: 400, body: E.hostRuntimeUnavailable() };
        return { status: 204 };
      case 'slotsswap':
        if (m !== 'POST') return { status: 405, body: E.methodNotAllowed(m) };
        return this.startSwap(app, site, r);
      default:
        return unsupported(r);
    }
  }

  // ------------------------------------------------------------ config

  private writeConfig(app: AppState, site: SiteState, r: ProviderRequest): Reply {
    const props = propertiesOf(r.body);
    if ('linuxFxVersion' in props) {
      const bad = this.checkLinuxFx(props.linuxFxVersion, this.planOf(app));
      if (bad) return bad;
    }
    let changed = false;
    for (const [k, v] of Object.entries(props)) {
      if (k === 'appSettings' || k === 'connectionStrings') continue; // not written through config/web
      if (k === 'azureStorageAccounts') {
        if (v && typeof v === 'object') {
          site.azureStorageAccounts = storageFromBody(v as Record<string, unknown>);
          changed = true;
        }
        continue;
      }
      if (JSON.stringify(site.siteConfig[k]) !== JSON.stringify(v)) changed = true;
      site.siteConfig[k] = v;
    }
    if (changed) this.recycle(site, 'config');
    if (site.managedEnvironmentId) {
      // Functions on Container Apps: the config write is asynchronous, 202 + Location (the Azure CLI polls it for up
      // to 2 minutes in update_site_configs; see shared/reference/arm-appservice-contract.md §1.1 and its "Upstream
      // facts"). @azure/arm-appservice 19's updateConfiguration expects 200 only, so it throws on this answer.
      return this.lro(
        { initialStatus: 202, headers: 'location', inProgressPolls: 1 },
        {
          operation: 'UpdateSiteConfig',
          app,
          scope: site,
          blocksWrites: false,
          apply: () => undefined,
          result: () => this.configJson(site),
          defaultFailure: { status: 400, body: E.appServiceError('BadRequest', 'The configuration could not be updated.') },
          syncStatus: 200,
          baseUrl: r.baseUrl
        }
      );
    }
    return ok(this.configJson(site));
  }

  /** PATCH on the site or slot resource (WebApps_Update[Slot]): site-level properties and identity. */
  private patchSite(app: AppState, site: SiteState, r: ProviderRequest): Reply {
    const body = (r.body ?? {}) as Record<string, unknown>;
    const props = (body.properties ?? {}) as Record<string, unknown>;
    const before = JSON.stringify([
      site.identity,
      site.virtualNetworkSubnetId,
      site.outboundVnetRouting,
      site.vnetImagePullEnabled,
      site.keyVaultReferenceIdentity
    ]);
    if (body.identity !== undefined) site.identity = this.identityFromBody(body.identity);
    this.applySiteProps(site, props);
    const cfg = (props.siteConfig ?? null) as Record<string, unknown> | null;
    let changed =
      before !==
      JSON.stringify([site.identity, site.virtualNetworkSubnetId, site.outboundVnetRouting, site.vnetImagePullEnabled, site.keyVaultReferenceIdentity]);
    if (cfg) {
      if ('linuxFxVersion' in cfg) {
        const bad = this.checkLinuxFx(cfg.linuxFxVersion, this.planOf(app));
        if (bad) return bad;
      }
      for (const [k, v] of Object.entries(cfg)) {
        if (k === 'appSettings' || k === 'connectionStrings' || k === 'azureStorageAccounts' || v === undefined) continue;
        if (JSON.stringify(site.siteConfig[k]) !== JSON.stringify(v)) changed = true;
        site.siteConfig[k] = v;
      }
    }
    if (changed) this.recycle(site, 'site');
    return ok(this.siteJson(app, site));
  }

  /** Site-level properties a PUT or PATCH of a site or slot may carry. */
  private applySiteProps(site: SiteState, props: Record<string, unknown>): void {
    if (typeof props.serverFarmId === 'string') site.serverFarmId = props.serverFarmId;
    if (typeof props.httpsOnly === 'boolean') site.httpsOnly = props.httpsOnly;
    if (typeof props.reserved === 'boolean') site.reserved = props.reserved;
    if ('virtualNetworkSubnetId' in props)
      site.virtualNetworkSubnetId =
        typeof props.virtualNetworkSubnetId === 'string' && props.virtualNetworkSubnetId !== '' ? props.virtualNetworkSubnetId : null;
    if (props.outboundVnetRouting && typeof props.outboundVnetRouting === 'object')
      site.outboundVnetRouting = { ...(site.outboundVnetRouting ?? {}), ...(props.outboundVnetRouting as Record<string, unknown>) };
    if (typeof props.vnetImagePullEnabled === 'boolean') site.vnetImagePullEnabled = props.vnetImagePullEnabled;
    if (typeof props.keyVaultReferenceIdentity === 'string') site.keyVaultReferenceIdentity = props.keyVaultReferenceIdentity;
    if (typeof props.managedEnvironmentId === 'string') site.managedEnvironmentId = props.managedEnvironmentId;
  }

  private checkLinuxFx(value: unknown, plan: PlanState): Reply | undefined {
    if (value === undefined || value === null) return undefined;
    if (plan.sku.tier === 'FlexConsumption' && value !== '') return { status: 400, body: E.flexLinuxFxVersion() };
    if (typeof value !== 'string') return { status: 400, body: E.linuxFxVersionInvalid() };
    if (value.trim() === '') return undefined;
    const m = /^([A-Za-z][A-Za-z0-9-]*)\|(.+)$/.exec(value);
    if (!m) return { status: 400, body: E.linuxFxVersionInvalid() };
    if (lc(m[1]) === 'docker') {
      const image = m[2];
      if (/\s/.test(image)) return { status: 400, body: E.linuxFxVersionInvalid() };
      const at = image.indexOf('@');
      if (at >= 0) {
        if (!/^sha256:[a-f0-9]{64}$/.test(image.slice(at + 1))) return { status: 400, body: E.linuxFxVersionInvalid() };
        if (this.linuxFxPolicy.rejectDigest) return { status: 400, body: E.linuxFxVersionInvalid() };
      }
    }
    return undefined;
  }

  // ------------------------------------------------------------ slots

  private putSlot(app: AppState, slotName: string, r: ProviderRequest): Reply {
    const body = (r.body ?? {}) as Record<string, unknown>;
    if (typeof body.location !== 'string' || body.location === '') return { status: 400, body: E.locationRequired() };
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(slotName) || lc(slotName) === 'production') return { status: 400, body: E.invalidParameter('slot') };
    const props = (body.properties ?? {}) as Record<string, unknown>;
    const cfg = (props.siteConfig ?? {}) as Record<string, unknown>;
    const plan = this.planOf(app);
    const existing = app.slots[lc(slotName)];
    if (!existing) {
      const used = 1 + Object.keys(app.slots).length;
      if (used + 1 > plan.slotsIncludingProduction) return { status: 409, body: E.slotLimitExceeded(plan.sku.tier) };
    }
    if ('linuxFxVersion' in cfg) {
      const bad = this.checkLinuxFx(cfg.linuxFxVersion, plan);
      if (bad) return bad;
    }
    const b = this.take('slotCreate');
    if (b.failure && b.failure.at === 'initial')
      return { status: b.failure.status ?? 400, body: b.failure.body ?? E.appServiceError('BadRequest', 'The slot could not be created.') };

    const before = existing ? clone(existing) : undefined;
    const site = existing ?? this.newSite(app.resourceGroup, app.name, slotName, { kind: app.production.kind }, plan, body.location, false);
    if (typeof body.kind === 'string') site.kind = body.kind;
    if (typeof body.location === 'string') site.location = body.location;
    if (body.tags && typeof body.tags === 'object') site.tags = { ...(body.tags as Record<string, string>) };
    if (body.identity !== undefined) site.identity = this.identityFromBody(body.identity);
    this.applySiteProps(site, props);
    if (typeof props.reserved !== 'boolean' && !existing) site.reserved = site.kind.includes('linux');
    if (!existing) {
      const cloning = props.cloningInfo as { sourceWebAppId?: string; appSettingsOverrides?: Record<string, string> } | undefined;
      if (cloning?.sourceWebAppId) {
        const src = this.findSiteById(cloning.sourceWebAppId);
        if (!src) return { status: 400, body: E.invalidParameter('sourceWebAppId') };
        site.siteConfig = { ...clone(src.siteConfig) };
        site.appSettings = { ...src.appSettings, ...(cloning.appSettingsOverrides ?? {}) };
        site.connectionStrings = clone(src.connectionStrings);
        site.azureStorageAccounts = clone(src.azureStorageAccounts);
      }
    }
    for (const [k, v] of Object.entries(cfg)) {
      if (k === 'appSettings' || k === 'connectionStrings' || k === 'azureStorageAccounts') continue;
      site.siteConfig[k] = v;
    }
    if (cfg.azureStorageAccounts && typeof cfg.azureStorageAccounts === 'object')
      site.azureStorageAccounts = storageFromBody(cfg.azureStorageAccounts as Record<string, unknown>);
    if (Array.isArray(cfg.appSettings)) {
      site.appSettings = Object.fromEntries(
        (cfg.appSettings as Array<{ name?: unknown; value?: unknown }>).map((p) => [String(p.name), p.value == null ? '' : String(p.value)])
      );
    }
    if (Array.isArray(cfg.connectionStrings)) {
      site.connectionStrings = Object.fromEntries(
        (cfg.connectionStrings as Array<{ name?: unknown; connectionString?: unknown; type?: unknown }>).map((c) => [
          String(c.name),
          { value: String(c.connectionString ?? ''), type: String(c.type ?? 'Custom') }
        ])
      );
    }
    // A new slot with a content-share connection but no share gets its own share, as the platform does.
    if (!existing && site.appSettings.WEBSITE_CONTENTAZUREFILECONNECTIONSTRING && !site.appSettings.WEBSITE_CONTENTSHARE) {
      site.appSettings.WEBSITE_CONTENTSHARE = `${lc(app.name).slice(0, 40)}-${lc(slotName).slice(0, 10)}${randomBytes(3).toString('hex')}`;
    }
    site.recycles += existing ? 1 : 0;
    site.lastModifiedTimeUtc = new Date().toISOString();
    // A created (or re-PUT) slot starts its container with the configuration just written.
    if (site.state === 'Running') this.runtime.start(site, existing ? 'slot-update' : 'slot-create');
    app.slots[lc(slotName)] = site;

    const revert = () => {
      if (before) app.slots[lc(slotName)] = before;
      else {
        delete app.slots[lc(slotName)];
        this.frontEnds.release(site.frontEndPort);
      }
    };
    return this.lro(b, {
      operation: 'CreateSlot',
      app,
      scope: site,
      blocksWrites: false,
      apply: () => undefined,
      revert,
      result: () => this.siteJson(app, site),
      defaultFailure: { status: 400, body: E.appServiceError('BadRequest', `The slot '${slotName}' could not be created.`) },
      syncStatus: existing ? 200 : 201,
      baseUrl: r.baseUrl
    });
  }

  private deleteSlot(app: AppState, slot: SiteState): Reply {
    delete app.slots[lc(slot.slot ?? '')];
    this.frontEnds.release(slot.frontEndPort);
    return { status: 200 };
  }

  private identityFromBody(v: unknown): IdentityState | undefined {
    const body = (v ?? {}) as { type?: string; userAssignedIdentities?: Record<string, unknown> };
    const type = lc(body.type ?? 'None');
    if (type === 'none') return undefined;
    const id: IdentityState = { userAssigned: {} };
    if (type.includes('systemassigned')) id.systemAssigned = { principalId: randomUUID(), tenantId: this.tenantId };
    if (type.includes('userassigned')) {
      for (const rid of Object.keys(body.userAssignedIdentities ?? {})) {
        let ids = this.knownIdentities.get(lc(rid));
        if (!ids) {
          ids = { principalId: randomUUID(), clientId: randomUUID() };
          this.knownIdentities.set(lc(rid), ids);
        }
        id.userAssigned[rid] = { ...ids };
      }
    }
    return id;
  }

  private findSiteById(id: string): SiteState | undefined {
    for (const app of Object.values(this.apps)) {
      for (const s of [app.production, ...Object.values(app.slots)]) if (lc(s.id) === lc(id)) return s;
    }
    return undefined;
  }

  // ------------------------------------------------------------ swap

  private startSwap(app: AppState, source: SiteState, r: ProviderRequest): Reply {
    const body = (r.body ?? {}) as { targetSlot?: unknown };
    if (typeof body.targetSlot !== 'string' || body.targetSlot.trim() === '') return { status: 400, body: E.invalidParameter('targetSlot') };
    const targetName = body.targetSlot;
    const target = lc(targetName) === 'production' ? app.production : app.slots[lc(targetName)];
    if (!target) return { status: 404, body: E.resourceNotFound('Microsoft.Web/sites', `${app.name}/slots/${targetName}`, app.resourceGroup) };
    if (target === source) return { status: 400, body: E.appServiceError('BadRequest', 'The source and the target slot of a swap must differ.') };
    const b = this.take('swap');
    const srcName = source.slot ?? 'production';
    const dstName = target.slot ?? 'production';
    // The warm-up concerns the slot that goes into the target: the source.
    const warmup = E.swapWarmupFailed(app.name, srcName);
    if (b.failure && b.failure.at === 'initial') return { status: b.failure.status ?? 417, body: b.failure.body ?? warmup };
    // Phase 1 of a swap (App Service docs, "What happens during a swap"): the source slot's instances restart
    // with the target's settings and are warmed up before the routing changes: logged in the source slot's log.
    this.recycle(source, 'swap-warmup');
    return this.lro(b, {
      operation: 'SwapSiteSlots',
      app,
      scope: source,
      blocksWrites: true,
      apply: () => this.exchange(app, source, target, srcName, dstName),
      result: () => undefined,
      defaultFailure: { status: 417, body: warmup },
      syncStatus: 200,
      baseUrl: r.baseUrl
    });
  }

  /** The swap's effect: image/stack config and non-sticky settings change places; sticky ones stay. */
  private exchange(app: AppState, a: SiteState, b: SiteState, aName: string, bName: string): void {
    const stickySettings = new Set(app.slotConfigNames.appSettingNames.map(lc));
    const stickyConns = new Set(app.slotConfigNames.connectionStringNames.map(lc));
    const isStickySetting = (n: string) => stickySettings.has(lc(n)) || ALWAYS_STICKY.test(n);
    const isStickyConn = (n: string) => stickyConns.has(lc(n));
    const split = <T>(rec: Record<string, T>, sticky: (n: string) => boolean) => {
      const keep: Record<string, T> = {};
      const move: Record<string, T> = {};
      for (const [k, v] of Object.entries(rec)) (sticky(k) ? keep : move)[k] = v;
      return { keep, move };
    };
    const sa = split(a.appSettings, isStickySetting);
    const sb = split(b.appSettings, isStickySetting);
    a.appSettings = { ...sb.move, ...sa.keep };
    b.appSettings = { ...sa.move, ...sb.keep };
    const ca = split(a.connectionStrings, isStickyConn);
    const cb = split(b.connectionStrings, isStickyConn);
    a.connectionStrings = { ...cb.move, ...ca.keep };
    b.connectionStrings = { ...ca.move, ...cb.keep };
    // Mounted storage swaps too, unless sticky (slotConfigNames.azureStorageConfigNames).
    const stickyMounts = new Set(app.slotConfigNames.azureStorageConfigNames.map(lc));
    const ma = split(a.azureStorageAccounts, (n) => stickyMounts.has(lc(n)));
    const mb = split(b.azureStorageAccounts, (n) => stickyMounts.has(lc(n)));
    a.azureStorageAccounts = { ...mb.move, ...ma.keep };
    b.azureStorageAccounts = { ...ma.move, ...mb.keep };
    for (const k of SWAPPED_CONFIG) {
      const av = a.siteConfig[k];
      const bv = b.siteConfig[k];
      if (bv === undefined) delete a.siteConfig[k];
      else a.siteConfig[k] = bv;
      if (av === undefined) delete b.siteConfig[k];
      else b.siteConfig[k] = av;
    }
    const stamp = new Date().toISOString();
    for (const s of [a, b]) {
      s.state = 'Running';
      s.lastSwap = { timestampUtc: stamp, sourceSlotName: aName, destinationSlotName: bName };
      // Each side starts a container with its new configuration, pulled with ITS OWN identity (identities stay).
      this.recycle(s, 'swap');
    }
  }

  // ------------------------------------------------------------ long-running operations

  private lro(
    b: LroBehaviour,
    o: Pick<PendingOp, 'operation' | 'app' | 'scope' | 'blocksWrites' | 'apply' | 'result'> & {
      revert?: () => void;
      defaultFailure: { status: number; body: unknown };
      syncStatus: number;
      baseUrl: string;
    }
  ): Reply {
    const id = randomUUID();
    const op: PendingOp = {
      id,
      operation: o.operation,
      app: o.app,
      scope: o.scope,
      created: new Date(),
      deadline: Date.now() + 60_000,
      pollsLeft: b.inProgressPolls ?? 1,
      retryAfter: b.retryAfter,
      failure: b.failure ? { status: b.failure.status ?? o.defaultFailure.status, body: b.failure.body ?? o.defaultFailure.body } : undefined,
      pollFailure: b.pollFailure
        ? {
            status: b.pollFailure.status ?? 500,
            body: b.pollFailure.body ?? pollFailureBody(b.pollFailure.status ?? 500),
            left: b.pollFailure.times ?? Infinity
          }
        : undefined,
      blocksWrites: o.blocksWrites,
      done: false,
      failed: false,
      apply: o.apply,
      revert: o.revert,
      result: o.result
    };
    const headersMode = b.headers ?? 'both';
    if (headersMode === 'none') {
      // Synchronous: the outcome is the answer.
      this.finish(op);
      if (op.failed && op.failure) return { status: op.failure.status, body: op.failure.body };
      const res = op.result();
      return { status: b.initialStatus ?? o.syncStatus, body: res };
    }
    this.ops.set(id, op);
    // Applied when accepted: the operation is over (lock released); only its polls may still fail.
    if (b.applyAt === 'accept') this.finish(op);
    const scopePath = op.scope.id;
    const q = `?api-version=${this.apiVersion}`;
    const headers: Record<string, string> = {};
    if (headersMode === 'azure-async' || headersMode === 'both') headers['Azure-AsyncOperation'] = `${o.baseUrl}${scopePath}/operationstatuses/${id}${q}`;
    if (headersMode === 'location' || headersMode === 'both') headers.Location = `${o.baseUrl}${scopePath}/operationresults/${id}${q}`;
    if (b.retryAfter !== undefined) headers['Retry-After'] = String(b.retryAfter);
    const status = b.initialStatus ?? 202;
    return { status, headers, body: status === 202 ? undefined : op.result() };
  }

  private finish(op: PendingOp): void {
    if (op.done) return;
    op.done = true;
    if (op.failure) {
      op.failed = true;
      op.revert?.();
    } else {
      op.apply();
    }
  }

  private poll(id: string, style: 'status' | 'result', r: ProviderRequest): Reply {
    const op = this.ops.get(id);
    if (!op) return { status: 404, body: E.armError('NotFound', `The operation ${id} is not found.`) };
    if (op.pollFailure && op.pollFailure.left > 0) {
      op.pollFailure.left -= 1;
      return { status: op.pollFailure.status, body: op.pollFailure.body };
    }
    this.expireOperations();
    if (!op.done && op.pollsLeft > 0) {
      op.pollsLeft -= 1;
      const headers: Record<string, string> = {};
      if (op.retryAfter !== undefined) headers['Retry-After'] = String(op.retryAfter);
      if (style === 'status') return { status: 200, headers, body: { id, name: id, status: 'InProgress', startTime: op.created.toISOString() } };
      headers.Location = `${r.baseUrl}${op.scope.id}/operationresults/${id}?api-version=${this.apiVersion}`;
      return { status: 202, headers };
    }
    this.finish(op);
    if (style === 'status') {
      const times = { startTime: op.created.toISOString(), endTime: new Date().toISOString() };
      if (op.failed && op.failure) {
        const fb = op.failure.body as Record<string, unknown> & { error?: { code?: string; message?: string } };
        const error = fb.error ?? { code: String(fb.Code ?? 'Failed'), message: String(fb.Message ?? 'The operation failed.') };
        return { status: 200, body: { id, name: id, status: 'Failed', ...times, error } };
      }
      return { status: 200, body: { id, name: id, status: 'Succeeded', ...times } };
    }
    if (op.failed && op.failure) return { status: op.failure.status, body: op.failure.body };
    const res = op.result();
    return res === undefined ? { status: 200 } : ok(res);
  }

  // ------------------------------------------------------------ JSON

  private listSites(r: ProviderRequest, rg: string | null): Reply {
    const includeSlots = rg !== null && lc(r.query.get('includeSlots') ?? '') === 'true';
    const all: unknown[] = [];
    for (const app of Object.values(this.apps)) {
      if (rg !== null && lc(app.resourceGroup) !== lc(rg)) continue;
      all.push(this.siteJson(app, app.production));
      if (includeSlots) for (const s of Object.values(app.slots)) all.push(this.siteJson(app, s));
    }
    const skip = Number(r.query.get('$skipToken') ?? r.query.get('$skiptoken') ?? '0') || 0;
    const page = all.slice(skip, skip + this.pageSize);
    let nextLink: string | null = null;
    if (skip + this.pageSize < all.length) {
      const scope = rg === null ? `/subscriptions/${this.subscriptionId}` : `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}`;
      const extra = includeSlots ? '&includeSlots=true' : '';
      nextLink = `${r.baseUrl}${scope}/providers/Microsoft.Web/sites?api-version=${this.apiVersion}${extra}&$skipToken=${skip + this.pageSize}`;
    }
    return ok({ value: page, nextLink });
  }

  siteJson(app: AppState, s: SiteState): Record<string, unknown> {
    const isSlot = s.slot !== null;
    const scm = lc(isSlot ? `${app.name}-${s.slot}.scm.azurewebsites.net` : `${app.name}.scm.azurewebsites.net`);
    const busy = [...this.ops.values()].find((o) => o.app === app && o.blocksWrites && !o.done);
    const c = s.siteConfig;
    return {
      id: s.id,
      name: isSlot ? `${app.name}/${s.slot}` : app.name,
      type: isSlot ? 'Microsoft.Web/sites/slots' : 'Microsoft.Web/sites',
      kind: s.kind,
      location: s.location,
      tags: { ...s.tags },
      ...(s.identity ? { identity: identityJson(s.identity) } : {}),
      properties: {
        name: isSlot ? `${app.name}(${s.slot})` : app.name,
        state: s.state,
        hostNames: [s.defaultHostName],
        webSpace: `${app.resourceGroup}-${s.location.replace(/\s+/g, '')}webspace`,
        repositorySiteName: app.name,
        usageState: 'Normal',
        enabled: true,
        enabledHostNames: [s.defaultHostName, scm],
        availabilityState: 'Normal',
        hostNameSslStates: [
          { name: s.defaultHostName, sslState: 'Disabled', hostType: 'Standard' },
          { name: scm, sslState: 'Disabled', hostType: 'Repository' }
        ],
        serverFarmId: s.serverFarmId,
        reserved: s.reserved,
        isXenon: false,
        hyperV: false,
        lastModifiedTimeUtc: s.lastModifiedTimeUtc,
        siteConfig: {
          numberOfWorkers: c.numberOfWorkers ?? 1,
          linuxFxVersion: c.linuxFxVersion ?? '',
          windowsFxVersion: c.windowsFxVersion ?? null,
          acrUseManagedIdentityCreds: c.acrUseManagedIdentityCreds ?? false,
          acrUserManagedIdentityID: c.acrUserManagedIdentityID ?? null,
          alwaysOn: c.alwaysOn ?? false,
          http20Enabled: c.http20Enabled ?? false,
          functionAppScaleLimit: c.functionAppScaleLimit ?? 0,
          minimumElasticInstanceCount: c.minimumElasticInstanceCount ?? 0
        },
        clientAffinityEnabled: false,
        clientCertEnabled: false,
        httpsOnly: s.httpsOnly,
        defaultHostName: s.defaultHostName,
        resourceGroup: app.resourceGroup,
        slotSwapStatus: s.lastSwap ? { ...s.lastSwap } : null,
        inProgressOperationId: busy ? busy.id : null,
        redundancyMode: 'None',
        publicNetworkAccess: 'Enabled',
        storageAccountRequired: false,
        keyVaultReferenceIdentity: s.keyVaultReferenceIdentity,
        virtualNetworkSubnetId: s.virtualNetworkSubnetId,
        outboundVnetRouting: {
          allTraffic: false,
          applicationTraffic: false,
          contentShareTraffic: false,
          imagePullTraffic: s.vnetImagePullEnabled,
          backupRestoreTraffic: false,
          ...(s.outboundVnetRouting ?? {})
        },
        managedEnvironmentId: s.managedEnvironmentId,
        // The plan's tier, as ARM returns it on sites (e.g. 'ElasticPremium').
        sku: this.plans[app.planKey]?.sku.tier ?? null
      }
    };
  }

  /**
   * A FunctionEnvelope as WebApps_ListFunctions / ListInstanceFunctionsSlot return it. Production's name is
   * `<app>/<function>`; for a slot the emulator uses `<app>/<slot>/<function>` (the slot's own name is `<app>/<slot>`;
   * the exact slot form was not confirmed upstream). The v19 SDK drops properties.name: read the envelope name.
   */
  private functionJson(app: AppState, s: SiteState, fn: string): Record<string, unknown> {
    const isSlot = s.slot !== null;
    const host = s.defaultHostName;
    return {
      id: `${s.id}/functions/${fn}`,
      name: isSlot ? `${app.name}/${s.slot}/${fn}` : `${app.name}/${fn}`,
      type: isSlot ? 'Microsoft.Web/sites/slots/functions' : 'Microsoft.Web/sites/functions',
      location: s.location,
      properties: {
        name: fn,
        function_app_id: null,
        script_root_path_href: null,
        script_href: null,
        config_href: null,
        test_data_href: null,
        secrets_file_href: null,
        href: `https://${host}/admin/functions/${fn}`,
        config: { bindings: [] },
        files: null,
        test_data: null,
        invoke_url_template: `https://${host}/api/${lc(fn)}`,
        language: 'custom',
        isDisabled: false
      }
    };
  }

  private configJson(s: SiteState): Record<string, unknown> {
    return {
      id: `${s.id}/config/web`,
      name: 'web',
      type: s.slot === null ? 'Microsoft.Web/sites/config' : 'Microsoft.Web/sites/slots/config',
      location: s.location,
      properties: { ...clone(s.siteConfig), appSettings: null, connectionStrings: null }
    };
  }

  private dictJson(s: SiteState, name: string, properties: unknown): Record<string, unknown> {
    return {
      id: `${s.id}/config/${name}`,
      name,
      type: s.slot === null ? 'Microsoft.Web/sites/config' : 'Microsoft.Web/sites/slots/config',
      location: s.location,
      properties
    };
  }

  private slotConfigNamesJson(app: AppState): Record<string, unknown> {
    const orNull = (a: string[]) => (a.length ? [...a] : null);
    return {
      id: `${app.production.id}/config/slotConfigNames`,
      name: 'slotConfigNames',
      type: 'Microsoft.Web/sites/config',
      properties: {
        connectionStringNames: orNull(app.slotConfigNames.connectionStringNames),
        appSettingNames: orNull(app.slotConfigNames.appSettingNames),
        azureStorageConfigNames: orNull(app.slotConfigNames.azureStorageConfigNames)
      }
    };
  }

  private planJson(p: PlanState): Record<string, unknown> {
    const sites = Object.values(this.apps).filter((a) => a.planKey === key(p.resourceGroup, p.name)).length;
    return {
      id: p.id,
      name: p.name,
      type: 'Microsoft.Web/serverfarms',
      kind: p.kind,
      location: p.location,
      tags: {},
      sku: { ...p.sku },
      properties: {
        status: 'Ready',
        maximumNumberOfWorkers: p.sku.tier === 'ElasticPremium' ? 100 : 30,
        geoRegion: p.location,
        numberOfSites: sites,
        perSiteScaling: false,
        elasticScaleEnabled: p.sku.tier === 'ElasticPremium',
        maximumElasticWorkerCount: p.maximumElasticWorkerCount,
        isSpot: false,
        reserved: p.reserved,
        isXenon: false,
        hyperV: false,
        targetWorkerCount: 0,
        targetWorkerSizeId: 0,
        provisioningState: 'Succeeded',
        zoneRedundant: false,
        resourceGroup: p.resourceGroup
      }
    };
  }
}

function defaultSiteConfig(plan: PlanState): Record<string, unknown> {
  const ep = plan.sku.tier === 'ElasticPremium';
  const dedicated = !['ElasticPremium', 'Dynamic', 'FlexConsumption'].includes(plan.sku.tier);
  const allowAll = [{ ipAddress: 'Any', action: 'Allow', priority: 2147483647, name: 'Allow all', description: 'Allow all access' }];
  return {
    numberOfWorkers: 1,
    netFrameworkVersion: 'v4.0',
    linuxFxVersion: '',
    windowsFxVersion: null,
    requestTracingEnabled: false,
    remoteDebuggingEnabled: false,
    httpLoggingEnabled: false,
    logsDirectorySizeLimit: 35,
    detailedErrorLoggingEnabled: false,
    use32BitWorkerProcess: false,
    webSocketsEnabled: false,
    alwaysOn: dedicated,
    appCommandLine: '',
    managedPipelineMode: 'Integrated',
    acrUseManagedIdentityCreds: false,
    acrUserManagedIdentityID: null,
    http20Enabled: false,
    minTlsVersion: '1.2',
    scmMinTlsVersion: '1.2',
    ftpsState: 'FtpsOnly',
    preWarmedInstanceCount: ep ? 1 : 0,
    functionAppScaleLimit: 0,
    minimumElasticInstanceCount: ep ? 1 : 0,
    functionsRuntimeScaleMonitoringEnabled: false,
    healthCheckPath: null,
    vnetRouteAllEnabled: false,
    autoSwapSlotName: null,
    localMySqlEnabled: false,
    ipSecurityRestrictions: clone(allowAll),
    scmIpSecurityRestrictions: clone(allowAll),
    scmIpSecurityRestrictionsUseMain: false,
    cors: null
  };
}

function identityJson(id: IdentityState): Record<string, unknown> {
  const ua = Object.keys(id.userAssigned).length > 0;
  const type = id.systemAssigned && ua ? 'SystemAssigned, UserAssigned' : id.systemAssigned ? 'SystemAssigned' : ua ? 'UserAssigned' : 'None';
  return {
    type,
    ...(id.systemAssigned ? { principalId: id.systemAssigned.principalId, tenantId: id.systemAssigned.tenantId } : {}),
    ...(ua ? { userAssignedIdentities: clone(id.userAssigned) } : {})
  };
}

/** The mounts as ARM lists them (the access key is returned: the list is a POST, like app settings). */
function storageJson(m: Record<string, AzureStorageInfo>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { ...v, state: v.state ?? 'Ok' }]));
}

function storageFromBody(props: Record<string, unknown>): Record<string, AzureStorageInfo> {
  const out: Record<string, AzureStorageInfo> = {};
  for (const [k, v] of Object.entries(props)) {
    const o = (v ?? {}) as Record<string, unknown>;
    out[k] = {
      type: String(o.type ?? 'AzureFiles'),
      accountName: String(o.accountName ?? ''),
      shareName: String(o.shareName ?? ''),
      ...(o.accessKey != null ? { accessKey: String(o.accessKey) } : {}),
      mountPath: String(o.mountPath ?? ''),
      ...(o.protocol != null ? { protocol: String(o.protocol) } : {})
    };
  }
  return out;
}

function pollFailureBody(status: number): unknown {
  if (status === 409) return E.appServiceError('Conflict', 'Cannot modify this site because another operation is in progress.');
  if (status === 429) return E.appServiceError('TooManyRequests', 'Too many requests. Please retry later.');
  if (status >= 500) return E.appServiceError('InternalServerError', 'An error has occurred.');
  return E.appServiceError('BadRequest', `Injected ${status}.`);
}

function propertiesOf(body: unknown): Record<string, unknown> {
  const p = (body as { properties?: unknown } | null | undefined)?.properties;
  return p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
}

function isPoll(rest: string[]): boolean {
  return rest.length === 2 && ['operationresults', 'operationstatuses'].includes(lc(rest[0]));
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

export function unsupported(r: { method: string; rest: string[] }): Reply {
  return { status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator has no route for ${r.method} .../${r.rest.join('/')}.`) };
}

function clone<T>(v: T): T {
  return structuredClone(v);
}
