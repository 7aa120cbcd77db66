/**
 * Small pieces shared by the Azure emulators (Entra, ACR token server): a loopback HTTPS server on
 * port 0 with the throwaway test certificate, body reading, JSON answers. node:https only.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tlsOptions } from '../jwt.js';

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

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
        .then(() => handler(req, res, Buffer.concat(chunks).toString('utf8')))
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
