/**
 * Image tags computed from the triggering event (shared/spec/build.md, "Tags from the event").
 *
 * Pure: no environment, network, clock or file system. The caller turns the GitHub context into
 * `TagFacts`, reads the `tags` input into `TagOptions.extraTags` and, if it can, lists the versions
 * already released (git tags) into `TagOptions.knownVersions`.
 *
 * Order of the computed tags (the first one is the primary tag and becomes the OCI version label):
 *
 * | trigger                                    | tags                                              |
 * | ------------------------------------------ | ------------------------------------------------- |
 * | tag ref / release, stable semver `v1.2.3`  | `1.2.3`, `1.2`, `1`, `sha-<7>`, `latest`          |
 * | tag ref / release, prerelease              | `<version>`, `sha-<7>`                            |
 * | tag ref / release, not a semver            | `<tag, sanitised>`, `sha-<7>`                     |
 * | pull request N                             | `pr-N`, `sha-<7 of the PR head>`                  |
 * | push to the default branch                 | `<branch>`, `sha-<7>`, `latest`                   |
 * | any other event on a branch                | `<branch, sanitised>`, `sha-<7>`                  |
 * | anything else                              | `sha-<7>`                                         |
 *
 * then the extra tags of the `tags` input. Every tag is sanitised and the list is de-duplicated,
 * keeping the first occurrence.
 *
 * Choices beyond the table:
 * - A tag ref is handled as a tag whatever the event (push of the tag, `release`, or a
 *   `workflow_dispatch` run on the tag): the image is built from that tag, so it carries its version.
 * - Major 0 is expanded like any other major: `v0.3.1` gives `0.3.1`, `0.3`, `0`. Under semver a 0.x
 *   minor may break, so `0` is of little use, but it is harmless and keeps one rule for every major
 *   (it is also what docker/metadata-action does with `{{major}}`).
 * - The guard against back-ports applies to every floating tag, not only `latest`: `1.4` is moved
 *   only if no higher 1.4.x is known, `1` only if no higher 1.x.y is known, `latest` only if no
 *   higher stable version at all is known. Equal versions do move them (a rebuild of the same tag).
 * - Build metadata (`v1.2.3+build.5`) is not part of the Docker tag (`+` is not allowed): `1.2.3`.
 * - A branch or extra tag that happens to be `latest` is kept, but `latest: true` then reflects it.
 */
import { createHash } from 'node:crypto';
import semver from 'semver';

export interface TagFacts {
  /** 'push' | 'pull_request' | 'pull_request_target' | 'release' | 'workflow_dispatch' | 'schedule' | ... */
  eventName: string;
  refKind: 'branch' | 'tag' | 'pr' | 'other';
  /** Branch name without `refs/heads/` (for branch refs). */
  branch?: string;
  /** Tag name, e.g. `v1.2.3` (tag push, or `release.tag_name`). */
  gitTag?: string;
  prNumber?: number;
  /** 40-hex commit the image is built from (pull requests: the head sha, not the merge commit). */
  sha: string;
  /** `repository.default_branch` from the payload. */
  defaultBranch?: string;
  /** The release payload's `prerelease` flag. */
  releasePrerelease?: boolean;
}

export interface TagOptions {
  /** The `tags` input lines, appended after the computed tags (sanitised too, de-duplicated). */
  extraTags?: string[];
  /** Git tags / versions already released, e.g. `['v1.4.8', 'v2.0.0']`; non-semver entries are ignored. */
  knownVersions?: string[];
}

export interface TagPlan {
  /** Ordered, unique, every one valid for Docker (`DOCKER_TAG_PATTERN`). */
  tags: string[];
  /** The primary tag (the first one), used for the OCI version label; '' only if there is no tag at all. */
  version: string;
  /** Whether `latest` is among the tags. */
  latest: boolean;
  /** Semver prerelease, or a release the payload marks as prerelease. */
  prerelease: boolean;
  /** Human sentences about anything surprising: sanitised or shortened tags, floating tags withheld, ... */
  warnings: string[];
}

/** Grammar of a Docker tag (distribution reference `tag` production). */
export const DOCKER_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const MAX_TAG_LENGTH = 128;
/** Length kept when a tag is too long; `-` and 7 hash characters follow, 128 in all. */
const TRUNCATED_LENGTH = 120;
const HASH_LENGTH = 7;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** First 7 characters of a commit sha. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

interface Sanitized {
  tag: string;
  changed: boolean;
  truncated: boolean;
}

function sanitize(raw: string): Sanitized {
  let tag = raw.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  let truncated = false;
  if (tag.length > MAX_TAG_LENGTH) {
    // Hash of the value as given (before sanitising), so the result is deterministic and two long
    // names that only differ after character 120 (or only in replaced characters) stay apart.
    const hash = createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, HASH_LENGTH);
    tag = `${tag.slice(0, TRUNCATED_LENGTH)}-${hash}`;
    truncated = true;
  }
  return { tag, changed: tag !== raw, truncated };
}

/**
 * Make `raw` a valid Docker tag: each run of characters outside `[A-Za-z0-9_.-]` becomes one `-`,
 * leading `.` and `-` are removed, and a result over 128 characters is cut to 120 followed by `-`
 * and the first 7 hex characters of the SHA-256 of `raw`. The result may be '' (the caller drops it).
 */
export function sanitizeTag(raw: string): { tag: string; changed: boolean } {
  const { tag, changed } = sanitize(raw);
  return { tag, changed };
}

/** Quote a value taken from the event or the inputs for a warning (control characters escaped). */
function quote(value: string): string {
  return JSON.stringify(value);
}

/** Ordered, de-duplicated tag list that sanitises what it is given and records why it changed it. */
class TagList {
  readonly tags: string[] = [];
  constructor(private readonly warnings: string[]) {}

  add(raw: string, what: string): void {
    const { tag, changed, truncated } = sanitize(raw);
    if (tag === '') {
      this.warnings.push(`${what} ${quote(raw)} has no character allowed in a Docker tag; it is dropped.`);
      return;
    }
    if (truncated) {
      this.warnings.push(
        `${what} ${quote(raw)} is longer than ${MAX_TAG_LENGTH} characters as a Docker tag; it is shortened to ${quote(tag)} (first ${TRUNCATED_LENGTH} characters, '-' and a hash of the full name).`
      );
    } else if (changed) {
      this.warnings.push(
        `${what} ${quote(raw)} is not a valid Docker tag (allowed: letters, digits, '_', '.', '-', not first '.' or '-'); it is tagged as ${quote(tag)}.`
      );
    }
    if (!this.tags.includes(tag)) this.tags.push(tag);
  }
}

/** Stable versions among `knownVersions`; anything that is not a semver, and every prerelease, is ignored. */
function stableVersions(knownVersions: readonly string[] | undefined): semver.SemVer[] {
  const versions: semver.SemVer[] = [];
  for (const entry of knownVersions ?? []) {
    const parsed = semver.parse(entry);
    if (parsed && parsed.prerelease.length === 0) versions.push(parsed);
  }
  return versions;
}

/** The highest of `candidates` if it is higher than `version`, else undefined. */
function higherThan(version: semver.SemVer, candidates: readonly semver.SemVer[]): semver.SemVer | undefined {
  let highest: semver.SemVer | undefined;
  for (const candidate of candidates) {
    if (semver.gt(candidate, version) && (!highest || semver.gt(candidate, highest))) highest = candidate;
  }
  return highest;
}

interface VersionResult {
  prerelease: boolean;
  latest: boolean;
}

/** Tags of a tag ref (push of a tag, release): version tags, sha tag, maybe latest. */
function addVersionTags(gitTag: string, facts: TagFacts, options: TagOptions, list: TagList, shaTag: string | undefined, warnings: string[]): VersionResult {
  const parsed = semver.parse(gitTag);
  if (!parsed) {
    list.add(gitTag, 'Git tag');
    if (shaTag) list.add(shaTag, 'Commit tag');
    warnings.push(`Git tag ${quote(gitTag)} is not a semantic version (such as v1.2.3): the image gets no major/minor tags and no 'latest'.`);
    return { prerelease: facts.releasePrerelease === true, latest: false };
  }

  const full = parsed.version; // major.minor.patch[-prerelease], no leading 'v', no build metadata
  if (parsed.build.length > 0) {
    warnings.push(`Build metadata of git tag ${quote(gitTag)} is not part of the Docker tag ('+' is not allowed): tagged as ${quote(full)}.`);
  }
  const minorTag = `${parsed.major}.${parsed.minor}`;
  const majorTag = `${parsed.major}`;

  const semverPrerelease = parsed.prerelease.length > 0;
  if (semverPrerelease || facts.releasePrerelease === true) {
    list.add(full, 'Version');
    if (shaTag) list.add(shaTag, 'Commit tag');
    if (!semverPrerelease) {
      warnings.push(
        `Release ${quote(gitTag)} is marked as a pre-release: the image is tagged ${quote(full)} without ${quote(minorTag)}, ${quote(majorTag)} or 'latest'.`
      );
    }
    return { prerelease: true, latest: false };
  }

  const known = stableVersions(options.knownVersions);
  const withheld = (floating: string, higher: semver.SemVer | undefined): boolean => {
    if (!higher) return false;
    warnings.push(`Tag ${quote(floating)} is not moved to ${full}: ${higher.raw.trim()} is a higher version (a back-port does not move it).`);
    return true;
  };

  list.add(full, 'Version');
  if (
    !withheld(
      minorTag,
      higherThan(
        parsed,
        known.filter((v) => v.major === parsed.major && v.minor === parsed.minor)
      )
    )
  )
    list.add(minorTag, 'Version');
  if (
    !withheld(
      majorTag,
      higherThan(
        parsed,
        known.filter((v) => v.major === parsed.major)
      )
    )
  )
    list.add(majorTag, 'Version');
  if (shaTag) list.add(shaTag, 'Commit tag');
  const latest = !withheld('latest', higherThan(parsed, known));
  if (latest) list.add('latest', 'Tag');
  return { prerelease: false, latest };
}

/** Compute the tags of the image built for the event described by `facts`. */
export function computeTags(facts: TagFacts, options: TagOptions = {}): TagPlan {
  const warnings: string[] = [];
  const list = new TagList(warnings);

  const short = shortSha(facts.sha ?? '');
  let shaTag: string | undefined;
  if (/^[0-9a-f]{7}$/i.test(short)) {
    shaTag = `sha-${short.toLowerCase()}`;
  } else {
    warnings.push(`Commit ${quote(facts.sha ?? '')} is not a git sha: the image gets no 'sha-' tag.`);
  }

  let prerelease = false;
  const isTagRef = facts.refKind === 'tag' || facts.eventName === 'release';
  const prNumber = facts.prNumber;
  const hasPrNumber = prNumber !== undefined && Number.isSafeInteger(prNumber) && prNumber > 0;

  if (isTagRef && facts.gitTag) {
    prerelease = addVersionTags(facts.gitTag, facts, options, list, shaTag, warnings).prerelease;
  } else if ((PULL_REQUEST_EVENTS.has(facts.eventName) || facts.refKind === 'pr') && hasPrNumber) {
    list.add(`pr-${prNumber}`, 'Pull request tag');
    if (shaTag) list.add(shaTag, 'Commit tag');
  } else if (facts.refKind === 'branch' && facts.branch) {
    list.add(facts.branch, 'Branch name');
    if (shaTag) list.add(shaTag, 'Commit tag');
    if (facts.eventName === 'push') {
      if (facts.defaultBranch === undefined || facts.defaultBranch === '') {
        warnings.push(`The repository's default branch is not known: a push to ${quote(facts.branch)} does not get 'latest'.`);
      } else if (facts.branch === facts.defaultBranch) {
        list.add('latest', 'Tag');
      }
    }
    if (sanitize(facts.branch).tag === 'latest') {
      warnings.push(`Branch ${quote(facts.branch)} gives the tag 'latest': images built from it overwrite 'latest'.`);
    }
  } else if (shaTag) {
    list.add(shaTag, 'Commit tag');
  }

  for (const line of options.extraTags ?? []) {
    const extra = line.trim();
    if (extra !== '') list.add(extra, "Tag of the 'tags' input");
  }

  const tags = list.tags;
  return { tags, version: tags[0] ?? '', latest: tags.includes('latest'), prerelease, warnings };
}
