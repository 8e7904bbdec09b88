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
import {
  isFreeHosting,
  isFreemailDomain,
  registrableDomain,
  sameOwner,
  spellsDomainInFront,
} from '../url/index.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { foldName } from './names.js';
import { CLICKED, followedLinks, isGovernmentHost } from './links.js';
import { HOSTING_PLATFORMS } from './platforms.js';
import { betweenColleagues, isBulkMail, isListMail } from './sender.js';

export const CORRESPONDENT_DOMAIN_IN_SUBDOMAIN = defineSignal({
  id: 'email.link.correspondent_domain_in_subdomain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "A link's host spells the sender's or a recipient's domain in front of another domain (northwind.com.policy-portal.info): the familiar name is shown, the page is somebody else's",
});

/**
 * The same disguise inside one name: `online-banking-southtrust.com` in mail from southtrust.com.
 * The sender's name, five letters or more, glued to other words in a domain its owner does not hold
 * (the brand list and the organization's own domains say which it holds). Mail from the company
 * itself linking to a site of its own under another name (enrononline.com) fires too, outside bulk
 * mail: a deception for the evidence gate, which still needs an ask.
 */
export const CORRESPONDENT_NAME_IN_DOMAIN = defineSignal({
  id: 'email.link.correspondent_name_in_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "A link goes to a domain that wraps the sender's domain name in other words (online-banking-southtrust.com in mail from southtrust.com), which that domain's owner does not hold",
});

export const DOMAIN_IN_SUBDOMAIN_SIGNALS: SignalDef[] = [
  CORRESPONDENT_DOMAIN_IN_SUBDOMAIN,
  CORRESPONDENT_NAME_IN_DOMAIN,
];

/** Shortest correspondent name looked for inside another domain: shorter ones occur by chance. */
const MIN_NAME = 5;

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
      const owner = registrableDomain(host);
      // a host cut short in plain text (`kb.ettus.com.i`) has no real top-level domain
      if (!owner || !spellsDomainInFront(host, owner, d) || /\.[a-z]?$/.test(host)) continue;
      if (sameOwner(host, d, ctx.config)) continue;
      return [
        CORRESPONDENT_DOMAIN_IN_SUBDOMAIN.fire(
          `A link's host ${host} starts with ${d}, a domain of this message's ${d === registrableDomain(facts.from?.domain ?? '') ? 'sender' : 'recipients'}, but belongs to ${owner}`,
          [{ where: link.where, text: link.url }],
        ),
      ];
    }
  }
  return senderNameInDomain(facts, ctx) ?? recipientNameOnFreeHost(facts);
}

/** Shortest recipient name looked for on a free host (a company's name, not a word like `sales`). */
const MIN_RECIPIENT_NAME = 7;

/**
 * A link to a free hosting platform whose site name spells a recipient's company name
 * (`teams-msg-cobaltstreet.pages.dev` in mail to cobaltstreet.io): a page put up for that one
 * company's staff. Not in list or bulk mail; the recipients' domains of free mail never count.
 */
function recipientNameOnFreeHost(facts: EmailFacts): Signal[] {
  if (isListMail(facts) || isBulkMail(facts)) return [];
  // a colleague sharing the company's own preview site, or the platform's own notice about the
  // customer's deployment (Vercel's "deployment ready", Netlify's, GitHub Pages')
  if (betweenColleagues(facts)) return [];
  const sender = facts.from?.domain ? registrableDomain(facts.from.domain.toLowerCase()) : null;
  if (sender && HOSTING_PLATFORMS.has(sender)) return [];
  const names = new Map<string, string>();
  for (const m of [...facts.to.slice(0, 20), ...facts.cc.slice(0, 20)]) {
    if (!m.domain || isFreemailDomain(m.domain)) continue;
    const rd = registrableDomain(m.domain.toLowerCase());
    const label = rd?.split('.')[0]?.replace(/-/g, '');
    if (rd && label && label.length >= MIN_RECIPIENT_NAME) names.set(label, rd);
  }
  if (!names.size) return [];
  for (const { link, host } of followedLinks(facts, CLICKED)) {
    if (!isFreeHosting(host)) continue;
    const site = host.replace(/-/g, '');
    for (const [label, rd] of names)
      if (site.includes(label))
        return [
          CORRESPONDENT_NAME_IN_DOMAIN.fire(
            `A link goes to ${host} on a free hosting platform, whose name spells ${label}, the name of the recipient's domain ${rd}`,
            [{ where: link.where, text: link.url }],
          ),
        ];
  }
  return [];
}

/** Abbreviations a company's mail domain ends its name with, and the words they stand for. */
const ABBREVIATIONS: [string, string[]][] = [
  ['co', ['company', 'corporation']],
  ['corp', ['corporation']],
  ['intl', ['international']],
  ['grp', ['group']],
  ['tech', ['technology', 'technologies']],
  ['sys', ['systems']],
  ['svcs', ['services']],
  ['mgmt', ['management']],
  ['assoc', ['association', 'associates']],
  ['natl', ['national']],
];

/** Whether `full` is `abbreviated` with its last word written out (southernco → southerncompany). */
function writtenOut(abbreviated: string, full: string): boolean {
  return ABBREVIATIONS.some(
    ([short, words]) =>
      abbreviated.endsWith(short) && words.some((w) => full === abbreviated.slice(0, -short.length) + w),
  );
}

function senderNameInDomain(facts: EmailFacts, ctx: EmailContext): Signal[] | undefined {
  // the sender only: a list's or a company's recipients share their name with half the web
  // (linux.ie, debian.org), and a list post links to whatever its members write about
  const from = facts.from?.domain;
  // a newsletter links to its owner's other sites (acme.com's acmerewards.com, deltavacations.com):
  // bulk mail is left to the other checks
  if (!from || isFreemailDomain(from) || isListMail(facts) || isBulkMail(facts)) return undefined;
  // a government body's name under its government's suffix is a department's word (museum.vic.gov.au
  // linking to museumsvictoria.com.au); nobody else registers under gov.au to send from it
  if (isGovernmentHost(from.toLowerCase())) return undefined;
  const d = registrableDomain(from.toLowerCase());
  const label = d?.split('.')[0];
  if (!d || !label || label.length < MIN_NAME) return undefined;
  const displayLetters = foldName(facts.from?.name ?? '').replace(/[^a-z0-9]/g, '');
  for (const { link, host } of followedLinks(facts, CLICKED)) {
    const owner = registrableDomain(host);
    if (!owner || owner === d) continue;
    const ownerLabel = owner.split('.')[0]!;
    if (ownerLabel === label || !ownerLabel.includes(label) || sameOwner(host, d, ctx.config)) continue;
    // the customer portal a company names "my" + its own name (myfoncia.fr from foncia.com), glued
    // as brands write it; a lure's wrapper adds words around it (online-banking-southtrust.com)
    if (ownerLabel === `my${label}` || ownerLabel === `mon${label}` || ownerLabel === `mein${label}`)
      continue;
    // the company's name written out where its mail domain abbreviates it (southerncompany.com from
    // southernco.com, acmeinternational.com from acmeintl.com): one name, not words wrapped round it
    if (writtenOut(label, ownerLabel)) continue;
    // the name the sender signs with, glued (johndeerefinancial.com in "John Deere Financial"
    // <…@johndeere.com>): the company's own name for its other business, not words wrapped round it
    if (displayLetters.includes(ownerLabel.replace(/-/g, ''))) continue;
    return [
      CORRESPONDENT_NAME_IN_DOMAIN.fire(
        `A link goes to ${owner}, which wraps ${label}, the name of the sender's domain ${d}, in other words`,
        [{ where: link.where, text: link.url }],
      ),
    ];
  }
  return undefined;
}
