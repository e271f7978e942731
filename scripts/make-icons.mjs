#!/usr/bin/env node
// Draws ClaimKit's icon (a white check mark over a shield-blue rounded square) at every size the
// stores and browsers ask for, as PNGs under public/icon/. Run once after changing the design:
// `node scripts/make-icons.mjs`. No image library: 4x4 supersampled coverage, zlib-encoded PNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  const a = [0.27, 0.52], b = [0.44, 0.69], c = [0.75, 0.33];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) < 0.075;
}

function pixel(size, px, py) {
  let bg = 0, fg = 0;
  const n = 4;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const x = (px + (i + 0.5) / n) / size, y = (py + (j + 0.5) / n) / size;
    if (!insideRoundedSquare(x, y, 0.2)) continue;
    if (onCheck(x, y)) fg++;
    else bg++;
  }
  const cover = (bg + fg) / (n * n);
  if (cover === 0) return [0, 0, 0, 0];
  const mix = fg / (bg + fg);
  return [...BLUE.map((c, k) => Math.round(c * (1 - mix) + WHITE[k] * mix)), Math.round(cover * 255)];
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
