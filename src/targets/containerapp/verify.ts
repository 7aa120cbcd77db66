/**
 * Verify proves that the new revision serves, from what ARM says about it (provisioningState
 * Provisioned, runningState Running, replicas ready, and in single-revision mode that it is the
 * app's latest ready revision) and `health-path` on the revision's own address (its fqdn as ARM
 * returns it; the app's address may still route to the old revision). Then, for releases and
 * multiple-mode deploys, traffic moves in its steps, each one checked (revision still healthy,
 * health-path on the app's address). No evidence within `timeout` is a failure, never a success.
 */
import * as core from '@actions/core';
import { ActionError } from '../../util/errors.js';
import { sleep } from '../../util/retry.js';
import { recorded, type Step } from '../target.js';
import { healthy as checkHealth } from '../health.js';
import { describeTraffic } from './plan.js';
import type { Execution, Progress } from './execution.js';

export function verify(x: Execution, applied: Progress): Promise<Step<Progress>> {
  return recorded<Progress>({ ...applied, evidence: [...applied.evidence] }, (progress) => proves(x, progress));
}

async function proves(x: Execution, progress: Progress): Promise<void> {
  const { plan, svc } = x;
  let deadline = Date.now() + x.timeoutMs;
  progress.revisionHost = await revisionReady(x, deadline);
  progress.evidence.push(`${plan.revision}: Provisioned, Running, replicas ready`);
  const seen = await healthy(x, progress.revisionHost, `revision ${plan.revision}`, deadline);
  if (seen) progress.evidence.push(seen);
  for (const step of plan.trafficSteps) {
    core.info(`Traffic to ${plan.revision}: ${step.percent} % (${describeTraffic(step.traffic, plan.appName).join(', ')}).`);
    const doc = await svc.app(plan.resourceGroup, plan.appName);
    // The PUT carries the app as read now (secret values from listSecrets) with only the traffic changed.
    const { withSecretValues } = await import('./client.js');
    const now = withSecretValues(doc, await svc.secrets(plan.resourceGroup, plan.appName));
    await svc.put(
      plan.resourceGroup,
      plan.appName,
      { ...now, configuration: { ...now.configuration, ingress: { ...now.configuration?.ingress, traffic: step.traffic } } },
      x.pollMs,
      `Move ${step.percent} % of the traffic to ${plan.revision}`
    );
    progress.traffic = step.traffic;
    progress.percent = step.percent;
    deadline = Date.now() + x.timeoutMs;
    await revisionReady(x, deadline);
    const app = await healthy(x, plan.appHost, `app ${plan.appName} at ${step.percent} %`, deadline);
    progress.evidence.push(`${step.percent} % to ${plan.revision}${app ? `; ${app}` : ''}`);
  }
  if (plan.retire) {
    // The preview's previous revision lost its label to the new one: it routes nothing now. Deactivated, never deleted.
    await svc.deactivate(plan.resourceGroup, plan.appName, plan.retire).then(
      () => core.info(`Deactivated ${plan.retire}, the previous revision of label ${plan.label} (kept, not deleted).`),
      (e: unknown) => core.warning(`Could not deactivate ${plan.retire}: ${(e as Error).message.split('\n')[0]}`)
    );
  }
}

/** Polls the revision until it is provisioned, running, with replicas ready; fails at once when it failed. */
async function revisionReady(x: Execution, deadline: number): Promise<string | undefined> {
  const { plan, svc } = x;
  core.info(`Waiting for revision ${plan.revision} to be provisioned and running (up to ${Math.round((deadline - Date.now()) / 1000)} s).`);
  for (;;) {
    const r = await svc.revision(plan.resourceGroup, plan.appName, plan.revision);
    const status = `provisioningState ${r.provisioningState}, runningState ${r.runningState}, healthState ${r.healthState}, replicas ${r.replicas ?? 0}, active ${r.active}`;
    const failed = r.provisioningState === 'Failed' || r.runningState === 'Failed' || r.runningState === 'Degraded';
    if (failed)
      throw new ActionError(
        `Revision ${plan.revision} did not start: ${status}${r.provisioningError ? `; provisioningError: "${r.provisioningError}"` : ''}.`,
        "The revision system log (ContainerAppSystemLogs_CL in the environment's Log Analytics workspace, or az containerapp logs show --type system) has the full story; a pull error means the app's registry identity or credentials cannot pull the image."
      );
    let ok = r.provisioningState === 'Provisioned' && /^Running/.test(r.runningState ?? '') && (r.replicas ?? 0) > 0 && r.active !== false;
    if (ok && plan.mode === 'Single') {
      const app = await svc.app(plan.resourceGroup, plan.appName);
      ok = app.latestReadyRevisionName === plan.revision;
    }
    if (ok) return r.fqdn;
    if (Date.now() > deadline)
      throw new ActionError(
        `Revision ${plan.revision} was not ready within ${Math.round(x.timeoutMs / 1000)} s: ${status}.`,
        'A large image or a slow start may need a longer timeout.'
      );
    await sleep(x.pollMs);
  }
}

function healthy(x: Execution, host: string | undefined, name: string, deadline: number): Promise<string | undefined> {
  return checkHealth({ host, path: x.healthPath, name, deadline, timeoutMs: x.timeoutMs, pollMs: x.pollMs });
}
