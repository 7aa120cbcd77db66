/**
 * The App Service calls of this target, each one `armCall` (retries on 409/429, Code and Message
 * on failure). The SDK is loaded only when this target runs.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { WebSiteManagementClient, Site } from '@azure/arm-appservice';
import { armCall, armClientOptions, statusOf } from '../../azure/arm.js';
import type { Cloud } from '../../azure/clouds.js';
import type { AppRef, PullConfig, SlotConfigNames } from './plan.js';
import type { Settings } from './settings.js';

export class AppService {
  private constructor(
    private readonly client: WebSiteManagementClient,
    readonly subscriptionId: string
  ) {}

  static async create(credential: TokenCredential, cloud: Cloud, subscriptionId: string): Promise<AppService> {
    const { WebSiteManagementClient } = await import('@azure/arm-appservice');
    return new AppService(new WebSiteManagementClient(credential, subscriptionId, armClientOptions(cloud)), subscriptionId);
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
    if (hits.length === 0) throw new ActionError(`No app named ${name} was found in subscription ${this.subscriptionId}.`, 'Check app-name and subscription-id, or set resource-group; the identity needs Reader (or Website Contributor) on the app.');
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
    return armCall(`Get ${this.where(app, slot)}`, () => (slot ? this.client.webApps.getSlot(app.resourceGroup, app.name, slot) : this.client.webApps.get(app.resourceGroup, app.name)));
  }

  async config(app: AppRef, slot?: string): Promise<PullConfig> {
    const c = await armCall(`Read the site config of ${this.where(app, slot)}`, () =>
      slot ? this.client.webApps.getConfigurationSlot(app.resourceGroup, app.name, slot) : this.client.webApps.getConfiguration(app.resourceGroup, app.name)
    );
    return { linuxFxVersion: c.linuxFxVersion, acrUseManagedIdentityCreds: c.acrUseManagedIdentityCreds, acrUserManagedIdentityID: c.acrUserManagedIdentityID };
  }

  async settings(app: AppRef, slot?: string): Promise<Settings> {
    const d = await armCall(`List the app settings of ${this.where(app, slot)}`, () =>
      slot ? this.client.webApps.listApplicationSettingsSlot(app.resourceGroup, app.name, slot) : this.client.webApps.listApplicationSettings(app.resourceGroup, app.name)
    );
    return { ...(d.properties ?? {}) };
  }

  async slotConfigNames(app: AppRef): Promise<SlotConfigNames> {
    const r = await armCall(`Read the slot setting names of ${this.where(app)}`, () => this.client.webApps.listSlotConfigurationNames(app.resourceGroup, app.name));
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
      () => (slot ? this.client.webApps.updateConfigurationSlot(app.resourceGroup, app.name, slot, patch) : this.client.webApps.updateConfiguration(app.resourceGroup, app.name, patch)),
      { hint: (status, _c, message) => (status === 400 && /LinuxFxVersion/i.test(message ?? '') ? 'App Service refused the image reference.' : undefined) }
    );
  }

  /** PUT of the whole resource: the connection-string and storage names read before are written back unchanged. */
  async putSlotConfigNames(app: AppRef, names: SlotConfigNames): Promise<void> {
    await armCall(`Write the slot setting names of ${this.where(app)}`, () => this.client.webApps.updateSlotConfigurationNames(app.resourceGroup, app.name, names));
  }

  async restart(app: AppRef, slot?: string): Promise<void> {
    await armCall(`Restart ${this.where(app, slot)}`, () =>
      slot ? this.client.webApps.restartSlot(app.resourceGroup, app.name, slot, { softRestart: false }) : this.client.webApps.restart(app.resourceGroup, app.name, { softRestart: false })
    );
  }

  async createSlot(app: AppRef, slot: string, envelope: Site, pollMs: number): Promise<Site> {
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

  async swapIntoProduction(app: AppRef, slot: string, pollMs: number): Promise<void> {
    await armCall(
      `Swap slot ${slot} into production of ${this.where(app)}`,
      () => this.client.webApps.swapSlot(app.resourceGroup, app.name, slot, { targetSlot: 'production', preserveVnet: true }, { updateIntervalInMs: pollMs }).pollUntilDone(),
      {
        hint: (status) =>
          status === 417
            ? `The ${slot} slot did not answer App Service's warm-up ping: check it starts (container logs) and answers on / or WEBSITE_SWAP_WARMUP_PING_PATH.`
            : undefined
      }
    );
  }
}
