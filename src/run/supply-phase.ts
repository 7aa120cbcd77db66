/**
 * The supply-chain phases of a run, between the push and the target: attest what was pushed,
 * then verify the digest about to be deployed (built here or elsewhere). A verification that
 * fails stops the run before the first write to the target.
 */
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import type { RegistryCredential } from '../image/login.js';
import type { InstanceName, SupplyChainSetup } from '../supply/instance.js';
import { signerPolicy, type Provenance } from '../supply/policy.js';
import { ActionError } from '../util/errors.js';
import { untrusted } from '../report/escape.js';

export interface SupplyFacts {
  apiUrl: string;
  serverUrl: string;
  /** GITHUB_REPOSITORY: where this run's attestation is stored. */
  repository: string;
  tmpRoot: string;
}

export interface Attestation {
  url: string;
  id: string;
  referrer?: string;
}

async function client(config: Config, apiUrl: string) {
  const { createGitHubClient, logRetry } = await import('../github/client.js');
  return createGitHubClient({ token: config.githubToken ?? '', baseUrl: apiUrl, retry: { onRetry: logRetry } });
}

/** Signs and stores the provenance of `registry/repository@digest`; sets output attestation-url. */
export async function attestPushed(
  config: Config,
  setup: SupplyChainSetup,
  image: { name: string; digest: string },
  f: SupplyFacts,
  credential?: RegistryCredential
): Promise<Attestation> {
  const signing = setup.signing!;
  const [{ attestImage }, { storeAttestation }, gh] = await Promise.all([
    import('../supply/attest.js'),
    import('../github/attestations.js'),
    client(config, f.apiUrl)
  ]);
  if (config.supply.pushToRegistry && !credential)
    throw new ActionError(
      'Input attest-push-to-registry: the run has no registry credential to push the attestation with.',
      'Use registry-auth entra, admin or password.'
    );
  const done = await core.group('Attest', async () => {
    core.info(`Signing the provenance of ${image.name}@${image.digest} with the ${signing.instance} Sigstore instance (${signing.config.caUrls[0]?.url}).`);
    return attestImage({
      subjectName: image.name,
      digest: image.digest,
      signing,
      store: (bundle) => storeAttestation(gh, f.repository, bundle),
      pushTo: config.supply.pushToRegistry ? credential : undefined,
      timeoutMs: config.timeoutMs
    });
  });
  const url = `${f.serverUrl}/${f.repository}/attestations/${done.id}`;
  core.setOutput('attestation-url', url);
  core.info(`Attestation ${done.id} stored: ${url}${done.referrer ? `; pushed to the registry as ${done.referrer}` : ''}.`);
  return { url, id: done.id, referrer: done.referrer };
}

/** Verifies that a trusted build attested `digest`; throws, naming what did not match, when none does. */
export async function verifyBeforeDeploy(config: Config, setup: SupplyChainSetup, digest: string, f: SupplyFacts): Promise<Provenance> {
  const [{ listAttestations }, { verifyBundles, customEvidence, INSTANCE_EVIDENCE }, { tufTrust }, gh] = await Promise.all([
    import('../github/attestations.js'),
    import('../supply/verify.js'),
    import('../supply/trust.js'),
    client(config, f.apiUrl)
  ]);
  const policy = signerPolicy(setup);
  return core.group('Verify attestation', async () => {
    const bundles = await listAttestations(gh, setup.signerRepository, digest);
    core.info(`${bundles.length} attestation(s) of ${digest} in ${setup.signerRepository}; trusted signer: ${policy.subjectText}.`);
    const fromFile = setup.trustedRoot;
    const tuf = tufTrust(f.tmpRoot);
    const trust = fromFile
      ? () => Promise.resolve({ root: fromFile, evidence: customEvidence(fromFile) })
      : async (instance: InstanceName) => ({ root: await tuf(instance), evidence: INSTANCE_EVIDENCE[instance] });
    const result = await verifyBundles({ digest, bundles, policy, trust });
    if (result.ok) {
      core.info(`Verified: ${provenanceText(result.provenance)}.`);
      return result.provenance;
    }
    const why = result.reasons.length ? `\n${result.reasons.map((r) => `- ${untrusted(r)}`).join('\n')}` : '';
    throw new ActionError(
      `Refusing to deploy ${digest}: ${bundles.length ? 'no attestation verifies' : `${setup.signerRepository} has no attestation of it`}.${why}`,
      bundles.length
        ? `Deploy a digest that ${policy.subjectText} built and attested (attest: true), or set signer-repository / signer-workflow to the build you trust.`
        : `Attest the image where it is built (attest: true in ${setup.signerRepository}), or set signer-repository to the repository that built it.`
    );
  });
}

/** What the supply-chain phases did, filled in as they go (so that a failed verification still shows the attestation). */
export interface SupplyResult {
  attestation?: Attestation;
  /** For the job summary: `verified: built by …`, or why nothing was verified. */
  provenance?: string;
  /** For the preview comment: who built the image, when it verified. */
  verifiedBy?: string;
}

/** Attest what this run pushed, then verify the digest about to be deployed. */
export async function supplyChain(
  done: SupplyResult,
  config: Config,
  setup: SupplyChainSetup,
  run: { attest: boolean; verify: boolean; mode: string },
  image: { reference?: string; digest?: string },
  f: SupplyFacts,
  credential?: RegistryCredential
): Promise<void> {
  if (run.attest && image.reference && image.digest)
    done.attestation = await attestPushed(config, setup, { name: image.reference.split('@')[0], digest: image.digest }, f, credential);
  if (!run.verify) return;
  if (!image.digest) {
    done.provenance = `not verified: nothing was pushed in mode ${run.mode}, so there is no digest to check`;
    return;
  }
  done.verifiedBy = provenanceText(await verifyBeforeDeploy(config, setup, image.digest, f));
  done.provenance = `verified: ${done.verifiedBy}`;
}

/** One line for the log, the summary and the PR comment: who built it, from which commit and workflow. */
export function provenanceText(p: Provenance): string {
  const commit = p.commit ? `@${p.commit.slice(0, 12)}` : '';
  const repo = p.sourceRepository ? ` from ${p.sourceRepository.replace(/^https:\/\/[^/]+\//, '')}${commit}` : '';
  const ref = p.ref ? ` (${p.ref})` : '';
  const run = p.run ? `, run ${p.run}` : '';
  return `built by ${p.signer.replace(/^https:\/\/[^/]+\//, '')}${repo}${ref}${run}`;
}
