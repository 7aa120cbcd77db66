/**
 * What each target declares about the inputs, and the checks that combine the target with the
 * rest of the config. Inputs only one target reads are declared here; set with the other target
 * they have no effect, and the run says so. (health-path is read by both: aks uses it as the
 * pods' probe path.)
 */
import { InputError } from '../util/errors.js';
import type { InputReader } from './inputs.js';
import type { Config, Mode, Target } from './config.js';

export const TARGET_ONLY_INPUTS: Record<Target, readonly string[]> = {
  functionapp: ['app-name', 'slot', 'remove-app-settings', 'slot-settings', 'pull-identity-client-id'],
  aks: ['cluster-name', 'namespace', 'workload-identity-client-id', 'manifests-dir']
};

/** The inputs set that another target declared as its own. */
export function noEffectWarnings(target: Target, read: InputReader): string[] {
  const others = (Object.keys(TARGET_ONLY_INPUTS) as Target[]).filter((t) => t !== target);
  return others
    .flatMap((t) => TARGET_ONLY_INPUTS[t])
    .filter((n) => read(n)?.trim())
    .map((n) => `${n} has no effect with target: ${target}.`);
}

/** Combinations the target refuses, before any side effect. */
export function checkTargetInputs(target: Target, mode: Mode | undefined, c: Pick<Config, 'functionapp'>): void {
  if (target === 'functionapp' && !c.functionapp.appName && mode !== 'build') {
    throw new InputError(
      'app-name',
      'is required with target: functionapp.',
      'Set app-name to the function app to deploy to (or mode: build to only build and push).'
    );
  }
  if (target === 'aks' && c.functionapp.swap)
    throw new InputError('swap', 'is for target: functionapp.', 'AKS deploys roll out in place; remove swap or use target: functionapp.');
  if (mode === 'render' && target !== 'aks')
    throw new InputError('mode', "'render' is for target: aks.", 'Use mode: plan to see what a functionapp deploy would change.');
}
