/** Which instance signs and which issuer is expected, as @actions/attest and gh decide; the files of a custom instance checked before any side effect. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsIssuer, defaultInstance, knownSigningConfig, setupSupplyChain } from '../../../src/supply/instance.js';
import type { SupplyChainConfig } from '../../../src/config/config.js';

const off: SupplyChainConfig = { attest: false, pushToRegistry: false, verify: false };
const facts = (workspace: string) => ({ workspace, serverUrl: 'https://github.com', repository: 'octo-org/app', visibility: 'private' });

describe('instances', () => {
  test.each([
    ['public', 'public-good'],
    ['private', 'github'],
    ['internal', 'github'],
    [undefined, 'github']
  ])('a %s repository signs with %s', (visibility, instance) => {
    expect(defaultInstance(visibility)).toBe(instance);
  });

  test.each([
    ['https://github.com', 'https://fulcio.githubapp.com', 'https://timestamp.githubapp.com'],
    ['https://octo.ghe.com', 'https://fulcio.octo.ghe.com', 'https://timestamp.octo.ghe.com']
  ])("GitHub's instance for %s: %s and %s", (server, fulcio, tsa) => {
    const c = knownSigningConfig('github', server);
    expect([c.caUrls.map((u) => u.url), c.tsaUrls.map((u) => u.url), c.rekorTlogUrls]).toEqual([[fulcio], [tsa], []]);
  });

  test('public-good: Fulcio and Rekor', () => {
    const c = knownSigningConfig('public-good', 'https://github.com');
    expect([c.caUrls.map((u) => u.url), c.rekorTlogUrls.map((u) => u.url), c.tsaUrls]).toEqual([
      ['https://fulcio.sigstore.dev'],
      ['https://rekor.sigstore.dev'],
      []
    ]);
  });

  test.each([
    ['https://github.com', 'https://token.actions.githubusercontent.com'],
    ['https://octo.ghe.com', 'https://token.actions.octo.ghe.com'],
    ['https://ghes.example.com', undefined]
  ])('the Actions issuer of %s is %s', (server, issuer) => {
    expect(actionsIssuer(server)).toBe(issuer);
  });
});

describe('setupSupplyChain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'supply-'));
  const file = (name: string, body: unknown) => {
    writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
    return name;
  };

  test('nothing asked, nothing read', () => {
    expect(setupSupplyChain(off, facts(dir))).toBeUndefined();
  });

  test('a server without a known issuer needs oidc-issuer', () => {
    expect(() => setupSupplyChain({ ...off, verify: true }, { ...facts(dir), serverUrl: 'https://ghes.example.com' })).toThrow(
      expect.objectContaining({ input: 'oidc-issuer' })
    );
  });

  test('defaults: this repository is the trusted signer, the TUF repository the trust', () => {
    const s = setupSupplyChain({ ...off, verify: true }, facts(dir));
    expect(s).toMatchObject({ signerRepository: 'octo-org/app', issuer: 'https://token.actions.githubusercontent.com', trustedRoot: undefined });
  });

  test.each([
    ['trusted-root', { verify: true, trustedRoot: 'missing.json' }, /cannot read/],
    ['trusted-root', { verify: true, trustedRoot: file('bad.json', 'nope') }, /not a JSON object/],
    ['trusted-root', { verify: true, trustedRoot: file('other.json', { mediaType: 'application/json' }) }, /not a trusted root/],
    [
      'trusted-root',
      { verify: true, trustedRoot: file('empty.json', { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', certificateAuthorities: [] }) },
      /no certificate authority/
    ],
    ['signing-config', { attest: true, signingConfig: file('sc0.json', { mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json' }) }, /mediaType/],
    [
      'signing-config',
      {
        attest: true,
        signingConfig: file('sc1.json', {
          mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
          caUrls: [{ url: 'https://fulcio.example', majorApiVersion: 1, validFor: { start: '2024-01-01T00:00:00Z' } }],
          tsaUrls: [],
          rekorTlogUrls: []
        })
      },
      /neither a timestamp authority nor a transparency log/
    ]
  ])('%s: %o is refused', (input, over, message) => {
    expect(() => setupSupplyChain({ ...off, ...over }, facts(dir))).toThrow(expect.objectContaining({ input, message: expect.stringMatching(message) }));
  });

  test('a custom signing config: its CA and TSA, the timestamp authority used even without its selector', () => {
    const signingConfig = file('sc2.json', {
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [{ url: 'https://fulcio.example', majorApiVersion: 1, validFor: { start: '2024-01-01T00:00:00Z' } }],
      tsaUrls: [{ url: 'https://tsa.example/api/v1/timestamp', majorApiVersion: 1, validFor: { start: '2024-01-01T00:00:00Z' } }],
      rekorTlogUrls: []
    });
    const s = setupSupplyChain({ ...off, attest: true, signingConfig }, facts(dir));
    expect(s?.signing?.instance).toBe('custom');
    expect(s?.signing?.config.caUrls[0].url).toBe('https://fulcio.example');
    expect(s?.signing?.config.tsaConfig).toBeDefined();
  });
});
