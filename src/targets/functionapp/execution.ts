/**
 * One deploy to the function app as it runs: the plan (data, never changed), where to send the
 * calls, and the progress that apply and verify record for rollback and the report.
 */
import type { AppService } from './client.js';
import type { FunctionAppPlan, PullConfig } from './plan.js';

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
  /** What verify saw that proves the image serves, for the summary. */
  evidence: string[];
}

export interface Execution {
  plan: FunctionAppPlan;
  svc: AppService;
  /** The container logs before any write: only what comes after counts as evidence. */
  logBefore: { target: string; production?: string };
  timeoutMs: number;
  healthPath?: string;
  /** `registry/repo:sha-<7>`: the fallback when App Service refuses the digest form. */
  fallbackImage?: string;
  pollMs: number;
  progress: Progress;
}

export const where = (slot: string | undefined) => slot ?? 'production';
