/**
 * The job summary a reviewer reads: the event and what it meant, the image by digest, where it went
 * and its URL, what was verified, the outcome, the whole step's duration; names only, never values;
 * event text escaped.
 */
import { describe, expect, test } from '@jest/globals';
import { summaryMarkdown, type RunSummary } from '../../../src/report/summary.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const base: RunSummary = {
  event: { name: 'push', ref: 'refs/heads/main' },
  intent: 'deploy (branch main)',
  mode: 'deploy',
  target: 'functionapp',
  image: `contoso.azurecr.io/orders@${DIGEST}`,
  digest: DIGEST,
  refs: ['contoso.azurecr.io/orders:main', 'contoso.azurecr.io/orders:sha-6113728'],
  pushed: true,
  labels: { 'org.opencontainers.image.version': 'main' },
  builder: 'buildx',
  buildArgNames: ['BASE_IMAGE'],
  secretIds: ['npm'],
  login: 'entra (00000000-0000-0000-0000-000000000000)',
  azureAuth: 'oidc (client-id and tenant-id set, ID token available)',
  where: { url: 'https://func-orders.azurewebsites.net', slot: 'production' },
  verified: ['production: container log shows the image ready', 'the host indexed http, queue'],
  outcome: 'succeeded',
  durationMs: 83_400,
  notes: []
};

/** The rows of the first table (the run), by their label. */
function rows(md: string): Record<string, string> {
  const first = md.split('\n\n### ')[0];
  return Object.fromEntries([...first.matchAll(/^\| ([^|]+?) \| (.*) \|$/gm)].filter((m) => m[1] !== '---').map((m) => [m[1], m[2]]));
}

describe('the run table', () => {
  test('event and meaning, image by digest, where and URL, verified, outcome, duration of the whole step', () => {
    const r = rows(summaryMarkdown(base));
    expect(Object.keys(r)).toEqual(['Event', 'Meaning', 'Image', 'Target', 'URL', 'Verified', 'Outcome', 'Duration']);
    expect(r.Event).toBe('<code>push</code> on <code>refs/heads/main</code>');
    expect(r.Meaning).toBe('deploy (branch main); mode deploy');
    expect(r.Image).toBe(`<code>contoso.azurecr.io/orders@${DIGEST}</code>`);
    expect(r.Target).toBe('functionapp, slot <code>production</code>');
    expect(r.URL).toBe('https://func-orders.azurewebsites.net');
    expect(r.Verified).toBe('production: container log shows the image ready<br>the host indexed http, queue');
    expect(r.Outcome).toBe('deployed and verified');
    expect(r.Duration).toBe('83.4 s (the whole step)');
  });

  test('Duration is not under Image; the image details table has digest, tags, builder, login, args and secret names', () => {
    const md = summaryMarkdown(base);
    const image = md.slice(md.indexOf('### Image'));
    expect(image).not.toMatch(/Duration/);
    expect(image).toMatch(/\| Digest \| <code>sha256:a{64}<\/code> \|/);
    expect(image).toMatch(/\| Builder \| buildx \|/);
    expect(image).toMatch(/\| Build args \| <code>BASE_IMAGE<\/code> \(values hidden\) \|/);
    expect(image).toMatch(/\| Build secrets \| <code>npm<\/code> \(values hidden\) \|/);
  });

  test('a pull request: the event with its action; a preview', () => {
    const r = rows(
      summaryMarkdown({
        ...base,
        event: { name: 'pull_request', action: 'opened', ref: 'refs/pull/2/merge' },
        intent: 'preview of pull request #2',
        where: { url: 'https://x-pr-2.azurewebsites.net', slot: 'pr-2' }
      })
    );
    expect(r.Event).toBe('<code>pull_request</code> (opened) on <code>refs/pull/2/merge</code>');
    expect(r.Meaning).toBe('preview of pull request #2; mode deploy');
    expect(r.Target).toBe('functionapp, slot <code>pr-2</code>');
  });

  test.each([
    [{ outcome: 'failed' as const }, /^\*\*failed\*\*/],
    [{ mode: 'plan' }, /^planned: nothing was changed$/],
    [{ mode: 'render', target: 'aks', where: { namespace: 'functions' }, verified: [] }, /^rendered and validated/],
    [{ mode: 'build', target: undefined, where: undefined, verified: undefined }, /^built and pushed$/],
    [{ verified: [] }, /^deployed$/]
  ])('outcome %j', (o, outcome) => {
    expect(rows(summaryMarkdown({ ...base, ...o } as RunSummary)).Outcome).toMatch(outcome);
  });

  test('event text is escaped: a forged ref cannot break the table or start a command line', () => {
    const md = summaryMarkdown({
      ...base,
      event: { name: 'push', ref: 'refs/heads/x\n::stop-commands::x | <b>' },
      intent: 'deploy (branch x\\n::stop-commands::x | <b>)'
    });
    expect(md.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    const r = rows(md);
    expect(r.Event).toBe('<code>push</code> on <code>refs/heads/x\\n::stop-commands::x &#124; &lt;b&gt;</code>');
    expect(r.Meaning).toContain('\\|');
    expect(md).not.toContain('<b>');
  });
});
