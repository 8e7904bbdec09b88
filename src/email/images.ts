/**
 * Pictures in a message that a reader sees: inline (`cid:`) and attached images. Their format and
 * size are read from the first bytes (no decoder runs before the limits are checked), so an image
 * that claims 60,000 x 60,000 pixels is refused before OCR would allocate 3.6 GB for it.
 */
import type { AttachmentFacts } from './facts.js';

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp';

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u32le = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** Longest run of JPEG segments walked to find the frame header (a flood of segments is cheap to send). */
const MAX_JPEG_SEGMENTS = 512;

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  for (let n = 0; n < MAX_JPEG_SEGMENTS && i + 9 < b.length; n++) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    // standalone markers (no length)
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = u16be(b, i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    if (len < 2) return null;
    i += 2 + len;
  }
  return null;
}

/** Format and pixel size of an image from its header, or null when it is none of the formats read. */
export function sniffImage(b: Uint8Array): ImageInfo | null {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR')
    return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const s = jpegSize(b);
    return s ? { format: 'jpeg', ...s } : null;
  }
  if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a'))
    return { format: 'gif', width: u16le(b, 6), height: u16le(b, 8) };
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM') {
    const header = u32le(b, 14);
    if (header === 12) return { format: 'bmp', width: u16le(b, 18), height: u16le(b, 20) };
    return { format: 'bmp', width: u32le(b, 18) | 0, height: Math.abs(u32le(b, 22) | 0) };
  }
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const kind = ascii(b, 12, 4);
    if (kind === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
      return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    if (kind === 'VP8L' && b[20] === 0x2f) {
      const bits = u32le(b, 21);
      return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (kind === 'VP8X')
      return {
        format: 'webp',
        width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
        height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
      };
  }
  return null;
}

/** A picture part of the message (inline or attached), judged by its bytes, not its declared type. */
export interface MessageImage {
  attachment: AttachmentFacts;
  /** Evidence location: `image:<filename>` (inline) or `attachment:<filename>`. */
  where: string;
  info: ImageInfo | null;
}

/** Image parts: declared `image/*`, or image bytes under another type (a PNG sent as octet-stream). */
export function messageImages(attachments: readonly AttachmentFacts[]): MessageImage[] {
  const out: MessageImage[] = [];
  for (const a of attachments) {
    const info = sniffImage(a.content);
    if (!info && !a.mimeType.startsWith('image/')) continue;
    const inline = a.disposition === 'inline';
    out.push({
      attachment: a,
      where: `image:${inline ? '' : 'attachment '}${a.filename || 'unnamed'}`,
      info,
    });
  }
  return out;
}

/** A reader's per-message picture limits, with the names its skip notes quote. */
export interface PictureLimits {
  /** Pictures read per message, and the limit's name (`MAX_OCR_IMAGES`). */
  images: readonly [number, string];
  /** Encoded bytes per picture. */
  bytes: readonly [number, string];
  /** Decoded pixels per picture (read from the header). */
  pixels: readonly [number, string];
}

/**
 * Why a picture is not read under `limits` once `read` pictures have been, or null: too many
 * pictures, too many bytes (or cut by the part limit), too many pixels for its header to be believed.
 * OCR and QR decoding share these checks; their skip notes name their own limits.
 */
export function pictureOverLimits(img: MessageImage, read: number, limits: PictureLimits): string | null {
  const a = img.attachment;
  const info = img.info!;
  const [maxImages, imagesName] = limits.images;
  const [maxBytes, bytesName] = limits.bytes;
  const [maxPixels, pixelsName] = limits.pixels;
  if (read >= maxImages) return `limit ${imagesName}=${maxImages} images per message`;
  if (a.size > a.content.length || a.size > maxBytes)
    return `image of ${a.size} bytes over ${bytesName}=${maxBytes} (or the part limit)`;
  if (info.width * info.height > maxPixels || info.width > 20_000 || info.height > 20_000)
    return `${info.width}x${info.height} pixels over ${pixelsName}=${maxPixels}`;
  return null;
}
