/**
 * A loopback Azure Resource Manager for the tests: HTTPS (the test CA), bearer tokens checked (RS256, signed by
 * the Entra emulator's key, live, ARM audience), api-version required and checked against what the installed SDKs
 * send, and the Microsoft.Web / Microsoft.ContainerRegistry / Microsoft.ContainerService operations the action uses,
 * with Azure's semantics (full-set app settings PUT, PATCH-merge site config, long-running slot create and swap,
 * the plan's slot quota, "operation in progress" while a swap runs) and Azure's error bodies (ARM `{error:{code,message}}`,
 * App Service PascalCase `{Code,Message,...}`). Fault injection per path and method: 429 (with or without
 * Retry-After), 5xx, 409, any status with any body, dropped connections.
 *
 * After the write: every site and slot runs a container (arm-web-containers.ts). An image catalog (`addImage`) and
 * registry access rules (`setRegistryAccess`) decide whether a recycle's pull succeeds with that slot's own identity
 * or credentials; the container then starts, crashes or never answers its ping, while the old one keeps serving.
 * ARM exposes the docker log (`POST …/containerlogs`) and the indexed functions (`syncfunctiontriggers`, `GET
 * …/functions`); each site has its own HTTPS front end at `https://<defaultHostName>` (127.0.0.1:<port>).
 *
 * Imports nothing from src/: this is the service, not the product. Drive it with the real SDK clients, e.g.
 *   new WebSiteManagementClient(cred, sub, { endpoint: arm.url, credentials: { scopes: ['https://management.azure.com/.default'] } })
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { tlsOptions, verifyJwt, type SigningKey } from '../jwt.js';
import * as E from './arm-errors.js';
import {
  WebProvider,
  type AppState,
  type FunctionAppSpec,
  type LroBehaviour,
  type PlanSpec,
  type PlanState,
  type ProviderRequest,
  type Reply,
  type SiteState
} from './arm-web.js';
import type { ContainerView, ImageSpec, RegistryAccess } from './arm-web-containers.js';
import {
  AppProvider,
  type ContainerAppSpec,
  type ContainerAppState,
  type ContainerAppView,
  type ManagedEnvironmentSpec,
  type ManagedEnvironmentState,
  type SystemLogLine
} from './arm-app.js';
import {
  ClusterProvider,
  RegistryProvider,
  type ManagedClusterSpec,
  type ManagedClusterState,
  type RegistrySpec,
  type RegistryState
} from './arm-containers.js';

export type {
  AppState,
  AzureStorageInfo,
  FunctionAppSpec,
  LroBehaviour,
  PlanSpec,
  PlanState,
  SiteState,
  SiteSpec,
  IdentitySpec,
  IdentityState
} from './arm-web.js';
export type {
  AttemptOutcome,
  AttemptStatus,
  ContainerState,
  ContainerView,
  ImageSpec,
  RegistryAccess,
  SeedContainer,
  ServingContainer
} from './arm-web-containers.js';
export type { ManagedClusterSpec, ManagedClusterState, RegistrySpec, RegistryState } from './arm-containers.js';
export type {
  AppIdentitySpec,
  ContainerAppSpec,
  ContainerAppState,
  ContainerAppView,
  ManagedEnvironmentSpec,
  ManagedEnvironmentState,
  RevisionState,
  RevisionView,
  SeedRevision,
  SystemLogLine
} from './arm-app.js';
export { appServiceError, armError, linuxFxVersionInvalid, slotLimitExceeded, swapWarmupFailed } from './arm-errors.js';

/**
 * The api-versions the installed SDKs send by default (read from their dist/esm sources):
 * @azure/arm-appservice 19.0.0, @azure/arm-containerregistry 12.0.0, @azure/arm-containerservice 25.3.0,
 * @azure/arm-appcontainers 4.0.0 (`context.apiVersion ?? "2026-07-01"` in dist/esm/api/containerApps/operations.js).
 */
export const ARM_API_VERSIONS = {
  'Microsoft.Web': '2025-05-01',
  'Microsoft.App': '2026-07-01',
  'Microsoft.ContainerRegistry': '2025-11-01',
  'Microsoft.ContainerService': '2026-04-01'
} as const;

/** api-versions of the Microsoft.Resources tags API (Tags_*AtScope) the emulator accepts. */
export const TAGS_API_VERSIONS = ['2019-10-01', '2020-06-01', '2021-04-01', '2022-09-01', '2024-03-01'];

/** Audiences ARM accepts for its tokens. */
export const ARM_AUDIENCES = [
  'https://management.azure.com',
  'https://management.azure.com/',
  'https://management.core.windows.net',
  'https://management.core.windows.net/'
];

export interface ArmEmulatorOptions {
  /** Access tokens must be RS256 JWTs signed by one of these (the Entra emulator's key), live, for ARM's audience. */
  tokenKeys: SigningKey[];
  subscriptionId: string;
  /** Tenant of system-assigned identities (default: a fixed GUID). */
  tenantId?: string;
  /** Location of seeded resources (default 'westeurope'). */
  location?: string;
  /** More api-versions to accept, per provider namespace (the SDK defaults are always accepted). */
  apiVersions?: Partial<Record<keyof typeof ARM_API_VERSIONS, string[]>>;
  /** Token audiences this ARM accepts (default: the public cloud's, ARM_AUDIENCES), e.g. Azure China's `https://management.chinacloudapi.cn`. */
  audiences?: string[];
  /** Page size of the sites lists (default 100), to exercise nextLink. */
  listPageSize?: number;
}

export interface ArmRequestRecord {
  method: string;
  path: string;
  apiVersion: string | null;
  /** The answer's status; 0 for a dropped connection. */
  status: number;
  at: number;
  /** The query string, '?…' or ''. */
  query: string;
  /** The parsed JSON body, when one was sent. */
  body?: unknown;
}

export interface FaultRule {
  /** Case-insensitive substring of the URL path, or a RegExp tested against it. */
  path: string | RegExp;
  /** Only this method, or these methods (default: any). */
  method?: string | string[];
  /** The status to answer with (429, 500, 503, 409, 400, …) unless `drop`. */
  status?: number;
  /** Retry-After header, in seconds (429/503). Without it, no Retry-After is sent. */
  retryAfter?: number;
  /** Error code and message for the default body (App Service PascalCase on Microsoft.Web paths, ARM's shape elsewhere). */
  code?: string;
  message?: string;
  /** The exact body to answer with (overrides code/message). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Destroy the socket instead of answering. */
  drop?: boolean;
  /** How many matching requests this rule hits (default 1; Infinity for all). */
  times?: number;
}

export interface ArmState {
  readonly apps: Record<string, AppState>;
  readonly plans: Record<string, PlanState>;
  readonly registries: Record<string, RegistryState>;
  readonly clusters: Record<string, ManagedClusterState>;
  readonly containerApps: Record<string, ContainerAppState>;
  readonly managedEnvironments: Record<string, ManagedEnvironmentState>;
  readonly resourceGroups: Set<string>;
  /** The app (production + slots + sticky names), by resource group and name (case-insensitive). */
  app(resourceGroup: string, name: string): AppState | undefined;
  /** A site: production without `slot` (or 'production'), else the slot. Live object: mutate it to seed. */
  site(resourceGroup: string, name: string, slot?: string | null): SiteState | undefined;
  plan(resourceGroup: string, name: string): PlanState | undefined;
  registry(resourceGroup: string, name: string): RegistryState | undefined;
  cluster(resourceGroup: string, name: string): ManagedClusterState | undefined;
  /** A container app (Microsoft.App), live: its stored document (secret values included), principals, revisions. */
  containerApp(resourceGroup: string, name: string): ContainerAppState | undefined;
  managedEnvironment(resourceGroup: string, name: string): ManagedEnvironmentState | undefined;
}

export interface ArmEmulator {
  /** https://127.0.0.1:<port>: the SDK `endpoint`. */
  url: string;
  /** Every request, in arrival order, for round-trip counting. */
  requests: ArmRequestRecord[];
  state: ArmState;
  addFunctionApp(spec: FunctionAppSpec): AppState;
  addPlan(spec: PlanSpec & { name: string; resourceGroup: string }): PlanState;
  addRegistry(spec: RegistrySpec): RegistryState;
  addManagedCluster(spec: ManagedClusterSpec): ManagedClusterState;
  addResourceGroup(name: string): void;
  /** A Container Apps managed environment (its defaultDomain is the Azure-formula domain of the app addresses). */
  addManagedEnvironment(spec: ManagedEnvironmentSpec): ManagedEnvironmentState;
  /** A container app (default kind 'functionapp', Single mode, external ingress with latestRevision 100 %), its revisions ready. */
  addContainerApp(spec: ContainerAppSpec): ContainerAppState;
  /** A container app now: revisions (states, weights), traffic as it routes, and every address with what serves it. */
  containerAppView(resourceGroup: string, name: string): ContainerAppView;
  /** ContainerAppSystemLogs-like lines of the app's revisions, so far. */
  containerAppSystemLog(resourceGroup: string, name: string): SystemLogLine[];
  /** `127.0.0.1:<port>` behind an Azure-formula address: `<app>.<domain>`, `<app>--<suffix>.<domain>`, `<app>---<label>.<domain>`. */
  resolveContainerAppHost(fqdn: string): string | undefined;
  fault(rule: FaultRule): void;
  clearFaults(): void;
  /** How swaps answer: polls, Retry-After, headers, failure (default failure: 417 warm-up "did not respond to http ping"). */
  setSwapBehaviour(b: LroBehaviour | undefined): void;
  /** How slot PUTs answer (default: 202 with Azure-AsyncOperation and Location, one in-progress poll). */
  setSlotCreateBehaviour(b: LroBehaviour | undefined): void;
  /** Refuse `DOCKER|repo@sha256:…` in linuxFxVersion with App Service's 400 "LinuxFxVersion has an invalid value". */
  setLinuxFxVersionPolicy(p: { rejectDigest: boolean }): void;
  /** Sugar for fault(): the next config/web writes (PATCH and PUT) of the app (or slot) fail with this status and body. */
  setConfigWriteFailure(f: { resourceGroup?: string; name: string; slot?: string; status?: number; body?: unknown; times?: number }): void;
  /** Requests whose path contains `fragment` (case-insensitive), optionally of one method. */
  requestsTo(fragment: string, method?: string): ArmRequestRecord[];
  /**
   * Put an image in the registry catalog: `registry/repo@sha256:…` or `registry/repo:tag`, or a RegExp tested against
   * references (for digests not known in advance). A reference no entry matches fails its pull with "manifest unknown".
   * The last matching entry wins.
   */
  addImage(ref: string | RegExp, spec?: ImageSpec): void;
  /** Who may pull from a registry host (undefined: anonymous pulls, the default for hosts without an entry). App Service and Container Apps alike. */
  setRegistryAccess(host: string, access: RegistryAccess | undefined): void;
  /** A site's (or slot's) container state now: what serves, the attempts and their outcome, the docker log, the indexed functions. */
  container(resourceGroup: string, name: string, slot?: string | null): ContainerView;
  /** The image reference that serves `https://<defaultHostName>` of the site or slot now (null: nothing serves). */
  servingImage(resourceGroup: string, name: string, slot?: string | null): string | null;
  /** The site's front end: https://127.0.0.1:<port> (its defaultHostName). */
  frontEndUrl(resourceGroup: string, name: string, slot?: string | null): string;
  close(): Promise<void>;
}

const lc = (s: string) => s.toLowerCase();

export async function startArm(opts: ArmEmulatorOptions): Promise<ArmEmulator> {
  const tls = await tlsOptions();
  const sub = opts.subscriptionId;
  const tenantId = opts.tenantId ?? '72f988bf-0000-4000-8000-00000000c0de';
  const location = opts.location ?? 'westeurope';
  const requests: ArmRequestRecord[] = [];
  const faults: Array<FaultRule & { left: number }> = [];
  const resourceGroups = new Set<string>();
  const addRg = (rg: string) => resourceGroups.add(lc(rg));

  const accepted: Record<string, string[]> = {};
  for (const [ns, v] of Object.entries(ARM_API_VERSIONS)) accepted[lc(ns)] = [v, ...(opts.apiVersions?.[ns as keyof typeof ARM_API_VERSIONS] ?? [])];

  const web = new WebProvider(sub, tenantId, location, ARM_API_VERSIONS['Microsoft.Web'], opts.listPageSize ?? 100, addRg, tls);
  await web.frontEnds.init();
  const acr = new RegistryProvider(sub, location, addRg);
  const aks = new ClusterProvider(sub, location, addRg);
  const aca = new AppProvider(sub, tenantId, location, ARM_API_VERSIONS['Microsoft.App'], addRg, tls);
  await aca.frontEnds.init();

  let baseUrl = '';

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Site front ends bind asynchronously: a host name handed out in an answer is always a bound one.
      Promise.all([web.frontEnds.settled(), aca.frontEnds.settled()])
        .then(() => handle(req, res, Buffer.concat(chunks)))
        .catch((e: unknown) => {
          if (!res.headersSent) send(res, { status: 500, body: E.armError('InternalServerError', `arm emulator: ${(e as Error).stack ?? String(e)}`) });
        });
    });
  });

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-ms-request-id': randomUUID(),
      'x-ms-correlation-request-id': randomUUID(),
      ...(reply.headers ?? {})
    };
    if (reply.raw) {
      headers['content-type'] = reply.raw.contentType;
      headers['content-length'] = String(Buffer.byteLength(reply.raw.data));
      res.writeHead(reply.status, headers);
      res.end(reply.raw.data);
      return;
    }
    if (reply.body === undefined) {
      headers['content-length'] = '0';
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(reply.status, headers);
    res.end(text);
  }

  function authenticate(header: string | undefined): Reply | undefined {
    const challenge = (desc: string) => ({
      'WWW-Authenticate': `Bearer authorization_uri="https://login.microsoftonline.com/${tenantId}", error="invalid_token", error_description="${desc}"`
    });
    if (!header) {
      const msg = "Authentication failed. The 'Authorization' header is missing.";
      return { status: 401, headers: challenge(msg), body: E.armError('AuthenticationFailed', msg) };
    }
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) {
      const msg = "Authentication failed. The 'Authorization' header is provided in an invalid format.";
      return { status: 401, headers: challenge(msg), body: E.armError('AuthenticationFailed', msg) };
    }
    const v = verifyJwt(m[1], opts.tokenKeys);
    if (!v.ok) {
      if (v.reason === 'expired') {
        let exp = '';
        try {
          const claims = JSON.parse(Buffer.from(m[1].split('.')[1], 'base64url').toString()) as { exp?: number };
          exp = new Date((claims.exp ?? 0) * 1000).toISOString();
        } catch {
          /* the signature was fine, so the payload parses */
        }
        const msg = `The access token expiry UTC time '${exp}' is earlier than current UTC time '${new Date().toISOString()}'.`;
        return { status: 401, headers: challenge(msg), body: E.armError('ExpiredAuthenticationToken', msg) };
      }
      const msg = 'The access token is invalid.';
      return { status: 401, headers: { ...challenge(msg), 'x-emulator-reason': v.reason }, body: E.armError('InvalidAuthenticationToken', msg) };
    }
    const aud = v.claims.aud;
    const auds = Array.isArray(aud) ? aud.map(String) : [String(aud)];
    const allowed = opts.audiences ?? ARM_AUDIENCES;
    if (!auds.some((a) => allowed.includes(a))) {
      const msg = `The access token has been obtained for wrong audience or resource '${auds.join(',')}'. It should exactly match with one of the allowed audiences ${allowed.map((a) => `'${a}'`).join(',')}.`;
      return { status: 401, headers: challenge(msg), body: E.armError('InvalidAuthenticationTokenAudience', msg) };
    }
    return undefined;
  }

  function faultReply(rule: FaultRule, method: string, path: string): Reply {
    const status = rule.status ?? 500;
    const headers: Record<string, string> = { ...(rule.headers ?? {}) };
    if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
    if (rule.body !== undefined) return { status, headers, body: rule.body };
    const isWeb = /\/providers\/microsoft\.web\//i.test(path);
    if (rule.code !== undefined || rule.message !== undefined) {
      const code = rule.code ?? 'Error';
      const message = rule.message ?? `Injected ${status}.`;
      return { status, headers, body: isWeb ? E.appServiceError(code, message) : E.armError(code, message) };
    }
    switch (status) {
      case 429:
        return { status, headers, body: E.throttled(sub, method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write', rule.retryAfter) };
      case 409: {
        if (!isWeb) return { status, headers, body: E.armError('Conflict', 'Another operation is in progress on this resource.') };
        const site = /\/sites\/([^/]+)/i.exec(path)?.[1] ?? '';
        const slot = /\/slots\/([^/]+)/i.exec(path)?.[1] ?? null;
        const rg = /\/resourceGroups\/([^/]+)/i.exec(path)?.[1] ?? '';
        return {
          status,
          headers,
          body: E.operationInProgress({
            id: randomUUID(),
            operation: 'SwapSiteSlots',
            created: new Date(),
            subscriptionId: sub,
            resourceGroup: rg,
            location,
            site,
            slot
          })
        };
      }
      case 503:
        return { status, headers, body: E.armError('ServiceUnavailable', 'The service is temporarily unavailable. Please retry the request.') };
      default:
        return { status, headers, body: E.armError(status >= 500 ? 'InternalServerError' : 'BadRequest', `Injected ${status}.`) };
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const apiVersion = url.searchParams.get('api-version');
    const rec: ArmRequestRecord = { method, path, apiVersion, status: 0, at: Date.now(), query: url.search };
    requests.push(rec);
    const reply = (r: Reply) => {
      rec.status = r.status;
      send(res, r);
    };

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
        rec.body = body;
      } catch (e) {
        rec.body = raw.toString('utf8');
        const denied = authenticate(req.headers.authorization);
        return reply(denied ?? { status: 400, body: E.invalidRequestContent((e as Error).message) });
      }
    }

    const denied = authenticate(req.headers.authorization);
    if (denied) return reply(denied);
    if (apiVersion === null || apiVersion === '') return reply({ status: 400, body: E.missingApiVersion() });

    const segs = path
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
    // /subscriptions/{sub}[/resourceGroups/{rg}]/providers/{ns}/...
    if (segs.length < 2 || lc(segs[0]) !== 'subscriptions')
      return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator has no route for ${method} ${path}.`) });
    if (lc(segs[1]) !== lc(sub)) return reply({ status: 404, body: E.subscriptionNotFound(segs[1]) });
    let i = 2;
    let rg: string | null = null;
    if (lc(segs[i] ?? '') === 'resourcegroups') {
      rg = segs[i + 1] ?? '';
      i += 2;
    }
    if (lc(segs[i] ?? '') !== 'providers' || segs[i + 1] === undefined)
      return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator has no route for ${method} ${path}.`) });
    const ns = segs[i + 1];
    const rest = segs.slice(i + 2);
    // The tags of a resource: the extension resource Microsoft.Resources/tags/default at its scope (Tags_GetAtScope, Tags_UpdateAtScope).
    const ext = rest.findIndex((s, k) => lc(s) === 'providers' && lc(rest[k + 1] ?? '') === 'microsoft.resources');
    if (ext >= 0) {
      if (lc(rest[ext + 2] ?? '') !== 'tags' || lc(rest[ext + 3] ?? '') !== 'default' || rest.length !== ext + 4)
        return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator has no route for ${method} ${path}.`) });
      if (!TAGS_API_VERSIONS.includes(apiVersion)) return reply({ status: 400, body: E.noRegisteredProvider(apiVersion, 'tags', TAGS_API_VERSIONS, location) });
      if (rg !== null && !resourceGroups.has(lc(rg))) return reply({ status: 404, body: E.resourceGroupNotFound(rg) });
      if (lc(ns) !== 'microsoft.web')
        return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator keeps tags only for Microsoft.Web sites and slots.`) });
      return reply(web.tags({ method, rest: rest.slice(0, ext), resourceGroup: rg, query: url.searchParams, body, baseUrl, apiVersion }));
    }
    const versions = accepted[lc(ns)];
    if (!versions) return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator does not serve the namespace ${ns}.`) });
    if (!versions.includes(apiVersion)) {
      if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion)) return reply({ status: 400, body: E.invalidApiVersion(apiVersion, versions) });
      return reply({ status: 400, body: E.noRegisteredProvider(apiVersion, rest[0] ?? '', versions, location) });
    }
    if (rg !== null && !resourceGroups.has(lc(rg))) return reply({ status: 404, body: E.resourceGroupNotFound(rg) });

    const rule = faults.find(
      (f) =>
        f.left > 0 &&
        (f.method === undefined || [f.method].flat().some((m) => m.toUpperCase() === method)) &&
        (typeof f.path === 'string' ? lc(path).includes(lc(f.path)) : f.path.test(path))
    );
    if (rule) {
      rule.left -= 1;
      if (rule.drop) {
        rec.status = 0;
        req.socket.destroy();
        return;
      }
      return reply(faultReply(rule, method, path));
    }

    const pr: ProviderRequest = { method, rest, resourceGroup: rg, query: url.searchParams, body, baseUrl, apiVersion };
    switch (lc(ns)) {
      case 'microsoft.web':
        return reply(web.handle(pr));
      case 'microsoft.containerregistry':
        return reply(acr.handle(pr));
      case 'microsoft.containerservice':
        return reply(aks.handle(pr));
      case 'microsoft.app':
        void aca
          .handle(pr)
          .then(reply, (e: unknown) => reply({ status: 500, body: E.armError('InternalServerError', `arm emulator: ${(e as Error).stack ?? String(e)}`) }));
        return;
    }
    return reply({ status: 400, body: E.armError('UnsupportedByEmulator', `The ARM emulator does not serve the namespace ${ns}.`) });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('arm emulator: no port');
  baseUrl = `https://127.0.0.1:${addr.port}`;

  const key = (rg: string, name: string) => `${lc(rg)}/${lc(name)}`;
  const state: ArmState = {
    apps: web.apps,
    plans: web.plans,
    registries: acr.registries,
    clusters: aks.clusters,
    containerApps: aca.apps,
    managedEnvironments: aca.environments,
    resourceGroups,
    app: (rg, name) => web.app(rg, name),
    site: (rg, name, slot) => web.site(rg, name, slot),
    plan: (rg, name) => web.plans[key(rg, name)],
    registry: (rg, name) => acr.registries[key(rg, name)],
    cluster: (rg, name) => aks.clusters[key(rg, name)],
    containerApp: (rg, name) => aca.app(rg, name),
    managedEnvironment: (rg, name) => aca.environments[key(rg, name)]
  };

  function containerAppOrThrow(rg: string, name: string): ContainerAppState {
    const a = aca.app(rg, name);
    if (!a) throw new Error(`arm emulator: no container app ${rg}/${name}`);
    return a;
  }

  function siteOrThrow(rg: string, name: string, slot?: string | null): SiteState {
    const s = web.site(rg, name, slot);
    if (!s) throw new Error(`arm emulator: no site ${rg}/${name}${slot ? `/slots/${slot}` : ''}`);
    return s;
  }

  return {
    url: baseUrl,
    requests,
    state,
    addFunctionApp: (spec) => web.addFunctionApp(spec),
    addPlan: (spec) => web.addPlan(spec),
    addRegistry: (spec) => acr.add(spec),
    addManagedCluster: (spec) => aks.add(spec),
    addResourceGroup: addRg,
    addManagedEnvironment: (spec) => aca.addEnvironment(spec),
    addContainerApp: (spec) => aca.addApp(spec),
    containerAppView: (rg, name) => aca.view(containerAppOrThrow(rg, name)),
    containerAppSystemLog: (rg, name) => aca.systemLog(containerAppOrThrow(rg, name)),
    resolveContainerAppHost: (fqdn) => aca.resolveHost(fqdn),
    fault: (rule) => {
      if (!rule.drop && rule.status === undefined) throw new Error('arm emulator: a fault needs a status or drop: true');
      faults.push({ ...rule, left: rule.times ?? 1 });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    setSwapBehaviour: (b) => web.setSwapBehaviour(b),
    setSlotCreateBehaviour: (b) => web.setSlotCreateBehaviour(b),
    setLinuxFxVersionPolicy: (p) => {
      web.linuxFxPolicy = { ...p };
    },
    setConfigWriteFailure: (f) => {
      const rgPart = f.resourceGroup ? `/resourceGroups/${escapeRe(f.resourceGroup)}` : '/resourceGroups/[^/]+';
      const slotPart = f.slot ? `/slots/${escapeRe(f.slot)}` : '';
      const re = new RegExp(`${rgPart}/providers/Microsoft\\.Web/sites/${escapeRe(f.name)}${slotPart}/config/web$`, 'i');
      faults.push({ path: re, method: ['PATCH', 'PUT'], status: f.status ?? 400, body: f.body ?? E.linuxFxVersionInvalid(), left: f.times ?? 1 });
    },
    requestsTo: (fragment, method) => requests.filter((r) => lc(r.path).includes(lc(fragment)) && (method === undefined || r.method === method.toUpperCase())),
    addImage: (ref, spec) => {
      web.runtime.addImage(ref, spec);
      aca.addImage(ref, spec);
    },
    setRegistryAccess: (host, access) => {
      web.runtime.setRegistryAccess(host, access);
      aca.setRegistryAccess(host, access);
    },
    container: (rg, name, slot) => web.runtime.view(siteOrThrow(rg, name, slot)),
    servingImage: (rg, name, slot) => {
      const s = siteOrThrow(rg, name, slot);
      return s.state === 'Stopped' ? null : (web.runtime.serving(s)?.image ?? null);
    },
    frontEndUrl: (rg, name, slot) => `https://${siteOrThrow(rg, name, slot).defaultHostName}`,
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), web.frontEnds.close(), aca.frontEnds.close()]);
    }
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
