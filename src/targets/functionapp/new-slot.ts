/**
 * The PUT that creates a slot as `az functionapp deployment slot create --configuration-source
 * <app>` leaves it (azure-cli appservice/custom.py, update_slot_configuration_from_source: the
 * source's whole site config, its app settings and connection strings minus the sticky ones), in
 * one write, plus what the CLI leaves out and a container needs to start behind a private network:
 * VNet integration and image pull over it, the Key Vault reference identity, storage mounts minus
 * sticky ones, and the identities. What must differ per slot is not copied: host names, publishing
 * user, WEBSITE_CONTENTSHARE (the platform makes one), auto-swap and traffic-routing rules. Pure.
 */
import type { CurrentState, ProductionSource, PullConfig } from './plan.js';
import type { Identity } from './identity.js';
import type { Settings } from './settings.js';

export interface SlotEnvelope {
  location: string;
  kind: string;
  serverFarmId: string;
  reserved: true;
  httpsOnly: boolean;
  identity?: { type: string; userAssignedIdentities?: Record<string, Record<string, never>> };
  virtualNetworkSubnetId?: string;
  outboundVnetRouting?: Record<string, unknown>;
  keyVaultReferenceIdentity?: string;
  clientCertEnabled?: boolean;
  clientCertMode?: string;
  siteConfig: Record<string, unknown>;
}

/**
 * Site-config fields never copied into a new slot: written by this deploy (image, pull, settings,
 * connection strings, mounts), per-site by nature (publishing user, VNet name, machine key), or
 * production-only behaviour (auto-swap, ramp-up rules, push). The rest is production's.
 */
const NOT_COPIED = new Set([
  'id',
  'name',
  'type',
  'kind',
  'systemData',
  'linuxFxVersion',
  'acrUseManagedIdentityCreds',
  'acrUserManagedIdentityID',
  'appSettings',
  'connectionStrings',
  'azureStorageAccounts',
  'publishingUsername',
  'vnetName',
  'machineKey',
  'autoSwapSlotName',
  'experiments',
  'push',
  'scmType'
]);

const sticky = (names: string[] | undefined) => {
  const set = new Set((names ?? []).map((n) => n.toLowerCase()));
  return (name: string) => set.has(name.toLowerCase());
};

export function copiedSiteConfig(siteConfig: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(siteConfig).filter(([k, v]) => !NOT_COPIED.has(k) && v !== undefined && v !== null));
}

function identityEnvelope(identity: Identity): SlotEnvelope['identity'] {
  const ua = Object.keys(identity.userAssigned);
  const system = /systemassigned/i.test(identity.type ?? '');
  if (!ua.length && !system) return undefined;
  const type = system && ua.length ? 'SystemAssigned, UserAssigned' : system ? 'SystemAssigned' : 'UserAssigned';
  return { type, ...(ua.length ? { userAssignedIdentities: Object.fromEntries(ua.map((id) => [id, {}])) } : {}) };
}

export function newSlotEnvelope(i: { state: CurrentState; source: ProductionSource; identity: Identity; settings: Settings; pull: PullConfig }): SlotEnvelope {
  const { state, source } = i;
  const names = state.slotConfigNames;
  const isStickyConn = sticky(names.connectionStringNames);
  const isStickyMount = sticky(names.azureStorageConfigNames);
  const connectionStrings = Object.entries(source.connectionStrings)
    .filter(([name]) => !isStickyConn(name))
    .map(([name, c]) => ({ name, connectionString: c.value ?? '', type: c.type ?? 'Custom' }));
  const mounts = Object.fromEntries(Object.entries(source.storageMounts).filter(([name]) => !isStickyMount(name)));
  const n = source.network;
  return {
    location: state.location,
    kind: state.kind,
    serverFarmId: state.serverFarmId,
    reserved: true,
    httpsOnly: state.httpsOnly ?? true,
    ...(identityEnvelope(i.identity) ? { identity: identityEnvelope(i.identity) } : {}),
    ...(n.virtualNetworkSubnetId ? { virtualNetworkSubnetId: n.virtualNetworkSubnetId } : {}),
    ...(n.outboundVnetRouting ? { outboundVnetRouting: { ...n.outboundVnetRouting } } : {}),
    ...(n.keyVaultReferenceIdentity ? { keyVaultReferenceIdentity: n.keyVaultReferenceIdentity } : {}),
    ...(n.clientCertEnabled !== undefined ? { clientCertEnabled: n.clientCertEnabled } : {}),
    ...(n.clientCertMode ? { clientCertMode: n.clientCertMode } : {}),
    siteConfig: {
      ...copiedSiteConfig(source.siteConfig),
      ...i.pull,
      appSettings: Object.entries(i.settings).map(([name, value]) => ({ name, value })),
      ...(connectionStrings.length ? { connectionStrings } : {}),
      ...(Object.keys(mounts).length ? { azureStorageAccounts: mounts } : {})
    }
  };
}
