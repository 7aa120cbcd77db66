/** manifests-dir that cannot hold the manifests: the error names the input and what is in the way, never a raw EEXIST. */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestsDirectory, writeManifestsFile } from '../../../src/targets/aks/manifests-file.js';
import { ActionError } from '../../../src/util/errors.js';

const root = mkdtempSync(join(tmpdir(), 'manifests-dir-'));
writeFileSync(join(root, 'a-file'), 'x');
mkdirSync(join(root, 'existing'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function failure(dir: string): ActionError {
  try {
    writeManifestsFile(dir, 'kind: Service\n', 'manifests-dir');
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('expected an ActionError');
}

describe('writeManifestsFile', () => {
  test.each([
    ['a missing folder is created', 'new/deeper'],
    ['an existing folder is used', 'existing']
  ])('%s', (_n, dir) => {
    const path = writeManifestsFile(join(root, dir), 'kind: Service\n', 'manifests-dir');
    expect(path).toBe(join(root, dir, 'manifests.yaml'));
    expect(readFileSync(path, 'utf8')).toBe('kind: Service\n');
  });

  test.each([
    ['manifests-dir is a file', 'a-file', join(root, 'a-file')],
    ['manifests-dir is below a file', 'a-file/sub', join(root, 'a-file')]
  ])('%s: the input is named, with the file in the way', (_n, dir, blocker) => {
    const e = failure(join(root, dir));
    expect(e.message).toMatch(/^Input 'manifests-dir': /);
    expect(e.message).toContain(`${blocker} is a file, not a folder`);
    expect(e.message).not.toMatch(/EEXIST|ENOTDIR/);
    expect(e.hint).toMatch(/Set manifests-dir to a folder/);
  });
});

describe('manifestsDirectory', () => {
  test.each([
    [undefined, '/tmp/runner', '/tmp/runner/orders-manifests'],
    ['out/k8s', '/tmp/runner', '/ws/out/k8s'],
    ['/abs/k8s', '/tmp/runner', '/abs/k8s']
  ])('%s → %s', (input, tmpRoot, expected) => {
    expect(manifestsDirectory(input, '/ws', tmpRoot, 'orders')).toBe(expected);
  });
});
