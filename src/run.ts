/**
 * The main step: config → intent → image plan → (teardown) → login → build/push → target plan →
 * apply → verify (→ rollback) → report. Every check runs before the first side effect.
 */
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { readInputs } from './config/index.js';
import type { Config } from './config/config.js';
import { readEventContext } from './github/context.js';
import { decideIntent, effectiveMode, type Intent } from './github/intent.js';
import { commitTime as gitCommitTime, tagNames } from './github/git.js';
import { planImage, digestReference } from './image/plan.js';
import { Docker } from './image/docker.js';
import { login, makeDockerConfig, planLogin, type LoginPlan, type RegistryCredential } from './image/login.js';
import { buildImage, resolveDigest } from './image/build.js';
import { cloudFor } from './azure/clouds.js';
import { chooseAuth, makeCredential } from './azure/credential.js';
import { adminRegistryCredential, entraRegistryCredential } from './azure/acr.js';
import { summaryMarkdown, writeSummary, type RunSummary } from './report/summary.js';
import { untrusted } from './report/escape.js';
import { loadTarget, type AzureSession, type DeployContext, type DeployOutputs, type Target } from './targets/target.js';
import { state } from './state.js';
import { ActionError, InputError, describeError } from './util/errors.js';
import type { GitHubReport } from './github/deployments.js';

export async function run(): Promise<void> {
  const started = Date.now();
  const env = process.env;
  // The fork case is decided before the inputs are validated: a fork's secrets arrive empty.
  const event = readEventContext(env);
  const facts = decideIntent(event);
  const config = readInputs({ forkPullRequest: facts.intent.kind === 'fork-pr' });
  for (const w of config.warnings) core.warning(w);
  const mode = effectiveMode(config.mode, facts.intent);
  core.info(`Event ${env.GITHUB_EVENT_NAME} → ${describeIntent(facts.intent)}; mode ${mode}; target ${config.target}.`);

  if (facts.intent.kind === 'skip') {
    core.notice(`Nothing to do: ${facts.intent.reason}.`);
    return;
  }
  if (facts.intent.kind === 'fork-pr') {
    core.notice(
      facts.intent.closed
        ? `Pull request #${facts.intent.pr} comes from a fork: no preview was deployed for it, so there is nothing to tear down.`
        : `Pull request #${facts.intent.pr} comes from a fork: the image is built to check it, but not pushed and not deployed (forks get no secrets and no OIDC token).`
    );
    if (facts.intent.closed) return;
  }

  // --- everything below up to the first side effect only reads and decides ---
  // Fork pull requests deploy nothing; for aks their manifests are still rendered and validated.
  const fork = facts.intent.kind === 'fork-pr';
  const deploys = mode !== 'build' && (!fork || config.target === 'aks');
  const target = deploys ? await loadTarget(config.target) : undefined;
  const teardown = mode === 'teardown';
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const tmpRoot = env.RUNNER_TEMP && existsSync(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir();
  const release = facts.intent.kind === 'release';
  const [commitTime, knownVersions] = await Promise.all([
    facts.commitTime ? Promise.resolve(new Date(facts.commitTime).toISOString()) : gitCommitTime(workspace, facts.sha),
    release ? tagNames(workspace) : Promise.resolve([])
  ]);
  const plan = planImage({ config, facts, mode, commitTime, knownVersions });
  for (const w of plan.warnings) core.warning(w);
  const paths = plan.build ? checkBuildPaths(config, workspace) : undefined;
  const needsLogin = !teardown && (plan.push || (plan.prebuilt !== undefined && plan.prebuilt.digest === undefined));
  // The app pulls with registry credentials it keeps in its settings: they are needed whether or not this run pushes.
  const needsPullCredential = target !== undefined && !fork && !teardown && config.target === 'functionapp' && config.functionapp.registryPull === 'credentials';
  const loginPlan: LoginPlan = needsLogin || needsPullCredential ? planLogin(config) : { kind: 'none', reason: 'nothing is pushed or pulled' };
  const targetNeedsAzure = target !== undefined && !fork && mode !== 'render' && (config.target === 'functionapp' || config.aks.clusterName !== undefined);
  if (targetNeedsAzure && !config.azure.subscriptionId) {
    throw new InputError('subscription-id', `is required with target: ${config.target} (the ${config.target === 'functionapp' ? 'function app' : 'cluster'} is looked up in it).`, 'Set subscription-id to the subscription of the app.');
  }
  const needsAzure = loginPlan.kind === 'entra' || loginPlan.kind === 'admin' || targetNeedsAzure;
  const cloud = cloudFor(config.azure);
  const authChoice = needsAzure ? chooseAuth(config.azure, { idTokenAvailable: !!(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) }) : undefined;
  if (authChoice) core.info(`Azure credential: ${authChoice.kind} (${authChoice.why}).`);

  // --- side effects from here on ---
  const azure: AzureSession | undefined = authChoice
    ? { cloud, choice: authChoice, credential: await makeCredential(config.azure, cloud, authChoice, (aud) => core.getIDToken(aud)) }
    : undefined;
  const summary: string[] = [];
  const report: Omit<RunSummary, 'durationMs'> = {
    event: { name: event.eventName, action: typeof event.payload.action === 'string' ? event.payload.action : undefined, ref: event.ref },
    intent: describeIntent(facts.intent),
    target: target ? config.target : undefined,
    mode,
    refs: [] as string[],
    pushed: false,
    labels: plan.labels,
    buildArgNames: config.image.buildArgs.map(([k]) => k),
    secretIds: config.image.buildSecrets.map(([k]) => k),
    login: loginPlan.kind === 'none' ? `none: ${loginPlan.reason}` : loginPlan.kind,
    azureAuth: authChoice ? `${authChoice.kind} (${authChoice.why})` : undefined,
    notes: [...plan.warnings]
  };
  let image: string | undefined;
  let digest: string | undefined;
  let builder: string | undefined;
  const baseCtx = { config, facts, registry: plan.registry, azure, tmpRoot, workspace, cleanup: state.addCleanup, pollMs: 2000 };
  try {
    if (teardown && target) {
      const out = await target.teardown({ ...baseCtx, mode: 'teardown', image: '' });
      setDeployOutputs(out);
      report.where = out;
      await github({ phase: 'teardown', config, facts, apiUrl: env.GITHUB_API_URL, where: out, environment: config.deploymentEnvironment });
      return;
    }

    const credential = needsLogin || needsPullCredential ? await resolveCredential(config, loginPlan, azure) : undefined;
    const docker = new Docker('docker');
    if (credential && needsLogin) {
      docker.configDir = makeDockerConfig(tmpRoot, env.DOCKER_CONFIG ?? join(homedir(), '.docker'));
      state.addCleanup(docker.configDir);
      await login(docker, plan.registry, credential);
      report.login = `${credential.source} (${credential.username})`;
    } else if (needsLogin && loginPlan.kind === 'none') {
      core.info(`No registry login: ${loginPlan.reason}.`);
    }

    if (plan.prebuilt) {
      const ref = plan.prebuilt;
      digest = ref.digest ?? (await resolveDigest(docker, `${ref.registry}/${ref.repository}:${ref.tag}`));
      builder = 'none (image input)';
    } else if (paths) {
      const result = await core.group('Build' + (plan.push ? ' and push' : ''), () =>
        buildImage(
          docker,
          {
            context: paths.context,
            dockerfile: paths.dockerfile,
            platforms: config.image.platforms,
            network: config.image.network,
            tags: plan.refs,
            labels: plan.labels,
            buildArgs: config.image.buildArgs,
            buildSecrets: config.image.buildSecrets,
            cacheRef: plan.push ? plan.cacheRef : undefined,
            provenance: config.image.provenance,
            push: plan.push
          },
          tmpRoot
        )
      );
      builder = result.builder;
      digest = result.digest;
      report.notes.push(...result.notes);
      for (const n of result.notes) core.notice(n);
      if (plan.push && !digest) throw new ActionError('The image was pushed but no digest came back.', 'The action deploys by digest only; check the registry and re-run.');
    }
    image = digest ? digestReference(plan, digest) : undefined;
    if (image && digest) {
      core.setOutput('image', image);
      core.setOutput('digest', digest);
    }
    report.pushed = plan.push;
    report.refs = plan.push ? plan.refs : [];
    core.setOutput('tags', JSON.stringify(report.refs));
    core.info(image ? `Image: ${image}` : plan.build ? 'Image built, not pushed.' : 'No image was built.');

    if (!target) return;
    const deployImage = image ?? plan.refs[0];
    if (!image) report.notes.push(`Nothing was pushed in mode ${mode}: the plan shows ${deployImage}, the tag a deploy would push.`);
    const shaTag = plan.tags.find((t) => t.startsWith('sha-'));
    const ctx: DeployContext = {
      ...baseCtx,
      mode: fork ? 'render' : (mode as DeployContext['mode']),
      image: deployImage,
      dockerConfigDir: docker.configDir,
      digest,
      fallbackImage: shaTag && plan.push ? `${plan.registry}/${plan.repository}:${shaTag}` : undefined,
      registryCredential: credential
    };
    await deploy(target, ctx, summary, env.GITHUB_API_URL, report);
  } catch (err) {
    report.outcome = 'failed';
    throw err;
  } finally {
    await writeSummary([summaryMarkdown({ ...report, outcome: report.outcome ?? 'succeeded', image, digest, builder, durationMs: Date.now() - started }), ...summary].join('\n'));
  }
}

/** The GitHub Deployment and preview comment; loaded only when a deploy reports (it never throws). */
async function github(r: GitHubReport) {
  const { reportToGitHub } = await import('./github/deployments.js');
  return reportToGitHub(r);
}

async function deploy(target: Target, ctx: DeployContext, summary: string[], apiUrl: string | undefined, shown: Pick<RunSummary, 'where' | 'verified'>): Promise<void> {
  const p = await target.plan(ctx);
  const out = target.outputs(p);
  setDeployOutputs(out);
  shown.where = out;
  if (ctx.mode !== 'deploy') {
    summary.push(target.summary(p));
    core.info(`mode ${ctx.mode}: nothing was changed. The plan:\n${JSON.stringify(out.plan, null, 2)}`);
    return;
  }
  const report = { config: ctx.config, facts: ctx.facts, apiUrl, image: ctx.image, digest: ctx.digest ?? '', environment: ctx.config.deploymentEnvironment };
  const started = await github({ ...report, phase: 'start', where: out });
  let outcome: 'success' | 'failure' = 'failure';
  let error: unknown;
  try {
    await target.apply(p);
    await target.verify(p);
    outcome = 'success';
  } catch (err) {
    const restored = await target.rollback(p, err);
    const what = restored.length ? `\nRolled back: ${restored.join('; ')}.` : '\nNothing had been changed, so nothing was rolled back.';
    const hint = err instanceof ActionError ? err.hint : undefined;
    error = new ActionError(`${describeError(err).replace(/\nHint: [\s\S]*$/, '')}${what}`, hint, { cause: err });
    throw error;
  } finally {
    summary.push(target.summary(p));
    Object.assign(shown, { where: target.outputs(p), verified: target.outputs(p).verified });
    await github({ ...report, phase: 'finish', where: target.outputs(p), deployment: started.deployment, outcome, error });
  }
  setDeployOutputs(target.outputs(p));
}

function setDeployOutputs(out: DeployOutputs): void {
  for (const key of ['url', 'slot', 'namespace', 'manifests'] as const) if (out[key]) core.setOutput(key, out[key]);
  if (out.plan !== undefined) core.setOutput('plan', JSON.stringify(out.plan));
}

function checkBuildPaths(config: Config, workspace: string): { context: string; dockerfile: string } {
  const context = isAbsolute(config.image.context) ? config.image.context : resolve(workspace, config.image.context);
  if (!existsSync(context) || !statSync(context).isDirectory()) {
    throw new ActionError(`Input 'context': ${JSON.stringify(config.image.context)} is not a directory (looked in ${context}).`, 'Check out the repository first (actions/checkout) and give the folder that holds the Dockerfile.');
  }
  const dockerfile = config.image.dockerfile
    ? isAbsolute(config.image.dockerfile)
      ? config.image.dockerfile
      : resolve(workspace, config.image.dockerfile)
    : join(context, 'Dockerfile');
  if (!existsSync(dockerfile)) {
    throw new ActionError(`Input 'dockerfile': ${dockerfile} does not exist.`, 'Set dockerfile to the Dockerfile path (relative to the workspace), or put a Dockerfile in the context folder.');
  }
  return { context, dockerfile };
}

async function resolveCredential(config: Config, loginPlan: LoginPlan, azure: AzureSession | undefined): Promise<RegistryCredential | undefined> {
  switch (loginPlan.kind) {
    case 'none':
      return undefined;
    case 'password':
      return { username: config.registryAuth.username!, password: config.registryAuth.password!, source: 'password' };
    case 'entra':
      return entraRegistryCredential(config.image.registry, azure!.credential, azure!.cloud, azure!.choice);
    case 'admin':
      return adminRegistryCredential(config.image.registry, azure!.credential, azure!.cloud, config.azure.subscriptionId!);
  }
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
