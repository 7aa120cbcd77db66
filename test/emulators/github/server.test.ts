/**
 * The GitHub REST emulator, proven with the real client the action uses (@actions/github's
 * getOctokit over loopback HTTP): auth, permissions, validation, pagination, ordering.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { createHash } from 'node:crypto';
import { startGitHubEmulator, type GitHubEmulator } from './server.js';

const TOKEN = 'ghs_emulatorToken';
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
let gh: GitHubEmulator;
const octokit = (token = TOKEN) => getOctokit(token, { baseUrl: gh.url });

beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterAll(async () => {
  await gh.stop();
});
beforeEach(() => {
  gh.reset();
  gh.pendingChecks = true;
});

async function statusOf(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status: number; response?: { data?: { message?: string } } };
    return { status: err.status, message: err.response?.data?.message ?? '' };
  }
}

describe('authentication', () => {
  test('no token → 401 Requires authentication; a wrong token → 401 Bad credentials; token and Bearer both work', async () => {
    const res = await fetch(`${gh.url}/repos/o/r/deployments`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toBe('Requires authentication');
    expect(await statusOf(octokit('ghs_wrong').rest.repos.listDeployments({ owner: 'o', repo: 'r' }))).toEqual({ status: 401, message: 'Bad credentials' });
    const bearer = await fetch(`${gh.url}/repos/o/r/deployments`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect((await octokit().rest.repos.listDeployments({ owner: 'o', repo: 'r' })).status).toBe(200);
    expect(gh.requests.at(-1)?.token).toBe(TOKEN);
  });

  test('unknown routes are 404 Not Found', async () => {
    expect(await statusOf(octokit().request('GET /repos/{owner}/{repo}/nothing', { owner: 'o', repo: 'r' }))).toEqual({ status: 404, message: 'Not Found' });
  });
});

describe('deployments and statuses', () => {
  test('create a deployment, then in_progress and success statuses; listed newest first', async () => {
    const o = octokit();
    const created = await o.rest.repos.createDeployment({
      owner: 'o',
      repo: 'r',
      ref: SHA,
      environment: 'preview-pr-2',
      transient_environment: true,
      production_environment: false,
      auto_merge: false,
      required_contexts: [],
      payload: { digest: 'sha256:ab' }
    });
    expect(created.status).toBe(201);
    const id = (created.data as { id: number }).id;
    expect(created.data).toMatchObject({
      sha: SHA,
      ref: SHA,
      environment: 'preview-pr-2',
      transient_environment: true,
      production_environment: false,
      task: 'deploy',
      payload: { digest: 'sha256:ab' }
    });
    await o.rest.repos.createDeploymentStatus({
      owner: 'o',
      repo: 'r',
      deployment_id: id,
      state: 'in_progress',
      log_url: 'https://github.com/o/r/actions/runs/1'
    });
    await o.rest.repos.createDeploymentStatus({
      owner: 'o',
      repo: 'r',
      deployment_id: id,
      state: 'success',
      environment_url: 'https://app-pr-2.azurewebsites.net'
    });
    const statuses = await o.rest.repos.listDeploymentStatuses({ owner: 'o', repo: 'r', deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(statuses.data[0].environment_url).toBe('https://app-pr-2.azurewebsites.net');
    expect(gh.statusesOf(id).map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(gh.calls()).toEqual([
      `POST /repos/o/r/deployments`,
      `POST /repos/o/r/deployments/${id}/statuses`,
      `POST /repos/o/r/deployments/${id}/statuses`,
      `GET /repos/o/r/deployments/${id}/statuses`
    ]);

    const second = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, environment: 'staging', auto_merge: false, required_contexts: [] });
    const all = await o.rest.repos.listDeployments({ owner: 'o', repo: 'r' });
    expect(all.data.map((d) => d.id)).toEqual([(second.data as { id: number }).id, id]);
    const filtered = await o.rest.repos.listDeployments({ owner: 'o', repo: 'r', environment: 'preview-pr-2' });
    expect(filtered.data.map((d) => d.id)).toEqual([id]);
  });

  test('omitting required_contexts while checks are pending → 409; a branch ref with auto_merge → 202 without a deployment', async () => {
    const o = octokit();
    expect(await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false }))).toEqual({
      status: 409,
      message: `Conflict: Commit status checks failed for ${SHA}.`
    });
    const merged = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'topic', required_contexts: [] });
    expect(merged.status).toBe(202);
    expect(gh.deploymentsOf('o', 'r')).toEqual([]);
  });

  test('validation: missing ref, bad state, description over 140 characters, unknown deployment', async () => {
    const o = octokit();
    const noRef = await fetch(`${gh.url}/repos/o/r/deployments`, {
      method: 'POST',
      headers: { Authorization: `token ${TOKEN}` },
      body: JSON.stringify({ required_contexts: [] })
    });
    expect(noRef.status).toBe(422);
    const d = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] });
    const id = (d.data as { id: number }).id;
    expect((await statusOf(o.request('POST /repos/{owner}/{repo}/deployments/{id}/statuses', { owner: 'o', repo: 'r', id, state: 'done' }))).status).toBe(422);
    expect(
      (await statusOf(o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: id, state: 'success', description: 'x'.repeat(141) }))).status
    ).toBe(422);
    expect((await statusOf(o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: 999999, state: 'success' }))).status).toBe(404);
  });

  test('auto_inactive: a success makes the earlier successful deployment of the same non-production environment inactive', async () => {
    const o = octokit();
    const mk = async (environment: string, extra: { transient_environment?: boolean } = {}) => {
      const d = await o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, environment, auto_merge: false, required_contexts: [], ...extra });
      const id = (d.data as { id: number }).id;
      await o.rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: id, state: 'success' });
      return id;
    };
    const first = await mk('staging');
    const previewA = await mk('preview-pr-9', { transient_environment: true });
    const prodA = await mk('production');
    await mk('staging');
    await mk('preview-pr-9', { transient_environment: true });
    await mk('production');
    expect(gh.statusesOf(first).map((s) => s.state)).toEqual(['success', 'inactive']);
    expect(gh.statusesOf(previewA).map((s) => s.state)).toEqual(['success']);
    expect(gh.statusesOf(prodA).map((s) => s.state)).toEqual(['success']);
  });

  test('permission switch: none → 403 Resource not accessible by integration; read allows GET only', async () => {
    const o = octokit();
    gh.setPermission('deployments', 'none');
    const refused = await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] }));
    expect(refused).toEqual({ status: 403, message: 'Resource not accessible by integration' });
    expect((await statusOf(o.rest.repos.listDeployments({ owner: 'o', repo: 'r' }))).status).toBe(403);
    gh.setPermission('deployments', 'read');
    expect((await o.rest.repos.listDeployments({ owner: 'o', repo: 'r' })).status).toBe(200);
    expect((await statusOf(o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: SHA, auto_merge: false, required_contexts: [] }))).status).toBe(403);
    const raw = await fetch(`${gh.url}/repos/o/r/deployments`, { method: 'POST', headers: { Authorization: `token ${TOKEN}` }, body: '{}' });
    expect(await raw.json()).toMatchObject({
      message: 'Resource not accessible by integration',
      documentation_url: expect.stringContaining('docs.github.com')
    });
  });
});

describe('issue comments', () => {
  test("create, list and edit; an integration may not edit another user's comment", async () => {
    const o = octokit();
    const [theirs] = gh.seedComments('o', 'r', 2, ['LGTM']);
    const created = await o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const edited = await o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: created.data.id, body: 'hello again' });
    expect(edited.data.body).toBe('hello again');
    const listed = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 });
    expect(listed.data.map((c) => c.body)).toEqual(['LGTM', 'hello again']);
    expect((await statusOf(o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: theirs.id, body: 'x' }))).status).toBe(403);
    expect((await statusOf(o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: '' }))).status).toBe(422);
    expect((await statusOf(o.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: 424242, body: 'x' }))).status).toBe(404);
  });

  test('pagination: Link headers with next/last, per_page capped at 100; paginate reads every page', async () => {
    const o = octokit();
    gh.seedComments(
      'o',
      'r',
      7,
      Array.from({ length: 230 }, (_, i) => `c${i}`)
    );
    const first = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3[^>]*>; rel="last"/);
    const big = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7, per_page: 500 });
    expect(big.data).toHaveLength(100);
    const dflt = await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 7 });
    expect(dflt.data).toHaveLength(30);
    gh.reset();
    gh.seedComments(
      'o',
      'r',
      7,
      Array.from({ length: 230 }, (_, i) => `c${i}`)
    );
    const all = await o.paginate(o.rest.issues.listComments, { owner: 'o', repo: 'r', issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    expect(gh.calls()).toEqual(Array.from({ length: 3 }, () => 'GET /repos/o/r/issues/7/comments'));
    expect(gh.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  test('permission switch for pull-requests', async () => {
    gh.setPermission('pull-requests', 'read');
    const o = octokit();
    expect((await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 })).status).toBe(200);
    expect(await statusOf(o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 2, body: 'x' }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    });
    gh.setPermission('pull-requests', 'none');
    expect((await statusOf(o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 }))).status).toBe(403);
  });

  test('failNext injects one failure for a matching request, with headers', async () => {
    gh.failNext(503, /^GET .*\/comments$/, { 'retry-after': '1' });
    const o = octokit();
    expect((await statusOf(o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 }))).status).toBe(503);
    expect((await o.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 2 })).status).toBe(200);
  });

  test('malformed JSON → 400', async () => {
    const res = await fetch(`${gh.url}/repos/o/r/issues/2/comments`, { method: 'POST', headers: { Authorization: `token ${TOKEN}` }, body: '{nope' });
    expect(res.status).toBe(400);
  });
});

describe('artifact attestations', () => {
  const digestOf = (s: string) => createHash('sha256').update(s).digest('hex');
  const bundleFor = (digests: string[], predicateType = 'https://slsa.dev/provenance/v1', mediaType = 'application/vnd.dev.sigstore.bundle.v0.3+json') => ({
    mediaType,
    verificationMaterial: { certificate: { rawBytes: 'MIIB' }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
    dsseEnvelope: {
      payload: Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: digests.map((d, i) => ({ name: `img${i}`, digest: { sha256: d } })),
          predicateType,
          predicate: {}
        })
      ).toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'MEUC', keyid: '' }]
    }
  });
  const create = (bundle: unknown, token = TOKEN, repo = 'r') =>
    octokit(token).request('POST /repos/{owner}/{repo}/attestations', { owner: 'o', repo, bundle } as never);
  const list = (digest: string, query: Record<string, unknown> = {}, repo = 'r') =>
    octokit().request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { owner: 'o', repo, subject_digest: digest, ...query });

  test('POST stores the bundle (201 { id }); GET by subject digest lists it with repository_id and bundle_url', async () => {
    const d = digestOf('a');
    const created = await create(bundleFor([d, digestOf('b')]));
    expect(created.status).toBe(201);
    const id = (created.data as { id: number }).id;
    expect(typeof id).toBe('number');
    expect(gh.attestationsOf('o', 'r').map((a) => a.id)).toEqual([id]);
    expect(gh.attestationsOf('o', 'r')[0].subjectDigests).toEqual([`sha256:${d}`, `sha256:${digestOf('b')}`]);

    const res = await list(`sha256:${d}`);
    const data = res.data as { attestations: Array<{ bundle: unknown; repository_id: number; bundle_url: string }> };
    expect(data.attestations).toHaveLength(1);
    expect(data.attestations[0].bundle).toEqual(bundleFor([d, digestOf('b')]));
    expect(data.attestations[0].repository_id).toBe(gh.repositoryId('o', 'r'));
    // bundle_url needs no token (a pre-signed URL in GitHub).
    const byUrl = await fetch(data.attestations[0].bundle_url);
    expect(await byUrl.json()).toEqual(bundleFor([d, digestOf('b')]));
    // Also found by the second subject, and through the org endpoint.
    expect(((await list(`sha256:${digestOf('b')}`)).data as { attestations: unknown[] }).attestations).toHaveLength(1);
    const org = await octokit().request('GET /orgs/{org}/attestations/{subject_digest}', { org: 'o', subject_digest: `sha256:${d}` });
    expect((org.data as { attestations: unknown[] }).attestations).toHaveLength(1);
  });

  test('no attestation for the digest (or none of that predicate type) → 404 Not Found, as api.github.com answers', async () => {
    gh.seedAttestation('o', 'r', bundleFor([digestOf('a')]));
    expect(await statusOf(list(`sha256:${digestOf('zzz')}`))).toEqual({ status: 404, message: 'Not Found' });
    expect(await statusOf(list(`sha256:${digestOf('a')}`, {}, 'other'))).toEqual({ status: 404, message: 'Not Found' });
    expect(await statusOf(list(`sha256:${digestOf('a')}`, { predicate_type: 'sbom' }))).toEqual({ status: 404, message: 'Not Found' });
    expect(await statusOf(octokit().request('GET /orgs/{org}/attestations/{subject_digest}', { org: 'x', subject_digest: `sha256:${digestOf('a')}` }))).toEqual(
      {
        status: 404,
        message: 'Not Found'
      }
    );
  });

  test('predicate_type filters: provenance, sbom, release, or the exact URI', async () => {
    const d = digestOf('img');
    gh.seedAttestation('o', 'r', bundleFor([d], 'https://slsa.dev/provenance/v1'));
    gh.seedAttestation('o', 'r', bundleFor([d], 'https://spdx.dev/Document/v2.3'));
    gh.seedAttestation('o', 'r', bundleFor([d], 'https://example.com/custom/v1'));
    const types = async (predicate_type?: string) =>
      (
        (await list(`sha256:${d}`, predicate_type ? { predicate_type } : {})).data as { attestations: Array<{ bundle: { dsseEnvelope: { payload: string } } }> }
      ).attestations.map((a) => (JSON.parse(Buffer.from(a.bundle.dsseEnvelope.payload, 'base64').toString()) as { predicateType: string }).predicateType);
    expect(await types()).toEqual(['https://example.com/custom/v1', 'https://spdx.dev/Document/v2.3', 'https://slsa.dev/provenance/v1']);
    expect(await types('provenance')).toEqual(['https://slsa.dev/provenance/v1']);
    expect(await types('https://slsa.dev/provenance/v1')).toEqual(['https://slsa.dev/provenance/v1']);
    expect(await types('sbom')).toEqual(['https://spdx.dev/Document/v2.3']);
    expect(await types('https://example.com/custom/v1')).toEqual(['https://example.com/custom/v1']);
  });

  test('cursor pagination: per_page, Link rel="next" with after, rel="prev" with before; newest first', async () => {
    const d = digestOf('many');
    const ids = [1, 2, 3, 4, 5].map(() => gh.seedAttestation('o', 'r', bundleFor([d])).id);
    const first = await list(`sha256:${d}`, { per_page: 2 });
    const idsOf = (data: unknown) =>
      (data as { attestations: Array<{ bundle_url: string }> }).attestations.map((a) => Number(/attestations\/(\d+)\/bundle/.exec(a.bundle_url)?.[1]));
    expect(idsOf(first.data)).toEqual([ids[4], ids[3]]);
    const next = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))?.[1];
    expect(next).toContain('after=');
    const second = await octokit().request(`GET ${next!.replace(gh.url, '')}`);
    expect(idsOf(second.data)).toEqual([ids[2], ids[1]]);
    const prev = /<([^>]+)>; rel="prev"/.exec(String(second.headers.link))?.[1];
    expect(idsOf((await octokit().request(`GET ${prev!.replace(gh.url, '')}`)).data)).toEqual([ids[4], ids[3]]);
    // octokit.paginate follows the Link header through every page (the list sits under `attestations`, so map each page).
    const all = await octokit().paginate(
      'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
      { owner: 'o', repo: 'r', subject_digest: `sha256:${d}`, per_page: 2 },
      (res) => (res.data as unknown as { attestations: unknown[] }).attestations
    );
    expect(all).toHaveLength(5);
  });

  test('attestations: read may list but not create (403 Resource not accessible by integration); none may not list', async () => {
    const d = digestOf('p');
    gh.seedAttestation('o', 'r', bundleFor([d]));
    gh.setPermission('attestations', 'read');
    expect(await statusOf(create(bundleFor([d])))).toEqual({ status: 403, message: 'Resource not accessible by integration' });
    expect((await list(`sha256:${d}`)).status).toBe(200);
    gh.setPermission('attestations', 'none');
    expect(await statusOf(list(`sha256:${d}`))).toEqual({ status: 403, message: 'Resource not accessible by integration' });
    gh.reset();
    expect(gh.permissions.attestations).toBe('write');
    expect(gh.attestations).toEqual([]);
  });

  test('malformed bundles → 422: no bundle, unknown media type, no DSSE envelope, not an in-toto statement, subject without sha256', async () => {
    const d = digestOf('v');
    const good = bundleFor([d]);
    const bad: unknown[] = [
      { ...good, mediaType: 'application/json' },
      { mediaType: good.mediaType, verificationMaterial: good.verificationMaterial },
      { ...good, dsseEnvelope: { ...good.dsseEnvelope, payloadType: 'text/plain' } },
      { ...good, dsseEnvelope: { ...good.dsseEnvelope, payload: Buffer.from('not json').toString('base64') } },
      {
        ...good,
        dsseEnvelope: {
          ...good.dsseEnvelope,
          payload: Buffer.from(
            JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'x', digest: { sha512: 'ab' } }], predicateType: 'p' })
          ).toString('base64')
        }
      },
      'a string'
    ];
    for (const b of bad) expect((await statusOf(create(b))).status).toBe(422);
    expect((await statusOf(octokit().request('POST /repos/{owner}/{repo}/attestations', { owner: 'o', repo: 'r' } as never))).status).toBe(422);
    expect(() => gh.seedAttestation('o', 'r', { mediaType: 'x' })).toThrow();
    expect(gh.attestations).toEqual([]);
    // Bundle v0.1/v0.2 media types are accepted too.
    expect((await create(bundleFor([d], 'https://slsa.dev/provenance/v1', 'application/vnd.dev.sigstore.bundle+json;version=0.2'))).status).toBe(201);
  });
});
