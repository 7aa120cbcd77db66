import { describe, expect, test } from '@jest/globals';
import { computeTags, sanitizeTag, shortSha, DOCKER_TAG_PATTERN, type TagFacts, type TagOptions } from '../../../src/image/tags.js';

const SHA = '1111111aaaaaaa2222222bbbbbbb3333333ccccc';
const S = 'sha-1111111';
const HEAD = 'feedbeef00000000000000000000000000000000';

const LONG_BRANCH = 'feature/' + 'x'.repeat(132); // 140 characters
const LONG_TAG = 'feature-' + 'x'.repeat(112) + '-ba910b5'; // 120 kept + '-' + sha256(LONG_BRANCH)[0..7]

const push = (branch: string, defaultBranch = 'main'): TagFacts => ({ eventName: 'push', refKind: 'branch', branch, sha: SHA, defaultBranch });
const pushNoDefault = (branch: string): TagFacts => ({ eventName: 'push', refKind: 'branch', branch, sha: SHA });
const tagPush = (gitTag: string): TagFacts => ({ eventName: 'push', refKind: 'tag', gitTag, sha: SHA, defaultBranch: 'main' });
const release = (gitTag: string, releasePrerelease = false): TagFacts => ({
  eventName: 'release',
  refKind: 'tag',
  gitTag,
  sha: SHA,
  defaultBranch: 'main',
  releasePrerelease
});
const onBranch = (eventName: string, branch: string): TagFacts => ({ eventName, refKind: 'branch', branch, sha: SHA, defaultBranch: 'main' });
const pr = (eventName: string, prNumber: number | undefined, refKind: TagFacts['refKind'] = 'pr'): TagFacts => ({
  eventName,
  refKind,
  prNumber,
  sha: HEAD,
  defaultBranch: 'main',
  branch: refKind === 'branch' ? 'main' : undefined
});

interface Row {
  name: string;
  facts: TagFacts;
  options?: TagOptions;
  tags: string[];
  latest: boolean;
  prerelease: boolean;
}

// prettier-ignore
const rows: Row[] = [
  // build.md table
  { name: 'push to the default branch', facts: push('main'), tags: ['main', S, 'latest'], latest: true, prerelease: false },
  { name: 'push to another branch', facts: push('develop'), tags: ['develop', S], latest: false, prerelease: false },
  { name: 'pull_request 42 (head sha)', facts: pr('pull_request', 42), tags: ['pr-42', 'sha-feedbee'], latest: false, prerelease: false },
  { name: 'push of tag v1.2.3', facts: tagPush('v1.2.3'), tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'release published v1.2.3', facts: release('v1.2.3'), tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'push of tag v2.0.0-rc.1', facts: tagPush('v2.0.0-rc.1'), tags: ['2.0.0-rc.1', S], latest: false, prerelease: true },
  { name: 'release v2.0.0-rc.1 flagged prerelease', facts: release('v2.0.0-rc.1', true), tags: ['2.0.0-rc.1', S], latest: false, prerelease: true },
  { name: 'release v1.3.0 with prerelease: true', facts: release('v1.3.0', true), tags: ['1.3.0', S], latest: false, prerelease: true },
  { name: 'workflow_dispatch on main', facts: onBranch('workflow_dispatch', 'main'), tags: ['main', S], latest: false, prerelease: false },
  { name: 'workflow_dispatch on feature/x', facts: onBranch('workflow_dispatch', 'feature/x'), tags: ['feature-x', S], latest: false, prerelease: false },
  { name: 'schedule on main', facts: onBranch('schedule', 'main'), tags: ['main', S], latest: false, prerelease: false },
  // other events and refs
  { name: 'pull_request_target 42 (ref is the base branch)', facts: pr('pull_request_target', 42, 'branch'), tags: ['pr-42', 'sha-feedbee'], latest: false, prerelease: false },
  { name: 'pull_request without a number', facts: pr('pull_request', undefined), tags: ['sha-feedbee'], latest: false, prerelease: false },
  { name: 'other event on a branch', facts: onBranch('repository_dispatch', 'main'), tags: ['main', S], latest: false, prerelease: false },
  { name: 'other event without a branch', facts: { eventName: 'repository_dispatch', refKind: 'other', sha: SHA }, tags: [S], latest: false, prerelease: false },
  { name: 'release event without a tag ref kind', facts: { eventName: 'release', refKind: 'other', gitTag: 'v1.2.3', sha: SHA }, tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'workflow_dispatch on tag v1.2.3', facts: { eventName: 'workflow_dispatch', refKind: 'tag', gitTag: 'v1.2.3', sha: SHA }, tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'push with the default branch unknown', facts: pushNoDefault('main'), tags: ['main', S], latest: false, prerelease: false },
  { name: 'push to a default branch with a slash', facts: push('release/main', 'release/main'), tags: ['release-main', S, 'latest'], latest: true, prerelease: false },
  // latest guard against back-ports
  { name: 'back-port v1.4.9 after v2.0.0', facts: tagPush('v1.4.9'), options: { knownVersions: ['v2.0.0'] }, tags: ['1.4.9', '1.4', '1', S], latest: false, prerelease: false },
  { name: 'v2.0.0 when v2.0.0 is known (equal)', facts: tagPush('v2.0.0'), options: { knownVersions: ['v1.4.8', 'v2.0.0', 'junk'] }, tags: ['2.0.0', '2.0', '2', S, 'latest'], latest: true, prerelease: false },
  { name: 'back-port v1.4.9 after v1.5.0 and v2.0.0', facts: tagPush('v1.4.9'), options: { knownVersions: ['v1.5.0', 'v2.0.0'] }, tags: ['1.4.9', '1.4', S], latest: false, prerelease: false },
  { name: 'back-port v1.4.9 after v1.4.10', facts: release('v1.4.9'), options: { knownVersions: ['v1.4.10'] }, tags: ['1.4.9', S], latest: false, prerelease: false },
  { name: 'known prereleases and junk ignored', facts: tagPush('v2.0.0'), options: { knownVersions: ['v2.1.0-rc.1', 'release-2024', 'v3'] }, tags: ['2.0.0', '2.0', '2', S, 'latest'], latest: true, prerelease: false },
  { name: 'prerelease after higher known', facts: tagPush('v1.5.0-beta.2'), options: { knownVersions: ['v2.0.0'] }, tags: ['1.5.0-beta.2', S], latest: false, prerelease: true },
  // version shapes
  { name: 'major 0: v0.3.1', facts: tagPush('v0.3.1'), tags: ['0.3.1', '0.3', '0', S, 'latest'], latest: true, prerelease: false },
  { name: 'tag without v: 1.2.3', facts: tagPush('1.2.3'), tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'build metadata dropped: v1.2.3+build.5', facts: tagPush('v1.2.3+build.5'), tags: ['1.2.3', '1.2', '1', S, 'latest'], latest: true, prerelease: false },
  { name: 'non-semver tag simple-tag', facts: tagPush('simple-tag'), tags: ['simple-tag', S], latest: false, prerelease: false },
  { name: 'non-semver tag release-2024', facts: tagPush('release-2024'), tags: ['release-2024', S], latest: false, prerelease: false },
  { name: 'non-semver tag with a slash', facts: tagPush('deploy/prod'), tags: ['deploy-prod', S], latest: false, prerelease: false },
  { name: 'non-semver release flagged prerelease', facts: release('nightly-7', true), tags: ['nightly-7', S], latest: false, prerelease: true },
  // sanitising
  { name: 'branch feature/ABC_1.2', facts: push('feature/ABC_1.2'), tags: ['feature-ABC_1.2', S], latest: false, prerelease: false },
  { name: 'branch x;$(touch pwned)', facts: push('x;$(touch pwned)'), tags: ['x-touch-pwned-', S], latest: false, prerelease: false },
  { name: 'branch Feature/Login+Fix@2', facts: push('Feature/Login+Fix@2'), tags: ['Feature-Login-Fix-2', S], latest: false, prerelease: false },
  { name: 'branch starting with -', facts: push('-hotfix'), tags: ['hotfix', S], latest: false, prerelease: false },
  { name: 'branch starting with .', facts: push('.hidden'), tags: ['hidden', S], latest: false, prerelease: false },
  { name: 'branch starting with -.-/', facts: push('-.-/x'), tags: ['x', S], latest: false, prerelease: false },
  { name: 'branch of non-ASCII characters only', facts: push('üï€'), tags: [S], latest: false, prerelease: false },
  { name: '140-character branch', facts: push(LONG_BRANCH), tags: [LONG_TAG, S], latest: false, prerelease: false },
  // extra tags
  {
    name: 'extra tags: duplicates, invalid characters, blanks',
    facts: push('develop'),
    options: { extraTags: ['develop', 'stable', ' stable ', 'foo/bar', 'x;$(touch pwned)', '', '   ', '-x', S, '///', 'foo-bar'] },
    tags: ['develop', S, 'stable', 'foo-bar', 'x-touch-pwned-', 'x'], latest: false, prerelease: false
  },
  { name: 'extra tags after latest, duplicates of computed ones dropped', facts: tagPush('v1.2.3'), options: { extraTags: ['latest', '1.2.3', 'edge'] }, tags: ['1.2.3', '1.2', '1', S, 'latest', 'edge'], latest: true, prerelease: false },
  { name: 'extra tag latest on a pull request', facts: pr('pull_request', 7), options: { extraTags: ['latest'] }, tags: ['pr-7', 'sha-feedbee', 'latest'], latest: true, prerelease: false }
];

describe('computeTags', () => {
  test.each(rows)('$name', ({ facts, options, tags, latest, prerelease }) => {
    const plan = computeTags(facts, options);
    expect(plan.tags).toEqual(tags);
    expect(plan.version).toBe(tags[0]);
    expect(plan.latest).toBe(latest);
    expect(plan.prerelease).toBe(prerelease);
  });

  test.each(rows)('every tag is a valid docker tag: $name', ({ facts, options }) => {
    const plan = computeTags(facts, options);
    expect(plan.tags.length).toBeGreaterThan(0);
    for (const tag of plan.tags) expect(tag).toMatch(DOCKER_TAG_PATTERN);
    expect(new Set(plan.tags).size).toBe(plan.tags.length);
  });

  test.each([
    ['push to the default branch', push('main')],
    ['push of tag v1.2.3', tagPush('v1.2.3')],
    ['pull_request 42', pr('pull_request', 42)],
    ['prerelease tag', tagPush('v2.0.0-rc.1')],
    ['schedule', onBranch('schedule', 'main')]
  ])('no warnings for a plain case: %s', (_name, facts) => {
    expect(computeTags(facts).warnings).toEqual([]);
  });

  test.each([
    ['back-port names the higher version', tagPush('v1.4.9'), { knownVersions: ['v2.0.0'] }, [/"latest".*1\.4\.9.*v2\.0\.0 is a higher version/]],
    ['sanitised branch', push('feature/x'), {}, [/"feature\/x".*"feature-x"/]],
    ['leading dash stripped', push('-hotfix'), {}, [/"-hotfix".*"hotfix"/]],
    ['truncated branch', push(LONG_BRANCH), {}, [/longer than 128 characters.*shortened to "feature-x+-ba910b5"/]],
    ['dropped branch', push('üï€'), {}, [/"üï€" has no character allowed.*dropped/]],
    ['non-semver tag', tagPush('simple-tag'), {}, [/"simple-tag" is not a semantic version/]],
    ['release flagged prerelease', release('v1.3.0', true), {}, [/"v1.3.0" is marked as a pre-release/]],
    ['build metadata', tagPush('v1.2.3+build.5'), {}, [/Build metadata .*"1.2.3"/]],
    ['unknown default branch', pushNoDefault('main'), {}, [/default branch is not known/]],
    ['sanitised extra tag', push('main'), { extraTags: ['a b'] }, [/'tags' input "a b".*"a-b"/]],
    ['branch named latest', push('latest'), {}, [/overwrite 'latest'/]]
  ] as Array<[string, TagFacts, TagOptions, RegExp[]]>)('warning: %s', (_name, facts, options, expected) => {
    const { warnings } = computeTags(facts, options);
    expect(warnings).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(warnings[i]).toMatch(re));
  });

  test('back-port within a major warns for each floating tag withheld', () => {
    const { warnings } = computeTags(tagPush('v1.4.9'), { knownVersions: ['v1.5.0', 'v2.0.0'] });
    expect(warnings).toEqual([
      `Tag "1" is not moved to 1.4.9: v1.5.0 is a higher version (a back-port does not move it).`,
      `Tag "latest" is not moved to 1.4.9: v2.0.0 is a higher version (a back-port does not move it).`
    ]);
  });

  test('the long-branch tag is deterministic, 128 characters, and differs for another long branch', () => {
    const a = computeTags(push(LONG_BRANCH)).tags[0];
    expect(computeTags(push(LONG_BRANCH)).tags[0]).toBe(a);
    expect(a).toHaveLength(128);
    expect(a).toMatch(/-[0-9a-f]{7}$/);
    const other = computeTags(push('feature/' + 'x'.repeat(131) + 'y')).tags[0];
    expect(other).toHaveLength(128);
    expect(other).not.toBe(a);
  });

  test('a commit that is not a sha gives no sha- tag and a warning', () => {
    const plan = computeTags({ eventName: 'push', refKind: 'branch', branch: 'main', sha: '', defaultBranch: 'main' });
    expect(plan.tags).toEqual(['main', 'latest']);
    expect(plan.warnings).toEqual([`Commit "" is not a git sha: the image gets no 'sha-' tag.`]);
  });

  test('no tag at all gives an empty version', () => {
    const plan = computeTags({ eventName: 'repository_dispatch', refKind: 'other', sha: 'nope' });
    expect(plan.tags).toEqual([]);
    expect(plan.version).toBe('');
    expect(plan.latest).toBe(false);
  });

  test('upper-case sha is lower-cased', () => {
    expect(computeTags({ eventName: 'schedule', refKind: 'other', sha: SHA.toUpperCase() }).tags).toEqual([S]);
  });
});

describe('sanitizeTag', () => {
  // prettier-ignore
  test.each([
    ['main', 'main', false],
    ['feature/x', 'feature-x', true],
    ['feature//x', 'feature-x', true],
    ['x;$(touch pwned)', 'x-touch-pwned-', true],
    ['-hotfix', 'hotfix', true],
    ['..x', 'x', true],
    ['_ok', '_ok', false],
    ['a.b-c_D', 'a.b-c_D', false],
    ['tab\there', 'tab-here', true],
    ['emoji😀x', 'emoji-x', true],
    ['///', '', true],
    ['', '', false],
    ['a'.repeat(128), 'a'.repeat(128), false],
    ['a'.repeat(129), 'a'.repeat(120) + '-c12cb02', true]
  ])('%j → %j', (raw, tag, changed) => {
    expect(sanitizeTag(raw)).toEqual({ tag, changed });
  });

  test('any input gives a docker tag or the empty string', () => {
    // Deterministic pseudo-random strings over a mix of valid, invalid and non-ASCII characters.
    const alphabet = 'aZ09_.-/ :;$()@+~^?*[]\\\u00e9\u4e2d\n\t';
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 500; i++) {
      const length = next() % 200;
      let raw = '';
      for (let j = 0; j < length; j++) raw += alphabet[next() % alphabet.length];
      const { tag } = sanitizeTag(raw);
      if (tag !== '') expect(tag).toMatch(DOCKER_TAG_PATTERN);
    }
  });
});

describe('shortSha', () => {
  test('first 7 characters', () => {
    expect(shortSha(SHA)).toBe('1111111');
    expect(shortSha('abc')).toBe('abc');
  });
});
