/** Entry point of both the main and the post step (action.yml points both here). */
import * as core from '@actions/core';
import { describeError } from './util/errors.js';
import { state } from './state.js';
import { redact } from './report/mask.js';

async function entry(): Promise<void> {
  try {
    if (state.isPost()) {
      const { post } = await import('./post.js');
      await post();
    } else {
      state.markMainStarted();
      const { run } = await import('./run.js');
      await run();
    }
  } catch (err) {
    core.setFailed(redact(describeError(err)));
  }
}

void entry();
