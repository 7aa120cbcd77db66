/**
 * Which Sigstore instance signs and which trust root verifies, decided before any side effect.
 *
 * Signing: a custom instance's `signing-config` file, else the instance @actions/attest chooses —
 * Sigstore's public-good (Fulcio + Rekor) for a public repository, GitHub's own (Fulcio + a
 * timestamp authority, `fulcio.<host>` / `timestamp.<host>`, githubapp.com for github.com)
 * otherwise. Verifying: the `trusted-root` file, else the TUF repository of the instance that
 * signed the bundle (a bundle with a transparency-log entry comes from public-good, one with only
 * a signed timestamp from GitHub's), as `gh attestation verify` decides.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ServiceSelector, SigningConfig, TrustedRoot } from '@sigstore/protobuf-specs';
import type { SupplyChainConfig } from '../config/config.js';
import { InputError } from '../util/errors.js';

export type InstanceName = 'public-good' | 'github';

/** What a run's attest and verify steps use; read from the files once, before the first side effect. */
export interface SupplyChainSetup {
  /** For attest: the instance, its signing configuration and the token issuer. */
  signing?: { instance: InstanceName | 'custom'; config: SigningConfig; issuer: string };
  /** For verify: a trust root from the file, else undefined (the instance's TUF repository). */
  trustedRoot?: TrustedRoot;
  /** The issuer certificates must name. */
  issuer: string;
  /** `owner/repo` whose builds are trusted. */
  signerRepository: string;
  signerWorkflow?: string;
  serverUrl: string;
}

const START = '2023-01-01T00:00:00Z';
const service = (url: string, operator: string, majorApiVersion = 1) => ({ url, majorApiVersion, validFor: { start: START }, operator });

/** The signing configuration of a known instance (as @actions/attest's endpoints). */
export function knownSigningConfig(instance: InstanceName, serverUrl: string): SigningConfig {
  if (instance === 'public-good')
    return SigningConfig.fromJSON({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service('https://fulcio.sigstore.dev', 'sigstore.dev')],
      oidcUrls: [],
      rekorTlogUrls: [service('https://rekor.sigstore.dev', 'sigstore.dev')],
      tsaUrls: [],
      rekorTlogConfig: { selector: 'ANY' }
    });
  const host = new URL(serverUrl).hostname;
  const base = host === 'github.com' ? 'githubapp.com' : host;
  return SigningConfig.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service(`https://fulcio.${base}`, host)],
    oidcUrls: [],
    rekorTlogUrls: [],
    tsaUrls: [service(`https://timestamp.${base}`, host)],
    tsaConfig: { selector: 'ANY' }
  });
}

/** As @actions/attest: public repositories sign with public-good, the others with GitHub's instance. */
export function defaultInstance(visibility: unknown): InstanceName {
  return visibility === 'public' ? 'public-good' : 'github';
}

/** The GitHub Actions token issuer for a server: github.com and GHE.com (`<name>.ghe.com`); undefined elsewhere. */
export function actionsIssuer(serverUrl: string): string | undefined {
  const host = new URL(serverUrl).hostname;
  if (host === 'github.com') return 'https://token.actions.githubusercontent.com';
  if (/^[a-z0-9-]+\.ghe\.com$/.test(host)) return `https://token.actions.${host}`;
  return undefined;
}

export interface SetupFacts {
  workspace: string;
  serverUrl: string;
  /** GITHUB_REPOSITORY */
  repository: string;
  /** `repository.visibility` of the event payload. */
  visibility: unknown;
}

/** Reads and checks the files the inputs name; throws InputError before any side effect. */
export function setupSupplyChain(c: SupplyChainConfig, f: SetupFacts): SupplyChainSetup | undefined {
  if (!c.attest && !c.verify) return undefined;
  const issuer = c.oidcIssuer ?? actionsIssuer(f.serverUrl);
  if (!issuer)
    throw new InputError(
      'oidc-issuer',
      `is required on ${f.serverUrl}: the GitHub Actions token issuer is known for github.com and GHE.com only.`,
      'Set oidc-issuer to the issuer of the Actions ID tokens of this server (the `iss` claim).'
    );
  const signing = c.attest ? signingSetup(c, f, issuer) : undefined;
  const trustedRoot = c.verify && c.trustedRoot ? readTrustedRoot(c.trustedRoot, f.workspace) : undefined;
  return { signing, trustedRoot, issuer, signerRepository: c.signerRepository ?? f.repository, signerWorkflow: c.signerWorkflow, serverUrl: f.serverUrl };
}

function signingSetup(c: SupplyChainConfig, f: SetupFacts, issuer: string): SupplyChainSetup['signing'] {
  if (c.signingConfig) return { instance: 'custom', config: readSigningConfig(c.signingConfig, f.workspace), issuer };
  const instance = defaultInstance(f.visibility);
  return { instance, config: knownSigningConfig(instance, f.serverUrl), issuer };
}

function readJson(input: string, path: string, workspace: string, what: string): Record<string, unknown> {
  const file = isAbsolute(path) ? path : resolve(workspace, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(input, `cannot read ${file}: ${(e as Error).message}.`, `Give the path of ${what} (relative paths start at the workspace).`);
  }
  try {
    const json = JSON.parse(text) as unknown;
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new InputError(input, `${file} is not a JSON object.`, `Give the path of ${what}.`);
}

function readTrustedRoot(path: string, workspace: string): TrustedRoot {
  const what = 'a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json)';
  const json = readJson('trusted-root', path, workspace, what);
  if (!String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot+json'))
    throw new InputError('trusted-root', `${path} has mediaType ${JSON.stringify(json.mediaType)}, not a trusted root.`, `Give the path of ${what}.`);
  const root = TrustedRoot.fromJSON(json);
  if (!root.certificateAuthorities.length)
    throw new InputError('trusted-root', `${path} names no certificate authority: no attestation could verify.`, `Give the path of ${what}.`);
  return root;
}

function readSigningConfig(path: string, workspace: string): SigningConfig {
  const what = 'a Sigstore signing_config.json (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json)';
  const json = readJson('signing-config', path, workspace, what);
  if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json')
    throw new InputError('signing-config', `${path} has mediaType ${JSON.stringify(json.mediaType)}.`, `Give the path of ${what}.`);
  const config = SigningConfig.fromJSON(json);
  if (!config.caUrls.length) throw new InputError('signing-config', `${path} names no certificate authority (caUrls).`, `Give the path of ${what}.`);
  if (!config.tsaUrls.length && !config.rekorTlogUrls.length)
    throw new InputError(
      'signing-config',
      `${path} names neither a timestamp authority nor a transparency log: a signature would have no time evidence.`,
      `Give the path of ${what}.`
    );
  // A service listed without its selector would not be used (sigstore-js signs only with the configured ones).
  const any = { selector: ServiceSelector.ANY, count: 0 };
  return {
    ...config,
    tsaConfig: config.tsaConfig ?? (config.tsaUrls.length ? any : undefined),
    rekorTlogConfig: config.rekorTlogConfig ?? (config.rekorTlogUrls.length ? any : undefined)
  };
}
