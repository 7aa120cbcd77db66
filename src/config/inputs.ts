/**
 * Reading one input: its raw text, trimmed, matched against a pattern, as a GUID or an https URL.
 * Secret inputs are handed to `mask` the moment they are read, before anything can print them.
 */
import { InputError } from '../util/errors.js';
import { shown, type Raw } from './parse.js';

/** Reads one input's raw text ('' when unset). config/index.ts passes core.getInput. */
export type InputReader = (name: string) => string;
/** Registers a secret value so that no later log line can show it. config/index.ts passes the masking path (report/mask.ts). */
export type Masker = (value: string) => void;

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export { GUID_RE };

/** Values too plain to be secrets; masking them would blank every `true` in the log. */
export function maskable(value: string): boolean {
  return value.length >= 3 && !['true', 'false', 'True', 'False', 'null'].includes(value);
}

export interface Inputs {
  read: InputReader;
  mask: Masker;
  raw(name: string, secret?: boolean, maskAll?: boolean): Raw;
  str(name: string, secret?: boolean): string | undefined;
  matching(name: string, re: RegExp, forms: string, secret?: boolean): string | undefined;
  guid(name: string): string | undefined;
  httpsUrl(name: string): string | undefined;
}

export function inputs(read: InputReader, mask: Masker): Inputs {
  // maskAll: the whole value and each line (secret inputs); settings-like inputs are masked per value by maskSetting.
  const raw = (name: string, secret = false, maskAll = secret): Raw => {
    const value = read(name) ?? '';
    if (maskAll && value !== '') {
      const parts = new Set([
        value,
        ...value
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(maskable)
      ]);
      for (const p of parts) mask(p);
    }
    return { name, value, ...(secret ? { secret: true } : {}) };
  };
  const str = (name: string, secret = false): string | undefined => {
    const v = raw(name, secret).value.trim();
    return v === '' ? undefined : v;
  };
  const matching = (name: string, re: RegExp, forms: string, secret = false): string | undefined => {
    const r = raw(name, secret);
    const v = r.value.trim();
    if (v === '') return undefined;
    if (!re.test(v)) throw new InputError(name, `${shown(r, v)} is not valid.`, `Accepted: ${forms}.`);
    return v;
  };
  const guid = (name: string) => matching(name, GUID_RE, 'a GUID such as 00000000-0000-0000-0000-000000000000');
  const httpsUrl = (name: string): string | undefined => {
    const v = str(name);
    if (v === undefined) return undefined;
    let u: URL | undefined;
    try {
      u = new URL(v);
    } catch {
      u = undefined;
    }
    if (!u || u.protocol !== 'https:')
      throw new InputError(name, `${JSON.stringify(v)} is not an https:// URL.`, 'Accepted: an https URL such as https://management.azure.com.');
    return v.replace(/\/+$/, '');
  };
  return { read, mask, raw, str, matching, guid, httpsUrl };
}
