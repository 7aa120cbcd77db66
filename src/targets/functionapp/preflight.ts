/** Reads only: what a deploy to the function app starts from. */
import type { Site, SiteConfigResource } from '@azure/arm-appservice';
import { statusOf } from '../../azure/arm.js';
import { looksSecret, maskSetting, secret } from '../../report/mask.js';
import type { AppService } from './client.js';
import type { CurrentState, Identity, PullConfig, SiteNetwork } from './plan.js';
import type { Settings } from './settings.js';

/** Which values read back from Azure are credentials: the one rule of src/report/mask.ts. */
export { looksSecret };

/** Values read back from Azure may be credentials (connection strings, registry passwords): mask them before anything can print them. */
function maskValues(settings: Settings | undefined): void {
  for (const [k, v] of Object.entries(settings ?? {})) maskSetting(k, v);
}

async function orMissing<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    if (statusOf((e as { cause?: unknown }).cause) === 404) return undefined;
    throw e;
  }
}

function identityOf(site: Site | undefined): Identity {
  const ua = site?.identity?.userAssignedIdentities ?? {};
  return {
    type: site?.identity?.type,
    userAssigned: Object.fromEntries(Object.entries(ua).map(([id, v]) => [id, { clientId: v?.clientId, principalId: v?.principalId }]))
  };
}

const slotName = (s: Site) => (s.name ?? '').split('/').pop() ?? '';

export function pullConfig(c: SiteConfigResource): PullConfig {
  return { linuxFxVersion: c.linuxFxVersion, acrUseManagedIdentityCreds: c.acrUseManagedIdentityCreds, acrUserManagedIdentityID: c.acrUserManagedIdentityID };
}

function network(site: Site): SiteNetwork {
  return {
    virtualNetworkSubnetId: site.virtualNetworkSubnetId,
    outboundVnetRouting: site.outboundVnetRouting as Record<string, unknown> | undefined,
    keyVaultReferenceIdentity: site.keyVaultReferenceIdentity,
    clientCertEnabled: site.clientCertEnabled,
    clientCertMode: site.clientCertMode,
    publicNetworkAccess: site.publicNetworkAccess
  };
}

/** What preflight read, and the container logs as they were before any write (verify looks only at what comes after). */
export interface Preflight {
  state: CurrentState;
  logBefore: { target: string; production?: string };
}

/**
 * One wave of parallel reads (two when the app is looked up by name): the app, its slots (with
 * their identities), sticky names, settings and site config of production and of the target slot,
 * production's connection strings and storage mounts when a slot may have to be created from them,
 * and the container logs before the write. The plan is read only when the site does not carry its tier.
 */
export async function readState(svc: AppService, name: string, resourceGroup: string | undefined, slot: string | undefined, swap: boolean): Promise<Preflight> {
  const appRef = resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup, name } : (await svc.findApp(name)).app;
  const none = Promise.resolve(undefined);
  const [
    found,
    slots,
    slotConfigNames,
    productionSettings,
    productionConfig,
    targetSettings,
    targetConfig,
    connectionStrings,
    storageMounts,
    targetLog,
    productionLog
  ] = await Promise.all([
    svc.findApp(name, appRef.resourceGroup),
    svc.slots(appRef),
    svc.slotConfigNames(appRef),
    svc.settings(appRef),
    svc.config(appRef),
    slot ? orMissing(svc.settings(appRef, slot)) : none,
    slot ? orMissing(svc.config(appRef, slot)) : none,
    slot ? svc.connectionStrings(appRef) : none,
    slot ? svc.storageMounts(appRef) : none,
    orMissing(svc.containerLog(appRef, slot)),
    swap ? svc.containerLog(appRef) : none
  ]);
  maskValues(productionSettings);
  maskValues(targetSettings);
  for (const c of Object.values(connectionStrings ?? {})) if (c.value) secret(c.value);
  for (const m of Object.values(storageMounts ?? {})) if (typeof m.accessKey === 'string') secret(m.accessKey);
  const site = found.site;
  const plan = site.sku ? { skuName: '', tier: site.sku } : await svc.plan(site.serverFarmId ?? '');
  const targetSite = slot ? slots.find((s) => slotName(s).toLowerCase() === slot.toLowerCase()) : undefined;
  const state: CurrentState = {
    app: found.app,
    kind: site.kind ?? '',
    location: site.location ?? '',
    serverFarmId: site.serverFarmId ?? '',
    httpsOnly: site.httpsOnly,
    managedEnvironmentId: site.managedEnvironmentId,
    identity: identityOf(site),
    plan,
    slots: slots.map(slotName).filter(Boolean),
    slotConfigNames,
    productionSettings,
    productionConfig: pullConfig(productionConfig),
    productionHostName: site.defaultHostName,
    source: slot
      ? {
          siteConfig: { ...productionConfig } as Record<string, unknown>,
          connectionStrings: connectionStrings ?? {},
          storageMounts: storageMounts ?? {},
          network: network(site)
        }
      : undefined,
    targetSettings,
    targetConfig: targetConfig ? pullConfig(targetConfig) : undefined,
    targetHostName: targetSite?.defaultHostName,
    targetIdentity: targetSite ? identityOf(targetSite) : undefined,
    targetTags: slot ? targetSite?.tags : site.tags
  };
  return { state, logBefore: { target: targetLog ?? '', production: productionLog } };
}
