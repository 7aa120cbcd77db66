import { describe, expect, test } from '@jest/globals';
import { computeLabels, type LabelInput, type RepoFacts } from '../../../src/image/labels.js';

const SHA = '1111111aaaaaaa2222222bbbbbbb3333333ccccc';
const COMMIT_TIME = '2020-01-10T00:30:00Z';
const REPO: RepoFacts = {
  name: 'myapp',
  fullName: 'contoso/myapp',
  description: 'Contoso function app',
  htmlUrl: 'https://github.com/contoso/myapp',
  license: 'MIT'
};
const base = (over: Partial<LabelInput> = {}): LabelInput => ({ repo: REPO, version: '1.2.3', created: COMMIT_TIME, revision: SHA, ...over });

const FULL = {
  'org.opencontainers.image.created': COMMIT_TIME,
  'org.opencontainers.image.description': 'Contoso function app',
  'org.opencontainers.image.licenses': 'MIT',
  'org.opencontainers.image.revision': SHA,
  'org.opencontainers.image.source': 'https://github.com/contoso/myapp',
  'org.opencontainers.image.title': 'myapp',
  'org.opencontainers.image.url': 'https://github.com/contoso/myapp',
  'org.opencontainers.image.version': '1.2.3'
};

const without = (...keys: string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(FULL).filter(([k]) => !keys.some((key) => k === `org.opencontainers.image.${key}`)));

// prettier-ignore
const rows: Array<{ name: string; input: LabelInput; labels: Record<string, string> }> = [
  { name: 'full repository', input: base(), labels: FULL },
  { name: 'created is the given commit time', input: base({ created: '2019-12-31T23:59:59+01:00' }), labels: { ...FULL, 'org.opencontainers.image.created': '2019-12-31T23:59:59+01:00' } },
  { name: 'missing license omitted', input: base({ repo: { ...REPO, license: undefined } }), labels: without('licenses') },
  { name: 'null license and description omitted', input: base({ repo: { ...REPO, license: null, description: null } }), labels: without('licenses', 'description') },
  { name: 'empty description omitted', input: base({ repo: { ...REPO, description: '' } }), labels: without('description') },
  { name: 'no html url: url and source omitted', input: base({ repo: { ...REPO, htmlUrl: undefined } }), labels: without('url', 'source') },
  { name: 'title from fullName when name is missing', input: base({ repo: { ...REPO, name: undefined } }), labels: FULL },
  { name: 'empty repository facts', input: base({ repo: {} }), labels: without('title', 'description', 'url', 'source', 'licenses') },
  { name: 'empty version omitted', input: base({ version: '' }), labels: without('version') },
  {
    name: 'extra overrides a generated key, last one wins',
    input: base({ extra: [['org.opencontainers.image.title', 'first'], ['org.opencontainers.image.title', 'Contoso App']] }),
    labels: { ...FULL, 'org.opencontainers.image.title': 'Contoso App' }
  },
  {
    name: 'extra keys appended',
    input: base({ extra: [['com.contoso.team', 'payments'], ['a.first', 'x'], ['org.opencontainers.image.vendor', 'Contoso']] }),
    labels: { 'a.first': 'x', 'com.contoso.team': 'payments', ...FULL, 'org.opencontainers.image.vendor': 'Contoso' }
  },
  {
    name: 'extra may restore an omitted key and keep an explicit empty value',
    input: base({ repo: { ...REPO, license: null }, extra: [['org.opencontainers.image.licenses', 'Apache-2.0'], ['z.empty', '']] }),
    labels: { ...FULL, 'org.opencontainers.image.licenses': 'Apache-2.0', 'z.empty': '' }
  }
];

describe('computeLabels', () => {
  test.each(rows)('$name', ({ input, labels }) => {
    const result = computeLabels(input);
    expect(result).toEqual(labels);
    expect(Object.keys(result)).toEqual(Object.keys(labels).sort());
  });

  test('keys are in sorted order', () => {
    const keys = Object.keys(
      computeLabels(
        base({
          extra: [
            ['zzz', '1'],
            ['aaa', '2'],
            ['org.opencontainers.image.authors', 'me']
          ]
        })
      )
    );
    expect(keys).toEqual([
      'aaa',
      'org.opencontainers.image.authors',
      'org.opencontainers.image.created',
      'org.opencontainers.image.description',
      'org.opencontainers.image.licenses',
      'org.opencontainers.image.revision',
      'org.opencontainers.image.source',
      'org.opencontainers.image.title',
      'org.opencontainers.image.url',
      'org.opencontainers.image.version',
      'zzz'
    ]);
  });

  test('the same input gives the same labels (no build time involved)', () => {
    expect(computeLabels(base())).toEqual(computeLabels(base()));
  });

  test('a __proto__ key stays a plain own property', () => {
    const result = computeLabels(base({ extra: [['__proto__', 'x']] }));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(result, '__proto__')).toBe(true);
    expect(Object.keys(result)[0]).toBe('__proto__');
  });
});
