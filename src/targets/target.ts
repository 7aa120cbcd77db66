/**
 * The verbs every deploy target implements. run.ts drives them; a target never imports another.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Config } from '../config/config.js';
import type { EventFacts } from '../github/intent.js';
import type { Cloud } from '../azure/clouds.js';
import type { AuthChoice } from '../azure/credential.js';
import type { RegistryCredential } from '../image/login.js';

export interface AzureSession {
  cloud: Cloud;
  choice: AuthChoice;
  credential: TokenCredential;
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
}

export interface DeployOutputs {
  url?: string;
  slot?: string;
  namespace?: string;
  manifests?: string;
  /** Setting and object names only, never values. */
  plan?: unknown;
  /** What the deploy proved (shown in the job summary); names and digests only. */
  verified?: string[];
}

export interface Target<P = unknown> {
  /** Reads the current state and returns what apply would do; changes nothing. */
  plan(ctx: DeployContext): Promise<P>;
  apply(plan: P): Promise<void>;
  verify(plan: P): Promise<void>;
  /** Puts back what apply changed; returns what it restored, for the error message. */
  rollback(plan: P, cause: unknown): Promise<string[]>;
  teardown(ctx: DeployContext): Promise<DeployOutputs>;
  outputs(plan: P): DeployOutputs;
  /** Markdown for the job summary (names only). */
  summary(plan: P): string;
}

/** Loads a target's module on demand so its SDKs cost nothing to runs that do not use them. */
export async function loadTarget(name: Config['target']): Promise<Target> {
  if (name === 'functionapp') return (await import('./functionapp/index.js')).functionAppTarget as Target;
  return (await import('./aks/index.js')).aksTarget as Target;
}
