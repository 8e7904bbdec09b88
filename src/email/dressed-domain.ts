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
import { ownersOf } from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { fromEvidence } from './sender.js';

export const SECURITY_DRESSED_DOMAIN = defineSignal({
  id: 'email.sender.security_dressed_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From domain is the display name\'s organisation plus a security word (harborline-bank-secure.com for "Harborline Bank"): a domain dressed to look official, not the organisation\'s own',
});

export const DRESSED_DOMAIN_SIGNALS: SignalDef[] = [SECURITY_DRESSED_DOMAIN];

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
