// Draws the toolbar icons (public/icon-<size>.png): a blue rounded square with a white arrow into a tray.
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(u: number, v: number): [number, number, number, number] {
  const r = 0.2;
  const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const shaft = Math.abs(u - 0.5) < 0.07 && v > 0.18 && v < 0.52;
  const head = v >= 0.42 && v < 0.62 && Math.abs(u - 0.5) < (0.62 - v) * 1.2;
  const tray = (v > 0.7 && v < 0.8 && u > 0.22 && u < 0.78) || (u > 0.22 && u < 0.31 && v > 0.58 && v < 0.8) || (u > 0.69 && u < 0.78 && v > 0.58 && v < 0.8);
  return shaft || head || tray ? white : [10, 102, 194, 255];
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon-${size}.png`, png(size, icon));
console.log('public/icon-{16,32,48,128}.png written');
