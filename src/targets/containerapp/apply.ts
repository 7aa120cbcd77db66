/**
 * The first write: one PUT of the whole app (template with the new image and env, configuration
 * with the merged secrets, the registry entry and the label at 0 %), only when something changed.
 * Traffic moves later, in verify, once the revision has proved it serves.
 */
import * as core from '@actions/core';
import { recorded, type Step } from '../target.js';
import type { Execution, Progress } from './execution.js';

export function apply(x: Execution): Promise<Step<Progress>> {
  return recorded<Progress>({ evidence: [] }, async (progress) => {
    const { plan, svc } = x;
    if (plan.after) {
      const e = plan.env;
      core.info(
        `Writing container app ${plan.appName}: ${plan.revisionCreated ? `new revision ${plan.revision}` : 'no new revision'}; env +${e.added.length} ~${e.changed.length} -${e.removed.length}; secrets +${plan.secrets.added.length} ~${plan.secrets.changed.length} (every other container, variable, secret, registry and traffic entry kept).`
      );
      await svc.put(
        plan.resourceGroup,
        plan.appName,
        plan.after,
        x.pollMs,
        plan.revisionCreated ? `Create revision ${plan.revision}` : 'Update the configuration'
      );
      progress.written = true;
    } else core.info(`Container app ${plan.appName} already runs ${plan.image.after} with these settings: nothing to write, no new revision.`);
    if (plan.restart) {
      core.info(`Secret values changed without a new revision: restarting ${plan.revision} so its replicas read them.`);
      await svc.restart(plan.resourceGroup, plan.appName, plan.revision);
      progress.restarted = true;
    }
  });
}
