/**
 * Where the aks target reads the app's functions from: `functions-path` (else the build context)
 * in the workspace, or, with `functions-path: image`, /home/site/wwwroot copied out of the image
 * with docker. Part of the render step: the plan never runs docker.
 */
import { mkdtempSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { DeployContext } from '../target.js';

export async function functionsFolder(ctx: DeployContext): Promise<string> {
  const aks = ctx.config.aks;
  if (aks.functionsPath !== 'image') {
    const p = aks.functionsPath ?? ctx.config.image.context;
    return isAbsolute(p) ? p : resolve(ctx.workspace, p);
  }
  const { Docker } = await import('../../image/docker.js');
  const docker = new Docker('docker', ctx.dockerConfigDir);
  const out = mkdtempSync(join(ctx.tmpRoot, 'wwwroot-'));
  const created = await docker.ok(['create', ctx.image]);
  const id = created.stdout.trim();
  try {
    await docker.ok(['cp', `${id}:/home/site/wwwroot/.`, out]);
  } finally {
    await docker.run(['rm', id], { quiet: true });
  }
  return out;
}
