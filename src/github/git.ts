/**
 * git, read-only, with argument arrays: the commit time (for the `created` label) and the tags
 * the checkout knows (so `latest` never moves back to a back-ported release).
 */
import { execArgs } from '../util/exec.js';

export async function commitTime(cwd: string, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) return undefined;
  try {
    const r = await execArgs('git', ['log', '-1', '--format=%cI', sha, '--'], { cwd });
    const t = r.stdout.trim();
    return r.code === 0 && t ? new Date(t).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

export async function tagNames(cwd: string): Promise<string[]> {
  try {
    const r = await execArgs('git', ['tag', '--list'], { cwd });
    return r.code === 0 ? r.stdout.split('\n').map((s) => s.trim()).filter(Boolean) : [];
  } catch {
    return [];
  }
}
