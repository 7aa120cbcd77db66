// Runs the bundled action (dist/index.js) the way the GitHub runner does: INPUT_* variables with
// action.yml's defaults, GITHUB_EVENT_PATH, the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE
// files, then the post step with the saved state as STATE_* variables. Used by the runner-contract
// tests and by `npm run demo`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** INPUT_* variables for these inputs, with action.yml's static defaults applied as the runner does. */
export function inputEnv(inputs) {
  const yml = loadYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const key = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  const env = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    if (spec.default !== undefined && !String(spec.default).includes('${{')) env[key(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(inputs)) env[key(name)] = value;
  return env;
}

/** The runner's file-command format: `name<<DELIM\nvalue\nDELIM` (or `name=value`). */
export function parseFileCommands(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

function step(node, env, cwd, timeoutMs, echo) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(ROOT, 'dist', 'index.js')], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c.toString();
      if (typeof echo === 'function') echo(c, 'stdout');
      else if (echo) process.stdout.write(c);
    });
    child.stderr.on('data', (c) => {
      stderr += c.toString();
      if (typeof echo === 'function') echo(c, 'stderr');
      else if (echo) process.stderr.write(c);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** What a hosted runner's environment holds that matters here; nothing else of ours leaks in. */
function baseEnv() {
  const keep = ['PATH', 'HOME', 'LANG', 'DOCKER_HOST', 'NODE_EXTRA_CA_CERTS', 'TMPDIR'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

/**
 * @param {{inputs: Record<string,string>, scenario: {payload: object, env: Record<string,string>},
 *   env?: Record<string,string>, workspace?: string, post?: boolean, timeoutMs?: number,
 *   node?: string, dockerCli?: string, echo?: boolean | ((chunk: Buffer, stream: 'stdout' | 'stderr') => void)}} o
 * `echo: true` copies the raw output as it comes; a function receives it (the demo renders it as a
 * runner shows it, scripts/runner-log.mjs). What runAction returns is always the raw output.
 */
export async function runAction(o) {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    state: join(dir, 'state'),
    env: join(dir, 'env'),
    path: join(dir, 'path')
  };
  writeFileSync(files.event, JSON.stringify(o.scenario.payload));
  for (const f of [files.output, files.summary, files.state, files.env, files.path]) writeFileSync(f, '');
  const workspace = o.workspace ?? ROOT;
  // The docker client that matches the local engine comes first on PATH, named `docker`.
  const binDir = join(dir, 'bin');
  mkdirSync(binDir);
  const dockerCli = o.dockerCli ?? process.env.DOCKER_CLI;
  if (dockerCli) symlinkSync(dockerCli, join(binDir, 'docker'));
  const env = {
    ...baseEnv(),
    ...o.scenario.env,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // No github-token unless a test gives one: only the GitHub-report tests talk to a (emulated) GitHub API.
    ...inputEnv(o.inputs),
    ...o.env
  };
  env.PATH = `${binDir}:${env.PATH ?? ''}`;
  const node = o.node ?? process.env.NODE24 ?? process.execPath;
  const timeout = o.timeoutMs ?? 240_000;
  const main = await step(node, env, workspace, timeout, o.echo);
  const state = parseFileCommands(readFileSync(files.state, 'utf8'));
  let post;
  if (o.post !== false) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    post = await step(node, { ...env, ...stateEnv }, workspace, timeout, o.echo);
  }
  return {
    ...main,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state,
    post,
    dir,
    runnerTemp,
    workspace
  };
}
