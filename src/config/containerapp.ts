/**
 * The inputs only target containerapp reads. The app, its resource group, its settings, how it
 * pulls and the health path are functionapp's inputs (config/functionapp.ts), read once for both.
 */
import { InputError } from '../util/errors.js';
import { parseList } from './parse.js';
import type { Inputs } from './inputs.js';
import type { ContainerAppConfig } from './config.js';

/**
 * `traffic-steps`: the percentages of production traffic the released revision receives, one
 * step after another, each verified before the next: strictly increasing integers from 1 to 100
 * that end at 100. Default: `100` (one move).
 */
export function readContainerApp(i: Inputs): ContainerAppConfig {
  const raw = i.raw('traffic-steps');
  const items = parseList(raw, { commas: true });
  if (!items.length) return { trafficSteps: [100] };
  const accepted = 'Accepted: increasing whole percentages ending at 100, e.g. `10,50,100` (default `100`).';
  const steps = items.map((s) => {
    const n = /^\d{1,3}%?$/.test(s) ? Number(s.replace('%', '')) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 100) throw new InputError('traffic-steps', `${JSON.stringify(s)} is not a percentage from 1 to 100.`, accepted);
    return n;
  });
  for (let k = 1; k < steps.length; k++)
    if (steps[k] <= steps[k - 1]) throw new InputError('traffic-steps', `${steps.join(',')} does not increase at every step.`, accepted);
  if (steps[steps.length - 1] !== 100) throw new InputError('traffic-steps', `${steps.join(',')} does not end at 100.`, accepted);
  return { trafficSteps: steps };
}
