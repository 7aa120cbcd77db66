/** The Azure inputs (the identity and its cloud) and the registry login inputs. */
import { InputError } from '../util/errors.js';
import { parseEnum } from './parse.js';
import { ACR_SUFFIXES, AZURE_ENVIRONMENTS, isAcrHost } from '../azure/clouds.js';
import { GUID_RE, type Inputs } from './inputs.js';
import { AUTH_MODES, REGISTRY_AUTH_MODES, type AzureConfig, type RegistryAuthConfig } from './config.js';

const DOMAIN_RE = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

function readTenant(i: Inputs): string | undefined {
  const tenantId = i.raw('tenant-id').value.trim() || undefined;
  if (tenantId !== undefined && !GUID_RE.test(tenantId) && !DOMAIN_RE.test(tenantId)) {
    throw new InputError('tenant-id', `${JSON.stringify(tenantId)} is not a tenant.`, 'Accepted: the tenant GUID or its domain, e.g. contoso.onmicrosoft.com.');
  }
  return tenantId;
}

/** `pushOrDeploy`: false for a fork's pull request, whose secrets arrive empty. */
export function readAzure(i: Inputs, warnings: string[], pushOrDeploy: boolean): AzureConfig {
  const auth = parseEnum(i.raw('auth'), AUTH_MODES) ?? 'auto';
  const clientId = i.guid('client-id');
  const tenantId = readTenant(i);
  const subscriptionId = i.guid('subscription-id');
  const clientSecret = i.str('client-secret', true);
  const environment = parseEnum(i.raw('azure-environment'), AZURE_ENVIRONMENTS) ?? 'AzureCloud';
  const armEndpoint = i.httpsUrl('arm-endpoint');
  const authorityHost = i.httpsUrl('authority-host');
  const audience = i.matching(
    'audience',
    /^[^\s,;'"`]{1,200}$/,
    'an audience of a federated credential, e.g. api://AzureADTokenExchange (no spaces, commas, semicolons or quotes)'
  );
  if (auth === 'oidc' && (!clientId || !tenantId)) {
    throw new InputError(
      'auth',
      "'oidc' needs client-id and tenant-id.",
      'Set client-id and tenant-id to the Entra application that trusts this repository (federated credential).'
    );
  }
  if (pushOrDeploy && auth === 'secret' && (!clientId || !tenantId || !clientSecret)) {
    throw new InputError('auth', "'secret' needs client-id, tenant-id and client-secret.", 'Set all three, or use auth: oidc to avoid a stored secret.');
  }
  if (clientSecret && auth === 'oidc') warnings.push('client-secret is ignored with auth: oidc.');
  return { auth, clientId, tenantId, subscriptionId, clientSecret, environment, armEndpoint, authorityHost, audience };
}

export function readRegistryAuth(i: Inputs, registry: string, azure: AzureConfig, pushOrDeploy: boolean): RegistryAuthConfig {
  const mode = parseEnum(i.raw('registry-auth'), REGISTRY_AUTH_MODES) ?? 'auto';
  const username = i.str('registry-username');
  const password = i.str('registry-password', true);
  if (pushOrDeploy && mode === 'password' && (!username || !password)) {
    throw new InputError(
      'registry-auth',
      "'password' needs registry-username and registry-password.",
      'Set both, or choose registry-auth: entra for ACR without a stored secret.'
    );
  }
  if ((mode === 'entra' || mode === 'admin') && !isAcrHost(registry) && azure.armEndpoint === undefined) {
    throw new InputError(
      'registry-auth',
      `'${mode}' works with Azure Container Registry, but ${JSON.stringify(registry)} is not an ACR login server (${ACR_SUFFIXES.map((s) => '*.' + s).join(', ')}).`,
      'Use registry-auth: password with registry-username/registry-password for other registries (with a custom arm-endpoint any host is accepted).'
    );
  }
  if (mode === 'admin' && !azure.subscriptionId) {
    throw new InputError(
      'subscription-id',
      "is required with registry-auth: 'admin' (the registry is looked up in it).",
      'Set subscription-id to the subscription of the registry.'
    );
  }
  if (mode === 'auto' && (username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? 'registry-username' : 'registry-password';
    throw new InputError(missing, 'is required when the other registry credential is set.', 'Set both registry-username and registry-password, or neither.');
  }
  return { mode, username, password };
}
