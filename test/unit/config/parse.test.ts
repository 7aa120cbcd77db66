import { describe, expect, test } from '@jest/globals';
import { parseDuration, parseKeyValueLines, parseList, parseSettings, parseBool } from '../../../src/config/parse.js';

const raw = (value: string, secret = false) => ({ name: 'x', value, secret });

describe('durations', () => {
  test.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['45', 45_000],
    ['1.5m', 90_000],
    ['2h', 7_200_000]
  ])('%s → %i ms', (text, ms) => expect(parseDuration(raw(text))).toBe(ms));
  test.each(['10 minutes', '-5s', 'm10', '1w', 'PT10M'])('%s is refused', (text) => expect(() => parseDuration(raw(text))).toThrow(/not a duration/));
  test('empty is unset', () => expect(parseDuration(raw(' '))).toBeUndefined());
  test('days: 7d and 1d12h (max-preview-age)', () => {
    expect(parseDuration(raw('7d'))).toBe(7 * 86_400_000);
    expect(parseDuration(raw('1d12h'))).toBe(36 * 3_600_000);
  });
});

describe('lists', () => {
  test('lines, commas, comments and blanks', () => expect(parseList(raw('a, b\n\n# c\n d \n'))).toEqual(['a', 'b', 'd']));
  test('without commas', () => expect(parseList(raw('a,b\nc'), { commas: false })).toEqual(['a,b', 'c']));
});

describe('KEY=VALUE lines', () => {
  const re = /^[A-Za-z_]\w*$/;
  test.each([
    ['A=1', [['A', '1']]],
    ['A = spaced ', [['A', 'spaced']]],
    ['A="quoted # not a comment"', [['A', 'quoted # not a comment']]],
    ["A='single'", [['A', 'single']]],
    ['A="line1\nline2"', [['A', 'line1\nline2']]],
    ['A="esc \\"q\\" \\\\ \\n"', [['A', 'esc "q" \\ \n']]],
    ['A=x=y=z', [['A', 'x=y=z']]],
    ['# only a comment\n\nB=', [['B', '']]]
  ])('%j', (text, expected) => expect(parseKeyValueLines(raw(text), re, 'names')).toEqual(expected));
  test('an error never quotes a value', () => {
    expect(() => parseKeyValueLines(raw('no-equals-hunter2', true), re, 'names')).toThrow(/line 1 is not KEY=VALUE/);
    try {
      parseKeyValueLines(raw('no-equals-hunter2', true), re, 'names');
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });
});

describe('settings', () => {
  const re = /^[A-Za-z_][\w.-]*$/;
  test.each([
    [
      'lines',
      'A=1\nB=two',
      [
        { name: 'A', value: '1' },
        { name: 'B', value: 'two' }
      ]
    ],
    [
      'JSON object',
      '{"A":"1","B":2,"C":false,"D":null}',
      [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
        { name: 'C', value: 'false' },
        { name: 'D', value: '' }
      ]
    ],
    [
      'YAML mapping',
      'A: one\nB: "2"\n',
      [
        { name: 'A', value: 'one' },
        { name: 'B', value: '2' }
      ]
    ],
    ['az CLI list', '[{"name":"A","value":"1","slotSetting":true}]', [{ name: 'A', value: '1', sticky: true }]],
    ['later wins', 'A=1\nA=2', [{ name: 'A', value: '2' }]],
    ['URL value in lines is not YAML', 'URL=https://x.example/a?b=c', [{ name: 'URL', value: 'https://x.example/a?b=c' }]]
  ])('%s', (_n, text, expected) => expect(parseSettings(raw(text), re, 'names')).toEqual(expected));
});

describe('booleans', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['', true]
  ])('%j', (t, v) => expect(parseBool(raw(t), true)).toBe(v));
  test.each(['yes', '1', 'on'])('%j refused', (t) => expect(() => parseBool(raw(t), true)).toThrow(/not a boolean/));
});
