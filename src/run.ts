/**
 * The main step: config → intent → decision (pure, run/decide.ts) → (teardown) → sign-in →
 * registry login → build/push → target render → plan → apply → verify (→ rollback) → report.
 * Every check runs before the first side effect; each phase returns what it did, and the job
 * summary is put together from those results.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from './config/index.js';
import type { Config } from './config/config.js';
import { readEventContext, type EventContext } from './github/context.js';
import { decideIntent, effectiveMode, type EventFacts, type Intent } from './github/intent.js';
import { commitTime as gitCommitTime, tagNames } from './github/git.js';
import { digestReference } from './image/plan.js';
import { cloudFor } from './azure/clouds.js';
import { makeCredential } from './azure/credential.js';
import type { AzureSession } from './azure/session.js';
import { summaryMarkdown, writeSummary } from './report/summary.js';
import { untrusted } from './report/escape.js';
import { loadTarget, type DeployContext } from './targets/target.js';
import { state } from './state.js';
import { decideRun, eventNotice, type RunDecision, type RunFacts } from './run/decide.js';
import { buildOrResolve, checkBuildPaths, registryLogin, type ImageResult, type RegistryAccess, type RunPaths } from './run/image-phase.js';
import { deploy, teardown, type DeployResult } from './run/deploy-phase.js';
import { setupSupplyChain } from './supply/instance.js';
import { supplyChain, type SupplyFacts, type SupplyResult } from './run/supply-phase.js';
import { cleanup, pullRequestsPort } from './run/cleanup-phase.js';

export async function run(): Promise<void> {
  const started = Date.now();
  const env = process.env;
  // The fork case is decided before the inputs are validated: a fork's secrets arrive empty.
  const context = readEventContext(env);
  const event = decideIntent(context);
  const config = readInputs({ forkPullRequest: event.intent.kind === 'fork-pr' });
  for (const w of config.warnings) core.warning(w);
  core.info(`Event ${env.GITHUB_EVENT_NAME} → ${describeIntent(event.intent)}; mode ${effectiveMode(config.mode, event.intent)}; target ${config.target}.`);
  const notice = eventNotice(event.intent);
  if (notice) core.notice(notice.notice);
  if (notice?.stop) return;

  const paths = runPaths(env);
  const d = decideRun(config, await gitFacts(event, paths.workspace), {
    idTokenAvailable: !!(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  });
  for (const w of d.image.warnings) core.warning(w);
  const sources = d.image.build ? checkBuildPaths(config, paths.workspace) : undefined;
  if (d.azure) core.info(`Azure credential: ${d.azure.kind} (${d.azure.why}).`);
  const target = d.target ? await loadTarget(d.target.name) : undefined;
  const supply = d.supply.attest || d.supply.verify ? setupSupplyChain(config.supply, supplyFacts(context, paths)) : undefined;

  // --- side effects from here on ---
  let access: RegistryAccess | undefined;
  let built: ImageResult | undefined;
  let deployed: DeployResult | undefined;
  const supplied: SupplyResult = {};
  let failed = false;
  try {
    const azure = await signIn(config, d);
    const baseCtx = {
      config,
      facts: event,
      registry: d.image.registry,
      azure,
      tmpRoot: paths.tmpRoot,
      workspace: paths.workspace,
      cleanup: paths.cleanup,
      pollMs: 2000
    };
    const report = { config, facts: event, apiUrl: env.GITHUB_API_URL, environment: config.deploymentEnvironment };
    const pullRequests = target ? pullRequestsPort(target, baseCtx, report) : undefined;
    if (d.target?.cleanup && target) {
      deployed = await cleanup(target, { ...baseCtx, mode: d.target.mode, image: '', pullRequests }, pullRequests);
      if (deployed.error) throw deployed.error;
      return;
    }
    if (d.target?.mode === 'teardown' && target) {
      deployed = await teardown(target, { ...baseCtx, mode: 'teardown', image: '' }, report);
      return;
    }

    access = await registryLogin(config, d, azure, paths);
    built = await buildOrResolve(access.docker, config, d.image, sources, paths.tmpRoot);
    const image = imageOutputs(d, built);
    if (supply)
      await supplyChain(
        supplied,
        config,
        supply,
        { ...d.supply, mode: d.mode },
        { reference: image, digest: built.digest },
        supplyFacts(context, paths),
        access.credential
      );
    if (!target || !d.target) return;
    const ctx: DeployContext = {
      ...baseCtx,
      mode: d.target.mode,
      image: image ?? d.image.refs[0],
      dockerConfigDir: access.docker.configDir,
      digest: built.digest,
      fallbackImage: fallbackImage(d),
      registryCredential: access.credential,
      pullRequests
    };
    deployed = await deploy(target, ctx, { ...report, provenance: supplied.verifiedBy });
    if (deployed.error) throw deployed.error;
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    const shown = {
      context,
      event,
      d,
      access,
      built,
      deployed,
      supplied,
      outcome: failed ? 'failed' : 'succeeded',
      durationMs: Date.now() - started
    } as const;
    await writeSummary([summaryOf(config, shown), deployed?.summary ?? ''].join('\n'));
  }
}

function supplyFacts(context: EventContext, paths: RunPaths): SupplyFacts & { workspace: string; visibility: unknown } {
  const repository = context.payload.repository as { visibility?: unknown } | undefined;
  return {
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: context.serverUrl,
    repository: context.repository,
    tmpRoot: paths.tmpRoot,
    workspace: paths.workspace,
    visibility: repository?.visibility
  };
}

function runPaths(env: NodeJS.ProcessEnv): RunPaths {
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tmpRoot: env.RUNNER_TEMP && existsSync(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir(),
    dockerHome: env.DOCKER_CONFIG ?? join(homedir(), '.docker'),
    cleanup: state.addCleanup
  };
}

/** What git adds to the event: the commit time (when the payload lacks it) and, for a release, the versions already tagged. */
async function gitFacts(event: EventFacts, workspace: string): Promise<RunFacts> {
  const [commitTime, knownVersions] = await Promise.all([
    event.commitTime ? Promise.resolve(new Date(event.commitTime).toISOString()) : gitCommitTime(workspace, event.sha),
    event.intent.kind === 'release' ? tagNames(workspace) : Promise.resolve([])
  ]);
  return { ...event, commitTime, knownVersions };
}

async function signIn(config: Config, d: RunDecision): Promise<AzureSession | undefined> {
  if (!d.azure) return undefined;
  const cloud = cloudFor(config.azure);
  return { cloud, choice: d.azure, credential: await makeCredential(config.azure, cloud, d.azure, (aud) => core.getIDToken(aud)) };
}

/** Sets outputs image, digest and tags; returns the digest reference when there is one. */
function imageOutputs(d: RunDecision, built: ImageResult): string | undefined {
  const image = built.digest ? digestReference(d.image, built.digest) : undefined;
  if (image && built.digest) {
    core.setOutput('image', image);
    core.setOutput('digest', built.digest);
  }
  core.setOutput('tags', JSON.stringify(d.image.push ? d.image.refs : []));
  core.info(image ? `Image: ${image}` : d.image.build ? 'Image built, not pushed.' : 'No image was built.');
  return image;
}

/** `registry/repository:sha-<7>`, where App Service refuses the digest form (only when it was pushed). */
function fallbackImage(d: RunDecision): string | undefined {
  const shaTag = d.image.tags.find((t) => t.startsWith('sha-'));
  return shaTag && d.image.push ? `${d.image.registry}/${d.image.repository}:${shaTag}` : undefined;
}

interface Shown {
  context: EventContext;
  supplied: SupplyResult;
  event: EventFacts;
  d: RunDecision;
  access?: RegistryAccess;
  built?: ImageResult;
  deployed?: DeployResult;
  outcome: 'succeeded' | 'failed';
  durationMs: number;
}

function summaryOf(config: Config, s: Shown): string {
  const { d, built } = s;
  const image = built?.digest ? digestReference(d.image, built.digest) : undefined;
  const notes = [...d.image.warnings, ...(built?.notes ?? [])];
  if (d.target && d.target.mode !== 'teardown' && !d.target.cleanup && built && !image)
    notes.push(`Nothing was pushed in mode ${d.mode}: the plan shows ${d.image.refs[0]}, the tag a deploy would push.`);
  const action = s.context.payload.action;
  return summaryMarkdown({
    event: { name: s.context.eventName, action: typeof action === 'string' ? action : undefined, ref: s.context.ref },
    intent: describeIntent(s.event.intent),
    target: d.target ? config.target : undefined,
    mode: d.mode,
    image,
    digest: built?.digest,
    refs: built && d.image.push ? d.image.refs : [],
    pushed: built !== undefined && d.image.push,
    labels: d.image.labels,
    builder: built?.builder,
    buildArgNames: config.image.buildArgs.map(([k]) => k),
    secretIds: config.image.buildSecrets.map(([k]) => k),
    login: s.access?.login ?? (d.credential.kind === 'none' ? `none: ${d.credential.reason}` : d.credential.kind),
    azureAuth: d.azure ? `${d.azure.kind} (${d.azure.why})` : undefined,
    where: s.deployed?.where,
    verified: s.deployed?.where?.verified,
    attestation: s.supplied.attestation?.url,
    provenance: s.supplied.provenance,
    outcome: s.outcome,
    durationMs: s.durationMs,
    notes
  });
}

export function describeIntent(intent: Intent): string {
  switch (intent.kind) {
    case 'deploy':
      return intent.branch ? `deploy (branch ${untrusted(intent.branch)})` : 'deploy';
    case 'preview':
      return `preview of pull request #${intent.pr}`;
    case 'teardown':
      return `teardown of pull request #${intent.pr}`;
    case 'release':
      return `release ${untrusted(intent.gitTag)}${intent.prerelease ? ' (prerelease)' : ''}`;
    case 'fork-pr':
      return `fork pull request #${intent.pr}`;
    case 'skip':
      return 'nothing to do';
  }
}
