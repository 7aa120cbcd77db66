/** The one place the action reads its inputs: through @actions/core, into readConfig. */
import * as core from '@actions/core';
import { readConfig, type Config, type ReadOptions } from './config.js';
import { secret } from '../report/mask.js';

export function readInputs(options: ReadOptions = {}): Config {
  return readConfig((name) => core.getInput(name), secret, options);
}
