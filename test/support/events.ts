/**
 * Real webhook payloads from @octokit/webhooks-examples, and the GITHUB_* environment a runner
 * sets for them. Tests change only what the scenario needs (ref, sha, tag name, fork).
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventContext, type EventContext } from '../../src/github/context.js';

const require = createRequire(import.meta.url);
type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{ name: string; examples: Payload[] }>;

export function example(name: string, action?: string, pick: (p: Payload) => boolean = () => true): Payload {
  const group = index.find((g) => g.name === name);
  if (!group) throw new Error(`no webhook examples for ${name}`);
  const found = group.examples.find((e) => (action === undefined || e.action === action) && pick(e));
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

export interface Scenario {
  eventName: string;
  payload: Payload;
  env: Record<string, string>;
}

const SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

/** push to a branch or tag, from the real push payload with its ref rewritten. */
export function pushEvent(ref: string, opts: { sha?: string; defaultBranch?: string } = {}): Scenario {
  const payload = example('push', undefined, (p) => p.ref === 'refs/heads/master' && !!p.head_commit);
  const sha = opts.sha ?? payload.head_commit.id;
  payload.ref = ref;
  payload.after = sha;
  payload.head_commit.id = sha;
  if (opts.defaultBranch) payload.repository.default_branch = opts.defaultBranch;
  return scenario('push', payload, ref, sha);
}

export function pullRequestEvent(action: string, opts: { fork?: boolean; number?: number } = {}): Scenario {
  const payload = example('pull_request', action);
  if (opts.number) {
    payload.number = opts.number;
    payload.pull_request.number = opts.number;
  }
  if (opts.fork) payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'forker/Hello-World', fork: true };
  const n = payload.number;
  return scenario('pull_request', payload, `refs/pull/${n}/merge`, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
}

export function releaseEvent(tag: string, prerelease = false, action = 'published'): Scenario {
  const payload = example('release', action);
  payload.release.tag_name = tag;
  payload.release.prerelease = prerelease;
  return scenario('release', payload, `refs/tags/${tag}`, SHA);
}

export function workflowDispatchEvent(branch = 'main'): Scenario {
  const payload = example('workflow_dispatch', undefined, (p) => p.ref === `refs/heads/${branch}`);
  return scenario('workflow_dispatch', payload, `refs/heads/${branch}`, SHA);
}

function scenario(eventName: string, payload: Payload, ref: string, sha: string): Scenario {
  const repo = payload.repository.full_name as string;
  return {
    eventName,
    payload,
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REF: ref,
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: repo,
      GITHUB_REPOSITORY_OWNER: repo.split('/')[0],
      GITHUB_SERVER_URL: 'https://github.com',
      // Loopback, closed: a test that forgets the GitHub emulator fails fast instead of calling out.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'deploy',
      GITHUB_JOB: 'deploy',
      GITHUB_ACTIONS: 'true',
      CI: 'true'
    }
  };
}

/** The runner context of a scenario, read by the action's own reader from a real event file. */
export function contextOf(s: Scenario): EventContext {
  const dir = mkdtempSync(join(tmpdir(), 'event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(s.payload));
  try {
    return readEventContext({ ...s.env, GITHUB_EVENT_PATH: path });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
