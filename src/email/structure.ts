/**
 * Structural evidence from the header block itself: a block far beyond any legitimate mail (padding
 * that pushes the real headers past other scanners' limits) and more than one From header.
 */
import { defineSignal, type Signal } from '../core/index.js';
import { headerValues, type EmailContext, type EmailFacts } from './facts.js';

/**
 * Measured on ../shared/data/email/dev (read-only): the largest benign header block is 12,681 bytes
 * and 83 fields, the largest malicious one 40,387 bytes and 99 fields. The thresholds are the
 * configured limits (defaults 1 MB and 10,000 fields), ~80x and ~120x above that, so only a block
 * built to overflow a parser reaches them.
 */
export const OVERSIZED_HEADERS = defineSignal({
  id: 'email.structure.oversized_headers',
  category: 'hidden_content',
  severity: 'medium',
  summary: 'Header block beyond the header limits (size or count), far beyond any legitimate mail',
});

/** rspamd's MULTIPLE_FROM: RFC 5322 §3.6 allows one From; clients and filters may read different ones. */
export const DUPLICATE_FROM = defineSignal({
  id: 'email.structure.duplicate_from',
  category: 'impersonation',
  severity: 'medium',
  summary: 'More than one From header (clients and filters may each read a different sender)',
});

export const STRUCTURE_SIGNALS = [OVERSIZED_HEADERS, DUPLICATE_FROM];

export function structureSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = [];
  const { headers_total_bytes, header_lines } = ctx.budget.limits;
  const block = facts.headerBlock;
  if (block.bytes > headers_total_bytes || block.fields > header_lines) {
    const size = `${block.bytes.toLocaleString('en-US')} bytes in ${block.fields.toLocaleString('en-US')} header lines`;
    out.push(
      OVERSIZED_HEADERS.fire(
        `Header block of ${size} (limits ${headers_total_bytes.toLocaleString('en-US')} bytes / ${header_lines.toLocaleString('en-US')} lines; real mail stays under ~40 KB and 100 lines)`,
        [{ where: 'header', text: `${block.topName}: ${block.topCount.toLocaleString('en-US')} of the first ${block.topOf.toLocaleString('en-US')} header lines` }],
      ),
    );
  }
  const addresses = new Set((facts.fromAll ?? []).map((m) => m.address));
  if (facts.fromHeaders > 1) {
    const froms = headerValues(facts, 'from');
    out.push(
      DUPLICATE_FROM.fire(
        `${facts.fromHeaders} From headers: ${froms.slice(0, 2).map((f) => `"${f}"`).join(' and ')}`,
        froms.slice(0, 2).map((text) => ({ where: 'header:From', text })),
      ),
    );
  } else if (addresses.size > 1) {
    // one From naming several mailboxes: clients show one, filters may check another
    out.push(
      DUPLICATE_FROM.fire(
        `One From header names ${addresses.size} mailboxes: ${[...addresses].slice(0, 3).join(', ')}`,
        [{ where: 'header:From', text: facts.from?.raw ?? [...addresses].join(', ') }],
      ),
    );
  }
  return out;
}
