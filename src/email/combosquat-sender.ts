/**
 * A one-to-one message from a domain that is the display name's organisation plus another word, which
 * sends the reader to act on a page of that same domain: "Companies House"
 * <noreply@companieshouse-filing.co.uk> asking to sign in to WebFiling at companieshouse-filing.co.uk,
 * "Dext" <notifications@app-dext.com> asking to reconnect Xero at app-dext.com, "RICS Member
 * Services" <memberservices@rics-cpd.org>. An organisation's pages live on its own name's domain; a name
 * plus a word (combosquatting) is registered to host the lure, whatever the word, so this reads the
 * shape, not a list of dressing words (src/email/dressed-domain.ts reads those, for any ask).
 *
 * Strong on its own: the domain is the deception and the page on it is the ask. What it leaves alone:
 * - bulk mail (an unsubscribe link, List-Unsubscribe): `Viking` <offers@e.viking-direct.co.uk>'s
 *   promotions, a chamber of commerce's newsletter from bergen-chamber.no;
 * - a domain whose other word repeats or respells the name's (`canadapost-postescanada.ca`,
 *   `sparkasse-koelnbonn.de` for "Sparkasse KölnBonn"; the price: `bankofcyprus-1bank.com`, whose
 *   "1bank" repeats "Bank", is left alone too);
 * - a password reset, which the reader asked for (a shop's own `kestner-filterwerk.de` reset link);
 * - domains the configuration names, free mail, and links to the site's root or its pictures.
 * Blind rounds 67-123 (bench/fixtures/rounds): 83 of 2,280 attacks carry it, 28 of them missed
 * before, and none of 5,700 legitimate messages; rounds 124-126, unread when scored: 5 of 120 attacks
 * (1 missed before), none of 300 legitimate. Dev set: no message of either class has the shape.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { brandWordIn, isDictionaryWord, isFreemailDomain, ownersOf } from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { PAYMENT_REQUEST_SIGNAL } from './content.js';
import { DESK_WORDS } from './desk-callback.js';
import { contentAsks } from './freemail-ask.js';
import { foldName } from './names.js';
import { namesBrandInWords } from './brand-named.js';
import { CLICKED, followedLinks } from './links.js';
import { betweenColleagues, fromEvidence, isBulkMail, isGovernmentDomain, isListMail } from './sender.js';

export const COMBOSQUAT_ACTION_LINK = defineSignal({
  id: 'email.sender.combosquat_action_link',
  category: 'impersonation',
  severity: 'high',
  summary:
    'From domain is the display name\'s organisation plus another word (companieshouse-filing.co.uk for "Companies House", app-dext.com for "Dext"), and the one-to-one message sends the reader to a page of that domain to act: a combosquatted domain hosting the lure',
  // the domain is the deception and its page the ask: evidence an analyst can check, on its own
  roles: { high: 'strong' },
});

export const COMBOSQUAT_SENDER_ASK = defineSignal({
  id: 'email.sender.combosquat_sender_ask',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From domain is the display name\'s organisation, or a brand the message names, plus another word (zimmerbiomet-ar.com for "Zimmer Biomet Accounts Receivable", dhl-gf-clearance.com signed "DHL Global Forwarding"), in a one-to-one message that asks for new bank details, a payroll change, a call or a sign-in',
});

export const COMBOSQUAT_SIGNALS: SignalDef[] = [COMBOSQUAT_ACTION_LINK, COMBOSQUAT_SENDER_ASK];

/** The display name's words, accents dropped (Köln as koln; koeln is caught as an echo below). */
function wordsOf(display: string): string[] {
  return foldName(display)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether the display name begins with `name`, as its first words run together ("Companies House"
 * for companieshouse): an organisation's name, not a person's surname in "DI Markus Winkler" for
 * winkler-bauphysik.at, a surveyor's own firm.
 */
function beginsWith(words: string[], name: string): boolean {
  let joined = '';
  for (const w of words) {
    joined += w;
    if (joined === name) return true;
    if (joined.length >= name.length) return false;
  }
  return false;
}

/**
 * Whether a 4-letter run of `part` is in the name's letters: the name repeated in another order or
 * language (`postescanada` beside "Canada Post") or respelt (`koelnbonn` beside "KölnBonn").
 */
function echoes(part: string, letters: string): boolean {
  for (let i = 0; i + 4 <= part.length; i++) if (letters.includes(part.slice(i, i + 4))) return true;
  return false;
}

/**
 * The words of a hyphenated label that the display name does not write, when the ones it does are
 * the organisation's name at one end of the label (`companieshouse`-filing, app-`dext`) and the
 * display name begins with it; else none.
 */
export function wordsBesideName(label: string, display: string): string[] {
  const parts = label.split('-').filter(Boolean);
  if (parts.length < 2) return [];
  const words = wordsOf(display);
  const letters = words.join('');
  // a name part of 5 letters or more may sit anywhere in the name; a shorter one must be a word of it
  const named = parts.map((p) => (p.length >= 5 ? letters.includes(p) : words.includes(p)));
  const k = named.findIndex((x) => !x);
  if (k === -1) return [];
  // the name at the front (companieshouse-filing) or at the back (app-dext), the other words beside it
  const front = k;
  const back = named.length - 1 - named.lastIndexOf(false);
  if (!front && !back) return [];
  const [nameParts, extra] =
    front >= back ? [parts.slice(0, front), parts.slice(front)] : [parts.slice(-back), parts.slice(0, -back)];
  const name = nameParts.join('');
  if (name.length < 3 || !beginsWith(words, name) || extra.some((p) => letters.includes(p))) return [];
  // every other word must be foreign to the name: not one of its words respelt or repeated
  return extra.some((p) => echoes(p, letters)) ? [] : extra;
}

/** A link to the site's root, or a picture or script of it: nothing to act on. */
const NOTHING_TO_DO = /^\/?(?:$|[^?#]*\.(?:png|jpe?g|gif|svg|webp|ico|css|js)(?:[?#]|$))/i;

/** A password-reset link, which the reader asked for ("Reset your password" from a shop's own site). */
const PASSWORD_RESET = /(?:reset|recover)[-_/]?password|password[-_/]?(?:reset|recover)/i;

/**
 * The words From's domain adds to the display name's organisation (see `wordsBesideName`), when the
 * domain is nobody's the configuration or the brand list knows and the message is not bulk mail;
 * else none. With the domain's registrable name.
 */
function combosquatFrom(facts: EmailFacts, ctx: EmailContext): { domain: string; extra: string[] } | null {
  const from = facts.from;
  if (!from?.domain || !from.name) return null;
  const host = parseHost(from.domain.toLowerCase());
  const label = host.domainWithoutSuffix ?? '';
  if (!label.includes('-') || label.length > 63 || !host.domain) return null;
  if (isFreemailDomain(host.domain) || ownersOf(from.domain, ctx.config).length) return null;
  const extra = wordsBesideName(label, from.name);
  if (!extra.length || isBulkMail(facts)) return null;
  return { domain: host.domain, extra };
}

export function combosquatSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  const squat = combosquatFrom(facts, ctx);
  if (!from?.name || !squat) return [];
  const page = followedLinks(facts, CLICKED).find((l) => {
    if (parseHost(l.host).domain !== squat.domain) return false;
    let u: URL;
    try {
      u = new URL(l.dest);
    } catch {
      return false;
    }
    const rest = u.pathname + u.search;
    return !NOTHING_TO_DO.test(rest) && !PASSWORD_RESET.test(rest);
  });
  if (!page) return [];
  return [
    COMBOSQUAT_ACTION_LINK.fire(
      `From domain ${squat.domain} is "${from.name.slice(0, 60)}" plus "${squat.extra.join('", "')}", and the message sends the reader to act on ${page.host}`,
      [fromEvidence(from), { where: page.link.where, text: page.link.url.slice(0, 200) }],
    ),
  ];
}

/**
 * The same domain shape without a page to act on: the one-to-one message asks, in its own words, for
 * new bank details, a payroll change, a call back or a sign-in, not only for an invoice to be paid
 * (`zimmerbiomet-ar.com` for "Zimmer Biomet Accounts Receivable" announcing new bank details,
 * `eirbusiness-accounts.com` for "eir Business" asking for a call). A deception for the evidence
 * gate, beside the content rules' ask. The organisation read from the display name must be a name,
 * not a desk word ("Centre Management" at rosebank-centre.com).
 * Left alone beside the shape's own exceptions: mail between colleagues, mailing lists, government
 * domains, and messages whose asks were shown at info (a reported forward's).
 * Blind rounds 67-159 (bench/fixtures/rounds): 453 of 3,720 attacks have the shape one-to-one, 74 of
 * them missed before; 27 of 9,300 legitimate messages have it (hyphenated company domains: "PED" at
 * ped-distribution.fr). With a plain invoice's ask to pay it caught 12 invoice frauds more, but every
 * vendor on such a domain sends invoices.
 */
export function combosquatAskSignals(
  facts: EmailFacts,
  prior: readonly Signal[],
  ctx: EmailContext,
): Signal[] {
  if (prior.some((s) => s.id === COMBOSQUAT_ACTION_LINK.id)) return [];
  // (not a plain invoice's ask to pay: "Northwind Accounts" <…@northwind-supplies.com> billing its
  // order is the commonest legitimate mail of this shape)
  const asks = contentAsks(prior).filter((s) => s.id !== PAYMENT_REQUEST_SIGNAL.id);
  if (!asks.length || isListMail(facts) || betweenColleagues(facts)) return [];
  const squat = combosquatFrom(facts, ctx);
  const from = facts.from;
  if (!squat) return brandWordAsk(facts, ctx, asks);
  if (!from?.name || isGovernmentDomain(squat.domain)) return [];
  // the organisation read from the display name must be a name, not a desk ("Centre Management" at
  // rosebank-centre.com is Rosebank Centre's management, not "Centre" plus "rosebank")
  const label = parseHost(squat.domain).domainWithoutSuffix ?? '';
  const name = label
    .split('-')
    .filter((p) => p && !squat.extra.includes(p))
    .join('');
  if (DESK_WORDS.has(name)) return [];
  return [
    COMBOSQUAT_SENDER_ASK.fire(
      `From domain ${squat.domain} is "${from.name.slice(0, 60)}" plus "${squat.extra.join('", "')}", and the message asks: ${asks[0]!.message.slice(0, 120)}`,
      [fromEvidence(from), ...asks[0]!.evidence.slice(0, 1)],
    ),
  ];
}

/**
 * A brand's name as one word of From's domain (`dhl-gf-clearance.com`, `pnc-treasuryservices.com`,
 * `egyptair-groupsales.com`), in one-to-one mail that presents itself as that brand in words ("DHL
 * Global Forwarding", "PNC Bank, N.A." in the signature) and asks, in its own words, for a call, a
 * card payment by phone, a sign-in or new bank details. The brand's own mail comes from its own
 * domains; too short a name to be a lookalike on its own (a DHL reseller, a hospital whose initials
 * are a bank's: "KBC Rijeka"), so only beside such an ask (`asks`, read by the rules, never the
 * model's wording). Names that are words (orange, delta) are left out (brandWordIn).
 * Blind rounds 67-217 (bench/fixtures/rounds): 4 attacks of 6,040 caught that were missed (194 a012,
 * 197 a013, with the ask beside it), no legitimate message of 15,100.
 */
function brandWordAsk(facts: EmailFacts, ctx: EmailContext, asks: readonly Signal[]): Signal[] {
  const from = facts.from;
  if (!from?.domain || isFreemailDomain(from.domain) || ownersOf(from.domain, ctx.config).length) return [];
  const domain = parseHost(from.domain.toLowerCase()).domain;
  if (!domain || isGovernmentDomain(domain) || isBulkMail(facts)) return [];
  // the dictionary rides with the domain model (read only here, for a hyphenated domain with a brand in it)
  const isWord = (w: string): boolean => {
    const tables = ctx.url.dgaTables;
    return tables !== null && isDictionaryWord(w, tables);
  };
  const b = brandWordIn(ctx.url.lookalike, domain, isWord);
  if (!b || b.ownerKind !== 'brand' || !namesBrandInWords(facts, b.owner, ctx.config)) return [];
  return [
    COMBOSQUAT_SENDER_ASK.fire(
      `From domain ${domain} puts ${b.owner}'s name "${b.word}" beside "${b.rest.join('", "')}" in mail that presents itself as ${b.owner} (whose domain is ${b.protectedDomain}), and asks: ${asks[0]!.message.slice(0, 120)}`,
      [fromEvidence(from), ...asks[0]!.evidence.slice(0, 1)],
    ),
  ];
}
