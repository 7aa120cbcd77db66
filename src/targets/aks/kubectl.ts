/**
 * The kubectl wrapper: argument arrays only, the kubeconfig chosen by the action, manifests by
 * file (the settings Secret goes to a 0600 temp file, never argv or a log line).
 */
import * as core from '@actions/core';
import { execArgs, displayCommand, type ExecResult } from '../../util/exec.js';
import { ActionError } from '../../util/errors.js';
import { redact } from '../../report/mask.js';

export class KubectlError extends ActionError {
  readonly result: ExecResult;
  constructor(args: string[], result: ExecResult, hint?: string) {
    const detail = redact((result.stderr.trim() || result.stdout.trim()).split('\n').slice(-12).join('\n'));
    super(`kubectl ${args.filter((a) => !a.startsWith('-')).slice(0, 2).join(' ')} failed (exit ${result.code}):\n${detail}`, hint ?? kubectlHint(detail));
    this.name = 'KubectlError';
    this.result = result;
  }
}

function kubectlHint(detail: string): string | undefined {
  if (/Unauthorized|You must be logged in/i.test(detail)) return 'The kubeconfig\'s credentials were refused: for AKS with Entra ID, the identity needs "Azure Kubernetes Service RBAC Writer" (or cluster-admin) and kubelogin may be required.';
  if (/forbidden/i.test(detail)) return 'The identity may not do this in the namespace: grant it "Azure Kubernetes Service RBAC Writer" on the cluster or namespace.';
  if (/connection refused|no such host|i\/o timeout|Unable to connect/i.test(detail)) return 'The cluster API server is not reachable from this runner (private cluster? authorized IP ranges?).';
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
    r = await execArgs(bin, ['version', '--client', '--output=json'], { timeoutMs: 30_000 });
  } catch (e) {
    throw new ActionError(`target: aks runs kubectl against the cluster, and kubectl cannot be run here: ${(e as Error).message}.`, install);
  }
  const v = kubectlVersion(r.stdout);
  if (r.code !== 0 || !v) throw new ActionError(`kubectl did not say its version (exit ${r.code}): ${redact((r.stderr || r.stdout).trim().split('\n').slice(-2).join(' '))}`, install);
  if (v.minor < KUBECTL_MIN_MINOR) throw new ActionError(`kubectl ${v.gitVersion} is too old: target aks needs ${need}.`, install);
  core.info(`kubectl ${v.gitVersion}.`);
  return v.gitVersion;
}

export class Kubectl {
  constructor(
    readonly kubeconfig: string | undefined,
    readonly bin = 'kubectl'
  ) {}

  async run(args: string[], opts: { quiet?: boolean; stream?: boolean } = {}): Promise<ExecResult> {
    if (!opts.quiet) core.info(`[command]${displayCommand(this.bin, args)}`);
    try {
      return await execArgs(this.bin, args, {
        env: this.kubeconfig ? { KUBECONFIG: this.kubeconfig } : {},
        stream: opts.stream,
        sink: (line) => process.stdout.write(redact(line) + '\n')
      });
    } catch (e) {
      throw new ActionError(`Cannot run kubectl: ${(e as Error).message}.`, 'Install kubectl on the runner (azure/setup-kubectl); GitHub-hosted Ubuntu runners have it.');
    }
  }

  async ok(args: string[], opts: { quiet?: boolean; stream?: boolean; hint?: string } = {}): Promise<ExecResult> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw new KubectlError(args, r, opts.hint);
    return r;
  }

  async json<T = Record<string, unknown>>(args: string[]): Promise<T> {
    const r = await this.ok([...args, '-o', 'json'], { quiet: true });
    return JSON.parse(r.stdout) as T;
  }
}
