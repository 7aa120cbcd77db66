/**
 * The image phases of a run: the registry login (its credential may also be what the function
 * app pulls with), then the build and push, or the digest of a prebuilt image. Each returns what
 * it did, for the outputs and the job summary.
 */
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import type { ImagePlan } from '../image/plan.js';
import { Docker } from '../image/docker.js';
import { login, makeDockerConfig, type LoginPlan, type RegistryCredential } from '../image/login.js';
import { buildImage, resolveDigest } from '../image/build.js';
import { adminRegistryCredential, entraRegistryCredential } from '../azure/acr.js';
import type { AzureSession } from '../azure/session.js';
import { ActionError } from '../util/errors.js';
import type { RunDecision } from './decide.js';

export interface RegistryAccess {
  docker: Docker;
  credential?: RegistryCredential;
  /** For the summary: how the run logged in, or why it did not. */
  login: string;
}

export interface ImageResult {
  digest?: string;
  builder?: string;
  notes: string[];
}

export interface RunPaths {
  workspace: string;
  tmpRoot: string;
  /** The user's docker config folder (buildx builders and plugins are linked from it). */
  dockerHome: string;
  /** Registers a temp dir with credentials for the post step to remove. */
  cleanup: (dir: string) => void;
}

/** The build context and Dockerfile, checked before the first side effect. */
export function checkBuildPaths(config: Config, workspace: string): { context: string; dockerfile: string } {
  const context = isAbsolute(config.image.context) ? config.image.context : resolve(workspace, config.image.context);
  if (!existsSync(context) || !statSync(context).isDirectory()) {
    throw new ActionError(
      `Input 'context': ${JSON.stringify(config.image.context)} is not a directory (looked in ${context}).`,
      'Check out the repository first (actions/checkout) and give the folder that holds the Dockerfile.'
    );
  }
  const file = config.image.dockerfile;
  const dockerfile = file ? (isAbsolute(file) ? file : resolve(workspace, file)) : join(context, 'Dockerfile');
  if (!existsSync(dockerfile)) {
    throw new ActionError(
      `Input 'dockerfile': ${dockerfile} does not exist.`,
      'Set dockerfile to the Dockerfile path (relative to the workspace), or put a Dockerfile in the context folder.'
    );
  }
  return { context, dockerfile };
}

/** Gets the registry credential the decision asks for, and logs docker in when it must. */
export async function registryLogin(config: Config, d: RunDecision, azure: AzureSession | undefined, paths: RunPaths): Promise<RegistryAccess> {
  const docker = new Docker('docker');
  const credential = await resolveCredential(config, d.credential, azure);
  const planned = d.credential.kind === 'none' ? `none: ${d.credential.reason}` : d.credential.kind;
  if (credential && d.login) {
    docker.configDir = makeDockerConfig(paths.tmpRoot, paths.dockerHome);
    paths.cleanup(docker.configDir);
    await login(docker, d.image.registry, credential);
    return { docker, credential, login: `${credential.source} (${credential.username})` };
  }
  if (d.login && d.credential.kind === 'none') core.info(`No registry login: ${d.credential.reason}.`);
  return { docker, credential, login: planned };
}

async function resolveCredential(config: Config, plan: LoginPlan, azure: AzureSession | undefined): Promise<RegistryCredential | undefined> {
  switch (plan.kind) {
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

/** Builds (and pushes) the image, or reads the digest of the prebuilt one. */
export async function buildOrResolve(
  docker: Docker,
  config: Config,
  plan: ImagePlan,
  sources: { context: string; dockerfile: string } | undefined,
  tmpRoot: string
): Promise<ImageResult> {
  if (plan.prebuilt) {
    const ref = plan.prebuilt;
    const digest = ref.digest ?? (await resolveDigest(docker, `${ref.registry}/${ref.repository}:${ref.tag}`));
    return { digest, builder: 'none (image input)', notes: [] };
  }
  if (!sources) return { notes: [] };
  const result = await core.group('Build' + (plan.push ? ' and push' : ''), () =>
    buildImage(
      docker,
      {
        context: sources.context,
        dockerfile: sources.dockerfile,
        target: config.image.buildTarget,
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
  for (const n of result.notes) core.notice(n);
  if (plan.push && !result.digest)
    throw new ActionError('The image was pushed but no digest came back.', 'The action deploys by digest only; check the registry and re-run.');
  return { digest: result.digest, builder: result.builder, notes: result.notes };
}
