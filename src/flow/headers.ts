/**
 * The X-Vigil-* header fields the filter writes, and the removal of those that arrive from outside.
 * A sender can put `X-Vigil-Verdict: clean` into any message: a mailbox rule or a MUA that trusts
 * the field would then trust the attacker. Every field whose name starts with `X-Vigil-` is removed
 * from the top-level header block before Vigil's own are added (KEEP IN SYNC with the names below).
 */
import type { Verdict } from '../core/index.js';

/** The header fields the filter writes; each is removed from inbound mail first. */
export const VIGIL_HEADERS = [
  'X-Vigil-Verdict',
  'X-Vigil-Score',
  'X-Vigil-Categories',
  'X-Vigil-Reasons',
  'X-Vigil-Skipped',
] as const;

/** Where the header block ends: the offset of the body (after the blank line), or the length. */
function headerEnd(raw: Buffer): { end: number; eol: string } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { end: crlf + 4, eol: '\r\n' };
  if (lf >= 0) return { end: lf + 2, eol: raw[lf - 1] === 0x0d ? '\r\n' : '\n' };
  // headers only, no body: the whole message is the header block
  return { end: raw.length, eol: raw.includes('\r\n') ? '\r\n' : '\n' };
}

// `X-Vigil-…:` and the obsolete form with white space before the colon (RFC 5322 §4.5.3), which
// many parsers still read as the same field
const VIGIL_FIELD = /^x-vigil-[\x21-\x39\x3b-\x7e]*[ \t]*:/i;

/**
 * Removes every `X-Vigil-*` field (with its folded continuation lines) from the top-level header
 * block; the body and every other byte are kept as they were. Linear in the header block.
 */
export function stripVigilHeaders(raw: Buffer): { message: Buffer; removed: number; eol: string } {
  const { end, eol } = headerEnd(raw);
  const keep: Buffer[] = [];
  let removed = 0;
  let dropping = false;
  let pos = 0;
  let changed = false;
  while (pos < end) {
    let nl = raw.indexOf(0x0a, pos);
    if (nl < 0 || nl >= end) nl = end - 1;
    const line = raw.subarray(pos, nl + 1);
    const continuation = line[0] === 0x20 || line[0] === 0x09;
    if (!continuation) dropping = VIGIL_FIELD.test(line.subarray(0, 100).toString('latin1'));
    if (dropping) {
      if (!continuation) removed++;
      changed = true;
    } else keep.push(line);
    pos = nl + 1;
  }
  if (!changed) return { message: raw, removed: 0, eol };
  keep.push(raw.subarray(end));
  return { message: Buffer.concat(keep), removed, eol };
}

/**
 * Header values are ASCII without controls: nothing from the message is copied into them except
 * Vigil's own ids, categories and limit names, and those are filtered too (a CR or LF in a header
 * value would let the sender add fields of its choosing).
 */
function clean(s: string, max: number): string {
  const v = s
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
  return v.length > max ? `${v.slice(0, max - 3)}...` : v;
}

/** A field folded to lines of at most ~78 characters at the separators (RFC 5322 §2.1.1). */
function field(name: string, value: string, eol: string): string {
  const parts = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const p of parts) {
    if (cur.length + 1 + p.length > 78 && cur.length > name.length + 1) {
      lines.push(cur);
      cur = ` ${p}`;
    } else cur += ` ${p}`;
  }
  lines.push(cur);
  return lines.join(eol) + eol;
}

export interface HeaderOptions {
  /** Signal ids named in X-Vigil-Reasons (the first, most important, ones). */
  reasons: number;
}

/** The X-Vigil-* fields for a verdict. */
export function verdictHeaders(v: Verdict, eol: string, opts: HeaderOptions): string {
  const reasons = v.signals.slice(0, opts.reasons).map((s) => clean(s.id, 100));
  let out =
    field('X-Vigil-Verdict', v.verdict, eol) +
    field('X-Vigil-Score', v.score.toFixed(3), eol) +
    field('X-Vigil-Categories', v.categories.map((c) => clean(c, 40)).join(', ') || 'none', eol) +
    field('X-Vigil-Reasons', reasons.join(', ') || 'none', eol);
  // what was not analysed (a message over a limit): the verdict rests on part of the message
  if (v.skipped.length) {
    const whys = [...new Set(v.skipped.map((s) => clean(s.why, 60)))].slice(0, 3);
    out += field('X-Vigil-Skipped', `${v.skipped.length} part(s) not analysed: ${whys.join('; ')}`, eol);
  }
  return out;
}

/** The fields for a message handed on without a verdict (`filter.on_error: "pass"`, or input Vigil cannot read). */
export function unscannedHeaders(why: string, eol: string): string {
  return field('X-Vigil-Verdict', 'unscanned', eol) + field('X-Vigil-Reasons', clean(why, 200), eol);
}

/** Removes inbound X-Vigil-* fields and puts `fields` on top of the header block. */
export function rewriteHeaders(
  raw: Buffer,
  fields: (eol: string) => string,
): { message: Buffer; removed: number } {
  const { message, removed, eol } = stripVigilHeaders(raw);
  return { message: Buffer.concat([Buffer.from(fields(eol), 'latin1'), message]), removed };
}
