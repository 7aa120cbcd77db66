/** What the main step leaves for the post step (GITHUB_STATE). */
import * as core from '@actions/core';

const IS_POST = 'isPost';
const DOCKER_CONFIG = 'dockerConfig';

export const state = {
  isPost: () => core.getState(IS_POST) === 'true',
  markMainStarted: () => core.saveState(IS_POST, 'true'),
  saveDockerConfig: (dir: string) => core.saveState(DOCKER_CONFIG, dir),
  dockerConfig: () => core.getState(DOCKER_CONFIG)
};
