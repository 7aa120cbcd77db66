/** action.yml as data, for the tests that hold the code to the declared interface. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ROOT } from '../../scripts/run-action.mjs';

export { ROOT };

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

export function actionYml(): ActionYml {
  return loadYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}
