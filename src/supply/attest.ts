/**
 * Attests a pushed image: an SLSA build-provenance predicate from the job's OIDC claims
 * (@actions/attest builds it, as actions/attest does), in an in-toto statement whose subject is
 * `registry/repository` at the digest, signed in a DSSE envelope by a short-lived Sigstore
 * certificate (@sigstore/sign: Fulcio through the OIDC token, then the timestamp authority or
 * Rekor of the instance), stored with GitHub's attestations API and, optionally, pushed to the
 * registry as an OCI referrer of the image (@sigstore/oci).
 */
import type { SigningConfig } from '@sigstore/protobuf-specs';
import { ActionError } from '../util/errors.js';
import { withTimeout } from '../util/retry.js';
import { IN_TOTO_PAYLOAD } from './policy.js';

export interface AttestRequest {
  /** `registry/repository` (no tag), the statement's subject name. */
  subjectName: string;
  /** `sha256:…` */
  digest: string;
  signing: { config: SigningConfig; issuer: string; instance: string };
  /** Stores the bundle (GitHub's attestations API); returns its id. */
  store: (bundle: unknown) => Promise<string>;
  /** With attest-push-to-registry: the registry credential to push the bundle with. */
  pushTo?: { username: string; password: string };
  timeoutMs: number;
}

export interface Attested {
  id: string;
  predicateType: string;
  /** The digest of the referrer manifest in the registry, when pushed. */
  referrer?: string;
}

const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export async function attestImage(a: AttestRequest): Promise<Attested> {
  const { buildSLSAProvenancePredicate } = await import('@actions/attest');
  const predicate = await withTimeout(
    buildSLSAProvenancePredicate(a.signing.issuer),
    a.timeoutMs,
    `no OIDC claims after ${a.timeoutMs / 1000} s (timeout)`
  ).catch((e: Error) => {
    throw new ActionError(
      `Attestation: ${e.message}`,
      "attest: true needs `permissions: id-token: write`, and oidc-issuer must be the issuer of the job's tokens.",
      {
        cause: e
      }
    );
  });
  const statement = {
    _type: STATEMENT_V1,
    subject: [{ name: a.subjectName, digest: { sha256: a.digest.replace(/^sha256:/, '') } }],
    predicateType: predicate.type,
    predicate: predicate.params
  };
  const bundle = await sign(Buffer.from(JSON.stringify(statement)), a);
  const id = await a.store(bundle);
  const referrer = a.pushTo ? await pushReferrer(bundle, predicate.type, a) : undefined;
  return { id, predicateType: predicate.type, referrer };
}

async function sign(payload: Buffer, a: AttestRequest): Promise<unknown> {
  const [{ bundleBuilderFromSigningConfig, CIContextProvider }, { bundleToJSON }] = await Promise.all([import('@sigstore/sign'), import('@sigstore/bundle')]);
  const builder = bundleBuilderFromSigningConfig({
    signingConfig: a.signing.config,
    identityProvider: new CIContextProvider('sigstore'),
    bundleType: 'dsseEnvelope',
    fetchOptions: { timeout: 30_000, retry: { retries: 2 } }
  });
  try {
    return bundleToJSON(
      await withTimeout(builder.create({ data: payload, type: IN_TOTO_PAYLOAD }), a.timeoutMs, `no signature after ${a.timeoutMs / 1000} s (timeout)`)
    );
  } catch (e) {
    const where = a.signing.config.caUrls[0]?.url;
    throw new ActionError(
      `Attestation: signing with the ${a.signing.instance} Sigstore instance (${where}) failed: ${(e as Error).message}`,
      'attest: true needs `permissions: id-token: write`; the runner must reach the instance (signing-config names a custom one).',
      { cause: e }
    );
  }
}

async function pushReferrer(bundle: unknown, predicateType: string, a: AttestRequest): Promise<string> {
  const { attachArtifactToImage } = await import('@sigstore/oci');
  try {
    const d = await attachArtifactToImage({
      imageName: a.subjectName,
      imageDigest: a.digest,
      artifact: Buffer.from(JSON.stringify(bundle)),
      mediaType: BUNDLE_V03,
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicateType },
      credentials: { username: a.pushTo!.username, password: a.pushTo!.password },
      // The runner's proxy settings, as @actions/http-client honours them.
      fetchOpts: {
        timeout: 30_000,
        retry: { retries: 2 },
        proxy: process.env.HTTPS_PROXY ?? process.env.https_proxy,
        noProxy: process.env.NO_PROXY ?? process.env.no_proxy
      }
    });
    return d.digest;
  } catch (e) {
    throw new ActionError(
      `Attestation: pushing it to the registry next to ${a.subjectName}@${a.digest} failed: ${(e as Error).message}`,
      'The registry credential needs push rights on the repository; the attestation itself is stored on GitHub.',
      { cause: e }
    );
  }
}
