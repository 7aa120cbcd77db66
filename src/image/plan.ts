/**
 * Config + event facts → the image plan: repository, tags, labels, and whether to build and push.
 * Pure.
 */
import type { Config } from '../config/config.js';
import { formatReference, toRepositoryName, type ImageReference } from '../config/reference.js';
import type { EventFacts } from '../github/intent.js';
import { computeTags } from './tags.js';
import { computeLabels } from './labels.js';

export interface ImagePlan {
  registry: string;
  repository: string;
  /** Bare tag names, e.g. ['1.2.3', '1.2', '1', 'sha-abc1234', 'latest']. */
  tags: string[];
  /** Full references `registry/repository:tag`. */
  refs: string[];
  labels: Record<string, string>;
  version: string;
  /** Build from the context (false when a prebuilt image is given). */
  build: boolean;
  /** Push the build (false for fork pull requests and plan mode). */
  push: boolean;
  prebuilt?: ImageReference;
  cacheRef?: string;
  warnings: string[];
}

export interface ImagePlanInputs {
  config: Config;
  facts: EventFacts;
  mode: string;
  /** Commit time from the payload or git; undefined → no `created` label. */
  commitTime?: string;
  /** Versions already released (git tags), for the `latest` decision. */
  knownVersions: string[];
}

export function planImage({ config, facts, mode, commitTime, knownVersions }: ImagePlanInputs): ImagePlan {
  const { image } = config;
  const warnings: string[] = [];
  const repository = image.repository ?? toRepositoryName(facts.repo.name ?? facts.repo.fullName?.split('/').pop() ?? 'app');
  const t = computeTags(facts.tag, { extraTags: image.extraTags, knownVersions });
  warnings.push(...t.warnings);
  const generated = computeLabels({ repo: facts.repo, version: t.version, created: commitTime ?? '', revision: facts.sha, extra: image.labels });
  if (!commitTime)
    warnings.push(
      'The commit time is unknown (not in the payload, not in the checkout): the org.opencontainers.image.created label is left out rather than set to the build time.'
    );
  const fork = facts.intent.kind === 'fork-pr';
  // plan and teardown change nothing, so they build nothing either.
  const build = image.prebuilt === undefined && mode !== 'plan' && mode !== 'teardown';
  const push = build && !fork && mode !== 'plan';
  const registry = image.registry;
  return {
    registry,
    repository,
    tags: t.tags,
    refs: t.tags.map((tag) => `${registry}/${repository}:${tag}`),
    labels: generated,
    version: t.version,
    build,
    push,
    prebuilt: image.prebuilt,
    cacheRef: image.cache ? `${registry}/${repository}:buildcache` : undefined,
    warnings
  };
}

/** `registry/repository@sha256:…`, the only form the targets deploy. */
export function digestReference(plan: Pick<ImagePlan, 'registry' | 'repository' | 'prebuilt'>, digest: string): string {
  const base = plan.prebuilt ?? { registry: plan.registry, repository: plan.repository };
  return formatReference({ registry: base.registry, repository: base.repository, digest });
}
