// Renders lines of ASCII text into a PNG with no dependency: a bitmap of DejaVu Sans at 22 px
// (dejavu-glyphs.json, rasterised once from DejaVuSans.ttf; Bitstream Vera licence) and a PNG encoder
// over node:zlib. Tests and bench/robustness.mjs use it to put lure text into images for OCR.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const font = JSON.parse(readFileSync(new URL('./dejavu-glyphs.json', import.meta.url), 'utf8'));
const glyphs = new Map(
  Object.entries(font.glyphs).map(([ch, [w, b64]]) => [ch, { w, bits: Buffer.from(b64, 'base64') }]),
);
const H = font.height;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encode an 8-bit greyscale bitmap (`pixels[y * width + x]`, 0 black … 255 white) as a PNG. */
export function encodePng(width, height, pixels) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixels[y * width + x];
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const lineWidth = (line) => [...line].reduce((w, ch) => w + (glyphs.get(ch) ?? glyphs.get('?')).w, 0);

/** Word-wrap `text` to `maxWidth` pixels. */
function wrap(text, maxWidth) {
  const out = [];
  for (const para of text.split(/\r?\n/)) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && lineWidth(next) > maxWidth) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/**
 * Render `text` (non-ASCII letters become `?`) black on white, wrapped at `width` pixels, as a PNG.
 * Options: `width` (default 640), `margin` (default 16), `maxLines` (default 60).
 */
export function renderTextPng(text, { width = 640, margin = 16, maxLines = 60 } = {}) {
  const lines = wrap(text.replace(/[^\x20-\x7e\n]/g, '?'), width - 2 * margin).slice(0, maxLines);
  const lineH = H + 4;
  const height = Math.max(1, lines.length) * lineH + 2 * margin;
  const px = new Uint8Array(width * height).fill(255);
  lines.forEach((line, i) => {
    let x0 = margin;
    const y0 = margin + i * lineH;
    for (const ch of line) {
      const g = glyphs.get(ch) ?? glyphs.get('?');
      for (let y = 0; y < H; y++)
        for (let x = 0; x < g.w; x++) {
          const bit = y * g.w + x;
          if (g.bits[bit >> 3] & (0x80 >> (bit & 7)) && x0 + x < width) px[(y0 + y) * width + x0 + x] = 0;
        }
      x0 += g.w;
    }
  });
  return encodePng(width, height, px);
}

/** A logo-like picture with no text: a coloured-looking disc and bars in grey levels. */
export function renderLogoPng(size = 160) {
  const px = new Uint8Array(size * size).fill(255);
  const c = size / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      if (d < size * 0.35) px[y * size + x] = d < size * 0.2 ? 60 : 140;
      else if (y > size * 0.85 && x % 24 < 16) px[y * size + x] = 100;
    }
  return encodePng(size, size, px);
}
