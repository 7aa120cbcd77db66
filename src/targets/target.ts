/**
 * The verbs every deploy target implements: render → plan → apply → verify (→ rollback), and
 * teardown. run.ts drives them; a target never imports another. A plan is data: no verb changes
 * it after planning. What apply and verify did is their returned progress record, which the
 * next verb (verify, rollback) and the report read.
 */
import type { Config } from '../config/config.js';
import type { EventFacts } from '../github/intent.js';
import type { AzureSession } from '../azure/session.js';
import type { RegistryCredential } from '../image/login.js';
import type { PullRequestState } from '../github/pulls.js';

/** A pull-request preview that exists: what a cleanup lists (target.previews). */
export interface Preview {
  pr: number;
  /** The instance as the preview comment names it: `app/pr-<N>`, the namespace, `app/pr-<N>`. */
  instance: string;
  /** ISO-8601 time of the last deploy to it, from the resource itself; undefined: not known. */
  lastDeployed?: string;
  /** Where lastDeployed comes from (e.g. "the slot's lastModifiedTimeUtc"), for the summary. */
  lastDeployedSource?: string;
}

/** The pull request a preview's slot or label `pr-<N>` belongs to; undefined: not a preview name. */
export function previewNumber(name: string): number | undefined {
  const m = /^pr-(\d+)$/i.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** What the run gives a target about pull requests (the GitHub API), so the target never imports the GitHub client. */
export interface PullRequests {
  /** The state of each pull request; throws when GitHub cannot say. */
  states(prs: readonly number[]): Promise<Map<number, PullRequestState>>;
  /** Tears down pull request `pr`'s preview as a closed pull request's run does (resources, comment, Deployment). */
  evict(pr: number): Promise<DeployOutputs>;
}

export interface DeployContext {
  config: Config;
  facts: EventFacts;
  mode: 'deploy' | 'plan' | 'render' | 'teardown';
  /** `registry/repository@sha256:…` when pushed; a tag reference when nothing was pushed (plan, fork PRs). */
  image: string;
  digest?: string;
  /** `registry/repository:sha-<7>`, the fallback where a digest reference is refused. */
  fallbackImage?: string;
  registry: string;
  registryCredential?: RegistryCredential;
  azure?: AzureSession;
  tmpRoot: string;
  /** GITHUB_WORKSPACE: relative paths (functions-path, context) are resolved from it. */
  workspace: string;
  /** The temporary DOCKER_CONFIG of the registry login, for targets that read the image. */
  dockerConfigDir?: string;
  /** Registers a temp dir with credentials for the post step to remove. */
  cleanup: (dir: string) => void;
  /** Poll interval of long-running operations and status checks. */
  pollMs: number;
  /** Pull-request states and eviction (a preview that finds the slot quota full); undefined: no GitHub access. */
  pullRequests?: PullRequests;
}

export interface DeployOutputs {
  /** The instance a preview comment is about: `app/slot` (functionapp), the namespace (aks), `app/<label>` (containerapp). */
  instance?: string;
  url?: string;
  slot?: string;
  namespace?: string;
  manifests?: string;
  /** The revision deployed (containerapp). */
  revision?: string;
  /** Setting and object names only, never values. */
  plan?: unknown;
  /** What the deploy proved (shown in the job summary); names and digests only. */
  verified?: string[];
}

/**
 * What apply or verify did: the progress record, and the error when the step stopped part-way
 * (the record then says what had landed, for the rollback).
 */
export type Step<R> = { progress: R; ok: true } | { progress: R; ok: false; error: unknown };

/** Runs a step that fills in `progress` as it goes, and returns the record whether or not it failed. */
export async function recorded<R>(progress: R, work: (progress: R) => Promise<void>): Promise<Step<R>> {
  try {
    await work(progress);
    return { progress, ok: true };
  } catch (error) {
    return { progress, ok: false, error };
  }
}

export interface Target<A = unknown, P = unknown, R = unknown> {
  /**
   * Local work before planning: reads the app (aks: from the image, with docker) and writes the
   * files a reviewer reads (aks: the redacted manifests). No Azure or cluster call.
   */
  render(ctx: DeployContext): Promise<A>;
  /** Reads the current state and returns what apply would do; changes nothing and writes no file. */
  plan(ctx: DeployContext, rendered: A): Promise<P>;
  /** Carries out the plan; the progress says what landed, also when it failed. */
  apply(plan: P): Promise<Step<R>>;
  /** Proves the deploy serves; returns the progress with what it saw (and did: a swap, a prune). */
  verify(plan: P, progress: R): Promise<Step<R>>;
  /**
   * After a verified deploy: records what is live now (the deploy record the next plan compares with
   * to show drift). Never fails the deploy: a record that cannot be written is a warning.
   */
  record?(plan: P, progress: R): Promise<void>;
  /** Puts back what apply and verify changed (as their progress says); returns what it restored, for the error message. */
  rollback(plan: P, progress: R, cause: unknown): Promise<string[]>;
  /** Deletes the preview of the closed pull request in `ctx.facts.intent` (mode plan: says what it would delete). */
  teardown(ctx: DeployContext): Promise<DeployOutputs>;
  /** This app's pull-request previews as they exist now (reads only), for a cleanup. */
  previews(ctx: DeployContext): Promise<Preview[]>;
  /** The outputs of the plan, and of what was done when `progress` is given. */
  outputs(plan: P, progress?: R): DeployOutputs;
  /** Markdown for the job summary (names only). */
  summary(plan: P, progress?: R): string;
}

/** Loads a target's module on demand so its SDKs cost nothing to runs that do not use them. */
export async function loadTarget(name: Config['target']): Promise<Target> {
  if (name === 'functionapp') return (await import('./functionapp/index.js')).functionAppTarget as Target;
  if (name === 'containerapp') return (await import('./containerapp/index.js')).containerAppTarget as Target;
  return (await import('./aks/index.js')).aksTarget as Target;
}
