import { describe, expect, test } from '@jest/globals';
import { decideIntent, effectiveMode } from '../../../src/github/intent.js';
import { pullRequestEvent, pushEvent, releaseEvent, workflowDispatchEvent, example, contextOf, type Scenario } from '../../support/events.js';
import { computeTags } from '../../../src/image/tags.js';

const ctx = contextOf;

const headSha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

describe('event → intent (real webhook payloads)', () => {
  test.each([
    ['push to master', pushEvent('refs/heads/master'), { kind: 'deploy', branch: 'master' }],
    ['push to a feature branch', pushEvent('refs/heads/feature/x'), { kind: 'deploy', branch: 'feature/x' }],
    ['push of tag v1.2.3', pushEvent('refs/tags/v1.2.3'), { kind: 'release', gitTag: 'v1.2.3', prerelease: false }],
    ['pull_request opened', pullRequestEvent('opened'), { kind: 'preview', pr: 2 }],
    ['pull_request synchronize', pullRequestEvent('synchronize'), { kind: 'preview', pr: 2 }],
    ['pull_request reopened', pullRequestEvent('reopened'), { kind: 'preview', pr: 2 }],
    ['pull_request closed', pullRequestEvent('closed'), { kind: 'teardown', pr: 2 }],
    ['pull_request labeled', pullRequestEvent('labeled'), { kind: 'skip' }],
    ['fork pull_request opened', pullRequestEvent('opened', { fork: true }), { kind: 'fork-pr', pr: 2, closed: false }],
    ['fork pull_request closed', pullRequestEvent('closed', { fork: true }), { kind: 'fork-pr', pr: 2, closed: true }],
    ['release published', releaseEvent('v1.2.3'), { kind: 'release', gitTag: 'v1.2.3', prerelease: false }],
    ['release published, prerelease', releaseEvent('v2.0.0-rc.1', true), { kind: 'release', gitTag: 'v2.0.0-rc.1', prerelease: true }],
    ['release created (not published)', releaseEvent('v1.2.3', false, 'created'), { kind: 'skip' }],
    ['workflow_dispatch', workflowDispatchEvent('main'), { kind: 'deploy', branch: 'main' }]
  ])('%s', (_name, scenario, expected) => {
    expect(decideIntent(ctx(scenario)).intent).toMatchObject(expected);
  });

  test('a deleted branch push does nothing', () => {
    const s = pushEvent('refs/heads/gone');
    s.payload.deleted = true;
    expect(decideIntent(ctx(s)).intent.kind).toBe('skip');
  });

  test('pull requests build the head commit, not the merge commit', () => {
    const facts = decideIntent(ctx(pullRequestEvent('synchronize')));
    expect(facts.sha).toBe(headSha);
    expect(facts.tag).toMatchObject({ refKind: 'pr', prNumber: 2, sha: headSha });
  });

  test('repository data comes from the payload', () => {
    const facts = decideIntent(ctx(pushEvent('refs/heads/master')));
    expect(facts.repo).toEqual({
      name: 'Hello-World',
      fullName: 'Codertocat/Hello-World',
      description: null,
      htmlUrl: 'https://github.com/Codertocat/Hello-World',
      license: null
    });
  });

  test('the commit time of a push comes from head_commit', () => {
    const s = pushEvent('refs/heads/master');
    expect(decideIntent(ctx(s)).commitTime).toBe(s.payload.head_commit.timestamp);
  });

  test('closed PRs default to teardown; an explicit mode wins', () => {
    const intent = decideIntent(ctx(pullRequestEvent('closed'))).intent;
    expect(effectiveMode(undefined, intent)).toBe('teardown');
    expect(effectiveMode('plan', intent)).toBe('plan');
    expect(effectiveMode(undefined, decideIntent(ctx(pullRequestEvent('opened'))).intent)).toBe('deploy');
  });
});

describe('the tags each event gives (payload → facts → tags)', () => {
  const sha7 = (s: string) => s.slice(0, 7);
  test.each([
    ['push to the default branch', pushEvent('refs/heads/master'), (s: Scenario) => ['master', `sha-${sha7(s.env.GITHUB_SHA)}`, 'latest']],
    [
      'push to main when main is default',
      pushEvent('refs/heads/main', { defaultBranch: 'main' }),
      (s: Scenario) => ['main', `sha-${sha7(s.env.GITHUB_SHA)}`, 'latest']
    ],
    ['a pull request', pullRequestEvent('opened'), () => ['pr-2', `sha-${sha7(headSha)}`]],
    ['tag v1.2.3', pushEvent('refs/tags/v1.2.3'), (s: Scenario) => ['1.2.3', '1.2', '1', `sha-${sha7(s.env.GITHUB_SHA)}`, 'latest']],
    ['tag v2.0.0-rc.1', pushEvent('refs/tags/v2.0.0-rc.1'), (s: Scenario) => ['2.0.0-rc.1', `sha-${sha7(s.env.GITHUB_SHA)}`]],
    ['release v1.2.3', releaseEvent('v1.2.3'), (s: Scenario) => ['1.2.3', '1.2', '1', `sha-${sha7(s.env.GITHUB_SHA)}`, 'latest']],
    ['branch x;$(touch pwned)', pushEvent('refs/heads/x;$(touch pwned)'), (s: Scenario) => ['x-touch-pwned-', `sha-${sha7(s.env.GITHUB_SHA)}`]]
  ])('%s', (_n, scenario, expected) => {
    expect(computeTags(decideIntent(ctx(scenario)).tag).tags).toEqual(expected(scenario));
  });

  test('the examples package is the real one', () => {
    expect(example('pull_request', 'opened').pull_request.head.sha).toBe(headSha);
  });
});
