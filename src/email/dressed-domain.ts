/**
 * A sender domain that is the sender's own claimed name dressed with a security word:
 * "Harborline Bank Treasury Services" <fraud-alerts@harborline-bank-secure.com>,
 * "Northgate Credit Union" <alerts@northgate-verify.com>. An organisation mails from its own name's
 * domain (harborlinebank.com); a name plus "-secure", "-verify" or "-alerts" is a domain registered
 * to look official next to that name, for any brand, known to Vigil or not.
 *
 * A deception for the evidence gate (it flags beside an ask: a call back, a sign-in, a payment).
 * Left alone: domains the configuration names (organization, partners, brands), subdomains
 * (`alerts.weather.com` is weather.com's own), and names glued without a hyphen (`acmesecure.com`
 * may be the company's real name).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { ownersOf, unwrapUrl } from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { hostOf, isGovernmentHost } from './links.js';
import { fromEvidence } from './sender.js';

export const SECURITY_DRESSED_DOMAIN = defineSignal({
  id: 'email.sender.security_dressed_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From domain is the display name\'s organisation plus a security word (harborline-bank-secure.com for "Harborline Bank"): a domain dressed to look official, not the organisation\'s own',
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

export const DRESSED_DOMAIN_SIGNALS: SignalDef[] = [
  SECURITY_DRESSED_DOMAIN,
  GOVERNMENT_DRESSED_DOMAIN,
  GOVERNMENT_DRESSED_LINK,
];

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

/** Words a look-official domain adds to a name; none is a company's name on its own. */
const SECURITY_WORDS = new Set([
  'secure',
  'security',
  'verify',
  'verification',
  'verified',
  'alert',
  'alerts',
  'protect',
  'protection',
  'safety',
  'safe',
  'fraud',
  'login',
  'signin',
  'auth',
  'authentication',
  'validate',
  'validation',
]);

const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function dressedDomainSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  return [...securityDressed(facts, ctx), ...governmentDressed(facts, ctx)];
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

function securityDressed(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain || !from.name) return [];
  const host = parseHost(from.domain.toLowerCase());
  const label = host.domainWithoutSuffix ?? '';
  if (!label.includes('-') || label.length > 63) return [];
  const parts = label.split('-').filter(Boolean);
  const dressing = parts.filter((p) => SECURITY_WORDS.has(p));
  const name = parts.filter((p) => !SECURITY_WORDS.has(p)).join('');
  if (!dressing.length || name.length < 4) return [];
  // the display name must claim the rest of the domain: "Harborline Bank" for harborline-bank
  if (!letters(from.name).includes(name)) return [];
  if (ownersOf(from.domain, ctx.config).length) return [];
  return [
    SECURITY_DRESSED_DOMAIN.fire(
      `From domain ${host.domain} is "${from.name.slice(0, 60)}" dressed with "${dressing.join('", "')}": not the organisation's own domain`,
      [fromEvidence(from)],
    ),
  ];
}
