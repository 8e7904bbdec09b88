/**
 * A credential pretext whose link lives on a free site builder or user-content host (`*.web.app`,
 * `*.pages.dev`, `*.weebly.com`, `*.blogspot.com` …): "X shared a document with you, sign in to view
 * it", "verify your mailbox" with the page on a platform anyone can publish on in a minute. A real
 * sign-in page or shared document is on the service's own domain; a phishing kit is where hosting is
 * free and anonymous. The platform alone is context (`url.host.free_hosting`, low: blogs and project
 * pages live there), and so is the pretext alone (a real share notification); together they are a
 * deception for the evidence gate. Dev set: 0 of 4,472 legitimate messages carry both.
 */
import type { VigilConfig } from '../config/index.js';
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import {
  isFreeHosting,
  isFreemailDomain,
  ownersOf,
  registrableDomain,
  sameOwner,
  tenantPlatformOf,
} from '../url/index.js';
import {
  ACTION_UNDER_PRESSURE,
  CREDENTIAL_LURE,
  PAYMENT_REQUEST_SIGNAL,
  PAYROLL_DIVERSION,
  URGENT_PAYMENT,
} from './content.js';
import type { EmailContext, EmailFacts } from './facts.js';
import {
  CLICKED,
  OPAQUE_TRACKERS,
  carriesSite,
  followedLinks,
  onOrgTenant,
  organisationDomains,
} from './links.js';
import { BILLING_PLATFORMS, IDENTITY_PROVIDERS, PROVIDER_DOMAINS } from './platforms.js';

export const SIGN_IN_ON_FREE_HOST = defineSignal({
  id: 'email.link.sign_in_on_free_host',
  category: 'credential_harvest',
  severity: 'medium',
  summary:
    'A credential pretext (shared document, sign-in, verification) whose link is on a free site builder, a user-content host or a form builder (Google or Microsoft Forms), or a payment ask (a toll, a parcel fee) whose link is on a free host: where no real sign-in or payment page lives',
  // a deception beside the pretext's ask: where the page is hosted, which an analyst can check
  roles: { medium: 'deception' },
});

export const CREDENTIAL_LINK_OFF_SENDER = defineSignal({
  id: 'email.link.credential_link_off_sender',
  category: 'credential_harvest',
  severity: 'medium',
  summary:
    "A credential pretext whose other links go to the sender's own site, but one leads to an unrelated site: a copied notice around the attacker's page",
  roles: { medium: 'deception' },
});

/**
 * A share notice whose "document" is a web page: Dropbox or OneDrive sharing
 * "DocuSign_Envelope_Payment-Release.html". A document is a PDF or an Office file; a page shared
 * under a document's name opens in the browser as the phishing form itself, from the platform's
 * real domain, where no link check sees it.
 */
export const SHARED_WEB_PAGE = defineSignal({
  id: 'email.link.shared_web_page',
  category: 'credential_harvest',
  severity: 'medium',
  summary:
    'A shared-document notice whose file is a web page (.html, .htm, .svg, .shtml) named as a document: the sign-in form itself, opened from the sharing platform',
  roles: { medium: 'deception' },
});

export const SIGN_IN_ELSEWHERE_SIGNALS: SignalDef[] = [
  SIGN_IN_ON_FREE_HOST,
  CREDENTIAL_LINK_OFF_SENDER,
  SHARED_WEB_PAGE,
];

/** A file name ending in a web page's extension: what a shared "document" must never be. */
const WEB_PAGE_FILE = /[\w()[\]-]{2,120}\.(?:html?|shtml|xhtml|svg|hta|mht|mhtml)(?![\w.])/i;

const CLICKED_OR_DOCUMENT: ReadonlySet<string> = new Set([...CLICKED, 'attachment']);

/** What a lure names its page after: paperwork to sign or pay, a brand's envelope, a message. */
const PAPERWORK =
  /docu-?sign|adobe|e-?sign|sign|invoice|payment|remittance|statement|document|scan|fax|voice|secure|contract|agreement|wire|bank|payroll|salary|quote|order|receipt|purchase|tender|proposal|rechnung|factur|fattura|fatura|zahlung|pago|paiement/i;

/** The shared file of a share notice, when it is a web page (read in the subject, then the text). */
function sharedWebPage(facts: EmailFacts, lure: Signal): Signal | null {
  if (
    lure.severity === 'info' ||
    !/shared|share|compartilh|partag|gedeeld|geteilt|compart/i.test(lure.message)
  )
    return null;
  for (const [where, text] of [
    ['header:Subject', facts.subject],
    [facts.htmlFacts ? 'body:html' : 'body:text', (facts.visibleText || facts.text).slice(0, 4000)],
  ] as const) {
    const m = WEB_PAGE_FILE.exec(text);
    // a developer's shared "coverage-report.html" is a page by name; a lure's is a document's
    if (m && PAPERWORK.test(m[0]))
      return SHARED_WEB_PAGE.fire(`The shared "document" is a web page: "${m[0].slice(0, 100)}"`, [
        { where, text: text.slice(0, 200), match: m[0] },
        ...lure.evidence.slice(0, 1),
      ]);
  }
  return null;
}

/** Runs after the content rules: `prior` holds every signal fired so far for this message. */
export function signInElsewhereSignals(
  facts: EmailFacts,
  prior: readonly Signal[],
  ctx: EmailContext,
): Signal[] {
  const cred = prior.find((s) => s.id === CREDENTIAL_LURE.id);
  const page = cred ? sharedWebPage(facts, cred) : null;
  if (page) return [page];
  const off = cred ? offSender(facts, cred, ctx.config) : null;
  if (off) return [off];
  // a toll or parcel fee to pay on a page anyone can publish: no toll operator bills from pages.dev
  // … or a direct-deposit "review" on such a page: no payroll system runs on web.app
  // … or a filing, a case or a renewal to act on by a deadline there ("File your Annual Report" …
  // "to avoid suspension"): no regulator or court runs its portal on github.io
  const lure =
    cred ??
    prior.find(
      (s) =>
        s.id === URGENT_PAYMENT.id ||
        s.id === PAYMENT_REQUEST_SIGNAL.id ||
        s.id === PAYROLL_DIVERSION.id ||
        s.id === ACTION_UNDER_PRESSURE.id,
    );
  if (!lure) return productOnFreeHost(facts);
  // (a sign-in pretext's link inside an attached PDF is clicked as readily: "signed engagement letter
  // attached", the only link in the document)
  const links = followedLinks(facts, cred ? CLICKED_OR_DOCUMENT : CLICKED);
  // a payment ask reads the whole message: in a digest of many sites one blog link is no pay page
  if (!cred && new Set(links.map((l) => registrableDomain(l.host) ?? l.host)).size > 2) return [];
  for (const { link, dest, host } of links) {
    // … or a form builder: a sign-in pretext whose "page" is a Google or Microsoft form asks for the
    // password in a form anyone can make (no sign-in page is a form); not for a payment ask
    const form = !!cred && isFormBuilder(host, dest);
    if (!form && !isFreeHosting(host)) continue;
    return [
      SIGN_IN_ON_FREE_HOST.fire(
        `${lure.message.replace(/\.$/, '')}, and the link goes to ${host}, ${form ? 'a form builder' : 'a free hosting platform'}`,
        [{ where: link.where, text: link.url }, ...lure.evidence.slice(0, 1)],
      ),
    ];
  }
  return [];
}

/**
 * A link whose text names a document service ("Q2_Reconciliation.xlsx – View workbook (Excel
 * Online)", "Open in OneDrive", "View on DocuSign") and whose page is on a free host: the service's
 * name is the pretext, said in the link itself, where a mail written to dodge keywords keeps it.
 */
const DOC_SERVICE_TEXT =
  /\b(?:excel online|word online|powerpoint online|office online|onedrive|sharepoint|office 365|microsoft 365|google (?:docs|sheets|drive|slides)|dropbox|docusign|adobe (?:sign|acrobat)|box\.com|wetransfer)\b/i;

/**
 * … or a document's file name as the link's text ("Tower B Fit-out BOQ Rev 04.xlsx") over a page
 * that is no such file (`rukn-boq-share.pages.dev/TowerB/BOQ_Rev04`): a spreadsheet served as a web
 * page on a free host is a sign-in page dressed as the file. A paper's "preprint.pdf" on github.io
 * is the file itself, and its address says so.
 */
const DOC_FILE_TEXT =
  /[^\s/\\:]{1,80}\.(?:pdf|docx?|docm|xlsx?|xlsm|xlsb|pptx?|csv|odt|ods|rtf)(?![a-z0-9])/i;
const DOC_FILE_PATH = /\.(?:pdf|docx?|docm|xlsx?|xlsm|xlsb|pptx?|csv|odt|ods|rtf|zip|txt)$/i;

function pageDressedAsFile(text: string, dest: string): RegExpExecArray | null {
  const m = DOC_FILE_TEXT.exec(text);
  if (!m) return null;
  let path = '';
  try {
    path = decodeURIComponent(new URL(dest).pathname);
  } catch {
    return null;
  }
  return DOC_FILE_PATH.test(path) ? null : m;
}

function productOnFreeHost(facts: EmailFacts): Signal[] {
  for (const { link, host, dest } of followedLinks(facts, CLICKED)) {
    if (!isFreeHosting(host)) continue;
    // a text URL's "text" is the line before it: "View workbook (Excel Online): https://…"
    const at = link.source === 'text' ? facts.text.indexOf(link.url) : -1;
    const before =
      at > 0 ? facts.text.slice(Math.max(0, facts.text.lastIndexOf('\n', at - 1) + 1, at - 120), at) : '';
    const named = DOC_SERVICE_TEXT.exec(link.text || before) ?? pageDressedAsFile(link.text || before, dest);
    if (!named) continue;
    const evidence = [{ where: link.where, text: `${(link.text || before).slice(0, 80)} -> ${link.url}` }];
    // the pretext (a shared document to open) is the link's own text: the ask beside the deception
    return [
      CREDENTIAL_LURE.fire(`Shared-document pretext in a link's text: "${named[0]}"`, evidence, 'low'),
      SIGN_IN_ON_FREE_HOST.fire(
        `The link's text names ${named[0]}, and the link goes to ${host}, a free hosting platform${DOC_SERVICE_TEXT.test(named[0]) ? '' : ', not to that file'}`,
        evidence,
      ),
    ];
  }
  return [];
}

/** Form builders: Google Forms (forms.gle, docs.google.com/forms), Microsoft Forms, Jotform, Typeform. */
export function isFormBuilder(host: string, dest: string): boolean {
  const h = host.toLowerCase();
  if (h === 'forms.gle' || h === 'forms.office.com' || h === 'forms.microsoft.com') return true;
  if (h === 'docs.google.com') return /^https?:\/\/docs\.google\.com\/forms\//i.test(dest);
  return /(?:^|\.)(?:jotform\.com|typeform\.com|formstack\.com|123formbuilder\.com)$/.test(h);
}

/**
 * Identity providers an organisation's own sign-in runs on (`acme.okta.com`): its IT mail about a
 * password links there and to its own site, which is this check's shape without the fraud.
 */
const SIGN_IN_SERVICES: ReadonlySet<string> = new Set([
  ...IDENTITY_PROVIDERS,
  'microsoftonline.com',
  'cloudflareaccess.com',
]);

/**
 * A credential pretext (medium or higher: a deadline, a suspension, a verification; any, from a
 * known brand's own domain) from a domain
 * whose links in the message go to that domain, except one or two that go to a site nobody on the
 * brand list owns. A forged notice copies the real one's links (help, privacy, the logo's) and
 * swaps in its own page for the one that matters; the real notice signs in on its own domains, a
 * known partner's, an identity provider's or its payroll and benefits platform's. More than two foreign sites is a newsletter's mix, not
 * a swap. Investor-relations alerts ("view the filing") carry only a low pretext and stay silent.
 */
function offSender(facts: EmailFacts, lure: Signal, config: VigilConfig): Signal | null {
  if (lure.severity === 'info') return null;
  const from = facts.from?.domain;
  if (!from || isFreemailDomain(from)) return null;
  // a quiet pretext ("verify your account information") counts only where From is a known brand's
  // own domain: forged brand mail is where a swapped sign-in link hides behind a calm tone
  if (lure.severity === 'low' && !ownersOf(from, config).some((o) => o.startsWith('brand:'))) return null;
  const fromRd = registrableDomain(from) ?? from;
  const orgs = organisationDomains(facts, config);
  let own = 0;
  const elsewhere = new Map<string, { where: string; url: string; host: string }>();
  for (const { link, dest, host } of followedLinks(facts, CLICKED)) {
    if (sameOwner(from, host, config)) {
      own++;
      continue;
    }
    const rd = registrableDomain(host) ?? host;
    // … nor to a payroll, HR or benefits platform an employer's notice sends its staff to
    // … nor to where a brand bills (Stripe's hosted invoice), nor to the organisation's own tenant
    if (OPAQUE_TRACKERS.has(rd) || SIGN_IN_SERVICES.has(rd) || PROVIDER_DOMAINS.has(rd)) continue;
    if (BILLING_PLATFORMS.has(rd) || onOrgTenant(host, orgs)) continue;
    if (ownersOf(host, config).length) continue;
    // … nor to a customer's tenant on the sender's own platform (SharePoint's notice from
    // sharepointonline.com linking to `contoso.sharepoint.com`)
    const platform = tenantPlatformOf(host);
    if (platform && platformOfSender(from, platform, config)) continue;
    // a redirector that carries the sender's site as its destination (`?url=https://sender…`)
    if (carriesSite(dest, fromRd)) continue;
    if (!elsewhere.has(rd)) elsewhere.set(rd, { where: link.where, url: link.url, host });
    if (elsewhere.size > 2) return null;
  }
  if (!own || !elsewhere.size) return null;
  const payload = [...elsewhere.values()][0]!;
  return CREDENTIAL_LINK_OFF_SENDER.fire(
    `${lure.message.replace(/\.$/, '')}; ${own} link(s) go to ${fromRd}, the sender's own site, but ${payload.url.length > 100 ? payload.host : payload.url} does not`,
    [{ where: payload.where, text: payload.url }, ...lure.evidence.slice(0, 1)],
  );
}

/** Whether a brand that owns `from` lists `platform` among its domains (Microsoft: sharepoint.com). */
function platformOfSender(from: string, platform: string, config: VigilConfig): boolean {
  const owners = ownersOf(from, config);
  return (config.brands ?? []).some(
    (b) => b.domains.includes(platform) && owners.includes(`brand:${b.name}`),
  );
}
