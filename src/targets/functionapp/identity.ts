/**
 * How the site or slot deployed to pulls the image: with a managed identity of **that** site or
 * slot (identities are per slot in App Service and never swapped or inherited), or with registry
 * credentials held in its settings. Pure; every refusal happens before any write.
 */
import { ActionError } from '../../util/errors.js';
import type { FunctionAppConfig } from '../../config/config.js';
import type { MergeInput } from './settings.js';
import type { PullConfig, RegistryPullCredential } from './plan.js';

export interface Identity {
  type?: string;
  /** resource id → client id */
  userAssigned: Record<string, { clientId?: string; principalId?: string }>;
  /** A slot still to be created: its system-assigned identity would be a new principal, with no role yet. */
  systemAssignedIsNew?: boolean;
}

export interface PullChoice {
  useMi: boolean;
  /** The client id App Service pulls with ('' = the system-assigned identity). */
  identityClientId?: string;
  settings: MergeInput['registry'];
  warnings: string[];
}

export interface PullInput {
  config: FunctionAppConfig;
  /** The pull fields the site or slot has now (production's for a slot to be created). */
  current: PullConfig;
  production: Identity;
  /** The identities of the site or slot deployed to (for a new slot: what its create attaches). */
  target: Identity;
  where: string;
  createSlot: boolean;
  registry: string;
  registryCredential?: RegistryPullCredential;
}

/** The user-assigned identity with this client id, attached to `identity`. */
export function attachedIdentity(identity: Identity, clientId: string): [string, { clientId?: string }] | undefined {
  return Object.entries(identity.userAssigned).find(([, v]) => v.clientId?.toLowerCase() === clientId.toLowerCase());
}

const listIdentities = (identity: Identity) =>
  Object.entries(identity.userAssigned)
    .map(([id, v]) => `${v.clientId} (${id.split('/').pop()})`)
    .join(', ');

function useManagedIdentity(p: PullInput): boolean {
  switch (p.config.registryPull) {
    case 'managed-identity':
      return true;
    case 'credentials':
      return false;
    case 'auto':
      return p.config.pullIdentityClientId ? true : p.current.acrUseManagedIdentityCreds === true;
  }
}

function checkUserAssigned(p: PullInput, clientId: string): void {
  if (attachedIdentity(p.target, clientId)) return;
  const onProduction = attachedIdentity(p.production, clientId);
  const named = p.config.pullIdentityClientId ? `pull-identity-client-id ${clientId}` : `The identity ${p.where} pulls with now (client id ${clientId})`;
  if (!onProduction) {
    throw new ActionError(
      `${named} is not attached to ${p.where}.`,
      Object.keys(p.production.userAssigned).length
        ? `Attached user-assigned identities of production (client ids): ${listIdentities(p.production)}. Attach the identity to the app first.`
        : 'The app has no user-assigned identity: attach one that has AcrPull on the registry, then set its client id here.'
    );
  }
  throw new ActionError(
    `${named} is attached to production but not to ${p.where}: identities are per slot, so this slot could not pull the image.`,
    `Attach it to the slot (az functionapp identity assign --resource-group <rg> --name <app> --slot <slot> --identities ${onProduction[0]}), then re-run.`
  );
}

function checkSystemAssigned(p: PullInput): void {
  if (p.createSlot) {
    throw new ActionError(
      `${p.where} would pull the image with its own system-assigned identity: a new slot gets a new principal, which has no AcrPull on the registry, so its first pull would fail.`,
      'Two ways out: set pull-identity-client-id to a user-assigned identity that has AcrPull and is attached to the app (the new slot gets it attached), or use registry-pull: credentials.'
    );
  }
  if (!/systemassigned/i.test(p.target.type ?? '')) {
    throw new ActionError(
      `registry-pull uses a managed identity, but ${p.where} has no system-assigned identity and no pull-identity-client-id was given.`,
      'Attach a user-assigned identity with AcrPull on the registry and set pull-identity-client-id, or use registry-pull: credentials.'
    );
  }
}

function credentialsSettings(p: PullInput): MergeInput['registry'] {
  const c = p.registryCredential;
  if (!c || !c.durable) {
    throw new ActionError(
      'registry-pull: credentials needs a registry user name and password the app can keep using, and this run has none (an Entra refresh token expires in hours).',
      'Use registry-auth: password (e.g. an ACR token or service principal) or admin, or registry-pull: managed-identity.'
    );
  }
  return { kind: 'credentials', url: `https://${p.registry}`, username: c.username, password: c.password };
}

export function choosePull(p: PullInput): PullChoice {
  if (!useManagedIdentity(p)) {
    return { useMi: false, settings: p.config.registryPull === 'credentials' ? credentialsSettings(p) : { kind: 'keep' }, warnings: [] };
  }
  const clientId = p.config.pullIdentityClientId ?? (p.current.acrUseManagedIdentityCreds ? (p.current.acrUserManagedIdentityID ?? '') : '');
  if (clientId) checkUserAssigned(p, clientId);
  else checkSystemAssigned(p);
  const hit = clientId ? attachedIdentity(p.target, clientId) : undefined;
  return { useMi: true, identityClientId: hit?.[1].clientId ?? clientId, settings: { kind: 'remove' }, warnings: [] };
}
