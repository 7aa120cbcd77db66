/**
 * The one masking path. `secret()` registers a value with the runner (core.setSecret, so the log
 * shows ***) and with this process, so that the action itself redacts it from anything it prints
 * or writes — docker's build output included (BuildKit echoes expanded ARG values in RUN lines),
 * and files and summaries the runner does not mask.
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
