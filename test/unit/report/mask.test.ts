/**
 * Which setting values are masked (app-settings, build-args, settings read back from Azure or a
 * cluster): credentials by name or shape, never plain values — a mask blanks that text in every
 * later line of the log.
 */
import { describe, expect, test } from '@jest/globals';
import { looksSecret, maskSetting, secretParts } from '../../../src/report/mask.js';
import { readConfig } from '../../../src/config/config.js';

describe('which settings are masked', () => {
  test.each([
    // plain values: never
    ['FUNCTIONS_WORKER_RUNTIME', 'node', false],
    ['FUNCTIONS_WORKER_RUNTIME', 'dotnet-isolated', false],
    ['FUNCTIONS_EXTENSION_VERSION', '~4', false],
    ['WEBSITES_ENABLE_APP_SERVICE_STORAGE', 'false', false],
    ['WEBSITE_RUN_FROM_PACKAGE', '1', false],
    ['AzureWebJobsSecretStorageType', 'files', false],
    ['KEY_VAULT_NAME', 'contoso-vault', false],
    ['AzureWebJobsStorage__accountName', 'contosostorage', false],
    ['AzureWebJobsStorage__credential', 'managedidentity', false],
    ['SLOT_NAME', 'production', false],
    ['FEATURE_X', 'prod-value', false],
    ['GREETING', 'hello from the demo', false],
    ['DOCKER_REGISTRY_SERVER_URL', 'https://contoso.azurecr.io', false],
    ['API_KEY', 'no', false],
    // by name (the last word)
    ['DOCKER_REGISTRY_SERVER_PASSWORD', 'pw1', true],
    ['API_TOKEN', 'whatever', true],
    ['OpenAiApiKey', 'sk-proj-abc', true],
    ['APPINSIGHTS_INSTRUMENTATIONKEY', '00000000-0000-0000-0000-000000000000', true],
    ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'InstrumentationKey=x;IngestionEndpoint=https://x', true],
    ['ServiceBusConnection', 'Endpoint=sb://x/', true],
    ['AzureWebJobsStorage', 'UseDevelopmentStorage=true', true],
    ['CLIENT_SECRET', 'abc~def', true],
    ['DB_PWD', 'p4ss', true],
    // by shape
    ['DB', 'Server=tcp:x;Database=d;User ID=u;Password=hunter2;', true],
    ['STORAGE_CS', 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==', true],
    ['SERVICEBUS', 'Endpoint=sb://x/;SharedAccessKeyName=n;SharedAccessKey=k=', true],
    ['BLOB_URL', 'https://a.blob.core.windows.net/c?sv=2022&sig=abcDEF%3D', true],
    ['REDIS_URL', 'redis://default:s3cr3tpass@cache:6379', true],
    ['ID', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig', true],
    ['RANDOM', 'a8F3kL0pQ2zX9vB7nM4c', true]
  ])('%s=%s → masked: %s', (name, value, masked) => {
    expect(looksSecret(name, value)).toBe(masked);
    const seen: string[] = [];
    expect(maskSetting(name, value, (v) => seen.push(v))).toBe(masked);
    expect(seen.includes(value)).toBe(masked);
  });

  test('the credential inside a value is masked too (it may be printed on its own)', () => {
    expect(secretParts('DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc==;EndpointSuffix=x')).toEqual(expect.arrayContaining(['abc==']));
    expect(secretParts('redis://default:s3cr3tpass@cache:6379')).toContain('s3cr3tpass');
    expect(secretParts('https://a/c?sv=1&sig=abcDEF%3D')).toContain('abcDEF%3D');
  });
});

describe('the inputs: app-settings and build-args by the same rule', () => {
  const read = (inputs: Record<string, string>) => {
    const masked: string[] = [];
    readConfig(
      (n) => inputs[n] ?? '',
      (v) => masked.push(v)
    );
    return masked;
  };

  test('FUNCTIONS_WORKER_RUNTIME=node masks neither "node" nor the line; the password is masked', () => {
    const masked = read({
      target: 'aks',
      registry: 'r.azurecr.io',
      'app-settings': 'FUNCTIONS_WORKER_RUNTIME=node\nFUNCTIONS_EXTENSION_VERSION=~4\nDB_PASSWORD=hunter2-x',
      'build-args': 'RUNTIME=node\nNPM_TOKEN=npm_abc123'
    });
    expect(masked).toEqual(expect.arrayContaining(['hunter2-x', 'npm_abc123']));
    for (const plain of ['node', '~4', 'FUNCTIONS_WORKER_RUNTIME=node', 'RUNTIME=node']) expect(masked).not.toContain(plain);
    expect(masked.some((m) => m.includes('FUNCTIONS_WORKER_RUNTIME'))).toBe(false);
  });

  test('a JSON object is masked by value too, not line by line', () => {
    const masked = read({ target: 'aks', registry: 'r.azurecr.io', 'app-settings': '{\n  "FUNCTIONS_WORKER_RUNTIME": "node",\n  "ApiKey": "k-123456"\n}' });
    expect(masked).toEqual(['k-123456']);
  });
});
