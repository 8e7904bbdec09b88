/**
 * The web addresses a PDF attachment links to: its link annotations' `/URI (…)` actions. "Open to
 * view secure document" PDFs carry the lure's only link there, out of the body's sight. Read from
 * the raw bytes and from Flate-compressed streams (object streams hold the annotations of most
 * PDFs written since 1.5), bounded: at most 64 streams, 2 MB inflated in all, 50 links.
 */

const MAX_STREAMS = 64;
const MAX_INFLATED = 2 * 1024 * 1024;
const MAX_LINKS = 50;
/** `/URI (https://…)` or `/URI <68747470…>` (hex string). */
const URI = /\/URI\s*(?:\(((?:\\.|[^\\)]){1,4096})\)|<([0-9a-fA-F\s]{2,8192})>)/g;
const FLATE_STREAM = /\/FlateDecode[^]{0,400}?stream\r?\n/g;

/** The PDF string's escapes (`\(`, `\)`, `\\`, octal) undone. */
function unescapePdf(s: string): string {
  return s.replace(/\\([0-7]{1,3}|.)/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : e === 'n' ? '\n' : e === 'r' ? '\r' : e,
  );
}

function urisIn(text: string, out: Set<string>): void {
  URI.lastIndex = 0;
  for (let m = URI.exec(text); m && out.size < MAX_LINKS; m = URI.exec(text)) {
    const raw =
      m[1] !== undefined
        ? unescapePdf(m[1])
        : Buffer.from(m[2]!.replace(/\s+/g, ''), 'hex').toString('latin1');
    const url = raw.trim();
    if (/^(?:https?:|mailto:)/i.test(url)) out.add(url);
  }
}

/** Whether the bytes are a PDF (`%PDF-` within the first 1 kB, as readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes('%PDF-');
}

export function pdfLinks(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const text = buf.toString('latin1');
  const out = new Set<string>();
  urisIn(text, out);
  let inflated = 0;
  let streams = 0;
  FLATE_STREAM.lastIndex = 0;
  for (let m = FLATE_STREAM.exec(text); m; m = FLATE_STREAM.exec(text)) {
    if (++streams > MAX_STREAMS || inflated >= MAX_INFLATED || out.size >= MAX_LINKS) break;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      // node:zlib is loaded here, at the first stream to inflate, not at start-up (≈ 1 ms a process)
      const data = process
        .getBuiltinModule('node:zlib')
        .inflateSync(buf.subarray(start, end), { maxOutputLength: MAX_INFLATED - inflated });
      inflated += data.length;
      urisIn(data.toString('latin1'), out);
    } catch {
      // a damaged or truncated stream, or one past the bound: its links stay unread
    }
    FLATE_STREAM.lastIndex = end;
  }
  return [...out];
}
