/**
 * Azure Container Registry logins without the Azure CLI:
 * - entra: Entra token for the ACR audience → POST <realm origin>/oauth2/exchange → refresh token,
 *   used with `docker login -u 00000000-0000-0000-0000-000000000000 --password-stdin`;
 * - admin: ARM registries.listCredentials, refused with a clear message when the admin user is off.
 * The exchange endpoint is found the way `az acr login` finds it: from the registry's
 * `WWW-Authenticate: Bearer realm=…,service=…` challenge on GET /v2/.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { RegistryCredential } from '../image/login.js';
import { ActionError } from '../util/errors.js';
import { secret } from '../report/mask.js';
import { getToken, type AuthChoice } from './credential.js';
import type { Cloud } from './clouds.js';
import { armClientOptions, describeAzureError } from './arm.js';

export const ACR_TOKEN_USERNAME = '00000000-0000-0000-0000-000000000000';

export interface Challenge {
  realm: string;
  service: string;
}

/** Loopback registries speak plain HTTP (as docker treats them); everything else HTTPS. */
export function registryBaseUrl(registry: string): string {
  const host = registry.replace(/:\d+$/, '');
  const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  return `${loopback ? 'http' : 'https'}://${registry}`;
}

/** Parses `Bearer realm="…",service="…",scope="…"`. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header || !/^Bearer\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const m of header.slice(7).matchAll(/(\w+)="([^"]*)"/g)) params[m[1].toLowerCase()] = m[2];
  return params.realm ? { realm: params.realm, service: params.service ?? '' } : undefined;
}

export async function readChallenge(registry: string): Promise<Challenge> {
  const url = `${registryBaseUrl(registry)}/v2/`;
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'manual' });
  } catch (e) {
    throw new ActionError(
      `Cannot reach the registry at ${url}: ${(e as Error).cause ?? (e as Error).message}`,
      "Check the registry input and the runner's network access to it (firewall rules, private endpoints)."
    );
  }
  if (res.status === 403)
    throw new ActionError(
      `The registry ${registry} answered 403 to GET /v2/.`,
      'A network rule or firewall of the registry blocks this runner: allow its IP or use a self-hosted runner in the network.'
    );
  const challenge = parseChallenge(res.headers.get('www-authenticate'));
  if (res.status !== 401 || !challenge) {
    throw new ActionError(
      `The registry ${registry} does not ask for token authentication (GET /v2/ → ${res.status}), so registry-auth: entra cannot work with it.`,
      'Use registry-auth: password (or none) for registries that are not Azure Container Registry.'
    );
  }
  return challenge;
}

function tenantOf(accessToken: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { tid?: string };
    return claims.tid;
  } catch {
    return undefined;
  }
}

export async function entraRegistryCredential(registry: string, credential: TokenCredential, cloud: Cloud, choice: AuthChoice): Promise<RegistryCredential> {
  const [challenge, accessToken] = await Promise.all([readChallenge(registry), getToken(credential, cloud.acrScope, choice)]);
  secret(accessToken);
  const exchangeUrl = new URL('/oauth2/exchange', challenge.realm).toString();
  const body = new URLSearchParams({ grant_type: 'access_token', service: challenge.service || registry, access_token: accessToken });
  const tenant = tenantOf(accessToken);
  if (tenant) body.set('tenant', tenant);
  let res: Response;
  try {
    res = await fetch(exchangeUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  } catch (e) {
    throw new ActionError(`The ACR token exchange at ${exchangeUrl} failed: ${(e as Error).message}`);
  }
  const text = await res.text();
  if (!res.ok) {
    throw new ActionError(
      `The ACR token exchange at ${exchangeUrl} answered ${res.status}: ${text.slice(0, 300)}`,
      res.status === 401 || res.status === 403
        ? 'The registry did not accept the Entra token: the identity needs AcrPush on the registry, and the registry must be in the same tenant (check tenant-id).'
        : undefined
    );
  }
  let refresh: string | undefined;
  try {
    refresh = (JSON.parse(text) as { refresh_token?: string }).refresh_token;
  } catch {
    refresh = undefined;
  }
  if (!refresh) throw new ActionError(`The ACR token exchange at ${exchangeUrl} returned no refresh_token.`);
  secret(refresh);
  return { username: ACR_TOKEN_USERNAME, password: refresh, source: 'entra' };
}

/** ACR admin user credentials through ARM: the registry is found by its login server in the subscription. */
export async function adminRegistryCredential(
  registry: string,
  credential: TokenCredential,
  cloud: Cloud,
  subscriptionId: string
): Promise<RegistryCredential> {
  const { ContainerRegistryManagementClient } = await import('@azure/arm-containerregistry');
  const client = new ContainerRegistryManagementClient(credential, subscriptionId, armClientOptions(cloud));
  let found: { id?: string; name?: string; adminUserEnabled?: boolean } | undefined;
  try {
    for await (const r of client.registries.list()) {
      if (r.loginServer?.toLowerCase() === registry.toLowerCase()) {
        found = r;
        break;
      }
    }
  } catch (e) {
    throw describeAzureError(e, `list container registries in subscription ${subscriptionId}`);
  }
  if (!found?.id || !found.name) {
    throw new ActionError(
      `No container registry with login server ${registry} was found in subscription ${subscriptionId}.`,
      'Check registry and subscription-id, and that the identity can read the registry (Reader on it).'
    );
  }
  const resourceGroup = /\/resourceGroups\/([^/]+)\//i.exec(found.id)?.[1] ?? '';
  if (found.adminUserEnabled === false) {
    throw new ActionError(
      `The admin user of registry ${found.name} is disabled, so registry-auth: admin cannot log in.`,
      'Prefer registry-auth: entra (AcrPush for the identity); or enable the admin user: az acr update -n ' + found.name + ' --admin-enabled true.'
    );
  }
  let creds: { username?: string; passwords?: Array<{ value?: string }> };
  try {
    creds = await client.registries.listCredentials(resourceGroup, found.name);
  } catch (e) {
    throw describeAzureError(e, `listCredentials of registry ${found.name}`);
  }
  const password = creds.passwords?.find((p) => p.value)?.value;
  if (!creds.username || !password)
    throw new ActionError(`listCredentials of registry ${found.name} returned no admin password.`, 'Enable the admin user or use registry-auth: entra.');
  secret(password);
  return { username: creds.username, password, source: 'admin' };
}
