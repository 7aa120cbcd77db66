// A stand-in for the docker buildx CLI plugin (no buildx package exists for this machine): it
// speaks the plugin protocol to the real docker CLI and carries out `buildx build` with the real
// engine's built-in BuildKit (docker build + docker push), writing the --metadata-file that real
// buildx writes. It records every argv in $BUILDX_SHIM_LOG so tests can check the flags the action
// passed (cache, provenance, secrets). What it cannot do (export a registry cache, attestations) it
// ignores, as buildx does with `ignore-error=true`.
import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv[0] === 'docker-cli-plugin-metadata') {
  process.stdout.write(JSON.stringify({ SchemaVersion: '0.1.0', Vendor: 'test shim', Version: 'v0.0.0-shim', ShortDescription: 'buildx stand-in for tests' }));
  process.exit(0);
}
if (process.env.BUILDX_SHIM_LOG) appendFileSync(process.env.BUILDX_SHIM_LOG, JSON.stringify(argv) + '\n');
const docker = process.env.DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND || 'docker';
const args = argv[0] === 'buildx' ? argv.slice(1) : argv;
const run = (a, env = {}) => spawnSync(docker, a, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, ...env } });

if (args[0] === 'version') {
  console.log('github.com/docker/buildx v0.0.0-shim test');
  process.exit(0);
}
if (args[0] === 'inspect') {
  console.log('Name:   shim\nDriver: docker-container\n');
  process.exit(0);
}
if (args[0] === 'imagetools' && args[1] === 'inspect') {
  const ref = args[args.length - 1];
  if (run(['pull', '-q', ref]).status !== 0) process.exit(1);
  const r = run(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref]);
  const repo = ref.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  const d = (JSON.parse(r.stdout) || []).find((x) => x.startsWith(`${repo}@`));
  console.log(JSON.stringify({ digest: d?.slice(repo.length + 1) }));
  process.exit(d ? 0 : 1);
}
if (args[0] !== 'build') {
  console.error(`buildx shim: ${args[0]} is not emulated`);
  process.exit(1);
}

const classic = ['build'];
const tags = [];
let metadata;
let push = false;
let secrets = false;
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  const value = () => args[++i];
  if (a === '--file' || a === '--platform' || a === '--network' || a === '--label' || a === '--build-arg') classic.push(a, value());
  else if (a === '--tag') {
    const t = value();
    tags.push(t);
    classic.push('--tag', t);
  } else if (a === '--secret') {
    secrets = true;
    classic.push('--secret', value());
  } else if (a === '--metadata-file') metadata = value();
  else if (a === '--cache-from' || a === '--cache-to')
    value(); // recorded in the log; no cache export here
  else if (a.startsWith('--provenance')) {
    // attestations are not emulated
  } else if (a === '--push') push = true;
  else if (a.startsWith('--')) {
    console.error(`buildx shim: unknown flag ${a}`);
    process.exit(2);
  } else classic.push(a);
}
const built = spawnSync(docker, classic, { stdio: 'inherit', env: { ...process.env, DOCKER_BUILDKIT: secrets ? '1' : (process.env.DOCKER_BUILDKIT ?? '') } });
if (built.status !== 0) process.exit(built.status ?? 1);
let digest;
if (push) {
  for (const t of tags) {
    const r = run(['push', t]);
    process.stdout.write(r.stdout);
    if (r.status !== 0) process.exit(r.status ?? 1);
    digest = /digest: (sha256:[a-f0-9]{64})/.exec(r.stdout)?.[1] ?? digest;
  }
}
if (metadata)
  writeFileSync(metadata, JSON.stringify(push ? { 'containerimage.digest': digest, 'image.name': tags.join(',') } : { 'image.name': tags.join(',') }, null, 2));
process.exit(0);
