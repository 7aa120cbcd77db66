/**
 * Which module imports which: config imports the clouds (not the other way round), and the Azure
 * session lives in azure/, so the targets do not form a cycle through target.ts.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const imports = (file: string) => [...readFileSync(join('src', file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('import directions', () => {
  test.each([
    ['azure/clouds.ts', /config\//],
    ['azure/session.ts', /targets\//],
    ['targets/aks/kubeconfig.ts', /target\.js$/]
  ])('%s imports nothing matching %s', (file, forbidden) => {
    expect(imports(file).filter((i) => forbidden.test(i))).toEqual([]);
  });

  test.each([
    ['config/azure.ts', '../azure/clouds.js'],
    ['targets/target.ts', '../azure/session.js'],
    ['run.ts', './azure/session.js']
  ])('%s imports %s', (file, module) => {
    expect(imports(file)).toContain(module);
  });
});
