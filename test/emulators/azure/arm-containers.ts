/**
 * Microsoft.ContainerRegistry (registries: get, list, listCredentials) and Microsoft.ContainerService
 * (managedClusters: get, list, listClusterUserCredential) parts of the ARM emulator. Errors in ARM's shape.
 */
import { randomBytes } from 'node:crypto';
import * as E from './arm-errors.js';
import { unsupported, type ProviderRequest, type Reply } from './arm-web.js';

const lc = (s: string) => s.toLowerCase();
const key = (rg: string, name: string) => `${lc(rg)}/${lc(name)}`;

export interface RegistrySpec {
  resourceGroup: string;
  name: string;
  /** Default `<name>.azurecr.io` (lower-case). */
  loginServer?: string;
  adminUserEnabled?: boolean;
  /** Admin user name (default: the registry name). */
  username?: string;
  /** The two admin passwords (default: random). */
  passwords?: [string, string];
  location?: string;
  sku?: 'Basic' | 'Standard' | 'Premium';
}

export interface RegistryState {
  id: string;
  resourceGroup: string;
  name: string;
  location: string;
  loginServer: string;
  adminUserEnabled: boolean;
  username: string;
  passwords: [string, string];
  sku: string;
}

export interface ManagedClusterSpec {
  resourceGroup: string;
  name: string;
  /** The kubeconfig listClusterUserCredential returns (base64 on the wire). */
  kubeconfig: string;
  location?: string;
  fqdn?: string;
  kubernetesVersion?: string;
}

export interface ManagedClusterState extends Required<Omit<ManagedClusterSpec, 'fqdn' | 'kubernetesVersion' | 'location'>> {
  id: string;
  location: string;
  fqdn: string;
  kubernetesVersion: string;
}

export class RegistryProvider {
  readonly registries: Record<string, RegistryState> = {};

  constructor(
    private readonly subscriptionId: string,
    private readonly defaultLocation: string,
    private readonly addResourceGroup: (rg: string) => void
  ) {}

  add(spec: RegistrySpec): RegistryState {
    const r: RegistryState = {
      id: `/subscriptions/${this.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${spec.name}`,
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      location: spec.location ?? this.defaultLocation,
      loginServer: spec.loginServer ?? `${lc(spec.name)}.azurecr.io`,
      adminUserEnabled: spec.adminUserEnabled ?? false,
      username: spec.username ?? spec.name,
      passwords: spec.passwords ?? [randomBytes(24).toString('base64url'), randomBytes(24).toString('base64url')],
      sku: spec.sku ?? 'Standard'
    };
    this.registries[key(spec.resourceGroup, spec.name)] = r;
    this.addResourceGroup(spec.resourceGroup);
    return r;
  }

  handle(r: ProviderRequest): Reply {
    const [type, name, action, ...more] = r.rest;
    if (lc(type ?? '') !== 'registries' || more.length > 0) return unsupported(r);
    if (name === undefined) {
      if (r.method !== 'GET') return unsupported(r);
      const all = Object.values(this.registries).filter((x) => r.resourceGroup === null || lc(x.resourceGroup) === lc(r.resourceGroup));
      return { status: 200, body: { value: all.map((x) => this.json(x)) } };
    }
    if (r.resourceGroup === null) return unsupported(r);
    const reg = this.registries[key(r.resourceGroup, name)];
    if (!reg) return { status: 404, body: E.resourceNotFound('Microsoft.ContainerRegistry/registries', name, r.resourceGroup) };
    if (action === undefined) return r.method === 'GET' ? { status: 200, body: this.json(reg) } : unsupported(r);
    if (lc(action) === 'listcredentials' && r.method === 'POST') {
      if (!reg.adminUserEnabled) return { status: 400, body: E.acrAdminDisabled(reg.id) };
      return {
        status: 200,
        body: {
          username: reg.username,
          passwords: [
            { name: 'password', value: reg.passwords[0] },
            { name: 'password2', value: reg.passwords[1] }
          ]
        }
      };
    }
    return unsupported(r);
  }

  private json(x: RegistryState): Record<string, unknown> {
    return {
      id: x.id,
      name: x.name,
      type: 'Microsoft.ContainerRegistry/registries',
      location: x.location,
      tags: {},
      sku: { name: x.sku, tier: x.sku },
      properties: {
        loginServer: x.loginServer,
        creationDate: '2026-01-01T00:00:00.0000000Z',
        provisioningState: 'Succeeded',
        adminUserEnabled: x.adminUserEnabled,
        publicNetworkAccess: 'Enabled',
        networkRuleBypassOptions: 'AzureServices',
        zoneRedundancy: 'Disabled',
        anonymousPullEnabled: false,
        dataEndpointEnabled: false,
        dataEndpointHostNames: []
      }
    };
  }
}

export class ClusterProvider {
  readonly clusters: Record<string, ManagedClusterState> = {};

  constructor(
    private readonly subscriptionId: string,
    private readonly defaultLocation: string,
    private readonly addResourceGroup: (rg: string) => void
  ) {}

  add(spec: ManagedClusterSpec): ManagedClusterState {
    const c: ManagedClusterState = {
      id: `/subscriptions/${this.subscriptionId}/resourcegroups/${spec.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${spec.name}`,
      resourceGroup: spec.resourceGroup,
      name: spec.name,
      kubeconfig: spec.kubeconfig,
      location: spec.location ?? this.defaultLocation,
      fqdn: spec.fqdn ?? `${lc(spec.name)}-dns-00000000.hcp.${(spec.location ?? this.defaultLocation).replace(/\s+/g, '')}.azmk8s.io`,
      kubernetesVersion: spec.kubernetesVersion ?? '1.33.2'
    };
    this.clusters[key(spec.resourceGroup, spec.name)] = c;
    this.addResourceGroup(spec.resourceGroup);
    return c;
  }

  handle(r: ProviderRequest): Reply {
    const [type, name, action, ...more] = r.rest;
    if (lc(type ?? '') !== 'managedclusters' || more.length > 0) return unsupported(r);
    if (name === undefined) {
      if (r.method !== 'GET') return unsupported(r);
      const all = Object.values(this.clusters).filter((x) => r.resourceGroup === null || lc(x.resourceGroup) === lc(r.resourceGroup));
      return { status: 200, body: { value: all.map((x) => this.json(x)) } };
    }
    if (r.resourceGroup === null) return unsupported(r);
    const c = this.clusters[key(r.resourceGroup, name)];
    if (!c) return { status: 404, body: E.resourceNotFound('Microsoft.ContainerService/managedClusters', name, r.resourceGroup) };
    if (action === undefined) return r.method === 'GET' ? { status: 200, body: this.json(c) } : unsupported(r);
    if (lc(action) === 'listclusterusercredential' && r.method === 'POST') {
      return { status: 200, body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(c.kubeconfig, 'utf8').toString('base64') }] } };
    }
    return unsupported(r);
  }

  private json(c: ManagedClusterState): Record<string, unknown> {
    return {
      id: c.id,
      name: c.name,
      type: 'Microsoft.ContainerService/ManagedClusters',
      location: c.location,
      properties: {
        provisioningState: 'Succeeded',
        powerState: { code: 'Running' },
        kubernetesVersion: c.kubernetesVersion,
        currentKubernetesVersion: c.kubernetesVersion,
        dnsPrefix: `${c.name}-dns`,
        fqdn: c.fqdn,
        enableRBAC: true,
        disableLocalAccounts: false
      }
    };
  }
}
