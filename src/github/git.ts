/**
 * git, read-only, on the shared `Cli` wrapper (util/exec): the commit time (for the `created` label) and the tags
 * the checkout knows (so `latest` never moves back to a back-ported release).
 */
import { Cli } from '../util/exec.js';

const git = new Cli('git', { name: 'git', installHint: 'Install git on the runner.' });

export async function commitTime(cwd: string, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) return undefined;
  try {
    const r = await git.run(['log', '-1', '--format=%cI', sha, '--'], { cwd, quiet: true });
    const t = r.stdout.trim();
    return r.code === 0 && t ? new Date(t).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

export async function tagNames(cwd: string): Promise<string[]> {
  try {
    const r = await git.run(['tag', '--list'], { cwd, quiet: true });
    return r.code === 0
      ? r.stdout
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  } catch {
    return [];
  }
}
