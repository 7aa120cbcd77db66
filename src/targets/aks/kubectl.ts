/**
 * kubectl on the shared `Cli` wrapper (util/exec): argument arrays only, the kubeconfig chosen by the action, manifests by
 * file (the settings Secret goes to a 0600 temp file, never argv or a log line).
 */
import * as core from '@actions/core';
import { Cli, CliError, execArgs, outputTail, type ExecOptions, type ExecResult } from '../../util/exec.js';
import { ActionError } from '../../util/errors.js';

export class KubectlError extends CliError {
  constructor(args: readonly string[], result: ExecResult, hint?: string) {
    super(`kubectl ${describe(args)}`, result, hint ?? kubectlHint(outputTail(result, 12)));
    this.name = 'KubectlError';
  }
}

/** How a failed kubectl command is named: its first two words that are not flags (`apply`, `rollout status`). */
function describe(args: readonly string[]): string {
  return args
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ');
}

function kubectlHint(detail: string): string | undefined {
  if (/Unauthorized|You must be logged in/i.test(detail))
    return 'The kubeconfig\'s credentials were refused: for AKS with Entra ID, the identity needs "Azure Kubernetes Service RBAC Writer" (or cluster-admin) and kubelogin may be required.';
  if (/forbidden/i.test(detail))
    return 'The identity may not do this in the namespace: grant it "Azure Kubernetes Service RBAC Writer" on the cluster or namespace.';
  if (/connection refused|no such host|i\/o timeout|Unable to connect/i.test(detail))
    return 'The cluster API server is not reachable from this runner (private cluster? authorized IP ranges?).';
  return undefined;
}

/**
 * The oldest kubectl this target supports: 1.27, the first whose apply and validation read the API
 * server's OpenAPI v3 documents by default (what current AKS API servers and the test cluster
 * serve); server-side apply with --field-manager and --force-conflicts is GA since 1.22.
 * Kubernetes supports kubectl within one minor version of the API server.
 */
export const KUBECTL_MIN_MINOR = 27;

/** `kubectl version --client --output=json` → its version, or undefined when it does not say. */
export function kubectlVersion(json: string): { minor: number; gitVersion: string } | undefined {
  try {
    const v = (JSON.parse(json) as { clientVersion?: { major?: string; minor?: string; gitVersion?: string } }).clientVersion;
    const minor = Number.parseInt(v?.minor ?? '', 10);
    if (v?.major !== '1' || Number.isNaN(minor)) return undefined;
    return { minor, gitVersion: v.gitVersion ?? `v1.${minor}` };
  } catch {
    return undefined;
  }
}

/** Checks before any cluster call that kubectl is there and recent enough; says which version it found. */
export async function requireKubectl(bin = 'kubectl'): Promise<string> {
  const need = `kubectl 1.${KUBECTL_MIN_MINOR} or newer`;
  const install = `Install ${need} on the runner (azure/setup-kubectl); GitHub-hosted Ubuntu runners have one.`;
  let r: ExecResult;
  try {
    r = await execArgs(bin, ['version', '--client', '--output=json'], { timeoutMs: 30_000, quiet: true });
  } catch (e) {
    throw new ActionError(`target: aks runs kubectl against the cluster, and kubectl cannot be run here: ${(e as Error).message}.`, install);
  }
  const v = kubectlVersion(r.stdout);
  if (r.code !== 0 || !v) throw new ActionError(`kubectl did not say its version (exit ${r.code}): ${outputTail(r, 2).split('\n').join(' ')}`, install);
  if (v.minor < KUBECTL_MIN_MINOR) throw new ActionError(`kubectl ${v.gitVersion} is too old: target aks needs ${need}.`, install);
  core.info(`kubectl ${v.gitVersion}.`);
  return v.gitVersion;
}

export class Kubectl {
  readonly cli: Cli;
  constructor(
    readonly kubeconfig: string | undefined,
    readonly bin = 'kubectl'
  ) {
    this.cli = new Cli(bin, {
      name: 'kubectl',
      installHint: 'Install kubectl on the runner (azure/setup-kubectl); GitHub-hosted Ubuntu runners have it.',
      fail: (args, result, hint) => new KubectlError(args, result, hint),
      env: () => (this.kubeconfig ? { KUBECONFIG: this.kubeconfig } : {})
    });
  }

  run(args: string[], opts: Pick<ExecOptions, 'quiet' | 'stream'> = {}): Promise<ExecResult> {
    return this.cli.run(args, opts);
  }

  ok(args: string[], opts: Pick<ExecOptions, 'quiet' | 'stream'> & { hint?: string } = {}): Promise<ExecResult> {
    return this.cli.ok(args, opts);
  }

  async json<T = Record<string, unknown>>(args: string[]): Promise<T> {
    const r = await this.ok([...args, '-o', 'json'], { quiet: true });
    return JSON.parse(r.stdout) as T;
  }
}
