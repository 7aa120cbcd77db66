/**
 * The Kubernetes API emulator, driven by the REAL kubectl (/usr/bin/kubectl, argument arrays, no
 * shell) the way the `aks` target will drive it. kubectl runs as a child process with
 * KUBECONFIG/KUBECACHEDIR from the emulator; the emulator runs in this process, so kubectl is
 * spawned asynchronously (a synchronous spawn would block the server it talks to).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { tlsOptions } from '../jwt.js';
import { startKubeEmulator, type KubeEmulator } from './server.js';

const KUBECTL = '/usr/bin/kubectl';
const T = 20_000;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function kubectl(emu: KubeEmulator, args: string[], env: Record<string, string> = {}, binary = KUBECTL): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, ...emu.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

async function ok(emu: KubeEmulator, args: string[]): Promise<string> {
  const r = await kubectl(emu, args);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${String(r.code)}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** A raw HTTPS call to the emulator (for what kubectl does not expose: tokens, collections, watches). */
async function api(
  emu: KubeEmulator,
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; contentType?: string } = {}
): Promise<{ status: number; body: Obj }> {
  const { ca } = await tlsOptions();
  const token = opts.token === undefined ? emu.token : opts.token;
  const url = new URL(path, emu.url);
  const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca,
        headers: {
          Accept: 'application/json',
          ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
          ...(payload !== undefined ? { 'Content-Type': opts.contentType ?? 'application/json' } : {})
        }
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Obj) : {} }));
      }
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const LABELS = (app: string) => ({
  'app.kubernetes.io/name': app,
  'app.kubernetes.io/instance': app,
  'app.kubernetes.io/managed-by': 'azure-functions-container-deploy'
});
const SELECTOR = (app: string) => ({ 'app.kubernetes.io/name': app, 'app.kubernetes.io/instance': app });

/** The objects the aks target renders for a queue-triggered app: Secret, Deployment (no replicas: KEDA owns it), Service, TriggerAuthentication, ScaledObject. */
function appObjects(ns: string, app: string, image: string): Obj[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: `${app}-settings`, namespace: ns, labels: LABELS(app) },
      type: 'Opaque',
      stringData: { AzureWebJobsStorage__accountName: 'ordersstore', FUNCTIONS_WORKER_RUNTIME: 'node' }
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: app, namespace: ns, labels: LABELS(app), annotations: { 'example.com/commit': 'abc123' } },
      spec: {
        selector: { matchLabels: SELECTOR(app) },
        template: {
          metadata: { labels: SELECTOR(app) },
          spec: {
            containers: [
              {
                name: 'functions',
                image,
                envFrom: [{ secretRef: { name: `${app}-settings` } }],
                env: [{ name: 'AzureFunctionsJobHost__functions__0', value: 'ProcessOrder' }],
                ports: [{ containerPort: 80 }],
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } }
              }
            ]
          }
        }
      }
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `${app}-http`, namespace: ns, labels: LABELS(app) },
      spec: { selector: SELECTOR(app), ports: [{ name: 'http', port: 80, targetPort: 80 }] }
    },
    {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'TriggerAuthentication',
      metadata: { name: `${app}-auth`, namespace: ns, labels: LABELS(app) },
      spec: { podIdentity: { provider: 'azure-workload' } }
    },
    {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: app, namespace: ns, labels: LABELS(app) },
      spec: {
        scaleTargetRef: { name: app },
        minReplicaCount: 0,
        maxReplicaCount: 10,
        triggers: [
          { type: 'azure-queue', metadata: { queueName: 'orders', accountName: 'ordersstore', queueLength: '5' }, authenticationRef: { name: `${app}-auth` } }
        ]
      }
    }
  ];
}

const IMAGE_1 = `registry.example/orders@sha256:${'1'.repeat(64)}`;
const IMAGE_2 = `registry.example/orders@sha256:${'2'.repeat(64)}`;

let dir: string;
let n = 0;
function file(objects: Obj[]): string {
  const p = join(dir, `manifest-${++n}.yaml`);
  // js-yaml's dump quotes what YAML 1.1 would read as another type: kubectl reads YAML 1.1, where a bare yes/no/on/off/y/n is a boolean.
  // (Through JSON first: structuredClone hands out objects of Node's own realm, which js-yaml, inside Jest's, takes for class instances.)
  writeFileSync(p, objects.map((o) => dump(JSON.parse(JSON.stringify(o)))).join('---\n'));
  return p;
}

const find = (emu: KubeEmulator, kind: string, ns: string, name: string) =>
  emu.objects().find((o) => o.kind === kind && (o.metadata as Obj).namespace === ns && (o.metadata as Obj).name === name) as Obj | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kube-emulator-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kube emulator driven by the real kubectl', () => {
  let emu: KubeEmulator;
  beforeAll(async () => {
    emu = await startKubeEmulator();
  });
  afterAll(() => emu.close());

  it(
    'answers kubectl version with a 1.33 server',
    async () => {
      const out = JSON.parse(await ok(emu, ['version', '-o', 'json'])) as Obj;
      expect(out.serverVersion).toMatchObject({ major: '1', minor: '33', gitVersion: 'v1.33.5' });
      expect(emu.requests.some((r) => r.path === '/version')).toBe(true);
    },
    T
  );

  it(
    'requires the bearer token (401 Status otherwise)',
    async () => {
      const wrong = await kubectl(emu, ['get', 'namespaces', '--token=not-the-token']);
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toContain('You must be logged in to the server');
      for (const token of [null, 'wrong']) {
        const r = await api(emu, 'GET', '/api/v1/namespaces', { token });
        expect(r.status).toBe(401);
        expect(r.body).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'Unauthorized', code: 401 });
      }
      expect((await api(emu, 'GET', '/version')).status).toBe(200);
    },
    T
  );

  it(
    'creates and gets namespaces (kubectl create namespace sends protobuf)',
    async () => {
      expect(await ok(emu, ['get', 'namespace', 'default', '-o', 'name'])).toBe('namespace/default\n');
      const missing = await kubectl(emu, ['get', 'namespace', 'orders']);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('namespaces "orders" not found');
      expect(await ok(emu, ['create', 'namespace', 'orders'])).toContain('namespace/orders created');
      const again = await kubectl(emu, ['create', 'namespace', 'orders']);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain('AlreadyExists');
      const ns = JSON.parse(await ok(emu, ['get', 'namespace', 'orders', '-o', 'json'])) as Obj;
      expect(ns.status.phase).toBe('Active');
      expect(ns.metadata.labels['kubernetes.io/metadata.name']).toBe('orders');
    },
    T
  );

  it(
    'server-side applies Secret + Deployment + Service + TriggerAuthentication + ScaledObject',
    async () => {
      const out = await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      for (const line of [
        'secret/orders-settings',
        'deployment.apps/orders',
        'service/orders-http',
        'triggerauthentication.keda.sh/orders-auth',
        'scaledobject.keda.sh/orders'
      ]) {
        expect(out).toContain(`${line} serverside-applied`);
      }
      const patches = emu.requests.filter((r) => r.method === 'PATCH');
      expect(patches).toHaveLength(5);
      for (const p of patches) {
        expect(p.contentType).toBe('application/apply-patch+yaml');
        expect(p.fieldManager).toBe('test');
        expect(p.query).toContain('fieldValidation=Strict');
      }
      // kubectl validated against the served OpenAPI v3 documents (built-in and generated for keda.sh).
      expect(emu.requests.some((r) => r.path === '/openapi/v3/apis/apps/v1')).toBe(true);
      expect(emu.requests.some((r) => r.path === '/openapi/v3/apis/keda.sh/v1alpha1')).toBe(true);

      const secret = find(emu, 'Secret', 'orders', 'orders-settings') as Obj;
      expect(secret.stringData).toBeUndefined();
      expect(Buffer.from(secret.data.FUNCTIONS_WORKER_RUNTIME, 'base64').toString()).toBe('node');
      const dep = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(dep.metadata.generation).toBe(1);
      expect(dep.spec.replicas).toBe(1); // defaulted by the server; not owned by the applier
      expect(dep.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
      expect(dep.metadata.creationTimestamp).toMatch(/Z$/);
      const applier = (dep.metadata.managedFields as Obj[]).find((m) => m.manager === 'test');
      expect(applier).toMatchObject({ operation: 'Apply', apiVersion: 'apps/v1', fieldsType: 'FieldsV1' });
      expect(applier?.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
      expect((find(emu, 'Service', 'orders', 'orders-http') as Obj).spec.clusterIP).toMatch(/^10\.0\./);
      const so = find(emu, 'ScaledObject', 'orders', 'orders') as Obj;
      expect(so.metadata.generation).toBe(1);

      await ok(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      const get = JSON.parse(await ok(emu, ['get', 'scaledobject', 'orders', '-n', 'orders', '-o', 'json'])) as Obj;
      expect(get.status.conditions.find((c: Obj) => c.type === 'Ready')).toMatchObject({ status: 'True' });
    },
    T
  );

  it(
    'leaves generation and resourceVersion alone when the same manifest is applied again',
    async () => {
      const before = new Map(emu.objects().map((o) => [`${String(o.kind)}/${String((o.metadata as Obj).name)}`, o.metadata as Obj]));
      const out = await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      expect(out).toContain('deployment.apps/orders serverside-applied');
      for (const [kind, name] of [
        ['Secret', 'orders-settings'],
        ['Deployment', 'orders'],
        ['Service', 'orders-http'],
        ['TriggerAuthentication', 'orders-auth'],
        ['ScaledObject', 'orders']
      ]) {
        const now = find(emu, kind, 'orders', name)?.metadata as Obj;
        const was = before.get(`${kind}/${name}`) as Obj;
        expect({ kind, generation: now.generation, resourceVersion: now.resourceVersion }).toEqual({
          kind,
          generation: was.generation,
          resourceVersion: was.resourceVersion
        });
      }
    },
    T
  );

  it(
    'bumps the generation on an image change and kubectl rollout status (watch) succeeds',
    async () => {
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_2))]);
      const dep = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(dep.metadata.generation).toBe(2);
      expect(dep.spec.template.spec.containers[0].image).toBe(IMAGE_2);
      const r = await kubectl(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('deployment "orders" successfully rolled out');
      expect(r.ms).toBeLessThan(5000);
      expect(emu.requests.some((q) => q.path === '/apis/apps/v1/namespaces/orders/deployments' && /watch=true/.test(q.query))).toBe(true);
      const status = (JSON.parse(await ok(emu, ['get', 'deployment', 'orders', '-n', 'orders', '-o', 'json'])) as Obj).status;
      expect(status).toMatchObject({ observedGeneration: 2, replicas: 1, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 });
      expect(status.conditions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'Available', status: 'True' }),
          expect.objectContaining({ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' })
        ])
      );
      const rs = JSON.parse(await ok(emu, ['get', 'replicasets', '-n', 'orders', '-l', 'app.kubernetes.io/instance=orders', '-o', 'json'])) as Obj;
      expect(rs.items.map((i: Obj) => i.spec.replicas).sort()).toEqual([0, 1]);
      const pods = JSON.parse(await ok(emu, ['get', 'pods', '-n', 'orders', '-l', 'app.kubernetes.io/instance=orders', '-o', 'json'])) as Obj;
      expect(pods.items).toHaveLength(1);
      expect(pods.items[0].spec.containers[0].image).toBe(IMAGE_2);
      expect(pods.items[0].status.phase).toBe('Running');
    },
    T
  );

  it(
    'rejects a ScaledObject with an unknown field, and invalid values with 422',
    async () => {
      const [so] = appObjects('orders', 'orders', IMAGE_2).filter((o) => o.kind === 'ScaledObject');
      const unknown = structuredClone(so);
      unknown.metadata.name = 'typo';
      unknown.spec.pollingIntervall = 30;
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([unknown])]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('.spec.pollingIntervall: field not declared in schema');
      expect(find(emu, 'ScaledObject', 'orders', 'typo')).toBeUndefined();

      const invalid = structuredClone(so);
      invalid.metadata.name = 'invalid';
      invalid.spec.minReplicaCount = 20;
      invalid.spec.pollingInterval = 0;
      invalid.spec.triggers[0].type = '';
      const r2 = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([invalid])]);
      expect(r2.code).not.toBe(0);
      expect(r2.stderr).toContain('The ScaledObject "invalid" is invalid');
      expect(r2.stderr).toContain('spec.pollingInterval');
      expect(r2.stderr).toContain('minReplicaCount must be less than or equal to maxReplicaCount');
      expect(r2.stderr).toContain('spec.triggers[0].type');

      // The raw answer: 422 with a Status body and one cause per problem.
      const raw = await api(emu, 'PATCH', '/apis/keda.sh/v1alpha1/namespaces/orders/scaledobjects/invalid?fieldManager=test', {
        body: invalid,
        contentType: 'application/apply-patch+yaml'
      });
      expect(raw.status).toBe(422);
      expect(raw.body).toMatchObject({
        kind: 'Status',
        status: 'Failure',
        reason: 'Invalid',
        code: 422,
        details: { name: 'invalid', group: 'keda.sh', kind: 'ScaledObject' }
      });
      expect(raw.body.details.causes.map((c: Obj) => c.field)).toEqual(expect.arrayContaining(['spec.pollingInterval', 'spec', 'spec.triggers[0].type']));
      const noManager = await api(emu, 'PATCH', '/apis/keda.sh/v1alpha1/namespaces/orders/scaledobjects/invalid', {
        body: so,
        contentType: 'application/apply-patch+yaml'
      });
      expect(noManager.status).toBe(422);
      expect(noManager.body.message).toContain('fieldManager: Required value');
    },
    T
  );

  it(
    'rejects invalid built-in objects the way kube-apiserver does',
    async () => {
      const [, dep] = appObjects('orders', 'bad', IMAGE_1);
      const unknown = structuredClone(dep);
      unknown.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([unknown])]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('.spec.template.spec.containers[0].imagePullPolicyy: field not declared in schema');

      const wrongType = structuredClone(dep);
      wrongType.spec.replicas = 'two';
      const r2 = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([wrongType])]);
      expect(r2.code).not.toBe(0);
      expect(r2.stderr).toContain('.spec.replicas: expected numeric');

      const mismatch = structuredClone(dep);
      mismatch.spec.template.metadata.labels = { other: 'labels' };
      delete mismatch.spec.template.spec.containers[0].image;
      const r3 = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([mismatch])]);
      expect(r3.code).not.toBe(0);
      expect(r3.stderr).toContain('The Deployment "bad" is invalid');
      expect(r3.stderr).toContain('`selector` does not match template `labels`');
      expect(r3.stderr).toContain('spec.template.spec.containers[0].image: Required value');

      // Changing the selector of an existing Deployment: immutable.
      const [, orders] = appObjects('orders', 'orders', IMAGE_2);
      orders.spec.selector.matchLabels = { 'app.kubernetes.io/name': 'orders' };
      const r4 = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([orders])]);
      expect(r4.code).not.toBe(0);
      expect(r4.stderr).toContain('field is immutable');

      // --dry-run=server validates without persisting.
      const dry = await ok(emu, ['apply', '--server-side', '--field-manager=test', '--dry-run=server', '-f', file([dep])]);
      expect(dry).toContain('deployment.apps/bad serverside-applied (server dry run)');
      expect(find(emu, 'Deployment', 'orders', 'bad')).toBeUndefined();
    },
    T
  );

  it(
    'reports a conflict when another field manager changes an owned field, unless forced',
    async () => {
      const [, dep] = appObjects('orders', 'orders', 'registry.example/orders:other');
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=someone-else', '-f', file([dep])]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('conflict with "test"');
      expect((find(emu, 'Deployment', 'orders', 'orders') as Obj).spec.template.spec.containers[0].image).toBe(IMAGE_2);
      // Back to the same values: shared ownership, no conflict.
      await ok(emu, ['apply', '--server-side', '--field-manager=someone-else', '-f', file([appObjects('orders', 'orders', IMAGE_2)[1]])]);
      const managers = ((find(emu, 'Deployment', 'orders', 'orders') as Obj).metadata.managedFields as Obj[]).map((m) => m.manager);
      expect(managers).toEqual(expect.arrayContaining(['test', 'someone-else']));
      // --force-conflicts takes the field over; the generation moves, the old owner loses it.
      await ok(emu, ['apply', '--server-side', '--field-manager=someone-else', '--force-conflicts', '-f', file([dep])]);
      const forced = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(forced.spec.template.spec.containers[0].image).toBe('registry.example/orders:other');
      expect(forced.metadata.generation).toBe(3);
      const test = (forced.metadata.managedFields as Obj[]).find((m) => m.manager === 'test') as Obj;
      const container = test.fieldsV1['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"functions"}'];
      expect(container['.']).toEqual({});
      expect(container['f:image']).toBeUndefined();
      // Applying it back as `test` (forced) restores the image for the later tests.
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '--force-conflicts', '-f', file(appObjects('orders', 'orders', IMAGE_2))]);
    },
    T
  );

  it(
    'an update that adds a list item owns that item only; a server dry run of an apply answers the ownership it would leave',
    async () => {
      const patch = [{ op: 'add', path: '/spec/template/spec/containers/0/env/-', value: { name: 'BY_HAND', value: 'x' } }];
      await ok(emu, ['patch', 'deployment', 'orders', '-n', 'orders', '--type', 'json', '-p', JSON.stringify(patch)]);
      const fields = (o: Obj, manager: string) =>
        ((o.metadata.managedFields as Obj[]).find((m) => m.manager === manager) as Obj).fieldsV1['f:spec']['f:template']['f:spec']['f:containers'][
          'k:{"name":"functions"}'
        ];
      const live = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(fields(live, 'kubectl-patch')).toEqual({ 'f:env': { 'k:{"name":"BY_HAND"}': { '.': {}, 'f:name': {}, 'f:value': {} } } });
      expect(fields(live, 'test')['.']).toEqual({});
      const dry = JSON.parse(
        await ok(emu, [
          'apply',
          '--server-side',
          '--field-manager=test',
          '--force-conflicts',
          '--dry-run=server',
          '--show-managed-fields',
          '-o',
          'json',
          '-f',
          file([appObjects('orders', 'orders', IMAGE_2)[1]])
        ])
      ) as Obj;
      expect(fields(dry, 'kubectl-patch')).toEqual(fields(live, 'kubectl-patch'));
      await ok(emu, [
        'patch',
        'deployment',
        'orders',
        '-n',
        'orders',
        '--type',
        'json',
        '-p',
        JSON.stringify([
          { op: 'remove', path: '/spec/template/spec/containers/0/env/' + String((live.spec.template.spec.containers[0].env as unknown[]).length - 1) }
        ])
      ]);
    },
    T
  );

  it(
    'removes what the manager stops applying, keeps what others and the server set',
    async () => {
      const objs = appObjects('orders', 'orders', IMAGE_2);
      const dep = objs[1];
      dep.metadata.labels.extra = 'yes'; // a string: written quoted (YAML 1.1), or kubectl would send `true`
      dep.spec.template.spec.containers[0].env.push({ name: 'EXTRA', value: '1' });
      dep.spec.template.spec.containers[0].ports.push({ containerPort: 8080, name: 'metrics' });
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([dep])]);
      const grown = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(grown.metadata.labels.extra).toBe('yes');
      const gc = grown.spec.template.spec.containers[0];
      expect(gc.env.map((e: Obj) => e.name)).toEqual(['AzureFunctionsJobHost__functions__0', 'EXTRA']);
      expect(gc.ports).toEqual([
        { containerPort: 80, protocol: 'TCP' },
        { containerPort: 8080, name: 'metrics', protocol: 'TCP' }
      ]);
      // `test` drops the label, the annotation, all env vars, the resources and the second port. What
      // only `test` owned goes; what "someone-else" also applied earlier (same values) stays.
      const slim = structuredClone(dep);
      delete slim.metadata.labels.extra;
      delete slim.metadata.annotations;
      delete slim.spec.template.spec.containers[0].env;
      delete slim.spec.template.spec.containers[0].resources;
      slim.spec.template.spec.containers[0].ports = [{ containerPort: 80 }];
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([slim])]);
      const after = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      const c = after.spec.template.spec.containers[0];
      expect(after.metadata.labels.extra).toBeUndefined();
      expect(c.env.map((e: Obj) => e.name)).toEqual(['AzureFunctionsJobHost__functions__0']);
      expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
      expect(c.resources.limits).toEqual({ memory: '512Mi' });
      expect(after.metadata.annotations['example.com/commit']).toBe('abc123');
      expect(after.metadata.annotations['deployment.kubernetes.io/revision']).toBeDefined(); // the controller's
      expect(after.spec.replicas).toBe(1); // the server's default
      // Once "someone-else" stops applying it (an apply with only the identity), nobody owns it: gone.
      const bare = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'orders', namespace: 'orders' } };
      await ok(emu, ['apply', '--server-side', '--field-manager=someone-else', '-f', file([bare])]);
      const gone = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(gone.spec.template.spec.containers[0].env).toBeUndefined();
      expect(gone.metadata.annotations['example.com/commit']).toBeUndefined();
      expect((gone.metadata.managedFields as Obj[]).map((m) => m.manager)).not.toContain('someone-else');
      // And back to the full manifest for the next tests.
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(objs)]);
      expect((find(emu, 'Deployment', 'orders', 'orders') as Obj).metadata.annotations['example.com/commit']).toBe('abc123');
    },
    T
  );

  it(
    'streams watch events from a resourceVersion',
    async () => {
      const list = await api(emu, 'GET', '/apis/apps/v1/namespaces/orders/deployments?fieldSelector=metadata.name%3Dorders');
      const rv = String(list.body.metadata.resourceVersion);
      const { ca } = await tlsOptions();
      const events: Obj[] = [];
      const done = new Promise<void>((resolve, reject) => {
        const req = request(
          new URL(
            `/apis/apps/v1/namespaces/orders/deployments?watch=true&resourceVersion=${rv}&fieldSelector=metadata.name%3Dorders&timeoutSeconds=5`,
            emu.url
          ),
          { ca, headers: { Authorization: `Bearer ${emu.token}` } },
          (res) => {
            let buf = '';
            res.on('data', (d: Buffer) => {
              buf += d.toString();
              const lines = buf.split('\n');
              buf = lines.pop() ?? '';
              for (const line of lines) if (line) events.push(JSON.parse(line) as Obj);
              if (events.some((e) => e.type === 'MODIFIED' && e.object.metadata.annotations?.['example.com/commit'] === 'watched')) {
                req.destroy();
                resolve();
              }
            });
            res.on('end', () => resolve());
          }
        );
        req.on('error', (e) => (String(e).includes('socket hang up') ? resolve() : reject(e)));
        req.end();
      });
      const patch = await api(emu, 'PATCH', '/apis/apps/v1/namespaces/orders/deployments/orders?fieldManager=annotator', {
        body: { metadata: { annotations: { 'example.com/commit': 'watched' } } },
        contentType: 'application/merge-patch+json'
      });
      expect(patch.status).toBe(200);
      expect(patch.body.metadata.generation).toBe((find(emu, 'Deployment', 'orders', 'orders') as Obj).metadata.generation); // metadata only: no bump
      await done;
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.object.kind === 'Deployment' && e.object.metadata.name === 'orders')).toBe(true);
      // Ownership moved to the Update manager; the applier now conflicts on it.
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file([appObjects('orders', 'orders', IMAGE_2)[1]])]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('conflict with "annotator"');
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '--force-conflicts', '-f', file([appObjects('orders', 'orders', IMAGE_2)[1]])]);
    },
    T
  );

  it(
    'lists by label across kinds and namespaces, deletes by label and by name',
    async () => {
      const sel = 'app.kubernetes.io/instance=orders';
      const list = JSON.parse(
        await ok(emu, ['get', 'deployments,services,secrets,scaledobjects,triggerauthentications', '-n', 'orders', '-l', sel, '-o', 'json'])
      ) as Obj;
      expect(list.items.map((i: Obj) => `${String(i.kind)}/${String(i.metadata.name)}`).sort()).toEqual([
        'Deployment/orders',
        'ScaledObject/orders',
        'Secret/orders-settings',
        'Service/orders-http',
        'TriggerAuthentication/orders-auth'
      ]);
      const all = JSON.parse(
        await ok(emu, ['get', 'secrets', '-A', '-l', `${sel},app.kubernetes.io/managed-by in (azure-functions-container-deploy),!not-there`, '-o', 'json'])
      ) as Obj;
      expect(all.items.map((i: Obj) => i.metadata.name)).toEqual(['orders-settings']);
      expect((await api(emu, 'GET', `/api/v1/secrets?labelSelector=${encodeURIComponent('app.kubernetes.io/instance!=orders')}`)).body.items).toEqual([]);

      const del = await ok(emu, ['delete', 'scaledobjects,triggerauthentications', '-n', 'orders', '-l', sel]);
      expect(del).toContain('scaledobject.keda.sh "orders" deleted');
      expect(del).toContain('triggerauthentication.keda.sh "orders-auth" deleted');
      expect(await ok(emu, ['delete', 'service', 'orders-http', '-n', 'orders'])).toContain('service "orders-http" deleted');
      const gone = await kubectl(emu, ['delete', 'service', 'orders-http', '-n', 'orders']);
      expect(gone.code).not.toBe(0);
      expect(gone.stderr).toContain('services "orders-http" not found');

      // DELETE on a collection with a label selector (the API's deletecollection).
      const coll = await api(emu, 'DELETE', `/api/v1/namespaces/orders/secrets?labelSelector=${encodeURIComponent(sel)}`);
      expect(coll.status).toBe(200);
      expect(coll.body.items.map((i: Obj) => i.metadata.name)).toEqual(['orders-settings']);
      // Deleting the Deployment takes its ReplicaSets and Pods with it (garbage collection).
      await ok(emu, ['delete', 'deployment', 'orders', '-n', 'orders']);
      expect(
        emu
          .objects()
          .filter((o) => ['Deployment', 'ReplicaSet', 'Pod', 'Secret', 'Service'].includes(String(o.kind)) && (o.metadata as Obj).namespace === 'orders')
      ).toEqual([]);
      const missing = await api(emu, 'GET', '/apis/apps/v1/namespaces/orders/deployments/orders');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ kind: 'Status', reason: 'NotFound', details: { name: 'orders', group: 'apps', kind: 'deployments' } });
    },
    T
  );

  it(
    'refuses objects in a namespace that does not exist',
    async () => {
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('nowhere', 'orders', IMAGE_1).slice(0, 1))]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('namespaces "nowhere" not found');
    },
    T
  );

  it(
    'KEDA missing: get crd fails, applying a ScaledObject fails',
    async () => {
      expect(await ok(emu, ['get', 'crd', 'scaledobjects.keda.sh', '-o', 'name'])).toBe(
        'customresourcedefinition.apiextensions.k8s.io/scaledobjects.keda.sh\n'
      );
      emu.setKeda(false);
      try {
        const crd = await kubectl(emu, ['get', 'crd', 'scaledobjects.keda.sh']);
        expect(crd.code).not.toBe(0);
        expect(crd.stderr).toContain('customresourcedefinitions.apiextensions.k8s.io "scaledobjects.keda.sh" not found');
        const so = appObjects('orders', 'orders', IMAGE_1).filter((o) => o.kind === 'ScaledObject');
        const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(so)]);
        expect(r.code).not.toBe(0);
        // kubectl's cached discovery may still list the type (then the server answers 404) or not
        // (then kubectl reports the missing mapping): both are what a real cluster gives.
        expect(r.stderr).toMatch(/ensure CRDs are installed first|the server could not find the requested resource/);
        const raw = await api(emu, 'PATCH', '/apis/keda.sh/v1alpha1/namespaces/orders/scaledobjects/orders?fieldManager=test', {
          body: so[0],
          contentType: 'application/apply-patch+yaml'
        });
        expect(raw.status).toBe(404);
        expect(raw.body).toMatchObject({ kind: 'Status', reason: 'NotFound' });
        expect((await api(emu, 'GET', '/apis')).body.groups.map((g: Obj) => g.name)).not.toContain('keda.sh');
        expect(Object.keys((await api(emu, 'GET', '/openapi/v3')).body.paths)).not.toContain('apis/keda.sh/v1alpha1');
      } finally {
        emu.setKeda(true);
      }
      await ok(emu, ['get', 'crd', 'scaledobjects.keda.sh']);
    },
    T
  );

  it(
    'deletes a namespace with everything in it',
    async () => {
      await ok(emu, ['create', 'namespace', 'doomed']);
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('doomed', 'orders', IMAGE_1))]);
      const del = await api(emu, 'DELETE', '/api/v1/namespaces/doomed');
      expect(del.status).toBe(200);
      expect(del.body.status.phase).toBe('Terminating');
      const late = await api(emu, 'POST', '/api/v1/namespaces/doomed/configmaps', {
        body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' } }
      });
      expect(late.status).toBe(403);
      expect(late.body.message).toContain('because it is being terminated');
      const r = await kubectl(emu, ['delete', 'namespace', 'doomed', '--ignore-not-found']);
      expect(r.code).toBe(0);
      const get = await kubectl(emu, ['get', 'namespace', 'doomed']);
      expect(get.code).not.toBe(0);
      expect(emu.objects().filter((o) => (o.metadata as Obj).namespace === 'doomed')).toEqual([]);
    },
    T
  );

  it(
    'serves the HTTPScaledObject CRD only with the HTTP add-on',
    async () => {
      const r = await kubectl(emu, ['get', 'crd', 'httpscaledobjects.http.keda.sh']);
      expect(r.code).not.toBe(0);
      const withAddon = await startKubeEmulator({ httpAddon: true });
      try {
        expect(await ok(withAddon, ['api-resources', '--api-group=http.keda.sh', '-o', 'name'])).toBe('httpscaledobjects.http.keda.sh\n');
      } finally {
        await withAddon.close();
      }
    },
    T
  );
});

describe('kube emulator: KEDA not installed', () => {
  let emu: KubeEmulator;
  beforeAll(async () => {
    emu = await startKubeEmulator({ kedaCrds: false });
  });
  afterAll(() => emu.close());

  it(
    'kubectl reports the missing CRDs and still applies the built-in objects',
    async () => {
      await ok(emu, ['create', 'namespace', 'orders']);
      const crd = await kubectl(emu, ['get', 'crd', 'scaledobjects.keda.sh']);
      expect(crd.code).not.toBe(0);
      expect(crd.stderr).toContain('NotFound');
      const r = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('no matches for kind "ScaledObject" in version "keda.sh/v1alpha1"');
      expect(r.stderr).toContain('ensure CRDs are installed first');
      // kubectl applies what it can map: the product must check for KEDA before applying.
      expect(r.stdout).toContain('deployment.apps/orders serverside-applied');
    },
    T
  );
});

describe('kube emulator: a rollout that never completes', () => {
  let emu: KubeEmulator;
  beforeAll(async () => {
    emu = await startKubeEmulator({ rollout: 'never' });
  });
  afterAll(() => emu.close());

  it(
    'rollout status times out, pods and events show why, and the rollout completes once pods can run',
    async () => {
      await ok(emu, ['create', 'namespace', 'orders']);
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      const r = await kubectl(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=3s']);
      expect(r.code).not.toBe(0);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.stderr).toContain('timed out waiting for the condition');

      const dep = JSON.parse(await ok(emu, ['get', 'deployment', 'orders', '-n', 'orders', '-o', 'json'])) as Obj;
      expect(dep.status).toMatchObject({ observedGeneration: 1, replicas: 1, updatedReplicas: 1, readyReplicas: 0, availableReplicas: 0 });
      expect(dep.status.conditions).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' })])
      );

      const pods = JSON.parse(await ok(emu, ['get', 'pods', '-n', 'orders', '-l', 'app.kubernetes.io/instance=orders', '-o', 'json'])) as Obj;
      expect(pods.items).toHaveLength(1);
      const pod = pods.items[0];
      expect(pod.status.containerStatuses[0].state.waiting.reason).toBe('CrashLoopBackOff');
      const events = JSON.parse(
        await ok(emu, ['get', 'events', '-n', 'orders', '--field-selector', `involvedObject.name=${String(pod.metadata.name)}`, '-o', 'json'])
      ) as Obj;
      expect(events.items.every((e: Obj) => e.involvedObject.name === pod.metadata.name)).toBe(true);
      expect(events.items).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'Warning', reason: 'BackOff' })]));
      const table = await ok(emu, ['get', 'events', '-n', 'orders', '--field-selector', 'type=Warning']);
      expect(table).toMatch(/Warning\s+BackOff\s+pod\//);
      expect(await ok(emu, ['get', 'pods', '-n', 'orders'])).toMatch(/0\/1\s+CrashLoopBackOff\s+3/);

      emu.setRollout('complete');
      const done = await kubectl(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('successfully rolled out');
    },
    T
  );

  it(
    'reports ProgressDeadlineExceeded once the progress deadline passes',
    async () => {
      const fast = await startKubeEmulator({ rollout: 'never', podFailure: 'ImagePullBackOff', progressDeadlineMs: 1000 });
      try {
        await ok(fast, ['create', 'namespace', 'orders']);
        await ok(fast, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
        const r = await kubectl(fast, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=8s']);
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain('deployment "orders" exceeded its progress deadline');
        const dep = JSON.parse(await ok(fast, ['get', 'deployment', 'orders', '-n', 'orders', '-o', 'json'])) as Obj;
        expect(dep.status.conditions).toEqual(
          expect.arrayContaining([expect.objectContaining({ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' })])
        );
        const pods = JSON.parse(await ok(fast, ['get', 'pods', '-n', 'orders', '-o', 'json'])) as Obj;
        expect(pods.items[0].status.containerStatuses[0].state.waiting.reason).toBe('ImagePullBackOff');
      } finally {
        await fast.close();
      }
    },
    T
  );
});

describe('kube emulator: rollout undo', () => {
  let emu: KubeEmulator;
  beforeAll(async () => {
    emu = await startKubeEmulator();
  });
  afterAll(() => emu.close());

  it(
    'rolls back to the previous ReplicaSet (JSON patch), after which a plain apply conflicts with "kubectl"',
    async () => {
      await ok(emu, ['create', 'namespace', 'orders']);
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      await ok(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_2))]);
      await ok(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      expect(await ok(emu, ['rollout', 'undo', 'deployment/orders', '-n', 'orders'])).toContain('deployment.apps/orders rolled back');
      expect(emu.requests.some((r) => r.method === 'PATCH' && r.contentType === 'application/json-patch+json')).toBe(true);
      await ok(emu, ['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s']);
      const dep = find(emu, 'Deployment', 'orders', 'orders') as Obj;
      expect(dep.spec.template.spec.containers[0].image).toBe(IMAGE_1);
      expect(dep.metadata.generation).toBe(3);
      expect(dep.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3');
      const history = await ok(emu, ['rollout', 'history', 'deployment/orders', '-n', 'orders']);
      expect(
        history
          .split('\n')
          .filter((l) => /^\d+\s/.test(l))
          .map((l) => l.split(/\s+/)[0])
      ).toEqual(['2', '3']);
      // The undo was an Update by "kubectl": the image is no longer the applier's alone.
      const again = await kubectl(emu, ['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_2))]);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain('conflict with "kubectl": .spec.template.spec.containers[name="functions"].image');
      await ok(emu, ['apply', '--server-side', '--field-manager=test', '--force-conflicts', '-f', file(appObjects('orders', 'orders', IMAGE_2))]);
      expect((find(emu, 'Deployment', 'orders', 'orders') as Obj).spec.template.spec.containers[0].image).toBe(IMAGE_2);
    },
    T
  );
});

const KUBECTL_132 = '/usr/lib/google-cloud-sdk/bin/kubectl.1.32';

describe('kube emulator with the kubectl 1.32 binary itself', () => {
  // /usr/bin/kubectl here is gcloud's dispatcher, which runs the kubectl matching the server's minor
  // version (1.33 against this emulator); this runs the 1.32 binary directly.
  let emu: KubeEmulator;
  beforeAll(async () => {
    emu = await startKubeEmulator();
  });
  afterAll(() => emu.close());

  const has132 = existsSync(KUBECTL_132);
  (has132 ? it : it.skip)(
    'applies, waits for the rollout and rejects unknown fields',
    async () => {
      const run = (args: string[]) => kubectl(emu, args, {}, KUBECTL_132);
      expect((await run(['version', '--client'])).stdout).toContain('v1.32');
      expect((await run(['create', 'namespace', 'orders'])).code).toBe(0);
      const applied = await run(['apply', '--server-side', '--field-manager=test', '-f', file(appObjects('orders', 'orders', IMAGE_1))]);
      expect(applied.code).toBe(0);
      expect(applied.stdout).toContain('scaledobject.keda.sh/orders serverside-applied');
      expect((await run(['rollout', 'status', 'deployment/orders', '-n', 'orders', '--timeout=10s'])).code).toBe(0);
      const so = appObjects('orders', 'orders', IMAGE_1)[4];
      so.spec.cooldownPeriodd = 1;
      const bad = await run(['apply', '--server-side', '--field-manager=test', '-f', file([so])]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('.spec.cooldownPeriodd: field not declared in schema');
    },
    T
  );
});
