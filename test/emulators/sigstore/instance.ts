/**
 * One throwaway Sigstore: a Fulcio and a timestamp authority on loopback HTTPS, with the trust
 * material a verifier needs (TrustedRoot) and the service map a signer reads (SigningConfig), both
 * as the protobuf-specs JSON (sigstore/protobuf-specs protos/sigstore_trustroot.proto).
 *
 * Every instance makes fresh keys, so a second `startSigstore()` is an independent, untrusted
 * Sigstore: a bundle it signs fails against the first one's trusted root.
 *
 * No Rekor: `tlogs` and `ctlogs` are empty and the signing config has no Rekor URL, so verifiers
 * use `tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1` (signed timestamps from the TSA
 * stand in for the log's integrated time, as with GitHub's own Sigstore instance for private repos).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFulcio, type Fulcio, type FulcioRequest } from './fulcio.js';
import { startTsa, type Tsa, type TsaRequest } from './tsa.js';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
export const OPERATOR = 'sigstore-emulator.test';

export interface SigstoreOptions {
  /** OIDC issuers Fulcio accepts tokens from (e.g. the GitHub OIDC emulator's `issuer`). */
  trustedIssuers: string[];
  /** GITHUB_SERVER_URL the certificate URIs are built on; default https://github.com */
  serverUrl?: string;
}

export interface SigstoreInstance {
  fulcio: Fulcio;
  tsa: Tsa;
  /** Fulcio base URL (FulcioSigner `fulcioBaseURL`). */
  fulcioUrl: string;
  /** TSA base URL (TSAWitness `tsaBaseURL`); the full timestamp URL is `tsa.timestampUrl`. */
  tsaUrl: string;
  /** TrustedRoot JSON: `TrustedRoot.fromJSON(trustedRoot)` → `toTrustMaterial(...)`. */
  trustedRoot: TrustedRootJson;
  /** SigningConfig v0.2 JSON (`SigningConfig.fromJSON` → `bundleBuilderFromSigningConfig`). */
  signingConfig: SigningConfigJson;
  /** Writes trusted_root.json and signing_config.json into `dir` (created if needed). */
  writeFiles(dir: string): { trustedRootPath: string; signingConfigPath: string };
  /** Every request to either service, in order. */
  requests: Array<({ service: 'fulcio' } & FulcioRequest) | ({ service: 'tsa' } & TsaRequest)>;
  close(): Promise<void>;
}

export interface TrustedRootJson {
  mediaType: string;
  tlogs: unknown[];
  certificateAuthorities: CertificateAuthorityJson[];
  ctlogs: unknown[];
  timestampAuthorities: CertificateAuthorityJson[];
}

export interface CertificateAuthorityJson {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: Array<{ rawBytes: string }> };
  validFor: { start: string; end?: string };
  operator: string;
}

export interface ServiceJson {
  url: string;
  majorApiVersion: number;
  validFor: { start: string; end?: string };
  operator: string;
}

export interface SigningConfigJson {
  mediaType: string;
  caUrls: ServiceJson[];
  oidcUrls: ServiceJson[];
  rekorTlogUrls: ServiceJson[];
  tsaUrls: ServiceJson[];
  tsaConfig: { selector: 'ANY' | 'ALL' | 'EXACT'; count?: number };
  rekorTlogConfig?: { selector: 'ANY' | 'ALL' | 'EXACT'; count?: number };
}

export async function startSigstore(opts: SigstoreOptions): Promise<SigstoreInstance> {
  // One log of both services in arrival order (the same entry objects, so statuses filled in later show).
  const requests: SigstoreInstance['requests'] = [];
  const fulcio = await startFulcio({
    trustedIssuers: opts.trustedIssuers,
    serverUrl: opts.serverUrl,
    onRequest: (r) => requests.push(Object.assign(r, { service: 'fulcio' as const }))
  });
  let tsa: Tsa;
  try {
    tsa = await startTsa({ onRequest: (r) => requests.push(Object.assign(r, { service: 'tsa' as const })) });
  } catch (e) {
    await fulcio.close();
    throw e;
  }
  const caStart = fulcio.rootNotBefore.toISOString();
  const tsaStart = tsa.notBefore.toISOString();
  const trustedRoot: TrustedRootJson = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: fulcio.rootDer.toString('base64') }] },
        validFor: { start: caStart },
        operator: OPERATOR
      }
    ],
    ctlogs: [],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: tsa.timestampUrl,
        certChain: { certificates: tsa.chainDer.map((der) => ({ rawBytes: der.toString('base64') })) },
        validFor: { start: tsaStart },
        operator: OPERATOR
      }
    ]
  };
  // caUrls are base URLs, tsaUrls full URLs (sigstore_trustroot.proto SigningConfig). Leaving
  // rekorTlogConfig out keeps @sigstore/sign's bundleBuilderFromSigningConfig from demanding a
  // Rekor (with the selector set and no rekorTlogUrls it throws "No valid TLogs found").
  const signingConfig: SigningConfigJson = {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: [{ url: fulcio.url, majorApiVersion: 1, validFor: { start: caStart }, operator: OPERATOR }],
    oidcUrls: opts.trustedIssuers.map((url) => ({ url, majorApiVersion: 1, validFor: { start: caStart }, operator: OPERATOR })),
    rekorTlogUrls: [],
    tsaUrls: [{ url: tsa.timestampUrl, majorApiVersion: 1, validFor: { start: tsaStart }, operator: OPERATOR }],
    tsaConfig: { selector: 'ANY' }
  };
  return {
    fulcio,
    tsa,
    fulcioUrl: fulcio.url,
    tsaUrl: tsa.url,
    trustedRoot,
    signingConfig,
    requests,
    writeFiles(dir: string) {
      mkdirSync(dir, { recursive: true });
      const trustedRootPath = join(dir, 'trusted_root.json');
      const signingConfigPath = join(dir, 'signing_config.json');
      writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));
      writeFileSync(signingConfigPath, JSON.stringify(signingConfig, null, 2));
      return { trustedRootPath, signingConfigPath };
    },
    close: async () => {
      await Promise.all([fulcio.close(), tsa.close()]);
    }
  };
}
