/**
 * Structural evidence from the header block itself: a block far beyond any legitimate mail (padding
 * that pushes the real headers past other scanners' limits) and more than one From header.
 */
import { defineSignal, type Signal } from '../core/index.js';
import { isFreeHosting, ownersOf, sameOwner, unwrapUrl } from '../url/index.js';
import { isOpaqueTracker } from './links.js';
import { SUSPICIOUS_TLD_SET } from '../url/lists.js';
import { headerValues, type EmailContext, type EmailFacts } from './facts.js';
import {
  CRED_BY_MEANING,
  CRED_FAMILIES,
  PRESSURE,
  PRIZE_CLAIM,
  URGENCY,
  URGENCY_BY_MEANING,
} from './lures.js';
import { normalizeForMatch } from './normalize.js';
import { findPhrases } from './phrases.js';

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
    'Body is an image with a link to click and almost no readable text (the lure moved into a picture); low without a link',
  // the words the rules would read are in the picture: what the body asks cannot be read, so the
  // picture stands for the ask, with a link (medium) or without (low: a BEC request as a screenshot)
  roles: { medium: 'ask', low: 'ask' },
});

/**
 * The other half of an image-only lure (issue 12): the picture is the link, so the reader never sees
 * where it goes, and it goes to another site than the sender's; with more evidence that the picture
 * asks for something (pressure or account words in the subject, or in the picture when OCR is on; a
 * prize to claim in one-to-one mail; a link to an IP address, free hosting, a login path, or carrying a
 * mail address as kits do to prefill their sign-in page). An image-only promotion linking to the shop's
 * own site, or with a plain subject and an ordinary link, stays silent.
 */
export const IMAGE_LINK_ELSEWHERE = defineSignal({
  id: 'email.structure.image_link_elsewhere',
  category: 'phishing',
  severity: 'medium',
  summary:
    'Image-only body whose picture links to another site than the sender, hiding the destination, with a pressing subject or picture or a risky link',
  roles: { medium: 'deception' },
});

export const STRUCTURE_SIGNALS = [OVERSIZED_HEADERS, DUPLICATE_FROM, IMAGE_ONLY_BODY, IMAGE_LINK_ELSEWHERE];

/** Readable words below which a body with a picture is "image only" (one neutral sentence is ~10). */
const IMAGE_ONLY_MAX_WORDS = 25;

/**
 * Subject words that turn a picture into an ask: urgency, threats, account and password pretexts.
 * With OCR on, the picture's own words are read with the same lists. A prize or payout to claim
 * (PRIZE_CLAIM) counts only in mail that is not bulk: loyalty mail from a shop with an unsubscribe
 * header and an image-only "Claim your reward" through its mailing provider's tracking links is
 * ordinary marketing.
 */
const SUBJECT_ASK = [
  ...URGENCY,
  ...URGENCY_BY_MEANING,
  ...PRESSURE,
  ...CRED_FAMILIES.flatMap((f) => f.patterns),
  ...CRED_BY_MEANING.flatMap((f) => f.patterns),
];
const LOGIN_PATH =
  /(?:log-?in|sign-?in|signon|verif|account|secure|update|password|webscr|banking|auth|session|validate|confirm)/i;

/** Links that are pictures (no readable anchor text, image-map regions) or, with an attached picture, any link. */
function hiddenDestinations(facts: EmailFacts, attachedOnly: boolean): URL[] {
  const out: URL[] = [];
  const anchors = facts.htmlFacts?.anchors ?? [];
  const candidates = attachedOnly
    ? facts.links.filter((l) => l.source === 'html:href' || l.source === 'text').map((l) => l.url)
    : [
        ...anchors.filter((a) => !a.text.replace(/\s+/g, '')).map((a) => a.href),
        ...(facts.htmlFacts?.areas ?? []),
      ];
  for (const href of candidates.slice(0, 50)) {
    const dest = unwrapUrl(href.trim()).url ?? href.trim();
    try {
      const u = new URL(dest);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.push(u);
    } catch {
      // not a URL a reader could open
    }
  }
  return out;
}

const MAIL_ADDRESS = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}/i;
/** Unsubscribe and preference links carry the subscriber's address by design. */
/** Opt-out and preference links, which carry the subscriber's address by design. */
export const OPT_OUT_PATH = /unsub|opt-?out|preferences|manage|remove/i;

/** A mail address (or a mail-merge placeholder the kit left unfilled) in a link's path or query. */
function addressInLink(u: URL): boolean {
  const tail = `${u.pathname}${u.search}`.slice(0, 2000);
  if (OPT_OUT_PATH.test(tail)) return false;
  let decoded = tail;
  try {
    decoded = decodeURIComponent(tail);
  } catch {
    // a broken escape: read it as written
  }
  return MAIL_ADDRESS.test(decoded) || /%email%|\{\{\s*email\s*\}\}|\*\|email\|\*/i.test(decoded);
}

function imageLinkElsewhere(
  facts: EmailFacts,
  ctx: EmailContext,
  attachedOnly: boolean,
  out: Signal[],
): void {
  const fromDomain = facts.from?.domain ?? '';
  const elsewhere = hiddenDestinations(facts, attachedOnly).filter(
    (u) => !fromDomain || !sameOwner(u.hostname, fromDomain, ctx.config),
  );
  if (!elsewhere.length) return;
  const reasons: string[] = [];
  // bulk mail (an unsubscribe header) is where shops send image-only rewards and personalised links
  const bulk = headerValues(facts, 'list-unsubscribe').length > 0;
  const asks = bulk ? SUBJECT_ASK : [...SUBJECT_ASK, ...PRIZE_CLAIM];
  const subject = facts.subject
    ? findPhrases([{ where: 'header:Subject', text: normalizeForMatch(facts.subject, 2000) }], asks, 1)
    : [];
  if (subject.length) reasons.push(`the subject presses ("${subject[0]!.match}")`);
  // with OCR on, the picture's own words: what the reader reads there is the ask
  const pictured = findPhrases(
    (facts.imageText ?? [])
      .slice(0, 8)
      .map((t) => ({ where: t.where, text: normalizeForMatch(t.text, 20_000) })),
    asks,
    1,
  );
  if (pictured.length) reasons.push(`the picture reads "${pictured[0]!.match}"`);
  const risky = elsewhere.find(
    (u) =>
      /^\d{1,3}(?:\.\d{1,3}){3}$|^\[/.test(u.hostname) ||
      (u.port !== '' && u.port !== '80' && u.port !== '443') ||
      isFreeHosting(u.hostname) ||
      // a throwaway name under a top-level domain registered mostly for abuse (.info, .top, .xyz …)
      SUSPICIOUS_TLD_SET.has(u.hostname.slice(u.hostname.lastIndexOf('.') + 1).toLowerCase()) ||
      LOGIN_PATH.test(u.pathname + u.search),
  );
  if (risky)
    reasons.push(
      `the link looks like a login or throwaway page (${risky.host}${risky.pathname.slice(0, 60)})`,
    );
  // a phishing kit's link names the victim (…?cliente=name@mail.example) so its page can prefill
  // the sign-in; in one-to-one mail a hidden link carrying a mail address is that
  const named = bulk ? undefined : elsewhere.find((u) => addressInLink(u));
  if (named) reasons.push(`the link carries a mail address (${named.host}${named.pathname.slice(0, 40)}…)`);
  // From is a brand's own domain, yet the picture leads to a site nobody on the brand list owns: a
  // brand's real mail links its pictures to its own pages or its mail service's tracker
  if (fromDomain && ownersOf(fromDomain, ctx.config).some((o) => o.startsWith('brand:'))) {
    const foreign = elsewhere.find(
      (u) => !ownersOf(u.hostname, ctx.config).length && !isOpaqueTracker(u.hostname),
    );
    if (foreign)
      reasons.push(`the sender is ${fromDomain}, a brand whose pictures do not link to ${foreign.host}`);
  }
  if (!reasons.length) return;
  const where = elsewhere[0]!;
  out.push(
    IMAGE_LINK_ELSEWHERE.fire(
      attachedOnly
        ? `The body is an attached picture and a link to ${where.host}, not the sender's ${fromDomain || '(no address)'}; ${reasons.join(', and ')}`
        : `The picture links to ${where.host}, not the sender's ${fromDomain || '(no address)'}: the reader cannot see where it goes; ${reasons.join(', and ')}`,
      [
        { where: attachedOnly ? 'body' : 'body:html', text: where.href },
        ...(subject[0] ? [{ where: 'header:Subject', text: facts.subject, match: subject[0].match }] : []),
        ...(pictured[0]
          ? [{ where: pictured[0].where, text: pictured[0].context, match: pictured[0].match }]
          : []),
      ],
    ),
  );
}

/**
 * A link written out as its address is something to click, not something to read: an attached picture
 * with five visible payment links is still an image-only body (`https://pay.example/inv/88412` alone
 * would be 5 "words"). Address-like tokens are dropped before the words are counted.
 */
const ADDRESS_TOKEN =
  /(?:\b[a-z][a-z0-9+.-]{1,15}:\/\/|\bwww\.)[^\s<>"']+|[^\s<>"'@]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/** Words a reader reads in the body (link addresses and email addresses not counted). */
function readableWords(text: string): number {
  return (
    text
      .slice(0, 4000)
      .replace(ADDRESS_TOKEN, ' ')
      .match(/[\p{L}\p{N}]{2,}/gu)?.length ?? 0
  );
}

function imageOnlyBody(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  // the pictures first: most mail has none, and then its words (two regex passes over 4,000
  // characters) need not be counted (speed only: each test is pure, the answer is the same)
  const remote = (facts.htmlFacts?.images ?? []).filter((s) =>
    /^(?:https?:|cid:|data:image\/)/i.test(s.trim()),
  );
  const pictures = facts.attachments.filter((a) => a.mimeType.startsWith('image/') && a.size >= 1024);
  if (!remote.length && !pictures.length) return;
  const words = readableWords(facts.visibleText || facts.text);
  if (words > IMAGE_ONLY_MAX_WORDS) return;
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
  if (clickable) imageLinkElsewhere(facts, ctx, !remote.length, out);
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
  imageOnlyBody(facts, ctx, out);
  return out;
}
