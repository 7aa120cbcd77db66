/**
 * The docker CLI on the shared `Cli` wrapper (util/exec): argument arrays only, passwords on
 * stdin, build-arg values through the child's environment. All docker calls go through `Docker.run`.
 */
import { Cli, CliError, outputTail, type ExecOptions, type ExecResult } from '../util/exec.js';

export type RunOptions = Pick<ExecOptions, 'input' | 'env' | 'stream' | 'quiet'>;

export class Docker {
  readonly cli: Cli;
  /** @param configDir the DOCKER_CONFIG every call uses (the temporary one made by login). */
  constructor(
    readonly bin = 'docker',
    public configDir?: string
  ) {
    this.cli = new Cli(bin, {
      name: 'docker',
      installHint: 'Install the Docker CLI on the runner (GitHub-hosted Ubuntu runners have it).',
      fail: (args, result, hint) => new DockerError(args, result, hint),
      env: () => (this.configDir ? { DOCKER_CONFIG: this.configDir } : {})
    });
  }

  run(args: string[], opts: RunOptions = {}): Promise<ExecResult> {
    return this.cli.run(args, opts);
  }

  /** Runs and throws a DockerError on a non-zero exit with the command's own last words. */
  ok(args: string[], opts: RunOptions = {}): Promise<ExecResult> {
    return this.cli.ok(args, opts);
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

/** A docker command that exited non-zero; `detail` is the redacted tail of what it printed. */
export class DockerError extends CliError {
  constructor(args: readonly string[], result: ExecResult, hint?: string) {
    super(`docker ${describe(args)}`, result, hint ?? hintFor(outputTail(result, 12)));
    this.name = 'DockerError';
  }
}

/** How a failed docker command is named: its subcommand (`push`, `buildx build`). */
function describe(args: readonly string[]): string {
  return args[0] === 'buildx' ? `buildx ${args[1]}` : args[0];
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
  if (/Cannot connect to the Docker daemon|docker daemon is not running/i.test(detail))
    return 'No Docker engine is reachable: run on a runner with Docker, or set DOCKER_HOST.';
  if (/buildx component is missing|BuildKit is enabled but/i.test(detail)) return 'Install buildx (docker/setup-buildx-action) to use build-secrets.';
  return undefined;
}
