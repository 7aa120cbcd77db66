/** The evidence a verification requires: per instance as `gh attestation verify` does, and for a custom trust root what it can give. */
import { describe, expect, test } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { customEvidence, INSTANCE_EVIDENCE } from '../../../src/supply/verify.js';

const log = {
  baseUrl: 'https://log.example',
  hashAlgorithm: 'SHA2_256',
  publicKey: { rawBytes: 'AA==', keyDetails: 'PKIX_ECDSA_P256_SHA_256' },
  logId: { keyId: 'AA==' }
};
const root = (o: Record<string, unknown>) =>
  TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    certificateAuthorities: [],
    timestampAuthorities: [],
    ...o
  });

describe('required evidence', () => {
  test("GitHub's instance: one signed timestamp, no log; public-good: a transparency-log entry, an SCT and a time", () => {
    expect(INSTANCE_EVIDENCE).toEqual({
      github: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
      'public-good': { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }
    });
  });

  test.each([
    ['a root without logs: a time only', root({}), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }],
    ['a root with a transparency log: its entry too', root({ tlogs: [log] }), { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }],
    ['a root with a CT log only: no SCT required (as gh)', root({ ctlogs: [log] }), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }]
  ])('trusted-root, %s', (_n, r, expected) => {
    expect(customEvidence(r)).toEqual(expected);
  });
});
