/**
 * One deploy to the container app: the plan (data, never changed after planning) and where to send
 * the calls; and the progress record that apply returns and verify and rollback read.
 */
import type { ContainerApps } from './client.js';
import type { ContainerAppPlan, TrafficEntry } from './plan.js';

export interface Progress {
  /** The first PUT (template and configuration) landed. */
  written?: boolean;
  /** The traffic written by the last step that landed (undefined: none moved). */
  traffic?: TrafficEntry[];
  /** Percent of production traffic the new revision has now. */
  percent?: number;
  restarted?: boolean;
  /** The address of the new revision (its fqdn, as ARM reports it). */
  revisionHost?: string;
  /** What verify saw that proves the revision serves, for the summary. */
  evidence: string[];
}

export interface Execution {
  plan: ContainerAppPlan;
  svc: ContainerApps;
  timeoutMs: number;
  healthPath?: string;
  pollMs: number;
}
