/**
 * The runner simulation (scripts/run-action.mjs, shared with `npm run demo`) and the leak scan
 * that every runner-contract test applies to its run.
 */
import type { ActionRun } from '../../scripts/run-action.mjs';
export { runAction, parseFileCommands, type ActionRun } from '../../scripts/run-action.mjs';
export { renderRunnerLog, RunnerLog } from '../../scripts/runner-log.mjs';

/**
 * Every place a secret could surface: both streams of both steps, the summary, the outputs and
 * state. `::add-mask::` lines are the runner's masking commands (the runner consumes them and
 * never shows them), so they are the one place a secret may stand.
 */
export function leaks(run: ActionRun, secrets: string[]): string[] {
  const places: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    'post stdout': run.post?.stdout ?? '',
    'post stderr': run.post?.stderr ?? '',
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    state: JSON.stringify(run.state)
  };
  const found: string[] = [];
  for (const [where, text] of Object.entries(places)) {
    const visible = text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const s of secrets) if (visible.includes(s)) found.push(`${where} shows ${s.slice(0, 4)}…`);
  }
  return found;
}
