/** The supply-chain inputs: defaults, accepted forms, refused combinations and the warnings for inputs without effect. */
import { describe, expect, test } from '@jest/globals';
import { readConfig } from '../../../src/config/config.js';

const base = { target: 'aks', registry: 'r.azurecr.io' };

function read(values: Record<string, string>) {
  const all: Record<string, string> = { ...base, ...values };
  return readConfig(
    (n) => all[n] ?? '',
    () => undefined
  );
}

describe('supply-chain inputs', () => {
  test('off by default', () => {
    expect(read({}).supply).toEqual({ attest: false, pushToRegistry: false, verify: false });
  });

  test.each([
    ['signer-workflow', 'octo-org/app/.github/workflows/release.yml', 'octo-org/app/.github/workflows/release.yml'],
    ['signer-workflow', 'octo-org/app/.github/workflows/release.yml@refs/heads/main', 'octo-org/app/.github/workflows/release.yml@refs/heads/main'],
    ['signer-workflow', 'github.com/octo-org/app/.github/workflows/release.yaml', 'octo-org/app/.github/workflows/release.yaml'],
    ['signer-workflow', 'https://octo.ghe.com/octo-org/app/.github/workflows/build.yml', 'octo-org/app/.github/workflows/build.yml']
  ])('%s %s → %s', (input, value, expected) => {
    expect(read({ 'verify-attestation': 'true', [input]: value }).supply.signerWorkflow).toBe(expected);
  });

  test.each([
    ['signer-repository', 'octo-org', /owner\/repository/],
    ['signer-repository', 'https://github.com/octo-org/app', /owner\/repository/],
    ['signer-workflow', 'octo-org/app', /\.github\/workflows/],
    ['signer-workflow', 'octo-org/app/.github/workflows/', /\.github\/workflows/],
    ['oidc-issuer', 'http://token.example', /https/],
    ['attest', 'yes', /true or false/]
  ])('%s %j is refused with the accepted forms', (input, value, hint) => {
    expect(() => read({ 'verify-attestation': 'true', [input]: value })).toThrow(expect.objectContaining({ input, hint: expect.stringMatching(hint) }));
  });

  test('attest-push-to-registry needs attest', () => {
    expect(() => read({ 'attest-push-to-registry': 'true' })).toThrow(expect.objectContaining({ input: 'attest-push-to-registry' }));
  });

  test('signer and trust inputs without verify-attestation, signing-config without attest: warned, not ignored silently', () => {
    const c = read({ 'signer-repository': 'o/r', 'trusted-root': 'root.json', 'signing-config': 'sc.json' });
    expect(c.warnings).toEqual(
      expect.arrayContaining([
        'signer-repository has no effect without verify-attestation: true.',
        'trusted-root has no effect without verify-attestation: true.',
        'signing-config has no effect without attest: true.'
      ])
    );
  });
});
