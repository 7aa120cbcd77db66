/**
 * Build and push through the docker CLI: buildx when present (digest from --metadata-file),
 * else the classic builder + `docker push` with the digest read back. Returns the pushed digest,
 * or throws: a push without a digest is an error.
 */
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Docker, DockerError, isTransientDockerFailure } from './docker.js';
import { retry } from '../util/retry.js';
import { ActionError } from '../util/errors.js';
import { secret } from '../report/mask.js';
import { DIGEST_RE } from '../config/reference.js';

export interface BuildRequest {
  context: string;
  dockerfile: string;
  platforms: string[];
  network?: string;
  /** The Dockerfile stage to build (docker's `--target`); undefined: the last stage. */
  target?: string;
  /** Full references `registry/repo:tag`. */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: Array<[string, string]>;
  buildSecrets: Array<[string, string]>;
  /** `registry/repo:buildcache`, or undefined for no cache. */
  cacheRef?: string;
  provenance: boolean;
  push: boolean;
}

export interface BuildResult {
  builder: 'buildx' | 'classic';
  /** Present whenever push was asked. */
  digest?: string;
  notes: string[];
}

const PUSH_RETRY = { attempts: 4, baseDelayMs: 2000, maxDelayMs: 15000 };

/** Pure: the argv of `docker buildx build`. Secret files are passed in already written. */
export function buildxArgs(req: BuildRequest, files: { metadata: string; secrets: Array<[string, string]> }, driver: string | undefined): string[] {
  const args = ['buildx', 'build', '--file', req.dockerfile, '--platform', req.platforms.join(',')];
  if (req.target) args.push('--target', req.target);
  if (req.network) args.push('--network', req.network);
  for (const t of req.tags) args.push('--tag', t);
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  for (const [k] of req.buildArgs) args.push('--build-arg', k); // value comes from the environment
  for (const [id, path] of files.secrets) args.push('--secret', `id=${id},src=${path}`);
  if (req.cacheRef) {
    args.push('--cache-from', `type=registry,ref=${req.cacheRef}`);
    // The default `docker` driver cannot export a cache; only the containerised builders can.
    if (req.push && driver !== 'docker')
      args.push('--cache-to', `type=registry,ref=${req.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`);
  }
  args.push(`--provenance=${req.provenance}`, '--metadata-file', files.metadata);
  if (req.push) args.push('--push');
  args.push(req.context);
  return args;
}

/** Pure: the argv of the classic `docker build`. */
export function classicBuildArgs(req: BuildRequest, files: { iid: string; secrets: Array<[string, string]> }): string[] {
  const args = ['build', '--file', req.dockerfile];
  if (req.platforms.length === 1) args.push('--platform', req.platforms[0]);
  if (req.target) args.push('--target', req.target);
  if (req.network) args.push('--network', req.network);
  for (const t of req.tags) args.push('--tag', t);
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  for (const [k] of req.buildArgs) args.push('--build-arg', k);
  for (const [id, path] of files.secrets) args.push('--secret', `id=${id},src=${path}`);
  args.push('--iidfile', files.iid, req.context);
  return args;
}

/** The digest in a buildx metadata file. */
export function digestFromMetadata(text: string): string | undefined {
  try {
    const m = JSON.parse(text) as Record<string, unknown>;
    const d = m['containerimage.digest'];
    return typeof d === 'string' && DIGEST_RE.test(d) ? d : undefined;
  } catch {
    return undefined;
  }
}

/** The digest `docker push` prints: `<tag>: digest: sha256:… size: N`. */
export function digestFromPushOutput(text: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(text)?.[1];
}

export async function buildImage(docker: Docker, req: BuildRequest, tmpRoot: string): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpRoot, 'build-'));
  const notes: string[] = [];
  try {
    const secrets: Array<[string, string]> = req.buildSecrets.map(([id, value], i) => {
      secret(value);
      const path = join(work, `secret-${i}`);
      writeFileSync(path, value, { mode: 0o600 });
      return [id, path];
    });
    // Build-arg values go to docker through its environment (`--build-arg NAME` reads $NAME), never argv.
    const env: Record<string, string> = Object.fromEntries(req.buildArgs);
    const buildx = await docker.hasBuildx();
    if (buildx) {
      const driver = await docker.buildxDriver();
      if (req.cacheRef && req.push && driver === 'docker')
        notes.push(
          `The buildx builder uses the 'docker' driver, which cannot export a registry cache: ${req.cacheRef} is read, not written. docker/setup-buildx-action gives a builder that can.`
        );
      const metadata = join(work, 'metadata.json');
      const args = buildxArgs(req, { metadata, secrets }, driver);
      await retry(() => docker.ok(args, { stream: true, env }), {
        ...PUSH_RETRY,
        retryable: (e) => req.push && isTransientDockerFailure(e),
        onRetry: (e, n, ms) =>
          core.warning(`build/push failed on a transient error (attempt ${n}), retrying in ${ms} ms: ${(e as DockerError).detail.split('\n').pop()}`)
      });
      if (!req.push) return { builder: 'buildx', notes };
      const digest = digestFromMetadata(readFileSync(metadata, 'utf8'));
      if (!digest)
        throw new ActionError(
          'buildx pushed the image but wrote no containerimage.digest to its metadata file.',
          'Update buildx (docker/setup-buildx-action) and check that the push succeeded.'
        );
      return { builder: 'buildx', digest, notes };
    }

    if (req.platforms.length > 1) {
      throw new ActionError(
        `platforms lists ${req.platforms.length} platforms, but this runner has no buildx: the classic builder builds one platform.`,
        'Add docker/setup-buildx-action before this step, or give one platform.'
      );
    }
    if (req.cacheRef) notes.push('No buildx on this runner: the registry layer cache is skipped (classic builder).');
    if (req.provenance) notes.push('No buildx on this runner: provenance is not attached (classic builder).');
    const iid = join(work, 'iid');
    // The classic builder only understands --secret with BuildKit switched on.
    const buildEnv = secrets.length ? { ...env, DOCKER_BUILDKIT: '1' } : env;
    await docker.ok(classicBuildArgs(req, { iid, secrets }), { stream: true, env: buildEnv });
    if (!req.push) return { builder: 'classic', notes };
    const digests = new Set<string>();
    for (const tag of req.tags) {
      const args = ['push', tag];
      const r = await retry(() => docker.ok(args, { stream: true }), {
        ...PUSH_RETRY,
        retryable: isTransientDockerFailure,
        onRetry: (e, n, ms) =>
          core.warning(`docker push ${tag} failed on a transient error (attempt ${n}), retrying in ${ms} ms: ${(e as DockerError).detail.split('\n').pop()}`)
      });
      const d = digestFromPushOutput(r.stdout) ?? (await repoDigest(docker, tag));
      if (!d)
        throw new ActionError(
          `docker push ${tag} succeeded but no digest could be read back (push output, docker image inspect).`,
          'Check the registry; the action deploys by digest and will not fall back to a tag.'
        );
      digests.add(d);
    }
    if (digests.size !== 1)
      throw new ActionError(
        `The pushed tags point at different digests (${[...digests].join(', ')}).`,
        'Another push to the same tags raced this one; re-run the job.'
      );
    return { builder: 'classic', digest: [...digests][0], notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `registry/repo@sha256:…` of a local image, from `docker image inspect` RepoDigests. */
export async function repoDigest(docker: Docker, ref: string): Promise<string | undefined> {
  const r = await docker.run(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], { quiet: true });
  if (r.code !== 0) return undefined;
  const repo = ref.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  try {
    const list = JSON.parse(r.stdout.trim()) as string[];
    const hit = (list ?? []).find((d) => d.startsWith(`${repo}@`));
    return hit?.slice(repo.length + 1);
  } catch {
    return undefined;
  }
}

/** The digest of an image already in a registry (input `image`): imagetools with buildx, else pull + inspect. */
export async function resolveDigest(docker: Docker, ref: string): Promise<string> {
  if (await docker.hasBuildx()) {
    const r = await docker.run(['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref]);
    if (r.code === 0) {
      try {
        const d = (JSON.parse(r.stdout) as { digest?: string }).digest;
        if (d && DIGEST_RE.test(d)) return d;
      } catch {
        // fall through to pull
      }
    }
  }
  await retry(() => docker.ok(['pull', ref], { stream: true }), { ...PUSH_RETRY, retryable: isTransientDockerFailure });
  const d = await repoDigest(docker, ref);
  if (!d) throw new ActionError(`The digest of ${ref} could not be resolved.`, 'Give image as registry/repo@sha256:… to deploy an exact image.');
  return d;
}
