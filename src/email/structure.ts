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

/**
 * The lure moved into a picture: almost no text a filter can read, an image a person reads, and
 * something to click. The picture is the ask (what it says is unread without OCR); a deception
 * elsewhere (a look-alike sender, a mismatched link) makes it a lure. Low without a link to click.
 */
export const IMAGE_ONLY_BODY = defineSignal({
  id: 'email.structure.image_only_body',
  category: 'phishing',
  severity: 'medium',
  summary:
    'Body is an image with a link to click and almost no readable text (the lure moved into a picture)',
  roles: { medium: 'ask' },
});

export const STRUCTURE_SIGNALS = [OVERSIZED_HEADERS, DUPLICATE_FROM, IMAGE_ONLY_BODY];

/** Readable words below which a body with a picture is "image only" (one neutral sentence is ~10). */
const IMAGE_ONLY_MAX_WORDS = 25;

function imageOnlyBody(facts: EmailFacts, out: Signal[]): void {
  const words = (facts.visibleText || facts.text).slice(0, 4000).match(/[\p{L}\p{N}]{2,}/gu)?.length ?? 0;
  if (words > IMAGE_ONLY_MAX_WORDS) return;
  const remote = (facts.htmlFacts?.images ?? []).filter((s) =>
    /^(?:https?:|cid:|data:image\/)/i.test(s.trim()),
  );
  const pictures = facts.attachments.filter((a) => a.mimeType.startsWith('image/') && a.size >= 1024);
  if (!remote.length && !pictures.length) return;
  const clickable = facts.links.filter((l) => l.source !== 'html:img' && /^https?:/i.test(l.url)).length;
  const what = remote.length
    ? `${remote.length} image(s) in the HTML`
    : `${pictures.length} image attachment(s)`;
  out.push(
    IMAGE_ONLY_BODY.fire(
      `Body is ${what} with ${words} readable word(s)${clickable ? ` and ${clickable} link(s) to click` : ''}`,
      [
        {
          where: remote.length ? 'body:html' : `attachment:${pictures[0]!.filename}`,
          text:
            remote[0] ?? `${pictures[0]!.filename} (${pictures[0]!.mimeType}, ${pictures[0]!.size} bytes)`,
        },
      ],
      clickable ? 'medium' : 'low',
    ),
  );
}

export function structureSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = [];
  const { headers_total_bytes, header_lines } = ctx.budget.limits;
  const block = facts.headerBlock;
  if (block.bytes > headers_total_bytes || block.fields > header_lines) {
    const size = `${block.bytes.toLocaleString('en-US')} bytes in ${block.fields.toLocaleString('en-US')} header lines`;
    out.push(
      OVERSIZED_HEADERS.fire(
        `Header block of ${size} (limits ${headers_total_bytes.toLocaleString('en-US')} bytes / ${header_lines.toLocaleString('en-US')} lines; real mail stays under ~40 KB and 100 lines)`,
        [
          {
            where: 'header',
            text: `${block.topName}: ${block.topCount.toLocaleString('en-US')} of the first ${block.topOf.toLocaleString('en-US')} header lines`,
          },
        ],
      ),
    );
  }
  const addresses = new Set((facts.fromAll ?? []).map((m) => m.address));
  if (facts.fromHeaders > 1) {
    const froms = headerValues(facts, 'from');
    out.push(
      DUPLICATE_FROM.fire(
        `${facts.fromHeaders} From headers: ${froms
          .slice(0, 2)
          .map((f) => `"${f}"`)
          .join(' and ')}`,
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
  imageOnlyBody(facts, out);
  return out;
}
