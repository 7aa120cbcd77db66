/**
 * GitHub's artifact attestations API: store a Sigstore bundle with the repository (what
 * actions/attest does), and list the attestations of a subject digest (what
 * `gh attestation verify` reads). Both fail the run when refused: the user asked for them.
 */
import { ActionError } from '../util/errors.js';
import type { GitHubClient, GitHubResult, Permission } from './client.js';

function refused<T>(r: GitHubResult<T>, permission: Permission): T {
  if (r.ok) return r.value;
  throw new ActionError(
    `GitHub API: the token may not ${r.what} (${r.status} ${r.message}).`,
    `Add \`${permission}\` to the job's \`permissions:\` (or pass a github-token that has it).`
  );
}

/** POST /repos/{owner}/{repo}/attestations; returns the attestation's id. */
export async function storeAttestation(client: GitHubClient, repository: string, bundle: unknown): Promise<string> {
  const [owner, repo] = repository.split('/');
  const r = await client.call(`store the attestation in ${repository}`, 'attestations: write', async (o) => {
    const res = await o.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle as never });
    return (res.data as { id?: number | string }).id;
  });
  const id = refused(r, 'attestations: write');
  if (id === undefined) throw new ActionError(`GitHub API: storing the attestation in ${repository} returned no id.`);
  return String(id);
}

interface Listed {
  bundle?: unknown;
}

/** GET /repos/{owner}/{repo}/attestations/{digest} (up to 100, newest first); none → []. */
export async function listAttestations(client: GitHubClient, repository: string, digest: string): Promise<unknown[]> {
  const [owner, repo] = repository.split('/');
  const r = await client.call(`read the attestations of ${digest} in ${repository}`, 'attestations: read', async (o) => {
    try {
      const res = await o.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { owner, repo, subject_digest: digest, per_page: 100 });
      return ((res.data as { attestations?: Listed[] }).attestations ?? []) as Listed[];
    } catch (e) {
      // GitHub answers 404 when the digest has no attestation in the repository.
      if ((e as { status?: number }).status === 404 && !/not accessible/i.test((e as Error).message)) return [];
      throw e;
    }
  });
  // The API carries each bundle inline (bundle_url serves the same one compressed); one without a bundle fails to verify, with its reason.
  return refused(r, 'attestations: read').map((a) => a.bundle ?? null);
}
