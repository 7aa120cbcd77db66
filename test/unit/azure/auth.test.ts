import { describe, expect, test } from '@jest/globals';
import { cloudFor, isAcrHost } from '../../../src/azure/clouds.js';
import { chooseAuth } from '../../../src/azure/credential.js';
import { parseChallenge, registryBaseUrl } from '../../../src/azure/acr.js';
import { planLogin } from '../../../src/image/login.js';
import { readConfig } from '../../../src/config/config.js';
import type { AzureConfig } from '../../../src/config/config.js';

const az = (over: Partial<AzureConfig>): AzureConfig => ({ auth: 'auto', environment: 'AzureCloud', ...over });
const C = '11111111-1111-1111-1111-111111111111';
const T = '22222222-2222-2222-2222-222222222222';

describe('clouds', () => {
  test.each([
    [
      'AzureCloud',
      'https://management.azure.com',
      'https://login.microsoftonline.com',
      'https://management.azure.com/.default',
      'azurecr.io',
      'https://containerregistry.azure.net/.default',
      'api://AzureADTokenExchange'
    ],
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn',
      'https://login.chinacloudapi.cn',
      'https://management.chinacloudapi.cn/.default',
      'azurecr.cn',
      'https://containerregistry.azure.cn/.default',
      'api://AzureADTokenExchangeChina'
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
      'https://management.usgovcloudapi.net/.default',
      'azurecr.us',
      'https://containerregistry.azure.us/.default',
      'api://AzureADTokenExchangeUSGov'
    ]
  ] as const)('%s', (name, arm, authority, armScope, acrSuffix, acrScope, federationAudience) => {
    expect(cloudFor(az({ environment: name }))).toEqual({
      name,
      armEndpoint: arm,
      authorityHost: authority,
      armScope,
      acrSuffix,
      acrScope,
      federationAudience,
      custom: false
    });
  });

  test('input audience overrides the federation audience of the cloud', () => {
    expect(cloudFor(az({ environment: 'AzureChinaCloud', audience: 'api://custom-exchange' })).federationAudience).toBe('api://custom-exchange');
  });

  test('overrides change endpoints, not audiences', () => {
    const c = cloudFor(az({ armEndpoint: 'https://127.0.0.1:8443', authorityHost: 'https://127.0.0.1:9443' }));
    expect(c).toMatchObject({
      armEndpoint: 'https://127.0.0.1:8443',
      authorityHost: 'https://127.0.0.1:9443',
      armScope: 'https://management.azure.com/.default',
      custom: true
    });
  });

  test.each([
    ['contoso.azurecr.io', true],
    ['contoso.azurecr.cn', true],
    ['contoso.azurecr.us', true],
    ['contoso.azurecr.io:443', true],
    ['azurecr.io', false],
    ['ghcr.io', false],
    ['contoso.azurecr.io.evil.example', false],
    ['127.0.0.1:5000', false]
  ])('isAcrHost(%s) = %s', (host, acr) => expect(isAcrHost(host)).toBe(acr));
});

describe('auth choice', () => {
  test.each([
    ['auto with client-id, tenant and an ID token', az({ clientId: C, tenantId: T }), true, 'oidc'],
    ['auto with a secret but no ID token', az({ clientId: C, tenantId: T, clientSecret: 's' }), false, 'secret'],
    ['auto prefers OIDC over a secret', az({ clientId: C, tenantId: T, clientSecret: 's' }), true, 'oidc'],
    ['auto without client-id', az({}), true, 'azure-cli'],
    ['explicit secret', az({ auth: 'secret', clientId: C, tenantId: T, clientSecret: 's' }), true, 'secret'],
    ['explicit azure-cli', az({ auth: 'azure-cli' }), true, 'azure-cli'],
    ['explicit oidc', az({ auth: 'oidc', clientId: C, tenantId: T }), true, 'oidc']
  ])('%s', (_n, azure, idToken, kind) => expect(chooseAuth(azure, { idTokenAvailable: idToken }).kind).toBe(kind));

  test('oidc without id-token permission says to add it', () => {
    expect(() => chooseAuth(az({ auth: 'oidc', clientId: C, tenantId: T }), { idTokenAvailable: false })).toThrow(/ID token/);
    try {
      chooseAuth(az({ auth: 'oidc', clientId: C, tenantId: T }), { idTokenAvailable: false });
    } catch (e) {
      expect((e as { hint: string }).hint).toMatch(/permissions: id-token: write/);
    }
  });
});

describe('registry login plan', () => {
  const cfg = (inputs: Record<string, string>) =>
    readConfig(
      (n) => ({ target: 'aks', ...inputs })[n] ?? '',
      () => undefined
    );
  test.each([
    ['auto + username', { registry: 'contoso.azurecr.io', 'registry-username': 'u', 'registry-password': 'p' }, 'password'],
    ['auto + ACR host', { registry: 'contoso.azurecr.io' }, 'entra'],
    ['auto + sovereign ACR host', { registry: 'contoso.azurecr.cn' }, 'entra'],
    ['auto + other registry', { registry: 'ghcr.io' }, 'none'],
    ['explicit none on ACR', { registry: 'contoso.azurecr.io', 'registry-auth': 'none' }, 'none'],
    [
      'entra on a loopback registry with a custom ARM endpoint',
      { registry: '127.0.0.1:5001', 'registry-auth': 'entra', 'arm-endpoint': 'https://127.0.0.1:8443' },
      'entra'
    ],
    ['admin with subscription', { registry: 'contoso.azurecr.io', 'registry-auth': 'admin', 'subscription-id': C }, 'admin']
  ])('%s → %s', (_n, inputs, kind) => expect(planLogin(cfg(inputs)).kind).toBe(kind));
});

describe('the registry challenge', () => {
  test.each([
    [
      'Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io"',
      { realm: 'https://contoso.azurecr.io/oauth2/token', service: 'contoso.azurecr.io' }
    ],
    [
      'Bearer realm="https://127.0.0.1:9000/oauth2/token",service="127.0.0.1:5001",scope="repository:x:pull"',
      { realm: 'https://127.0.0.1:9000/oauth2/token', service: '127.0.0.1:5001' }
    ],
    ['Basic realm="registry"', undefined],
    [null, undefined]
  ])('%s', (header, expected) => expect(parseChallenge(header)).toEqual(expected));

  test.each([
    ['contoso.azurecr.io', 'https://contoso.azurecr.io'],
    ['127.0.0.1:5001', 'http://127.0.0.1:5001'],
    ['localhost:5000', 'http://localhost:5000']
  ])('%s is reached at %s', (reg, url) => expect(registryBaseUrl(reg)).toBe(url));
});
