/**
 * The grammar of image references (registry host, repository path, tag, digest), as the
 * distribution reference grammar defines them. Pure.
 */
import { InputError } from '../util/errors.js';
import { DIGEST_RE } from '../util/patterns.js';

export { DIGEST_RE };

const HOST_COMPONENT = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
export const REGISTRY_RE = new RegExp(`^(?:${HOST_COMPONENT}(?:\\.${HOST_COMPONENT})*|\\[[0-9a-f:]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
export const REPOSITORY_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
export const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** `registry/repo[:tag][@sha256:…]`; the registry part is required (a host with a dot or port, or localhost). */
export function parseImageReference(text: string, input: string): ImageReference {
  const forms = 'registry/repository:tag or registry/repository@sha256:<64 hex>, e.g. contoso.azurecr.io/app@sha256:…';
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new InputError(input, `${JSON.stringify(text)} has an invalid digest.`, `Accepted: ${forms}.`);
  }
  const slash = rest.indexOf('/');
  const host = slash > 0 ? rest.slice(0, slash) : '';
  if (!host || !(host.includes('.') || host.includes(':') || host === 'localhost') || !REGISTRY_RE.test(host)) {
    throw new InputError(input, `${JSON.stringify(text)} does not name its registry.`, `Accepted: ${forms}.`);
  }
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new InputError(input, `${JSON.stringify(text)} has an invalid tag.`, `Accepted: ${forms}.`);
  }
  if (!REPOSITORY_RE.test(path)) throw new InputError(input, `${JSON.stringify(text)} has an invalid repository (lower-case only).`, `Accepted: ${forms}.`);
  if (!tag && !digest) throw new InputError(input, `${JSON.stringify(text)} has neither a tag nor a digest.`, `Accepted: ${forms}.`);
  return { registry: host, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** A repository name derived from free text (e.g. the GitHub repository name): lower-cased and fitted to the grammar. */
export function toRepositoryName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._/-]+/g, '-')
    .split('/')
    .map((c) => c.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').replace(/[._-]{2,}/g, '-'))
    .filter(Boolean)
    .join('/');
}
