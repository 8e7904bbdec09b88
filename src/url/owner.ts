/**
 * Who owns a host: the organization, its partners and the brands of the config each list the
 * registrable domains they use. Two domains of one owner (paypal.com and paypal-communication.com,
 * microsoft.com and office.com, amazon.com and amazon.co.uk) are one site for the link checks:
 * a brand's mail linking to its other domains is not a mismatch, and its forms are not a harvest.
 * Hosts inside an owner's domains where anyone can publish (SharePoint tenants, Google Forms, S3 …)
 * belong to nobody here: an attacker can put a page there.
 */
import type { VigilConfig } from '../config/index.js';
import {
  BRAND_SHORTENER_MAP,
  brandTldDomain,
  FREE_HOSTING_SET,
  SUSPICIOUS_TLD_SET,
  USER_CONTENT_SET,
  hostMatchesSet,
} from './lists.js';
import { parse as parseHost } from '../tld.js';
import { foldUnicode } from './confusables.js';
import { registrableDomain } from './parse.js';

/** Owner names by registrable domain, per config (built once; a config is immutable once resolved). */
const OWNERS = new WeakMap<VigilConfig, Map<string, string[]>>();

function ownerTable(config: VigilConfig): Map<string, string[]> {
  let t = OWNERS.get(config);
  if (t) return t;
  t = new Map();
  const add = (domain: string, owner: string) => {
    const d = domain.trim().toLowerCase().replace(/\.$/, '');
    if (!d) return;
    const l = t!.get(d);
    if (!l) t!.set(d, [owner]);
    else if (!l.includes(owner)) l.push(owner);
  };
  const org = config.organization;
  for (const d of org?.domains ?? []) add(d, `org:${org?.name ?? ''}`);
  for (const p of org?.partners ?? []) for (const d of p.domains) add(d, `partner:${p.name}`);
  for (const b of config.brands ?? []) for (const d of b.domains) add(d, `brand:${b.name}`);
  // a brand's own shortener (aka.ms) only leads to the brand's pages
  for (const [short, target] of BRAND_SHORTENER_MAP) for (const o of t.get(target) ?? []) add(short, o);
  OWNERS.set(config, t);
  return t;
}

/** Whether anyone can publish on this host although its domain belongs to a known owner. */
export function isUserContentHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return hostMatchesSet(h, USER_CONTENT_SET) !== null || hostMatchesSet(h, FREE_HOSTING_SET) !== null;
}

/**
 * The owners of the first of `host`'s names (host, parent, …) the owner table lists, walking up no
 * further than `top` when it is given; [] for user-content hosts and unknown names.
 */
function ownersUpTo(host: string, config: VigilConfig, top: (h: string) => string | null): string[] {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h || isUserContentHost(h)) return [];
  const stop = top(h);
  const t = ownerTable(config);
  let cur = h;
  for (let i = 0; i < 16; i++) {
    const o = t.get(cur);
    if (o) return o;
    if (cur === stop) break;
    const dot = cur.indexOf('.');
    if (dot < 0) break;
    cur = cur.slice(dot + 1);
  }
  // a name under a closed brand TLD (mail.microsoft) is the brand's, whoever the config lists it by
  const brand = brandTldDomain(h);
  return brand ? (t.get(brand) ?? []) : [];
}

/** Owners of a host name (walks up to the owner table's entries); [] for user-content hosts and unknown names. */
export function ownersOf(host: string, config: VigilConfig): string[] {
  return ownersUpTo(host, config, () => null);
}

/**
 * Owners that vouch for the page at this host: as ownersOf, but only through entries at or below the
 * host's registrable domain (pass it when it is known). A brand listed by a public suffix (Receita
 * Federal's gov.br, HMRC's gov.uk, Shopify's myshopify.com) names where its mail comes from, not who
 * runs every site under that suffix: a municipality's compromised `camara….rs.gov.br` or a
 * merchant's shop is its own site.
 */
export function pageOwnersOf(host: string, config: VigilConfig, registrable?: string | null): string[] {
  return ownersUpTo(host, config, (h) => registrable ?? registrableDomain(h) ?? h);
}

/**
 * Whether two host names are one site: the same registrable domain, or both on the domains of one
 * owner of the config. A user-content host is only ever the same site as its own registrable domain.
 */
export function sameOwner(hostA: string, hostB: string, config: VigilConfig): boolean {
  const a = hostA.toLowerCase().replace(/\.$/, '');
  const b = hostB.toLowerCase().replace(/\.$/, '');
  if (!a || !b) return false;
  const ra = registrableDomain(a) ?? a;
  const rb = registrableDomain(b) ?? b;
  // the same registrable domain (tldts with private suffixes: two github.io tenants are two owners)
  if (ra === rb) return true;
  const oa = ownersOf(a, config);
  if (!oa.length) return false;
  const ob = ownersOf(b, config);
  return ob.some((o) => oa.includes(o));
}

/**
 * Business platforms that give each customer organisation a host named after it
 * (`contoso.service-now.com`, `contoso.atlassian.net`, `contoso-my.sharepoint.com`): the IT desk,
 * wiki, sign-in and files an organisation's own staff mail links to.
 */
const TENANT_PLATFORMS: ReadonlySet<string> = new Set([
  'service-now.com',
  'servicenowservices.com',
  'atlassian.net',
  'zendesk.com',
  'freshservice.com',
  'freshdesk.com',
  'okta.com',
  'oktapreview.com',
  'okta-emea.com',
  'onelogin.com',
  'my.salesforce.com',
  'sharepoint.com',
  'myworkday.com',
  'bamboohr.com',
  'slack.com',
  'zoom.us',
  'webex.com',
  'box.com',
  'app.box.com',
  'smartsheet.com',
  // client file portals, one per accounting or law firm (hartwellbrandt.sharefile.com)
  'sharefile.com',
  'sharefile.eu',
  'awsapps.com',
  // customer-experience surveys, provisioned per enterprise customer (chase.qualtrics.com)
  'qualtrics.com',
  'medallia.com',
]);

/** The business platform a host is a customer's tenant on (`contoso.sharepoint.com`: sharepoint.com), or null. */
export function tenantPlatformOf(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  const dot = h.indexOf('.');
  if (dot < 0) return null;
  const platform = h.slice(dot + 1);
  return TENANT_PLATFORMS.has(platform) ? platform : null;
}

/** A company's legal form or group word at the end of its domain name (`-group`, `-gmbh`, `inc`). */
const COMPANY_FORM =
  /-?(?:group|grp|inc|corp|co|company|llc|ltd|gmbh|ag|holding|holdings|plc|sa|bv|nv|ab|oy|as|llp|pllc|cpa|cpas|law|legal)$/;

/**
 * Whether `host` is the tenant named after `domain`'s organisation on a business platform: its
 * first label is the domain's own name (`contoso` of contoso.com; `hartwellbrandt` of the accountants'
 * hartwellbrandtcpa.com, without the legal form or the profession's letters), or that name with SharePoint's
 * `-my` (OneDrive), directly under a platform above. A free developer instance (`dev12345`) or a
 * tenant named otherwise is not the organisation's.
 */
export function isOrgTenant(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const rd = registrableDomain(domain.toLowerCase());
  if (!rd) return false;
  const name = rd.slice(0, rd.indexOf('.'));
  const dot = h.indexOf('.');
  if (dot < 0 || name.length < 3) return false;
  const label = h.slice(0, dot).replace(/-my$/, '');
  // SharePoint drops the hyphens of a name: brightwater-analytics.com is brightwateranalytics
  const bare = name.replace(/-/g, '');
  // … and a tenant is often the name without its legal form: halvorsen-group.com's is `halvorsen`
  const core = name.replace(COMPANY_FORM, '');
  if (label !== name && label !== bare && !(core !== name && core.length >= 5 && label === core))
    return false;
  return tenantPlatformOf(h) !== null;
}

/**
 * Top-level domains named like a brand that anyone may register under (Google's `.ing`), unlike the
 * brand's own closed registry (`.bnpparibas`, `.barclays`, `.sncf`).
 */
const OPEN_BRANDLIKE_TLDS: ReadonlySet<string> = new Set(['ing']);

/**
 * Whether `domain` is under the brand's own top-level domain (`messages.bnpparibas` for BNP Paribas):
 * a registry the brand runs itself, where nobody else registers a name. `name` is the brand's name
 * (letters and digits compared, case and accents ignored).
 */
export function isBrandTldOf(domain: string, name: string): boolean {
  const p = parseHost(domain.toLowerCase(), { allowPrivateDomains: false });
  const tld = p.publicSuffix ?? '';
  // a name under it (`@bradesco` alone is no domain anyone sends from: the phisher's bare name)
  if (!p.isIcann || !p.domain || tld.length < 3 || tld.includes('.') || OPEN_BRANDLIKE_TLDS.has(tld))
    return false;
  return foldUnicode(name).replace(/[^a-z0-9]/g, '') === tld;
}

/**
 * Whether `domain` is one of these domains' names under a country's TLD (binance.tr for binance.com,
 * mercadolibre.com.ar for mercadolibre.com): big brands run a site in most countries and cannot list
 * them all. Not in a country where the brand lists its site (mercadolivre.br beside mercadolivre.com.br),
 * nor under the TLDs whose registrations are mostly abuse (.tk, .ml, …: free or cheap).
 */
export function isCountrySiteOf(domain: string, domains: readonly string[]): boolean {
  const p = parseHost(domain.toLowerCase(), { allowPrivateDomains: false });
  const label = p.domainWithoutSuffix;
  const tld = p.publicSuffix?.slice(p.publicSuffix.lastIndexOf('.') + 1) ?? '';
  if (!label || !/^[a-z]{2}$/.test(tld) || SUSPICIOUS_TLD_SET.has(tld)) return false;
  let named = false;
  for (const d of domains) {
    const q = parseHost(d, { allowPrivateDomains: false });
    if (q.domainWithoutSuffix !== label) continue;
    // the brand's listed site in that very country (mercadolivre.com.br) makes another suffix there
    // (mercadolivre.br) somebody else's
    if ((q.publicSuffix ?? '').split('.').pop() === tld) return false;
    named = true;
  }
  return named;
}
