/**
 * A sign-in or "listen to your voicemail" pretext whose link carries the reader's own mail address
 * (`…/play/?mbx=dana.whitfield%40hallbrook.com`): a phishing kit's page reads it to prefill its
 * sign-in form with the victim's name, so the fake login looks like one the reader has used before.
 * In one-to-one mail from outside the reader's organisation, to a site nobody on the owner lists
 * runs, that is a deception beside the pretext. Bulk mail (unsubscribe and preference links carry
 * the address by design), the reader's own organisation's sites, known brands and mail services'
 * click trackers are left alone.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { ownersOf, registrableDomain, sameOwner } from '../url/index.js';
import { CREDENTIAL_LURE } from './content.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { CLICKED, followedLinks, isOpaqueTracker } from './links.js';
import { isBulkMail, isListMail, recipientDomains } from './sender.js';
import { OPT_OUT_PATH } from './structure.js';

export const RECIPIENT_IN_LINK = defineSignal({
  id: 'email.link.recipient_in_link',
  category: 'credential_harvest',
  severity: 'medium',
  roles: { medium: 'deception' },
  summary:
    "A sign-in pretext whose link carries the reader's own mail address to an outside site, as phishing kits do to prefill their fake sign-in page",
});

export const PREFILLED_LINK_SIGNALS: SignalDef[] = [RECIPIENT_IN_LINK];

/** How much of a link is read for the address (a kit puts it in the query or the fragment). */
const MAX_LINK_CHARS = 2000;

export function prefilledLinkSignals(
  facts: EmailFacts,
  prior: readonly Signal[],
  ctx: EmailContext,
): Signal[] {
  const lure = prior.find((s) => s.id === CREDENTIAL_LURE.id && s.severity !== 'info');
  if (!lure || isBulkMail(facts) || isListMail(facts)) return [];
  const readers = [...facts.to, ...facts.cc]
    .slice(0, 20)
    .map((m) => m.address.toLowerCase())
    .filter((a) => a.includes('@'));
  if (!readers.length) return [];
  const own = new Set(recipientDomains(facts));
  // a known brand's notice links to its own product on its domain (Google Drive's "block user"
  // link names both people): the brand's own site, even where anyone can publish under it
  const from = facts.from?.domain ?? '';
  const brandSender = !!from && ownersOf(from, ctx.config).length > 0;
  let found: { link: (typeof facts.links)[number]; host: string; reader: string } | undefined;
  for (const { link, dest, host } of followedLinks(facts, CLICKED, 200)) {
    let text = dest.slice(0, MAX_LINK_CHARS).toLowerCase();
    try {
      text = decodeURIComponent(text);
    } catch {
      // a broken escape: read it as written
    }
    const reader = readers.find((a) => text.includes(a));
    if (!reader) continue;
    // an opt-out or preference link with the address: a mailing system that knows its subscriber
    // (an unsubscribe header is not always there), so its other links carry the address too
    if (OPT_OUT_PATH.test(text.replace(/^[a-z]+:\/\/[^/]*/, ''))) return [];
    const rd = registrableDomain(host) ?? host;
    if (own.has(rd) || isOpaqueTracker(host) || ownersOf(host, ctx.config).length) continue;
    if (brandSender && sameOwner(from, rd, ctx.config)) continue;
    found ??= { link, host, reader };
  }
  if (!found) return [];
  return [
    RECIPIENT_IN_LINK.fire(
      `${lure.message.replace(/\.$/, '')}; the link to ${found.host} carries the reader's address ${found.reader}, as a phishing kit's prefilled sign-in page does`,
      [{ where: found.link.where, text: found.link.url }, ...lure.evidence.slice(0, 1)],
    ),
  ];
}
