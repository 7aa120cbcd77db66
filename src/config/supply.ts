/**
 * The supply-chain inputs: attest what this run pushed (a signed SLSA provenance, stored with
 * GitHub's attestations API), and verify before deploying that a trusted build attested the digest.
 * The files they name (trusted-root, signing-config) are read and checked by supply/instance.ts
 * before the first side effect; here only their form is checked.
 */
import { InputError } from '../util/errors.js';
import { parseBool } from './parse.js';
import type { Inputs } from './inputs.js';
import type { SupplyChainConfig } from './config.js';

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** owner/repo/.github/workflows/<file>.yml, optionally @<ref>; a host in front is allowed (github.com/…). */
const WORKFLOW =
  /^(?:(?:https:\/\/)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}\/)?[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[^/@\s]+\.ya?ml(?:@\S+)?$/;

export function readSupplyChain(i: Inputs, warnings: string[]): SupplyChainConfig {
  const attest = parseBool(i.raw('attest'), false);
  const pushToRegistry = parseBool(i.raw('attest-push-to-registry'), false);
  const verify = parseBool(i.raw('verify-attestation'), false);
  const signerRepository = i.matching('signer-repository', REPOSITORY, 'owner/repository, e.g. octo-org/app');
  const workflow = i.matching(
    'signer-workflow',
    WORKFLOW,
    'owner/repository/.github/workflows/<file>.yml, optionally @<ref>, e.g. octo-org/app/.github/workflows/release.yml'
  );
  const signerWorkflow = workflow === undefined ? undefined : withoutHost(workflow);
  const trustedRoot = i.str('trusted-root');
  const signingConfig = i.str('signing-config');
  const oidcIssuer = i.httpsUrl('oidc-issuer');
  if (pushToRegistry && !attest)
    throw new InputError('attest-push-to-registry', 'needs attest: true.', 'Set attest: true too, or remove attest-push-to-registry.');
  const unused = (names: Array<[string, unknown]>, needs: string) =>
    names.filter(([, v]) => v !== undefined).forEach(([n]) => warnings.push(`${n} has no effect without ${needs}.`));
  if (!verify)
    unused(
      [
        ['signer-repository', signerRepository],
        ['signer-workflow', signerWorkflow],
        ['trusted-root', trustedRoot]
      ],
      'verify-attestation: true'
    );
  if (!attest) unused([['signing-config', signingConfig]], 'attest: true');
  if (!attest && !verify) unused([['oidc-issuer', oidcIssuer]], 'attest: true or verify-attestation: true');
  return { attest, pushToRegistry, verify, signerRepository, signerWorkflow, trustedRoot, signingConfig, oidcIssuer };
}

/** `github.com/o/r/.github/…` → `o/r/.github/…` (an owner has no dot, a host does). */
function withoutHost(workflow: string): string {
  const parts = workflow.replace(/^https:\/\//, '').split('/');
  return (parts[0].includes('.') ? parts.slice(1) : parts).join('/');
}
