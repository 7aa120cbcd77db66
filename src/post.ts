/** The post step: remove the temp dirs holding credentials (the docker config of the registry login, a kubeconfig). */
import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { state } from './state.js';

export async function post(): Promise<void> {
  // rmSync removes symlinks, never what they point to: the docker config links the user's ~/.docker plugins and builders.
  for (const dir of state.cleanup()) {
    try {
      rmSync(dir, { recursive: true, force: true });
      core.info(`Removed ${dir} and the credentials in it.`);
    } catch (e) {
      core.warning(`Could not remove ${dir}: ${(e as Error).message}`);
    }
  }
}
