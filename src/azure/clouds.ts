/**
 * Endpoints of the Azure clouds the action knows: Resource Manager, Entra authority, the scope
 * (audience) of ARM tokens, the ACR login-server suffix and ACR's token audience. `arm-endpoint`
 * and `authority-host` override the endpoints (custom clouds, and the loopback emulators in tests);
 * the audiences stay the cloud's, because that is what the service checks. Pure.
 */

/** The clouds the action knows (input `azure-environment`). */
export const AZURE_ENVIRONMENTS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;
export type AzureEnvironment = (typeof AZURE_ENVIRONMENTS)[number];

/** What picks the cloud and overrides its endpoints (the `azure` part of the config). */
export interface CloudInputs {
  environment: AzureEnvironment;
  armEndpoint?: string;
  authorityHost?: string;
  audience?: string;
}

export interface Cloud {
  name: AzureEnvironment;
  armEndpoint: string;
  authorityHost: string;
  armScope: string;
  acrSuffix: string;
  acrScope: string;
  /**
   * Audience of the GitHub ID token that Entra accepts for workload identity federation in this
   * cloud (the federated credential's `audiences`): api://AzureADTokenExchange, …China, …USGov.
   */
  federationAudience: string;
  /** true when an endpoint was overridden: instance discovery on the public authority must be off. */
  custom: boolean;
}

const CLOUDS: Record<AzureEnvironment, Omit<Cloud, 'custom'>> = {
  AzureCloud: {
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    armScope: 'https://management.azure.com/.default',
    acrSuffix: 'azurecr.io',
    acrScope: 'https://containerregistry.azure.net/.default',
    federationAudience: 'api://AzureADTokenExchange'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    armScope: 'https://management.chinacloudapi.cn/.default',
    acrSuffix: 'azurecr.cn',
    acrScope: 'https://containerregistry.azure.cn/.default',
    federationAudience: 'api://AzureADTokenExchangeChina'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    armScope: 'https://management.usgovcloudapi.net/.default',
    acrSuffix: 'azurecr.us',
    acrScope: 'https://containerregistry.azure.us/.default',
    federationAudience: 'api://AzureADTokenExchangeUSGov'
  }
};

export const ACR_SUFFIXES = Object.values(CLOUDS).map((c) => c.acrSuffix);

export function cloudFor(azure: CloudInputs): Cloud {
  const base = CLOUDS[azure.environment];
  return {
    ...base,
    armEndpoint: azure.armEndpoint ?? base.armEndpoint,
    authorityHost: azure.authorityHost ?? base.authorityHost,
    federationAudience: azure.audience ?? base.federationAudience,
    custom: azure.armEndpoint !== undefined || azure.authorityHost !== undefined
  };
}

/** An Azure Container Registry login server of any known cloud (`<name>.azurecr.io`, …). */
export function isAcrHost(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').toLowerCase();
  return ACR_SUFFIXES.some((s) => host.endsWith(`.${s}`));
}
