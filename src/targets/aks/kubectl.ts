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
