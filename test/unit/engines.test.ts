/**
 * package.json `engines` states the real requirement: the first release of every Node line it
 * admits satisfies the `engines` of every package the lock installs (so `npm ci` there warns of nothing), and the
 * action itself runs on node24 (action.yml), the Node the tests use.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { actionYml, ROOT } from '../support/action-yml.js';

type Lock = { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }> };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

/** The first release of each major that the range admits (22.22.2, 24.15.0, 26.0.0 for "^22.22.2 || ^24.15.0 || >=26.0.0"). */
function firstAdmitted(range: string): string[] {
  const out: string[] = [];
  for (let major = 16; major <= 30; major++) {
    for (let minor = 0; minor <= 40; minor++) {
      const patch = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((p) => semver.satisfies(`${major}.${minor}.${p}`, range));
      if (patch !== undefined) {
        out.push(`${major}.${minor}.${patch}`);
        break;
      }
    }
  }
  return out;
}

describe('Node versions', () => {
  const probes = firstAdmitted(pkg.engines.node);

  test(`every installed package accepts each Node line that engines admits (${pkg.engines.node})`, () => {
    expect(probes.length).toBeGreaterThan(0);
    const refusing = probes.flatMap((v) =>
      Object.entries(lock.packages)
        .filter(([path, p]) => path && !Array.isArray(p.engines) && typeof p.engines?.node === 'string')
        .filter(([, p]) => !semver.satisfies(v, (p.engines as { node: string }).node))
        .map(([path, p]) => `Node ${v}: ${path.replace(/^.*node_modules\//, '')} needs ${(p.engines as { node: string }).node}`)
    );
    expect(refusing).toEqual([]);
  });

  test('the action runs on node24, which the engines range admits, as it admits the Node 24 the tests run on', () => {
    expect(actionYml().runs.using).toBe('node24');
    expect(semver.intersects('24.x', pkg.engines.node)).toBe(true);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
