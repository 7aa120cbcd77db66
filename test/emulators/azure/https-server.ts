/**
 * Small pieces shared by the Azure emulators (Entra, ACR token server): a loopback HTTPS server on
 * port 0 with the throwaway test certificate, body reading, JSON answers. node:https only.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tlsOptions } from '../jwt.js';

/** `body` is the request body as UTF-8 text; `raw` the same bytes untouched (for binary bodies such as RFC 3161 queries). */
export type Handler = (req: IncomingMessage, res: ServerResponse, body: string, raw: Buffer) => void | Promise<void>;

export interface LoopbackServer {
  server: Server;
  port: number;
  /** https://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Starts an HTTPS server on 127.0.0.1:0. A handler that throws answers 500 with the error text. */
export async function startHttps(handler: Handler): Promise<LoopbackServer> {
  const { key, cert } = await tlsOptions();
  const server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      Promise.resolve()
        .then(() => {
          const raw = Buffer.concat(chunks);
          return handler(req, res, raw.toString('utf8'), raw);
        })
        .catch((e: unknown) => {
          if (!res.headersSent) sendJson(res, 500, { error: 'emulator_error', error_description: String(e) });
          else res.end();
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** application/x-www-form-urlencoded body → URLSearchParams (empty for other content types). */
/** A failure a test queues for an endpoint: the next request there gets this answer instead (e.g. a 503 HTML page). */
export interface HttpFault {
  status: number;
  body?: string;
  /** Default text/html, as a gateway's error page. */
  contentType?: string;
}

/** Answers with the first queued fault and returns true; false when none is queued. */
export function sendFault(res: ServerResponse, faults: HttpFault[]): boolean {
  const f = faults.shift();
  if (!f) return false;
  const body =
    f.body ??
    `<!DOCTYPE html>\n<html><head><title>${f.status} ${f.status === 503 ? 'Service Unavailable' : 'Error'}</title></head><body><h1>${f.status}</h1></body></html>\n`;
  res.writeHead(f.status, { 'content-type': f.contentType ?? 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
  return true;
}

export function formOf(req: IncomingMessage, body: string): URLSearchParams {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  return type.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body) : new URLSearchParams();
}

/** The JWT payload without any check (for logging who sent what). */
export function peekClaims(token: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
