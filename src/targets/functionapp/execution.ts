/**
 * One deploy to the function app: the plan (data, never changed after planning) and where to
 * send the calls; and the progress record that apply returns and verify and rollback read.
 */
import type { AppService } from './client.js';
import type { FunctionAppPlan, PullConfig } from './plan.js';

/** What apply and verify did, for the rollback and the report. */
export interface Progress {
  settings?: boolean;
  /** The pull fields before the config write, once it landed. */
  config?: PullConfig;
  sticky?: boolean;
  created?: boolean;
  swapped?: boolean;
  /** The image actually written (the digest, or the sha tag where App Service refused the digest form). */
  image?: string;
  hostName?: string;
  productionHostName?: string;
  /** The deploy record was written on the slot after the verified deploy. */
  recorded?: boolean;
  /** What verify saw that proves the image serves, for the summary. */
  evidence: string[];
}

export interface Execution {
  /** The app as input `app-name` spells it (the preview comment's instance). */
  appName: string;
  plan: FunctionAppPlan;
  svc: AppService;
  /** The container logs before any write: only what comes after counts as evidence. */
  logBefore: { target: string; production?: string };
  timeoutMs: number;
  healthPath?: string;
  /** `registry/repo:sha-<7>`: the fallback when App Service refuses the digest form. */
  fallbackImage?: string;
  pollMs: number;
  /** Tears down a closed pull request's preview (slot, comment, Deployment): what frees a slot when plan.evict says so. */
  evict?: (pr: number) => Promise<unknown>;
}

export const where = (slot: string | undefined) => slot ?? 'production';
