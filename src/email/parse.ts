/**
 * Bounded MIME parsing. postal-mime does the parsing; this file keeps hostile input inside the
 * limits before and around it: size cut, header-line and header-total caps, nesting depth, part
 * count, and a fallback to a headers-only view when the MIME body cannot be parsed.
 */
import PostalMime, { type Email } from 'postal-mime';
import { type Budget, VigilError } from '../core/index.js';

export interface ParsedEmail {
  email: Email;
  /** Number of MIME parts seen (approximate for hostile input: Content-Type header count). */
  partCount: number;
  /** Bytes actually parsed (after the size cut). */
  parsedBytes: number;
}

const CR = 13;
const LF = 10;

/** A header line starts with a field name (RFC 5322 §3.6.8: printable ASCII except colon). */
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/;
/** Headers of which at least one must appear for the input to count as a message. */
const MESSAGE_HEADERS = /^(from|to|subject|date|received|message-id|return-path|mime-version|sender|reply-to|delivered-to|x-[a-z0-9-]+|content-type|cc|bcc)[ \t]*:/im;

/** Index just past the blank line ending the header block, or -1 if there is none. */
function headerBlockEnd(buf: Uint8Array, max: number): number {
  const end = Math.min(buf.length, max);
  for (let i = 0; i < end; i++) {
    if (buf[i] !== LF) continue;
    if (buf[i + 1] === LF) return i + 2;
    if (buf[i + 1] === CR && buf[i + 2] === LF) return i + 3;
  }
  return -1;
}

/** Drops a leading mbox envelope line (`From user@host  Sat Oct ...`), which is not a header. */
function stripMboxLine(buf: Uint8Array): Uint8Array {
  if (buf[0] === 0x46 && buf[1] === 0x72 && buf[2] === 0x6f && buf[3] === 0x6d && buf[4] === 0x20) {
    const nl = buf.indexOf(LF);
    if (nl > 0) return buf.subarray(nl + 1);
  }
  return buf;
}

function latin1(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
}

/**
 * Checks that the input is a message at all and returns the header block as text. Binary garbage,
 * an empty file or prose without a header block is `E_NOT_EMAIL` / `E_EMPTY_INPUT`.
 */
function checkIsEmail(buf: Uint8Array, target: string, headerLimit: number): { headerEnd: number } {
  if (buf.length === 0 || /^\s*$/.test(latin1(buf.subarray(0, 4096)))) {
    throw new VigilError('E_EMPTY_INPUT', `${target} is empty`, { target });
  }
  const probe = latin1(buf.subarray(0, Math.min(buf.length, 8192)));
  const firstLine = probe.split(/\r?\n/, 1)[0] ?? '';
  // NUL bytes in the header block never occur in mail and always in binary files
  const headerEnd = headerBlockEnd(buf, headerLimit + 4);
  const headProbe = headerEnd > 0 ? probe.slice(0, Math.min(headerEnd, probe.length)) : probe;
  if (!HEADER_LINE.test(firstLine) || headProbe.includes('\u0000') || !MESSAGE_HEADERS.test(headProbe)) {
    throw new VigilError('E_NOT_EMAIL', `${target} does not look like an email message (no RFC 5322 header block)`, {
      target,
    });
  }
  return { headerEnd };
}

/**
 * Rewrites the header block when a header is over limits.header_bytes or the block is over
 * limits.headers_total_bytes: such headers are dropped (and listed in `skipped`), so one 1 MB
 * header cannot stall every regex after it nor make the parser refuse the whole message.
 */
function capHeaders(buf: Uint8Array, headerEnd: number, budget: Budget): Uint8Array {
  const { header_bytes, headers_total_bytes } = budget.limits;
  const blockEnd = headerEnd > 0 ? headerEnd : Math.min(buf.length, headers_total_bytes);
  if (blockEnd <= header_bytes && headerEnd > 0) return buf; // fast path: nothing can be over
  const block = latin1(buf.subarray(0, blockEnd));
  const lines = block.split(/(?<=\n)/);
  const kept: string[] = [];
  let field: string[] = [];
  let total = 0;
  let changed = headerEnd < 0;
  const flush = () => {
    if (!field.length) return;
    const text = field.join('');
    const name = (text.match(/^([^:\r\n]{1,80}):/)?.[1] ?? 'header').trim();
    if (text.length > header_bytes) {
      budget.skip(`header ${name}`, `limit header_bytes=${header_bytes}`);
      changed = true;
    } else if (total + text.length > headers_total_bytes) {
      budget.skip(`headers after ${name}`, `limit headers_total_bytes=${headers_total_bytes}`);
      changed = true;
    } else {
      kept.push(text);
      total += text.length;
    }
    field = [];
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line) && field.length) field.push(line);
    else {
      flush();
      field.push(line);
    }
  }
  flush();
  if (!changed) return buf;
  let head = kept.join('');
  if (headerEnd < 0) head = head.replace(/\r?\n?$/, '\n\n');
  const headBytes = Buffer.from(head, 'latin1');
  const rest = headerEnd > 0 ? buf.subarray(headerEnd) : new Uint8Array(0);
  const out = new Uint8Array(headBytes.length + rest.length);
  out.set(headBytes, 0);
  out.set(rest, headBytes.length);
  return out;
}

/**
 * Counts MIME parts cheaply (one Content-Type header per part, line-anchored) and finds where
 * part number `max + 1` starts, so the parser never sees more than `max` parts (10,000-part
 * messages cost the parser seconds).
 */
function countParts(buf: Uint8Array, max: number): { count: number; cutAt: number | null } {
  const text = latin1(buf);
  const re = /^content-type[ \t]*:/gim;
  let count = 0;
  let cutAt: number | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    count++;
    if (count === max + 1) {
      // cut at the boundary line before this part's headers, if there is one
      const before = text.lastIndexOf('\n--', m.index);
      cutAt = before > 0 ? before + 1 : m.index;
    }
  }
  return { count: Math.max(1, count), cutAt };
}

export async function parseEmail(raw: Uint8Array, target: string, budget: Budget): Promise<ParsedEmail> {
  const limits = budget.limits;
  let buf = stripMboxLine(raw);
  const { headerEnd } = checkIsEmail(buf, target, limits.headers_total_bytes);
  if (buf.length > limits.message_bytes) {
    budget.skip(`bytes after ${limits.message_bytes}`, `limit message_bytes=${limits.message_bytes}`);
    buf = buf.subarray(0, limits.message_bytes);
  }
  buf = capHeaders(buf, headerEnd, budget);
  const { count: partCount, cutAt } = countParts(buf, limits.mime_parts);
  if (partCount > limits.mime_parts) {
    budget.skip(`MIME parts after #${limits.mime_parts}`, `limit mime_parts=${limits.mime_parts}`);
    if (cutAt !== null) buf = buf.subarray(0, cutAt);
  }
  const options = {
    maxNestingDepth: limits.mime_depth,
    // header caps already applied above; nested parts add their own headers on top
    maxHeadersSize: limits.headers_total_bytes * 2,
    maxRfc822NestingDepth: Math.min(limits.mime_depth, 5),
    attachmentEncoding: 'arraybuffer' as const,
  };
  try {
    const email = await PostalMime.parse(buf, options);
    return { email, partCount, parsedBytes: buf.length };
  } catch (err) {
    // A body the MIME parser refuses (nesting past the limit, broken structure) still has headers:
    // analyse those and the raw body text, and say what was skipped.
    const reason = (err as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    budget.skip('MIME structure', `parser refused it: ${reason}`);
    const end = headerBlockEnd(buf, limits.headers_total_bytes + 4);
    const headOnly = end > 0 ? buf.subarray(0, end) : buf;
    let email: Email;
    try {
      email = await PostalMime.parse(headOnly, { ...options, maxNestingDepth: 1 });
    } catch {
      throw new VigilError('E_NOT_EMAIL', `${target} could not be parsed as an email: ${reason}`, { target });
    }
    const body = end > 0 ? buf.subarray(end, end + limits.text_bytes_per_part) : new Uint8Array(0);
    email.text = latin1(body).replace(/^--.*$|^content-[a-z-]+:.*$/gim, '');
    email.html = undefined;
    email.attachments = [];
    return { email, partCount, parsedBytes: buf.length };
  }
}
