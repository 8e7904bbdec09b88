/**
 * A sender domain that is the sender's own claimed name dressed with a security or service-desk word:
 * "Harborline Bank Treasury Services" <fraud-alerts@harborline-bank-secure.com>,
 * "Northgate Credit Union" <alerts@northgate-verify.com>, "ClickPay Remittance"
 * <remittance@clickpay-notices.net>. An organisation mails from its own name's domain
 * (harborlinebank.com, or a subdomain of it); a name plus "-secure", "-billing" or "-kundenservice"
 * is a domain registered to look official next to that name (combosquatting), for any brand, known
 * to Vigil or not. The same for the other dressings a look-official sender domain wears: "gov" written
 * into a commercial name (`irs-gov.com`), a country code in front of another suffix (`thepsi-ie.org`
 * for thepsi.ie), and a state department's name signed from a hyphenated non-government domain. The
 * word lists are src/email/domain-dressing.ts.
 *
 * Each is a deception for the evidence gate (it flags beside an ask: a call back, a sign-in, a payment).
 * Left alone: domains the configuration names (organization, partners, brands), subdomains
 * (`alerts.weather.com` is weather.com's own), and names glued without a hyphen (`acmesecure.com`
 * may be the company's real name).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { ownersOf, unwrapUrl } from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { hostOf, isGovernmentHost } from './links.js';
import { countryDressing, isDressing } from './domain-dressing.js';
import { fromEvidence } from './sender.js';

export const SECURITY_DRESSED_DOMAIN = defineSignal({
  id: 'email.sender.security_dressed_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From domain is the display name\'s organisation plus a security or service-desk word (harborline-bank-secure.com for "Harborline Bank", erstebank-kundenservice.at, clickpay-notices.net): a domain dressed to look official, not the organisation\'s own',
});

/**
 * A domain dressed as a government's: "gov" as a word of a domain that is not under a government
 * suffix (`at-financas-gov.pt`, `gov-pt.online`, `irs-gov.com`). Governments mail and serve from their
 * own suffix (`.gov`, `.gov.pt`, `.gouv.fr`); a registrant who writes "gov" into a .com or a .online
 * name wants it read as one, whatever the agency (tax refunds, fines, customs fees).
 */
export const GOVERNMENT_DRESSED_DOMAIN = defineSignal({
  id: 'email.sender.government_dressed_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From domain writes "gov" (or gouv, gob, govt) into a name outside any government suffix (at-financas-gov.pt, irs-gov.com): dressed to look like a government\'s',
});
export const GOVERNMENT_DRESSED_LINK = defineSignal({
  id: 'email.link.government_dressed_host',
  category: 'phishing',
  severity: 'medium',
  summary:
    'A link goes to a host that writes "gov" (or gouv, gob, govt) into a domain outside any government suffix (gov-pt.online): dressed to look like a government site',
});

/**
 * A country's domain written as a name: `thepsi-ie.org` for the Pharmaceutical Society of Ireland's
 * thepsi.ie, `sspcrs-ie.com` for sspcrs.ie, `gillnorthland-ca.com` beside gillnorthland.ca. An
 * organisation mails from its own country domain (or its .com); a hyphen and a country code in front
 * of another suffix is the cousin domain registered when the real one was taken.
 */
export const COUNTRY_DRESSED_DOMAIN = defineSignal({
  id: 'email.sender.country_dressed_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "From domain writes a country code after a hyphen in front of another suffix (thepsi-ie.org, sspcrs-ie.com, postbank-de.com): a country's domain (thepsi.ie) dressed as a name, not the organisation's own",
});

/**
 * A US or Australian state's department signed from a domain outside any government suffix: "Arizona
 * Department of Real Estate" at azre-compliance.org, "WA Department of Transport" at a .com. Those
 * departments mail from .gov, state.xx.us or .gov.au (a few from a plain .com of their own); the
 * signature line that is the agency's name, on a hyphenated name of another suffix, is the authority
 * scam's.
 */
export const STATE_AGENCY_ELSEWHERE = defineSignal({
  id: 'email.sender.state_agency_elsewhere',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'Signs as a US or Australian state\'s department ("Arizona Department of Real Estate", "WA Department of Transport") from a hyphenated domain outside any government suffix (azre-compliance.org)',
});

export const DRESSED_DOMAIN_SIGNALS: SignalDef[] = [
  SECURITY_DRESSED_DOMAIN,
  GOVERNMENT_DRESSED_DOMAIN,
  GOVERNMENT_DRESSED_LINK,
  COUNTRY_DRESSED_DOMAIN,
  STATE_AGENCY_ELSEWHERE,
];

const STATES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
  'Western Australia|WA|Queensland|Qld|New South Wales|NSW|Victoria|Vic|South Australia|Tasmania|Northern Territory',
].join('|');
/**
 * A line that is a state department's name and nothing else ("Arizona Department of Real Estate",
 * "State of Texas Department of Licensing"); not "Licensed by the Arizona Department of Insurance"
 * nor "University of Arizona Department of Physics".
 */
const AGENCY = String.raw`(?:department|dept\.?|division|board|office|bureau|commission|agency|authority)`;
const STATE_AGENCY_LINE = new RegExp(
  [
    String.raw`^(?:the\s+)?(?:state\s+of\s+)?(?:${STATES})(?:'s)?\s+${AGENCY}\s+of\s+[A-Z][\w&,' -]{2,60}$`,
    // "Department of Transport WA"
    String.raw`^(?:the\s+)?${AGENCY}\s+of\s+[A-Z][\w&,' ]{2,50}\s+(?:${STATES})$`,
    // "Office of the Arizona Attorney General"
    String.raw`^(?:(?:the\s+)?office\s+of\s+the\s+)?(?:${STATES})\s+attorney\s+general$`,
  ].join('|'),
  'i',
);
/** A state's own domains: .gov, state.xx.us (and other .us), .gov.au. */
const STATE_DOMAIN = /\.us$/;
/** How many of the text's last lines are read for the signature. */
const AGENCY_SIGNATURE_LINES = 12;
const AGENCY_LETTERHEAD_LINES = 6;

/** What a government-dressed name writes: "gov" and its forms, as a hyphen- or dot-separated word. */
const GOVERNMENT_WORDS = new Set([
  'gov',
  'gouv',
  'gob',
  'govt',
  'government',
  'gobierno',
  'governo',
  'regierung',
]);

/** The government word a host's registrable name is dressed with, or undefined (`gov` for gov-pt.online). */
export function governmentDressing(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isGovernmentHost(h)) return undefined;
  const label = parseHost(h).domainWithoutSuffix ?? '';
  if (!label.includes('-')) return undefined;
  return label.split('-').find((w) => GOVERNMENT_WORDS.has(w));
}

/** Links read for a government-dressed host (a newsletter's hundreds are not all needed). */
const MAX_LINKS_READ = 200;

const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function dressedDomainSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  return [
    ...securityDressed(facts, ctx),
    ...governmentDressed(facts, ctx),
    ...countryDressed(facts, ctx),
    ...stateAgencyElsewhere(facts, ctx),
  ];
}

function stateAgencyElsewhere(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain) return [];
  const domain = from.domain.toLowerCase();
  if (isGovernmentHost(domain) || STATE_DOMAIN.test(domain) || ownersOf(domain, ctx.config).length) return [];
  // … and only a name put together to look official (azre-compliance.org, dot-wa-notices.com): some
  // departments do mail from a plain .com of their own (floridarevenue.com) or a mail service's
  // (public.govdelivery.com)
  if (!(parseHost(domain).domainWithoutSuffix ?? '').includes('-')) return [];
  const lines = [
    from.name ?? '',
    // the letterhead and the signature: the first lines and the last
    ...(facts.text || facts.visibleText || '').slice(0, 1500).split('\n').slice(0, AGENCY_LETTERHEAD_LINES),
    ...(facts.text || facts.visibleText || '').slice(-3000).split('\n').slice(-AGENCY_SIGNATURE_LINES),
  ];
  const line = lines.map((l) => l.trim()).find((l) => l.length <= 90 && STATE_AGENCY_LINE.test(l));
  if (!line) return [];
  return [
    STATE_AGENCY_ELSEWHERE.fire(
      `Signs as "${line}" but writes from ${domain}, outside any government suffix`,
      [fromEvidence(from), { where: 'body:signature', text: line }],
    ),
  ];
}

/** A chartered accountants' firm or auditor naming itself (see countryDressed). */
const CHARTERED_ACCOUNTANTS = /chartered accountants?|\bCPAs?\b|\baudit(?:ors?)?\b/i;

function countryDressed(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  const cc = from?.domain ? countryDressing(from.domain) : undefined;
  if (!from?.domain || !cc || ownersOf(from.domain, ctx.config).length) return [];
  // "-ca" is also a chartered accountants' firm's (hamdaniyer-ca.com for "Hamdan & Iyer Chartered
  // Accountants"): not read beside the profession's words
  if (cc === 'ca' && CHARTERED_ACCOUNTANTS.test(`${from.name ?? ''} ${facts.text.slice(0, 5000)}`)) return [];
  return [
    COUNTRY_DRESSED_DOMAIN.fire(
      `From domain ${from.domain} writes the country code "${cc}" after a hyphen in front of another suffix: a country's domain dressed as a name`,
      [fromEvidence(from)],
    ),
  ];
}

function governmentDressed(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = [];
  const from = facts.from;
  const fromWord = from?.domain ? governmentDressing(from.domain) : undefined;
  if (from?.domain && fromWord && !ownersOf(from.domain, ctx.config).length)
    out.push(
      GOVERNMENT_DRESSED_DOMAIN.fire(
        `From domain ${from.domain} writes "${fromWord}" into a name outside any government suffix`,
        [fromEvidence(from)],
      ),
    );
  const seen = new Set<string>();
  for (const link of facts.links.slice(0, MAX_LINKS_READ)) {
    // the destination, not a mail gateway's rewriter around it
    const dest = unwrapUrl(link.url).url;
    const host = dest ? hostOf(dest) : null;
    if (!host || seen.has(host)) continue;
    seen.add(host);
    const word = governmentDressing(host);
    if (!word || ownersOf(host, ctx.config).length) continue;
    out.push(
      GOVERNMENT_DRESSED_LINK.fire(
        `A link goes to ${host}, which writes "${word}" into a name outside any government suffix`,
        [{ where: link.where, text: link.url.slice(0, 200) }],
      ),
    );
    break;
  }
  return out;
}

/** Whether one or more consecutive words of `display`, joined, spell `name`. */
function namesWords(display: string, name: string): boolean {
  const words = display
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let k = i; k < words.length && joined.length < name.length; k++) {
      joined += words[k];
      if (joined === name) return true;
    }
  }
  return false;
}

function securityDressed(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain || !from.name) return [];
  const host = parseHost(from.domain.toLowerCase());
  const label = host.domainWithoutSuffix ?? '';
  if (!label.includes('-') || label.length > 63) return [];
  const parts = label.split('-').filter(Boolean);
  const dressing = parts.filter(isDressing);
  // the rest is the name (3 letters at least: `kcb-notifications.com` for "KCB Bank Kenya"), made
  // of parts that are not filler alone (`covetrus-eu`: no dressing, `orange-business`: the name's)
  const name = parts.filter((p) => !isDressing(p)).join('');
  if (!dressing.length || name.length < 3) return [];
  // the display name must claim the rest of the domain: "Harborline Bank" for harborline-bank; a
  // short name as whole words ("KCB Bank Kenya" for kcb-…, not "Support Groups" for ups-…)
  if (!(name.length >= 5 ? letters(from.name).includes(name) : namesWords(from.name, name))) return [];
  if (ownersOf(from.domain, ctx.config).length) return [];
  return [
    SECURITY_DRESSED_DOMAIN.fire(
      `From domain ${host.domain} is "${from.name.slice(0, 60)}" dressed with "${dressing.join('", "')}": not the organisation's own domain`,
      [fromEvidence(from)],
    ),
  ];
}
