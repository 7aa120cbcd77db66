/** action.yml and the config reader are one contract: every declared input is read, nothing undeclared is. */
import { describe, expect, test } from '@jest/globals';
import { readConfig } from '../../../src/config/config.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionYml, ROOT } from '../../support/action-yml.js';

const PRODUCT_INPUTS = [
  'target',
  'mode',
  'registry',
  'repository',
  'image',
  'context',
  'dockerfile',
  'build-target',
  'build-args',
  'build-secrets',
  'platforms',
  'tags',
  'labels',
  'cache',
  'auth',
  'client-id',
  'tenant-id',
  'subscription-id',
  'client-secret',
  'azure-environment',
  'arm-endpoint',
  'authority-host',
  'registry-auth',
  'registry-username',
  'registry-password',
  'app-name',
  'resource-group',
  'slot',
  'app-settings',
  'remove-app-settings',
  'slot-settings',
  'registry-pull',
  'pull-identity-client-id',
  'swap',
  'health-path',
  'cluster-name',
  'cluster-resource-group',
  'namespace',
  'name',
  'functions-path',
  'keda-auth',
  'workload-identity-client-id',
  'min-replicas',
  'max-replicas',
  'polling-interval',
  'cooldown-period',
  'service-type',
  'http-scale',
  'virtual-nodes',
  'manifests-dir',
  'prune',
  'traffic-steps',
  'attest',
  'attest-push-to-registry',
  'verify-attestation',
  'signer-workflow',
  'signer-repository',
  'trusted-root',
  'timeout',
  'github-token',
  'cleanup',
  'max-preview-age',
  'preview-evict-closed'
];
const PRODUCT_OUTPUTS = ['image', 'digest', 'tags', 'url', 'slot', 'namespace', 'manifests', 'revision', 'attestation-url', 'plan', 'cleanup'];

function readNames(values: Record<string, string>): Set<string> {
  const read = new Set<string>();
  readConfig(
    (name) => {
      read.add(name);
      return values[name] ?? '';
    },
    () => undefined
  );
  return read;
}

describe('action.yml ⇔ config reader', () => {
  const yml = actionYml();
  const declared = Object.keys(yml.inputs).sort();

  test('declares every input and output of the product contract', () => {
    expect(declared).toEqual(expect.arrayContaining(PRODUCT_INPUTS));
    expect(Object.keys(yml.outputs).sort()).toEqual([...PRODUCT_OUTPUTS].sort());
  });

  test.each([
    ['functionapp', { target: 'functionapp', registry: 'r.azurecr.io', 'app-name': 'app1' }],
    ['aks', { target: 'aks', registry: 'r.azurecr.io' }],
    ['containerapp', { target: 'containerapp', registry: 'r.azurecr.io', 'app-name': 'app1', 'resource-group': 'rg' }]
  ])('the reader reads exactly the declared inputs (%s)', (_t, values) => {
    expect([...readNames(values)].sort()).toEqual(declared);
  });

  test('runs on node24 with main and post on the bundle', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });

  test('defaults in action.yml give the same config as no value at all', () => {
    const base = { target: 'aks', registry: 'r.azurecr.io' };
    const withDefaults: Record<string, string> = { ...base };
    for (const [name, spec] of Object.entries(yml.inputs)) if (spec.default !== undefined && !spec.default.includes('${{')) withDefaults[name] = spec.default;
    const a = readConfig(
      (n) => withDefaults[n] ?? '',
      () => undefined
    );
    const b = readConfig(
      (n) => (base as Record<string, string>)[n] ?? '',
      () => undefined
    );
    expect(a).toEqual(b);
  });

  test('every input has a description', () => {
    for (const [name, spec] of Object.entries(yml.inputs)) expect([name, typeof spec.description]).toEqual([name, 'string']);
  });
});

test('README: its Inputs and outputs tables name every input and output action.yml declares', () => {
  const yml = actionYml();
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Inputs and outputs'), readme.indexOf('\n## ', readme.indexOf('## Inputs and outputs') + 1));
  const named = new Set([...section.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([a-z0-9-]+)`/g)].map((x) => x[1])));
  expect([...Object.keys(yml.inputs), ...Object.keys(yml.outputs)].filter((n) => !named.has(n))).toEqual([]);
});
