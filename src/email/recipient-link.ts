/**
 * A link to a cousin of the reader's own domain: `portal.fabrikam-hr.com` or `fabrikarn.com` in mail
 * to `@fabrikam.com`, the page a kit puts up for one company's staff (its HR portal, its sign-in, its
 * file share). Needs no configuration: the message names the domain it imitates in its own To/Cc,
 * as `email.sender.recipient_lookalike` does for the sender. A cousin the conversation itself
 * already uses (among the recipients, or in the quoted thread), a domain of the same owner (the
 * organisation's, a partner's, a brand's), and free mail are not impostors. Deception, in the links
 * area: beside a cousin sender it is a second, independent disguise.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import {
  imitatesDomain,
  isFreemailDomain,
  registrableDomain,
  sameOwner,
  spellsDomainInFront,
} from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { quotedDomains } from './thread-lookalike.js';

export const RECIPIENT_LOOKALIKE_LINK = defineSignal({
  id: 'email.link.recipient_lookalike',
  category: 'lookalike_domain',
  severity: 'high',
  roles: { high: 'strong' },
  summary:
    "A link goes to a cousin of a recipient's own domain: one edit or look-alike letters (high), an added word or an edit under another suffix (medium; the same name under another suffix is not one)",
});

export const RECIPIENT_LINK_SIGNALS: SignalDef[] = [RECIPIENT_LOOKALIKE_LINK];

/** Recipient domains compared with each link host (a list mail to thousands names none of them). */
const MAX_TARGETS = 20;

export function recipientLinkSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const targets = new Set<string>();
  for (const m of [...facts.to, ...facts.cc].slice(0, 50)) {
    const d = m.domain && !isFreemailDomain(m.domain) ? registrableDomain(m.domain) : null;
    if (d) targets.add(d);
  }
  if (!targets.size) return [];
  let quoted: Set<string> | null = null;
  const inThread = () =>
    (quoted ??= new Set(quotedDomains(facts.text.slice(0, 60_000)).map((q) => q.domain)));
  const seen = new Set<string>();
  for (const { link, host } of followedLinks(facts, CLICKED)) {
    const candidate = registrableDomain(host);
    if (!candidate || seen.has(candidate) || targets.has(candidate) || isFreemailDomain(candidate)) continue;
    // a name under no real suffix (`halyard.internal`, a list's `ettus.noclick_com`) is nobody's site
    if (!parseHost(host).isIcann) continue;
    seen.add(candidate);
    for (const target of [...targets].slice(0, MAX_TARGETS)) {
      const spelt = spellsDomainInFront(host.toLowerCase(), candidate, target)
        ? { what: `spells ${target} in front of ${candidate}`, strength: 'strong' as const }
        : null;
      const hit = spelt ?? imitatesDomain(candidate, target);
      // the same name under another suffix is what a company's country sites and a community's
      // sibling sites are (linux.org beside linux.ie): in a link, no disguise
      if (!hit || ('family' in hit && hit.family === 'tld_swap') || sameOwner(candidate, target, ctx.config))
        continue;
      if (hit.strength === 'weak' && inThread().has(candidate)) continue;
      return [
        RECIPIENT_LOOKALIKE_LINK.fire(
          `A link goes to ${candidate}, which imitates the recipient's domain ${target} (${hit.what})`,
          [
            { where: link.where, text: link.url },
            { where: 'header:To', text: target },
          ],
          hit.strength === 'weak' ? 'medium' : 'high',
        ),
      ];
    }
  }
  return [];
}
