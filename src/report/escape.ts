/**
 * Text from the event — branch, tag, release and pull-request fields, workflow_dispatch inputs,
 * repository description — is not trusted as text. The runner reads every stdout line that starts
 * with `::` (after blanks) as a workflow command, and `##[name]` anywhere in a line as a legacy one:
 * a branch `main\n::stop-commands::x` would switch off command processing, and with it the masking
 * of every later secret. `untrusted()` is the one function that makes such text safe to print in
 * the log or an annotation; `mdText()` and `mdCode()` build on it for the job summary and comments.
 */

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Line breaks and every other control character become visible escapes (`\n`, `\u001b`), so the
 * text stays on its line; `##[` becomes `##\[` and a leading `::` becomes `\::`, so no part of it
 * can be read as a command wherever it stands in a line.
 */
export function untrusted(value: string): string {
  return (
    String(value)
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/##\[/g, '##\\[')
      .replace(/^(\s*):/, '$1\\:')
  );
}

/** Untrusted text as Markdown text in a table cell or a paragraph: no line break, table cell, link, HTML or emphasis it can start. */
export function mdText(value: string): string {
  return untrusted(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|\\`*_[\]~]/g, (c) => `\\${c}`);
}

/** Untrusted text in `<code>` (HTML, so Markdown is not interpreted inside; `|` as an entity so a table cell holds). */
export function mdCode(value: string): string {
  const html = untrusted(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
  return `<code>${html}</code>`;
}
