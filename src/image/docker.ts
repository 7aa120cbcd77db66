/**
 * The docker CLI wrapper: argument arrays only, passwords on stdin, build-arg values through the
 * child's environment. All docker calls of the action go through `Docker.run`.
 */
import * as core from '@actions/core';
import { execArgs, displayCommand, type ExecResult } from '../util/exec.js';
import { ActionError } from '../util/errors.js';
import { redact } from '../report/mask.js';
import { untrusted } from '../report/escape.js';

export interface RunOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  stream?: boolean;
  /** Do not print the command line (probes). */
  quiet?: boolean;
}

export class Docker {
  /** @param configDir the DOCKER_CONFIG every call uses (the temporary one made by login). */
  constructor(
    readonly bin = 'docker',
    public configDir?: string
  ) {}

  async run(args: string[], opts: RunOptions = {}): Promise<ExecResult> {
    if (!opts.quiet) core.info(redact(`[command]${untrusted(displayCommand(this.bin, args))}`));
    const env = { ...(this.configDir ? { DOCKER_CONFIG: this.configDir } : {}), ...opts.env };
    try {
      const sink = (line: string) => process.stdout.write(redact(line) + '\n');
      return await execArgs(this.bin, args, { input: opts.input, env, stream: opts.stream, sink });
    } catch (e) {
      throw new ActionError(`Cannot run docker: ${(e as Error).message}.`, 'Install the Docker CLI on the runner (GitHub-hosted Ubuntu runners have it).');
    }
  }

  /** Runs and throws on a non-zero exit with the command's own last words. */
  async ok(args: string[], opts: RunOptions = {}): Promise<ExecResult> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw new DockerError(args, r);
    return r;
  }

  async hasBuildx(): Promise<boolean> {
    const r = await this.run(['buildx', 'version'], { quiet: true });
    return r.code === 0;
  }

  /** The driver of the current buildx builder (`docker`, `docker-container`, …). */
  async buildxDriver(): Promise<string | undefined> {
    const r = await this.run(['buildx', 'inspect'], { quiet: true });
    return r.code === 0 ? /^Driver:\s*(\S+)/m.exec(r.stdout)?.[1] : undefined;
  }
}

/** A docker command that exited non-zero; `detail` is the tail of what it printed. */
export class DockerError extends ActionError {
  readonly result: ExecResult;
  readonly detail: string;
  constructor(args: string[], result: ExecResult, hint?: string) {
    const detail = redact(tail(result.stderr.trim() || result.stdout.trim(), 12));
    super(`docker ${args[0]}${args[0] === 'buildx' ? ` ${args[1]}` : ''} failed (exit ${result.code}):\n${detail}`, hint ?? hintFor(detail));
    this.name = 'DockerError';
    this.result = result;
    this.detail = detail;
  }
}

function tail(text: string, lines: number): string {
  return text.split(/\r?\n/).slice(-lines).join('\n');
}

/** Errors worth another attempt: the network or the registry failed, not the request. */
export function isTransientDockerFailure(err: unknown): boolean {
  if (!(err instanceof DockerError)) return false;
  return /(connection reset|connection refused|broken pipe|EOF|i\/o timeout|TLS handshake timeout|timed out|timeout exceeded|server misbehaving|no such host|temporar(y|ily)|\b50[0234]\b|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|toomanyrequests|too many requests|failed commit on ref)/i.test(
    err.detail
  );
}

export function hintFor(detail: string): string | undefined {
  if (/unauthorized|authentication required|\b401\b/i.test(detail)) {
    return 'The registry refused the credentials: check registry-username/registry-password, or for ACR that the identity has the AcrPush role on the registry and the right tenant.';
  }
  if (/denied|\b403\b|forbidden/i.test(detail)) {
    return 'The registry denied access: the identity can log in but may not push here (for ACR: assign AcrPush on the registry), or the repository is protected.';
  }
  if (/repository name must be lowercase/i.test(detail)) return 'Use a lower-case repository input.';
  if (/toomanyrequests/i.test(detail)) return 'Rate-limited by the registry (Docker Hub pulls?): log in to Docker Hub or mirror the base image into your ACR.';
  if (/Cannot connect to the Docker daemon|docker daemon is not running/i.test(detail)) return 'No Docker engine is reachable: run on a runner with Docker, or set DOCKER_HOST.';
  if (/buildx component is missing|BuildKit is enabled but/i.test(detail)) return 'Install buildx (docker/setup-buildx-action) to use build-secrets.';
  return undefined;
}
