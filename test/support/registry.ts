/** The registry's own answers (Distribution HTTP API v2), to hold the action's outputs against. */
export interface RegistryAccess {
  host: string;
  username: string;
  password: string;
}

export function registryFromEnv(): RegistryAccess {
  const host = process.env.LOCAL_REGISTRY;
  if (!host) throw new Error('LOCAL_REGISTRY is not set: run the tests through `npm test` (scripts/test.mjs starts the local services).');
  return { host, username: process.env.LOCAL_REGISTRY_USERNAME ?? '', password: process.env.LOCAL_REGISTRY_PASSWORD ?? '' };
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

function auth(r: RegistryAccess): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${r.username}:${r.password}`).toString('base64')}` };
}

/** The digest the registry serves for repo:tag (Docker-Content-Digest of a HEAD), or undefined on 404. */
export async function manifestDigest(r: RegistryAccess, repository: string, reference: string): Promise<string | undefined> {
  const res = await fetch(`http://${r.host}/v2/${repository}/manifests/${reference}`, { method: 'HEAD', headers: { ...auth(r), Accept: ACCEPT } });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`registry HEAD ${repository}:${reference} → ${res.status}`);
  return res.headers.get('docker-content-digest') ?? undefined;
}

export async function tagList(r: RegistryAccess, repository: string): Promise<string[]> {
  const res = await fetch(`http://${r.host}/v2/${repository}/tags/list`, { headers: auth(r) });
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`registry tags/list ${repository} → ${res.status}`);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}
