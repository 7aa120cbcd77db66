/**
 * OCI image labels (shared/spec/build.md, "OCI labels").
 *
 * Pure: repository facts come from the event payload, `created` is the commit time given by the
 * caller (not the build time), so the same commit always gets the same labels.
 *
 * - The eight generated keys are `org.opencontainers.image.{title,description,url,source,version,
 *   created,revision,licenses}`. A missing value (undefined, null or '') leaves its key out instead
 *   of writing an empty label.
 * - `extra` pairs then override or add keys, the last pair for a key winning. An extra pair with an
 *   empty value is kept as given (an explicit empty label). Keys are not validated here.
 * - The result's keys are inserted in sorted order (UTF-16 code unit order). Note: JavaScript always
 *   enumerates integer-like keys ("1", "42") first, in numeric order; no real label key looks like that.
 */

export interface RepoFacts {
  name?: string;
  fullName?: string;
  description?: string | null;
  htmlUrl?: string;
  /** SPDX id. */
  license?: string | null;
}

export interface LabelInput {
  repo: RepoFacts;
  version: string;
  /** ISO-8601, the commit time. */
  created: string;
  /** Commit sha. */
  revision: string;
  extra?: Array<[string, string]>;
}

export const OCI_PREFIX = 'org.opencontainers.image.';

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

/** Repository name: `name`, or the part of `fullName` after the owner. */
function repoName(repo: RepoFacts): string | undefined {
  if (present(repo.name)) return repo.name;
  if (present(repo.fullName)) {
    const name = repo.fullName.slice(repo.fullName.lastIndexOf('/') + 1);
    if (name !== '') return name;
  }
  return undefined;
}

export function computeLabels(input: LabelInput): Record<string, string> {
  const { repo } = input;
  const generated: Array<[string, string | null | undefined]> = [
    ['title', repoName(repo)],
    ['description', repo.description],
    ['url', repo.htmlUrl],
    ['source', repo.htmlUrl],
    ['version', input.version],
    ['created', input.created],
    ['revision', input.revision],
    ['licenses', repo.license]
  ];

  const merged = new Map<string, string>();
  for (const [key, value] of generated) {
    if (present(value)) merged.set(OCI_PREFIX + key, value);
  }
  for (const [key, value] of input.extra ?? []) merged.set(key, value);

  const labels: Record<string, string> = {};
  for (const key of [...merged.keys()].sort()) {
    // defineProperty, not assignment: a key such as "__proto__" must stay a plain own property.
    Object.defineProperty(labels, key, { value: merged.get(key), enumerable: true, writable: true, configurable: true });
  }
  return labels;
}
