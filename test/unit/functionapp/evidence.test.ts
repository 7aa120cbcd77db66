/** What the container log proves: only lines after the deploy, for the exact reference, loosely worded. */
import { describe, expect, test } from '@jest/globals';
import { judge, linesSince, parseLog } from '../../../src/targets/functionapp/evidence.js';
import { bounded } from '../../../src/azure/credential.js';
import { withTimeout } from '../../../src/util/retry.js';

const REF = 'contoso.azurecr.io/orders@sha256:' + 'd'.repeat(64);
const OLD = 'contoso.azurecr.io/orders@sha256:' + 'a'.repeat(64);
const t = (s: number) => new Date(Date.UTC(2026, 11, 6, 10, 0, s)).toISOString();
const log = (lines: Array<[number, string, string]>) => lines.map(([s, level, text]) => `${t(s)} ${level.padEnd(5)} - ${text}`).join('\n');

const BEFORE = log([
  [0, 'INFO', `Pulling image: ${OLD}`],
  [2, 'INFO', 'Container func-orders_0_aaaa for site func-orders initialized successfully and is ready to serve requests.']
]);

describe('judge', () => {
  test.each([
    ['nothing new yet', [], 'waiting'],
    [
      'pulled, not started',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [11, 'INFO', 'Pull Image successful, Time taken: 0 Minutes and 1 Seconds']
      ],
      'waiting'
    ],
    [
      'ready',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [12, 'INFO', 'Container func-orders_0_bbbb for site func-orders initialized successfully and is ready to serve requests.']
      ],
      'ready'
    ],
    [
      'ready, other wording',
      [
        [10, 'INFO', `pulling image ${REF}`],
        [12, 'INFO', 'Site started successfully and is ready to serve requests']
      ],
      'ready'
    ],
    [
      'pull refused',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [
          11,
          'ERROR',
          'DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"unauthorized: authentication required"}'
        ],
        [11, 'ERROR', `Pulling docker image ${REF} failed:`]
      ],
      'failed'
    ],
    [
      'exited',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [12, 'ERROR', 'Container func-orders_0_bbbb for site func-orders has exited, failing site start']
      ],
      'failed'
    ],
    [
      'no ping',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [40, 'ERROR', "Container func-orders_0_bbbb didn't respond to HTTP pings on port: 80, failing site start. See container logs for debugging."]
      ],
      'failed'
    ],
    [
      'another image is pulled after ours: its ready line is not ours',
      [
        [10, 'INFO', `Pulling image: ${REF}`],
        [11, 'INFO', `Pulling image: ${OLD}`],
        [12, 'INFO', 'Container x for site y initialized successfully and is ready to serve requests.']
      ],
      'waiting'
    ],
    ['ready without our pull', [[12, 'INFO', 'Container x for site y initialized successfully and is ready to serve requests.']], 'waiting']
  ] as Array<[string, Array<[number, string, string]>, string]>)('%s', (_n, lines, state) => {
    expect(judge(linesSince(BEFORE, `${BEFORE}\n${log(lines)}`), REF).state).toBe(state);
  });

  test('a failure quotes the cause and names its kind', () => {
    const v = judge(
      parseLog(
        log([
          [10, 'INFO', `Pulling image: ${REF}`],
          [11, 'ERROR', 'Head "https://x/v2/orders/manifests/sha256:dd": manifest unknown'],
          [11, 'ERROR', 'Image pull failed: Verify docker image configuration and credentials (if using private repository)']
        ])
      ),
      REF
    );
    expect(v).toMatchObject({ state: 'failed', kind: 'not-found', cause: expect.stringContaining('manifest unknown') });
  });

  test('lines from before the write never count, even for the same image (a restart)', () => {
    const before = log([
      [0, 'INFO', `Pulling image: ${REF}`],
      [2, 'INFO', 'Container a for site s initialized successfully and is ready to serve requests.']
    ]);
    expect(judge(linesSince(before, before), REF).state).toBe('waiting');
    const after = `${before}\n${log([
      [5, 'INFO', `Pulling image: ${REF}`],
      [6, 'INFO', 'Container b for site s initialized successfully and is ready to serve requests.']
    ])}`;
    expect(judge(linesSince(before, after), REF)).toMatchObject({ state: 'ready', line: expect.stringContaining('Container b') });
  });

  test('an empty log before the write: lines after the write time count', () => {
    const after = log([
      [5, 'INFO', `Pulling image: ${REF}`],
      [6, 'INFO', 'Container b for site s initialized successfully and is ready to serve requests.']
    ]);
    expect(linesSince('', after, Date.parse(t(4)))).toHaveLength(2);
    expect(linesSince('', after, Date.parse(t(7)))).toHaveLength(0);
  });
});

describe('every token and network call is bounded', () => {
  test('withTimeout rejects with the message when the call never answers', async () => {
    await expect(withTimeout(new Promise(() => undefined), 50, 'the endpoint did not answer')).rejects.toThrow('the endpoint did not answer');
    await expect(withTimeout(Promise.resolve(3), 50, 'x')).resolves.toBe(3);
  });
  test('a credential whose token endpoint hangs fails instead of hanging the step', async () => {
    const hanging = { getToken: () => new Promise<never>(() => undefined) };
    await expect(
      bounded(hanging, 'Entra token request to https://login.chinacloudapi.cn (oidc)', 50).getToken('https://management.chinacloudapi.cn/.default')
    ).rejects.toThrow(/login\.chinacloudapi\.cn .*no token within/);
  });
});
