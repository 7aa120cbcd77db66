/**
 * Logs people can read and nobody can forge, through the bundled action run as the runner runs it:
 * - event text (branch, tag, release, pull-request fields) carrying a line break and a workflow
 *   command reaches the log, the annotations and the summary escaped: no such command line;
 * - masks are kept for credentials: `FUNCTIONS_WORKER_RUNTIME=node` does not blank "node" in an
 *   error about `virtual-nodes` (read as the runner shows it, scripts/runner-log.mjs).
 * mode: render with a prebuilt digest: no docker, no cluster.
 */
import { describe, expect, test } from '@jest/globals';
import { runAction, leaks, renderRunnerLog, type ActionRun } from '../support/runner.js';
import { pullRequestEvent, pushEvent, releaseEvent, workflowDispatchEvent, type Scenario } from '../support/events.js';

const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
const DIGEST = `sha256:${'e'.repeat(64)}`;
const PLANTED = 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=PLANTED-log-s3cr3t==';

const render = (extra: Record<string, string> = {}) => ({
  target: 'aks',
  mode: 'render',
  registry: REGISTRY,
  image: `${REGISTRY}/functions-app@${DIGEST}`,
  name: 'functions-app',
  namespace: 'functions',
  'functions-path': 'examples/functions-app',
  'app-settings': `FUNCTIONS_WORKER_RUNTIME=node\nAzureWebJobsStorage=${PLANTED}`,
  ...extra
});

/**
 * Every line of the step's output that the runner would read as a workflow command: `::name::`
 * after blanks, else a legacy `##[name]` anywhere in the line (a line the runner splits at \r too).
 */
function commandLines(run: ActionRun): string[] {
  const all = [run.stdout, run.stderr, run.post?.stdout ?? '', run.post?.stderr ?? ''].join('\n');
  return all.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['));
}

/** The commands the action itself may issue. */
const OURS = /^::(add-mask|debug|warning|notice|error|group|endgroup)::/;

const FORGED = ['\n::stop-commands::x', '\n::error::forged', '\r##[error]forged-too'];

describe('nothing from an event can forge a workflow command', () => {
  // [name, scenario, whether the action names the forged field in its log or summary]
  const scenarios: Array<[string, () => Scenario, boolean]> = [
    ['push to a branch', () => pushEvent(`refs/heads/main${FORGED.join('')}`), true],
    ['push of a tag', () => pushEvent(`refs/tags/v1.0.0${FORGED.join('')}`), true],
    ['release published', () => releaseEvent(`v2.0.0${FORGED.join('')}`), true],
    [
      'pull request (head ref and title)',
      () => {
        const s = pullRequestEvent('opened');
        s.payload.pull_request.head.ref = `feature${FORGED.join('')}`;
        s.payload.pull_request.title = `Fix${FORGED.join('')}`;
        return s;
      },
      false
    ],
    [
      'workflow_dispatch (ref and inputs)',
      () => {
        const s = workflowDispatchEvent();
        s.env.GITHUB_REF = `refs/heads/main${FORGED.join('')}`;
        s.payload.ref = s.env.GITHUB_REF;
        s.payload.inputs = { reason: `go${FORGED.join('')}` };
        return s;
      },
      true
    ],
    [
      'push that deleted a forged ref (a notice)',
      () => {
        const s = pushEvent(`refs/heads/gone${FORGED.join('')}`);
        s.payload.deleted = true;
        return s;
      },
      true
    ]
  ];

  test.each(scenarios)(
    '%s',
    async (_name, make, named) => {
      const run = await runAction({ inputs: render(), scenario: make() });
      // Only the action's own commands, each on its own line (annotations carry the escaped text inside).
      expect(commandLines(run).filter((l) => !OURS.test(l.trim()))).toEqual([]);
      expect(run.stdout).not.toMatch(/^\s*::stop-commands::/m);
      expect(run.stdout).not.toMatch(/^\s*::error::forged/m);
      // The forged text is shown, escaped, where the event is named.
      if (named) expect(`${run.stdout}${run.summary}`).toMatch(/\\n::(stop-commands|error)::/);
      // The summary: no line a runner or a Markdown table would misread.
      expect(run.summary.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([]);
      expect(leaks(run, [PLANTED])).toEqual([]);
    },
    60_000
  );
});

describe('masking keeps the log readable', () => {
  test('FUNCTIONS_WORKER_RUNTIME=node: an error naming virtual-nodes reads "virtual-nodes", the credential reads ***', async () => {
    const run = await runAction({ inputs: render({ 'virtual-nodes': 'nodes' }), scenario: pushEvent('refs/heads/main') });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::add-mask::node$/m);
    expect(run.stdout).toContain(`::add-mask::${PLANTED}`);
    const shown = renderRunnerLog(run.stdout);
    expect(shown).toMatch(/Error: Input 'virtual-nodes': "nodes" is not a boolean/);
    expect(shown).not.toContain('***');
    expect(leaks(run, [PLANTED])).toEqual([]);
  }, 60_000);
});
