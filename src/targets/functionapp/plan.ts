/**
 * Current state + config + image → what a deploy to the function app will do. Pure: the reads
 * are done by preflight.ts, the writes by apply.ts. The plan holds setting names for display and
 * the final values for the write; `describePlan` gives the names-only view (output `plan`).
 */
import { ActionError } from '../../util/errors.js';
import type { FunctionAppConfig } from '../../config/config.js';
import type { Intent } from '../../github/intent.js';
import { diffSettings, isEmptyDiff, mergeSettings, newSlotBase, type Settings, type SettingsDiff } from './settings.js';
import { newSlotEnvelope, type SlotEnvelope } from './new-slot.js';
import { choosePull, type Identity } from './identity.js';
import { describeDrift, functionAppDrift, type FunctionAppDrift } from './drift.js';
import { previewNumber } from '../target.js';
import type { PullState } from '../../github/pulls.js';

export type { Identity } from './identity.js';

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

/** Site-level properties of production that a new slot copies (they are per slot in App Service). */
export interface SiteNetwork {
  virtualNetworkSubnetId?: string;
  outboundVnetRouting?: Record<string, unknown>;
  keyVaultReferenceIdentity?: string;
  clientCertEnabled?: boolean;
  clientCertMode?: string;
  publicNetworkAccess?: string;
}

/** What production holds that a new slot is created from (read only when the target slot may be new). */
export interface ProductionSource {
  /** The whole site config as read (GET config/web). */
  siteConfig: Record<string, unknown>;
  connectionStrings: Record<string, { value?: string; type?: string }>;
  storageMounts: Record<string, Record<string, unknown>>;
  network: SiteNetwork;
}

/** What preflight read. `target*` are undefined when the target slot does not exist yet. */
export interface CurrentState {
  app: AppRef;
  kind: string;
  location: string;
  serverFarmId: string;
  httpsOnly?: boolean;
  /** Set on Functions hosted on Azure Container Apps through Microsoft.Web/sites. */
  managedEnvironmentId?: string;
  /** Production's identities. */
  identity: Identity;
  /** The plan's SKU (EP1) where read, and its tier (ElasticPremium: from the site itself). */
  plan: { skuName: string; tier: string };
  /** Names of the existing deployment slots (production not included). */
  slots: string[];
  slotConfigNames: SlotConfigNames;
  productionSettings: Settings;
  productionConfig: PullConfig;
  productionHostName?: string;
  /** For a slot that may have to be created. */
  source?: ProductionSource;
  targetSettings?: Settings;
  targetConfig?: PullConfig;
  targetHostName?: string;
  /** The identities of the existing target slot (identities are per slot, never inherited). */
  targetIdentity?: Identity;
  /** The tags of the site or slot deployed to (the deploy record is among them). */
  targetTags?: Record<string, string>;
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
  /** The slot quota is full: this closed pull request's preview slot is torn down first (preview-evict-closed). */
  evict?: { slot: string; pr: number; state: 'closed' | 'gone' };
  /** The whole PUT of a new slot (production's configuration, minus what must differ). */
  newSlot?: SlotEnvelope;
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
  /** The image production ran before (what a swap back restores). */
  productionImage?: string;
  hostName?: string;
  productionHostName?: string;
  /** Functions the host must index from the new image (empty: not known, not checked). */
  expectFunctions: string[];
  /** What was changed outside the action since the last deploy, and what this deploy overwrites (names only). */
  drift: FunctionAppDrift;
  /** The tags of the slot deployed to before the deploy (the record's own are replaced after it). */
  tagsBefore: Record<string, string>;
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
  const kind = s.kind
    .toLowerCase()
    .split(',')
    .map((k) => k.trim());
  const where = `${s.app.name} (resource group ${s.app.resourceGroup})`;
  if (!kind.includes('functionapp')) throw new ActionError(`${where} is not a function app (kind '${s.kind}').`, 'Set app-name to a function app.');
  if (s.managedEnvironmentId || kind.includes('azurecontainerapps')) {
    throw new ActionError(
      `${where} is hosted on Azure Container Apps (environment ${s.managedEnvironmentId?.split('/').pop() ?? 'unknown'}), not on an App Service plan: this target deploys to Elastic Premium and Dedicated plans.`,
      'Deploy it with target: containerapp (Functions on Container Apps), or move the app to an Elastic Premium plan.'
    );
  }
  if (!kind.includes('linux'))
    throw new ActionError(
      `${where} is a Windows function app (kind '${s.kind}'); containers run on Linux only.`,
      'Create a Linux function app on an Elastic Premium plan for the image.'
    );
  if (!kind.includes('container')) {
    throw new ActionError(
      `${where} is a code app (kind '${s.kind}'), not a container app: deploying an image to it would replace how it runs.`,
      'Create the function app from an image (az functionapp create --image …) on an Elastic Premium plan, or deploy code with Azure/functions-action.'
    );
  }
  const sku = s.plan.skuName;
  const tier = s.plan.tier;
  if (/^Y1$/i.test(sku) || /dynamic/i.test(tier))
    throw new ActionError(
      `${where} runs on a Consumption plan (${sku || tier}), which does not run custom containers.`,
      'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.'
    );
  if (/^FC\d/i.test(sku) || /flex/i.test(tier))
    throw new ActionError(
      `${where} runs on a Flex Consumption plan (${sku || tier}), which does not run custom containers.`,
      'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.'
    );
}

export interface PlanInput {
  config: FunctionAppConfig;
  intent: Intent;
  state: CurrentState;
  /** `registry/repo@sha256:…` */
  image: string;
  registry: string;
  registryCredential?: RegistryPullCredential;
  /** Function names found in the app (functions-path), for verify. */
  functions?: string[];
  /** The pull requests of the preview slots, read only when the slot quota is full. */
  pullRequests?: SlotPullRequests;
}

/** Elastic Premium: 3 slots including production (Azure Functions service limits, "Deployment slots per app"). */
export const ELASTIC_PREMIUM_SLOTS = 3;

/** A preview slot and its pull request's state, as GitHub told it (undefined: not asked, or GitHub failed). */
export interface SlotPullRequests {
  /** By pull request number; undefined when GitHub could not be asked. */
  states?: ReadonlyMap<number, { state: PullState }>;
  /** Why the states are missing (no github-token, GitHub failed). */
  statesError?: string;
  /** Input preview-evict-closed. */
  evictClosed: boolean;
}

/** Creating `slot` would exceed the plan's slot quota. Pure. */
export function slotQuotaFull(state: CurrentState, slot: string | undefined): boolean {
  if (slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase())) return false;
  return isElasticPremium(state.plan) && state.slots.length + 1 >= ELASTIC_PREMIUM_SLOTS;
}

function slotLine(slot: string, prs: SlotPullRequests): string {
  const pr = previewNumber(slot);
  if (pr === undefined) return `${slot} is not a preview`;
  return `${slot} belongs to pull request #${pr} (${prs.states?.get(pr)?.state ?? 'state unknown'})`;
}

/**
 * The quota is full: the slot of a closed (or gone) pull request to free first when
 * preview-evict-closed allows it; otherwise the error that lists every slot in use with its pull
 * request's state and the ways out.
 */
function checkSlotQuota(state: CurrentState, slot: string, prs: SlotPullRequests): FunctionAppPlan['evict'] {
  const closed = state.slots
    .map((s) => ({ slot: s, pr: previewNumber(s) }))
    .filter((s): s is { slot: string; pr: number } => s.pr !== undefined)
    .map((s) => ({ ...s, state: prs.states?.get(s.pr)?.state }))
    .filter((s): s is { slot: string; pr: number; state: 'closed' | 'gone' } => s.state === 'closed' || s.state === 'gone')
    .sort((a, b) => a.pr - b.pr);
  if (prs.evictClosed && closed.length) return closed[0];
  const inUse = `${['production', ...state.slots].join(', ')} are in use: ${state.slots.map((s) => slotLine(s, prs)).join('; ')}`;
  const unknown = prs.statesError ? ` (GitHub could not be asked: ${prs.statesError})` : '';
  const ways = closed.length
    ? `${closed.map((c) => c.slot).join(', ')} belong${closed.length === 1 ? 's' : ''} to ${closed.length === 1 ? 'a closed pull request' : 'closed pull requests'}: \`mode: cleanup\` (a scheduled cleanup workflow) would free ${closed.length === 1 ? 'it' : 'them'}, and preview-evict-closed: true lets a preview free one itself.`
    : `No preview slot belongs to a closed pull request${unknown}: close (or tear down) another preview, delete an unused slot, run \`mode: cleanup\` with max-preview-age to free stale previews, deploy previews to a separate function app, or move to a Dedicated (P*v3) plan with up to 20 slots.`;
  throw new ActionError(`Cannot create slot ${slot}: the Elastic Premium plan allows ${ELASTIC_PREMIUM_SLOTS} slots including production, and ${inUse}.`, ways);
}

export function planDeploy(p: PlanInput): FunctionAppPlan {
  const { config, state } = p;
  checkApp(state);
  const { slot, swap } = chooseSlot(config, p.intent);
  const exists = slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase());
  const createSlot = !exists;
  const evict = createSlot && slotQuotaFull(state, slot) ? checkSlotQuota(state, slot!, p.pullRequests ?? { evictClosed: false }) : undefined;
  if (createSlot && !state.source) throw new ActionError(`Slot ${slot} does not exist, and production's configuration to create it from was not read.`);
  const currentConfig = exists ? (slot === undefined ? state.productionConfig : (state.targetConfig ?? {})) : state.productionConfig;
  const currentSettings = exists
    ? slot === undefined
      ? state.productionSettings
      : (state.targetSettings ?? {})
    : newSlotBase(state.productionSettings, state.slotConfigNames.appSettingNames);
  const targetIdentity = slot === undefined ? state.identity : exists ? (state.targetIdentity ?? { userAssigned: {} }) : slotIdentityFrom(state.identity);
  const where = slot === undefined ? `${state.app.name} (production)` : `slot ${slot} of ${state.app.name}${createSlot ? ' (to be created)' : ''}`;
  const pull = choosePull({
    config,
    current: currentConfig,
    production: state.identity,
    target: targetIdentity,
    where,
    createSlot,
    registryCredential: p.registryCredential,
    registry: p.registry
  });
  // The image and its pull fields travel with a swap, the identities do not: production must hold the pull identity too.
  if (swap)
    choosePull({
      config,
      current: currentConfig,
      production: state.identity,
      target: state.identity,
      where: `production of ${state.app.name} (the swap moves the pull settings there)`,
      createSlot: false,
      registryCredential: p.registryCredential,
      registry: p.registry
    });

  const settingsAfter = mergeSettings({ current: currentSettings, set: config.appSettings, remove: config.removeAppSettings, registry: pull.settings });
  const settingsDiff = diffSettings(createSlot ? {} : currentSettings, settingsAfter);
  const desired: PullConfig = {
    linuxFxVersion: `DOCKER|${p.image}`,
    acrUseManagedIdentityCreds: pull.useMi,
    ...(pull.useMi ? { acrUserManagedIdentityID: pull.identityClientId ?? '' } : {})
  };
  const configPatch = createSlot ? desired : changedFields(currentConfig, desired);
  const writeSettings = !createSlot && !isEmptyDiff(settingsDiff);
  const stickyBefore = state.slotConfigNames.appSettingNames;
  const stickyAdd = config.slotSettings.filter((n) => !stickyBefore.some((s) => s.toLowerCase() === n.toLowerCase()));
  const restart = !createSlot && !writeSettings && Object.keys(configPatch).length === 0;
  return {
    app: state.app,
    slot,
    createSlot,
    ...(evict ? { evict } : {}),
    newSlot: createSlot ? newSlotEnvelope({ state, source: state.source!, identity: targetIdentity, settings: settingsAfter, pull: desired }) : undefined,
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
    productionImage: imageOf(state.productionConfig.linuxFxVersion),
    hostName: slot === undefined ? state.productionHostName : state.targetHostName,
    productionHostName: state.productionHostName,
    expectFunctions: p.functions ?? [],
    drift: createSlot
      ? { state: 'new-slot' }
      : swap
        ? { state: 'not-covered', why: 'a swap exchanges the settings and the image of staging and production, so no record describes either slot' }
        : functionAppDrift({ tags: state.targetTags, settingsBefore: currentSettings, settingsAfter, configBefore: currentConfig, configPatch }),
    tagsBefore: createSlot ? {} : { ...(state.targetTags ?? {}) },
    warnings: pull.warnings
  };
}

/** A new slot gets production's user-assigned identities (its settings may name them) and, where production has one, its own system-assigned identity. */
function slotIdentityFrom(production: Identity): Identity {
  return { type: production.type, userAssigned: { ...production.userAssigned }, systemAssignedIsNew: /systemassigned/i.test(production.type ?? '') };
}

function changedFields(current: PullConfig, desired: PullConfig): PullConfig {
  const patch: PullConfig = {};
  for (const k of Object.keys(desired) as Array<keyof PullConfig>) {
    const before = current[k];
    const differs =
      k === 'linuxFxVersion'
        ? !sameImage(before as string | undefined, desired[k] as string)
        : (before ?? (k === 'acrUserManagedIdentityID' ? '' : false)) !== desired[k];
    if (differs) (patch as Record<string, unknown>)[k] = desired[k];
  }
  return patch;
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
export function describePlan(plan: FunctionAppPlan, deployedImage?: string) {
  return {
    target: 'functionapp',
    app: plan.app.name,
    resourceGroup: plan.app.resourceGroup,
    slot: plan.slot ?? 'production',
    slotAction: plan.createSlot ? 'create' : 'update',
    ...(plan.evict ? { evict: `${plan.evict.slot} (pull request #${plan.evict.pr} ${plan.evict.state})` } : {}),
    image: { ...plan.image, after: deployedImage ?? plan.image.after },
    settings: plan.settingsDiff,
    sticky: plan.stickyAdd,
    config: Object.keys(plan.configPatch),
    restart: plan.restart,
    swap: plan.swap ? `${plan.swap.from} → production` : null,
    drift: describeDrift(plan.drift)
  };
}

/** The slots named `pr-<N>` (previews), with the time App Service last modified each (its lastModifiedTimeUtc). Pure. */
export function previewSlots(
  slots: Array<{ name?: string; lastModifiedTimeUtc?: Date | string }>
): Array<{ pr: number; slot: string; lastDeployed?: string; lastDeployedSource?: string }> {
  const out = [];
  for (const s of slots) {
    const slot = (s.name ?? '').split('/').pop() ?? '';
    const pr = previewNumber(slot);
    if (pr === undefined) continue;
    const t = s.lastModifiedTimeUtc ? new Date(s.lastModifiedTimeUtc) : undefined;
    const lastDeployed = t && !Number.isNaN(t.getTime()) ? t.toISOString() : undefined;
    out.push({ pr, slot, ...(lastDeployed ? { lastDeployed, lastDeployedSource: "the slot's lastModifiedTimeUtc" } : {}) });
  }
  return out.sort((a, b) => a.pr - b.pr);
}

export function describeTeardown(app: AppRef, slot: string) {
  return { target: 'functionapp', app: app.name, resourceGroup: app.resourceGroup, slot, slotAction: 'delete' };
}
