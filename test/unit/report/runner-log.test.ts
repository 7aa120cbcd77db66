/**
 * scripts/runner-log.mjs: the log as a runner shows it (what `npm run demo` prints). Commands are
 * consumed, annotations read Error:/Warning:/Notice:, masks apply to every later line and step.
 */
import { describe, expect, test } from '@jest/globals';
import { RunnerLog, renderRunnerLog } from '../../../scripts/runner-log.mjs';

describe('renderRunnerLog', () => {
  test('::add-mask:: is consumed and its value reads *** in every later line, never before', () => {
    const raw = ['before hunter2-pw', '::add-mask::hunter2-pw', 'login with hunter2-pw', '[command]docker login -u u --password-stdin', ''].join('\n');
    expect(renderRunnerLog(raw)).toBe(['before hunter2-pw', 'login with ***', '[command]docker login -u u --password-stdin', ''].join('\n'));
  });

  test('::debug::, ::endgroup::, ::save-state:: are consumed; ::group:: shows its title; annotations read as the runner shows them', () => {
    const raw = [
      '::debug::id token eyJx.y.z',
      '::group::Build and push',
      'step 1',
      '::endgroup::',
      '::warning::two%0Alines',
      '::error file=a.ts,line=3::bad %25 thing',
      '::notice::note',
      ''
    ].join('\n');
    expect(renderRunnerLog(raw)).toBe(['▶ Build and push', 'step 1', 'Warning: two', 'lines', 'Error: bad % thing', 'Notice: note', ''].join('\n'));
  });

  test('a masked value inside an annotation is masked; the longest mask wins', () => {
    const raw = ['::add-mask::abc', '::add-mask::abcdef', '::error::failed with abcdef and abc', ''].join('\n');
    expect(renderRunnerLog(raw)).toBe('Error: failed with *** and ***\n');
  });

  test('::stop-commands:: stops processing until its token comes back (the reason event text is escaped)', () => {
    const raw = ['::stop-commands::tok', '::add-mask::not-a-mask', '::error::shown as is', '::tok::', '::add-mask::real', 'real not-a-mask', ''].join('\n');
    expect(renderRunnerLog(raw)).toBe(['::add-mask::not-a-mask', '::error::shown as is', '*** not-a-mask', ''].join('\n'));
  });

  test('a writer renders a stream of chunks line by line; masks carry over to the next step of the job', () => {
    const log = new RunnerLog();
    let out = '';
    const w = log.writer((t) => (out += t));
    w.chunk('::add-mask::s3cr');
    w.chunk('et-1\nuses s3cret-1');
    expect(out).toBe('');
    w.chunk(' here\npartial');
    w.end();
    expect(out).toBe('uses *** here\npartial\n');
    expect(log.render('post step: s3cret-1\n')).toBe('post step: ***\n');
  });
});
