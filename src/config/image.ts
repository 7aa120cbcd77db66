/** The image inputs: registry, repository or prebuilt image, and how to build it. */
import { InputError } from '../util/errors.js';
import { parseBool, parseKeyValueLines, parseList } from './parse.js';
import { parseImageReference, REGISTRY_RE, REPOSITORY_RE, TAG_RE } from './reference.js';
import { maskable, type Inputs } from './inputs.js';
import { maskSetting } from '../report/mask.js';
import type { ImageConfig } from './config.js';

const BUILD_ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
const LABEL_KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** A Dockerfile stage name (`FROM … AS <name>`), as docker accepts it. */
const STAGE_RE = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const SECRET_NAME_HINT = /(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|CONNECTION_?STRING)/i;

function readRegistry(i: Inputs): string {
  const registry = i.raw('registry').value.trim();
  if (registry === '') throw new InputError('registry', 'is required.', 'Accepted: a registry login server such as contoso.azurecr.io or 127.0.0.1:5000.');
  if (/^[a-z]+:\/\//i.test(registry)) {
    throw new InputError(
      'registry',
      `${JSON.stringify(registry)} has a scheme.`,
      `Give the login server only, e.g. ${registry.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`
    );
  }
  if (!REGISTRY_RE.test(registry)) {
    throw new InputError(
      'registry',
      `${JSON.stringify(registry)} is not a registry host.`,
      'Accepted: a lower-case host name with an optional :port and no path, e.g. contoso.azurecr.io.'
    );
  }
  return registry;
}

function readRepository(i: Inputs): string | undefined {
  const repository = i.str('repository');
  if (repository !== undefined && !REPOSITORY_RE.test(repository)) {
    throw new InputError(
      'repository',
      `${JSON.stringify(repository)} is not a valid repository.`,
      'Accepted: lower-case path components of letters and digits separated by . _ __ or -, joined by /, e.g. team/my-func.'
    );
  }
  return repository;
}

/** Build args and build secrets: values masked; names the docker CLI reads itself refused. */
function readBuildValues(i: Inputs, warnings: string[]): Pick<ImageConfig, 'buildArgs' | 'buildSecrets'> {
  const buildArgs = parseKeyValueLines(i.raw('build-args', true, false), BUILD_ARG_RE, 'letters, digits and _, not starting with a digit');
  for (const [k] of buildArgs) {
    // Values reach docker through its environment (`--build-arg NAME`), so names the CLI itself reads are refused.
    if (/^(DOCKER_|BUILDX_|BUILDKIT_)/.test(k) || ['PATH', 'HOME'].includes(k)) {
      throw new InputError(
        'build-args',
        `${JSON.stringify(k)} is reserved for the docker CLI.`,
        'Rename the build argument (names starting with DOCKER_, BUILDX_, BUILDKIT_ and PATH, HOME are reserved).'
      );
    }
    if (SECRET_NAME_HINT.test(k))
      warnings.push(`build-arg ${k} looks like a secret: build args stay in the image history; pass it through build-secrets instead.`);
  }
  const buildSecrets = parseKeyValueLines(i.raw('build-secrets', true), SECRET_ID_RE, 'letters, digits, _ . and -');
  for (const [k, v] of buildArgs) maskSetting(k, v, i.mask);
  for (const [, v] of buildSecrets) if (maskable(v)) i.mask(v);
  return { buildArgs, buildSecrets };
}

function readPlatforms(i: Inputs): string[] {
  const platforms = parseList(i.raw('platforms'));
  for (const p of platforms) {
    if (!PLATFORM_RE.test(p))
      throw new InputError('platforms', `${JSON.stringify(p)} is not a platform.`, 'Accepted: os/arch[/variant], e.g. linux/amd64, linux/arm64.');
  }
  return platforms.length ? platforms : ['linux/amd64'];
}

function readTags(i: Inputs): string[] {
  const extraTags = parseList(i.raw('tags'));
  for (const t of extraTags) {
    if (!TAG_RE.test(t))
      throw new InputError('tags', `${JSON.stringify(t)} is not a valid tag.`, 'Accepted: up to 128 of A-Z a-z 0-9 _ . -, not starting with . or -.');
  }
  return extraTags;
}

export function readImage(i: Inputs, warnings: string[]): ImageConfig {
  const registry = readRegistry(i);
  const repository = readRepository(i);
  const imageText = i.str('image');
  const prebuilt = imageText === undefined ? undefined : parseImageReference(imageText, 'image');
  const context = i.str('context') ?? '.';
  const dockerfile = i.str('dockerfile');
  const buildTarget = i.matching('build-target', STAGE_RE, 'the name of a Dockerfile stage (FROM … AS <name>): a letter, then letters, digits, _ . and -');
  const { buildArgs, buildSecrets } = readBuildValues(i, warnings);
  const platforms = readPlatforms(i);
  const network = i.matching('network', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'default, host, none, or a docker network name');
  const extraTags = readTags(i);
  const labels = parseKeyValueLines(i.raw('labels'), LABEL_KEY_RE, 'letters, digits, . _ / and -, starting with a letter or digit');
  if (prebuilt && (buildArgs.length || buildSecrets.length)) warnings.push('build-args and build-secrets are ignored: image is set, so nothing is built.');
  if (prebuilt && buildTarget) warnings.push('build-target is ignored: image is set, so nothing is built.');
  return {
    registry,
    repository,
    prebuilt,
    context,
    dockerfile,
    buildTarget,
    buildArgs,
    buildSecrets,
    platforms,
    network: network === 'default' ? undefined : network,
    extraTags,
    labels,
    cache: parseBool(i.raw('cache'), true),
    provenance: parseBool(i.raw('provenance'), false)
  };
}
