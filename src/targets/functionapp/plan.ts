/**
 * Current state + config + image → what a deploy to the function app will do. Pure: the reads
 * are done by preflight.ts, the writes by apply.ts. The plan holds setting names for display and
 * the final values for the write; `describePlan` gives the names-only view (output `plan`).
 */
import { ActionError } from '../../util/errors.js';
import type { FunctionAppConfig } from '../../config/config.js';
import type { Intent } from '../../github/intent.js';
import { diffSettings, isEmptyDiff, mergeSettings, newSlotBase, type Settings, type SettingsDiff } from './settings.js';

export interface AppRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

export interface PullConfig {
  linuxFxVersion?: string;
  acrUseManagedIdentityCreds?: boolean;
  acrUserManagedIdentityID?: string;
}

export interface SlotConfigNames {
  appSettingNames: string[];
  connectionStringNames?: string[];
  azureStorageConfigNames?: string[];
}

export interface Identity {
  type?: string;
  /** resource id → client id */
  userAssigned: Record<string, { clientId?: string; principalId?: string }>;
}

/** What preflight read. `target*` are undefined when the target slot does not exist yet. */
export interface CurrentState {
  app: AppRef;
  kind: string;
  location: string;
  serverFarmId: string;
  httpsOnly?: boolean;
  identity: Identity;
  plan: { skuName: string; tier: string };
  /** Names of the existing deployment slots (production not included). */
  slots: string[];
  slotConfigNames: SlotConfigNames;
  productionSettings: Settings;
  productionConfig: PullConfig;
  productionHostName?: string;
  targetSettings?: Settings;
  targetConfig?: PullConfig;
  targetHostName?: string;
}

export interface RegistryPullCredential {
  username: string;
  password: string;
  /** Long-lived enough for the app to pull with (password / admin); an Entra refresh token is not. */
  durable: boolean;
}

export interface FunctionAppPlan {
  app: AppRef;
  /** The slot written to; undefined = production. */
  slot?: string;
  createSlot: boolean;
  /** Identity to attach to a new slot (the pull identity). */
  slotIdentity?: { type: string; userAssignedIdentities?: Record<string, Record<string, never>> };
  image: { before?: string; after: string };
  settingsBefore: Settings;
  settingsAfter: Settings;
  settingsDiff: SettingsDiff;
  writeSettings: boolean;
  configBefore: PullConfig;
  configPatch: PullConfig;
  restart: boolean;
  stickyAdd: string[];
  slotConfigNamesBefore: SlotConfigNames;
  slotConfigNamesAfter: SlotConfigNames;
  swap?: { from: string };
  hostName?: string;
  location: string;
  serverFarmId: string;
  httpsOnly?: boolean;
  warnings: string[];
}

const PRODUCTION = 'production';

/** Which slot this run writes to, and whether it swaps into production afterwards. */
export function chooseSlot(fa: FunctionAppConfig, intent: Intent): { slot?: string; swap: boolean } {
  const named = fa.slot && fa.slot.toLowerCase() !== PRODUCTION ? fa.slot : undefined;
  if (intent.kind === 'preview' || intent.kind === 'teardown') return { slot: named ?? `pr-${intent.pr}`, swap: false };
  if (fa.swap) return { slot: named ?? 'staging', swap: true };
  return { slot: named, swap: false };
}

export function isElasticPremium(plan: { skuName: string; tier: string }): boolean {
  return /^EP\d/i.test(plan.skuName) || /elasticpremium/i.test(plan.tier);
}

/** Refuses what this target cannot deploy to, before any write. */
export function checkApp(s: CurrentState): void {
  const kind = s.kind.toLowerCase().split(',').map((k) => k.trim());
  const where = `${s.app.name} (resource group ${s.app.resourceGroup})`;
  if (!kind.includes('functionapp')) throw new ActionError(`${where} is not a function app (kind '${s.kind}').`, 'Set app-name to a function app.');
  if (!kind.includes('linux')) throw new ActionError(`${where} is a Windows function app (kind '${s.kind}'); containers run on Linux only.`, 'Create a Linux function app on an Elastic Premium plan for the image.');
  if (!kind.includes('container')) {
    throw new ActionError(
      `${where} is a code app (kind '${s.kind}'), not a container app: deploying an image to it would replace how it runs.`,
      'Create the function app from an image (az functionapp create --image …) on an Elastic Premium plan, or deploy code with Azure/functions-action.'
    );
  }
  const sku = s.plan.skuName;
  if (/^Y1$/i.test(sku) || /dynamic/i.test(s.plan.tier)) throw new ActionError(`${where} runs on a Consumption plan (${sku}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
  if (/^FC\d/i.test(sku) || /flex/i.test(s.plan.tier)) throw new ActionError(`${where} runs on a Flex Consumption plan (${sku}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
}

export interface PlanInput {
  config: FunctionAppConfig;
  intent: Intent;
  state: CurrentState;
  /** `registry/repo@sha256:…` */
  image: string;
  registry: string;
  registryCredential?: RegistryPullCredential;
}

export function planDeploy(p: PlanInput): FunctionAppPlan {
  const { config, state } = p;
  checkApp(state);
  const warnings: string[] = [];
  const { slot, swap } = chooseSlot(config, p.intent);
  const exists = slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase());
  const createSlot = !exists;
  if (createSlot && isElasticPremium(state.plan) && state.slots.length >= 2) {
    throw new ActionError(
      `Cannot create slot ${slot}: the Elastic Premium plan allows 3 slots including production, and ${['production', ...state.slots].join(', ')} are in use.`,
      `Ways out: close (or tear down) another preview (${state.slots.filter((s) => s.startsWith('pr-')).join(', ') || 'none open'}), delete an unused slot, deploy previews to a separate function app, or move to a Dedicated (P*v3) plan with up to 20 slots.`
    );
  }
  const currentConfig = exists ? (slot === undefined ? state.productionConfig : (state.targetConfig ?? {})) : state.productionConfig;
  const currentSettings = exists ? (slot === undefined ? state.productionSettings : (state.targetSettings ?? {})) : newSlotBase(state.productionSettings, state.slotConfigNames.appSettingNames);

  // --- how the app pulls the image ---
  let useMi: boolean;
  let identityClientId: string | undefined;
  let slotIdentity: FunctionAppPlan['slotIdentity'];
  const attached = Object.entries(state.identity.userAssigned);
  const pullId = config.pullIdentityClientId?.toLowerCase();
  if (pullId) {
    const hit = attached.find(([, v]) => v.clientId?.toLowerCase() === pullId);
    if (!hit) {
      throw new ActionError(
        `pull-identity-client-id ${config.pullIdentityClientId} is not attached to ${state.app.name}.`,
        attached.length
          ? `Attached user-assigned identities (client ids): ${attached.map(([id, v]) => `${v.clientId} (${id.split('/').pop()})`).join(', ')}. Attach the identity to the app first.`
          : 'The app has no user-assigned identity: attach one that has AcrPull on the registry, then set its client id here.'
      );
    }
    identityClientId = hit[1].clientId;
    slotIdentity = { type: 'UserAssigned', userAssignedIdentities: { [hit[0]]: {} } };
  }
  switch (config.registryPull) {
    case 'managed-identity':
      useMi = true;
      break;
    case 'credentials':
      useMi = false;
      break;
    case 'auto':
      useMi = pullId ? true : currentConfig.acrUseManagedIdentityCreds === true;
      break;
  }
  if (useMi && !identityClientId) {
    // Keep the identity the app already pulls with; else the system-assigned one.
    identityClientId = currentConfig.acrUseManagedIdentityCreds ? (currentConfig.acrUserManagedIdentityID ?? '') : '';
    if (identityClientId === '' && !/systemassigned/i.test(state.identity.type ?? '')) {
      throw new ActionError(
        `registry-pull uses a managed identity, but ${state.app.name} has no system-assigned identity and no pull-identity-client-id was given.`,
        'Attach a user-assigned identity with AcrPull on the registry and set pull-identity-client-id, or use registry-pull: credentials.'
      );
    }
    if (identityClientId) {
      const hit = attached.find(([, v]) => v.clientId?.toLowerCase() === identityClientId!.toLowerCase());
      if (hit && createSlot) slotIdentity = { type: 'UserAssigned', userAssignedIdentities: { [hit[0]]: {} } };
    } else if (createSlot) {
      slotIdentity = { type: 'SystemAssigned' };
      warnings.push(`The new slot ${slot} gets its own system-assigned identity, which needs AcrPull before it can pull; a user-assigned pull identity (pull-identity-client-id) avoids that wait.`);
    }
  }
  let registry: Parameters<typeof mergeSettings>[0]['registry'] = { kind: 'keep' };
  if (useMi) registry = { kind: 'remove' };
  else if (config.registryPull === 'credentials') {
    const c = p.registryCredential;
    if (!c || !c.durable) {
      throw new ActionError(
        "registry-pull: credentials needs a registry user name and password the app can keep using, and this run has none (an Entra refresh token expires in hours).",
        'Use registry-auth: password (e.g. an ACR token or service principal) or admin, or registry-pull: managed-identity.'
      );
    }
    registry = { kind: 'credentials', url: `https://${p.registry}`, username: c.username, password: c.password };
  }

  const settingsAfter = mergeSettings({ current: currentSettings, set: config.appSettings, remove: config.removeAppSettings, registry });
  const settingsDiff = diffSettings(createSlot ? {} : currentSettings, settingsAfter);
  const linuxFxVersion = `DOCKER|${p.image}`;
  const desired: PullConfig = { linuxFxVersion, acrUseManagedIdentityCreds: useMi, ...(useMi ? { acrUserManagedIdentityID: identityClientId ?? '' } : {}) };
  const configPatch: PullConfig = {};
  for (const k of Object.keys(desired) as Array<keyof PullConfig>) {
    const before = createSlot ? undefined : currentConfig[k];
    if (k === 'linuxFxVersion' ? !sameImage(before as string | undefined, desired[k] as string) : (before ?? (k === 'acrUserManagedIdentityID' ? '' : false)) !== desired[k]) {
      (configPatch as Record<string, unknown>)[k] = desired[k];
    }
  }
  const writeSettings = !createSlot && !isEmptyDiff(settingsDiff);
  const stickyWanted = config.slotSettings;
  const stickyBefore = state.slotConfigNames.appSettingNames;
  const stickyAdd = stickyWanted.filter((n) => !stickyBefore.some((s) => s.toLowerCase() === n.toLowerCase()));
  const restart = !createSlot && !writeSettings && Object.keys(configPatch).length === 0;
  return {
    app: state.app,
    slot,
    createSlot,
    slotIdentity: createSlot ? slotIdentity : undefined,
    image: { before: createSlot ? undefined : imageOf(currentConfig.linuxFxVersion), after: p.image },
    settingsBefore: createSlot ? {} : currentSettings,
    settingsAfter,
    settingsDiff,
    writeSettings,
    configBefore: createSlot ? {} : pick(currentConfig),
    configPatch,
    restart,
    stickyAdd,
    slotConfigNamesBefore: state.slotConfigNames,
    slotConfigNamesAfter: { ...state.slotConfigNames, appSettingNames: [...stickyBefore, ...stickyAdd] },
    swap: swap ? { from: slot! } : undefined,
    hostName: slot === undefined ? state.productionHostName : state.targetHostName,
    location: state.location,
    serverFarmId: state.serverFarmId,
    httpsOnly: state.httpsOnly,
    warnings
  };
}

function pick(c: PullConfig): PullConfig {
  const out: PullConfig = {};
  if (c.linuxFxVersion !== undefined) out.linuxFxVersion = c.linuxFxVersion;
  if (c.acrUseManagedIdentityCreds !== undefined) out.acrUseManagedIdentityCreds = c.acrUseManagedIdentityCreds;
  if (c.acrUserManagedIdentityID !== undefined) out.acrUserManagedIdentityID = c.acrUserManagedIdentityID;
  return out;
}

function sameImage(a: string | undefined, b: string): boolean {
  return (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
}

export function imageOf(linuxFxVersion: string | undefined): string | undefined {
  if (!linuxFxVersion) return undefined;
  return linuxFxVersion.replace(/^docker\|/i, '').trim() || undefined;
}

/** The names-only view of a plan: what `mode: plan` prints and the `plan` output holds. No values. */
export function describePlan(plan: FunctionAppPlan) {
  return {
    target: 'functionapp',
    app: plan.app.name,
    resourceGroup: plan.app.resourceGroup,
    slot: plan.slot ?? 'production',
    slotAction: plan.createSlot ? 'create' : 'update',
    image: plan.image,
    settings: plan.settingsDiff,
    sticky: plan.stickyAdd,
    config: Object.keys(plan.configPatch),
    restart: plan.restart,
    swap: plan.swap ? `${plan.swap.from} → production` : null
  };
}

export function describeTeardown(app: AppRef, slot: string) {
  return { target: 'functionapp', app: app.name, resourceGroup: app.resourceGroup, slot, slotAction: 'delete' };
}
