/** What the main step leaves for the post step (GITHUB_STATE). */
import * as core from '@actions/core';

const IS_POST = 'isPost';
const CLEANUP = 'cleanup';
let cleanup: string[] = [];

export const state = {
  isPost: () => core.getState(IS_POST) === 'true',
  markMainStarted: () => core.saveState(IS_POST, 'true'),
  /** A temp dir holding credentials (the registry login's docker config, a kubeconfig) that the post step removes. */
  addCleanup: (dir: string) => {
    cleanup = [...cleanup, dir];
    core.saveState(CLEANUP, JSON.stringify(cleanup));
  },
  cleanup: (): string[] => {
    try {
      return JSON.parse(core.getState(CLEANUP) || '[]') as string[];
    } catch {
      return [];
    }
  }
};
