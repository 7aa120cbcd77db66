/**
 * GitHub Deployments for each deploy (statuses in_progress → success | failure, environment_url,
 * log_url = the run), the preview comment for pull requests, and one report per phase of a deploy
 * (reportStart, reportFinish, reportTeardown; reportToGitHub picks by phase). Reporting never fails a deploy: a token without the permission gives a warning
 * that names the `permissions:` key to add; any other GitHub error gives a warning too.
 */
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import type { EventFacts, Intent } from './intent.js';
import type { DeployOutputs } from '../targets/target.js';
import {
  createGitHubClient,
  logRetry,
  missingPermissionMessage,
  type GitHubClient,
  type GitHubClientOptions,
  type GitHubResult,
  type MissingPermission
} from './client.js';
import { planLines, readCommentData, renderComment, upsertPreviewComment, type PreviewStatus, type UpsertOutcome } from './comment.js';
import { describeError } from '../util/errors.js';
import { redact } from '../report/mask.js';

// --- Deployments API --------------------------------------------------------------------------

export interface DeploymentRequest {
  owner: string;
  repo: string;
  /** The commit deployed (a SHA: the PR head for previews). */
  ref: string;
  environment: string;
  /** true for previews: the environment goes away (preview-pr-<N>). */
  transient: boolean;
  production: boolean;
  /** ≤ 140 characters (longer is cut). */
  description?: string;
  /** Shown in the API; names and the image only, never setting values. */
  payload?: Record<string, unknown>;
  /** The run URL, set on the in_progress status. */
  logUrl?: string;
}

export interface DeploymentHandle {
  owner: string;
  repo: string;
  id: number;
  environment: string;
  transient: boolean;
  production: boolean;
  logUrl?: string;
}

export interface DeploymentFinish {
  state: 'success' | 'failure' | 'inactive';
  environmentUrl?: string;
  logUrl?: string;
  description?: string;
}

const cut = (s: string | undefined, n = 140) => (s === undefined ? undefined : s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Creates the Deployment and its in_progress status. No auto-merge and no required status checks:
 * the deploy runs inside a check that is itself still in progress.
 */
export async function startDeployment(client: GitHubClient, r: DeploymentRequest): Promise<GitHubResult<DeploymentHandle>> {
  const created = await client.call('create a Deployment', 'deployments: write', async (octokit) => {
    const res = await octokit.rest.repos.createDeployment({
      owner: r.owner,
      repo: r.repo,
      ref: r.ref,
      task: 'deploy',
      environment: r.environment,
      transient_environment: r.transient,
      production_environment: r.production,
      auto_merge: false,
      required_contexts: [],
      description: cut(r.description),
      ...(r.payload ? { payload: r.payload } : {})
    });
    const data = res.data as { id?: number; message?: string };
    if (typeof data.id !== 'number') throw Object.assign(new Error(data.message ?? `no deployment in the ${res.status} response`), { status: res.status });
    return data.id;
  });
  if (!created.ok) return created;
  const handle: DeploymentHandle = {
    owner: r.owner,
    repo: r.repo,
    id: created.value,
    environment: r.environment,
    transient: r.transient,
    production: r.production,
    logUrl: r.logUrl
  };
  const status = await setDeploymentStatus(client, handle, { state: 'in_progress', logUrl: r.logUrl, description: 'Deploying' });
  if (!status.ok) return status;
  return { ok: true, value: handle };
}

type StatusState = 'in_progress' | DeploymentFinish['state'];

async function setDeploymentStatus(
  client: GitHubClient,
  h: Pick<DeploymentHandle, 'owner' | 'repo' | 'id'>,
  s: { state: StatusState; logUrl?: string; environmentUrl?: string; description?: string }
): Promise<GitHubResult<number>> {
  return client.call(`set Deployment ${h.id} to ${s.state}`, 'deployments: write', async (octokit) => {
    const res = await octokit.rest.repos.createDeploymentStatus({
      owner: h.owner,
      repo: h.repo,
      deployment_id: h.id,
      state: s.state,
      ...(s.logUrl ? { log_url: s.logUrl } : {}),
      ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
      ...(s.description ? { description: cut(s.description) } : {}),
      // A successful deploy makes the environment's earlier ones inactive (GitHub applies it to
      // non-transient, non-production environments); a failure leaves the last good one active.
      auto_inactive: s.state === 'success'
    });
    return res.data.id;
  });
}

/** The final status: success (with environment_url), failure, or inactive. */
export async function finishDeployment(client: GitHubClient, handle: DeploymentHandle, f: DeploymentFinish): Promise<GitHubResult<number>> {
  return setDeploymentStatus(client, handle, {
    state: f.state,
    logUrl: f.logUrl ?? handle.logUrl,
    environmentUrl: f.state === 'success' ? f.environmentUrl : undefined,
    description: f.description ?? (f.state === 'success' ? 'Deployed' : f.state === 'failure' ? 'Deploy failed' : 'Torn down')
  });
}

/** Marks every deployment of an environment whose latest status is not inactive as inactive. */
export async function deactivateEnvironment(
  client: GitHubClient,
  e: { owner: string; repo: string; environment: string; logUrl?: string; description?: string }
): Promise<GitHubResult<number[]>> {
  const listed = await client.call(`list the Deployments of ${e.environment}`, 'deployments: write', (octokit) =>
    octokit.paginate(octokit.rest.repos.listDeployments, { owner: e.owner, repo: e.repo, environment: e.environment, per_page: 100 })
  );
  if (!listed.ok) return listed;
  const done: number[] = [];
  for (const d of listed.value) {
    const latest = await client.call(`read the statuses of Deployment ${d.id}`, 'deployments: write', async (octokit) => {
      const res = await octokit.rest.repos.listDeploymentStatuses({ owner: e.owner, repo: e.repo, deployment_id: d.id, per_page: 1 });
      return res.data[0]?.state;
    });
    if (!latest.ok) return latest;
    if (latest.value === 'inactive') continue;
    const set = await setDeploymentStatus(
      client,
      { owner: e.owner, repo: e.repo, id: d.id },
      { state: 'inactive', logUrl: e.logUrl, description: e.description ?? 'Preview torn down' }
    );
    if (!set.ok) return set;
    done.push(d.id);
  }
  return { ok: true, value: done };
}

// --- which environment ----------------------------------------------------------------------

export interface EnvironmentChoice {
  environment: string;
  transient: boolean;
  production: boolean;
}

/**
 * preview / teardown of PR N → `preview-pr-<N>` (transient). Otherwise the override when given;
 * functionapp: `production` with swap or without a slot, else the slot's name; aks: the namespace
 * (`production` when it is unset or `default`); containerapp: `production`.
 */
export function deploymentEnvironment(o: {
  intent: Intent;
  target: Config['target'];
  slot?: string;
  swap?: boolean;
  namespace?: string;
  override?: string;
}): EnvironmentChoice {
  if (o.intent.kind === 'preview' || o.intent.kind === 'teardown') return { environment: `preview-pr-${o.intent.pr}`, transient: true, production: false };
  let environment = o.override?.trim() || undefined;
  if (!environment) {
    if (o.target === 'functionapp') environment = o.swap || !o.slot || o.slot === 'production' ? 'production' : o.slot;
    else if (o.target === 'containerapp') environment = 'production';
    else environment = !o.namespace || o.namespace === 'default' ? 'production' : o.namespace;
  }
  return { environment, transient: false, production: environment === 'production' };
}

/** The preview's instance name, for the comment marker: the target names it (`app/slot`, the namespace). */
export function previewInstance(pr: number, where: DeployOutputs): string {
  return where.instance ?? `pr-${pr}`;
}

// --- one report per phase of a deploy (run/deploy-phase.ts) ------------------------------------

interface ReportCommon {
  /** The parsed inputs (github-token, target; slot / swap / namespace for the environment name). */
  config: Pick<Config, 'target' | 'githubToken' | 'functionapp' | 'aks'>;
  /** decideIntent's result: intent, the commit (PR head), the run URL, the repository. */
  facts: Pick<EventFacts, 'intent' | 'sha' | 'runUrl' | 'repo'>;
  /** process.env.GITHUB_API_URL (undefined → https://api.github.com). */
  apiUrl: string | undefined;
  /** Where the deploy went: the target's outputs (url, slot or namespace, the preview's instance, plan with names only). */
  where: DeployOutputs;
  /** GitHub environment name instead of the derived one (not for previews); false: record no Deployment. */
  environment?: string | false;
  /** The verified provenance of the digest (verify-attestation), one line. */
  provenance?: string;
  /** Tests: client options (retries, timeouts). */
  client?: Partial<Omit<GitHubClientOptions, 'token' | 'baseUrl'>>;
}

export type GitHubReport =
  | (ReportCommon & { phase: 'start'; image: string; digest: string })
  | (ReportCommon & {
      phase: 'finish';
      /** `deployment` of the start phase's result (undefined when start could not create it). */
      deployment: DeploymentHandle | undefined;
      outcome: 'success' | 'failure';
      image: string;
      digest: string;
      /** outcome failure: the error (shown redacted, first lines, in the preview comment). */
      error?: unknown;
    })
  | (ReportCommon & { phase: 'teardown' });

export interface GitHubReportResult {
  /** start: pass it to the finish phase. */
  deployment?: DeploymentHandle;
  comment?: UpsertOutcome;
  /** Deployments marked inactive (teardown). */
  deactivated?: number[];
  /** Warnings printed (missing permissions, API errors). */
  warnings: string[];
  /** Why nothing was reported (no token, fork PR, nothing to do). */
  skipped?: string;
}

/** What every phase starts from: the client, the environment and the preview's instance. */
interface Session {
  client: GitHubClient;
  owner: string;
  repo: string;
  env: EnvironmentChoice;
  pr?: number;
  instance?: string;
  result: GitHubReportResult;
  refused: (m: MissingPermission) => void;
}

/** The session of a report, or the result that says why nothing is reported (fork PR, skip, no token). */
async function open(r: GitHubReport): Promise<Session | GitHubReportResult> {
  const result: GitHubReportResult = { warnings: [] };
  const intent = r.facts.intent;
  if (intent.kind === 'fork-pr' || intent.kind === 'skip')
    return { ...result, skipped: `no GitHub report for ${intent.kind === 'fork-pr' ? 'a fork pull request' : 'a skipped event'}` };
  if (!r.config.githubToken) {
    core.info('No github-token: no GitHub Deployment or pull-request comment.');
    return { ...result, skipped: 'no github-token' };
  }
  const [owner, repo] = (r.facts.repo.fullName ?? '').split('/');
  if (!owner || !repo) return { ...result, skipped: `repository ${JSON.stringify(r.facts.repo.fullName ?? '')} is not owner/name` };
  const client = await createGitHubClient({
    ...r.client,
    token: r.config.githubToken,
    baseUrl: r.apiUrl || 'https://api.github.com',
    retry: {
      onRetry: logRetry,
      ...r.client?.retry
    }
  });
  const env = deploymentEnvironment({
    intent,
    target: r.config.target,
    slot: r.where.slot ?? r.config.functionapp.slot,
    swap: r.config.functionapp.swap,
    namespace: r.where.namespace ?? r.config.aks.namespace,
    override: r.environment || undefined
  });
  const pr = intent.kind === 'preview' || intent.kind === 'teardown' ? intent.pr : undefined;
  const instance = pr !== undefined ? previewInstance(pr, r.where) : undefined;
  const refused = (m: MissingPermission) => warn(result, missingPermissionMessage(m));
  return { client, owner, repo, env, pr, instance, result, refused };
}

function warn(result: GitHubReportResult, m: string): void {
  const text = redact(m);
  result.warnings.push(text);
  core.warning(text);
}

/** Runs a phase; any failure becomes a warning (the deploy is not affected). */
async function reporting<R extends GitHubReport>(r: R, phase: (r: R, s: Session) => Promise<GitHubReportResult>): Promise<GitHubReportResult> {
  const failed: GitHubReportResult = { warnings: [] };
  let session: Session | GitHubReportResult | undefined;
  try {
    session = await open(r);
    if (!('client' in session)) return session;
    return await phase(r, session);
  } catch (err) {
    const result = session && 'client' in session ? session.result : failed;
    warn(result, `GitHub report (${r.phase}) failed; the deploy is not affected. ${describeError(err)}`);
    return result;
  }
}

type Phase<P extends GitHubReport['phase']> = Extract<GitHubReport, { phase: P }>;

/** Before target.apply: creates the Deployment, status in_progress with log_url. Never throws. */
export function reportStart(r: Phase<'start'>): Promise<GitHubReportResult> {
  return reporting(r, async (r, s) => {
    if (r.environment === false) return { ...s.result, skipped: 'deployment-environment: none' };
    const started = await startDeployment(s.client, {
      owner: s.owner,
      repo: s.repo,
      ref: r.facts.sha,
      environment: s.env.environment,
      transient: s.env.transient,
      production: s.env.production,
      description: `${r.config.target} ${s.instance ?? s.env.environment}: ${r.digest}`,
      payload: {
        image: r.image,
        digest: r.digest,
        target: r.config.target,
        ...(r.where.slot ? { slot: r.where.slot } : {}),
        ...(r.where.namespace ? { namespace: r.where.namespace } : {})
      },
      logUrl: r.facts.runUrl
    });
    if (!started.ok) s.refused(started);
    else {
      s.result.deployment = started.value;
      core.info(`GitHub Deployment ${started.value.id} (${s.env.environment}): in_progress.`);
    }
    return s.result;
  });
}

/**
 * After verify, or after the rollback with outcome failure: status success with environment_url,
 * or failure; previews also create or update the PR comment. Never throws.
 */
export function reportFinish(r: Phase<'finish'>): Promise<GitHubReportResult> {
  return reporting(r, async (r, s) => {
    if (r.deployment) {
      const done = await finishDeployment(s.client, r.deployment, { state: r.outcome, environmentUrl: r.where.url, logUrl: r.facts.runUrl });
      if (!done.ok) s.refused(done);
      else core.info(`GitHub Deployment ${r.deployment.id} (${r.deployment.environment}): ${r.outcome}.`);
    }
    if (s.pr === undefined || s.instance === undefined) return s.result;
    const status: PreviewStatus = r.outcome === 'success' ? 'deployed' : 'failed';
    const body = renderComment({
      pr: s.pr,
      instance: s.instance,
      status,
      target: r.config.target,
      url: r.where.url,
      image: r.image,
      digest: r.digest,
      plan: r.where.plan === undefined ? undefined : planLines(r.where.plan),
      runUrl: r.facts.runUrl,
      sha: r.facts.sha,
      provenance: r.provenance,
      error: r.outcome === 'failure' && r.error !== undefined ? describeError(r.error) : undefined
    });
    const c = await upsertPreviewComment(s.client, { owner: s.owner, repo: s.repo, pr: s.pr, instance: s.instance, body });
    if (!c.ok) s.refused(c);
    else {
      s.result.comment = c.value;
      core.info(`Preview comment ${c.value.action === 'absent' ? 'not found' : `${c.value.id} ${c.value.action}`}.`);
    }
    return s.result;
  });
}

/**
 * After target.teardown: marks preview-pr-<N>'s deployments inactive and edits the comment to
 * "torn down" (no comment is created by a teardown). Never throws.
 */
export function reportTeardown(r: Phase<'teardown'>): Promise<GitHubReportResult> {
  return reporting(r, async (r, s) => {
    const { pr, instance } = s;
    if (pr === undefined || instance === undefined) return { ...s.result, skipped: 'teardown of something other than a pull-request preview' };
    if (r.environment !== false) {
      const off = await deactivateEnvironment(s.client, { owner: s.owner, repo: s.repo, environment: s.env.environment, logUrl: r.facts.runUrl });
      if (!off.ok) s.refused(off);
      else {
        s.result.deactivated = off.value;
        core.info(`GitHub environment ${s.env.environment}: ${off.value.length} deployment(s) marked inactive.`);
      }
    }
    const c = await upsertPreviewComment(s.client, {
      owner: s.owner,
      repo: s.repo,
      pr,
      instance,
      createIfMissing: false,
      body: (existing) => {
        const last = readCommentData(existing);
        return renderComment({
          pr,
          instance,
          status: 'torn-down',
          target: r.config.target,
          image: last.image,
          digest: last.digest,
          sha: last.sha,
          runUrl: r.facts.runUrl
        });
      }
    });
    if (!c.ok) s.refused(c);
    else s.result.comment = c.value;
    return s.result;
  });
}

/** Reports one phase to GitHub (start, finish or teardown). Never throws: problems become warnings (returned too). Fork pull requests and skipped events report nothing. */
export function reportToGitHub(r: GitHubReport): Promise<GitHubReportResult> {
  switch (r.phase) {
    case 'start':
      return reportStart(r);
    case 'finish':
      return reportFinish(r);
    case 'teardown':
      return reportTeardown(r);
  }
}
