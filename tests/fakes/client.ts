// A Node client for the fake server, for tests that check the fakes' contracts without a browser: it connects to
// 127.0.0.1 but speaks TLS and HTTP as the real host name, as Chromium does through --host-resolver-rules.
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { FakeServer } from './server';

export interface FakeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** subjectAltName of the certificate the server presented. */
  certificateNames: string;
}

export interface FakeRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

export function fakeRequest(server: FakeServer, url: string, init: FakeRequestInit = {}): Promise<FakeResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        servername: target.hostname,
        method: init.method ?? 'GET',
        path: target.pathname + target.search,
        headers: { host: target.hostname, ...init.headers },
        rejectUnauthorized: false,
        timeout: init.timeoutMs ?? 5_000,
      },
      (res) => {
        const certificateNames = (res.socket as TLSSocket).getPeerCertificate().subjectaltname ?? '';
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            certificateNames,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** The cookies a response sets, as name → value (value verbatim). */
export function setCookies(res: FakeResponse): Map<string, { value: string; attributes: string }> {
  const out = new Map<string, { value: string; attributes: string }>();
  const raw = res.headers['set-cookie'];
  for (const line of Array.isArray(raw) ? raw : raw ? [raw] : []) {
    const [pair = '', ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    out.set(pair.slice(0, eq).trim(), { value: pair.slice(eq + 1).trim(), attributes: attrs.join(';') });
  }
  return out;
}
