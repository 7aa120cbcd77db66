/**
 * Supply chain, the bundled action run as a runner runs it: a build job attests the digest it
 * pushed (the real docker engine and registry; Sigstore through the loopback Fulcio and timestamp
 * authority, with the GitHub OIDC emulator's token; the attestation stored in the GitHub REST
 * emulator), and a deploy job given only the digest verifies it before deploying to the container
 * app of the ARM emulator. Every bundle that must not pass — none, another workflow, another
 * repository, another digest, tampered, another Sigstore — is refused before any write to Azure.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleBuilderFromSigningConfig, CIContextProvider } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { SigningConfig } from '@sigstore/protobuf-specs';
import { runAction, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, pushEvent, type Scenario } from '../support/events.js';
import { registryFromEnv, tagList, type RegistryAccess } from '../support/registry.js';
import { APP, RG, ContainerAppFixture, armWrites } from '../support/containerapp-fixture.js';
import { startGitHubEmulator, type GitHubEmulator } from '../emulators/github/server.js';
import { startSigstore, type SigstoreInstance } from '../emulators/sigstore/instance.js';

const TOKEN = 'ghs_emulatorToken';
const OWNER = 'owner';
const REPO = 'name'; // the repository of the OIDC emulator's tokens (repo:owner/name:…)
const BASE = process.env.LOCAL_BASE_IMAGE ?? 'local/functions-base:latest';
const WORKFLOW = `${OWNER}/${REPO}/.github/workflows/deploy.yml`;

let fx: ContainerAppFixture;
let gh: GitHubEmulator;
let sigstore: SigstoreInstance;
let other: SigstoreInstance;
let reg: RegistryAccess;
let files: { trustedRootPath: string; signingConfigPath: string };
const repository = `sc-${Date.now().toString(36)}/orders`;
let built: { digest: string; image: string; bundle: unknown };

beforeAll(async () => {
  reg = registryFromEnv();
  fx = await ContainerAppFixture.start();
  gh = await startGitHubEmulator({ tokens: [TOKEN] });
  sigstore = await startSigstore({ trustedIssuers: [fx.oidc.issuer] });
  other = await startSigstore({ trustedIssuers: [fx.oidc.issuer] });
  files = sigstore.writeFiles(mkdtempSync(join(tmpdir(), 'sigstore-')));
}, 60_000);
afterAll(async () => {
  await Promise.all([fx?.stop(), gh?.stop(), sigstore?.close(), other?.close()]);
});
beforeEach(async () => {
  await fx.reset();
});

/** The runner of owner/name: its GITHUB_REPOSITORY is the repository its OIDC tokens name. */
function inRepo(s: Scenario): Scenario {
  const payload = structuredClone(s.payload);
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { ...payload.repository.owner, login: OWNER } };
  return { ...s, payload, env: { ...s.env, ...fx.env(), GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER } };
}
function ok(run: ActionRun): ActionRun {
  if (run.code !== 0) throw new Error(`action failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** Build the example app, push it to the real registry and attest it with the emulated Sigstore. */
const attestedBuild = () => ({
  registry: reg.host,
  repository,
  context: 'examples/functions-app',
  'build-args': `BASE_IMAGE=${BASE}`,
  'registry-username': reg.username,
  'registry-password': reg.password,
  attest: 'true',
  'signing-config': files.signingConfigPath,
  'github-token': TOKEN,
  'oidc-issuer': fx.oidc.issuer
});

async function buildAndAttest(extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: { target: 'containerapp', mode: 'build', ...attestedBuild(), ...extra },
    scenario: inRepo(pushEvent('refs/heads/master')),
    timeoutMs: 240_000
  });
}

function deployDigest(image: string, extra: Record<string, string> = {}, scenario = pushEvent('refs/heads/master')): Promise<ActionRun> {
  fx.arm.addImage(image);
  return runAction({
    inputs: fx.inputs({
      image,
      timeout: '30s',
      'verify-attestation': 'true',
      'trusted-root': files.trustedRootPath,
      'github-token': TOKEN,
      'oidc-issuer': fx.oidc.issuer,
      ...extra
    }),
    scenario: inRepo(scenario),
    timeoutMs: 150_000
  });
}

const image = () => fx.arm.state.containerApp(RG, APP)!.doc as { properties: { template: { containers: Array<{ image: string }> } } };

describe('a build job attests, a deploy job given only the digest verifies and deploys', () => {
  test('attest: the provenance of registry/repository@digest is signed (Fulcio certificate for the workflow, signed timestamp) and stored; attestation-url names it', async () => {
    const run = ok(await buildAndAttest({ 'attest-push-to-registry': 'true' }));
    const digest = run.outputs.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const stored = gh.attestationsOf(OWNER, REPO);
    expect(stored).toHaveLength(1);
    expect(run.outputs['attestation-url']).toBe(`https://github.com/${OWNER}/${REPO}/attestations/${stored[0].id}`);
    const bundle = stored[0].bundle as { mediaType: string; dsseEnvelope: { payload: string; payloadType: string } };
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      subject: Array<{ name: string; digest: { sha256: string } }>;
      predicateType: string;
      predicate: { runDetails: { builder: { id: string } } };
    };
    expect(statement.subject).toEqual([{ name: `${reg.host}/${repository}`, digest: { sha256: digest.slice(7) } }]);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.predicate.runDetails.builder.id).toBe(`https://github.com/${WORKFLOW}@refs/heads/main`);
    // Signed with the instance the signing config names: a certificate from its Fulcio, a timestamp from its TSA.
    expect(sigstore.requests.map((r) => r.service)).toEqual(expect.arrayContaining(['fulcio', 'tsa']));
    // Pushed next to the image: the referrers tag schema (this registry has no referrers API).
    expect(await tagList(reg, repository)).toContain(digest.replace(':', '-'));
    expect(run.summary).toContain(run.outputs['attestation-url']);
    built = { digest, image: `${reg.host}/${repository}@${digest}`, bundle: stored[0].bundle };
  }, 300_000);

  test('deploy: the digest verifies (who built it, from which commit) and is deployed; the summary says so', async () => {
    const run = ok(await deployDigest(built.image, { 'signer-workflow': WORKFLOW }));
    expect(image().properties.template.containers[0].image).toBe(built.image);
    expect(run.stdout).toMatch(new RegExp(`Verified: built by ${WORKFLOW}@refs/heads/main from ${OWNER}/${REPO}@[0-9a-f]{12}`));
    expect(run.summary).toMatch(/\| Provenance \| verified: built by owner\/name\/\.github\/workflows\/deploy\.yml@refs\/heads\/main from owner\/name@/);
  }, 180_000);

  test('plan: the verification is shown, nothing is written', async () => {
    const run = ok(await deployDigest(built.image, { mode: 'plan' }));
    expect(run.summary).toContain('| Provenance | verified: built by');
    expect(armWrites(fx.arm)).toEqual([]);
  }, 180_000);

  test('a preview: the pull-request comment names who built the image', async () => {
    ok(await deployDigest(built.image, {}, pullRequestEvent('opened')));
    const pr = pullRequestEvent('opened').payload.number as number;
    const [comment] = gh.commentsOf(OWNER, REPO, pr);
    expect(comment.body).toMatch(/\| Provenance \| verified: built by owner\/name\/\.github\/workflows\/deploy\.yml@refs\/heads\/main from owner\/name@/);
  }, 180_000);
});

describe('one run that builds, attests, verifies and deploys', () => {
  test('the digest built in this run is attested, verified against the trusted workflow, then deployed', async () => {
    fx.arm.addImage(new RegExp(`^${reg.host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${repository}@sha256:[0-9a-f]{64}$`));
    const run = ok(
      await runAction({
        inputs: fx.inputs({
          image: '',
          ...attestedBuild(),
          timeout: '30s',
          'verify-attestation': 'true',
          'signer-workflow': WORKFLOW,
          'trusted-root': files.trustedRootPath
        }),
        scenario: inRepo(pushEvent('refs/heads/master')),
        timeoutMs: 240_000
      })
    );
    expect(image().properties.template.containers[0].image).toBe(run.outputs.image);
    expect(run.stdout.indexOf('Attestation ')).toBeLessThan(run.stdout.indexOf('Verified: built by'));
    expect(run.summary).toContain('| Attestation | https://github.com/owner/name/attestations/');
  }, 300_000);
});

describe('permissions', () => {
  test('attest without attestations: write fails naming the permission', async () => {
    gh.setPermission('attestations', 'read');
    try {
      const run = await buildAndAttest();
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/may not store the attestation in owner\/name \(403 Resource not accessible by integration\)/);
      expect(run.stdout).toContain('attestations: write');
    } finally {
      gh.setPermission('attestations', 'write');
    }
  }, 300_000);

  test('attest in a job without an OIDC token is refused before anything is built or pushed', async () => {
    const run = await runAction({
      inputs: { target: 'containerapp', mode: 'build', registry: reg.host, repository, attest: 'true', 'github-token': TOKEN },
      scenario: {
        ...inRepo(pushEvent('refs/heads/master')),
        env: { ...inRepo(pushEvent('refs/heads/master')).env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }
      },
      timeoutMs: 60_000
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/Input 'attest': needs the job's OIDC token/);
    expect(run.stdout).toContain('id-token: write');
    expect(run.stdout).not.toMatch(/docker|Building/i);
  }, 120_000);

  test('verify without attestations: read fails naming the permission, before any write', async () => {
    gh.setPermission('attestations', 'none');
    try {
      const run = await deployDigest(built.image);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toMatch(/may not read the attestations of sha256:[0-9a-f]{64} in owner\/name/);
      expect(run.stdout).toContain('attestations: read');
      expect(armWrites(fx.arm)).toEqual([]);
    } finally {
      gh.setPermission('attestations', 'write');
    }
  }, 120_000);
});

describe('refused before any write to the target', () => {
  async function refused(run: ActionRun, message: RegExp): Promise<void> {
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(armWrites(fx.arm)).toEqual([]);
    expect(image().properties.template.containers[0].image).not.toContain(repository);
  }

  test('an image without attestation', async () => {
    const unattested = `${reg.host}/${repository}@sha256:${'e'.repeat(64)}`;
    await refused(await deployDigest(unattested), new RegExp(`Refusing to deploy sha256:e{64}: ${OWNER}/${REPO} has no attestation of it`));
  }, 120_000);

  test('one attested by another workflow', async () => {
    await refused(
      await deployDigest(built.image, { 'signer-workflow': `${OWNER}/${REPO}/.github/workflows/other.yml` }),
      /no attestation verifies[\s\S]*signed by https:\/\/github\.com\/owner\/name\/\.github\/workflows\/deploy\.yml@refs\/heads\/main, not https:\/\/github\.com\/owner\/name\/\.github\/workflows\/other\.yml@<any ref>/
    );
  }, 120_000);

  test('one attested by another repository (its bundle listed in the trusted one)', async () => {
    gh.seedAttestation(OWNER, 'app', built.bundle);
    await refused(
      await deployDigest(built.image, { 'signer-repository': `${OWNER}/app` }),
      /no attestation verifies[\s\S]*built from https:\/\/github\.com\/owner\/name, not https:\/\/github\.com\/owner\/app/
    );
  }, 120_000);

  test('one whose attestation names another digest', async () => {
    const otherDigest = `sha256:${'c'.repeat(64)}`;
    gh.seedAttestation(OWNER, REPO, built.bundle, otherDigest);
    await refused(
      await deployDigest(`${reg.host}/${repository}@${otherDigest}`),
      new RegExp(`no attestation verifies[\\s\\S]*its subject is ${built.digest}, not ${otherDigest}`)
    );
  }, 120_000);

  test('a tampered bundle (its statement rewritten to name another digest)', async () => {
    const otherDigest = `sha256:${'b'.repeat(64)}`;
    const b = structuredClone(built.bundle) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString()) as { subject: Array<{ digest: { sha256: string } }> };
    statement.subject[0].digest.sha256 = otherDigest.slice(7);
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    gh.seedAttestation(OWNER, REPO, b);
    await refused(await deployDigest(`${reg.host}/${repository}@${otherDigest}`), /no attestation verifies[\s\S]*signature not verified/);
  }, 120_000);

  test('one signed by a Sigstore instance the trusted root does not name', async () => {
    const otherDigest = `sha256:${'a'.repeat(64)}`;
    gh.seedAttestation(OWNER, REPO, await signWith(other, otherDigest));
    await refused(await deployDigest(`${reg.host}/${repository}@${otherDigest}`), /no attestation verifies[\s\S]*signature not verified/);
  }, 120_000);
});

/** An attestation of `digest` signed with another instance: same workflow identity, same statement shape. */
async function signWith(instance: SigstoreInstance, digest: string): Promise<unknown> {
  const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  Object.assign(process.env, fx.env());
  try {
    const builder = bundleBuilderFromSigningConfig({
      signingConfig: SigningConfig.fromJSON(instance.signingConfig),
      identityProvider: new CIContextProvider('sigstore'),
      bundleType: 'dsseEnvelope'
    });
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: `${reg.host}/${repository}`, digest: { sha256: digest.slice(7) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {}
    };
    return bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' }));
  } finally {
    for (const [k, v] of [
      ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]
    ] as const)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}
