/**
 * Reads only, independent ones in parallel: the app, its slots, sticky names, settings and site
 * config of production and of the target slot, then the plan. Two sequential round trips when the
 * resource group is known (three when the app is looked up by name).
 */
import type { Site } from '@azure/arm-appservice';
import { statusOf } from '../../azure/arm.js';
import { secret } from '../../report/mask.js';
import type { AppService } from './client.js';
import type { CurrentState, Identity } from './plan.js';
import type { Settings } from './settings.js';

const SECRET_NAME = /(KEY|SECRET|PASSWORD|PASSWD|PWD|TOKEN|CONNECTION|CONNSTR|SAS|CREDENTIAL|STORAGE)/i;
const SECRET_VALUE = /(AccountKey=|SharedAccessKey=|SharedAccessSignature=|Password=|Pwd=|[?&]sig=|ClientSecret=|InstrumentationKey=)/i;

/** A value read back from Azure that is (or may be) a credential: by its name, its content, or its randomness. */
export function looksSecret(name: string, value: string): boolean {
  if (value.length < 3 || /^(true|false|~?\d+(\.\d+)*)$/i.test(value)) return false;
  if (SECRET_NAME.test(name) || SECRET_VALUE.test(value)) return true;
  return value.length >= 16 && /^[A-Za-z0-9+/=_.-]+$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** Values read back from Azure may be credentials (connection strings, registry passwords): mask them before anything can print them. */
function maskValues(settings: Settings | undefined): void {
  for (const [k, v] of Object.entries(settings ?? {})) if (looksSecret(k, v)) secret(v);
}

async function orMissing<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (e) {
    if (statusOf((e as { cause?: unknown }).cause) === 404) return undefined;
    throw e;
  }
}

function identityOf(site: Site): Identity {
  const ua = site.identity?.userAssignedIdentities ?? {};
  return { type: site.identity?.type, userAssigned: Object.fromEntries(Object.entries(ua).map(([id, v]) => [id, { clientId: v?.clientId, principalId: v?.principalId }])) };
}

export async function readState(svc: AppService, name: string, resourceGroup: string | undefined, slot: string | undefined): Promise<CurrentState> {
  const appRef = resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup, name } : (await svc.findApp(name)).app;
  const [found, slots, slotConfigNames, productionSettings, productionConfig, targetSettings, targetConfig] = await Promise.all([
    resourceGroup ? svc.findApp(name, resourceGroup) : svc.findApp(name),
    svc.slots(appRef),
    svc.slotConfigNames(appRef),
    svc.settings(appRef),
    svc.config(appRef),
    slot ? orMissing(svc.settings(appRef, slot)) : Promise.resolve(undefined),
    slot ? orMissing(svc.config(appRef, slot)) : Promise.resolve(undefined)
  ]);
  maskValues(productionSettings);
  maskValues(targetSettings);
  const site = found.site;
  const plan = await svc.plan(site.serverFarmId ?? '');
  const slotNames = slots.map((s) => (s.name ?? '').split('/').pop() ?? '').filter(Boolean);
  const targetSite = slot ? slots.find((s) => (s.name ?? '').split('/').pop()?.toLowerCase() === slot.toLowerCase()) : undefined;
  return {
    app: found.app,
    kind: site.kind ?? '',
    location: site.location ?? '',
    serverFarmId: site.serverFarmId ?? '',
    httpsOnly: site.httpsOnly,
    identity: identityOf(site),
    plan,
    slots: slotNames,
    slotConfigNames,
    productionSettings,
    productionConfig,
    productionHostName: site.defaultHostName,
    targetSettings,
    targetConfig,
    targetHostName: targetSite?.defaultHostName
  };
}
