/**
 * Verifies the attestations of a digest: each bundle's signature, certificate chain to the trust
 * root, signed timestamp or transparency-log evidence (@sigstore/verify); the certificate's
 * identity against the trusted signer; the statement's subject against the digest deployed.
 * The first attestation that passes everything is the evidence; when none does, every reason is kept.
 */
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type VerifierOptions } from '@sigstore/verify';
import type { InstanceName } from './instance.js';
import { identityMismatches, provenanceOf, statementMismatches, type Provenance, type SignerPolicy } from './policy.js';

export type Verification = { ok: true; provenance: Provenance; checked: number } | { ok: false; reasons: string[]; checked: number };

export interface VerifyInput {
  digest: string;
  /** The bundles as the attestations API returns them (JSON). */
  bundles: unknown[];
  policy: SignerPolicy;
  /** The trust root and the evidence it requires: the trusted-root file's, or the signing instance's. */
  trust: (instance: InstanceName) => Promise<Trust>;
}

export interface Trust {
  root: TrustedRoot;
  evidence: VerifierOptions;
}

/**
 * The evidence each instance gives, as `gh attestation verify` requires it: GitHub's instance a
 * signed timestamp; public-good a transparency-log entry, an SCT and a time.
 */
export const INSTANCE_EVIDENCE: Record<InstanceName, VerifierOptions> = {
  github: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
  'public-good': { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }
};

/** A custom trust root (trusted-root): a time always, a transparency-log entry when the root names a log (as gh's custom verifier). */
export function customEvidence(root: TrustedRoot): VerifierOptions {
  return { tlogThreshold: root.tlogs.length ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 };
}

export async function verifyBundles(v: VerifyInput): Promise<Verification> {
  const reasons: string[] = [];
  for (const [k, json] of v.bundles.entries()) {
    const why = await verifyOne(json, v);
    if ('provenance' in why) return { ok: true, provenance: why.provenance, checked: k + 1 };
    reasons.push(`attestation ${k + 1}: ${why.reasons.join('; ')}`);
  }
  return { ok: false, reasons, checked: v.bundles.length };
}

async function verifyOne(json: unknown, v: VerifyInput): Promise<{ provenance: Provenance } | { reasons: string[] }> {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    return { reasons: [`not a Sigstore bundle (${(e as Error).message})`] };
  }
  if (bundle.content.$case !== 'dsseEnvelope') return { reasons: ['not a DSSE attestation (a bare message signature)'] };
  const instance: InstanceName = bundle.verificationMaterial.tlogEntries.length ? 'public-good' : 'github';
  const { root, evidence } = await v.trust(instance);
  try {
    new Verifier(toTrustMaterial(root), evidence).verify(toSignedEntity(bundle), { extensions: { issuer: v.policy.issuer } });
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { reasons: [`signature not verified${code ? ` (${code})` : ''}: ${(e as Error).message}`] };
  }
  const envelope = bundle.content.dsseEnvelope;
  const provenance = provenanceOf(leafCertificate(bundle));
  const reasons = [...statementMismatches(envelope.payloadType, envelope.payload, v.digest), ...identityMismatches(provenance, v.policy)];
  return reasons.length ? { reasons } : { provenance };
}

function leafCertificate(bundle: Bundle): Buffer {
  const m = bundle.verificationMaterial.content;
  if (m.$case === 'certificate') return m.certificate.rawBytes;
  if (m.$case === 'x509CertificateChain') return m.x509CertificateChain.certificates[0].rawBytes;
  throw new Error('the bundle has no certificate');
}
