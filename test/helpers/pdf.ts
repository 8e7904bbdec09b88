/**
 * Builds small PDFs for tests: pages of text in the standard Helvetica font (no embedded font), the
 * content stream plain or Flate-compressed, with a correct cross-reference table. `encrypted` adds a
 * standard security handler whose user password is not empty, so a reader needs a password.
 */
import { deflateSync } from 'node:zlib';

export interface PdfOptions {
  /** Compress the content streams (FlateDecode). */
  flate?: boolean;
  /** Require a password to open (random /O and /U entries: the empty password does not match). */
  encrypted?: boolean;
  /** Replace a page's content stream (raw operators), e.g. to build hostile input. */
  rawContent?: string | Buffer;
  /** Pages that share the first page's content, after the given ones (a huge /Count). */
  extraPages?: number;
  /** Added to each page's dictionary (raw PDF syntax). */
  pageEntries?: string;
  /** A greyscale picture (8 bits a pixel, Flate-compressed) painted on the first page below its text. */
  image?: { width: number; height: number; gray: Uint8Array };
}

/**
 * A content stream that writes each line below the last, paragraphs (blank lines) further apart.
 * Lines are wrapped at 90 characters: pdf.js leaves out the text that runs off the page.
 */
function textOps(text: string): string {
  const ops = ['BT /F1 11 Tf 72 740 Td 14 TL'];
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      ops.push('T*');
      continue;
    }
    for (const part of line.match(/.{1,90}(?:\s+|$)/g) ?? [])
      ops.push(`(${part.trimEnd().replace(/[\\()]/g, (c) => `\\${c}`)}) '`);
  }
  ops.push('ET');
  return ops.join('\n');
}

/** A PDF with one page per string in `pages` (each line of a string a line of the page). */
export function makePdf(pages: string[], o: PdfOptions = {}): Uint8Array {
  const objs: (string | Buffer)[] = [];
  const add = (o: string | Buffer) => objs.push(o); // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // 2: the page tree, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  let imageRef = 0;
  if (o.image) {
    const data = deflateSync(Buffer.from(o.image.gray));
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${o.image.width} /Height ${o.image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
        ),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
    imageRef = objs.length;
  }
  for (const [i, text] of pages.entries()) {
    const picture = i === 0 && imageRef ? `\nq 200 0 0 200 72 300 cm /Im1 Do Q` : '';
    const raw = i === 0 && o.rawContent !== undefined ? o.rawContent : textOps(text) + picture;
    const plain = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'latin1');
    const data = o.flate ? deflateSync(plain) : plain;
    add(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${o.flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`),
        data,
        Buffer.from('\nendstream'),
      ]),
    );
    const contents = objs.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>${i === 0 && imageRef ? ` /XObject << /Im1 ${imageRef} 0 R >>` : ''} >> /Contents ${contents} 0 R${o.pageEntries ? ` ${o.pageEntries}` : ''} >>`,
    );
    kids.push(objs.length);
  }
  const refs = kids.map((k) => `${k} 0 R`);
  for (let i = 0; i < (o.extraPages ?? 0); i++) refs.push(`${kids[0]} 0 R`);
  objs[1] = `<< /Type /Pages /Kids [${refs.join(' ')}] /Count ${refs.length} >>`;
  let encrypt = '';
  if (o.encrypted) {
    const hex = (n: number) => Buffer.alloc(32, n).toString('hex');
    add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -4 >>`);
    encrypt = ` /Encrypt ${objs.length} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`;
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  for (const [i, obj] of objs.entries()) {
    offsets.push(at);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(obj) ? obj : Buffer.from(obj, 'latin1'),
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(b);
    at += b.length;
  }
  let xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
