/**
 * The pull-request preview comment: one per preview instance (app/slot or namespace), found again
 * on every push by a hidden marker and edited in place; marked "torn down" when the PR closes.
 *
 * renderComment is pure. The plan it receives holds names only (setting names, object names,
 * images), never setting values; as a second guard the whole body goes through the action's one
 * masking path (redact), so a value registered as secret cannot reach the comment.
 */
import type { GitHubClient, GitHubResult } from './client.js';
import { redact } from '../report/mask.js';

export type PreviewStatus = 'deployed' | 'failed' | 'torn-down';

export interface PreviewComment {
  pr: number;
  /** `app/slot` (functionapp) or the namespace (aks): keeps two apps of one repo apart. */
  instance: string;
  status: PreviewStatus;
  target?: 'functionapp' | 'aks' | 'containerapp';
  url?: string;
  /** `registry/repository@sha256:…` */
  image?: string;
  digest?: string;
  /** Short plan lines, names only (see planLines). */
  plan?: string[];
  runUrl?: string;
  /** The commit deployed (the PR head). */
  sha?: string;
  /** The verified provenance of the image (verify-attestation), one line. */
  provenance?: string;
  /** status failed: what went wrong (first lines only are shown). */
  error?: string;
}

const TOOL = 'azure-functions-container-deploy';
const MARKER_PREFIX = `<!-- ${TOOL}:preview:`;
const DATA_PREFIX = `<!-- ${TOOL}:data `;
const MAX_BODY = 60_000; // GitHub refuses bodies over 65 536 characters

/** The instance as it appears in the marker: no characters that could end an HTML comment. */
export function markerInstance(instance: string): string {
  return instance.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/-{2,}/g, '-') || 'default';
}

/** `<!-- azure-functions-container-deploy:preview:<instance> -->` */
export function commentMarker(instance: string): string {
  return `${MARKER_PREFIX}${markerInstance(instance)} -->`;
}

/** The facts the last rendering carried (hidden in the body), so a teardown can still name them. */
export interface CommentData {
  image?: string;
  digest?: string;
  url?: string;
  sha?: string;
}

export function readCommentData(body: string | undefined): CommentData {
  if (!body) return {};
  const start = body.indexOf(DATA_PREFIX);
  if (start < 0) return {};
  const end = body.indexOf(' -->', start);
  try {
    const parsed = JSON.parse(body.slice(start + DATA_PREFIX.length, end)) as Record<string, unknown>;
    const s = (k: string) => (typeof parsed[k] === 'string' ? (parsed[k] as string) : undefined);
    return { image: s('image'), digest: s('digest'), url: s('url'), sha: s('sha') };
  } catch {
    return {};
  }
}

const code = (s: string) => '`' + s.replace(/`/g, "'").replace(/\r?\n/g, ' ') + '`';
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
const isHttpUrl = (s: string) => /^https?:\/\/[^\s<>()[\]`]+$/.test(s);
const link = (s: string) => (isHttpUrl(s) ? `<${s}>` : code(s));

/**
 * A deploy plan (the `plan` output: names only) as at most `max` short lines. Accepts an array of
 * lines, or an object whose values are scalars, name lists or one level of nested objects.
 */
export function planLines(plan: unknown, max = 20): string[] {
  const lines: string[] = [];
  const scalar = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? 'none' : undefined;
  const value = (v: unknown): string => {
    const s = scalar(v);
    if (s !== undefined) return s;
    if (Array.isArray(v)) return v.length ? v.map((x) => scalar(x) ?? JSON.stringify(x)).join(', ') : 'none';
    return JSON.stringify(v);
  };
  const visit = (prefix: string, v: unknown, depth: number) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) {
      for (const [k, sub] of Object.entries(v as Record<string, unknown>)) visit(prefix ? `${prefix}.${k}` : k, sub, depth + 1);
    } else if (v !== undefined) {
      lines.push(prefix ? `${prefix}: ${value(v)}` : value(v));
    }
  };
  if (Array.isArray(plan)) for (const item of plan) visit('', item, 1);
  else visit('', plan, 0);
  const clipped = lines.map((l) => (l.length > 200 ? `${l.slice(0, 199)}…` : l));
  return clipped.length > max ? [...clipped.slice(0, max), `… and ${clipped.length - max} more`] : clipped;
}

const HEADINGS: Record<PreviewStatus, string> = {
  deployed: '✅ Preview deployed',
  failed: '❌ Preview deploy failed',
  'torn-down': '🧹 Preview torn down'
};

export function renderComment(c: PreviewComment): string {
  const rows: Array<[string, string]> = [];
  if (c.status !== 'torn-down' && c.url) rows.push(['URL', link(c.url)]);
  if (c.image) rows.push([c.status === 'torn-down' ? 'Last image' : 'Image', code(c.image)]);
  if (c.digest && !(c.image && c.image.endsWith(c.digest))) rows.push(['Digest', code(c.digest)]);
  if (c.sha) rows.push(['Commit', code(c.sha.slice(0, 12))]);
  if (c.provenance && c.status !== 'torn-down') rows.push(['Provenance', `verified: ${text(c.provenance)}`]);
  if (c.runUrl) rows.push(['Run', isHttpUrl(c.runUrl) ? `[workflow run](${c.runUrl})` : code(c.runUrl)]);

  const out: string[] = [commentMarker(c.instance)];
  const data: CommentData = { image: c.image, digest: c.digest, url: c.url, sha: c.sha };
  if (Object.values(data).some((v) => v !== undefined)) out.push(`${DATA_PREFIX}${JSON.stringify(data).replace(/--/g, '-\\u002d')} -->`);
  out.push(`### ${HEADINGS[c.status]}: ${code(c.instance)}`, '');
  if (c.status === 'torn-down') {
    const what =
      c.target === 'aks'
        ? `the objects in namespace ${code(c.instance)} were deleted`
        : c.target === 'functionapp'
          ? `slot ${code(c.instance)} was deleted`
          : c.target === 'containerapp'
            ? `label ${code(c.instance)} was removed and its revision deactivated`
            : 'it was deleted';
    out.push(`Pull request #${c.pr} was closed: ${what}.`, '');
  } else if (c.status === 'failed') {
    out.push(`The deploy of pull request #${c.pr} failed${c.runUrl ? '; see the run for details' : ''}.`, '');
    if (c.error) {
      const first = c.error.split(/\r?\n/).slice(0, 3).join('\n').slice(0, 500).replace(/```/g, "'''");
      out.push('```text', first, '```', '');
    }
  }
  if (rows.length) {
    out.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), '');
  }
  if (c.plan?.length && c.status !== 'torn-down') {
    out.push('<details><summary>Plan</summary>', '', ...c.plan.map((l) => `- ${text(l)}`), '', '</details>', '');
  }
  out.push(
    c.status === 'torn-down'
      ? `<sub>${TOOL}: this preview no longer exists.</sub>`
      : `<sub>${TOOL}: updated on every push to this pull request; the preview is torn down when it closes.</sub>`
  );
  const body = redact(out.join('\n'));
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n…` : body;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  pr: number;
  instance: string;
}

export interface FoundComment {
  id: number;
  body: string;
}

/** The first comment of the PR that carries this instance's marker (all pages are read). */
export async function findPreviewComment(client: GitHubClient, t: CommentTarget): Promise<GitHubResult<FoundComment | undefined>> {
  const marker = commentMarker(t.instance);
  return client.call('read the pull request comments', 'pull-requests: write', async (octokit) => {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.pr, per_page: 100 })) {
      const hit = page.data.find((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(marker));
      if (hit) return { id: hit.id, body: hit.body ?? '' };
    }
    return undefined;
  });
}

export type UpsertOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number } | { action: 'absent' };

export interface UpsertOptions extends CommentTarget {
  /** The new body, or a function of the existing body (undefined when there is none). */
  body: string | ((existing: string | undefined) => string);
  /** false: only edit an existing comment (teardown). Default true. */
  createIfMissing?: boolean;
}

/** Finds the instance's comment and edits it in place, or creates it. */
export async function upsertPreviewComment(client: GitHubClient, o: UpsertOptions): Promise<GitHubResult<UpsertOutcome>> {
  const found = await findPreviewComment(client, o);
  if (!found.ok) return found;
  const existing = found.value;
  const body = typeof o.body === 'function' ? o.body(existing?.body) : o.body;
  if (!body.trimStart().startsWith(commentMarker(o.instance))) throw new Error('preview comment body must start with its marker (renderComment)');
  if (existing) {
    if (existing.body === body) return { ok: true, value: { action: 'unchanged', id: existing.id } };
    return client.call('edit the preview comment', 'pull-requests: write', async (octokit) => {
      await octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: existing.id, body });
      return { action: 'updated' as const, id: existing.id };
    });
  }
  if (o.createIfMissing === false) return { ok: true, value: { action: 'absent' } };
  return client.call('comment on the pull request', 'pull-requests: write', async (octokit) => {
    const res = await octokit.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: o.pr, body });
    return { action: 'created' as const, id: res.data.id };
  });
}
