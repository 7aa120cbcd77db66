/** Reads only: what a deploy to the container app starts from, in one parallel wave (the environment's domain after the app). */
import type { ContainerApps } from './client.js';
import { withSecretValues } from './client.js';
import type { CurrentState } from './plan.js';

export async function readState(svc: ContainerApps, resourceGroup: string, name: string): Promise<CurrentState> {
  const [app, secrets, revisions] = await Promise.all([svc.app(resourceGroup, name), svc.secrets(resourceGroup, name), svc.revisions(resourceGroup, name)]);
  const defaultDomain = await svc.environmentDomain((app.environmentId ?? app.managedEnvironmentId) as string | undefined);
  return { resourceGroup, app: withSecretValues(app, secrets), defaultDomain, revisions };
}
