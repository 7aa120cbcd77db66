/**
 * Whose build is trusted: the signer pattern is anchored (octo-org/app never matches
 * octo-org/app-fork or a look-alike host), the source repository and issuer must be equal, and the
 * statement's subject must be the digest deployed.
 */
import { describe, expect, test } from '@jest/globals';
import { identityMismatches, signerPolicy, statementMismatches, type Provenance } from '../../../src/supply/policy.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const server = 'https://github.com';
const wf = (repo: string, file = 'release.yml', ref = 'refs/heads/main') => `${server}/${repo}/.github/workflows/${file}@${ref}`;
const cert = (o: Partial<Provenance> = {}): Provenance => ({
  signer: wf('octo-org/app'),
  sourceRepository: `${server}/octo-org/app`,
  commit: 'a'.repeat(40),
  ref: 'refs/heads/main',
  issuer: ISSUER,
  ...o
});

describe('signerPolicy + identityMismatches', () => {
  const repoOnly = signerPolicy({ serverUrl: server, signerRepository: 'octo-org/app', issuer: ISSUER });
  const workflow = signerPolicy({
    serverUrl: server,
    signerRepository: 'octo-org/app',
    signerWorkflow: 'octo-org/app/.github/workflows/release.yml',
    issuer: ISSUER
  });
  const pinned = signerPolicy({
    serverUrl: server,
    signerRepository: 'octo-org/app',
    signerWorkflow: 'octo-org/app/.github/workflows/release.yml@refs/tags/v1',
    issuer: ISSUER
  });
  const reusable = signerPolicy({
    serverUrl: server,
    signerRepository: 'octo-org/app',
    signerWorkflow: 'octo-org/shared/.github/workflows/build.yml',
    issuer: ISSUER
  });

  test.each([
    ['any workflow of the repository', repoOnly, cert(), []],
    ['case differences in owner and repository', repoOnly, cert({ signer: wf('Octo-Org/App'), sourceRepository: `${server}/Octo-Org/App` }), []],
    [
      'a fork whose name extends the repository',
      repoOnly,
      cert({ signer: wf('octo-org/app-fork'), sourceRepository: `${server}/octo-org/app-fork` }),
      ['signed by', 'built from']
    ],
    ['another repository', repoOnly, cert({ signer: wf('evil/app'), sourceRepository: `${server}/evil/app` }), ['signed by', 'built from']],
    ['a look-alike host', repoOnly, cert({ signer: `https://github.com.evil.io/octo-org/app/.github/workflows/release.yml@refs/heads/main` }), ['signed by']],
    ['a reusable workflow of another repository, not trusted by default', repoOnly, cert({ signer: wf('octo-org/shared', 'build.yml') }), ['signed by']],
    ['another issuer', repoOnly, cert({ issuer: 'https://token.example' }), ['token issuer']],
    ['the trusted workflow, any ref', workflow, cert({ signer: wf('octo-org/app', 'release.yml', 'refs/tags/v2') }), []],
    ['another workflow of the repository', workflow, cert({ signer: wf('octo-org/app', 'ci.yml') }), ['signed by']],
    ['a workflow whose name extends the trusted one', workflow, cert({ signer: wf('octo-org/app', 'release.yml.evil.yml') }), ['signed by']],
    ['the pinned ref', pinned, cert({ signer: wf('octo-org/app', 'release.yml', 'refs/tags/v1') }), []],
    ['another ref than the pinned one', pinned, cert({ signer: wf('octo-org/app', 'release.yml', 'refs/tags/v10') }), ['signed by']],
    ['the trusted reusable workflow, run from the trusted repository', reusable, cert({ signer: wf('octo-org/shared', 'build.yml') }), []],
    [
      'the trusted reusable workflow, run from another repository',
      reusable,
      cert({ signer: wf('octo-org/shared', 'build.yml'), sourceRepository: `${server}/octo-org/other` }),
      ['built from']
    ]
  ])('%s', (_n, policy, provenance, expected) => {
    const found = identityMismatches(provenance, policy);
    expect(found.map((m) => expected.find((e) => m.startsWith(e)) ?? m)).toEqual(expected);
  });
});

describe('statementMismatches', () => {
  const digest = 'sha256:' + 'b'.repeat(64);
  const statement = (o: Record<string, unknown> = {}) =>
    Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'r.azurecr.io/app', digest: { sha256: 'b'.repeat(64) } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {},
        ...o
      })
    );

  test.each([
    ['the digest deployed', statement(), 'application/vnd.in-toto+json', []],
    [
      'another digest',
      statement({ subject: [{ name: 'x', digest: { sha256: 'c'.repeat(64) } }] }),
      'application/vnd.in-toto+json',
      [/subject is sha256:c+, not sha256:b+/]
    ],
    ['another predicate', statement({ predicateType: 'https://example.com/sbom' }), 'application/vnd.in-toto+json', [/predicate https:\/\/example.com\/sbom/]],
    ['another payload type', statement(), 'text/plain', [/payload type text\/plain/]],
    ['not JSON', Buffer.from('nope'), 'application/vnd.in-toto+json', [/not JSON/]]
  ])('%s', (_n, payload, type, expected) => {
    const found = statementMismatches(type, payload, digest);
    expect(found).toHaveLength(expected.length);
    expected.forEach((re, k) => expect(found[k]).toMatch(re));
  });
});
