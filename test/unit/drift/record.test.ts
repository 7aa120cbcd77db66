/** The deploy record and the drift by name: table-tested, pure. */
import { describe, expect, test } from '@jest/globals';
import { compareWithRecord, driftBetween, parseRecord, recordOf, type DeployRecord, type Item } from '../../../src/drift/record.js';
import { recordFromTags, recordTags } from '../../../src/drift/tags.js';
import { functionAppDrift, checkDrift, driftLine } from '../../../src/targets/functionapp/drift.js';

const SALT = 'AbCdEf12';
const s = (name: string, value: string): Item => ({ kind: 'setting', name, value });
const record = (items: Item[]) => parseRecord(recordOf(items, SALT)) as DeployRecord;
const names = (refs: Array<{ name: string }>) => refs.map((r) => r.name);

describe('recordOf / driftBetween', () => {
  const applied = [s('A', 'one'), s('B', 'two'), s('SECRET', 'Password=hunter2;')];
  test.each([
    ['nothing changed', applied, [], { changed: [], added: [], removed: [], removedUnnamed: 0 }],
    ['a value changed', [s('A', 'one!'), s('B', 'two'), s('SECRET', 'Password=hunter2;')], [], { changed: ['A'], added: [], removed: [], removedUnnamed: 0 }],
    ['a setting added', [...applied, s('C', 'x')], [], { changed: [], added: ['C'], removed: [], removedUnnamed: 0 }],
    [
      'a setting removed, named by the run',
      [s('A', 'one'), s('SECRET', 'Password=hunter2;')],
      [{ kind: 'setting', name: 'B' }],
      { changed: [], added: [], removed: ['B'], removedUnnamed: 0 }
    ],
    [
      'a setting removed, unknown to the run',
      [s('A', 'one'), s('SECRET', 'Password=hunter2;')],
      [],
      { changed: [], added: [], removed: [], removedUnnamed: 1 }
    ],
    [
      'same name, other kind: not the same item',
      [s('A', 'one'), s('B', 'two'), { kind: 'config', name: 'SECRET', value: 'Password=hunter2;' }],
      [],
      { changed: [], added: ['SECRET'], removed: [], removedUnnamed: 1 }
    ]
  ])('%s', (_what, current, known, expected) => {
    const d = driftBetween(record(applied), current, known as never);
    expect({ changed: names(d.changed), added: names(d.added), removed: names(d.removed), removedUnnamed: d.removedUnnamed }).toEqual(expected);
  });

  test('holds no value and no name in clear, and 8 characters an entry', () => {
    const text = recordOf(applied, SALT);
    for (const x of ['one', 'two', 'hunter2', 'SECRET', 'Password']) expect(text).not.toContain(x);
    expect(text).toMatch(/^v1\.AbCdEf12\.3\.[A-Za-z0-9_-]{24}$/);
  });

  test('another salt gives other hashes for the same items', () => {
    expect(recordOf(applied, 'zzzzzzzz').slice(14)).not.toBe(recordOf(applied, SALT).slice(14));
  });

  test.each([
    [undefined, { state: 'no-record' }],
    ['', { state: 'no-record' }],
    ['v2.AbCdEf12.0.', { state: 'unreadable', why: 'it has version v2, not v1' }],
    ['v1.AbCdEf12.2.abcdefgh', { state: 'unreadable', why: 'it says 2 entries and holds 1 (a part of it is missing)' }],
    ['garbage', { state: 'unreadable', why: 'it is not in the expected form' }]
  ])('record %j → %j', (text, expected) => {
    expect(compareWithRecord(text, [])).toEqual(expected);
  });
});

describe('the record in tags', () => {
  const long = recordOf(
    Array.from({ length: 70 }, (_, k) => s(`S${k}`, `v${k}`)),
    SALT
  );
  test('split in parts of at most 256 characters, joined back the same', () => {
    const t = recordTags(long, { owner: 'team-a' });
    if (!t.ok) throw new Error(t.why);
    expect(Object.keys(t.tags)).toEqual(['deploy-record-0', 'deploy-record-1', 'deploy-record-2']);
    for (const v of Object.values(t.tags)) expect(v.length).toBeLessThanOrEqual(256);
    expect(recordFromTags({ owner: 'team-a', ...t.tags })).toBe(long);
  });
  test('a shorter record deletes the parts of the longer one before it', () => {
    const t = recordTags(recordOf([s('A', '1')], SALT), { 'deploy-record-0': 'x', 'deploy-record-1': 'y', 'deploy-record-2': 'z' });
    expect(t).toMatchObject({ ok: true, stale: ['deploy-record-1', 'deploy-record-2'] });
  });
  test('refused when the resource has too many other tags (ARM allows 50)', () => {
    const others = Object.fromEntries(Array.from({ length: 49 }, (_, k) => [`t${k}`, 'v']));
    expect(recordTags(long, others)).toEqual({ ok: false, why: 'the resource has 49 other tags, and ARM allows 50 in all (the record needs 3)' });
  });
  test('refused when the record needs more than 8 tags', () => {
    const huge = recordOf(
      Array.from({ length: 300 }, (_, k) => s(`S${k}`, 'v')),
      SALT
    );
    expect(recordTags(huge, {})).toMatchObject({ ok: false });
  });
});

describe('functionapp: drift and what the deploy overwrites', () => {
  const lastDeploy = { A: '1', B: '2', KEEP: 'k' };
  const config = { linuxFxVersion: 'DOCKER|r/x@sha256:aa', acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: 'id' };
  const tagsOf = (settings: Record<string, string>, c = config) => {
    const t = recordTags(
      recordOf(
        [
          ...Object.entries(settings).map(([n, v]) => s(n, v)),
          ...['linuxFxVersion', 'acrUseManagedIdentityCreds', 'acrUserManagedIdentityID'].map((n) => ({
            kind: 'config',
            name: n,
            value: n === 'linuxFxVersion' ? c.linuxFxVersion.toLowerCase() : String((c as Record<string, unknown>)[n])
          }))
        ],
        SALT
      ),
      {}
    );
    return t.ok ? t.tags : {};
  };
  test.each([
    [
      'changed and written again: overwritten',
      { A: 'portal', B: '2', KEEP: 'k' },
      { A: '1', B: '2', KEEP: 'k' },
      {},
      [{ kind: 'setting', name: 'A', change: 'changed', overwritten: true }]
    ],
    [
      'changed, not named by the inputs: kept',
      { A: '1', B: '2', KEEP: 'portal' },
      { A: '1', B: '2', KEEP: 'portal' },
      {},
      [{ kind: 'setting', name: 'KEEP', change: 'changed', overwritten: false }]
    ],
    [
      'added in the portal, kept',
      { ...lastDeploy, NEW: 'x' },
      { ...lastDeploy, NEW: 'x' },
      {},
      [{ kind: 'setting', name: 'NEW', change: 'added', overwritten: false }]
    ],
    [
      'removed in the portal, set again by the inputs',
      { A: '1', KEEP: 'k' },
      lastDeploy,
      {},
      [{ kind: 'setting', name: 'B', change: 'removed', overwritten: true }]
    ],
    [
      'the image changed in the portal and is patched',
      lastDeploy,
      lastDeploy,
      { linuxFxVersion: 'DOCKER|r/x@sha256:bb' },
      [{ kind: 'config', name: 'linuxFxVersion', change: 'changed', overwritten: true }]
    ]
  ])('%s', (_what, before, after, patch, expected) => {
    const configBefore = 'linuxFxVersion' in patch ? { ...config, linuxFxVersion: 'DOCKER|r/x@sha256:cc' } : config;
    const d = functionAppDrift({ tags: tagsOf(lastDeploy), settingsBefore: before, settingsAfter: after, configBefore, configPatch: patch });
    expect(d).toEqual({ state: 'compared', entries: expected, removedUnnamed: 0 });
  });

  test('on-drift: fail stops a deploy that overwrites; a plan, warn, or kept drift never stops', () => {
    const over = functionAppDrift({
      tags: tagsOf(lastDeploy),
      settingsBefore: { ...lastDeploy, A: 'portal' },
      settingsAfter: lastDeploy,
      configBefore: config,
      configPatch: {}
    });
    const kept = functionAppDrift({
      tags: tagsOf(lastDeploy),
      settingsBefore: { ...lastDeploy, KEEP: 'p' },
      settingsAfter: { ...lastDeploy, KEEP: 'p' },
      configBefore: config,
      configPatch: {}
    });
    expect(() => checkDrift(over, 'fail', 'deploy', 'production of app')).toThrow(/would overwrite: app setting A \(changed\)\. Nothing was written/);
    expect(() => checkDrift(over, 'fail', 'plan', 'production of app')).not.toThrow();
    expect(() => checkDrift(over, 'warn', 'deploy', 'production of app')).not.toThrow();
    expect(() => checkDrift(kept, 'fail', 'deploy', 'production of app')).not.toThrow();
    expect(driftLine(over, 'production of app')).not.toContain('portal');
  });

  test('no record yet: not drift', () => {
    const d = functionAppDrift({ tags: { owner: 'x' }, settingsBefore: lastDeploy, settingsAfter: lastDeploy, configBefore: config, configPatch: {} });
    expect(d).toEqual({ state: 'no-record' });
    expect(driftLine(d, 'production of app')).toMatch(/no record yet/);
  });
});
