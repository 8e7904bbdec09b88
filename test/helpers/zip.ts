/**
 * A minimal zip writer for tests (stored or deflated entries, no CRC check by the reader under
 * test), so Word attachments and hostile archives can be built by hand in a few lines.
 */
import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  /** Write this as the uncompressed size in both headers instead of the real one (a lying zip). */
  claimedSize?: number;
  /** Set the encryption flag in both headers (the bytes are stored as given, never decrypted). */
  encrypted?: boolean;
}

export function makeZip(entries: ZipEntry[], deflate = true): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.claimedSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.encrypted ? 1 : 0, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.encrypted ? 1 : 0, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** A Word document.xml of paragraphs; each run is text, or `{ hidden: 'vanish' | 'white' | 'tiny' }`. */
export function documentXml(
  paragraphs: (string | { text: string; hidden: 'vanish' | 'white' | 'tiny' })[][],
): string {
  const run = (r: string | { text: string; hidden: string }) => {
    if (typeof r === 'string') return `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`;
    const props =
      r.hidden === 'vanish'
        ? '<w:vanish/>'
        : r.hidden === 'white'
          ? '<w:color w:val="FFFFFF"/>'
          : '<w:sz w:val="2"/>';
    return `<w:r><w:rPr>${props}</w:rPr><w:t>${r.text}</w:t></w:r>`;
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
    .map((p) => `<w:p>${p.map(run).join('')}</w:p>`)
    .join('')}</w:body></w:document>`;
}
