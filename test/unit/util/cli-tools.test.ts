/**
 * docker, kubectl, az and git all run through @actions/exec behind the one wrapper: every call is
 * an argument array (never a shell line), silent (the action prints its own redacted [command]),
 * tolerant of non-zero exits (the tool class decides), with secrets on stdin and the tool's
 * environment (DOCKER_CONFIG, KUBECONFIG) set.
 */
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { ExecOptions, ExecOutput } from '@actions/exec';

type Call = { command: string; args: string[]; options: ExecOptions };
const calls: Call[] = [];
let answer: ExecOutput = { exitCode: 0, stdout: '', stderr: '' };

jest.unstable_mockModule('@actions/exec', () => ({
  getExecOutput: async (command: string, args: string[], options: ExecOptions) => {
    calls.push({ command, args, options });
    return answer;
  },
  exec: async () => {
    throw new Error('the wrapper uses getExecOutput');
  }
}));

let Docker: typeof import('../../../src/image/docker.js').Docker;
let DockerError: typeof import('../../../src/image/docker.js').DockerError;
let Kubectl: typeof import('../../../src/targets/aks/kubectl.js').Kubectl;
let KubectlError: typeof import('../../../src/targets/aks/kubectl.js').KubectlError;
let AzCliCredential: typeof import('../../../src/azure/credential.js').AzCliCredential;
let git: typeof import('../../../src/github/git.js');
let login: typeof import('../../../src/image/login.js').login;

beforeAll(async () => {
  ({ Docker, DockerError } = await import('../../../src/image/docker.js'));
  ({ Kubectl, KubectlError } = await import('../../../src/targets/aks/kubectl.js'));
  ({ AzCliCredential } = await import('../../../src/azure/credential.js'));
  ({ login } = await import('../../../src/image/login.js'));
  git = await import('../../../src/github/git.js');
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

const last = () => calls[calls.length - 1];
const common = (c: Call) => {
  expect(c.options.silent).toBe(true);
  expect(c.options.ignoreReturnCode).toBe(true);
  expect(Array.isArray(c.args)).toBe(true);
};

describe('the tool classes share one wrapper on @actions/exec', () => {
  test('docker: DOCKER_CONFIG in the environment, the login password on stdin and never in argv, DockerError on failure', async () => {
    answer = { exitCode: 0, stdout: 'Login Succeeded', stderr: '' };
    const docker = new Docker('docker', '/tmp/docker-config');
    await login(docker, 'r.example', { username: 'u', password: 'pa55-s3cr3t', source: 'password' });
    const c = last();
    common(c);
    expect(c.command).toBe('"docker"');
    expect(c.args).toEqual(['login', '--username', 'u', '--password-stdin', 'r.example']);
    expect(c.options.input?.toString()).toBe('pa55-s3cr3t');
    expect(c.options.env?.DOCKER_CONFIG).toBe('/tmp/docker-config');
    answer = { exitCode: 1, stdout: '', stderr: 'denied: requested access to the resource is denied' };
    const err = await docker.ok(['push', 'r.example/x:1']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DockerError);
    expect((err as Error).message).toBe('docker push failed (exit 1):\ndenied: requested access to the resource is denied');
  });

  test('kubectl: KUBECONFIG of the action, no stdin, KubectlError with its hint on failure', async () => {
    answer = { exitCode: 0, stdout: '{"items":[]}', stderr: '' };
    const k = new Kubectl('/tmp/kubeconfig');
    expect(await k.json(['get', 'pods', '-n', 'x'])).toEqual({ items: [] });
    const c = last();
    common(c);
    expect(c.command).toBe('"kubectl"');
    expect(c.args).toEqual(['get', 'pods', '-n', 'x', '-o', 'json']);
    expect(c.options.env?.KUBECONFIG).toBe('/tmp/kubeconfig');
    expect(c.options.input).toBeUndefined();
    answer = { exitCode: 1, stdout: '', stderr: 'Error from server (Forbidden): deployments.apps is forbidden' };
    const err = await k.ok(['apply', '--server-side', '-f', 'm.yaml']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KubectlError);
    expect((err as InstanceType<typeof KubectlError>).hint).toMatch(/RBAC Writer/);
  });

  test("az: get-access-token with an argument array; a failure names the command and keeps Entra's words", async () => {
    answer = { exitCode: 0, stdout: JSON.stringify({ accessToken: 'tok', expires_on: 2_000_000_000 }), stderr: '' };
    const t = await new AzCliCredential('tenant-1').getToken('https://management.azure.com/.default');
    expect(t).toEqual({ token: 'tok', expiresOnTimestamp: 2_000_000_000_000 });
    const c = last();
    common(c);
    expect(c.command).toBe('"az"');
    expect(c.args).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', 'https://management.azure.com', '--tenant', 'tenant-1']);
    answer = { exitCode: 1, stdout: '', stderr: "ERROR: Please run 'az login' to setup account." };
    await expect(new AzCliCredential().getToken('https://management.azure.com/.default')).rejects.toThrow(
      "az account get-access-token failed (exit 1):\nERROR: Please run 'az login' to setup account."
    );
  });

  test('git: commit time and tags, read-only, in the checkout', async () => {
    answer = { exitCode: 0, stdout: '2024-05-01T10:00:00+02:00\n', stderr: '' };
    expect(await git.commitTime('/repo', 'abcdef1')).toBe('2024-05-01T08:00:00.000Z');
    expect(last().command).toBe('"git"');
    expect(last().args).toEqual(['log', '-1', '--format=%cI', 'abcdef1', '--']);
    expect(last().options.cwd).toBe('/repo');
    common(last());
    answer = { exitCode: 0, stdout: 'v1.0.0\nv1.1.0\n', stderr: '' };
    expect(await git.tagNames('/repo')).toEqual(['v1.0.0', 'v1.1.0']);
    expect(last().args).toEqual(['tag', '--list']);
  });
});
