/**
 * The verbs every deploy target implements. run.ts drives them; a target never imports another.
 */
import type { Config } from '../config/config.js';
import type { EventFacts } from '../github/intent.js';

export interface DeployInput {
  config: Config;
  facts: EventFacts;
  /** `registry/repository@sha256:…` */
  image: string;
  digest: string;
}

export interface DeployOutputs {
  url?: string;
  slot?: string;
  namespace?: string;
  manifests?: string;
  /** Setting and object names only, never values. */
  plan?: unknown;
}

export interface Target<P = unknown> {
  /** Reads the current state and returns what apply would do; changes nothing. */
  plan(input: DeployInput): Promise<P>;
  apply(plan: P): Promise<void>;
  verify(plan: P): Promise<void>;
  rollback(plan: P, cause: unknown): Promise<void>;
  teardown(config: Config, facts: EventFacts): Promise<DeployOutputs>;
  outputs(plan: P): DeployOutputs;
}

/**
 * Loads a target's module on demand so its SDKs cost nothing to runs that do not use them.
 * Targets arrive in later versions; until then this says so before any side effect.
 */
export async function loadTarget(name: Config['target']): Promise<Target> {
  const { ActionError } = await import('../util/errors.js');
  throw new ActionError(
    `target: ${name} cannot deploy yet in this version of the action (image build and push work).`,
    'Use mode: build to build and push only, and deploy the `image` output with your current tooling.'
  );
}
