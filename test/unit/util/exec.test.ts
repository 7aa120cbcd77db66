/**
 * The one CLI wrapper (src/util/exec.ts) on @actions/exec, with real child processes (node as the
 * program): argument arrays, stdin for secrets, captured output and exit codes, redacted
 * `[command]` and streamed lines, the redacted tail and hint of a failure, a missing program,
 * a timeout that stops the child.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cli, CliError, execArgs } from '../../../src/util/exec.js';
import { secret } from '../../../src/report/mask.js';
import { ActionError } from '../../../src/util/errors.js';

const NODE = process.execPath;
const SECRET = 'hunter2-s3cr3t-exec';
let log: string[];
let dir: string;

beforeEach(() => {
  log = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log.push(String(chunk));
    return true;
  });
  dir = mkdtempSync(join(tmpdir(), 'exec-test-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const printed = () =>
  log
    .join('')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'));

describe('execArgs on @actions/exec', () => {
  test('arguments are bytes, not shell words; output, stderr and the exit code come back', async () => {
    const r = await execArgs(
      NODE,
      ['-e', 'console.log(JSON.stringify(process.argv.slice(1))); console.error("to stderr"); process.exit(3)', 'a b', '$(id)', "'; rm -rf /", '"quoted"'],
      { quiet: true }
    );
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual(['a b', '$(id)', "'; rm -rf /", '"quoted"']);
    expect(r.stderr.trim()).toBe('to stderr');
    expect(printed().join('')).toBe(''); // quiet, not streamed: nothing reaches the log
  });

  test('a secret goes on stdin, never argv; the child environment is the parent one plus env (undefined removes)', async () => {
    process.env.EXEC_TEST_REMOVED = 'present';
    try {
      const script =
        'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify({s,argv:process.argv.slice(1),x:process.env.EXEC_TEST_ADDED,gone:process.env.EXEC_TEST_REMOVED??null})))';
      const r = await execArgs(NODE, ['-e', script], { input: SECRET, env: { EXEC_TEST_ADDED: 'yes', EXEC_TEST_REMOVED: undefined }, quiet: true });
      expect(JSON.parse(r.stdout)).toEqual({ s: SECRET, argv: [], x: 'yes', gone: null });
    } finally {
      delete process.env.EXEC_TEST_REMOVED;
    }
  });

  test('the [command] line and streamed lines reach the log redacted; output is captured as well', async () => {
    secret(SECRET);
    const r = await execArgs(NODE, ['-e', `console.log("one ${SECRET}"); console.error("two"); console.log("three")`, '--', `--tag=${SECRET}`], {
      stream: true
    });
    const lines = printed();
    expect(lines[0]).toMatch(/^\[command\].*node -e .* --tag=\*\*\*$/);
    expect(lines).toEqual(expect.arrayContaining(['one ***', 'two', 'three']));
    expect(log.join('')).not.toContain(`one ${SECRET}`);
    expect(r.stdout).toContain('three');
  });

  test('a program path with a space runs (the path is quoted for @actions/exec)', async () => {
    const spaced = join(dir, 'with space');
    symlinkSync(NODE, spaced);
    const r = await execArgs(spaced, ['-e', 'console.log("ran")'], { quiet: true });
    expect(r.stdout.trim()).toBe('ran');
  });

  test('a missing program is named', async () => {
    await expect(execArgs('no-such-tool-xyz', ['x'], { quiet: true })).rejects.toThrow('no-such-tool-xyz was not found on PATH');
  });

  test('timeoutMs: the call gives up, naming the limit, and the child is stopped', async () => {
    const pidFile = join(dir, 'pid');
    const started = Date.now();
    await expect(
      execArgs(NODE, ['-e', `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setTimeout(() => {}, 60000)`], {
        quiet: true,
        timeoutMs: 1000
      })
    ).rejects.toThrow(/did not finish within 1 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(pidFile)).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });
});

describe('Cli: the shape docker, kubectl, az and git share', () => {
  const tool = (fail?: ConstructorParameters<typeof Cli>[1]['fail']) =>
    new Cli(NODE, { name: 'tool', installHint: 'Install tool.', env: () => ({ TOOL_HOME: '/th' }), fail });

  test('ok() on a non-zero exit: the command named, the exit code, the redacted last 12 lines, a hint', async () => {
    secret(SECRET);
    const script = `for (let i = 1; i <= 20; i++) console.error("line " + i); console.error("token ${SECRET}"); process.exit(7)`;
    const err = (await tool()
      .ok(['-e', script], { quiet: true, hint: 'Do this.' })
      .catch((e: unknown) => e)) as CliError;
    expect(err).toBeInstanceOf(CliError);
    expect(err.message.split('\n')[0]).toBe('tool -e failed (exit 7):');
    expect(err.detail.split('\n')).toEqual([...Array.from({ length: 11 }, (_, i) => `line ${i + 10}`), 'token ***']);
    expect(err.hint).toBe('Do this.');
    expect(err.result.code).toBe(7);
  });

  test('the tool decides its error class and hints; its environment reaches every call', async () => {
    class ToolError extends CliError {}
    const t = tool((args, r) => new ToolError(`tool ${args[1]}`, r, /quota/.test(r.stderr) ? 'Raise the quota.' : undefined));
    expect((await t.run(['-e', 'console.log(process.env.TOOL_HOME)'], { quiet: true })).stdout.trim()).toBe('/th');
    const err = (await t.ok(['-e', 'console.error("quota exceeded"); process.exit(1)'], { quiet: true }).catch((e: unknown) => e)) as ToolError;
    expect(err).toBeInstanceOf(ToolError);
    expect(err.hint).toBe('Raise the quota.');
  });

  test('a program that cannot be run is an ActionError with the install hint', async () => {
    const err = (await new Cli('no-such-tool-xyz', { name: 'xyz', installHint: 'Install xyz.' })
      .run(['v'], { quiet: true })
      .catch((e: unknown) => e)) as ActionError;
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe('Cannot run xyz: no-such-tool-xyz was not found on PATH.');
    expect(err.hint).toBe('Install xyz.');
  });
});
