/** decideCleanup: which previews a cleanup removes and why, from their pull requests' states, the time and max-preview-age. */
import { describe, expect, test } from '@jest/globals';
import { cleanupSummary, decideCleanup, humanDuration } from '../../../src/run/cleanup.js';
import type { Preview } from '../../../src/targets/target.js';

const NOW = new Date('2025-06-10T12:00:00Z');
const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const preview = (pr: number, lastDeployed?: string): Preview => ({ pr, instance: `func/pr-${pr}`, ...(lastDeployed ? { lastDeployed } : {}) });
type S = { state: 'open' | 'closed' | 'gone'; merged?: boolean };

// [row, preview, PR state (undefined: not known), max-preview-age, removed?, reason]
const ROWS: Array<[string, Preview, S | undefined, number | undefined, boolean, RegExp]> = [
  ['closed', preview(1, ago(DAY)), { state: 'closed' }, undefined, true, /#1 is closed/],
  ['merged', preview(1), { state: 'closed', merged: true }, undefined, true, /#1 is merged/],
  ['gone (404)', preview(2), { state: 'gone' }, undefined, true, /#2 does not exist \(404\)/],
  ['open, no max age', preview(3, ago(90 * DAY)), { state: 'open' }, undefined, false, /#3 is open$/],
  ['open, older than max age', preview(3, ago(8 * DAY)), { state: 'open' }, 7 * DAY, true, /not deployed to for 8d, longer than max-preview-age 7d/],
  ['open, younger than max age', preview(3, ago(2 * DAY)), { state: 'open' }, 7 * DAY, false, /last deployed 2d ago \(max-preview-age 7d\)/],
  ['open, exactly at max age', preview(3, ago(7 * DAY)), { state: 'open' }, 7 * DAY, false, /last deployed 7d ago/],
  ['open, last deploy unknown', preview(3), { state: 'open' }, 7 * DAY, false, /not known, so max-preview-age does not apply/],
  ['open, last deploy unparsable', { pr: 3, instance: 'x', lastDeployed: 'yesterday' }, { state: 'open' }, DAY, false, /not known/],
  ['state not known', preview(4), undefined, DAY, false, /state of pull request #4 is not known/]
];

describe('decideCleanup', () => {
  test.each(ROWS)('%s', (_row, p, state, maxAge, removed, reason) => {
    const states = new Map(state ? [[p.pr, state]] : []);
    const d = decideCleanup([p], states, NOW, maxAge);
    const [item] = removed ? d.removed : d.kept;
    expect([d.removed.length, d.kept.length]).toEqual(removed ? [1, 0] : [0, 1]);
    expect(item.reason).toMatch(reason);
    expect(item).toMatchObject({ pr: p.pr, instance: p.instance, state: state?.state ?? 'unknown' });
  });

  test('several previews: sorted by pull request, each in one list', () => {
    const d = decideCleanup(
      [preview(7), preview(2), preview(5)],
      new Map<number, S>([
        [2, { state: 'closed' }],
        [5, { state: 'open' }],
        [7, { state: 'gone' }]
      ]),
      NOW
    );
    expect(d.removed.map((i) => i.pr)).toEqual([2, 7]);
    expect(d.kept.map((i) => i.pr)).toEqual([5]);
  });
});

describe('the summary section', () => {
  const d = decideCleanup(
    [preview(1), preview(2)],
    new Map<number, S>([
      [1, { state: 'closed' }],
      [2, { state: 'open' }]
    ]),
    NOW
  );
  test('says what was removed and kept, and why', () => {
    const md = cleanupSummary(d, { planOnly: false });
    expect(md).toContain('1 removed, 1 kept.');
    expect(md).toMatch(/\| #1 \| <code>func\/pr-1<\/code> \| removed \| pull request #1 is closed \|/);
    expect(md).toMatch(/\| #2 \| <code>func\/pr-2<\/code> \| kept \| pull request #2 is open \|/);
  });
  test('plan: would be removed, nothing removed', () => {
    const md = cleanupSummary(d, { planOnly: true });
    expect(md).toContain('mode plan: nothing was removed.');
    expect(md).toContain('| would be removed |');
  });
  test('a failed removal is shown as failed', () => {
    expect(cleanupSummary(d, { planOnly: false, failed: [{ pr: 1, error: 'boom' }] })).toContain('removal FAILED: boom');
  });
  test('no previews', () => expect(cleanupSummary({ removed: [], kept: [] }, { planOnly: false })).toContain('No previews found.'));
});

test('humanDuration', () => {
  expect([humanDuration(3 * DAY + 4 * 3_600_000), humanDuration(5 * 3_600_000), humanDuration(12 * 60_000)]).toEqual(['3d 4h', '5h', '12m']);
});
