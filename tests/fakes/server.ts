// ONE local HTTPS server for every host the extension talks to. Chromium maps the real host names to it
// (--host-resolver-rules), so the extension uses its real URLs, real TLS and real cookies; the server dispatches on
// the Host header to one fake per host.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { sendText, type Router } from './http';
import { createLinkedInFake, LINKEDIN_HOST, type LinkedInFake, type PageMatch, type SandboxProfile } from './linkedin';
import { createMediaFake, MEDIA_HOST, type MediaFake } from './media';
import type { VendorFake } from './vendor-kit';
import { VENDORS, type VendorId } from '@/lib/vendors';

/** Each registered vendor's API host (from its `https://<host>/*` permission). */
const VENDOR_HOSTS: Readonly<Record<VendorId, string>> = Object.fromEntries(
  VENDORS.map((v) => [v.id, new URL(v.hosts[0]!.replace(/\/\*$/, '/')).host]),
) as Record<VendorId, string>;

export const FAKE_HOSTS: readonly string[] = [LINKEDIN_HOST, MEDIA_HOST, ...Object.values(VENDOR_HOSTS)];

/** Every registered vendor's sandbox fake, found by convention: `lib/vendors/<id>/fake.ts` exports `createFake`. */
async function vendorFakes(): Promise<Record<VendorId, VendorFake>> {
  const out: Partial<Record<VendorId, VendorFake>> = {};
  for (const v of VENDORS) {
    const module = (await import(`../../lib/vendors/${v.id}/fake.ts`)) as { createFake?: () => VendorFake };
    if (!module.createFake) throw new Error(`lib/vendors/${v.id}/fake.ts exports no createFake`);
    out[v.id] = module.createFake();
  }
  return out as Record<VendorId, VendorFake>;
}

export interface FakeServer {
  readonly port: number;
  readonly linkedin: LinkedInFake;
  readonly media: MediaFake;
  readonly vendors: Readonly<Record<VendorId, VendorFake>>;
  /** Requests for a host no fake serves (should stay empty: anything here is a surprise). */
  readonly strayRequests: string[];
  /** Chromium flags that send the five hosts here and everything else nowhere. */
  readonly chromiumArgs: string[];
  /** Empties every log and undoes every fault; sandbox profiles stay. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  profiles?: readonly SandboxProfile[];
  /** Fixed LinkedIn pages (search results, Sales Navigator…) by path, or by path and query (LinkedInFake.addPage). */
  pages?: readonly { path: string; html: string; match?: PageMatch }[];
}

export async function startFakeServer(options: FakeServerOptions = {}): Promise<FakeServer> {
  const pems = await generate([{ name: 'commonName', value: LINKEDIN_HOST }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: FAKE_HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  });

  const linkedin = createLinkedInFake(options.profiles);
  for (const page of options.pages ?? []) linkedin.addPage(page.path, page.html, page.match);
  const media = createMediaFake();
  const vendors = await vendorFakes();
  const routers: Record<string, Router> = {
    [LINKEDIN_HOST]: linkedin.router,
    [MEDIA_HOST]: media.router,
    ...Object.fromEntries(VENDORS.map((v) => [VENDOR_HOSTS[v.id], vendors[v.id].router])),
  };
  const strayRequests: string[] = [];

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'unknown.invalid'}`);
    const router = routers[host];
    if (!router) {
      strayRequests.push(url.href);
      sendText(res, 421, `No fake serves ${host}`);
      return;
    }
    Promise.resolve(router(req, res, url)).catch((err: unknown) => {
      console.error(`[fake ${host}] ${req.method} ${url.pathname} failed:`, err);
      if (!res.headersSent) sendText(res, 500, 'fake server error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    linkedin,
    media,
    vendors,
    strayRequests,
    chromiumArgs: chromiumArgsFor(port),
    reset() {
      linkedin.reset();
      media.reset();
      for (const v of Object.values(vendors)) v.reset();
      strayRequests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function chromiumArgsFor(port: number): string[] {
  const maps = FAKE_HOSTS.map((host) => `MAP ${host}:443 127.0.0.1:${port}`);
  return [
    `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`,
    // Required: Playwright's ignoreHTTPSErrors does not cover the extension service worker's fetches.
    '--ignore-certificate-errors',
  ];
}
