/**
 * A TCP proxy on loopback that can reset the next N connections — a registry whose network
 * hiccups, for the retry tests. Forwards everything else byte for byte.
 */
import { createServer, connect, type Socket } from 'node:net';

export interface FlakyProxy {
  /** host:port to use instead of the target */
  address: string;
  resetNext(n: number): void;
  /** connections accepted, and how many of them were reset */
  stats: { accepted: number; reset: number };
  close(): Promise<void>;
}

/** `latencyMs`: every chunk from the client reaches the target that much later (a far-away service), so
 * requests sent together arrive together and requests that wait for an answer arrive a wave later. */
export async function startFlakyProxy(targetHost: string, targetPort: number, opts: { latencyMs?: number } = {}): Promise<FlakyProxy> {
  let toReset = 0;
  const stats = { accepted: 0, reset: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    stats.accepted++;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (toReset > 0) {
      toReset--;
      stats.reset++;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    if (opts.latencyMs) {
      client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), opts.latencyMs));
      client.on('end', () => setTimeout(() => upstream.end(), opts.latencyMs));
      upstream.pipe(client);
    } else client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    address: `127.0.0.1:${port}`,
    resetNext: (n) => void (toReset = n),
    stats,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      })
  };
}
