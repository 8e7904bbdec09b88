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
const ENVELOPE = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} +\d{1,2}:\d{2}/;

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
