/**
 * Trust roots from the instances' TUF repositories (@sigstore/tuf): Sigstore's public-good
 * (its initial root embedded in @sigstore/tuf) and GitHub's (tuf-repo.github.com, from the
 * root in github-tuf-root.ts). Each is fetched at most once per run, cached under the runner's temp dir.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { ActionError } from '../util/errors.js';
import type { InstanceName } from './instance.js';
import { GITHUB_TUF_MIRROR, GITHUB_TUF_ROOT } from './github-tuf-root.js';

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

export type TrustSource = (instance: InstanceName) => Promise<TrustedRoot>;

export function tufTrust(tmpRoot: string, timeoutMs = 30_000): TrustSource {
  const fetched = new Map<InstanceName, Promise<TrustedRoot>>();
  return (instance) => {
    let root = fetched.get(instance);
    if (!root) {
      root = fetchRoot(instance, join(tmpRoot, 'sigstore-tuf', instance), timeoutMs);
      fetched.set(instance, root);
    }
    return root;
  };
}

async function fetchRoot(instance: InstanceName, cachePath: string, timeout: number): Promise<TrustedRoot> {
  const { getTrustedRoot } = await import('@sigstore/tuf');
  mkdirSync(cachePath, { recursive: true });
  const mirrorURL = instance === 'github' ? GITHUB_TUF_MIRROR : PUBLIC_GOOD_MIRROR;
  let rootPath: string | undefined;
  if (instance === 'github') {
    rootPath = join(cachePath, 'initial-root.json');
    writeFileSync(rootPath, JSON.stringify(GITHUB_TUF_ROOT));
  }
  try {
    return await getTrustedRoot({ mirrorURL, rootPath, cachePath, timeout, retry: { retries: 2 } });
  } catch (e) {
    throw new ActionError(
      `Could not get the trust root of ${instance === 'github' ? "GitHub's" : "Sigstore's public-good"} Sigstore instance from ${mirrorURL}: ${(e as Error).message}`,
      'The runner must reach the TUF repository; or give trusted-root: a trusted_root.json file (e.g. from `gh attestation trusted-root`).',
      { cause: e }
    );
  }
}
