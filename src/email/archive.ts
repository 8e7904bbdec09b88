/**
 * Readers for attachment bytes: file-type sniffing by magic number, zip and RAR entry lists, 7z and
 * OLE encryption / VBA markers. Bounded (MAX_ARCHIVE_ENTRIES) and never decompress anything: the
 * detector in attachments.ts reads names and flags only.
 */
import { MAX_ARCHIVE_ENTRIES } from '../core/index.js';

export { MAX_ARCHIVE_ENTRIES } from '../core/index.js';

export const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

export type Magic =
  | 'pe'
  | 'elf'
  | 'macho'
  | 'zip'
  | 'ole'
  | 'pdf'
  | 'rar'
  | '7z'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'html'
  | 'script'
  | 'gzip'
  | 'iso'
  | 'text'
  | 'unknown';

export function sniff(b: Uint8Array): Magic {
  if (b.length < 2) return 'unknown';
  if (startsWith(b, [0x4d, 0x5a])) return 'pe';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (
    startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xca, 0xfe, 0xba, 0xbe])
  )
    return 'macho';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (b.length > 0x8006 && startsWith(b, [0x43, 0x44, 0x30, 0x30, 0x31], 0x8001)) return 'iso';
  const head = asBuffer(b.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const lead = head
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^(?:<!doctype html|<html|<head|<body|<script|<svg|<\?xml[^>]*>\s*<svg|<meta|<iframe|<form)/.test(lead))
    return 'html';
  if (
    /^#!\s*\//.test(lead) ||
    /^(?:@echo off|powershell|set \w+=|dim \w+|on error resume next|wscript\.|createobject\()/.test(lead)
  )
    return 'script';
  return /[\x00-\x08\x0e-\x1f]/.test(head.slice(0, 512)) ? 'unknown' : 'text';
}

export interface ArchiveEntry {
  name: string;
  encrypted: boolean;
}

/** One central-directory record: what the entry lists and where its local header is. */
interface CentralRecord {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  local: number;
}

/** The central directory's records (at most MAX_ARCHIVE_ENTRIES), or [] when it is missing or cut off. */
function centralDirectory(buf: Buffer): CentralRecord[] {
  const out: CentralRecord[] = [];
  // end of central directory: last 64 KB + 22 bytes
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length || eocd < buf.length - 65_557) return out;
  let p = buf.readUInt32LE(eocd + 16);
  const count = Math.min(buf.readUInt16LE(eocd + 10), MAX_ARCHIVE_ENTRIES);
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) break;
    const nameLen = buf.readUInt16LE(p + 28);
    if (p + 46 + nameLen > buf.length) break;
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      local: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** Zip entries from the central directory, or the local headers when the directory is cut off. */
export function zipEntries(b: Uint8Array): ArchiveEntry[] {
  const buf = asBuffer(b);
  const out: ArchiveEntry[] = centralDirectory(buf).map((r) => ({
    name: r.name,
    encrypted: (r.flags & 1) === 1,
  }));
  if (out.length) return out;
  // local file headers (streamed zips or a cut-off buffer): scan for the signature
  const sig = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  let p = buf.indexOf(sig);
  while (p >= 0 && p + 30 <= buf.length && out.length < MAX_ARCHIVE_ENTRIES) {
    const flags = buf.readUInt16LE(p + 6);
    const nameLen = buf.readUInt16LE(p + 26);
    if (p + 30 + nameLen > buf.length) break;
    out.push({ name: buf.toString('utf8', p + 30, p + 30 + nameLen), encrypted: (flags & 1) === 1 });
    p = buf.indexOf(sig, p + 30 + nameLen);
  }
  return out;
}

/**
 * One entry's bytes, found through the central directory (stored, or deflated and inflated by zlib
 * up to `maxBytes`: a directory that lies about sizes cannot make it inflate more). Null when the
 * entry is missing, encrypted, in another compression, or broken; `truncated` when it was longer.
 */
export function zipEntryData(
  b: Uint8Array,
  name: string,
  maxBytes: number,
): { data: Buffer; truncated: boolean } | null {
  const buf = asBuffer(b);
  const r = centralDirectory(buf).find((x) => x.name === name);
  if (!r || r.flags & 1 || r.local + 30 > buf.length || buf.readUInt32LE(r.local) !== 0x04034b50) return null;
  const start = r.local + 30 + buf.readUInt16LE(r.local + 26) + buf.readUInt16LE(r.local + 28);
  const body = buf.subarray(start, Math.min(buf.length, start + r.compressed));
  if (r.method === 0) return { data: body.subarray(0, maxBytes), truncated: body.length > maxBytes };
  if (r.method !== 8) return null;
  try {
    // node:zlib is loaded here, at the first Word file, not at start-up (as pdf-links.ts does)
    const data = process.getBuiltinModule('node:zlib').inflateRawSync(body, { maxOutputLength: maxBytes });
    return { data, truncated: false };
  } catch (err) {
    // past maxBytes zlib stops with a RangeError: the entry is longer than we read
    if (err instanceof RangeError) return { data: Buffer.alloc(0), truncated: true };
    return null;
  }
}

/** RAR 4 file names and encryption flags; RAR 5 only says whether headers are encrypted. */
export function rarInfo(b: Uint8Array): { entries: ArchiveEntry[]; encryptedHeaders: boolean } {
  const buf = asBuffer(b);
  const entries: ArchiveEntry[] = [];
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00])) {
    // RAR5: after the signature, CRC32 (4), header size (vint), header type (vint); type 4 = encryption
    let p = 12;
    while (p < buf.length && (buf[p]! & 0x80) !== 0) p++;
    p++;
    return { entries, encryptedHeaders: buf[p] === 4 };
  }
  // RAR4: blocks of HEAD_CRC(2) HEAD_TYPE(1) HEAD_FLAGS(2) HEAD_SIZE(2) [ADD_SIZE(4)]
  let p = 7;
  let encryptedHeaders = false;
  for (let i = 0; i < MAX_ARCHIVE_ENTRIES && p + 7 <= buf.length; i++) {
    const type = buf[p + 2]!;
    const flags = buf.readUInt16LE(p + 3);
    const size = buf.readUInt16LE(p + 5);
    if (size < 7) break;
    if (type === 0x73 && flags & 0x0080) {
      encryptedHeaders = true;
      break;
    }
    let add = 0;
    if (type === 0x74 && p + 32 <= buf.length) {
      add = buf.readUInt32LE(p + 7);
      const nameLen = buf.readUInt16LE(p + 26);
      const nameAt = p + 32 + (flags & 0x100 ? 8 : 0);
      if (nameAt + nameLen <= buf.length)
        entries.push({
          name: buf.toString('latin1', nameAt, nameAt + nameLen).split('\0')[0]!,
          encrypted: (flags & 0x04) !== 0,
        });
    } else if (flags & 0x8000 && p + 11 <= buf.length) add = buf.readUInt32LE(p + 7);
    p += size + add;
  }
  return { entries, encryptedHeaders };
}

/** 7z: the header names the AES-256 coder (06 F1 07 01) when content or headers are encrypted. */
export function sevenZipEncrypted(b: Uint8Array): boolean {
  return asBuffer(b).indexOf(Buffer.from([0x06, 0xf1, 0x07, 0x01])) >= 0;
}

const VBA_MARKERS = [utf16('_VBA_PROJECT'), utf16('VBA'), Buffer.from('Attribute VB_', 'latin1')];
export function oleHasVba(b: Uint8Array): boolean {
  const buf = asBuffer(b);
  return (
    buf.indexOf(VBA_MARKERS[0]!) >= 0 ||
    (buf.indexOf(utf16('Macros')) >= 0 && buf.indexOf(VBA_MARKERS[1]!) >= 0)
  );
}
/** An encrypted OOXML document is an OLE file holding an `EncryptedPackage` stream. */
export function oleEncryptedPackage(b: Uint8Array): boolean {
  return asBuffer(b).indexOf(utf16('EncryptedPackage')) >= 0;
}
