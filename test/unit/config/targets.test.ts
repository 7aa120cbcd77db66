/**
 * The "has no effect with this target" warnings come from what each target declares as its own
 * inputs: every declared input warns with the other target and never with its own.
 */
import { describe, expect, test } from '@jest/globals';
import { readConfig, TARGETS } from '../../../src/config/config.js';
import { TARGET_ONLY_INPUTS } from '../../../src/config/targets.js';

const VALUES: Record<string, string> = {
  'app-name': 'func-orders',
  slot: 'staging',
  'remove-app-settings': 'OLD',
  'slot-settings': 'STICKY',
  'pull-identity-client-id': '44444444-4444-4444-4444-444444444444',
  'cluster-name': 'aks1',
  'cluster-resource-group': 'rg',
  namespace: 'prod',
  'workload-identity-client-id': '55555555-5555-5555-5555-555555555555',
  'manifests-dir': 'out',
  'traffic-steps': '10,100',
  'preview-evict-closed': 'true'
};

const ROWS = TARGETS.flatMap((owner) => TARGET_ONLY_INPUTS[owner].map((input) => [owner, input] as const));

function warnings(target: string, input: string): string[] {
  const values: Record<string, string> = { target, registry: 'contoso.azurecr.io', 'app-name': 'func-orders', 'resource-group': 'rg', [input]: VALUES[input] };
  if (input === 'cluster-name') values['cluster-resource-group'] = 'rg';
  return readConfig(
    (n) => values[n] ?? '',
    () => undefined
  ).warnings;
}

describe('per-target input declarations', () => {
  test('every declared input has a value in this table', () => {
    for (const [, input] of ROWS) expect([input, VALUES[input]]).toEqual([input, expect.any(String)]);
  });

  test.each(ROWS)('%s declares %s: a warning with the other target, none with its own', (owner, input) => {
    const other = TARGETS.find((t) => t !== owner)!;
    expect(warnings(other, input)).toContain(`${input} has no effect with target: ${other}.`);
    expect(warnings(owner, input).filter((w) => w.startsWith(`${input} `))).toEqual([]);
  });
});
