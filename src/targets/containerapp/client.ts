/**
 * The Container Apps calls of this target, each one `armCall` (retries on 409/429, Azure's Code and
 * Message on failure). `@azure/arm-appcontainers` 4.0.0 (api-version 2026-07-01, whose ContainerApp
 * carries `kind`, `functionapp` among its values) is loaded only when this target runs.
 *
 * What ARM gives about a revision: provisioningState, runningState, healthState, replicas, active,
 * trafficWeight, fqdn and provisioningError. The system log (ContainerAppSystemLogs) is not an ARM
 * resource: on Azure it is in the environment's Log Analytics workspace (or the log stream), which
 * this action does not read; a failure quotes the revision's status and provisioningError instead.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { ContainerAppsAPIClient, ContainerApp, Revision } from '@azure/arm-appcontainers';
import { armCall, armClientOptions, statusOf } from '../../azure/arm.js';
import type { Cloud } from '../../azure/clouds.js';
import { secret } from '../../report/mask.js';
import type { AppDoc, TrafficEntry } from './plan.js';

export class ContainerApps {
  private constructor(
    private readonly client: ContainerAppsAPIClient,
    readonly subscriptionId: string
  ) {}

  static async create(credential: TokenCredential, cloud: Cloud, subscriptionId: string): Promise<ContainerApps> {
    const { ContainerAppsAPIClient } = await import('@azure/arm-appcontainers');
    return new ContainerApps(new ContainerAppsAPIClient(credential, subscriptionId, armClientOptions(cloud)), subscriptionId);
  }

  async app(rg: string, name: string): Promise<AppDoc> {
    return (await armCall(`Get container app ${name} in resource group ${rg}`, () => this.client.containerApps.get(rg, name), {
      hint: (status) => (status === 404 ? 'Check app-name and resource-group (and subscription-id).' : undefined)
    })) as unknown as AppDoc;
  }

  /** Secret values (GET hides them); each one is masked the moment it is read. */
  async secrets(rg: string, name: string): Promise<Record<string, string>> {
    const r = await armCall(`List the secrets of container app ${name}`, () => this.client.containerApps.listSecrets(rg, name), {
      hint: (status) => (status === 403 ? 'The identity needs Contributor on the container app (listSecrets is a write-level action).' : undefined)
    });
    const out: Record<string, string> = {};
    for (const s of r.value ?? [])
      if (s.name && typeof s.value === 'string') {
        secret(s.value);
        out[s.name] = s.value;
      }
    return out;
  }

  async environmentDomain(environmentId: string | undefined): Promise<string | undefined> {
    const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.App\/managedEnvironments\/([^/]+)/i.exec(environmentId ?? '');
    if (!m) return undefined;
    const env = await armCall(`Get managed environment ${m[2]}`, () => this.client.managedEnvironments.get(m[1], m[2]));
    return env.defaultDomain;
  }

  async revisions(rg: string, name: string): Promise<string[]> {
    return armCall(`List the revisions of container app ${name}`, async () => {
      const out: string[] = [];
      for await (const r of this.client.containerAppsRevisions.listRevisions(rg, name)) if (r.name) out.push(r.name);
      return out;
    });
  }

  async revision(rg: string, name: string, revision: string): Promise<Revision> {
    return armCall(`Get revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.getRevision(rg, name, revision));
  }

  /** PUT of the whole app: only ever called with a document that started from a read of it (secret values filled in). */
  async put(rg: string, name: string, doc: AppDoc, pollMs: number, what: string): Promise<AppDoc> {
    const body = { ...doc } as Record<string, unknown>;
    for (const ro of ['latestRevisionName', 'latestReadyRevisionName', 'latestRevisionFqdn', 'outboundIpAddresses', 'eventStreamEndpoint', 'provisioningState'])
      delete body[ro];
    return (await armCall(`${what} (PUT container app ${name})`, () =>
      this.client.containerApps.createOrUpdate(rg, name, body as unknown as ContainerApp, { updateIntervalInMs: pollMs }).pollUntilDone()
    )) as unknown as AppDoc;
  }

  async deactivate(rg: string, name: string, revision: string): Promise<void> {
    await armCall(`Deactivate revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.deactivateRevision(rg, name, revision));
  }

  async restart(rg: string, name: string, revision: string): Promise<void> {
    await armCall(`Restart revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.restartRevision(rg, name, revision));
  }
}

/** The app as read with its secret values filled in: what a PUT must carry so that no secret is refused or lost. */
export function withSecretValues(app: AppDoc, values: Record<string, string>): AppDoc {
  const secrets = app.configuration?.secrets?.map((s) => (s.keyVaultUrl ? { ...s } : { ...s, value: values[s.name] }));
  return secrets ? { ...app, configuration: { ...app.configuration, secrets } } : app;
}

export function is404(e: unknown): boolean {
  return statusOf((e as { cause?: unknown }).cause) === 404;
}

export type { TrafficEntry };
