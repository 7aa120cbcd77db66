/**
 * Parsers for the shapes of action inputs: booleans, enums, durations, integers, lists,
 * `KEY=VALUE` lines, settings objects. Each throws InputError naming the input, the value
 * (or `***` when the input is secret) and the accepted forms. Pure: no environment, no I/O.
 */
import { load as loadYaml } from 'js-yaml';
import { InputError } from '../util/errors.js';

export interface Raw {
  name: string;
  value: string;
  secret?: boolean;
}

/** How a value appears in an error message. */
export function shown(raw: Raw, value = raw.value): string {
  return raw.secret ? '***' : JSON.stringify(value);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
export function parseBool(raw: Raw, fallback: boolean): boolean {
  const v = raw.value.trim();
  if (v === '') return fallback;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(raw.name, `${shown(raw)} is not a boolean.`, 'Accepted: true or false.');
}

/** One of a closed set, matched case-insensitively, returned in its canonical spelling. */
export function parseEnum<T extends string>(raw: Raw, allowed: readonly T[]): T | undefined {
  const v = raw.value.trim();
  if (v === '') return undefined;
  const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (found === undefined) {
    throw new InputError(raw.name, `${shown(raw)} is not accepted.`, `Accepted: ${allowed.join(', ')}.`);
  }
  return found;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `10m`, `1h30m`, `500ms`, `7d`, or a bare number of seconds. Returns milliseconds. */
export function parseDuration(raw: Raw, opts: { min?: number; max?: number } = {}): number | undefined {
  const v = raw.value.trim();
  if (v === '') return undefined;
  let ms: number | undefined;
  if (/^\d+(\.\d+)?$/.test(v)) {
    ms = Math.round(Number(v) * 1000);
  } else if (/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(v)) {
    ms = 0;
    for (const part of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) ms += Number(part[1]) * UNIT_MS[part[2]];
    ms = Math.round(ms);
  }
  const hint = 'Accepted: a number of seconds or a duration such as 90s, 10m, 1h30m, 7d.';
  if (ms === undefined) throw new InputError(raw.name, `${shown(raw)} is not a duration.`, hint);
  if (opts.min !== undefined && ms < opts.min) {
    throw new InputError(raw.name, `${shown(raw)} is shorter than ${opts.min / 1000}s.`, hint);
  }
  if (opts.max !== undefined && ms > opts.max) {
    throw new InputError(raw.name, `${shown(raw)} is longer than ${opts.max / 1000}s.`, hint);
  }
  return ms;
}

/** A whole number within bounds. */
export function parseInteger(raw: Raw, opts: { min?: number; max?: number } = {}): number | undefined {
  const v = raw.value.trim();
  if (v === '') return undefined;
  const bounds = `a whole number${opts.min !== undefined ? ` ≥ ${opts.min}` : ''}${opts.max !== undefined ? ` ≤ ${opts.max}` : ''}`;
  if (!/^-?\d+$/.test(v)) throw new InputError(raw.name, `${shown(raw)} is not a whole number.`, `Accepted: ${bounds}.`);
  const n = Number(v);
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    throw new InputError(raw.name, `${shown(raw)} is out of range.`, `Accepted: ${bounds}.`);
  }
  return n;
}

/** A list: one item per line (and, unless `commas` is false, per comma); `#` comment lines and blanks dropped. */
export function parseList(raw: Raw, opts: { commas?: boolean } = {}): string[] {
  const items: string[] = [];
  for (const line of raw.value.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    for (const part of opts.commas === false ? [t] : t.split(',')) {
      const p = part.trim();
      if (p !== '') items.push(p);
    }
  }
  return items;
}

/**
 * `KEY=VALUE` lines. `#` lines and blanks are skipped; a value may be wrapped in single or double
 * quotes; a double-quoted value may span lines and understands \n, \t, \" and \\ escapes.
 * The split is on the first `=`, so values may contain `=`.
 */
export function parseKeyValueLines(raw: Raw, keyPattern: RegExp, keyForms: string): Array<[string, string]> {
  const lines = raw.value.split(/\r?\n/);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const lineNo = i + 1;
    if (eq <= 0) {
      // Never echo the line: it may hold a value.
      throw new InputError(
        raw.name,
        `line ${lineNo} is not KEY=VALUE.`,
        `Accepted: one KEY=VALUE per line, where KEY is ${keyForms}; # starts a comment line.`
      );
    }
    const key = line.slice(0, eq).trim();
    if (!keyPattern.test(key)) {
      throw new InputError(raw.name, `line ${lineNo}: ${JSON.stringify(key)} is not a valid name.`, `Accepted names: ${keyForms}.`);
    }
    let value = line.slice(eq + 1).trim();
    if (value.startsWith('"')) {
      let text = value.slice(1);
      while (!endsWithUnescapedQuote(text)) {
        i++;
        if (i >= lines.length) {
          throw new InputError(raw.name, `line ${lineNo}: the quoted value of ${key} is not closed.`, 'Close the value with a double quote.');
        }
        text += '\n' + lines[i];
      }
      value = unescapeDouble(text.replace(/\s*$/, '').slice(0, -1));
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1);
    }
    out.push([key, value]);
  }
  return out;
}

function endsWithUnescapedQuote(text: string): boolean {
  const t = text.replace(/\s*$/, '');
  if (!t.endsWith('"')) return false;
  let backslashes = 0;
  for (let j = t.length - 2; j >= 0 && t[j] === '\\'; j--) backslashes++;
  return backslashes % 2 === 0;
}

function unescapeDouble(s: string): string {
  return s.replace(/\\(["\\nt])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

export interface Setting {
  name: string;
  value: string;
  /** true when the input marked it sticky (the az CLI's `slotSetting`). */
  sticky?: boolean;
}

/**
 * App settings as `KEY=VALUE` lines, a JSON object, a YAML mapping, or the JSON array the az CLI
 * prints (`[{"name","value","slotSetting"}]`). Scalar values are turned into strings; nested
 * objects are refused. Errors never quote a value.
 */
export function parseSettings(raw: Raw, keyPattern: RegExp, keyForms: string): Setting[] {
  const text = raw.value.trim();
  if (text === '') return [];
  const forms = `KEY=VALUE lines, a JSON object, a YAML mapping, or [{"name","value","slotSetting"}]`;
  if (
    text.startsWith('{') ||
    text.startsWith('[') ||
    /^[A-Za-z_][\w.-]*\s*:\s/m.test(text.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith('#')) ?? '')
  ) {
    let doc: unknown;
    try {
      doc = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : loadYaml(text);
    } catch {
      try {
        doc = loadYaml(text);
      } catch {
        throw new InputError(raw.name, 'is neither valid JSON nor valid YAML.', `Accepted: ${forms}.`);
      }
    }
    const settings: Setting[] = [];
    const add = (name: unknown, value: unknown, sticky?: unknown) => {
      if (typeof name !== 'string' || !keyPattern.test(name)) {
        throw new InputError(raw.name, `${JSON.stringify(String(name))} is not a valid setting name.`, `Accepted names: ${keyForms}.`);
      }
      if (value !== null && typeof value === 'object') {
        throw new InputError(raw.name, `the value of ${name} is an object or list.`, 'Values must be strings, numbers or booleans.');
      }
      settings.push({ name, value: value === null || value === undefined ? '' : String(value), ...(sticky === true ? { sticky: true } : {}) });
    };
    if (Array.isArray(doc)) {
      for (const item of doc) {
        if (!item || typeof item !== 'object' || !('name' in item)) {
          throw new InputError(raw.name, 'a list entry has no "name".', `Accepted: ${forms}.`);
        }
        const rec = item as Record<string, unknown>;
        add(rec.name, rec.value, rec.slotSetting);
      }
    } else if (doc && typeof doc === 'object') {
      for (const [k, v] of Object.entries(doc as Record<string, unknown>)) add(k, v);
    } else {
      throw new InputError(raw.name, 'is not a mapping of names to values.', `Accepted: ${forms}.`);
    }
    return dedupe(settings);
  }
  return dedupe(parseKeyValueLines(raw, keyPattern, keyForms).map(([name, value]) => ({ name, value })));
}

function dedupe(settings: Setting[]): Setting[] {
  const byName = new Map<string, Setting>();
  for (const s of settings) {
    byName.delete(s.name);
    byName.set(s.name, s);
  }
  return [...byName.values()];
}
