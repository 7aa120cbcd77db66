/** The one place the action reads its inputs: through @actions/core, into readConfig. */
import * as core from '@actions/core';
import { readConfig, type Config } from './config.js';
import { secret } from '../report/mask.js';

export function readInputs(): Config {
  return readConfig((name) => core.getInput(name), secret);
}
