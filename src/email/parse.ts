/**
 * Bounded MIME parsing. postal-mime does the parsing; this file keeps hostile input inside the
 * limits before and around it: size cut, header-line and header-total caps, nesting depth, part
 * count, and a fallback to a headers-only view when the MIME body cannot be parsed.
 */
import PostalMime, { type Email } from 'postal-mime';
import { type Budget, VigilError, MAX_KEPT_PAST_LIMIT } from '../core/index.js';
import type { HeaderBlockStats } from './facts.js';
import { installSyncDecoders } from './postal-sync.js';

export interface ParsedEmail {
  email: Email;
  /** Number of MIME parts seen (approximate for hostile input: Content-Type header count). */
  partCount: number;
  /** Bytes actually parsed (after the size cut). */
  parsedBytes: number;
  /** The top-level header block as received, before any limit cut it. */
  headerBlock: HeaderBlockStats;
}

const CR = 13;
const LF = 10;

/** A header line starts with a field name (RFC 5322 §3.6.8: printable ASCII except colon). */
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/;
/** Headers of which at least one must appear for the input to count as a message. */
const MESSAGE_HEADER =
  /^(from|to|subject|date|received|message-id|return-path|mime-version|sender|reply-to|delivered-to|x-[a-z0-9-]+|content-type|cc|bcc|dkim-signature|arc-[a-z-]+|authentication-results)[ \t]*:/i;
/** The same, at the start of any line of the header block (folded lines start with WSP: never match). */
const MESSAGE_HEADER_ANYWHERE = new RegExp(MESSAGE_HEADER.source, 'im');
/** Field name of a header line, up to its colon; sticky, so it is tried at one offset and reads at most 100 characters. */
const FIELD_NAME = /([!-9;-~]{1,100})[ \t]*:/y;

/**
 * Header fields kept even past headers_total_bytes / header_lines: what the sender, auth, list and
 * MIME checks read. Without this, padding the header block with junk pushed From, Subject and
 * Content-Type past the cut and a phishing message came out clean (issue 10).
 */
const KEPT_NAMES =
  'from|reply-to|sender|to|subject|date|message-id|mime-version|content-type|content-transfer-encoding|authentication-results|dkim-signature|list-[a-z0-9-]{1,40}';
const KEEP_PAST_LIMIT = new RegExp(`^(?:${KEPT_NAMES})$`);
/** A line starting a field that KEEP_PAST_LIMIT names. */
const KEEP_LINE = new RegExp(`^(${KEPT_NAMES})[ \\t]*:`, 'gim');
/** From is kept twice past a limit, so a second From stays visible to email.structure.duplicate_from. */
const keepPastLimit = (name: string): number => (name === 'from' ? 2 : KEEP_PAST_LIMIT.test(name) ? 1 : 0);

/** Index just past the blank line ending the header block, or -1 if there is none. */
function headerBlockEnd(buf: Uint8Array): number {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const lf = b.indexOf('\n\n');
  const crlf = (lf >= 0 ? b.subarray(0, lf + 1) : b).indexOf('\n\r\n');
  if (crlf >= 0) return crlf + 3;
  return lf >= 0 ? lf + 2 : -1;
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

/** `1 MB`, `64 KB`, `1,500 bytes`: a limit in the words of the README. */
function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

/**
 * Checks that the input is a message at all. Binary garbage, an empty file or prose without a
 * header block is `E_NOT_EMAIL` / `E_EMPTY_INPUT`.
 *
 * The whole header block is searched for a message header (a field line; folded continuation lines
 * start with white space and never match), so a long first header — a 60 KB folded DKIM-Signature with a huge
 * h= list, as in rspamd's dkim_huge_hlist.eml — is read through instead of ending an 8 KB probe.
 */
function checkIsEmail(buf: Uint8Array, headerEnd: number, target: string, limits: Budget['limits']): void {
  if (buf.length === 0 || /^\s*$/.test(latin1(buf.subarray(0, 4096)))) {
    throw new VigilError('E_EMPTY_INPUT', `${target} is empty`, { target });
  }
  const notEmail = () =>
    new VigilError(
      'E_NOT_EMAIL',
      `${target} does not look like an email message (no RFC 5322 header block)`,
      { target },
    );
  const blockEnd = headerEnd > 0 ? headerEnd : buf.length;
  // NUL bytes in the header block never occur in mail and always in binary files
  const nulScan = Math.min(blockEnd, limits.headers_total_bytes + 4);
  if (Buffer.from(buf.buffer, buf.byteOffset, nulScan).indexOf(0) >= 0) throw notEmail();
  // One native regex pass over the block (it is at most the message limit, as buf was cut to it)
  const text = latin1(buf.subarray(0, blockEnd));
  if (!HEADER_LINE.test(text.slice(0, 120))) throw notEmail();
  if (MESSAGE_HEADER_ANYWHERE.test(text)) return;
  throw notEmail();
}

/**
 * Applies the header limits to the top-level header block and counts it. A field over
 * limits.header_bytes is dropped (one 1 MB header must not stall every regex after it). Past
 * limits.headers_total_bytes or limits.header_lines the rest of the block is dropped except the
 * fields the checks read (KEEP_PAST_LIMIT), and the body after the block is always kept, so its
 * MIME structure is still parsed. Everything dropped is listed in `skipped`.
 */
function capHeaders(
  buf: Uint8Array,
  headerEnd: number,
  budget: Budget,
): { buf: Uint8Array; stats: HeaderBlockStats } {
  const { header_bytes, headers_total_bytes, header_lines } = budget.limits;
  const blockEnd = headerEnd > 0 ? headerEnd : buf.length;
  const text = latin1(buf.subarray(0, blockEnd));
  const kept: string[] = [];
  const keptByName = new Map<string, number>();
  const names = new Map<string, number>();
  const stats: HeaderBlockStats = {
    bytes: 0,
    fields: 0,
    fromFields: 0,
    dropped: 0,
    topName: '',
    topCount: 0,
    topOf: 0,
  };
  let total = 0;
  let keptFields = 0;
  let over: 'bytes' | 'lines' | null = null;

  /** Counts and keeps one field of the part before the cut; false (and nothing done) once it is past a limit. */
  const field = (start: number, end: number): boolean => {
    const len = end - start;
    if (len <= header_bytes) {
      if (keptFields + 1 > header_lines) over = 'lines';
      else if (total + len > headers_total_bytes) over = 'bytes';
      if (over) return false;
    }
    stats.fields++;
    FIELD_NAME.lastIndex = start;
    const rawName = FIELD_NAME.exec(text)?.[1] ?? '';
    const name = rawName.toLowerCase();
    if (name === 'from') stats.fromFields++;
    if (names.size < 1000 || names.has(name)) {
      const n = (names.get(name) ?? 0) + 1;
      names.set(name, n);
      if (n > stats.topCount) {
        stats.topCount = n;
        stats.topName = rawName || '(no name)';
      }
    }
    if (len > header_bytes) {
      budget.skip(`header ${rawName.trim() || 'without a name'}`, `limit header_bytes=${header_bytes}`);
      stats.dropped++;
      return true;
    }
    total += len;
    keptFields++;
    keptByName.set(name, (keptByName.get(name) ?? 0) + 1);
    kept.push(text.slice(start, end));
    return true;
  };

  // Before the cut: field by field. Only SP and HTAB continue a header (RFC 5322 §2.2.3), as in postal-mime.
  let fieldStart = -1;
  let pos = 0;
  let cut = -1;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) break; // the blank line ending the block
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    if ((c === 0x20 || c === 0x09) && fieldStart >= 0) {
      pos = next;
      continue;
    }
    if (fieldStart >= 0 && !field(fieldStart, pos)) {
      cut = fieldStart;
      break;
    }
    fieldStart = pos;
    pos = next;
  }
  if (cut < 0 && fieldStart >= 0 && !field(fieldStart, pos)) cut = fieldStart;
  stats.topOf = stats.fields;

  if (cut >= 0) {
    // Past the cut (up to 25 MB of padding): count the fields with a cheap line scan, and find
    // the fields to keep with one native regex pass instead of reading every field.
    let regionFields = 0;
    pos = cut;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) break;
      if (c !== 0x20 && c !== 0x09) regionFields++;
      const nl = text.indexOf('\n', pos);
      pos = nl < 0 ? text.length : nl + 1;
    }
    let keptPast = 0;
    let keptPastBytes = 0;
    let tooLong = 0;
    KEEP_LINE.lastIndex = cut;
    for (let m = KEEP_LINE.exec(text); m && m.index < pos; m = KEEP_LINE.exec(text)) {
      // `^` also matches after a lone CR; postal-mime splits lines at LF only
      if (m.index > 0 && text.charCodeAt(m.index - 1) !== LF) {
        KEEP_LINE.lastIndex = m.index + 1;
        continue;
      }
      let end = m.index;
      do {
        const nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length : nl + 1;
      } while (end < pos && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09));
      KEEP_LINE.lastIndex = end;
      const name = m[1]!.toLowerCase();
      if (name === 'from') stats.fromFields++;
      const len = end - m.index;
      const seen = keptByName.get(name) ?? 0;
      if (len > header_bytes) {
        budget.skip(`header ${m[1]}`, `limit header_bytes=${header_bytes}`);
        tooLong++;
      } else if (
        seen < keepPastLimit(name) &&
        keptPast < MAX_KEPT_PAST_LIMIT &&
        keptPastBytes + len <= headers_total_bytes
      ) {
        keptPast++;
        keptPastBytes += len;
        keptByName.set(name, seen + 1);
        kept.push(text.slice(m.index, end));
      }
    }
    stats.fields += regionFields;
    stats.dropped += regionFields - keptPast;
    const dropped = regionFields - keptPast - tooLong;
    if (dropped > 0) {
      const lines = `${dropped.toLocaleString('en-US')} line${dropped === 1 ? '' : 's'}`;
      if (over === 'bytes') {
        budget.skip(
          `headers after ${formatBytes(headers_total_bytes)} (${lines})`,
          `limit headers_total_bytes=${headers_total_bytes}`,
        );
      } else {
        budget.skip(
          `headers after #${header_lines.toLocaleString('en-US')} (${lines})`,
          `limit header_lines=${header_lines}`,
        );
      }
    }
  }
  stats.bytes = pos;

  if (!stats.dropped) return { buf, stats };
  let head = kept.join('');
  if (head && !head.endsWith('\n')) head += '\r\n';
  // the blank line that ended the block (or one, for a headers-only message)
  head += pos < text.length ? text.slice(pos) : '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  const rest = buf.subarray(blockEnd);
  const out = new Uint8Array(headBytes.length + rest.length);
  out.set(headBytes, 0);
  out.set(rest, headBytes.length);
  return { buf: out, stats };
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

/** The top-level Content-Type is text/* or absent (RFC 2045: text/plain), so the body is one text part. */
function isSingleTextPart(buf: Uint8Array, headerEnd: number): boolean {
  const head = latin1(buf.subarray(0, Math.max(0, headerEnd))).replace(/\r?\n[ \t]+/g, ' ');
  const ct = /^content-type:\s*([^;\s]*)/im.exec(head)?.[1]?.toLowerCase() ?? '';
  return ct === '' || ct.startsWith('text/');
}

export async function parseEmail(raw: Uint8Array, target: string, budget: Budget): Promise<ParsedEmail> {
  installSyncDecoders(); // once: postal-mime's parts decoded without a Blob (src/email/postal-sync.ts)
  const limits = budget.limits;
  let buf = stripMboxLine(raw);
  if (buf.length > limits.message_bytes) {
    budget.skip(`bytes after ${limits.message_bytes}`, `limit message_bytes=${limits.message_bytes}`);
    buf = buf.subarray(0, limits.message_bytes);
  }
  const headerEnd = headerBlockEnd(buf);
  checkIsEmail(buf, headerEnd, target, limits);
  const capped = capHeaders(buf, headerEnd, budget);
  buf = capped.buf;
  const headerBlock = capped.stats;
  const { count: partCount, cutAt } = countParts(buf, limits.mime_parts);
  if (partCount > limits.mime_parts) {
    budget.skip(`MIME parts after #${limits.mime_parts}`, `limit mime_parts=${limits.mime_parts}`);
    if (cutAt !== null) buf = buf.subarray(0, cutAt);
  }
  // A single text part is read no further than text_bytes_per_part anyway; its encoded form is
  // about 1.4x that in base64. Cut it there, before the MIME parser, whose chunked decoding of a
  // 26 MB text body took 13 s and 1.6 GB (now 2.8 s and 270 MB for the whole scan).
  const textCap = headerEnd + Math.ceil(1.5 * limits.text_bytes_per_part);
  if (partCount === 1 && buf.length > textCap && isSingleTextPart(buf, headerEnd)) {
    budget.skip(
      `body after ${textCap - headerEnd} bytes`,
      `limit text_bytes_per_part=${limits.text_bytes_per_part}`,
    );
    buf = buf.subarray(0, textCap);
  }
  const options = {
    maxNestingDepth: limits.mime_depth,
    // Header caps already applied above: the top-level block is at most headers_total_bytes plus
    // the fields kept past the cut (at most headers_total_bytes more); nested parts add theirs.
    maxHeadersSize: limits.headers_total_bytes * 3,
    maxRfc822NestingDepth: Math.min(limits.mime_depth, 5),
    attachmentEncoding: 'arraybuffer' as const,
  };
  try {
    const email = await PostalMime.parse(buf, options);
    return { email, partCount, parsedBytes: buf.length, headerBlock };
  } catch (err) {
    // A body the MIME parser refuses (nesting past the limit, broken structure) still has headers:
    // analyse those and the raw body text, and say what was skipped.
    const reason = (err as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    budget.skip('MIME structure', `parser refused it: ${reason}`);
    const end = headerBlockEnd(buf);
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
    return { email, partCount, parsedBytes: buf.length, headerBlock };
  }
}
