/**
 * Writes the redacted manifests (output `manifests`) to `manifests-dir`, else to
 * `$RUNNER_TEMP/<name>-manifests`. A `manifests-dir` that cannot hold the file is named as the
 * input at fault, with what is in the way.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ActionError } from '../../util/errors.js';

export function manifestsDirectory(manifestsDir: string | undefined, workspace: string, tmpRoot: string, name: string): string {
  if (!manifestsDir) return join(tmpRoot, `${name}-manifests`);
  return isAbsolute(manifestsDir) ? manifestsDir : resolve(workspace, manifestsDir);
}

/** Writes `manifests.yaml` into `dir` and returns its path; `input` is the input that chose the folder, when one did. */
export function writeManifestsFile(dir: string, yaml: string, input: string | undefined): string {
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'manifests.yaml');
    writeFileSync(path, yaml);
    return path;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === 'EEXIST' || code === 'ENOTDIR' ? `${blocker(dir)} is a file, not a folder` : `cannot be written (${code ?? (e as Error).message})`;
    const subject = input ? `Input '${input}': ${dir}` : dir;
    throw new ActionError(
      `${subject} ${what}: the rendered manifests go to ${join(dir, 'manifests.yaml')}.`,
      input ? `Set ${input} to a folder (it is created when missing), or leave it unset for $RUNNER_TEMP.` : undefined,
      { cause: e }
    );
  }
}

/** The first path on the way to `dir` that exists and is not a folder (for the message). */
function blocker(dir: string): string {
  let p = dir;
  for (let up = resolve(p, '..'); up !== p; p = up, up = resolve(p, '..')) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      // missing: look further up
    }
  }
  return dir;
}
