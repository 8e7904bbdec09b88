/**
 * Recognises an mbox mailbox given where one message is expected. Read as one message, a mailbox
 * of three becomes one verdict with the first message's subject and the other messages' signals;
 * it is refused instead (`E_MBOX`) until mailbox support scans each message.
 */

/**
 * An mbox envelope line: `From <address or MAILER-DAEMON> <asctime date>`, e.g.
 * `From MAILER-DAEMON Fri Jul  8 12:08:34 2011` (some writers add a zone or put the year first).
 * Body lines that start with "From " are escaped (`>From `) by mbox writers, and prose such as
 * "From the desk of …" has no asctime date after one word, so it does not match.
 */
const ENVELOPE =
  /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}/;

const FROM_SPACE = Buffer.from('\nFrom ');

function lineAt(buf: Uint8Array, start: number): string {
  const end = Math.min(buf.length, start + 200);
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

/**
 * Whether `buf` holds more than one message of an mbox: it starts with an envelope line and a
 * further envelope line follows a blank line. One message with one envelope line on top (the
 * SpamAssassin corpus keeps them) is not a mailbox: the parser drops that line.
 * Returns the number of envelope lines found (0 when it is not a mailbox; scanning stops at 3).
 */
export function countMboxMessages(buf: Uint8Array): number {
  if (!ENVELOPE.test(lineAt(buf, 0))) return 0;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let count = 1;
  for (let i = b.indexOf(FROM_SPACE, 0); i >= 0 && count < 3; i = b.indexOf(FROM_SPACE, i + 1)) {
    // a separator follows an empty line: "\n\nFrom " or "\r\n\r\nFrom "
    const blank = (i >= 1 && b[i - 1] === 0x0a) || (i >= 2 && b[i - 1] === 0x0d && b[i - 2] === 0x0a);
    if (blank && ENVELOPE.test(lineAt(b, i + 1))) count++;
  }
  return count > 1 ? count : 0;
}

/** One message of a mailbox: where its envelope line starts, and its bytes (at most the limit + 1). */
export interface MboxMessage {
  /** Byte offset of the message's `From ` envelope line in the mailbox. */
  offset: number;
  /** The message without its envelope line, `>From ` unescaped; cut at `maxBytes + 1`. */
  raw: Buffer;
  /** The message's full length in the mailbox (more than raw.length when it was cut). */
  bytes: number;
  /** 1-based position in the mailbox. */
  index: number;
}

/** Whether `head` (the first bytes of an input) starts with an mbox envelope line. */
export function startsWithEnvelope(head: Uint8Array): boolean {
  return ENVELOPE.test(lineAt(head, 0));
}

const GT_FROM = /^>+From /;

/**
 * Splits an mbox mailbox (RFC 4155) read as a stream, one message at a time: memory holds one
 * message, never more than `maxBytes + 1` of it (a 10 GB message is read through and cut, and the
 * analyzer says so in `skipped`). A new message starts at an envelope line (`From addr asctime`)
 * at the top or after a blank line; a body line "From here on…" is no envelope (no asctime date)
 * and stays in the body. Lines quoted by the writer (`>From `, mboxrd `>>From `) lose one `>`.
 * The blank line before the next envelope belongs to the separator and is removed.
 *
 * Hand-written rather than a package: node-mbox and mbox-reader (npm) both start a message at
 * every line beginning "From " (no blank line, no date check, so a body line splits a message),
 * keep whole messages in memory without a cap, and give no byte offsets.
 */
export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<MboxMessage> {
  const cap = maxBytes + 1;
  let carry: Buffer = Buffer.alloc(0); // an incomplete last line
  let pos = 0; // offset in the mailbox of carry[0]
  let cur: { offset: number; parts: Buffer[]; kept: number; bytes: number; index: number } | null = null;
  let prevBlank = true; // the top of the file counts as after a blank line
  let index = 0;
  // the last line of the current message is held back: if the next line is an envelope, it is
  // the separator's blank line and is dropped
  let held: Buffer | null = null;

  const append = (line: Buffer) => {
    if (!cur) return;
    cur.bytes += line.length;
    const room = cap - cur.kept;
    if (room <= 0) return;
    const piece = line.length > room ? line.subarray(0, room) : line;
    // copied: the chunk buffer is reused by nothing, but a subarray would keep the whole chunk alive
    cur.parts.push(Buffer.from(piece));
    cur.kept += piece.length;
  };
  const finish = (): MboxMessage | null => {
    if (!cur) return null;
    const m = {
      offset: cur.offset,
      raw: Buffer.concat(cur.parts, cur.kept),
      bytes: cur.bytes,
      index: cur.index,
    };
    cur = null;
    return m;
  };

  const onLine = (line: Buffer, lineStart: number): MboxMessage | null => {
    const isBlank = line.length <= 2 && (line[0] === 0x0a || (line[0] === 0x0d && line[1] === 0x0a));
    let out: MboxMessage | null = null;
    if (prevBlank && line[0] === 0x46 /* F */ && ENVELOPE.test(lineAt(line, 0))) {
      held = null; // the blank line before an envelope separates; it is no part of the message
      out = finish();
      cur = { offset: lineStart, parts: [], kept: 0, bytes: 0, index: ++index };
      prevBlank = false;
      return out;
    }
    if (held) append(held);
    held = null;
    let l = line;
    if (l[0] === 0x3e /* > */ && GT_FROM.test(lineAt(l, 0))) l = l.subarray(1);
    if (isBlank) held = l;
    else append(l);
    prevBlank = isBlank;
    return out;
  };

  for await (const c of chunks) {
    let buf: Buffer = carry.length ? Buffer.concat([carry, Buffer.from(c)]) : Buffer.from(c);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      const m = onLine(buf.subarray(start, nl + 1), pos + start);
      if (m) yield m;
      start = nl + 1;
    }
    // a line longer than the cap is no envelope and is kept only up to the cap: pass it on in part
    if (buf.length - start > cap) {
      const m = onLine(buf.subarray(start), pos + start);
      if (m) yield m;
      prevBlank = false;
      start = buf.length;
    }
    carry = Buffer.from(buf.subarray(start));
    pos += start;
    buf = carry;
  }
  if (carry.length) {
    const m = onLine(carry, pos);
    if (m) yield m;
  }
  if (held) append(held);
  const last = finish();
  if (last) yield last;
}
