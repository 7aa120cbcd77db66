/**
 * The GitHub run as the runner describes it: GITHUB_* variables and the event payload file.
 * This is the edge that reads them; everything after works on the returned object.
 */
import { readFileSync } from 'node:fs';
import { ActionError } from '../util/errors.js';

export interface EventContext {
  eventName: string;
  /** Full ref, e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/42/merge. */
  ref: string;
  /** GITHUB_SHA: for pull_request the merge commit. */
  sha: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  workspace?: string;
  // The webhook payload is GitHub's JSON; the parts we use are read defensively in intent.ts.
  payload: Record<string, unknown>;
}

export function readEventContext(env: NodeJS.ProcessEnv): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName) {
    throw new ActionError(
      'GITHUB_EVENT_NAME is not set: this action runs inside a GitHub Actions job.',
      'Run it as a step of a workflow (uses: owner/repo@v1).'
    );
  }
  let payload: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new ActionError(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(e as Error).message}`);
    }
  }
  return {
    eventName,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workspace: env.GITHUB_WORKSPACE,
    payload
  };
}
