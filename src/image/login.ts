/**
 * Registry login into a temporary DOCKER_CONFIG that the post step deletes, so no credential
 * outlives the job in ~/.docker. The password reaches docker on stdin only.
 */
import * as core from '@actions/core';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Docker, DockerError, hintFor, isTransientDockerFailure } from './docker.js';
import { retry } from '../util/retry.js';
import { secret } from '../report/mask.js';
import type { Config } from '../config/config.js';
import { isAcrHost } from '../azure/clouds.js';

export interface RegistryCredential {
  username: string;
  password: string;
  /** How it was obtained, for the summary. */
  source: 'password' | 'entra' | 'admin';
}

/** What registry-auth resolves to, decided before any side effect. */
export type LoginPlan = { kind: 'none'; reason: string } | { kind: 'password' } | { kind: 'entra'; reason: string } | { kind: 'admin' };

/**
 * `auto`: password when a username is given, entra for an ACR login server (any cloud), else none.
 * entra and admin need an ACR host — or a custom arm-endpoint, since custom clouds have their own
 * registry suffix (checked with the inputs, in config/).
 */
export function planLogin(config: Pick<Config, 'registryAuth' | 'image'>): LoginPlan {
  const { registryAuth: auth, image } = config;
  switch (auth.mode) {
    case 'none':
      return { kind: 'none', reason: 'registry-auth: none' };
    case 'password':
      return { kind: 'password' };
    case 'entra':
      return { kind: 'entra', reason: 'registry-auth: entra' };
    case 'admin':
      return { kind: 'admin' };
    case 'auto':
      if (auth.username && auth.password) return { kind: 'password' };
      if (isAcrHost(image.registry)) return { kind: 'entra', reason: `auto: ${image.registry} is an Azure Container Registry` };
      return { kind: 'none', reason: 'no registry credentials were given (registry-auth: auto)' };
  }
}

/**
 * Makes a fresh DOCKER_CONFIG (mode 0700). The builder set up by docker/setup-buildx-action, CLI
 * plugins and docker contexts live in the original config dir: they are linked in, and the current
 * context is carried over, so buildx keeps working; credentials are not copied.
 */
export function makeDockerConfig(tmpRoot: string, originalDir: string | undefined): string {
  const dir = mkdtempSync(join(tmpRoot, 'docker-config-'));
  const config: Record<string, unknown> = { auths: {} };
  if (originalDir && existsSync(originalDir)) {
    for (const sub of ['cli-plugins', 'buildx', 'contexts']) {
      const src = join(originalDir, sub);
      if (existsSync(src)) symlinkSync(src, join(dir, sub));
    }
    try {
      const original = JSON.parse(readFileSync(join(originalDir, 'config.json'), 'utf8')) as Record<string, unknown>;
      for (const key of ['currentContext', 'proxies', 'features']) if (original[key] !== undefined) config[key] = original[key];
    } catch {
      // no readable config.json: nothing to carry over
    }
  }
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
  return dir;
}

export async function login(docker: Docker, registry: string, cred: RegistryCredential): Promise<void> {
  secret(cred.password);
  const args = ['login', '--username', cred.username, '--password-stdin', registry];
  await retry(
    async () => {
      const r = await docker.run(args, { input: cred.password });
      if (r.code !== 0) {
        const text = `${r.stderr}\n${r.stdout}`;
        const refused = /unauthorized|incorrect username or password|authentication required|\b401\b|denied|\b403\b/i.test(text);
        throw new DockerError(
          args,
          r,
          refused
            ? loginHint(cred)
            : (hintFor(text) ?? `The registry ${registry} did not answer the login: check the registry input and that this runner can reach it.`)
        );
      }
    },
    {
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      retryable: isTransientDockerFailure,
      onRetry: (e, n, ms) =>
        core.warning(`docker login to ${registry} failed (attempt ${n}), retrying in ${ms} ms: ${(e as DockerError).detail.split('\n').pop()}`)
    }
  );
  core.info(`Logged in to ${registry} as ${cred.username} (${cred.source}).`);
}

function loginHint(cred: RegistryCredential): string {
  switch (cred.source) {
    case 'password':
      return 'Check registry-username and registry-password (for ACR with a service principal: the client id and secret, and the AcrPush role).';
    case 'entra':
      return "The registry refused the Entra refresh token: the identity needs AcrPush on the registry, in the registry's tenant.";
    case 'admin':
      return 'The admin credentials were refused: the admin user may have been disabled or its password regenerated.';
  }
}
