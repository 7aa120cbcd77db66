/**
 * Runs a program with an argument array. Never through a shell: `spawn(file, args)` with
 * `shell: false`, so branch names, PR titles and tags are just bytes in argv.
 * Secrets travel on stdin or in the child's environment, never in argv.
 */
import { spawn } from 'node:child_process';

export interface ExecOptions {
  /** Written to the child's stdin, then stdin is closed. */
  input?: string;
  /** Added to (or, with undefined values, removed from) the inherited environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Copy the child's output to our log line by line as it comes. */
  stream?: boolean;
  /** Where streamed lines go (default: process.stdout). */
  sink?: (line: string) => void;
  timeoutMs?: number;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function execArgs(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const sink = opts.sink ?? ((line: string) => process.stdout.write(line + '\n'));
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], { cwd: opts.cwd, env, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const pending = { stdout: '', stderr: '' };
    const forward = (key: 'stdout' | 'stderr', chunk: Buffer) => {
      if (!opts.stream) return;
      const text = pending[key] + chunk.toString('utf8');
      const lines = text.split(/\r?\n/);
      pending[key] = lines.pop() ?? '';
      for (const l of lines) sink(l);
    };
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      forward('stdout', c);
    });
    child.stderr.on('data', (c: Buffer) => {
      err.push(c);
      forward('stderr', c);
    });
    let timer: NodeJS.Timeout | undefined;
    if (opts.timeoutMs) timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new Error(`${file} was not found on PATH`) : e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (opts.stream) for (const key of ['stdout', 'stderr'] as const) if (pending[key]) sink(pending[key]);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined); // the child may exit before reading stdin
    child.stdin.end(opts.input ?? '');
  });
}

/** How a command line is shown in the log: each argument quoted only when it needs it. Display only. */
export function displayCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
