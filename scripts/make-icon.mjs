// Draws the extension icon, images/icon.png (128×128): a report page with a red official seal.
// Flat colours, 4×4 supersampling for smooth edges, written with zlib only (no image library).
// Usage: node scripts/make-icon.mjs [out.png]
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4;

const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];
const PAPER = hex('#fbf8f1');
const EDGE = hex('#b9c0ca');
const LINE = hex('#8d97a5');
const TITLE = hex('#3c4656');
const RED = hex('#c8102e');
const SEAL_FILL = hex('#ffffff', 0.82);

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inPolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function star(cx, cy, outer, inner) {
  const pts = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

const SEAL = { x: 86, y: 86, r: 34 };
const STAR = star(SEAL.x, SEAL.y, 15, 6);

/** The layers, bottom first: [colour, test(x, y)]. */
const LAYERS = [
  [EDGE, (x, y) => inRoundRect(x, y, 16, 8, 98, 118, 9)],
  [PAPER, (x, y) => inRoundRect(x, y, 18.5, 10.5, 95.5, 115.5, 7)],
  [TITLE, (x, y) => inRoundRect(x, y, 32, 22, 82, 29, 3.5)],
  [LINE, (x, y) => inRoundRect(x, y, 30, 40, 84, 44, 2)],
  [LINE, (x, y) => inRoundRect(x, y, 30, 52, 84, 56, 2)],
  [LINE, (x, y) => inRoundRect(x, y, 30, 64, 70, 68, 2)],
  [LINE, (x, y) => inRoundRect(x, y, 30, 76, 56, 80, 2)],
  [SEAL_FILL, (x, y) => (x - SEAL.x) ** 2 + (y - SEAL.y) ** 2 <= SEAL.r ** 2],
  [RED, (x, y) => {
    const d = Math.hypot(x - SEAL.x, y - SEAL.y);
    return (d <= SEAL.r && d >= SEAL.r - 5) || (d <= SEAL.r - 8 && d >= SEAL.r - 9.5);
  }],
  [RED, (x, y) => inPolygon(x, y, STAR)],
];

/** Porter-Duff "over" of a colour with coverage onto an RGBA pixel (straight alpha, 0..1 floats). */
function over(dst, [r, g, b, a], coverage) {
  const sa = a * coverage;
  const da = dst[3];
  const oa = sa + da * (1 - sa);
  if (oa === 0) return [0, 0, 0, 0];
  const mix = (s, d) => (s * sa + d * da * (1 - sa)) / oa;
  return [mix(r, dst[0]), mix(g, dst[1]), mix(b, dst[2]), oa];
}

export function drawIcon() {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py++) {
    raw[py * (SIZE * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let pixel = [0, 0, 0, 0];
      for (const [colour, test] of LAYERS) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (test(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        if (hits) pixel = over(pixel, colour, hits / (SAMPLES * SAMPLES));
      }
      const o = py * (SIZE * 4 + 1) + 1 + px * 4;
      raw[o] = Math.round(pixel[0]);
      raw[o + 1] = Math.round(pixel[1]);
      raw[o + 2] = Math.round(pixel[2]);
      raw[o + 3] = Math.round(pixel[3] * 255);
    }
  }
  return encodePng(SIZE, SIZE, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA, 8 bits per channel; `raw` holds the filtered scanlines. */
function encodePng(width, height, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
  mkdirSync(dirname(out), { recursive: true });
  const png = drawIcon();
  writeFileSync(out, png);
  console.log(`wrote ${out} (${SIZE}×${SIZE}, ${png.length} bytes)`);
}
