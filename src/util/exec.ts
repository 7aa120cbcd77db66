/**
 * The one way the action runs a CLI (docker, kubectl, az, git): `@actions/exec` with an argument
 * array, never a shell, so branch names, PR titles and tags are just bytes in argv. Secrets travel
 * on stdin (`input`) or in the child's environment, never in argv. Output is captured; the
 * `[command]` line and streamed lines reach the log redacted (`report/mask`); a failed command
 * becomes a `CliError` with the redacted tail of what it printed and a hint.
 */
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ActionError } from './errors.js';
import { redact } from '../report/mask.js';
import { untrusted } from '../report/escape.js';

export interface ExecOptions {
  /** Written to the child's stdin (secrets: `docker login --password-stdin`), then stdin is closed. */
  input?: string;
  /** Added to (or, with undefined values, removed from) the inherited environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Copy the child's output to the log line by line as it comes (redacted). */
  stream?: boolean;
  /** Print no `[command]` line (probes). */
  quiet?: boolean;
  /** Give up (and stop the child) after this long: the call then throws. */
  timeoutMs?: number;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSpec {
  /** The name in messages ("docker"). */
  name: string;
  /** What to do when the program cannot be started at all. */
  installHint: string;
  /** Environment every call gets (e.g. DOCKER_CONFIG, KUBECONFIG), read at each call. */
  env?: () => Record<string, string | undefined>;
  /** The error of a non-zero exit (the tool's own class and hints); default a CliError naming the subcommand. */
  fail?: (args: readonly string[], result: ExecResult, hint?: string) => CliError;
}

/** A command that exited non-zero; `detail` is the redacted tail of what it printed. */
export class CliError extends ActionError {
  readonly result: ExecResult;
  readonly detail: string;
  constructor(what: string, result: ExecResult, hint?: string) {
    const detail = outputTail(result, 12);
    super(`${what} failed (exit ${result.code}):\n${detail}`, hint);
    this.name = 'CliError';
    this.result = result;
    this.detail = detail;
  }
}

/** The last `lines` lines of stderr (or stdout when stderr is empty), redacted. */
export function outputTail(result: ExecResult, lines: number): string {
  return redact((result.stderr.trim() || result.stdout.trim()).split(/\r?\n/).slice(-lines).join('\n'));
}

/** One CLI as the tool classes use it: `run` returns the exit code, `ok` throws `CliError` on a non-zero one. */
export class Cli {
  constructor(
    readonly bin: string,
    readonly spec: CliSpec
  ) {}

  /** Runs the command; throws an ActionError only when it cannot be run (missing, timed out). */
  async run(args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
    try {
      return await execArgs(this.bin, args, { ...opts, env: { ...this.spec.env?.(), ...opts.env } });
    } catch (e) {
      throw new ActionError(`Cannot run ${this.spec.name}: ${(e as Error).message}.`, this.spec.installHint);
    }
  }

  /** Runs and throws a CliError on a non-zero exit, with the command's own last words and a hint. */
  async ok(args: readonly string[], opts: ExecOptions & { hint?: string } = {}): Promise<ExecResult> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw this.spec.fail ? this.spec.fail(args, r, opts.hint) : new CliError(`${this.spec.name} ${args[0] ?? ''}`.trim(), r, opts.hint);
    return r;
  }
}

/**
 * Runs `file` with `args` through @actions/exec. Never throws on a non-zero exit (the caller
 * reads `code`); throws when the program cannot be started or does not finish within `timeoutMs`.
 */
export async function execArgs(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) if (v !== undefined) env[k] = v;
  // Arguments may carry event text (labels, tags): escaped so no value can start a workflow command.
  if (!opts.quiet) core.info(redact(`[command]${untrusted(displayCommand(file, args))}`));
  const print = (line: string) => process.stdout.write(redact(line) + '\n');
  const running = getExecOutput(quoteTool(file), [...args], {
    cwd: opts.cwd,
    env,
    // Only when there is something to say: @actions/exec writes stdin with no error handler, so a
    // write to a child that has already exited (EPIPE) would end this process. Without input the
    // child's stdin stays open and unread; none of the commands the action runs reads it then.
    input: opts.input ? Buffer.from(opts.input, 'utf8') : undefined,
    silent: true,
    ignoreReturnCode: true,
    listeners: opts.stream ? { stdline: print, errline: print } : undefined
  }).then(
    (r) => ({ code: r.exitCode ?? 128, stdout: r.stdout, stderr: r.stderr }),
    (e: Error) => {
      throw new Error(/Unable to locate executable file/.test(e.message) ? `${file} was not found on PATH` : e.message);
    }
  );
  if (!opts.timeoutMs) return running;
  const ms = opts.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stopChildren(file, args);
      reject(new Error(`${basename(file)} did not finish within ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined);
  }
}

/**
 * @actions/exec gives no handle on the child, so a timed-out one is found by its parent and argv
 * in /proc (Linux, where the action runs) and sent SIGTERM; elsewhere it is left to finish.
 */
function stopChildren(file: string, args: readonly string[]): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return;
  }
  const want = args.join('\0');
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0$/, '').split('\0');
      if (basename(argv[0]) === basename(file) && argv.slice(1).join('\0') === want) process.kill(Number(pid), 'SIGTERM');
    } catch {
      // gone already, or not ours to read
    }
  }
}

/** @actions/exec splits its first argument on spaces unless quoted: the tool path is quoted. */
function quoteTool(file: string): string {
  if (file.includes('"')) throw new Error(`the program path ${file} contains a double quote`);
  return `"${file}"`;
}

/** How a command line is shown in the log: each argument quoted only when it needs it. Display only. */
export function displayCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
