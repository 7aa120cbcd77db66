/**
 * Event text is escaped before it reaches the log, an annotation or the summary: no value can put
 * a workflow command on a line of its own (`::…::`) or anywhere in one (`##[…]`).
 */
import { describe, expect, test } from '@jest/globals';
import { mdCode, mdText, untrusted } from '../../../src/report/escape.js';

/** What the runner would read as a command in a log line (V2 `::` after blanks; legacy `##[` anywhere). */
const commandLines = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['));

describe('untrusted(): event text in the log', () => {
  test.each([
    ['main\n::stop-commands::x', 'main\\n::stop-commands::x'],
    ['v1.0.0\r\n::error::forged', 'v1.0.0\\r\\n::error::forged'],
    ['::add-mask::x', '\\::add-mask::x'],
    ['  ::warning::x', '  \\::warning::x'],
    ['a ##[error]forged', 'a ##\\[error]forged'],
    ['tab\there', 'tab\\there'],
    ['esc\u001b[31mred', 'esc\\u001b[31mred'],
    ['ls\u2028::error::x', 'ls\\u2028::error::x'],
    ['feature/login-page', 'feature/login-page'],
    ['v1.2.3', 'v1.2.3']
  ])('%j → %j', (value, shown) => {
    expect(untrusted(value)).toBe(shown);
    expect(commandLines(untrusted(value))).toEqual([]);
    // wherever it stands in a line
    expect(commandLines(`Event → deploy (branch ${untrusted(value)})`)).toEqual([]);
  });

  test('is idempotent (a value escaped twice reads the same)', () => {
    const once = untrusted('x\n::stop-commands::y ##[error]z');
    expect(untrusted(once)).toBe(once);
  });
});

describe('mdText() / mdCode(): event text in the job summary', () => {
  test('a value cannot break the table, start HTML, a link or a command line', () => {
    const evil = 'x | y\n::error::forged <img src=x onerror=alert(1)> [click](https://evil.example) &lt;';
    for (const out of [mdText(evil), mdCode(evil)]) {
      expect(out).not.toMatch(/\n/);
      expect(out).not.toMatch(/<img/);
      expect(commandLines(out)).toEqual([]);
    }
    expect(mdText(evil)).toContain('\\[click\\]');
    expect(mdText(evil)).toContain('&amp;lt;');
    expect(mdCode(evil)).toMatch(/^<code>.*<\/code>$/);
    expect(mdCode(evil)).toContain('&#124;');
    expect(mdCode(evil)).not.toContain('|');
    expect(mdText(evil)).not.toMatch(/(^|[^\\])\|/);
  });

  test('plain names stay as they are', () => {
    expect(mdCode('contoso.azurecr.io/app@sha256:abc')).toBe('<code>contoso.azurecr.io/app@sha256:abc</code>');
    expect(mdText('deploy (branch main)')).toBe('deploy (branch main)');
  });
});
