/**
 * The App Service calls of this target, each one `armCall` (retries on 409/429, Code and Message
 * on failure). The SDK is loaded only when this target runs.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { WebSiteManagementClient, Site, SiteConfigResource } from '@azure/arm-appservice';
import { armCall, armClientOptions, AzureCallError, statusOf } from '../../azure/arm.js';
import type { Cloud } from '../../azure/clouds.js';
import type { AppRef, PullConfig, SlotConfigNames } from './plan.js';
import type { Settings } from './settings.js';

/** The Microsoft.Resources tags API version (azure-rest-api-specs specification/resources/resource-manager/Microsoft.Resources/stable/2021-04-01). */
export const TAGS_API_VERSION = '2021-04-01';

export class AppService {
  private constructor(
    private readonly client: WebSiteManagementClient,
    readonly subscriptionId: string,
    private readonly armEndpoint: string
  ) {}

  static async create(credential: TokenCredential, cloud: Cloud, subscriptionId: string): Promise<AppService> {
    const { WebSiteManagementClient } = await import('@azure/arm-appservice');
    return new AppService(new WebSiteManagementClient(credential, subscriptionId, armClientOptions(cloud)), subscriptionId, cloud.armEndpoint);
  }

  private where(app: AppRef, slot?: string) {
    return `${app.name}${slot ? `/slots/${slot}` : ''} in resource group ${app.resourceGroup}`;
  }

  /** The app by name: directly when the resource group is known, else by listing the subscription. */
  async findApp(name: string, resourceGroup?: string): Promise<{ app: AppRef; site: Site }> {
    if (resourceGroup) {
      const site = await armCall(`Get function app ${name} in resource group ${resourceGroup}`, () => this.client.webApps.get(resourceGroup, name), {
        hint: (status) => (status === 404 ? 'Check app-name and resource-group (and subscription-id).' : undefined)
      });
      return { app: { subscriptionId: this.subscriptionId, resourceGroup, name: site.name ?? name }, site };
    }
    const hits = await armCall(`List the web apps of subscription ${this.subscriptionId}`, async () => {
      const found: Site[] = [];
      for await (const s of this.client.webApps.list()) if (s.name?.toLowerCase() === name.toLowerCase()) found.push(s);
      return found;
    });
    const { ActionError } = await import('../../util/errors.js');
    if (hits.length === 0)
      throw new ActionError(
        `No app named ${name} was found in subscription ${this.subscriptionId}.`,
        'Check app-name and subscription-id, or set resource-group; the identity needs Reader (or Website Contributor) on the app.'
      );
    if (hits.length > 1) throw new ActionError(`Several apps named ${name} exist in subscription ${this.subscriptionId}.`, 'Set resource-group to choose one.');
    const site = hits[0];
    const resourceGroupOf = /\/resourceGroups\/([^/]+)\//i.exec(site.id ?? '')?.[1] ?? '';
    return { app: { subscriptionId: this.subscriptionId, resourceGroup: resourceGroupOf, name: site.name ?? name }, site };
  }

  async plan(serverFarmId: string): Promise<{ skuName: string; tier: string }> {
    const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Web\/serverfarms\/([^/]+)/i.exec(serverFarmId);
    if (!m) return { skuName: '', tier: '' };
    const plan = await armCall(`Get App Service plan ${m[2]}`, () => this.client.appServicePlans.get(m[1], m[2]));
    return { skuName: plan.sku?.name ?? '', tier: plan.sku?.tier ?? '' };
  }

  async slots(app: AppRef): Promise<Site[]> {
    return armCall(`List the slots of ${this.where(app)}`, async () => {
      const out: Site[] = [];
      for await (const s of this.client.webApps.listSlots(app.resourceGroup, app.name)) out.push(s);
      return out;
    });
  }

  async site(app: AppRef, slot?: string): Promise<Site> {
    return armCall(`Get ${this.where(app, slot)}`, () =>
      slot ? this.client.webApps.getSlot(app.resourceGroup, app.name, slot) : this.client.webApps.get(app.resourceGroup, app.name)
    );
  }

  /** The whole site config (a new slot is created from production's); `pullConfig` picks the fields a deploy writes. */
  async config(app: AppRef, slot?: string): Promise<SiteConfigResource> {
    return armCall(`Read the site config of ${this.where(app, slot)}`, () =>
      slot ? this.client.webApps.getConfigurationSlot(app.resourceGroup, app.name, slot) : this.client.webApps.getConfiguration(app.resourceGroup, app.name)
    );
  }

  async connectionStrings(app: AppRef, slot?: string): Promise<Record<string, { value?: string; type?: string }>> {
    const d = await armCall(`List the connection strings of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.listConnectionStringsSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.listConnectionStrings(app.resourceGroup, app.name)
    );
    return { ...((d.properties ?? {}) as Record<string, { value?: string; type?: string }>) };
  }

  async storageMounts(app: AppRef, slot?: string): Promise<Record<string, Record<string, unknown>>> {
    const d = await armCall(`List the storage mounts of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.listAzureStorageAccountsSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.listAzureStorageAccounts(app.resourceGroup, app.name)
    );
    return { ...((d.properties ?? {}) as Record<string, Record<string, unknown>>) };
  }

  /** The last lines of the site's container (docker) log, as text; '' when there is none. */
  async containerLog(app: AppRef, slot?: string): Promise<string> {
    const r = await armCall(`Read the container log of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.getWebSiteContainerLogsSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.getWebSiteContainerLogs(app.resourceGroup, app.name)
    );
    const stream = r.readableStreamBody as NodeJS.ReadableStream | undefined;
    if (!stream) return '';
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Asks the host to index its functions again, then lists what it indexed. */
  async indexedFunctions(app: AppRef, slot?: string): Promise<string[]> {
    await armCall(`Sync the function triggers of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.syncFunctionTriggersSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.syncFunctionTriggers(app.resourceGroup, app.name)
    );
    return armCall(`List the functions of ${this.where(app, slot)}`, async () => {
      const out: string[] = [];
      const pages = slot
        ? this.client.webApps.listInstanceFunctionsSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.listFunctions(app.resourceGroup, app.name);
      for await (const f of pages) out.push(f.name?.split('/').pop() ?? '');
      return out.filter(Boolean);
    });
  }

  async settings(app: AppRef, slot?: string): Promise<Settings> {
    const d = await armCall(`List the app settings of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.listApplicationSettingsSlot(app.resourceGroup, app.name, slot)
        : this.client.webApps.listApplicationSettings(app.resourceGroup, app.name)
    );
    return { ...(d.properties ?? {}) };
  }

  async slotConfigNames(app: AppRef): Promise<SlotConfigNames> {
    const r = await armCall(`Read the slot setting names of ${this.where(app)}`, () =>
      this.client.webApps.listSlotConfigurationNames(app.resourceGroup, app.name)
    );
    return { appSettingNames: r.appSettingNames ?? [], connectionStringNames: r.connectionStringNames, azureStorageConfigNames: r.azureStorageConfigNames };
  }

  /** PUT of the whole set: only ever called with a set that started from a read of the same slot. */
  async putSettings(app: AppRef, slot: string | undefined, settings: Settings): Promise<void> {
    await armCall(`Write the app settings of ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.updateApplicationSettingsSlot(app.resourceGroup, app.name, slot, { properties: settings })
        : this.client.webApps.updateApplicationSettings(app.resourceGroup, app.name, { properties: settings })
    );
  }

  /** PATCH of only the given site-config fields. */
  async patchConfig(app: AppRef, slot: string | undefined, patch: PullConfig): Promise<void> {
    await armCall(
      `Update the site config (${Object.keys(patch).join(', ')}) of ${this.where(app, slot)}`,
      () =>
        slot
          ? this.client.webApps.updateConfigurationSlot(app.resourceGroup, app.name, slot, patch)
          : this.client.webApps.updateConfiguration(app.resourceGroup, app.name, patch),
      { hint: (status, _c, message) => (status === 400 && /LinuxFxVersion/i.test(message ?? '') ? 'App Service refused the image reference.' : undefined) }
    );
  }

  /** PUT of the whole resource: the connection-string and storage names read before are written back unchanged. */
  async putSlotConfigNames(app: AppRef, names: SlotConfigNames): Promise<void> {
    await armCall(`Write the slot setting names of ${this.where(app)}`, () =>
      this.client.webApps.updateSlotConfigurationNames(app.resourceGroup, app.name, names)
    );
  }

  async restart(app: AppRef, slot?: string): Promise<void> {
    await armCall(`Restart ${this.where(app, slot)}`, () =>
      slot
        ? this.client.webApps.restartSlot(app.resourceGroup, app.name, slot, { softRestart: false })
        : this.client.webApps.restart(app.resourceGroup, app.name, { softRestart: false })
    );
  }

  async createSlot(app: AppRef, slot: string, envelope: Site, pollMs: number): Promise<Site> {
    // A slot PUT is repeatable (same body, same result): retrying it on 409/429 is safe.
    return armCall(
      `Create slot ${slot} of ${this.where(app)}`,
      () => this.client.webApps.createOrUpdateSlot(app.resourceGroup, app.name, slot, envelope, { updateIntervalInMs: pollMs }).pollUntilDone(),
      {
        hint: (status, _code, message) =>
          status && status < 500 && /slot|quota|maximum|limit/i.test(message ?? '')
            ? 'The plan allows no more slots: Elastic Premium has 3 including production. Close another preview, delete an unused slot, or use a Dedicated (P*v3) plan.'
            : undefined
      }
    );
  }

  /**
   * Merges tags into the site or slot, or deletes the given name/value pairs, through the
   * Microsoft.Resources tags API at its scope (Tags_UpdateAtScope, api-version 2021-04-01): the
   * App Service PATCH (SitePatchResource) carries no tags, and a PUT of the whole site would
   * rewrite what was not read. Other tags are left as they are.
   */
  async updateTags(app: AppRef, slot: string | undefined, operation: 'Merge' | 'Delete', tags: Record<string, string>): Promise<void> {
    const scope = `/subscriptions/${this.subscriptionId}/resourceGroups/${app.resourceGroup}/providers/Microsoft.Web/sites/${app.name}${slot ? `/slots/${slot}` : ''}`;
    const url = `${this.armEndpoint.replace(/\/$/, '')}${scope.split('/').map(encodeURIComponent).join('/')}/providers/Microsoft.Resources/tags/default?api-version=${TAGS_API_VERSION}`;
    await armCall(`${operation === 'Merge' ? 'Write' : 'Delete'} the tags ${Object.keys(tags).join(', ')} of ${this.where(app, slot)}`, async () => {
      const { createPipelineRequest, createDefaultHttpClient } = await import('@azure/core-rest-pipeline');
      const request = createPipelineRequest({ url, method: 'PATCH', body: JSON.stringify({ operation, properties: { tags } }) });
      request.headers.set('Content-Type', 'application/json');
      const response = await this.client.pipeline.sendRequest(createDefaultHttpClient(), request);
      if (response.status >= 300)
        throw Object.assign(new Error(`HTTP ${response.status}`), {
          statusCode: response.status,
          response: { status: response.status, bodyAsText: response.bodyAsText }
        });
    });
  }

  /** Deletes a slot; false when it was already gone (404 is success for a teardown). */
  async deleteSlot(app: AppRef, slot: string): Promise<boolean> {
    try {
      await armCall(`Delete slot ${slot} of ${this.where(app)}`, () => this.client.webApps.deleteSlot(app.resourceGroup, app.name, slot));
      return true;
    } catch (e) {
      if (statusOf((e as { cause?: unknown }).cause) === 404) return false;
      throw e;
    }
  }

  /**
   * Starts a swap of `slot` into production and returns how to wait for it. Only the POST is
   * retried (a 409 before the swap is accepted): a swap is not idempotent, so once accepted it is
   * never sent again; a failed wait is returned as `pollError`, for the caller to read the slots.
   */
  async startSwap(app: AppRef, slot: string, pollMs: number): Promise<{ done: () => Promise<{ pollError?: AzureCallError | Error }> }> {
    const what = `Swap slot ${slot} into production of ${this.where(app)}`;
    const hint = (status?: number) =>
      status === 417
        ? `The ${slot} slot did not answer App Service's warm-up ping: check it starts (container logs) and answers on / or WEBSITE_SWAP_WARMUP_PING_PATH.`
        : undefined;
    // A poller is itself awaitable: it is handed out in an object, or returning it would wait for the whole swap.
    const { poller } = await armCall(
      what,
      async () => {
        const p = this.client.webApps.swapSlot(
          app.resourceGroup,
          app.name,
          slot,
          { targetSlot: 'production', preserveVnet: true },
          { updateIntervalInMs: pollMs }
        );
        await p.submitted();
        return { poller: p };
      },
      { hint }
    );
    return {
      done: async () => {
        try {
          await poller.pollUntilDone();
          return {};
        } catch (e) {
          const { describeAzureError } = await import('../../azure/arm.js');
          const err = describeAzureError(e, `${what} (waiting for it to finish)`, hint(statusOf(e)));
          return { pollError: err };
        }
      }
    };
  }
}
