/**
 * The one masking path. `secret()` registers a value with the runner (core.setSecret, so the log
 * shows ***) and with this process, so that the action itself redacts it from anything it prints
 * or writes — docker's build output included (BuildKit echoes expanded ARG values in RUN lines),
 * and files and summaries the runner does not mask.
 *
 * What is masked: every secret input (whole value and each line of it), and every setting value —
 * from the inputs or read back from Azure or a cluster — that `looksSecret` calls a credential by
 * its name or its shape. A mask blanks that text everywhere in the log, so a plain value (`node`,
 * `~4`, `true`, `files`) is never masked unless its name says it is a credential.
 */
import * as core from '@actions/core';

const secrets = new Set<string>();

export function secret(value: string): void {
  if (!value || secrets.has(value)) return;
  secrets.add(value);
  core.setSecret(value);
}

export function redact(text: string): string {
  if (!secrets.size || !text) return text;
  let out = text;
  // Longest first, so a secret that contains another is hidden whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

/**
 * The last word of a setting name says credential: `…_PASSWORD`, `ApiKey`, `…ConnectionString`,
 * `AzureWebJobsStorage`, `…__sas`. Only the last word counts, so `AzureWebJobsSecretStorageType`
 * (a type), `KEY_VAULT_NAME` or `AzureWebJobsStorage__accountName` (names) are not credentials.
 */
const SECRET_LAST_WORD =
  /(KEY|KEYS|SECRET|SECRETS|PASSWORD|PASSWD|TOKEN|TOKENS|CONNECTION|CONNECTIONSTRING|CONNSTR|CONNSTRING|CREDENTIALS|STORAGE|SIGNATURE)$|^(PWD|PASS|SAS|SIG|PAT)$/;
/** Credential parts inside a value: connection-string keys, SAS signatures, URLs with a password, JWTs, PEM keys. */
const SECRET_VALUE =
  /(AccountKey=|SharedAccessKey=|SharedAccessSignature=|Password=|Pwd=|[?&]sig=|ClientSecret=|InstrumentationKey=|:\/\/[^/\s:@]*:[^/\s@]+@|^eyJ[\w-]+\.[\w-]+\.|-----BEGIN [A-Z ]*PRIVATE KEY-----)/i;
/** Values too plain to hide: booleans, numbers, versions (`~4`, `1.2.3`), 1–2 characters. */
const PLAIN = /^(true|false|yes|no|on|off|null|none|~?\d+(\.\d+)*|.{0,2})$/i;
/** Common words (`node`, `dotnet-isolated`, `files`, `production`): never masked by their shape alone. */
const WORD = /^[A-Za-z]+([-_][A-Za-z]+)*$/;

function lastWord(name: string): string {
  // Words are split at `_`, `.`, `-`, `:` and camelCase; `CONNECTION_STRING` counts as one word.
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.:-]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
  const last = words.at(-1) ?? '';
  return last === 'STRING' && words.at(-2) === 'CONNECTION' ? 'CONNECTIONSTRING' : last;
}

/**
 * A setting (from the inputs, or read back from Azure or a cluster) whose value is (or may be) a
 * credential: by its name, by its content, or by its randomness. Plain values are never.
 */
export function looksSecret(name: string, value: string): boolean {
  if (PLAIN.test(value)) return false;
  if (SECRET_LAST_WORD.test(lastWord(name))) return true;
  if (SECRET_VALUE.test(value)) return true;
  if (WORD.test(value)) return false;
  return value.length >= 16 && /^[A-Za-z0-9+/=_.-]+$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** The texts to mask for a credential value: the value and the credential parts inside it (a URL's password, a connection string's key). */
export function secretParts(value: string): string[] {
  const parts = new Set([value]);
  for (const m of value.matchAll(/(?:AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|ClientSecret)=([^;]{3,})/gi)) parts.add(m[1]);
  for (const m of value.matchAll(/:\/\/[^/\s:@]*:([^/\s@]{3,})@/g)) parts.add(m[1]);
  for (const m of value.matchAll(/[?&]sig=([^&\s]{3,})/gi)) parts.add(m[1]);
  return [...parts];
}

/** Masks a setting's value when `looksSecret` says so; `mask` is `secret` unless a test passes its own. */
export function maskSetting(name: string, value: string, mask: (value: string) => void = secret): boolean {
  if (!looksSecret(name, value)) return false;
  for (const p of secretParts(value)) mask(p);
  return true;
}
