/**
 * The Sigstore emulators (Fulcio, TSA, trusted root, signing config), proven with the real clients
 * the action uses: @sigstore/sign (FulcioSigner + CIContextProvider against the GitHub OIDC
 * emulator, TSAWitness, DSSEBundleBuilder) signs, @sigstore/verify verifies.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync, sign as signData } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { ASN1Obj, RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import { SigningConfig, TrustedRoot } from '@sigstore/protobuf-specs';
import { bundleBuilderFromSigningConfig, CIContextProvider, DSSEBundleBuilder, FulcioSigner, TSAWitness } from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { DEFAULT_SHA, fetchIdToken, startGitHubOidc, type GitHubOidc } from '../github-oidc.js';
import { startGitHubEmulator } from '../github/server.js';
import { getOctokit } from '@actions/github';
import { FULCIO_OID } from './fulcio.js';
import { startSigstore, type SigstoreInstance } from './instance.js';

const INTOTO = 'application/vnd.in-toto+json';
const DIGEST = createHash('sha256').update('image manifest').digest('hex');
const statement = (digest = DIGEST) =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'contoso.azurecr.io/fn', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }, runDetails: {} }
    })
  );

let oidc: GitHubOidc;
let sigstore: SigstoreInstance;
const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };

beforeAll(async () => {
  oidc = await startGitHubOidc({ subject: 'repo:contoso/fn:ref:refs/heads/main' });
  sigstore = await startSigstore({ trustedIssuers: [oidc.issuer] });
});
afterAll(async () => {
  await Promise.all([oidc.close(), sigstore.close()]);
});
afterEach(() => {
  for (const [k, v] of [
    ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

function useOidc(o: GitHubOidc): void {
  Object.assign(process.env, o.env());
}

async function signWith(s: SigstoreInstance, data = statement(), audience = 'sigstore', retry = 0): Promise<SerializedBundle> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: s.fulcioUrl, identityProvider: new CIContextProvider(audience), retry }),
    witnesses: [new TSAWitness({ tsaBaseURL: s.tsaUrl })]
  });
  return bundleToJSON(await builder.create({ data, type: INTOTO }));
}

function verifier(s: SigstoreInstance): Verifier {
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(s.trustedRoot)), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
}

const SAN = 'https://github.com/contoso/fn/.github/workflows/deploy.yml@refs/heads/main';

/** The text in a Fulcio extension: raw bytes for the legacy ones, a DER UTF8String for the rest. */
function extensionText(cert: X509Certificate, oid: string, legacy = false): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  return legacy ? ext.value.toString('utf8') : ASN1Obj.parseBuffer(ext.value as Buffer<ArrayBuffer>).value.toString('utf8');
}

/** Fulcio's answer to a hand-made request (status and JSON body). */
async function postSigningCert(s: SigstoreInstance, body: unknown): Promise<{ status: number; body: { code?: number; message?: string } }> {
  const res = await fetch(`${s.fulcioUrl}/api/v2/signingCert`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { code?: number; message?: string } };
}

function keyAndProof(subject: string) {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    proof: signData('sha256', Buffer.from(subject), privateKey).toString('base64')
  };
}

describe('signing with @sigstore/sign and verifying with @sigstore/verify', () => {
  test('a DSSE bundle v0.3 of an in-toto statement: Fulcio certificate for the workflow, TSA timestamp, verified against the trusted root', async () => {
    useOidc(oidc);
    const before = sigstore.fulcio.issued.length;
    const json = await signWith(sigstore);
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.dsseEnvelope?.payloadType).toBe(INTOTO);
    expect(json.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(json.verificationMaterial.tlogEntries ?? []).toEqual([]);

    const signer = verifier(sigstore).verify(toSignedEntity(bundleFromJSON(json)), { subjectAlternativeName: SAN, extensions: { issuer: oidc.issuer } });
    expect(signer.identity?.subjectAlternativeName).toBe(SAN);

    // The token Fulcio saw: audience sigstore, from the OIDC emulator.
    expect(oidc.issued.at(-1)?.aud).toBe('sigstore');
    expect(sigstore.fulcio.issued).toHaveLength(before + 1);
    const fulcioCall = sigstore.fulcio.requests.at(-1);
    expect(fulcioCall).toMatchObject({
      method: 'POST',
      path: '/api/v2/signingCert',
      status: 201,
      issuer: oidc.issuer,
      subject: 'repo:contoso/fn:ref:refs/heads/main'
    });
    expect(sigstore.tsa.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/v1/timestamp',
      contentType: 'application/json',
      status: 200,
      hashAlgorithm: 'sha256'
    });
    expect(sigstore.requests.map((r) => r.service)).toEqual(expect.arrayContaining(['fulcio', 'tsa']));
  });

  test('the certificate: 10 minutes, SAN = server URL + job_workflow_ref, the GitHub Actions extensions of fulcio docs/oid-info.md', async () => {
    useOidc(oidc);
    const json = await signWith(sigstore);
    const der = Buffer.from(json.verificationMaterial.certificate!.rawBytes, 'base64');
    const cert = X509Certificate.parse(der);
    expect(cert.notAfter.getTime() - cert.notBefore.getTime()).toBe(10 * 60 * 1000);
    expect(cert.subjectAltName).toBe(SAN);
    const repoUrl = 'https://github.com/contoso/fn';
    expect(extensionText(cert, FULCIO_OID.issuerV1, true)).toBe(oidc.issuer);
    expect(extensionText(cert, FULCIO_OID.githubWorkflowTrigger, true)).toBe('push');
    expect(extensionText(cert, FULCIO_OID.githubWorkflowSha, true)).toBe(DEFAULT_SHA);
    expect(extensionText(cert, FULCIO_OID.githubWorkflowName, true)).toBe('deploy');
    expect(extensionText(cert, FULCIO_OID.githubWorkflowRepository, true)).toBe('contoso/fn');
    expect(extensionText(cert, FULCIO_OID.githubWorkflowRef, true)).toBe('refs/heads/main');
    const expected: Array<[string, string]> = [
      [FULCIO_OID.issuerV2, oidc.issuer],
      [FULCIO_OID.buildSignerUri, SAN],
      [FULCIO_OID.buildSignerDigest, DEFAULT_SHA],
      [FULCIO_OID.runnerEnvironment, 'github-hosted'],
      [FULCIO_OID.sourceRepositoryUri, repoUrl],
      [FULCIO_OID.sourceRepositoryDigest, DEFAULT_SHA],
      [FULCIO_OID.sourceRepositoryRef, 'refs/heads/main'],
      [FULCIO_OID.sourceRepositoryIdentifier, '800000001'],
      [FULCIO_OID.sourceRepositoryOwnerUri, 'https://github.com/contoso'],
      [FULCIO_OID.sourceRepositoryOwnerIdentifier, '900000001'],
      [FULCIO_OID.buildConfigUri, `${repoUrl}/.github/workflows/deploy.yml@refs/heads/main`],
      [FULCIO_OID.buildConfigDigest, DEFAULT_SHA],
      [FULCIO_OID.buildTrigger, 'push'],
      [FULCIO_OID.runInvocationUri, `${repoUrl}/actions/runs/1/attempts/1`],
      [FULCIO_OID.sourceRepositoryVisibilityAtSigning, 'private']
    ];
    for (const [oid, value] of expected) expect([oid, extensionText(cert, oid)]).toEqual([oid, value]);
    // The chain Fulcio answered ends in the root the trusted root carries.
    expect(sigstore.trustedRoot.certificateAuthorities[0].certChain.certificates[0].rawBytes).toBe(sigstore.fulcio.rootDer.toString('base64'));
  });

  test('serverUrl (GHE.com) is the base of the SAN and the URI extensions', async () => {
    const ghe = await startSigstore({ trustedIssuers: [oidc.issuer], serverUrl: 'https://contoso.ghe.com' });
    try {
      useOidc(oidc);
      const json = await signWith(ghe);
      const cert = X509Certificate.parse(Buffer.from(json.verificationMaterial.certificate!.rawBytes, 'base64'));
      expect(cert.subjectAltName).toBe('https://contoso.ghe.com/contoso/fn/.github/workflows/deploy.yml@refs/heads/main');
      expect(extensionText(cert, FULCIO_OID.sourceRepositoryUri)).toBe('https://contoso.ghe.com/contoso/fn');
    } finally {
      await ghe.close();
    }
  });

  test('the signing config drives bundleBuilderFromSigningConfig (Fulcio + TSA, no Rekor); the files written parse', async () => {
    useOidc(oidc);
    const config = SigningConfig.fromJSON(sigstore.signingConfig);
    expect(config.caUrls[0].url).toBe(sigstore.fulcioUrl);
    expect(config.tsaUrls[0].url).toBe(`${sigstore.tsaUrl}/api/v1/timestamp`);
    expect(config.oidcUrls[0].url).toBe(oidc.issuer);
    const builder = bundleBuilderFromSigningConfig({ signingConfig: config, identityProvider: new CIContextProvider('sigstore'), bundleType: 'dsseEnvelope' });
    const json = bundleToJSON(await builder.create({ data: statement(), type: INTOTO }));
    verifier(sigstore).verify(toSignedEntity(bundleFromJSON(json)), { subjectAlternativeName: SAN });

    const dir = mkdtempSync(join(tmpdir(), 'sigstore-emu-'));
    try {
      const { trustedRootPath, signingConfigPath } = sigstore.writeFiles(join(dir, 'trust'));
      const root = TrustedRoot.fromJSON(JSON.parse(readFileSync(trustedRootPath, 'utf8')));
      expect(root.mediaType).toBe('application/vnd.dev.sigstore.trustedroot+json;version=0.1');
      expect(root.timestampAuthorities[0].certChain?.certificates).toHaveLength(2);
      expect(SigningConfig.fromJSON(JSON.parse(readFileSync(signingConfigPath, 'utf8'))).mediaType).toBe(
        'application/vnd.dev.sigstore.signingconfig.v0.2+json'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('with the GitHub REST emulator', () => {
  test('a signed bundle stored with POST /repos/{owner}/{repo}/attestations comes back by digest and verifies', async () => {
    const gh = await startGitHubEmulator();
    try {
      useOidc(oidc);
      const json = await signWith(sigstore);
      const octokit = getOctokit('ghs_emulatorToken', { baseUrl: gh.url });
      const created = await octokit.request('POST /repos/{owner}/{repo}/attestations', { owner: 'contoso', repo: 'fn', bundle: json as never });
      expect(created.status).toBe(201);
      const res = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        owner: 'contoso',
        repo: 'fn',
        subject_digest: `sha256:${DIGEST}`,
        predicate_type: 'provenance'
      });
      const fetched = (res.data as { attestations: Array<{ bundle: SerializedBundle }> }).attestations[0].bundle;
      verifier(sigstore).verify(toSignedEntity(bundleFromJSON(fetched)), { subjectAlternativeName: SAN, extensions: { issuer: oidc.issuer } });
    } finally {
      await gh.stop();
    }
  });
});

describe('verification refuses', () => {
  test('a bundle from another Sigstore (a different root and TSA) against this trusted root', async () => {
    const other = await startSigstore({ trustedIssuers: [oidc.issuer] });
    try {
      useOidc(oidc);
      const json = await signWith(other);
      verifier(other).verify(toSignedEntity(bundleFromJSON(json)), { subjectAlternativeName: SAN });
      expect(() => verifier(sigstore).verify(toSignedEntity(bundleFromJSON(json)), { subjectAlternativeName: SAN })).toThrow();
    } finally {
      await other.close();
    }
  });

  test('a tampered payload (another digest in the statement)', async () => {
    useOidc(oidc);
    const json = await signWith(sigstore);
    const tampered = structuredClone(json);
    tampered.dsseEnvelope!.payload = statement('0'.repeat(64)).toString('base64');
    expect(() => verifier(sigstore).verify(toSignedEntity(bundleFromJSON(tampered)), { subjectAlternativeName: SAN })).toThrow(/signature/i);
  });

  test('a policy for another workflow', async () => {
    useOidc(oidc);
    const json = await signWith(sigstore);
    expect(() =>
      verifier(sigstore).verify(toSignedEntity(bundleFromJSON(json)), {
        subjectAlternativeName: 'https://github.com/contoso/other/.github/workflows/x.yml@refs/heads/main'
      })
    ).toThrow();
  });
});

describe('Fulcio refuses as Fulcio does (400, { code: 3, message })', () => {
  test('a token for another audience', async () => {
    useOidc(oidc);
    await expect(signWith(sigstore, statement(), 'nobody')).rejects.toThrow(/error creating signing certificate/);
    expect(sigstore.fulcio.requests.at(-1)).toMatchObject({ status: 400, reason: expect.stringMatching(/audience/) });
    const token = await fetchIdToken(oidc, 'nobody');
    const { publicKey, proof } = keyAndProof('repo:contoso/fn:ref:refs/heads/main');
    const res = await postSigningCert(sigstore, {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: publicKey }, proofOfPossession: proof }
    });
    expect(res).toEqual({ status: 400, body: { code: 3, message: 'There was an error processing the identity token', details: [] } });
  });

  test('a token from an issuer Fulcio does not trust (another OIDC provider)', async () => {
    const stranger = await startGitHubOidc({ subject: 'repo:contoso/fn:ref:refs/heads/main' });
    try {
      useOidc(stranger);
      await expect(signWith(sigstore)).rejects.toThrow(/error creating signing certificate/);
      expect(sigstore.fulcio.requests.at(-1)).toMatchObject({
        status: 400,
        issuer: stranger.issuer,
        reason: expect.stringMatching(/failed to match issuer URL/)
      });
      // Fulcio never asked the stranger for its keys.
      expect(stranger.requests.filter((r) => r.path.startsWith('/.well-known'))).toEqual([]);
    } finally {
      await stranger.close();
    }
  });

  test('a token signed by a key not in the issuer JWKS (forged with the right iss)', async () => {
    const forger = await startGitHubOidc({ subject: 'repo:contoso/fn:ref:refs/heads/main', claims: { iss: oidc.issuer } });
    try {
      useOidc(forger);
      await expect(signWith(sigstore)).rejects.toThrow(/error creating signing certificate/);
      expect(sigstore.fulcio.requests.at(-1)).toMatchObject({ status: 400, reason: expect.stringMatching(/unknown kid|bad signature/) });
    } finally {
      await forger.close();
    }
  });

  test('an expired token', async () => {
    const stale = await startGitHubOidc({ subject: 'repo:contoso/fn:ref:refs/heads/main', claims: { exp: Math.floor(Date.now() / 1000) - 60 } });
    const s = await startSigstore({ trustedIssuers: [stale.issuer] });
    try {
      useOidc(stale);
      await expect(signWith(s)).rejects.toThrow(/error creating signing certificate/);
      expect(s.fulcio.requests.at(-1)).toMatchObject({ status: 400, reason: 'oidc: expired' });
    } finally {
      await Promise.all([stale.close(), s.close()]);
    }
  });

  test('a token without a claim Fulcio needs for a GitHub workflow (job_workflow_sha)', async () => {
    const old = await startGitHubOidc({ subject: 'repo:contoso/fn:ref:refs/heads/main', claims: { job_workflow_sha: undefined } });
    const s = await startSigstore({ trustedIssuers: [old.issuer] });
    try {
      useOidc(old);
      await expect(signWith(s)).rejects.toThrow(/error creating signing certificate/);
      expect(s.fulcio.requests.at(-1)).toMatchObject({ status: 400, reason: 'missing job_workflow_sha claim in ID token' });
    } finally {
      await Promise.all([old.close(), s.close()]);
    }
  });

  test('a proof of possession that is not a signature over the sub claim, or by another key', async () => {
    const token = await fetchIdToken(oidc, 'sigstore');
    const overOther = keyAndProof('repo:contoso/other:ref:refs/heads/main');
    const a = await postSigningCert(sigstore, {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: overOther.publicKey }, proofOfPossession: overOther.proof }
    });
    expect(a).toEqual({ status: 400, body: { code: 3, message: 'The signature supplied in the request could not be verified', details: [] } });
    const right = keyAndProof('repo:contoso/fn:ref:refs/heads/main');
    const other = keyAndProof('repo:contoso/fn:ref:refs/heads/main');
    const b = await postSigningCert(sigstore, {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: other.publicKey }, proofOfPossession: right.proof }
    });
    expect(b.status).toBe(400);
    const c = await postSigningCert(sigstore, {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: 'not a key' }, proofOfPossession: right.proof }
    });
    expect(c).toEqual({ status: 400, body: { code: 3, message: 'The public key supplied in the request could not be parsed', details: [] } });
    // The right key and proof are issued a certificate (the token also works from the Authorization header).
    const ok = await fetch(`${sigstore.fulcioUrl}/api/v2/signingCert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: right.publicKey }, proofOfPossession: right.proof } })
    });
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } };
    expect(body.signedCertificateEmbeddedSct.chain.certificates).toEqual([expect.stringContaining('BEGIN CERTIFICATE'), sigstore.fulcio.rootPem]);
  });
});

describe('faults and the TSA', () => {
  test('Fulcio answers injected 503s: FulcioSigner without retries fails, with one retry succeeds', async () => {
    useOidc(oidc);
    sigstore.fulcio.failNext(1);
    await expect(signWith(sigstore)).rejects.toThrow(/error creating signing certificate/);
    expect(sigstore.fulcio.requests.at(-1)?.status).toBe(503);
    sigstore.fulcio.failNext(1);
    await signWith(sigstore, statement(), 'sigstore', 1);
    expect(sigstore.fulcio.requests.slice(-2).map((r) => r.status)).toEqual([503, 201]);
  });

  test('a DER timestamp-query (RFC 3161) gets a timestamp-reply over the same digest; SHA-1 and a short digest are refused', async () => {
    const digest = createHash('sha256').update('sig').digest();
    const tlv = (tag: number, ...parts: Buffer[]) => {
      const v = Buffer.concat(parts);
      return Buffer.concat([Buffer.from([tag, v.length]), v]);
    };
    const sha256 = Buffer.from('0609608648016503040201', 'hex');
    const query = (algo: Buffer, hash: Buffer) =>
      tlv(
        0x30,
        tlv(0x02, Buffer.from([1])),
        tlv(0x30, tlv(0x30, algo, Buffer.from('0500', 'hex')), tlv(0x04, hash)),
        tlv(0x02, Buffer.from([0x30, 0x39])),
        tlv(0x01, Buffer.from([0xff]))
      );
    const post = (body: Buffer, type = 'application/timestamp-query') =>
      fetch(`${sigstore.tsaUrl}/api/v1/timestamp`, { method: 'POST', headers: { 'content-type': type }, body });
    const res = await post(query(sha256, digest));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/timestamp-reply');
    const ts = RFC3161Timestamp.parse(Buffer.from(await res.arrayBuffer()));
    expect(ts.status).toBe(0n);
    expect(ts.tstInfo.messageImprintHashedMessage.equals(digest)).toBe(true);

    const sha1 = await post(query(Buffer.from('06052b0e03021a', 'hex'), createHash('sha1').update('sig').digest()));
    expect(sha1.status).toBe(400);
    expect(await sha1.json()).toEqual({ code: 400, message: 'Weak hash algorithm in timestamp request' });
    const short = await post(query(sha256, digest.subarray(0, 20)));
    expect(await short.json()).toEqual({ code: 400, message: 'Message digest has incorrect length for specified algorithm' });
    const text = await post(Buffer.from('x'), 'text/plain');
    expect(text.status).toBe(415);

    const chain = await (await fetch(`${sigstore.tsaUrl}/api/v1/timestamp/certchain`)).text();
    expect(chain).toBe(sigstore.tsa.chainPem.join(''));
  });

  test('the TSA answers injected faults; TSAWitness reports them', async () => {
    useOidc(oidc);
    sigstore.tsa.failNext(1, 502);
    await expect(signWith(sigstore)).rejects.toThrow(/error creating timestamp/);
    expect(sigstore.tsa.requests.at(-1)?.status).toBe(502);
  });
});
