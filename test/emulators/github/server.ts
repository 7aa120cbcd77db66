/**
 * GitHub REST API emulator on loopback HTTP: the parts the action uses (Deployments, deployment
 * statuses, issue comments, pull requests: pulls.ts). The action reaches it through GITHUB_API_URL. It enforces what
 * GitHub enforces for these endpoints: a token, per-resource permissions of the GITHUB_TOKEN
 * (403 "Resource not accessible by integration"), required fields and enums (422), the
 * 140-character status description, commit-status checks when required_contexts is omitted
 * (409), Link-header pagination with per_page ≤ 100, newest-first deployments and statuses,
 * oldest-first comments, and auto_inactive on success statuses.
 *
 * Artifact attestations (REST "repos/attestations", "orgs/attestations"): POST stores a Sigstore
 * bundle whose DSSE payload is an in-toto statement (attestations: write, else 403; malformed →
 * 422); GET by `sha256:<hex>` subject digest lists them newest first with `bundle`,
 * `repository_id` and `bundle_url`, filtered by predicate_type, cursor-paginated (per_page ≤ 100,
 * before/after, Link header), and answers 404 when none match — what api.github.com answers
 * (e.g. `gh attestation verify` reports "HTTP 404: Not Found" for a digest without attestations).
 *
 * Imports nothing from src/: it stands in for the service, not for the product.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { PullRequests, repository, type PullRequest, type PullRequestSeed } from './pulls.js';

export type Access = 'write' | 'read' | 'none';
/** GITHUB_TOKEN permission scopes this emulator checks. Issue comments on a PR need pull-requests. */
export type Resource = 'deployments' | 'pull-requests' | 'attestations';

export interface LoggedRequest {
  method: string;
  /** Path without the query string, e.g. /repos/o/r/deployments/1/statuses */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The token presented (for asserting which credential was used). */
  token?: string;
}

export interface Deployment {
  id: number;
  node_id: string;
  url: string;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  statuses_url: string;
  repository_url: string;
  transient_environment: boolean;
  production_environment: boolean;
}

export interface DeploymentStatus {
  id: number;
  node_id: string;
  url: string;
  state: string;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  updated_at: string;
  deployment_url: string;
  repository_url: string;
  creator: { login: string; id: number; type: string };
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface StoredAttestation {
  id: number;
  owner: string;
  repo: string;
  repository_id: number;
  bundle: Record<string, unknown>;
  /** `sha256:<hex>` of every subject of the statement. */
  subjectDigests: string[];
  predicateType: string;
  created_at: string;
}

/** Bundle media types GitHub accepts (sigstore bundle v0.1–v0.3, and v0.3's legacy spelling). */
export const BUNDLE_MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json'
];

export interface GitHubEmulatorOptions {
  /** Tokens accepted; default ['ghs_emulatorToken']. */
  tokens?: string[];
  /** Per resource: default write for all. */
  permissions?: Partial<Record<Resource, Access>>;
  /** Commit-status checks of every ref are still pending: omitting required_contexts → 409. Default true. */
  pendingChecks?: boolean;
  /** The login comments and deployments are created as. */
  actor?: { login: string; id: number; type: string };
}

const DEPLOYMENT_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
const DOCS = 'https://docs.github.com/rest';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.message));
  }
}

const notFound = () => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
const invalid = (message: string, errors: unknown[] = []) => new HttpError(422, { message, errors, documentation_url: DOCS, status: '422' });

export class GitHubEmulator {
  readonly requests: LoggedRequest[] = [];
  readonly deployments = new Map<string, Deployment[]>();
  readonly statuses = new Map<number, DeploymentStatus[]>();
  readonly comments = new Map<string, IssueComment[]>();
  /** Every stored attestation, oldest first. */
  readonly attestations: StoredAttestation[] = [];
  private readonly repoIds = new Map<string, number>();
  /** Pull requests (pulls.ts): seeded with seedPullRequest, read with GET …/pulls/{n}. */
  readonly pulls = new PullRequests();
  tokens: Set<string>;
  permissions: Record<Resource, Access>;
  private readonly initialPermissions: Record<Resource, Access>;
  pendingChecks: boolean;
  actor: { login: string; id: number; type: string };
  private server?: Server;
  private nextId = 1000;
  private clock = Date.UTC(2025, 0, 1);
  private failures: Array<{ status: number; match?: RegExp; headers?: Record<string, string> }> = [];
  private base = '';

  constructor(o: GitHubEmulatorOptions = {}) {
    this.tokens = new Set(o.tokens ?? ['ghs_emulatorToken']);
    this.initialPermissions = { deployments: 'write', 'pull-requests': 'write', attestations: 'write', ...o.permissions };
    this.permissions = { ...this.initialPermissions };
    this.pendingChecks = o.pendingChecks ?? true;
    this.actor = o.actor ?? { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
  }

  /** Base URL for GITHUB_API_URL, e.g. http://127.0.0.1:40123 */
  get url(): string {
    return this.base;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = undefined;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Permission switch: what the GITHUB_TOKEN may do with a resource. */
  setPermission(resource: Resource, access: Access): void {
    this.permissions[resource] = access;
  }

  /** The next matching request (method + path, e.g. /^POST .*\/comments$/) answers `status` once. */
  failNext(status: number, match?: RegExp, headers?: Record<string, string>): void {
    this.failures.push({ status, match, headers });
  }

  /** Comments by other users (or by the actor), e.g. to make the PR's comments span pages. */
  seedComments(owner: string, repo: string, issue: number, bodies: string[], user = { login: 'octocat', id: 1, type: 'User' }): IssueComment[] {
    return bodies.map((body) => this.addComment(owner, repo, issue, body, user));
  }

  /** A pull request GET …/pulls/{n} answers (open, closed, or closed and merged). */
  seedPullRequest(owner: string, repo: string, p: PullRequestSeed): PullRequest {
    return this.pulls.seed(owner, repo, p, this.base, this.now());
  }

  commentsOf(owner: string, repo: string, issue: number): IssueComment[] {
    return this.comments.get(`${owner}/${repo}#${issue}`) ?? [];
  }

  deploymentsOf(owner: string, repo: string): Deployment[] {
    return this.deployments.get(`${owner}/${repo}`) ?? [];
  }

  /** Statuses of a deployment, oldest first (the API lists newest first). */
  statusesOf(id: number): DeploymentStatus[] {
    return this.statuses.get(id) ?? [];
  }

  /**
   * Stores an attestation as POST /repos/{owner}/{repo}/attestations would (same validation; throws on a bad bundle).
   * `listedUnder`: also answer it for this digest, which its statement does not name — what a wrong
   * or compromised index (or a man in the middle) would serve; GitHub itself lists by the statement's subjects.
   */
  seedAttestation(owner: string, repo: string, bundle: unknown, listedUnder?: string): StoredAttestation {
    const a = this.storeAttestation(owner, repo, { bundle });
    if (listedUnder) a.subjectDigests.push(listedUnder);
    return a;
  }

  /** The attestations of a repository, oldest first. */
  attestationsOf(owner: string, repo: string): StoredAttestation[] {
    return this.attestations.filter((a) => a.owner.toLowerCase() === owner.toLowerCase() && a.repo.toLowerCase() === repo.toLowerCase());
  }

  /** The numeric id GitHub would give the repository (stable for the emulator's lifetime; the first one is 800000001, the GitHub OIDC emulator's default repository_id). */
  repositoryId(owner: string, repo: string): number {
    const key = `${owner}/${repo}`.toLowerCase();
    let id = this.repoIds.get(key);
    if (id === undefined) {
      id = 800000001 + this.repoIds.size;
      this.repoIds.set(key, id);
    }
    return id;
  }

  /** "METHOD /path" of every request, in order: for asserting call order. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  /** Forgets every request and record, and gives the token back the permissions it started with. */
  reset(): void {
    this.permissions = { ...this.initialPermissions };
    this.requests.length = 0;
    this.deployments.clear();
    this.statuses.clear();
    this.comments.clear();
    this.attestations.length = 0;
    this.pulls.clear();
    this.failures = [];
  }

  // --- HTTP ---------------------------------------------------------------------------------

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', this.base);
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(u.searchParams);
    const raw = await new Promise<string>((resolve) => {
      let s = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (s += c));
      req.on('end', () => resolve(s));
    });
    const entry: LoggedRequest = { method, path: u.pathname, query, body: undefined, status: 0 };
    this.requests.push(entry);
    let status = 200;
    let payload: unknown;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json' };
    try {
      // bundle_url stands for a pre-signed storage URL: no token needed.
      if (!u.pathname.startsWith('/_emulator/')) entry.token = this.authenticate(req);
      if (raw) {
        try {
          entry.body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
        }
      }
      const failure = this.failures.findIndex((f) => !f.match || f.match.test(`${method} ${u.pathname}`));
      if (failure >= 0) {
        const [f] = this.failures.splice(failure, 1);
        Object.assign(headers, f.headers);
        throw new HttpError(f.status, { message: f.status === 403 ? 'You have exceeded a secondary rate limit.' : 'Server Error', status: String(f.status) });
      }
      const out = this.route(method, u, query, entry.body, headers);
      status = out.status;
      payload = out.body;
    } catch (err) {
      if (!(err instanceof HttpError)) {
        status = 500;
        payload = { message: `emulator: ${(err as Error).message}` };
      } else {
        status = err.status;
        payload = err.body;
      }
    }
    entry.status = status;
    res.writeHead(status, headers);
    res.end(status === 204 ? undefined : JSON.stringify(payload));
  }

  private authenticate(req: IncomingMessage): string {
    const h = req.headers.authorization;
    if (!h) throw new HttpError(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(h);
    if (!m || !this.tokens.has(m[1])) throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    return m[1];
  }

  private allow(resource: Resource, need: 'read' | 'write', doc: string): void {
    const has = this.permissions[resource];
    if (has === 'write' || (need === 'read' && has === 'read')) return;
    throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/${doc}`, status: '403' });
  }

  private route(method: string, u: URL, query: Record<string, string>, body: unknown, headers: Record<string, string>): { status: number; body: unknown } {
    const p = u.pathname.replace(/\/+$/, '');
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(p))) {
      const [, owner, repo] = m;
      if (method === 'POST') {
        this.allow('deployments', 'write', 'deployments/deployments#create-a-deployment');
        const created = this.createDeployment(owner, repo, obj(body));
        return { status: 'id' in created ? 201 : 202, body: created };
      }
      if (method === 'GET') {
        this.allow('deployments', 'read', 'deployments/deployments#list-deployments');
        const list = this.deploymentsOf(owner, repo)
          .filter((d) => (query.sha ? d.sha === query.sha : true))
          .filter((d) => (query.ref ? d.ref === query.ref : true))
          .filter((d) => (query.task ? d.task === query.task : true))
          .filter((d) => (query.environment ? d.environment === query.environment : true))
          .slice()
          .reverse();
        return { status: 200, body: this.page(list, u, query, headers) };
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)$/.exec(p)) && method === 'GET') {
      this.allow('deployments', 'read', 'deployments/deployments#get-a-deployment');
      return { status: 200, body: this.findDeployment(m[1], m[2], Number(m[3])) };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(p))) {
      const [, owner, repo, id] = m;
      if (method === 'POST') {
        this.allow('deployments', 'write', 'deployments/statuses#create-a-deployment-status');
        return { status: 201, body: this.createStatus(owner, repo, Number(id), obj(body)) };
      }
      if (method === 'GET') {
        this.allow('deployments', 'read', 'deployments/statuses#list-deployment-statuses');
        this.findDeployment(owner, repo, Number(id));
        return { status: 200, body: this.page(this.statusesOf(Number(id)).slice().reverse(), u, query, headers) };
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(p)) && method === 'GET') return { status: 200, body: repository(m[1], m[2], this.base) };
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(p)) && method === 'GET') {
      this.allow('pull-requests', 'read', 'pulls/pulls#get-a-pull-request');
      const pr = this.pulls.get(m[1], m[2], Number(m[3]));
      if (!pr) throw notFound();
      return { status: 200, body: pr };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(p))) {
      const [, owner, repo, n] = m;
      if (method === 'GET') {
        this.allow('pull-requests', 'read', 'issues/comments#list-issue-comments');
        return { status: 200, body: this.page(this.commentsOf(owner, repo, Number(n)), u, query, headers) };
      }
      if (method === 'POST') {
        this.allow('pull-requests', 'write', 'issues/comments#create-an-issue-comment');
        const text = commentBody(body);
        return { status: 201, body: this.addComment(owner, repo, Number(n), text, this.actor) };
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(p))) {
      const [, owner, repo, id] = m;
      const comment = [...this.comments.entries()]
        .filter(([k]) => k.startsWith(`${owner}/${repo}#`))
        .flatMap(([, v]) => v)
        .find((c) => c.id === Number(id));
      if (method === 'GET') {
        this.allow('pull-requests', 'read', 'issues/comments#get-an-issue-comment');
        if (!comment) throw notFound();
        return { status: 200, body: comment };
      }
      if (method === 'PATCH') {
        this.allow('pull-requests', 'write', 'issues/comments#update-an-issue-comment');
        if (!comment) throw notFound();
        // GitHub lets an integration edit only its own comments.
        if (comment.user.login !== this.actor.login)
          throw new HttpError(403, {
            message: 'Resource not accessible by integration',
            documentation_url: `${DOCS}/issues/comments#update-an-issue-comment`,
            status: '403'
          });
        comment.body = commentBody(body);
        comment.updated_at = this.now();
        return { status: 200, body: comment };
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(p)) && method === 'POST') {
      this.allow('attestations', 'write', 'repos/attestations#create-an-attestation');
      return { status: 201, body: { id: this.storeAttestation(m[1], m[2], obj(body)).id } };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/attestations\/([^/]+)$/.exec(p)) && method === 'GET') {
      this.allow('attestations', 'read', 'repos/attestations#list-attestations');
      const [, owner, repo, digest] = m;
      return { status: 200, body: this.listAttestations(this.attestationsOf(owner, repo), decodeURIComponent(digest), u, query, headers) };
    }
    if ((m = /^\/orgs\/([^/]+)\/attestations\/([^/]+)$/.exec(p)) && method === 'GET') {
      this.allow('attestations', 'read', 'orgs/attestations#list-attestations');
      const [, org, digest] = m;
      const ofOrg = this.attestations.filter((a) => a.owner.toLowerCase() === org.toLowerCase());
      return { status: 200, body: this.listAttestations(ofOrg, decodeURIComponent(digest), u, query, headers) };
    }
    if ((m = /^\/_emulator\/attestations\/(\d+)\/bundle$/.exec(p)) && method === 'GET') {
      const a = this.attestations.find((x) => x.id === Number(m![1]));
      if (!a) throw notFound();
      return { status: 200, body: a.bundle };
    }
    throw notFound();
  }

  private storeAttestation(owner: string, repo: string, b: Record<string, unknown>): StoredAttestation {
    const fail = (message: string) => invalid('Validation Failed', [{ resource: 'Attestation', field: 'bundle', code: 'invalid', message }]);
    const bundle = b.bundle;
    if (bundle === undefined) throw invalid('Invalid request.\n\n"bundle" wasn\'t supplied.');
    if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) throw invalid("Invalid request.\n\nFor 'bundle', it is not an object.");
    const bu = bundle as Record<string, unknown>;
    if (typeof bu.mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.includes(bu.mediaType))
      throw fail(`unsupported bundle media type ${JSON.stringify(bu.mediaType)}`);
    if (!bu.verificationMaterial || typeof bu.verificationMaterial !== 'object') throw fail('bundle has no verificationMaterial');
    const env = bu.dsseEnvelope as Record<string, unknown> | undefined;
    if (!env || typeof env !== 'object') throw fail('bundle has no dsseEnvelope');
    if (env.payloadType !== 'application/vnd.in-toto+json') throw fail(`payloadType ${JSON.stringify(env.payloadType)} is not application/vnd.in-toto+json`);
    if (!Array.isArray(env.signatures) || env.signatures.length === 0) throw fail('dsseEnvelope has no signatures');
    let statement: Record<string, unknown>;
    try {
      statement = JSON.parse(Buffer.from(String(env.payload ?? ''), 'base64').toString('utf8')) as Record<string, unknown>;
    } catch {
      throw fail('dsseEnvelope payload is not a base64 JSON in-toto statement');
    }
    if (statement._type !== 'https://in-toto.io/Statement/v1' && statement._type !== 'https://in-toto.io/Statement/v0.1')
      throw fail(`unknown statement type ${JSON.stringify(statement._type)}`);
    if (typeof statement.predicateType !== 'string' || statement.predicateType === '') throw fail('statement has no predicateType');
    const subjects = statement.subject;
    if (!Array.isArray(subjects) || subjects.length === 0) throw fail('statement has no subject');
    const subjectDigests = subjects.map((sub: unknown) => {
      const hex = obj(obj(sub).digest).sha256;
      if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw fail('every subject needs a sha256 digest');
      return `sha256:${hex}`;
    });
    const a: StoredAttestation = {
      id: this.id(),
      owner,
      repo,
      repository_id: this.repositoryId(owner, repo),
      bundle: bu,
      subjectDigests,
      predicateType: statement.predicateType,
      created_at: this.now()
    };
    this.attestations.push(a);
    return a;
  }

  /** GitHub's list answer for `digest` among `pool`: newest first, predicate_type filter, cursor pages; 404 when none. */
  private listAttestations(pool: StoredAttestation[], digest: string, u: URL, query: Record<string, string>, headers: Record<string, string>): unknown {
    const perPage = query.per_page === undefined ? 30 : Number(query.per_page);
    if (!Number.isInteger(perPage) || perPage < 1) throw invalid('Validation Failed', [{ resource: 'Search', field: 'per_page', code: 'invalid' }]);
    const size = Math.min(perPage, 100);
    const matching = pool
      .filter((a) => a.subjectDigests.includes(digest.toLowerCase()))
      .filter((a) => predicateMatches(query.predicate_type, a.predicateType))
      .slice()
      .reverse();
    // Cursors are opaque to clients; here an attestation id, base64url.
    const cursor = (id: number) => Buffer.from(`attestation:${id}`).toString('base64url');
    const fromCursor = (c: string) => Number(/^attestation:(\d+)$/.exec(Buffer.from(c, 'base64url').toString('utf8'))?.[1] ?? NaN);
    let start = 0;
    let end = matching.length;
    if (query.after) {
      const id = fromCursor(query.after);
      start = matching.findIndex((a) => a.id === id) + 1;
      if (start === 0) throw invalid('Validation Failed', [{ resource: 'Search', field: 'after', code: 'invalid' }]);
      end = Math.min(matching.length, start + size);
    } else if (query.before) {
      const id = fromCursor(query.before);
      end = matching.findIndex((a) => a.id === id);
      if (end < 0) throw invalid('Validation Failed', [{ resource: 'Search', field: 'before', code: 'invalid' }]);
      start = Math.max(0, end - size);
    } else end = Math.min(matching.length, size);
    const page = matching.slice(start, end);
    if (page.length === 0) throw notFound();
    const link = (key: 'after' | 'before', c: string, rel: string) => {
      const next = new URL(u.pathname, this.base);
      for (const [k, v] of Object.entries(query)) if (k !== 'after' && k !== 'before') next.searchParams.set(k, v);
      next.searchParams.set('per_page', String(size));
      next.searchParams.set(key, c);
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const rels: string[] = [];
    if (end < matching.length) rels.push(link('after', cursor(page[page.length - 1].id), 'next'));
    if (start > 0) rels.push(link('before', cursor(page[0].id), 'prev'));
    if (rels.length) headers.link = rels.join(', ');
    return {
      attestations: page.map((a) => ({ bundle: a.bundle, repository_id: a.repository_id, bundle_url: `${this.base}/_emulator/attestations/${a.id}/bundle` }))
    };
  }

  /** One page of `list`, with GitHub's Link header (first / prev / next / last). */
  private page<T>(list: T[], u: URL, query: Record<string, string>, headers: Record<string, string>): T[] {
    const perPage = query.per_page === undefined ? 30 : Number(query.per_page);
    const page = query.page === undefined ? 1 : Number(query.page);
    if (!Number.isInteger(perPage) || perPage < 1 || !Number.isInteger(page) || page < 1)
      throw invalid('Validation Failed', [{ resource: 'Search', field: 'per_page', code: 'invalid' }]);
    const size = Math.min(perPage, 100);
    const last = Math.max(1, Math.ceil(list.length / size));
    const link = (n: number, rel: string) => {
      const next = new URL(u.pathname, this.base);
      for (const [k, v] of Object.entries(query)) next.searchParams.set(k, v);
      next.searchParams.set('per_page', String(size));
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(link(page - 1, 'prev'));
    if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) rels.push(link(1, 'first'));
    if (rels.length) headers.link = rels.join(', ');
    return list.slice((page - 1) * size, page * size);
  }

  private id(): number {
    return ++this.nextId;
  }

  private findDeployment(owner: string, repo: string, id: number): Deployment {
    const d = this.deploymentsOf(owner, repo).find((x) => x.id === id);
    if (!d) throw notFound();
    return d;
  }

  private createDeployment(owner: string, repo: string, b: Record<string, unknown>): Deployment | Record<string, unknown> {
    const ref = b.ref;
    if (typeof ref !== 'string' || ref === '') throw invalid('Invalid request.\n\n"ref" wasn\'t supplied.');
    for (const k of ['environment', 'task', 'description'] as const) {
      if (b[k] !== undefined && b[k] !== null && typeof b[k] !== 'string')
        throw invalid(`Invalid request.\n\nFor '${k}', ${JSON.stringify(b[k])} is not a string.`);
    }
    for (const k of ['transient_environment', 'production_environment', 'auto_merge'] as const) {
      if (b[k] !== undefined && typeof b[k] !== 'boolean') throw invalid(`Invalid request.\n\nFor '${k}', ${JSON.stringify(b[k])} is not a boolean.`);
    }
    if (b.required_contexts !== undefined && !(Array.isArray(b.required_contexts) && b.required_contexts.every((c) => typeof c === 'string'))) {
      throw invalid("Invalid request.\n\nFor 'required_contexts', it is not an array of strings.");
    }
    if (b.required_contexts === undefined && this.pendingChecks) {
      throw new HttpError(409, {
        message: `Conflict: Commit status checks failed for ${ref}.`,
        documentation_url: `${DOCS}/deployments/deployments#create-a-deployment`,
        status: '409'
      });
    }
    const isSha = /^[0-9a-f]{40}$/.test(ref);
    if (b.auto_merge !== false && !isSha) {
      return { message: `Auto-merged main into ${ref} on deployment.` }; // answered with 202, no deployment
    }
    const environment = (b.environment as string | undefined) ?? 'production';
    const id = this.id();
    const at = this.now();
    const repoUrl = `${this.base}/repos/${owner}/${repo}`;
    const d: Deployment = {
      id,
      node_id: `DE_${id}`,
      url: `${repoUrl}/deployments/${id}`,
      sha: isSha ? ref : createHash('sha1').update(ref).digest('hex'),
      ref,
      task: (b.task as string | undefined) ?? 'deploy',
      payload: typeof b.payload === 'string' ? safeJson(b.payload) : (b.payload ?? {}),
      original_environment: environment,
      environment,
      description: (b.description as string | undefined) ?? null,
      creator: this.actor,
      created_at: at,
      updated_at: at,
      statuses_url: `${repoUrl}/deployments/${id}/statuses`,
      repository_url: repoUrl,
      transient_environment: (b.transient_environment as boolean | undefined) ?? false,
      production_environment: (b.production_environment as boolean | undefined) ?? environment === 'production'
    };
    const key = `${owner}/${repo}`;
    this.deployments.set(key, [...this.deploymentsOf(owner, repo), d]);
    return d;
  }

  private createStatus(owner: string, repo: string, id: number, b: Record<string, unknown>): DeploymentStatus {
    const d = this.findDeployment(owner, repo, id);
    const state = b.state;
    if (typeof state !== 'string' || !DEPLOYMENT_STATES.includes(state)) {
      throw invalid('Validation Failed', [{ resource: 'DeploymentStatus', field: 'state', code: state === undefined ? 'missing_field' : 'invalid' }]);
    }
    for (const k of ['target_url', 'log_url', 'environment_url', 'description', 'environment'] as const) {
      if (b[k] !== undefined && typeof b[k] !== 'string') throw invalid(`Invalid request.\n\nFor '${k}', ${JSON.stringify(b[k])} is not a string.`);
    }
    if (typeof b.description === 'string' && b.description.length > 140) {
      throw invalid('Validation Failed', [
        { resource: 'DeploymentStatus', field: 'description', code: 'custom', message: 'description is too long (maximum is 140 characters)' }
      ]);
    }
    if (b.auto_inactive !== undefined && typeof b.auto_inactive !== 'boolean')
      throw invalid(`Invalid request.\n\nFor 'auto_inactive', ${JSON.stringify(b.auto_inactive)} is not a boolean.`);
    if (typeof b.environment === 'string') d.environment = b.environment;
    const s = this.status(d, state, b);
    // auto_inactive (default true): earlier non-transient, non-production deployments of the same
    // environment whose latest status is success become inactive.
    if (state === 'success' && b.auto_inactive !== false) {
      for (const other of this.deploymentsOf(owner, repo)) {
        if (other.id === d.id || other.environment !== d.environment || other.transient_environment || other.production_environment) continue;
        const latest = this.statusesOf(other.id).at(-1);
        if (latest?.state === 'success') this.status(other, 'inactive', {});
      }
    }
    return s;
  }

  private status(d: Deployment, state: string, b: Record<string, unknown>): DeploymentStatus {
    const id = this.id();
    const at = this.now();
    const s: DeploymentStatus = {
      id,
      node_id: `DES_${id}`,
      url: `${d.url}/statuses/${id}`,
      state,
      description: (b.description as string | undefined) ?? '',
      environment: d.environment,
      target_url: (b.target_url as string | undefined) ?? (b.log_url as string | undefined) ?? '',
      log_url: (b.log_url as string | undefined) ?? (b.target_url as string | undefined) ?? '',
      environment_url: (b.environment_url as string | undefined) ?? '',
      created_at: at,
      updated_at: at,
      deployment_url: d.url,
      repository_url: d.repository_url,
      creator: this.actor
    };
    this.statuses.set(d.id, [...this.statusesOf(d.id), s]);
    d.updated_at = at;
    return s;
  }

  private addComment(owner: string, repo: string, issue: number, body: string, user: { login: string; id: number; type: string }): IssueComment {
    const id = this.id();
    const at = this.now();
    const c: IssueComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.base}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.base}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER'
    };
    const key = `${owner}/${repo}#${issue}`;
    this.comments.set(key, [...(this.comments.get(key) ?? []), c]);
    return c;
  }
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** `predicate_type` as GitHub reads it: `provenance`, `sbom`, `release`, or a predicate type URI. */
function predicateMatches(filter: string | undefined, predicateType: string): boolean {
  if (!filter) return true;
  switch (filter) {
    case 'provenance':
      return predicateType.startsWith('https://slsa.dev/provenance/');
    case 'sbom':
      return predicateType.startsWith('https://spdx.dev/Document') || predicateType.startsWith('https://cyclonedx.org/bom');
    case 'release':
      return predicateType.startsWith('https://in-toto.io/attestation/release/');
    default:
      return predicateType === filter;
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

function commentBody(body: unknown): string {
  const text = obj(body).body;
  if (typeof text !== 'string' || text === '') throw invalid('Validation Failed', [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
  if (text.length > 65536)
    throw invalid('Validation Failed', [
      { resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }
    ]);
  return text;
}

/** Starts an emulator; the caller stops it. */
export async function startGitHubEmulator(o: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const e = new GitHubEmulator(o);
  await e.start();
  return e;
}
