// Small request/response helpers shared by the fake hosts (Node http types only, no framework).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One host's request handler. `url` is already parsed against the request's host. */
export type Router = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, the raw text otherwise, null when empty. */
  body: unknown;
  at: number;
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function recordRequest(req: IncomingMessage, url: URL): Promise<RecordedRequest> {
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flatHeaders(req),
    body: parseBody(await readBody(req)),
    at: Date.now(),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), ...headers });
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function redirect(res: ServerResponse, location: string, status = 302, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { location, 'content-length': 0, ...headers });
  res.end();
}

/** Cookies as the browser sent them (values kept verbatim, quotes included). */
export function parseCookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return jar;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A connection that breaks in the middle of the answer. Chromium silently re-sends a request whose reused connection
 * closed before any byte came back, so a plain close may never reach the extension; after the headers it does.
 */
export function cutMidAnswer(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': 4096 });
  res.write('{"data":', () => res.socket?.destroy());
}
