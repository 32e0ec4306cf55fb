// Fake of media.licdn.com: any path answers a small PNG avatar whose colour is derived from the path, so a photo
// URL always shows the same picture and two people never share one by accident.
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Router } from './http';

export const MEDIA_HOST = 'media.licdn.com';

export interface MediaFake {
  readonly router: Router;
  /** Paths requested, in order. */
  readonly requests: string[];
  reset(): void;
}

export function createMediaFake(): MediaFake {
  const cache = new Map<string, Buffer>();
  const fake: MediaFake = {
    requests: [],
    reset() {
      fake.requests.length = 0;
    },
    router(req, res, url) {
      fake.requests.push(url.pathname + url.search);
      let png = cache.get(url.pathname);
      if (!png) {
        png = avatarPng(url.pathname);
        cache.set(url.pathname, png);
      }
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'max-age=3600' });
      res.end(req.method === 'HEAD' ? undefined : png);
    },
  };
  return fake;
}

const SIZE = 64;

/** A SIZE×SIZE PNG: a coloured disc on a light background. */
export function avatarPng(seed: string): Buffer {
  const digest = createHash('sha256').update(seed).digest();
  const fg = [64 + (digest[0]! % 160), 64 + (digest[1]! % 160), 64 + (digest[2]! % 160)];
  const bg = [236, 240, 244];
  const rows: Buffer[] = [];
  const r = SIZE / 2;
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then RGB
    for (let x = 0; x < SIZE; x++) {
      const inside = (x - r + 0.5) ** 2 + (y - r + 0.5) ** 2 <= (r - 2) ** 2;
      const c = inside ? fg : bg;
      row[1 + x * 3] = c[0]!;
      row[2 + x * 3] = c[1]!;
      row[3 + x * 3] = c[2]!;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
