import { describe, expect, test } from '@jest/globals';
import { buildxArgs, classicBuildArgs, digestFromMetadata, digestFromPushOutput, type BuildRequest } from '../../../src/image/build.js';
import { DockerError, isTransientDockerFailure, hintFor } from '../../../src/image/docker.js';
import { retry } from '../../../src/util/retry.js';

const D = 'sha256:' + 'c'.repeat(64);
const req: BuildRequest = {
  context: '/ws/app',
  dockerfile: '/ws/app/Dockerfile',
  platforms: ['linux/amd64'],
  tags: ['r.azurecr.io/app:main', 'r.azurecr.io/app:sha-1234567'],
  labels: { 'org.opencontainers.image.revision': 'abc' },
  buildArgs: [['BASE_IMAGE', 'secret-base-value']],
  buildSecrets: [['npm', 'secret-token-value']],
  cacheRef: 'r.azurecr.io/app:buildcache',
  provenance: false,
  push: true
};
const files = { metadata: '/tmp/m.json', iid: '/tmp/iid', secrets: [['npm', '/tmp/s0']] as Array<[string, string]> };

describe('buildx argv', () => {
  test('container driver: cache from and to, metadata file, push, no provenance', () => {
    expect(buildxArgs(req, files, 'docker-container')).toEqual([
      'buildx',
      'build',
      '--file',
      '/ws/app/Dockerfile',
      '--platform',
      'linux/amd64',
      '--tag',
      'r.azurecr.io/app:main',
      '--tag',
      'r.azurecr.io/app:sha-1234567',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--build-arg',
      'BASE_IMAGE',
      '--secret',
      'id=npm,src=/tmp/s0',
      '--cache-from',
      'type=registry,ref=r.azurecr.io/app:buildcache',
      '--cache-to',
      'type=registry,ref=r.azurecr.io/app:buildcache,mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true',
      '--provenance=false',
      '--metadata-file',
      '/tmp/m.json',
      '--push',
      '/ws/app'
    ]);
  });
  test('the docker driver cannot export a cache: only --cache-from', () => {
    const a = buildxArgs(req, files, 'docker');
    expect(a).toContain('--cache-from');
    expect(a).not.toContain('--cache-to');
  });
  test('no push: neither --push nor --cache-to', () => {
    const a = buildxArgs({ ...req, push: false }, files, 'docker-container');
    expect(a).not.toContain('--push');
    expect(a).not.toContain('--cache-to');
  });
  test('multi-platform and provenance on', () => {
    const a = buildxArgs({ ...req, platforms: ['linux/amd64', 'linux/arm64'], provenance: true, network: 'host' }, files, 'docker-container');
    expect(a.slice(0, 8)).toEqual(['buildx', 'build', '--file', '/ws/app/Dockerfile', '--platform', 'linux/amd64,linux/arm64', '--network', 'host']);
    expect(a).toContain('--provenance=true');
  });
  test('no value of a build arg or secret is ever in argv', () => {
    for (const a of [buildxArgs(req, files, 'docker-container'), classicBuildArgs(req, files)]) {
      expect(a.join(' ')).not.toContain('secret-base-value');
      expect(a.join(' ')).not.toContain('secret-token-value');
    }
  });
});

describe('classic argv', () => {
  test('build with tags, labels, args by name, iidfile', () => {
    expect(classicBuildArgs({ ...req, buildSecrets: [] }, { iid: '/tmp/iid', secrets: [] })).toEqual([
      'build',
      '--file',
      '/ws/app/Dockerfile',
      '--platform',
      'linux/amd64',
      '--tag',
      'r.azurecr.io/app:main',
      '--tag',
      'r.azurecr.io/app:sha-1234567',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--build-arg',
      'BASE_IMAGE',
      '--iidfile',
      '/tmp/iid',
      '/ws/app'
    ]);
  });
});

describe('build-target: the Dockerfile stage (--target), in both builders', () => {
  test.each([
    ['buildx', (r: BuildRequest) => buildxArgs(r, files, 'docker-container')],
    ['classic', (r: BuildRequest) => classicBuildArgs(r, files)]
  ])('%s: --target <stage> when set, absent when not', (_name, argv) => {
    const a = argv({ ...req, target: 'runtime' });
    expect(a.filter((x) => x === '--target')).toHaveLength(1);
    expect(a[a.indexOf('--target') + 1]).toBe('runtime');
    expect(a.at(-1)).toBe('/ws/app');
    expect(argv(req)).not.toContain('--target');
  });
});

describe('digests', () => {
  test.each([
    [`{"containerimage.digest":"${D}","image.name":"x"}`, D],
    ['{"containerimage.config.digest":"sha256:1"}', undefined],
    ['not json', undefined],
    [`{"containerimage.digest":"sha256:short"}`, undefined]
  ])('metadata %s', (text, d) => expect(digestFromMetadata(text)).toBe(d));
  test.each([
    [`The push refers to repository [r/app]\nabc: Pushed\nmain: digest: ${D} size: 736\n`, D],
    ['main: Pushed\n', undefined]
  ])('push output', (text, d) => expect(digestFromPushOutput(text)).toBe(d));
});

describe('transient docker failures', () => {
  const err = (stderr: string) => new DockerError(['push', 'x'], { code: 1, stdout: '', stderr });
  test.each([
    ['read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer', true],
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['toomanyrequests: You have reached your pull rate limit', true],
    ['net/http: TLS handshake timeout', true],
    ['unexpected EOF', true],
    ['unauthorized: authentication required', false],
    ['denied: requested access to the resource is denied', false],
    ['invalid reference format: repository name must be lowercase', false],
    ['failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2', false]
  ])('%s → %s', (stderr, transient) => expect(isTransientDockerFailure(err(stderr))).toBe(transient));

  test.each([
    ['unauthorized: authentication required', /AcrPush/],
    ['denied: requested access to the resource is denied', /may not push/],
    ['repository name must be lowercase', /lower-case/],
    ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock', /No Docker engine/]
  ])('hint for %s', (detail, hint) => expect(hintFor(detail)).toMatch(hint));
});

describe('retry', () => {
  test('bounded attempts with growing delays, then the last error', async () => {
    const delays: number[] = [];
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('boom');
        },
        { attempts: 4, baseDelayMs: 100, maxDelayMs: 250, retryable: () => true, sleep: async (ms) => void delays.push(ms), random: () => 1 }
      )
    ).rejects.toThrow('boom');
    expect(calls).toBe(4);
    expect(delays).toEqual([100, 200, 250]);
  });
  test('a server-given delay wins; non-retryable errors fail at once', async () => {
    const delays: number[] = [];
    let n = 0;
    const r = await retry(
      async () => {
        if (++n < 2) throw Object.assign(new Error('429'), { after: 7 });
        return 'ok';
      },
      {
        attempts: 3,
        baseDelayMs: 100,
        maxDelayMs: 1000,
        retryable: () => true,
        delayFor: (e) => (e as { after: number }).after,
        sleep: async (ms) => void delays.push(ms)
      }
    );
    expect([r, delays]).toEqual(['ok', [7]]);
    let m = 0;
    await expect(
      retry(
        async () => {
          m++;
          throw new Error('fatal');
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, retryable: () => false }
      )
    ).rejects.toThrow('fatal');
    expect(m).toBe(1);
  });
});
