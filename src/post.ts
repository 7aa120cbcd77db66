/** The post step: remove the temporary docker config (and with it the registry credentials). */
import * as core from '@actions/core';
import { removeDockerConfig } from './image/login.js';
import { state } from './state.js';
import { rmSync } from 'node:fs';

export async function post(): Promise<void> {
  for (const dir of state.cleanup()) {
    try {
      rmSync(dir, { recursive: true, force: true });
      core.info(`Removed ${dir}.`);
    } catch (e) {
      core.warning(`Could not remove ${dir}: ${(e as Error).message}`);
    }
  }
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
