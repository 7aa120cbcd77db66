/**
 * Whose build is trusted, and what a verified certificate says about the build. Pure.
 *
 * The identity is matched the way `gh attestation verify --repo … --signer-workflow …` does: the
 * certificate's subject (the build signer URI, `https://<server>/<owner>/<repo>/.github/workflows/<file>@<ref>`)
 * against an anchored pattern, so that `octo-org/app` never matches `octo-org/app-fork`; the source
 * repository extension equal to the trusted repository; the issuer extension equal to the Actions issuer.
 */
import { X509Certificate } from '@sigstore/core';
import { escapeRegExp } from '../util/patterns.js';

/** Fulcio's certificate extensions for GitHub Actions (sigstore/fulcio docs/oid-info.md). */
const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSigner: '1.3.6.1.4.1.57264.1.9',
  sourceRepository: '1.3.6.1.4.1.57264.1.12',
  commit: '1.3.6.1.4.1.57264.1.13',
  ref: '1.3.6.1.4.1.57264.1.14',
  buildConfig: '1.3.6.1.4.1.57264.1.18',
  trigger: '1.3.6.1.4.1.57264.1.20',
  run: '1.3.6.1.4.1.57264.1.21'
} as const;

export interface SignerPolicy {
  /** For the verifier: the certificate subject must match. */
  subject: RegExp;
  /** How the subject rule reads in a message. */
  subjectText: string;
  /** `https://<server>/<owner>/<repo>`: the source repository the certificate must name. */
  repositoryUri: string;
  issuer: string;
}

/** Who built it, from which commit and workflow, as the verified certificate says. */
export interface Provenance {
  /** The build signer (the certificate subject): the workflow file and ref that signed. */
  signer: string;
  sourceRepository?: string;
  commit?: string;
  ref?: string;
  /** The workflow the run started from (differs from the signer for a reusable workflow). */
  workflow?: string;
  trigger?: string;
  /** The run's URL. */
  run?: string;
  issuer?: string;
}

export function signerPolicy(p: { serverUrl: string; signerRepository: string; signerWorkflow?: string; issuer: string }): SignerPolicy {
  const server = p.serverUrl.replace(/\/+$/, '');
  const repositoryUri = `${server}/${p.signerRepository}`;
  if (p.signerWorkflow?.includes('@'))
    return {
      subject: new RegExp(`^${escapeRegExp(`${server}/${p.signerWorkflow}`)}$`, 'i'),
      subjectText: `${server}/${p.signerWorkflow}`,
      repositoryUri,
      issuer: p.issuer
    };
  if (p.signerWorkflow)
    return {
      subject: new RegExp(`^${escapeRegExp(`${server}/${p.signerWorkflow}`)}@[^\\s]+$`, 'i'),
      subjectText: `${server}/${p.signerWorkflow}@<any ref>`,
      repositoryUri,
      issuer: p.issuer
    };
  return {
    subject: new RegExp(`^${escapeRegExp(repositoryUri)}/\\.github/workflows/[^/@\\s]+@[^\\s]+$`, 'i'),
    subjectText: `${repositoryUri}/.github/workflows/<any workflow>@<any ref>`,
    repositoryUri,
    issuer: p.issuer
  };
}

/** The GitHub Actions facts a Fulcio certificate carries (DER UTF8String extensions, v2 OIDs). */
export function provenanceOf(certificate: Buffer): Provenance {
  const cert = X509Certificate.parse(Buffer.from(certificate));
  const ext = (oid: string): string | undefined => {
    const e = cert.extension(oid);
    if (!e) return undefined;
    const inner = e.valueObj.subs?.[0];
    return (inner ? inner.value : e.value).toString('utf8');
  };
  return {
    signer: cert.extSubjectAltName?.uri ?? cert.subjectAltName ?? '',
    sourceRepository: ext(OID.sourceRepository),
    commit: ext(OID.commit),
    ref: ext(OID.ref),
    workflow: ext(OID.buildConfig),
    trigger: ext(OID.trigger),
    run: ext(OID.run),
    issuer: ext(OID.issuer)
  };
}

/** What in a verified certificate does not match the trusted build; empty: it matches. */
export function identityMismatches(p: Provenance, policy: SignerPolicy): string[] {
  const out: string[] = [];
  if (!policy.subject.test(p.signer)) out.push(`signed by ${p.signer || '(no subject)'}, not ${policy.subjectText}`);
  if ((p.sourceRepository ?? '').toLowerCase() !== policy.repositoryUri.toLowerCase())
    out.push(`built from ${p.sourceRepository ?? '(no source repository)'}, not ${policy.repositoryUri}`);
  if (p.issuer !== policy.issuer) out.push(`token issuer ${p.issuer ?? '(none)'}, not ${policy.issuer}`);
  return out;
}

export const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** What in the DSSE payload does not match: an in-toto statement with an SLSA provenance predicate whose subject is the digest. */
export function statementMismatches(payloadType: string, payload: Buffer, digest: string): string[] {
  if (payloadType !== IN_TOTO_PAYLOAD) return [`payload type ${payloadType}, not ${IN_TOTO_PAYLOAD}`];
  let statement: { _type?: unknown; subject?: unknown; predicateType?: unknown };
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement;
  } catch {
    return ['the payload is not JSON'];
  }
  const out: string[] = [];
  if (typeof statement._type !== 'string' || !statement._type.startsWith('https://in-toto.io/Statement/')) out.push('not an in-toto statement');
  if (statement.predicateType !== SLSA_PROVENANCE_V1) out.push(`predicate ${String(statement.predicateType)}, not ${SLSA_PROVENANCE_V1}`);
  const hex = digest.replace(/^sha256:/, '');
  const subjects = Array.isArray(statement.subject) ? (statement.subject as Array<{ digest?: Record<string, unknown> }>) : [];
  if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
    const named = subjects.map((s) => `sha256:${String(s?.digest?.sha256)}`).join(', ') || 'no subject';
    out.push(`its subject is ${named}, not ${digest}`);
  }
  return out;
}
