/**
 * A link whose host spells a correspondent's domain in front of somebody else's:
 * `brightwaterfoods.com.policy-portal.info` in mail to or from brightwaterfoods.com. The reader sees
 * the familiar name at the start of the address; the page belongs to policy-portal.info. The URL
 * analyzer's `domain.lookalike.subdomain` does this for configured domains and brands; the sender's
 * and the recipients' own domains need no configuration, as the message names them. Pictures a client
 * fetches are not read (a CDN may name an image bucket after its customer's domain), only links a
 * reader follows. Deception for the evidence gate.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain, registrableDomain, sameOwner } from '../url/index.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';

export const CORRESPONDENT_DOMAIN_IN_SUBDOMAIN = defineSignal({
  id: 'email.link.correspondent_domain_in_subdomain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "A link's host spells the sender's or a recipient's domain in front of another domain (northwind.com.policy-portal.info): the familiar name is shown, the page is somebody else's",
});

export const DOMAIN_IN_SUBDOMAIN_SIGNALS: SignalDef[] = [CORRESPONDENT_DOMAIN_IN_SUBDOMAIN];

export function domainInSubdomainSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const domains = new Set<string>();
  for (const m of [facts.from, ...facts.to.slice(0, 20), ...facts.cc.slice(0, 20)]) {
    if (!m?.domain || isFreemailDomain(m.domain)) continue;
    const rd = registrableDomain(m.domain.toLowerCase());
    if (rd) domains.add(rd);
  }
  if (!domains.size) return [];
  for (const { link, host } of followedLinks(facts, CLICKED)) {
    for (const d of domains) {
      if (!host.startsWith(`${d}.`) && !host.includes(`.${d}.`)) continue;
      const owner = registrableDomain(host);
      // the same name under a longer suffix is the owner's own country site (ebay.com.my), and a
      // host cut short in plain text (`kb.ettus.com.i`) has no real top-level domain
      if (!owner || owner === d || owner.startsWith(`${d}.`) || /\.[a-z]?$/.test(host)) continue;
      if (sameOwner(host, d, ctx.config)) continue;
      return [
        CORRESPONDENT_DOMAIN_IN_SUBDOMAIN.fire(
          `A link's host ${host} starts with ${d}, a domain of this message's ${d === registrableDomain(facts.from?.domain ?? '') ? 'sender' : 'recipients'}, but belongs to ${owner}`,
          [{ where: link.where, text: link.url }],
        ),
      ];
    }
  }
  return [];
}
