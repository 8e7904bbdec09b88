/**
 * Link signals that need the message around the URL: what the reader is shown versus where the
 * link goes, defanged URLs, forms and refreshes in the body. Signals about the URL itself (IP
 * hosts, shorteners, lookalikes, …) come from the URL analyzer, one implementation for all kinds.
 */
import { defineSignal, SEVERITY_RANK, type Evidence, type Signal } from '../core/index.js';
import {
  inspectUrl,
  ipInName,
  isFreemailDomain,
  isOrgTenant,
  isShortener,
  isUserContentHost,
  memberOf,
  ownersOf,
  pageOwnersOf,
  registrableDomain,
  sameOwner,
  unwrapUrl,
  CREDENTIAL_WORDS,
} from '../url/index.js';
import type { VigilConfig } from '../config/index.js';
import type { EmailContext, EmailFacts, Link } from './facts.js';
import { namesBrand } from './brand-named.js';
import { betweenColleagues, recipientDomains, relayedSharers } from './sender.js';
import { shownHost } from './text-urls.js';
import {
  AP_PLATFORMS,
  BILLING_PLATFORMS,
  HOSTING_PLATFORMS,
  IDENTITY_PROVIDERS,
  MAIL_SECURITY_PLATFORMS,
  MERCHANT_SENDERS,
  PROVIDER_DOMAINS,
  TRAINING_PLATFORMS,
} from './platforms.js';

const LISTED_PLATFORMS = [
  IDENTITY_PROVIDERS,
  PROVIDER_DOMAINS,
  BILLING_PLATFORMS,
  AP_PLATFORMS,
  HOSTING_PLATFORMS,
  TRAINING_PLATFORMS,
];
import { parse as parseHost } from '../tld.js';

export const TEXT_HREF_MISMATCH = defineSignal({
  id: 'email.link.text_href_mismatch',
  category: 'phishing',
  severity: 'high',
  summary:
    "Link text shows one site but the link goes to another registrable domain (low for a mail service's click tracker in front of an unprotected site; critical when the text shows a brand's address and the link goes to a look-alike)",
});
export const OBFUSCATED_URL = defineSignal({
  id: 'email.link.obfuscated_url',
  category: 'malicious_url',
  severity: 'medium',
  summary:
    'A URL is written defanged (hxxp://, [.]), with tabs or line breaks inside its address (which browsers drop) or with its host in percent-escapes, so scanners miss it while readers still follow it (info: defanged addresses in a message that discusses a phishing report, as a security team quotes them)',
});

/**
 * A message about phishing rather than a phish: a security team's "thank you for reporting", an
 * advisory quoting indicators, or a warning to staff ("a fake Celero re-enrolment email … it is not
 * from Celero"), where defanged addresses are the quoted indicators themselves.
 */
const DISCUSSES_PHISHING =
  /\b(?:phishing\p{L}*|thanks? (?:you )?for reporting|report(?:ed|ing)? (?:it |this |them )?(?:as )?(?:a )?phish|(?:message|email|e-mail)s? (?:you|that was|which was) reported|reported (?:this|the|a) (?:message|email|e-mail)|indicators? of compromise|indicators?:|threat (?:advisory|intel\p{L}*|report)|iocs?|defanged|security advisory|cve-\d{4}-\d{4,}|proof[- ]of[- ]concept|in[- ]the[- ]wild|(?:the )?report (?:phishing |message )?button|look-?alike domains?|look-?alikes?|fake (?:\S+ ){0,4}(?:e-?mails?|messages?|mails?|invoices?|notices?)|(?:it|this|they|these) (?:is|was|are|were) not (?:from|sent by)|will never ask|(?:thanks?|thank you) (?:to \p{L}+ )?for reporting|hame[cç]onnage|signal[eé]s? (?:comme|par)|arnaques?|tentatives? de fraude|fraude au pr[eé]sident|(?:gemeldete|verd[aä]chtige) (?:e-?mail|nachricht)|betrugsversuch\p{L}*|suplantaci[oó]n|correo (?:sospechoso|fraudulento)|golpe|mensagem suspeita|truffa|e-?mail sospett\p{L}*|oplichting|verdachte e-?mail)\b|фишинг|поддельн|мошенни|фішинг|підробн|шахра/iu;
/**
 * A form field for a search or a newsletter sign-up, as `type:name` (see HtmlFacts.forms): a search
 * input, or a text or e-mail input named for a query, a place (weather and store finders) or the
 * subscriber's address.
 */
const QUERY_FIELD =
  /^(?:(?:search|select):.*|(?:text|email):(?:q|s|k|p?query|search\w*|keywords?|terms?|recherche|suche\w*|zoek\w*|busca\w*|cerca|ricerca|ea|e-?mail|email_?address|subscribe\w*|zip(?:code)?|postal_?code|city|location)?)$/;
export const FORM_IN_BODY = defineSignal({
  id: 'email.link.form_in_body',
  category: 'credential_harvest',
  severity: 'high',
  summary:
    'The message body contains an HTML form that asks for data: two fields or more, or one that is not a search box or a sign-up address (a password field makes it critical; a search box, a sign-up or a form of buttons is low)',
});
export const META_REFRESH = defineSignal({
  id: 'email.link.meta_refresh',
  category: 'malicious_url',
  severity: 'medium',
  summary: 'HTML meta refresh redirects the reader to a URL without a click',
});
export const SCRIPT_URL = defineSignal({
  id: 'email.link.script_url',
  category: 'malicious_url',
  severity: 'high',
  summary:
    'A link uses a data: URL (high: opens attacker HTML), or a javascript: or vbscript: URL (low: mail clients do not run them)',
});

export const BRAND_LINKS_ELSEWHERE = defineSignal({
  id: 'email.link.brand_links_elsewhere',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "From is a brand's own domain, yet not one of the message's links goes to that brand: the sender address is forged, or the links are not the brand's",
});

export const LINK_SIGNALS = [
  TEXT_HREF_MISMATCH,
  OBFUSCATED_URL,
  FORM_IN_BODY,
  META_REFRESH,
  SCRIPT_URL,
  BRAND_LINKS_ELSEWHERE,
];

/**
 * Mail services' click trackers that hide where a link goes (`u123.ct.sendgrid.net/ls/click?upn=…`):
 * a brand's real mail sent through one has no link on the brand's domain either, so such a link
 * says nothing about the sender either way.
 */
export const OPAQUE_TRACKERS: ReadonlySet<string> = new Set([
  'sendgrid.net',
  'list-manage.com',
  'awstrack.me',
  'exct.net',
  'rs6.net',
  'mandrillapp.com',
  'mailgun.org',
  'hubspotlinks.com',
  'hubspotemail.net',
  'hs-sites.com',
  // HubSpot's hosts for accounts without a domain of their own (free and Starter tiers): their
  // preference centres and tracked links (`hs-2718391.s.hubspotstarter.net/hs/manage-preferences`)
  'hubspotstarter.net',
  'hubspotfree.net',
  'hubspotlinksstarter.com',
  'hubspotlinksfree.com',
  'hubspotemail-eu1.net',
  'hs-sites-eu1.com',
  'sparkpostmail.com',
  'mailchi.mp',
  'klclick.com',
  'klclick1.com',
  'createsend1.com',
  'cmail19.com',
  'cmail20.com',
  'mjt.lu',
  'sendibt1.com',
  'sendibt2.com',
  'sendibt3.com',
  'sendibm1.com',
  'sendibm2.com',
  'sendibm3.com',
  'sp1-brevo.net',
  'mkto-ab.com',
  'mktoweb.com',
  'customeriomail.com',
  'postmarkapp.com',
  // Oracle Eloqua and Responsys, Salesforce Pardot: the marketing clouds of large firms
  'eloqua.com',
  'en25.com',
  'pardot.com',
  'rsys2.net',
  'rsys3.net',
  'rsys5.net',
  // Kit (ConvertKit), MailerLite and ActiveCampaign: the creators' and small firms' newsletters
  'convertkit-mail.com',
  'convertkit-mail2.com',
  'convertkit-mail3.com',
  'convertkit-mail4.com',
  'mlsend.com',
  'acemlna.com',
  'acemlnb.com',
  'acemlnc.com',
  'acemlnd.com',
  // CleverReach, the German newsletter service (`seu2.cleverreach.com/rmftlp.php?cid=…`)
  'cleverreach.com',
]);

/** Whether `host` is one of a mail service's click trackers (OPAQUE_TRACKERS, by registrable domain). */
export function isOpaqueTracker(host: string): boolean {
  return OPAQUE_TRACKERS.has(registrableDomain(host) ?? host.toLowerCase());
}

/**
 * From on a brand's own domain (ebay.com, paypal.com, correios.com.br), and links that all lead
 * somewhere else: forged senders of brand phishing look exactly like this, while a brand's own mail
 * links to its site (or through a tracker that carries it). Free mail domains are nobody's brand
 * mail. Measured on the dev set: 87 attack messages, 1 legitimate one (a person at a brand's domain
 * sharing news links).
 */
const HREF_OR_TEXT: ReadonlySet<string> = new Set(['html:href', 'text']);

function brandLinksElsewhere(facts: EmailFacts, config: VigilConfig): Signal | null {
  const from = facts.from?.domain;
  if (!from || isFreemailDomain(from)) return null;
  // (through entries at or below From's registrable domain: HMRC listed by gov.uk does not make the
  // Foreign Office's scholarship commission at cscuk.fcdo.gov.uk HMRC)
  const brands = pageOwnersOf(from, config).filter((o) => o.startsWith('brand:'));
  if (!brands.length) return null;
  const brandDomains = (config.brands ?? [])
    .filter((b) => brands.includes(`brand:${b.name}`))
    .flatMap((b) => b.domains.map((d) => d.toLowerCase()));
  const links = followedLinks(facts, HREF_OR_TEXT, Infinity).map((l) => ({
    ...l,
    dest: l.dest.toLowerCase(),
  }));
  if (!links.length) return null;
  const brand = brands[0]!.slice('brand:'.length);
  // a platform's mail for its customer ("Kettle & Ember Coffee" <store+691@t.shopifyemail.com>):
  // the customer's name, not the platform's, replies to the customer's own domain, and links there
  if (merchantViaPlatform(facts, brand, links)) return null;
  // … and a customer's tenant on a business platform (Jira at contoso.atlassian.net) linking to the
  // customer's own site (its help centre at support.contoso.com)
  if (links.some((l) => isOrgTenant(from, l.host))) return null;
  const brandLabels = new Set(brandDomains.map((d) => parseHost(d).domainWithoutSuffix ?? d));
  // the reader's own organisation's site (a payroll platform's mail to mateo@utexas.edu linking to
  // the university's tenant at workday.utexas.edu): no impostor sends the reader to their own site
  const fromRd = registrableDomain(from) ?? from.toLowerCase();
  const readers = new Set(recipientDomains(facts).filter((d) => d !== fromRd));
  const onBrand = ({ host, dest }: { host: string; dest: string }) => {
    const rd = registrableDomain(host) ?? host;
    if (readers.has(rd) && !isUserContentHost(host)) return true;
    // the brand's country site (klm.nl beside klm.com), and a government page (a tax app's mail
    // linking to irs.gov): neither is a page an impostor can put up
    if (countrySiteOf(rd, brandLabels)) return true;
    // (a government host's sign-in page is another matter: compromised .gov sites host kits too)
    if (GOVERNMENT.test(host) && !signInPath(dest)) return true;
    // the brand's own (user-content hosts included: a Google Docs share is Google's mail),
    // or a tracker carrying the brand's address
    if (brandDomains.includes(rd) || ownersOf(host, config).some((o) => brands.includes(o))) return true;
    // … or the brand's own tenant on a business platform (Chase's survey at chase.qualtrics.com)
    if (isOrgTenant(host, from)) return true;
    if (brandDomains.some((d) => dest.includes(d))) return true;
    return OPAQUE_TRACKERS.has(rd);
  };
  // every link on the brand's pages or another listed brand's own (AWS's exposed-key notice linking
  // to the commit on github.com): nobody else can publish there (user-content hosts have no owner,
  // a shortener leads anywhere, and a host with an address in its name is a customer's server at
  // the hosting company: `33.132.167.72.host.secureserver.net`)
  const otherBrands = (l: { host: string }) =>
    !isShortener(l.host) &&
    !ipInName(parseHost(l.host).subdomain ?? '') &&
    ownersOf(l.host, config).some((o) => o.startsWith('brand:'));
  if (links.every((l) => onBrand(l) || otherBrands(l))) return null;
  if (links.some(onBrand)) {
    // a forged brand sender copies the brand's own links around one of its own: a sign-in link (or
    // a form) on a host nobody on the brand list owns is that one (a brand's real mail signs in on
    // its own domains, or a partner's that the list knows)
    // … or a page on such a host whose path names the brand (`/manual/.eBay/index.html`): the
    // brand's look-alike page parked on somebody else's site
    const named = brandPathTokens(brands.map((b) => b.slice('brand:'.length)));
    const payload = links.find(
      (l) =>
        !onBrand(l) && !ownersOf(l.host, config).length && (signInLink(l) || pathNamesBrand(l.dest, named)),
    );
    if (!payload) return null;
    return BRAND_LINKS_ELSEWHERE.fire(
      `From is ${from}, ${brand}'s own domain, but its ${signInLink(payload) ? 'sign-in link' : `link to a page named after ${brand}`} goes to ${payload.host}, not to ${brand}`,
      [
        { where: 'header:From', text: facts.from!.raw },
        { where: payload.link.where, text: payload.link.url },
      ],
    );
  }
  const hosts = [...new Set(links.map((l) => l.host))];
  return BRAND_LINKS_ELSEWHERE.fire(
    `From is ${from}, ${brand}'s own domain, but none of its ${links.length} link(s) goes to ${brand}: ${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ', …' : ''}`,
    [
      { where: 'header:From', text: facts.from!.raw },
      ...links.slice(0, 3).map((l) => ({ where: l.link.where, text: l.link.url })),
    ],
  );
}

/** Whether registrable domain `rd` is one of the brands' names under a country's suffix (`klm.nl`, `amazon.co.uk`). */
function countrySiteOf(rd: string, brandLabels: ReadonlySet<string>): boolean {
  const { domainWithoutSuffix, publicSuffix } = parseHost(rd);
  return (
    !!domainWithoutSuffix &&
    brandLabels.has(domainWithoutSuffix) &&
    /(?:^|\.)[a-z]{2}$/.test(publicSuffix ?? '')
  );
}
/** Government hosts (`irs.gov`, `gov.uk`, `impots.gouv.fr`, `canada.ca`'s `gc.ca`, `europa.eu`). */
const GOVERNMENT =
  /(?:^|\.)(?:gov|gouv|gob|gv|govt)(?:\.[a-z]{2})?$|(?:^|\.)(?:gc\.ca|europa\.eu|bund\.de|admin\.ch|overheid\.nl)$/;

/** Whether a host is under a government suffix (`irs.gov`, `portaldasfinancas.gov.pt`). */
export function isGovernmentHost(host: string): boolean {
  return GOVERNMENT.test(host.toLowerCase());
}

/**
 * Mail a shop platform (MERCHANT_SENDERS) sends for a merchant from its own domain: a display name that does not
 * name the platform, a Reply-To on the customer's own (not free mail) domain, and a link there. A
 * forged brand sender borrows the brand's name as well as its address.
 */
function merchantViaPlatform(facts: EmailFacts, brand: string, links: readonly { host: string }[]): boolean {
  const name = (facts.from?.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const token = brand.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (!name || name.includes(token)) return false;
  const replies = merchantReplyDomains(facts);
  return links.some((l) => replies.has(registrableDomain(l.host) ?? l.host));
}

/**
 * The merchant's registrable domains of a shop platform's mail: its Reply-To domains (never free
 * mail) when From is one of MERCHANT_SENDERS; empty for any other mail.
 */
function merchantReplyDomains(facts: EmailFacts): ReadonlySet<string> {
  const from = facts.from?.domain;
  if (!from || !MERCHANT_SENDERS.has(registrableDomain(from) ?? from.toLowerCase())) return new Set();
  return new Set(
    facts.replyTo
      .filter((r) => r.domain && !isFreemailDomain(r.domain))
      .map((r) => registrableDomain(r.domain!) ?? r.domain!.toLowerCase()),
  );
}

/** Brand names as a URL path writes them: lower case, letters and digits only (`bankofamerica`). */
function brandPathTokens(names: string[]): string[] {
  return names.map((n) => n.toLowerCase().replace(/[^a-z0-9]+/g, '')).filter((n) => n.length >= 4);
}

/** Whether a path segment of `dest` is, or starts with, one of the brand tokens (`/ebay/`, `.eBay`, `/paypal-login`). */
function pathNamesBrand(dest: string, tokens: string[]): boolean {
  if (!tokens.length) return false;
  return pathOf(dest)
    .split(/[?#]/)[0]!
    .split(/[^a-z0-9]+/)
    .some((t) => tokens.some((b) => t === b || (t.startsWith(b) && t.length <= b.length + 12)));
}

/** What follows the host of `dest` (path, query, fragment; at most 2,048 characters), or '' without one. */
function pathOf(dest: string): string {
  const slash = dest.indexOf('/', dest.indexOf('://') + 3);
  return slash < 0 ? '' : dest.slice(slash, slash + 2048);
}

/** A form's target, a link to an IP address, or a path naming a sign-in step (`/signin`, `webscr`). */
function signInLink({ link, host, dest }: { link: Link; host: string; dest: string }): boolean {
  if (link.source === 'html:form' || /^[\d.]+$|^\[/.test(host)) return true;
  return signInPath(dest);
}

/** Whether the path of `dest` names a sign-in step. */
function signInPath(dest: string): boolean {
  return pathOf(dest)
    .split(/[^a-z0-9-]+/)
    .some((t) => SIGN_IN_WORDS.has(t));
}
/** Path words of a sign-in step (CREDENTIAL_WORDS without the everyday `account`, `update`, `secure`). */
const SIGN_IN_WORDS: ReadonlySet<string> = new Set(
  [...CREDENTIAL_WORDS].filter(
    (w) =>
      ![
        'account',
        'update',
        'secure',
        'confirm',
        'billing',
        'wallet',
        'pin',
        'seed',
        'restore',
        'recovery',
        'cmd',
      ].includes(w),
  ),
);

/** The lower-case host of an http(s) URL (`//host` taken as http), or null. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url.startsWith('//') ? `http:${url}` : url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * A click tracker of a mail service (`clicks.esp.example/z/ct/?…`, `rs6.net/tn.jsp?…&p=<url>`,
 * `…/trk/click?ref=…`): newsletters send every link through one, so the link text names the site
 * and the href the service.
 */
const TRACKER_PATH =
  /(?:^|[/._?&=-])(?:clicks?|track(?:ing|er)?|trk|ct|redirect|redir|proxy|tn\.jsp|ls|urltracker|wf|mpss|c|l|r)(?:[/._?&=-]|$)/i;

function isClickTracker(dest: string, shownDomain: string): boolean {
  let u: URL;
  try {
    u = new URL(dest);
  } catch {
    return false;
  }
  // an IP address or a non-web port is nobody's mail service
  if (/^[\d.]+$|^\[/.test(u.hostname) || (u.port && u.port !== '80' && u.port !== '443')) return false;
  const path = u.pathname.toLowerCase();
  const query = u.search.toLowerCase();
  return TRACKER_PATH.test(`${path}${query}`) || carries(path, query, shownDomain);
}

/**
 * Whether a redirector carries `site` as its destination: in the query (`?url=…`), or as a whole URL
 * in the path. The name merely written into a path (`/online~bankwamu.com/` on a free host) is a
 * phishing page dressed as the site, not a redirect. `path` and `query` in lower case.
 */
function carries(path: string, query: string, site: string): boolean {
  return query.includes(site) || (/https?(?::|%3a)|%2f%2f/.test(path) && path.includes(site));
}

/** Whether the http(s) URL `dest` redirects to `site` (see `carries`); false when it does not parse. */
export function carriesSite(dest: string, site: string): boolean {
  let u: URL;
  try {
    u = new URL(dest);
  } catch {
    return false;
  }
  return carries(u.pathname.toLowerCase(), u.search.toLowerCase(), site);
}

/** A link a reader can follow, with where it leads once a rewriter's wrapping is taken off. */
export interface FollowedLink {
  link: Link;
  /** The destination: the URL itself, or the one a Safe Links / Proofpoint wrapper carries. */
  dest: string;
  /** The destination's lower-case host. */
  host: string;
}

/** The http(s) links among the first `limit` of `facts.links` whose source is one of `sources`. */
export function followedLinks(facts: EmailFacts, sources: ReadonlySet<string>, limit = 500): FollowedLink[] {
  const out: FollowedLink[] = [];
  for (const link of facts.links.slice(0, limit)) {
    // a defanged address (hxxp://, [.]) is not a link anyone clicks; email.link.obfuscated_url names it
    if (link.obfuscated || !sources.has(link.source) || !/^(https?:)?\/\//i.test(link.url)) continue;
    const dest = unwrapUrl(link.url.startsWith('//') ? `http:${link.url}` : link.url).url ?? link.url;
    const host = hostOf(dest);
    if (host) out.push({ link, dest, host });
  }
  return out;
}

/**
 * What a reader follows by clicking: hrefs, form targets and URLs in the text, and the web address
 * of a QR code in a picture (src/email/qr.ts: scanned with a phone, it is followed like a click).
 */
export const CLICKED: ReadonlySet<string> = new Set(['html:href', 'html:form', 'text', 'qr']);

/**
 * The sender's own domain and display name in letters ("British Airways" <ba@email.ba.com>: ba.com,
 * britishairways), for a link whose text shows the sender's short domain and whose href is the
 * domain spelt as the sender's name: one company's two domains, which nobody else can own.
 */
interface SenderNames {
  domain: string;
  letters: string;
}
function senderNames(facts: EmailFacts): SenderNames | null {
  const domain = facts.from?.domain ? registrableDomain(facts.from.domain) : null;
  const letters = (facts.from?.name ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return domain && letters.length >= 5 ? { domain, letters } : null;
}

function mismatch(
  link: Link,
  config: VigilConfig,
  sender: SenderNames | null = null,
): { shown: string; actual: string; tracker: boolean } | null {
  if (link.source !== 'html:href' || !link.text) return null;
  // a rewritten address pasted as the text (a forwarded Proofpoint or Safe Links URL) shows where it
  // leads, as the href does once unwrapped: the gateway on both sides is no mismatch
  const text = link.text.trim();
  const shownDest = /^https?:\/\/\S+$/i.test(text) ? unwrapUrl(text).url : null;
  const shownH = (shownDest && shownDest !== text ? hostOf(shownDest) : null) ?? shownHost(link.text);
  const shown = shownH ? registrableDomain(shownH) : null;
  if (!shownH || !shown) return null;
  // judge where the link really goes: behind Safe Links or Proofpoint the href names the gateway, and
  // an opaque rewriter (Mimecast) hides the destination, so it is no evidence of a mismatch
  const dest = unwrapUrl(link.url.startsWith('//') ? `http:${link.url}` : link.url).url;
  if (!dest) return null;
  const host = hostOf(dest);
  if (!host) return null;
  const actual = registrableDomain(host) ?? host;
  // one owner's two domains (text www.paypal.com, link to paypal-communication.com) are one site
  if (shown === actual || sameOwner(shownH, host, config)) return null;
  // a protected name shown over another site is the classic lure, tracker-shaped or not; a site
  // shown over its parent brand's domain ("CNNmoney.com" -> cnn.com/money/) is one family
  const unprotected = ownersOf(shownH, config).length === 0;
  const label = actual.split('.')[0] ?? '';
  const family = label.length >= 3 && shown.startsWith(label) && !/^[\d.]+$/.test(host);
  // the sender's own short domain shown over the domain spelt as the sender's name ("ba.com/manage"
  // -> britishairways.com in British Airways' mail from email.ba.com)
  const ownLongName = !!sender && shown === sender.domain && label === sender.letters;
  const tracker = (unprotected && (family || isClickTracker(dest, shown))) || ownLongName;
  return { shown, actual, tracker };
}

/**
 * The organisations a message is between: the configured organisation, From's domain, the
 * recipients' and a relayed sharer's (never free mail), at most 12. Their tenants on business platforms
 * (`contoso.okta.com`, `contoso.service-now.com`) are theirs: a ServiceNow or Okta notice to
 * contoso.com links there, and no outsider can take that name on the platform.
 */
export function organisationDomains(facts: EmailFacts, config: VigilConfig): string[] {
  const out = new Set<string>(config.organization.domains.map((d) => d.toLowerCase()));
  // … and the organisation of a person a sharing platform relays for (`grupoarenal.sharepoint.com`
  // in SharePoint's notice of Javier Ortega's share, Reply-To javier.ortega@grupoarenal.es)
  for (const m of [facts.from, ...facts.to, ...facts.cc, ...relayedSharers(facts, config)].slice(0, 50))
    if (m?.domain && !isFreemailDomain(m.domain)) out.add(m.domain.toLowerCase());
  return [...out].slice(0, 12);
}

/** Whether `host` is one of these organisations' own tenants on a business platform. */
export function onOrgTenant(host: string, orgs: readonly string[]): boolean {
  return !!host && orgs.some((d) => isOrgTenant(host, d));
}

/**
 * Sources whose URLs a reader can follow or a client fetches (images are fetched, not followed; a
 * QR code's web address is followed by the phone that scans it).
 */
const FOLLOWED = new Set([
  'html:href',
  'html:form',
  'html:meta-refresh',
  'html:other',
  'text',
  'attachment',
  'qr',
]);

/**
 * Whether a sender's registrable domain is a plain name: its label letters only (`checkr`,
 * `parentpay`, `veevavault`). A throwaway domain that sends and hosts its own lure, the URL model's
 * best catch, is nearly always a name glued to a word with a hyphen, because the plain name is the
 * real company's: of the 52 blind-round attacks (rounds 67-175) whose only risk evidence was the
 * URL model's opinion of the sender's own domain, all 52 were hyphenated (`vagaro-merchants.com`,
 * `koelnmesse-aussteller.com`, `yodokoeki-benefit.com`), while 8 of the 12 legitimate messages
 * flagged that way came from plain names. Punycode (`xn--`) is not plain, nor are digits first or
 * last (`vagaro24`); a number inside a name is (`ilsole24ore`: the tracking links of Il Sole 24
 * Ore's newsletter on `tracking.ilsole24ore.com`).
 */
function plainNameSite(rd: string): boolean {
  if (!rd) return false;
  const label = parseHost(rd).domainWithoutSuffix ?? '';
  return /^[a-z]{3,}(?:[0-9]{1,4}[a-z]{2,})?$/.test(label);
}

/**
 * A link whose path or query carries another address (`t.myikas.com/CL0/https:%2F%2Filluviumtoken.trafft.com…`,
 * `/login?next=https://…`): a click tracker or a redirect on the sender's domain leads elsewhere, so
 * the page the URL model judged is not the sender's own.
 */
function carriesUrl(url: string, host: string): boolean {
  const at = url.indexOf(host);
  return /(?:https?|ftp)(?::|%3a)(?:\/|%2f)/i.test(at < 0 ? url : url.slice(at + host.length));
}

/**
 * URL and domain signals for every followed link, from the URL analyzer. One signal per id for the
 * message, with the first links as evidence, so a flood of links cannot flood the verdict.
 */
function urlSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const byId = new Map<string, { first: Signal; evidence: Evidence[]; count: number }>();
  // A URL written as a link's text is what the reader is *shown*; where the link goes is its href,
  // judged on its own. Judging the shown text would blame the real paypal.com for a link whose
  // destination is javascript: or an attacker's host (issue 15, item 2).
  const shownTexts = facts.links.filter((l) => l.source === 'html:href' && l.text).map((l) => l.text.trim());
  const isShownText = (l: Link) => l.source === 'text' && shownTexts.some((t) => t.includes(l.url));
  // the sender organisation's own tenant on a business platform (contoso.service-now.com in
  // contoso.com's IT notice) is its own site: the URL model's opinion of that host is not evidence
  const fromDomain = facts.from?.domain && !isFreemailDomain(facts.from.domain) ? facts.from.domain : null;
  const orgs = organisationDomains(facts, ctx.config);
  // the reader's own site: an abuse desk's report quotes the page found on it, and no attacker
  // links a lure to the victim's own domain (recipients' registrable domains, never free mail, never
  // From's own: bulk lures are addressed "To: <the sender's own address>")
  const fromRd = fromDomain ? (registrableDomain(fromDomain) ?? fromDomain.toLowerCase()) : '';
  const readers = new Set(recipientDomains(facts).filter((d) => d !== fromRd));
  const internal = betweenColleagues(facts);
  // a shop platform's mail for a merchant (MERCHANT_SENDERS: From the platform, Reply-To the
  // merchant): the merchant's own shop, whose order-status pages (`/orders/<hash>/authenticate?key=`)
  // look to the URL model like a kit's, is the sender's own site as well
  const merchantShops = merchantReplyDomains(facts);
  // a brand's or a listed platform's own domain (Duo's duosecurity.com, Intralinks) linking to
  // itself: no throwaway domain, and a forged From still leads to the real site, where no kit lives
  const listedSender =
    !!fromRd &&
    (LISTED_PLATFORMS.some((list) => list.has(fromRd)) ||
      ownersOf(fromDomain!, ctx.config).some((o) => o.startsWith('brand:')));
  const govSender = !!fromDomain && GOVERNMENT.test(fromDomain.toLowerCase());
  // From's domain a plain name (checkr.com, cebroker.com, sparkasse.de: letters only), not a name
  // glued to a word (`vagaro-merchants.com`, `iardc-notices.org`): see plainNameSite; or a listed
  // brand's regional member with no lure word in its name (`sparkasse-regensburg.de`), a real
  // institution's domain as much as a plain name
  // (read once, and only for a link on the sender's own domain)
  let plainNameMemo: boolean | undefined;
  const plainName = () =>
    (plainNameMemo ??= plainNameSite(fromRd) || (!!fromRd && memberOf(ctx.url.lookalike, fromRd) !== null));
  // a password reset the reader asked for, which says to ignore it otherwise ("Wenn Sie diese Anfrage
  // nicht gestellt haben, können Sie diese E-Mail ignorieren"): a lure asks to act on it either way
  // (read once, and only for a link on the sender's own domain)
  let resetAskedMemo: boolean | undefined;
  const resetAsked = () =>
    (resetAskedMemo ??= IGNORE_UNREQUESTED.test((facts.visibleText || facts.text).slice(0, 20_000)));
  for (const link of facts.links) {
    if (link.obfuscated || !FOLLOWED.has(link.source) || !/^(https?:)?\/\//i.test(link.url)) continue;
    if (isShownText(link)) continue;
    if (ctx.budget.expired('link analysis')) break;
    const url = link.url.startsWith('//') ? `http:${link.url}` : link.url;
    // inspectUrl judges the destination behind a link rewriter (Safe Links, Proofpoint …), and its
    // host is that destination's: the reader's own tenant or a mail service's tracker behind the
    // receiving gateway's wrapper is still that ('' when nothing was judged: no signals either)
    const inspected = inspectUrl(url, { env: ctx.url, where: link.where });
    const linkHost = inspected.host;
    const linkSite = inspected.registrableDomain ?? linkHost;
    const ownTenant = onOrgTenant(linkHost, orgs);
    // a link on From's own registrable domain, not on a host where anyone can publish
    const onFromDomain = !!fromRd && !!linkHost && linkSite === fromRd && !isUserContentHost(linkHost);
    // mail between colleagues linking to their own organisation's site (IT's intranet page
    // `/it/okta-verify`): whether the sender is who it claims is the sender and authentication
    // checks' question; the URL model's opinion of the organisation's own site is shown, as context.
    // Not for mail from outside: a throwaway domain that sends and hosts its own lure is the URL
    // model's best catch
    const ownSite =
      (internal && !!linkHost && linkSite === registrableDomain(fromDomain ?? '')) ||
      // a government office's mail linking to its government's services (Companies House to
      // find-and-update.company-information.service.gov.uk): nobody else registers under gov.uk
      (govSender && !!linkHost && GOVERNMENT.test(linkHost)) ||
      (!!linkHost && merchantShops.has(linkSite)) ||
      // (its own domain, or another of the same owner's: ON24's on24event.com mail to event.on24.com)
      (listedSender &&
        !!linkHost &&
        !isUserContentHost(linkHost) &&
        sameOwner(fromDomain!, linkHost, ctx.config)) ||
      // (… and that reset on the sender's own domain: `www.hoffmann-group.com/…/pw/change?token=` in
      // the Hoffmann Group eShop's reset, whose token-laden address the URL model reads as a kit's)
      (onFromDomain && resetAsked()) ||
      // (… and a company's own plain-named site: Checkr's report link to dashboard.checkr.com, a
      // bank's statement notice to its own sign-in page. A forged From still leads to the real
      // company's site; a look-alike of a brand keeps the model's opinion)
      (onFromDomain && plainName() && !inspected.lookalike && !carriesUrl(inspected.normalized, linkHost));
    // a link one typing edit from a brand's domain, in mail that never names the brand: a site's
    // own name that happens to look like it (ilpost.it, jpost.com), shown as context
    const l = inspected.lookalike;
    const unnamed =
      !!l &&
      l.ownerKind === 'brand' &&
      l.technique === 'typosquat' &&
      !namesBrand(facts, l.owner, ctx.config);
    for (const found of inspected.signals) {
      if ((ownTenant || readers.has(linkSite)) && found.id === 'url.model.phishing') continue;
      // … and the organisation's tenant named as itself is no brand's subdomain look-alike
      // (`halifax.service-now.com`, the city of Halifax's IT desk, is not Halifax the bank)
      if (ownTenant && found.id === 'domain.lookalike.subdomain') continue;
      // a mail service's click tracker (`9x2mb.r.sp1-brevo.net/mk/cl/f/…`): one opaque path per
      // subscriber and link, which the URL model reads as a phishing kit's; where it leads is the
      // tracker's secret, so the model's opinion of the tracker is shown as context, not evidence
      const tracker = found.id === 'url.model.phishing' && isOpaqueTracker(linkHost);
      // … and a service named in the path of the organisation's own page (`/it/okta-verify`,
      // `/hr/workday-help`) is its page about the service it uses, not a page posing as it
      const ownPage = found.id === 'url.model.phishing' || found.id === 'url.path.brand_mismatch';
      const typo = unnamed && found.id === 'domain.lookalike.typosquat';
      // a form or a document on Microsoft's or Google's own service shared between colleagues (HR's
      // survey on forms.office.com): the service hosts every organisation's forms, lures among them,
      // so the URL model ranks its pages high; whether the colleague is who they claim is the
      // authentication checks' question
      const colleaguesForm =
        internal && found.id === 'url.model.phishing' && COLLEAGUE_PLATFORM_HOSTS.has(linkHost);
      // a mail security gateway's own portal (a quarantine digest's release and sign-in links)
      const gateway = found.id === 'url.model.phishing' && MAIL_SECURITY_PLATFORMS.has(linkSite);
      // … and a security-awareness platform's own site (`training.knowbe4.com/ui/login` in IT's
      // reminder to finish the course): a vendor's sign-in page, where no kit is hosted
      const training =
        found.id === 'url.model.phishing' && TRAINING_PLATFORMS.has(linkSite) && !isUserContentHost(linkHost);
      const s =
        ((ownSite && ownPage) || tracker || typo || colleaguesForm || gateway || training) &&
        found.severity !== 'low'
          ? {
              ...found,
              severity: 'low' as const,
              message: `${found.message}; ${typo ? `the message never names ${l!.owner}` : tracker ? "a mail service's click tracker" : colleaguesForm ? `${linkHost}, shared between colleagues` : gateway ? `${linkSite}, a mail security service's own portal` : training ? `${linkSite}, a security-awareness platform's own site` : "the sender's own site"}`,
            }
          : found;
      const seen = byId.get(s.id);
      if (!seen) byId.set(s.id, { first: s, evidence: [...s.evidence], count: 1 });
      else {
        seen.count++;
        // the message carries the worst link's judgement: a phishing link after the sender's own
        // site (downgraded above) must not inherit the first link's low severity
        if (SEVERITY_RANK[s.severity] > SEVERITY_RANK[seen.first.severity]) {
          seen.first = s;
          seen.evidence = [...s.evidence, ...seen.evidence].slice(0, 5);
        } else if (seen.evidence.length < 5)
          seen.evidence.push(...s.evidence.slice(0, 5 - seen.evidence.length));
      }
    }
  }
  return [...byId.values()].map(({ first, evidence, count }) => ({
    ...first,
    message: count > 1 ? `${first.message} (and ${count - 1} more link(s))` : first.message,
    evidence,
  }));
}

/**
 * "If you did not request this, ignore this e-mail", as a password reset or a sign-in code the reader
 * asked for says it, in the languages of the rounds: the reset's own word that nothing happens unless
 * the reader acts.
 */
const IGNORE_UNREQUESTED =
  /(?:if you did(?: not|n't) (?:request|ask for|make|initiate) (?:this|it|a password|the)[^.\n]{0,60}(?:ignore|disregard)|(?:ignore|disregard) this (?:e-?mail|message)[^.\n]{0,40}if you did(?: not|n't) (?:request|ask for)|wenn sie (?:diese|die) (?:anfrage|anforderung) nicht (?:gestellt|angefordert|veranlasst) haben[^.\n]{0,60}ignorieren|si vous n'(?:[eê]tes pas [aà] l'origine de|avez pas (?:fait|demand[eé])) cette demande[^.\n]{0,60}ignor|si no (?:solicitaste|has solicitado|ha solicitado)[^.\n]{0,60}ignor|se non hai richiesto[^.\n]{0,60}ignor|als (?:je|u) dit niet (?:hebt|heeft) aangevraagd[^.\n]{0,60}negeren|心当たりがない場合[^。\n]{0,30}(?:破棄|削除|無視))/i;

/** Microsoft's and Google's form and document hosts, where colleagues share their own forms and files. */
const COLLEAGUE_PLATFORM_HOSTS: ReadonlySet<string> = new Set([
  'forms.office.com',
  'forms.microsoft.com',
  'forms.cloud.microsoft',
  'forms.gle',
  'docs.google.com',
  'drive.google.com',
]);

/** A tab or line break between two characters of an address (leading and trailing ones are trimmed). */
const INNER_BREAK = /\S[\t\r\n]+\S/;
/** A host or port written in percent-escapes (`http://%31%39%35%2E…:%38%37/`): nobody types that. */
const ENCODED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*%[0-9a-f]{2}/i;
const hides = (url: string): boolean => INNER_BREAK.test(url) || ENCODED_HOST.test(url);
/** The link as written, or the destination a link rewriter (Safe Links, Proofpoint …) carries. */
const hidesAddress = (url: string): boolean => hides(url) || hides(unwrapUrl(url).url ?? '');

export function linkSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = urlSignals(facts, ctx);
  const elsewhere = brandLinksElsewhere(facts, ctx.config);
  if (elsewhere) out.push(elsewhere);
  const sender = senderNames(facts);
  const mismatches = facts.links
    .map((l) => [l, mismatch(l, ctx.config, sender)] as const)
    .filter(([, m]) => m);
  if (mismatches.length) {
    // the worst first: a mismatch that is not a click tracker decides the severity
    const ordered = [
      ...mismatches.filter(([, m]) => !m!.tracker),
      ...mismatches.filter(([, m]) => m!.tracker),
    ];
    const [link, m] = [ordered[0]![0], ordered[0]![1]!];
    // the text wears a brand's address and the link goes to a look-alike of a brand: nobody's real
    // mail does that, so it needs no ask beside it (`teams.microsoft.com` -> `teams.rnicrosoft-live.com`)
    const disguised =
      !m.tracker &&
      ownersOf(m.shown, ctx.config).some((o) => o.startsWith('brand:')) &&
      out.some(
        (s) => s.id.startsWith('domain.lookalike.') && s.evidence.some((e) => e.text.startsWith(link.url)),
      );
    out.push(
      TEXT_HREF_MISMATCH.fire(
        `Link text shows ${m.shown} but the link goes to ${m.actual}${m.tracker ? " (a mail service's click tracker, the site's parent domain or the sender's own)" : disguised ? ', a look-alike' : ''}${mismatches.length > 1 ? ` (${mismatches.length} such links)` : ''}`,
        ordered.map(([l]) => ({ where: l.where, text: `"${l.text}" -> ${l.url}` })),
        m.tracker ? 'low' : disguised ? 'critical' : undefined,
      ),
    );
  }
  const defanged = facts.links.filter((l) => l.obfuscated);
  // tabs or line breaks inside an href or a form's action (`rds.yaho&#10;o.com`): a browser drops
  // them (WHATWG URL parsing) and follows the link, a scanner matching the text does not
  const broken = [
    ...facts.links.filter((l) => l.source.startsWith('html:') && hidesAddress(l.url.trim())),
    ...(facts.htmlFacts?.forms ?? [])
      .filter((f) => hidesAddress(f.action.trim()))
      .map((f) => ({ where: 'body:html', url: f.action })),
  ];
  if (defanged.length || broken.length) {
    const first = defanged[0] ?? broken[0]!;
    // quoted indicators in a message about a phishing report are shown, not weighed
    const quoted = !broken.length && DISCUSSES_PHISHING.test(`${facts.subject}\n${facts.visibleText}`);
    out.push(
      OBFUSCATED_URL.fire(
        defanged.length
          ? `${defanged.length} defanged URL(s), e.g. ${first.url}${quoted ? ', quoted in a message about a phishing report' : ''}`
          : `${broken.length} link(s) whose address is hidden by tabs, line breaks or percent-escapes in the host, e.g. ${JSON.stringify(first.url.slice(0, 120))}`,
        [...defanged, ...broken].map((l) => ({ where: l.where, text: l.url })),
        quoted ? 'info' : undefined,
      ),
    );
  }
  const forms = facts.htmlFacts?.forms ?? [];
  const fromHost = facts.from?.domain ?? '';
  // a newsletter's search or subscribe form posting to the sender's own site (or another domain of
  // the brand the sender is) collects nothing an attacker gets; a password field always counts
  const ownForm = (f: { action: string; hasPassword: boolean }) => {
    if (f.hasPassword || !fromHost) return false;
    const dest = unwrapUrl(f.action.trim()).url;
    const host = dest ? hostOf(dest) : null;
    return host !== null && sameOwner(fromHost, host, ctx.config);
  };
  const live = forms.filter((f) => (f.inputs > 0 || f.action) && !ownForm(f));
  if (live.length) {
    const password = live.some((f) => f.hasPassword);
    // a newsletter's search box or sign-up (one field for a query or an address) and a form of
    // buttons collect nothing an attacker wants: shown, not weighed as an ask (where the form posts
    // is judged as a link). Two fields, or one for a code, a card or anything else, is data asked for
    const collects =
      password || live.some((f) => f.fields.length >= 2 || f.fields.some((x) => !QUERY_FIELD.test(x)));
    out.push(
      FORM_IN_BODY.fire(
        password
          ? 'The message body contains a form with a password field'
          : collects
            ? `The message body contains ${live.length} form(s) asking for data`
            : `The message body contains ${live.length} form(s) of one field or none (a search box, a sign-up, a button)`,
        live.map((f) => ({
          where: 'body:html',
          text: `<form action="${f.action}"> with ${f.inputs} input(s)${f.fields.length ? ` (${f.fields.join(', ')})` : ''}${f.hasPassword ? ', one a password' : ''}`,
        })),
        password ? 'critical' : collects ? undefined : 'low',
      ),
    );
  }
  const refresh = facts.links.filter((l) => l.source === 'html:meta-refresh');
  if (refresh.length) {
    out.push(
      META_REFRESH.fire(
        `Meta refresh to ${refresh[0]!.url}`,
        refresh.map((l) => ({ where: l.where, text: l.url })),
      ),
    );
  }
  const scripts = facts.links.filter(
    (l) => /^\s*(javascript|vbscript):/i.test(l.url) || (/^\s*data:/i.test(l.url) && l.source !== 'html:img'),
  );
  if (scripts.length) {
    // data: opens attacker-written HTML in the browser; javascript:/vbscript: links are not run by
    // mail clients (old newsletters used them for pop-ups)
    const data = scripts.filter((l) => /^\s*data:/i.test(l.url));
    const first = data[0] ?? scripts[0]!;
    const scheme = first.url.split(':')[0]!.trim().toLowerCase();
    const shown = first.text?.trim() ? shownHost(first.text) : null;
    out.push(
      SCRIPT_URL.fire(
        shown ? `Link shows ${shown} but its destination is a ${scheme}: URL` : `Link uses a ${scheme}: URL`,
        // shown text and destination apart: "what the reader sees" -> where the link goes
        [...data, ...scripts.filter((l) => !data.includes(l))].map((l) => ({
          where: l.where,
          text: l.text?.trim() ? `"${l.text.trim()}" -> ${l.url}` : l.url,
        })),
        data.length ? undefined : 'low',
      ),
    );
  }
  return out;
}
