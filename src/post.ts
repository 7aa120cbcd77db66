/** The post step: remove the temporary docker config (and with it the registry credentials). */
import * as core from '@actions/core';
import { removeDockerConfig } from './image/login.js';
import { state } from './state.js';

export async function post(): Promise<void> {
  const dir = state.dockerConfig();
  if (dir) {
    try {
      removeDockerConfig(dir);
      core.info('Removed the temporary docker config and its registry credentials.');
    } catch (e) {
      core.warning(`Could not remove the temporary docker config ${dir}: ${(e as Error).message}`);
    }
  }
}
