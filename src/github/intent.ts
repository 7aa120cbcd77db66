/**
 * Event → intent: what this run is for (deploy, preview, teardown, release, fork PR, or nothing),
 * plus the facts the image plan needs (tag facts, repository data, commit time). Pure.
 */
import type { EventContext } from './context.js';
import type { TagFacts } from '../image/tags.js';
import type { RepoFacts } from '../image/labels.js';
import { untrusted } from '../report/escape.js';

export type Intent =
  | { kind: 'deploy'; branch?: string }
  | { kind: 'preview'; pr: number }
  | { kind: 'teardown'; pr: number }
  | { kind: 'release'; gitTag: string; prerelease: boolean }
  | { kind: 'fork-pr'; pr: number; closed: boolean }
  | { kind: 'skip'; reason: string };

export interface EventFacts {
  intent: Intent;
  tag: TagFacts;
  repo: RepoFacts;
  /** The commit the image is built from (the PR head for pull requests). */
  sha: string;
  /** ISO-8601 commit time when the payload carries it; otherwise resolved from git. */
  commitTime?: string;
  runUrl: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const PREVIEW_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'];
const PR_EVENTS = ['pull_request', 'pull_request_target'];

export function decideIntent(ctx: EventContext): EventFacts {
  const p = ctx.payload;
  const repository = obj(p.repository);
  const license = obj(repository.license);
  const repo: RepoFacts = {
    name: str(repository.name) ?? ctx.repository.split('/')[1],
    fullName: str(repository.full_name) ?? ctx.repository,
    description: str(repository.description) ?? null,
    htmlUrl: str(repository.html_url) ?? (ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined),
    license: str(license.spdx_id) && license.spdx_id !== 'NOASSERTION' ? (license.spdx_id as string) : null
  };
  const defaultBranch = str(repository.default_branch);
  const runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
  const branchOf = (ref: string) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
  const tagOf = (ref: string) => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
  const headCommit = obj(p.head_commit);
  const commitTime = str(headCommit.id) === ctx.sha ? str(headCommit.timestamp) : undefined;
  const base = { repo, runUrl };

  if (PR_EVENTS.includes(ctx.eventName)) {
    const pr = obj(p.pull_request);
    const number = Number(p.number ?? pr.number);
    const head = obj(pr.head);
    const headRepo = obj(head.repo);
    const baseRepo = obj(obj(pr.base).repo);
    const sha = str(head.sha) ?? ctx.sha;
    const tag: TagFacts = { eventName: ctx.eventName, refKind: 'pr', prNumber: number, sha, defaultBranch, branch: str(head.ref) };
    const fork = !str(headRepo.full_name) || headRepo.full_name !== (str(baseRepo.full_name) ?? repo.fullName);
    const action = str(p.action) ?? '';
    if (fork && (PREVIEW_ACTIONS.includes(action) || action === 'closed')) {
      return { ...base, sha, tag, intent: { kind: 'fork-pr', pr: number, closed: action === 'closed' } };
    }
    if (action === 'closed') return { ...base, sha, tag, intent: { kind: 'teardown', pr: number } };
    if (PREVIEW_ACTIONS.includes(action)) return { ...base, sha, tag, intent: { kind: 'preview', pr: number } };
    return {
      ...base,
      sha,
      tag,
      intent: {
        kind: 'skip',
        reason: `pull_request '${untrusted(action)}' neither deploys nor tears down a preview (opened, synchronize, reopened, ready_for_review and closed do)`
      }
    };
  }

  if (ctx.eventName === 'release') {
    const release = obj(p.release);
    const gitTag = str(release.tag_name) ?? tagOf(ctx.ref) ?? '';
    const prerelease = release.prerelease === true;
    const tag: TagFacts = { eventName: 'release', refKind: 'tag', gitTag, sha: ctx.sha, defaultBranch, releasePrerelease: prerelease };
    if (str(p.action) !== 'published') {
      return {
        ...base,
        sha: ctx.sha,
        tag,
        intent: { kind: 'skip', reason: `release '${untrusted(String(p.action))}' is not a publication (only 'published' releases)` }
      };
    }
    return { ...base, sha: ctx.sha, tag, intent: { kind: 'release', gitTag, prerelease } };
  }

  const gitTag = tagOf(ctx.ref);
  const branch = branchOf(ctx.ref);
  if (ctx.eventName === 'push' && p.deleted === true) {
    const tag: TagFacts = { eventName: 'push', refKind: 'other', sha: ctx.sha, defaultBranch };
    return { ...base, sha: ctx.sha, tag, intent: { kind: 'skip', reason: `the push deleted ${untrusted(ctx.ref)}` } };
  }
  if (gitTag !== undefined) {
    const tag: TagFacts = { eventName: ctx.eventName, refKind: 'tag', gitTag, sha: ctx.sha, defaultBranch };
    return { ...base, sha: ctx.sha, commitTime, tag, intent: { kind: 'release', gitTag, prerelease: false } };
  }
  const tag: TagFacts = { eventName: ctx.eventName, refKind: branch !== undefined ? 'branch' : 'other', branch, sha: ctx.sha, defaultBranch };
  return { ...base, sha: ctx.sha, commitTime, tag, intent: { kind: 'deploy', branch } };
}

/** The mode this run acts in: the input when given, else teardown for a closed PR, else deploy. */
export function effectiveMode<M extends string>(input: M | undefined, intent: Intent): M | 'deploy' | 'teardown' {
  if (input !== undefined) return input;
  return intent.kind === 'teardown' ? 'teardown' : 'deploy';
}
