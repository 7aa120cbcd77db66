/**
 * What each target declares about the inputs, and the checks that combine the target with the
 * rest of the config. Inputs only one target reads are declared here; set with the other target
 * they have no effect, and the run says so. (health-path is read by all: aks uses it as the
 * pods' probe path.) containerapp reads functionapp's app inputs too (SHARED_INPUTS).
 */
import { InputError } from '../util/errors.js';
import type { InputReader } from './inputs.js';
import type { Config, Mode, Target } from './config.js';

export const TARGET_ONLY_INPUTS: Record<Target, readonly string[]> = {
  functionapp: ['app-name', 'slot', 'remove-app-settings', 'slot-settings', 'pull-identity-client-id', 'preview-evict-closed'],
  aks: ['cluster-name', 'namespace', 'workload-identity-client-id', 'manifests-dir'],
  containerapp: ['traffic-steps']
};

/** Inputs another target declares that this one reads too (containerapp reuses functionapp's app inputs). */
export const SHARED_INPUTS: Partial<Record<Target, readonly string[]>> = {
  containerapp: ['app-name', 'remove-app-settings', 'pull-identity-client-id']
};

/** The inputs set that another target declared as its own. */
export function noEffectWarnings(target: Target, read: InputReader): string[] {
  const others = (Object.keys(TARGET_ONLY_INPUTS) as Target[]).filter((t) => t !== target);
  return others
    .flatMap((t) => TARGET_ONLY_INPUTS[t])
    .filter((n, k, all) => all.indexOf(n) === k && !(SHARED_INPUTS[target] ?? []).includes(n))
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
  if (target === 'containerapp' && mode !== 'build') {
    if (!c.functionapp.appName)
      throw new InputError(
        'app-name',
        'is required with target: containerapp.',
        'Set app-name to the container app (kind functionapp) to deploy to (or mode: build to only build and push).'
      );
    if (!c.functionapp.resourceGroup)
      throw new InputError('resource-group', 'is required with target: containerapp.', 'Set resource-group to the resource group of the container app.');
    if (c.functionapp.swap)
      throw new InputError(
        'swap',
        'is for target: functionapp.',
        'A containerapp release is verified under the label staging, then takes the traffic in traffic-steps; remove swap.'
      );
  }
  if (target === 'aks' && c.functionapp.swap)
    throw new InputError('swap', 'is for target: functionapp.', 'AKS deploys roll out in place; remove swap or use target: functionapp.');
  if (mode === 'render' && target !== 'aks')
    throw new InputError('mode', "'render' is for target: aks.", `Use mode: plan to see what a ${target} deploy would change.`);
}
