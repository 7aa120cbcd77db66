/**
 * The aks verbs split the work: render reads the app and writes the redacted manifests; plan
 * writes no file (and, in render mode, reads no cluster); the rendered result is not changed by
 * planning (it is frozen here, so a change would throw).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { aksTarget } from '../../../src/targets/aks/index.js';
import { readConfig } from '../../../src/config/config.js';
import { decideIntent } from '../../../src/github/intent.js';
import type { DeployContext } from '../../../src/targets/target.js';
import { contextOf, pushEvent } from '../../support/events.js';

const DIGEST = 'sha256:' + 'e'.repeat(64);
const IMAGE = `127.0.0.1:5000/http-only@${DIGEST}`;
const tmpRoot = mkdtempSync(join(tmpdir(), 'aks-render-plan-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

const files = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

function ctx(): DeployContext {
  const values: Record<string, string> = {
    target: 'aks',
    mode: 'render',
    registry: '127.0.0.1:5000',
    image: IMAGE,
    'functions-path': 'examples/apps/http-only',
    'app-settings': 'AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eHl6'
  };
  const config = readConfig(
    (n) => values[n] ?? '',
    () => undefined
  );
  return {
    config,
    facts: decideIntent(contextOf(pushEvent('refs/heads/master'))),
    mode: 'render',
    image: IMAGE,
    digest: DIGEST,
    registry: '127.0.0.1:5000',
    tmpRoot,
    workspace: resolve('.'),
    cleanup: () => undefined,
    pollMs: 1
  };
}

describe('aks render → plan', () => {
  test('render writes the manifests file; plan writes nothing and keeps what render made', async () => {
    const c = ctx();
    const rendered = Object.freeze(await aksTarget.render(c));
    expect(files(tmpRoot)).toEqual(['http-only-manifests', join('http-only-manifests', 'manifests.yaml')]);
    expect(rendered.manifestsPath).toBe(join(tmpRoot, 'http-only-manifests', 'manifests.yaml'));
    const before = files(tmpRoot);
    const plan = await aksTarget.plan(c, rendered);
    expect(files(tmpRoot)).toEqual(before);
    expect(plan).toMatchObject({
      name: rendered.name,
      namespace: rendered.namespace,
      manifestsPath: rendered.manifestsPath,
      existing: [],
      pruned: [],
      previous: []
    });
    expect(aksTarget.outputs(plan)).toMatchObject({ instance: 'default', namespace: 'default', manifests: rendered.manifestsPath, url: undefined });
  });
});
