/**
 * What happens after an App Service write, for the ARM emulator: each site (production) and each slot runs a
 * container. A recycle (image or pull fields changed, settings written, restart, start, swap, slot creation)
 * starts a new container attempt with the site's configuration at that moment: it pulls the image from the
 * registry with THAT site's own identity or credentials, starts, and answers the warm-up ping, or fails.
 * Until a new container is ready the old one keeps serving; a failed attempt leaves the old one serving.
 *
 * Time is lazy: an attempt's whole timeline (log lines, outcome) is computed when it starts, and every read
 * keeps what happened up to Date.now(). No timers, so tests stay fast and deterministic.
 *
 * Upstream facts this follows (checked with the search tool, 2026-12):
 *  - App Service keeps serving from the old container while the new one is pulled and started, and switches
 *    only once the new one answers: Azure/app-service-linux-docs Things_You_Should_Know/things_you_should_know.md.
 *  - Docker log wording, as users quoted it from App Service (MicrosoftDocs tutorials and public issues, 2020-2025):
 *    "Pulling image: <ref>", "Starting container for site", "docker run -d ... --name <site>_0_<8 hex> ...",
 *    "Initiating warmup request to container <name> for site <site>", "Container <name> for site <site> initialized
 *    successfully and is ready to serve requests.", "Container <name> for site <site> has exited, failing site start",
 *    "Container <name> didn't respond to HTTP pings on port: <port>, failing site start. See container logs for
 *    debugging.", "Stopping site <site> because it failed during startup." (older logs spell it "Stoping"), and for a
 *    failed pull "DockerApiException: Docker API responded with status code=…, response={…}", "Pulling image from
 *    Docker hub: …", "WARN  - Image pull failed. Defaulting to local copy if present.", "ERROR - Image pull failed:
 *    Verify docker image configuration and credentials (if using private repository)".
 *  - ACR's firewall refusal: "denied: client with IP '…' is not allowed access. Refer https://aka.ms/acr/firewall to
 *    grant access."; its auth refusal: "unauthorized: authentication required, visit https://aka.ms/acr/authorization
 *    for more information.".
 *  - WEBSITES_CONTAINER_START_TIME_LIMIT: seconds App Service waits for the warm-up ping (default 230, max 1800).
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import type { SiteState } from './arm-web.js';

// ---------------------------------------------------------------- public types

/** What the registry holds for a reference, as App Service's pull sees it. */
export interface ImageSpec {
  /** Names the Functions host indexes from the image (default ['HttpTrigger']). */
  functions?: string[];
  /** Seconds the pull takes (default 0.1). */
  pullSeconds?: number;
  /** Seconds from the pull's end to "ready to serve" (default 0.3). */
  startSeconds?: number;
  /** ok: starts; crash: the container exits; no-ping: never answers the warm-up ping (fails after WEBSITES_CONTAINER_START_TIME_LIMIT). */
  behaviour?: 'ok' | 'crash' | 'no-ping';
  /** HTTP path → status the container answers (default { '/': 200, '/api/health': 200 }; other paths 404). */
  routes?: Record<string, number>;
  /** The manifest digest a tag resolves to (default: the reference's own digest, or a hash of the reference). */
  digest?: string;
}

/** Who may pull from a registry host. Without an entry for a host, pulls from it are anonymous and succeed. */
export interface RegistryAccess {
  /** Principal (object) ids that hold AcrPull on the registry. */
  pullPrincipals?: string[];
  /** Username/password pairs the registry accepts (ACR admin user, tokens). */
  credentials?: Array<{ username: string; password: string }>;
  /** Public network access disabled: only pulls over a VNet-integrated site's VNet get through. */
  vnetOnly?: boolean;
}

export type AttemptOutcome = 'ready' | 'pull-failed' | 'crashed' | 'no-ping';
export type AttemptStatus = 'pending' | 'superseded' | AttemptOutcome;

export interface LogLine {
  at: number;
  level: 'INFO' | 'WARN' | 'ERROR';
  message: string;
}

/** One container start. Plain data (the site state is structured-cloned on slot PUT for revert). */
export interface ContainerAttempt {
  seq: number;
  /** Container name, `<site>_0_<8 hex>`. */
  name: string;
  /** The image reference pulled (linuxFxVersion without `DOCKER|`). */
  image: string;
  /** Why it started: 'config', 'appsettings', 'restart', 'swap', 'slot-create', 'seed', … */
  reason: string;
  startedAt: number;
  /** When the outcome is reached (ready, or the failure). */
  endsAt: number;
  outcome: AttemptOutcome;
  /** The failure's main log line (pull error, exit, ping timeout). */
  error?: string;
  /** A later attempt (or a stop) cut this one at this time. */
  supersededAt?: number;
  events: LogLine[];
  /** Resolved at start; absent for seeds (looked up in the catalog on read, else defaults). */
  functions?: string[];
  routes?: Record<string, number>;
  digest?: string;
}

export interface ContainerState {
  attempts: ContainerAttempt[];
  /** Attempts ready before this time no longer serve (the site was stopped then). */
  floor: number;
  /** Function names recorded by the last syncfunctiontriggers; null: never synced (the seeded container's list). */
  synced: string[] | null;
}

export interface ServingContainer {
  image: string;
  digest: string;
  name: string;
  /** When it became ready. */
  since: number;
  functions: string[];
  routes: Record<string, number>;
}

/** A site's container state at one instant, for assertions. */
export interface ContainerView {
  /** The container that answers requests now, or null (503 "Application Error"). */
  serving: ServingContainer | null;
  attempts: Array<{ seq: number; image: string; name: string; reason: string; startedAt: number; endsAt: number; status: AttemptStatus; error?: string }>;
  /** The docker log as getWebSiteContainerLogs returns it (all lines so far). */
  log: string[];
  /** Functions listFunctions returns now (as of the last sync). */
  functions: string[];
}

/** How a seed's container starts (default: ready, running the seeded linuxFxVersion image whatever the catalog holds). */
export interface SeedContainer {
  /** false: nothing serves yet (a new, never-started app). Default true when linuxFxVersion names an image. */
  serving?: boolean;
  /** Override what the seeded container indexes and answers (default: the catalog's spec for its image, else defaults). */
  functions?: string[];
  routes?: Record<string, number>;
}

// ---------------------------------------------------------------- references

export interface ImageRef {
  /** Registry host as written (`myacr.azurecr.io`, `127.0.0.1:5000`, `docker.io`). */
  host: string;
  repo: string;
  tag?: string;
  digest?: string;
  /** Tag or digest: what `/v2/<repo>/manifests/<reference>` names. */
  reference: string;
}

export function parseImageRef(ref: string): ImageRef {
  let name = ref;
  let digest: string | undefined;
  let tag: string | undefined;
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const first = name.split('/')[0];
  const hasHost = name.includes('/') && (/[.:]/.test(first) || first === 'localhost');
  const host = hasHost ? first : 'docker.io';
  const repo = hasHost ? name.slice(first.length + 1) : name.includes('/') ? name : `library/${name}`;
  return { host, repo, tag, digest, reference: digest ?? tag ?? 'latest' };
}

/** The image a linuxFxVersion runs: `DOCKER|<ref>` → ref; anything else (code stacks, empty) → undefined. */
export function imageOf(linuxFxVersion: unknown): string | undefined {
  if (typeof linuxFxVersion !== 'string') return undefined;
  const m = /^docker\|(.+)$/i.exec(linuxFxVersion.trim());
  return m ? m[1].trim() : undefined;
}

const DEFAULT_FUNCTIONS = ['HttpTrigger'];
const DEFAULT_ROUTES: Record<string, number> = { '/': 200, '/api/health': 200 };
/** App Service's default WEBSITES_CONTAINER_START_TIME_LIMIT (seconds) and its maximum. */
const START_LIMIT_DEFAULT = 230;
const START_LIMIT_MAX = 1800;
/** The outbound address ACR sees for a site that does not pull over a VNet. */
const SITE_OUTBOUND_IP = '20.105.232.17';

const lc = (s: string) => s.toLowerCase();

// ---------------------------------------------------------------- the runtime

export class ContainerRuntime {
  private readonly catalog: Array<{ ref: string | RegExp; spec: ImageSpec }> = [];
  private readonly access = new Map<string, RegistryAccess>();

  addImage(ref: string | RegExp, spec: ImageSpec = {}): void {
    this.catalog.push({ ref, spec: { ...spec } });
  }

  setRegistryAccess(host: string, access: RegistryAccess | undefined): void {
    if (access === undefined) this.access.delete(lc(host));
    else this.access.set(lc(host), { ...access });
  }

  /** The catalog's spec for a reference (the last added match wins), or undefined: "manifest unknown". */
  lookup(ref: string): ImageSpec | undefined {
    for (let i = this.catalog.length - 1; i >= 0; i--) {
      const c = this.catalog[i];
      if (typeof c.ref === 'string' ? lc(c.ref) === lc(ref) : c.ref.test(ref)) return c.spec;
    }
    return undefined;
  }

  newState(): ContainerState {
    return { attempts: [], floor: 0, synced: null };
  }

  /** A seed's container: ready (already running) a little before now, unless `serving: false` or no image. */
  seed(site: SiteState, over: SeedContainer = {}, now = Date.now()): void {
    const image = imageOf(site.siteConfig.linuxFxVersion);
    if (image === undefined || over.serving === false) return;
    const name = containerName(site);
    const siteName = siteNameOf(site);
    const t0 = now - 60_000;
    const ready = now - 30_000;
    const events: LogLine[] = [
      { at: t0, level: 'INFO', message: 'Starting container for site' },
      { at: t0 + 1, level: 'INFO', message: dockerRun(site, name, image) },
      { at: t0 + 2, level: 'INFO', message: `Initiating warmup request to container ${name} for site ${siteName}` },
      { at: ready, level: 'INFO', message: `Container ${name} for site ${siteName} initialized successfully and is ready to serve requests.` }
    ];
    site.container.attempts.push({
      seq: site.container.attempts.length + 1,
      name,
      image,
      reason: 'seed',
      startedAt: t0,
      endsAt: ready,
      outcome: 'ready',
      events,
      ...(over.functions ? { functions: [...over.functions] } : {}),
      ...(over.routes ? { routes: { ...over.routes } } : {})
    });
  }

  /** A recycle: a new container attempt with the site's configuration now. Pending attempts are superseded. */
  start(site: SiteState, reason: string, now = Date.now()): ContainerAttempt | undefined {
    const image = imageOf(site.siteConfig.linuxFxVersion);
    const c = site.container;
    for (const a of c.attempts) if (a.supersededAt === undefined && a.endsAt > now) a.supersededAt = now;
    if (image === undefined) return undefined;
    const name = containerName(site);
    const siteName = siteNameOf(site);
    const ref = parseImageRef(image);
    const events: LogLine[] = [];
    let t = now - 1;
    const log = (at: number, level: LogLine['level'], message: string) => {
      t = Math.max(at, t + 1);
      events.push({ at: t, level, message });
    };
    const spec = this.lookup(image);
    const pullMs = Math.max(1, Math.round((spec?.pullSeconds ?? 0.1) * 1000));
    const startMs = Math.max(1, Math.round((spec?.startSeconds ?? 0.3) * 1000));
    const attempt: ContainerAttempt = { seq: c.attempts.length + 1, name, image, reason, startedAt: now, endsAt: now, outcome: 'ready', events };

    log(now, 'INFO', `Pulling image: ${image}`);
    const refused = this.pullRefusal(site, ref, image, spec);
    if (refused) {
      const tf = now + pullMs;
      const apiError = `DockerApiException: Docker API responded with status code=${refused.status}, response=${JSON.stringify({ message: refused.message })}`;
      log(tf, 'ERROR', apiError);
      log(tf, 'ERROR', `Pulling docker image ${image} failed:`);
      log(tf, 'INFO', `Pulling image from Docker hub: ${image}`);
      log(tf, 'ERROR', apiError);
      log(tf, 'WARN', 'Image pull failed. Defaulting to local copy if present.');
      log(tf, 'ERROR', 'Image pull failed: Verify docker image configuration and credentials (if using private repository)');
      log(tf, 'INFO', `Stopping site ${siteName} because it failed during startup.`);
      attempt.outcome = 'pull-failed';
      attempt.error = apiError;
      attempt.endsAt = tf;
      c.attempts.push(attempt);
      return attempt;
    }
    const s = spec ?? {};
    const digest = s.digest ?? ref.digest ?? `sha256:${createHash('sha256').update(image).digest('hex')}`;
    log(now, 'INFO', `${ref.reference} Pulling from ${ref.repo}`);
    const tp = now + pullMs;
    log(tp, 'INFO', `Digest: ${digest}`);
    log(tp, 'INFO', `Status: Downloaded newer image for ${image}`);
    const secs = Math.round(pullMs / 1000);
    log(tp, 'INFO', `Pull Image successful, Time taken: ${Math.floor(secs / 60)} Minutes and ${secs % 60} Seconds`);
    log(tp, 'INFO', 'Starting container for site');
    log(tp, 'INFO', dockerRun(site, name, image));
    log(tp, 'INFO', `Initiating warmup request to container ${name} for site ${siteName}`);
    attempt.digest = digest;
    attempt.functions = [...(s.functions ?? DEFAULT_FUNCTIONS)];
    attempt.routes = { ...(s.routes ?? DEFAULT_ROUTES) };
    const behaviour = s.behaviour ?? 'ok';
    if (behaviour === 'ok') {
      log(tp + startMs, 'INFO', `Container ${name} for site ${siteName} initialized successfully and is ready to serve requests.`);
      attempt.outcome = 'ready';
    } else if (behaviour === 'crash') {
      const exited = `Container ${name} for site ${siteName} has exited, failing site start`;
      log(tp + startMs, 'ERROR', exited);
      log(tp + startMs, 'ERROR', `Container ${name} didn't respond to HTTP pings on port: 80, failing site start. See container logs for debugging.`);
      log(tp + startMs, 'INFO', `Stopping site ${siteName} because it failed during startup.`);
      attempt.outcome = 'crashed';
      attempt.error = exited;
    } else {
      const limit = startLimitSeconds(site.appSettings.WEBSITES_CONTAINER_START_TIME_LIMIT);
      const noPing = `Container ${name} didn't respond to HTTP pings on port: 80, failing site start. See container logs for debugging.`;
      const tw = tp + limit * 1000;
      if (limit > 15) log(tp + 15_000, 'INFO', `Waiting for response to warmup request for container ${name}. Elapsed time = 15.0 sec`);
      log(tw, 'ERROR', noPing);
      log(tw, 'INFO', `Stopping site ${siteName} because it failed during startup.`);
      attempt.outcome = 'no-ping';
      attempt.error = noPing;
    }
    attempt.endsAt = t;
    c.attempts.push(attempt);
    return attempt;
  }

  /** The site was stopped: nothing serves until the next start; pending attempts end. */
  stop(site: SiteState, now = Date.now()): void {
    for (const a of site.container.attempts) if (a.supersededAt === undefined && a.endsAt > now) a.supersededAt = now;
    site.container.floor = now;
  }

  status(a: ContainerAttempt, now = Date.now()): AttemptStatus {
    if (a.supersededAt !== undefined && a.supersededAt < a.endsAt && now >= a.supersededAt) return 'superseded';
    if (now < a.endsAt) return 'pending';
    return a.outcome;
  }

  serving(site: SiteState, now = Date.now()): ServingContainer | null {
    const c = site.container;
    for (let i = c.attempts.length - 1; i >= 0; i--) {
      const a = c.attempts[i];
      if (a.outcome !== 'ready' || a.endsAt > now || a.endsAt < c.floor) continue;
      if (a.supersededAt !== undefined && a.supersededAt < a.endsAt) continue;
      const spec = this.lookup(a.image);
      return {
        image: a.image,
        digest: a.digest ?? spec?.digest ?? parseImageRef(a.image).digest ?? `sha256:${createHash('sha256').update(a.image).digest('hex')}`,
        name: a.name,
        since: a.endsAt,
        functions: [...(a.functions ?? spec?.functions ?? DEFAULT_FUNCTIONS)],
        routes: { ...(a.routes ?? spec?.routes ?? DEFAULT_ROUTES) }
      };
    }
    return null;
  }

  logLines(site: SiteState, now = Date.now()): LogLine[] {
    const lines: LogLine[] = [];
    for (const a of site.container.attempts) {
      for (const e of a.events) if (e.at <= now && (a.supersededAt === undefined || e.at <= a.supersededAt)) lines.push(e);
    }
    return lines.sort((x, y) => x.at - y.at);
  }

  /** The docker log text: last `tail` lines, `<ISO time> <LEVEL> - <message>`. */
  logText(site: SiteState, now = Date.now(), tail = 200): string {
    const lines = this.logLines(site, now).slice(-tail);
    return lines.map((l) => `${new Date(l.at).toISOString()} ${l.level.padEnd(5)} - ${l.message}`).join('\n') + (lines.length ? '\n' : '');
  }

  /** syncfunctiontriggers: record what the serving container indexes. false when nothing serves. */
  sync(site: SiteState, now = Date.now()): boolean {
    const s = this.serving(site, now);
    if (!s) return false;
    site.container.synced = [...s.functions];
    return true;
  }

  /** What listFunctions returns: the last sync, or (never synced) what the seeded container indexes. */
  indexed(site: SiteState): string[] {
    if (site.container.synced) return [...site.container.synced];
    const seed = site.container.attempts.find((a) => a.reason === 'seed');
    if (!seed) return [];
    return [...(seed.functions ?? this.lookup(seed.image)?.functions ?? DEFAULT_FUNCTIONS)];
  }

  view(site: SiteState, now = Date.now()): ContainerView {
    return {
      serving: this.serving(site, now),
      attempts: site.container.attempts.map((a) => ({
        seq: a.seq,
        image: a.image,
        name: a.name,
        reason: a.reason,
        startedAt: a.startedAt,
        endsAt: a.endsAt,
        status: this.status(a, now),
        ...(a.error ? { error: a.error } : {})
      })),
      log: this.logText(site, now).split('\n').filter(Boolean),
      functions: this.indexed(site)
    };
  }

  /** Why the pull fails, in the order a registry checks: network, authentication/authorization, manifest. */
  private pullRefusal(site: SiteState, ref: ImageRef, image: string, spec: ImageSpec | undefined): { status: string; message: string } | undefined {
    const head = `Head "https://${ref.host}/v2/${ref.repo}/manifests/${ref.reference}"`;
    const access = this.access.get(lc(ref.host));
    if (access) {
      if (access.vnetOnly && !pullsOverVnet(site)) {
        return {
          status: 'InternalServerError',
          message: `${head}: denied: client with IP '${SITE_OUTBOUND_IP}' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.`
        };
      }
      if (!this.authorized(site, access)) {
        return {
          status: 'InternalServerError',
          message: `${head}: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.`
        };
      }
    }
    if (!spec) return { status: 'NotFound', message: `manifest for ${image} not found: manifest unknown: manifest unknown` };
    return undefined;
  }

  private authorized(site: SiteState, access: RegistryAccess): boolean {
    const cfg = site.siteConfig;
    if (cfg.acrUseManagedIdentityCreds === true) {
      const clientId = typeof cfg.acrUserManagedIdentityID === 'string' ? cfg.acrUserManagedIdentityID.trim() : '';
      let principal: string | undefined;
      if (clientId !== '') {
        // The CLIENT id of a user-assigned identity attached to THIS site or slot.
        const ua = Object.values(site.identity?.userAssigned ?? {}).find((u) => lc(u.clientId) === lc(clientId));
        principal = ua?.principalId;
      } else {
        principal = site.identity?.systemAssigned?.principalId;
      }
      return principal !== undefined && (access.pullPrincipals ?? []).some((p) => lc(p) === lc(principal));
    }
    const user = site.appSettings.DOCKER_REGISTRY_SERVER_USERNAME;
    const pass = site.appSettings.DOCKER_REGISTRY_SERVER_PASSWORD;
    if (!user || !pass) return false;
    return (access.credentials ?? []).some((c) => c.username === user && c.password === pass);
  }
}

/** VNet integration AND image pull routed over it (outboundVnetRouting, the older vnetImagePullEnabled, or the app setting). */
function pullsOverVnet(site: SiteState): boolean {
  if (!site.virtualNetworkSubnetId) return false;
  const r = site.outboundVnetRouting ?? {};
  if (r.imagePullTraffic === true || r.allTraffic === true) return true;
  if (site.vnetImagePullEnabled === true) return true;
  return lc(site.appSettings.WEBSITE_PULL_IMAGE_OVER_VNET ?? '') === 'true';
}

function startLimitSeconds(v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n <= 0) return START_LIMIT_DEFAULT;
  return Math.min(n, START_LIMIT_MAX);
}

/** The site name App Service logs: the app, or `<app>__<slot>` for a slot. */
export function siteNameOf(site: SiteState): string {
  return lc(site.slot === null ? site.app : `${site.app}__${site.slot}`);
}

function containerName(site: SiteState): string {
  return `${siteNameOf(site)}_0_${randomBytes(4).toString('hex')}`;
}

/** The docker run line. App-setting NAMES only (`-e NAME`): values never reach the log. */
function dockerRun(site: SiteState, name: string, image: string): string {
  const env = [
    `-e WEBSITE_SITE_NAME=${site.app}`,
    '-e WEBSITE_AUTH_ENABLED=False',
    '-e WEBSITE_ROLE_INSTANCE_ID=0',
    `-e WEBSITE_HOSTNAME=${site.defaultHostName}`,
    `-e WEBSITE_SLOT_NAME=${site.slot ?? 'Production'}`,
    ...Object.keys(site.appSettings).map((k) => `-e ${k}`)
  ];
  return `docker run -d --expose=80 --name ${name} ${env.join(' ')} ${image}`;
}

// ---------------------------------------------------------------- front ends

interface Listener {
  server: Server;
  port: number;
  /** The site (by resource id) this listener fronts; null while pooled. */
  siteId: string | null;
}

export interface FrontAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/**
 * One HTTPS listener per site/slot on 127.0.0.1 (the test CA), so `https://<defaultHostName><path>` reaches the
 * container that serves that site. Listeners bind asynchronously, so a small pool is bound ahead: seeding stays
 * synchronous. When the pool is empty, the site gets its host name once its listener is bound (`settled()`).
 */
export class FrontEnds {
  private readonly pool: Listener[] = [];
  private readonly inUse = new Map<number, Listener>();
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly tls: { key: string; cert: string },
    private readonly answer: (siteId: string, req: IncomingMessage) => FrontAnswer,
    private readonly poolSize = 4
  ) {}

  async init(): Promise<void> {
    while (this.pool.length < this.poolSize) this.pool.push(await this.bind());
  }

  /** A listener for the site: `onPort` runs now when the pool has one, else once bound. */
  assign(siteId: string, onPort: (port: number) => void): void {
    const l = this.pool.shift();
    if (l) {
      this.use(l, siteId, onPort);
      this.refill();
      return;
    }
    this.track(this.bind().then((nl) => this.use(nl, siteId, onPort)));
  }

  release(port: number | undefined): void {
    if (port === undefined) return;
    const l = this.inUse.get(port);
    if (!l) return;
    this.inUse.delete(port);
    closeServer(l.server);
  }

  /** Resolves when every pending bind is done (ARM awaits this before each request). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.settled().catch(() => undefined);
    const all = [...this.pool, ...this.inUse.values()];
    this.pool.length = 0;
    this.inUse.clear();
    await Promise.all(all.map((l) => closeServer(l.server)));
  }

  private use(l: Listener, siteId: string, onPort: (port: number) => void): void {
    if (this.closed) {
      void closeServer(l.server);
      return;
    }
    l.siteId = siteId;
    this.inUse.set(l.port, l);
    onPort(l.port);
  }

  private refill(): void {
    if (this.closed) return;
    this.track(
      this.bind().then((l) => {
        if (this.closed) void closeServer(l.server);
        else this.pool.push(l);
      })
    );
  }

  private track(p: Promise<unknown>): void {
    const t = p.catch(() => undefined).finally(() => this.pending.delete(t));
    this.pending.add(t);
  }

  private bind(): Promise<Listener> {
    const holder: { l?: Listener } = {};
    const server = createServer({ key: this.tls.key, cert: this.tls.cert }, (req, res) => {
      req.resume();
      req.on('end', () => this.respond(holder.l?.siteId ?? null, req, res));
    });
    return new Promise<Listener>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        holder.l = { server, port: (server.address() as AddressInfo).port, siteId: null };
        resolve(holder.l);
      });
    });
  }

  private respond(siteId: string | null, req: IncomingMessage, res: ServerResponse): void {
    let a: FrontAnswer;
    try {
      a = siteId === null ? { status: 404, body: 'No site behind this listener.' } : this.answer(siteId, req);
    } catch (e) {
      a = { status: 500, body: `front end emulator: ${String(e)}` };
    }
    res.writeHead(a.status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(a.body)), ...(a.headers ?? {}) });
    res.end(req.method === 'HEAD' ? undefined : a.body);
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
