/**
 * A one-to-one message from outside whose one outside link is a shared document, a sign-in or a
 * payment page on a free hosting platform: "Here is the revised estimate" with
 * `rockypeak-estimates.pages.dev/share/…`, a closing file at `lagrave-sarlat-docs.pages.dev/partage/…`,
 * a contract at `firebasestorage.googleapis.com/…/contrat`. Real documents are shared from the
 * sharing platforms themselves (SharePoint, Drive, Dropbox), sign-in pages live on the service's own
 * domain; a page anyone can publish in a minute, sent to one reader as the document or the login, is
 * where a phishing kit lives. The compromised partner's mailbox that sends it passes every
 * authentication check, and its words are quiet ("please find the documents here"), so the page's
 * place is what the message gives away.
 *
 * Strong on its own: the link is the ask (open the document, sign in) and its hosting the deception.
 * What it leaves alone:
 * - bulk and list mail, and mail between colleagues (a team's own preview site);
 * - a hosting platform's own notices (Netlify's "deploy ready");
 * - a message linking to other outside sites too (a signature's LinkedIn, a newsletter's many);
 * - a page whose name and path say nothing of a document, a sign-in or a payment (a web agency's
 *   `client-redesign.netlify.app/` staging site, a photographer's portfolio), and a file served as
 *   itself (a billing system's PDF in a storage bucket);
 * - a lure forwarded to IT by the one who reports it (src/email/reported-forward.ts shows it at info).
 * Blind rounds 67-123 (bench/fixtures/rounds): 142 of 2,280 attacks carry it, 25 of them missed
 * before, and no legitimate message but one lure reported to IT (shown at info); rounds 124-129: 15 of
 * 240 attacks (2 missed before), none of 600 legitimate. Dev set: one phishing message, already
 * flagged, and no legitimate one (free hosting links there are in list or bulk mail, or beside other
 * sites).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreeHosting, registrableDomain } from '../url/index.js';
import type { EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { HOSTING_PLATFORMS } from './platforms.js';
import { betweenColleagues, isBulkMail, isListMail } from './sender.js';

export const DOCUMENT_ON_FREE_HOST = defineSignal({
  id: 'email.link.document_on_free_host',
  category: 'credential_harvest',
  severity: 'high',
  summary:
    'A one-to-one message from outside whose one outside link is a shared document, a sign-in or a payment page on a free hosting platform (pages.dev, web.app, netlify.app, Google Sites, cloud storage buckets): where a phishing kit lives, not a real document or login',
  // the link is the ask and its hosting the deception: evidence an analyst can check, on its own
  roles: { high: 'strong' },
});

export const FREE_HOST_PAGE_SIGNALS: SignalDef[] = [DOCUMENT_ON_FREE_HOST];

/**
 * Words of a page's name or path that make it a document, a sign-in or a payment, in the languages
 * Vigil reads (a whole word, or the start of one: `factur` for facture, factura, facturen).
 */
const PAGE_WORDS =
  /(?:^|[^a-z])(?:share[ds]?|sharing|partage[rs]?|compartid[oa]s?|condivis\w*|gedeeld|geteilt|freigabe|udostepni\w*|delt|docs?|documents?|dokument\w*|documento?s?|unterlagen|pliki?|files?|fichiers?|archivos?|datenraum|dataroom|onedrive|sharepoint|drive|download|telecharg\w*|descarga\w*|pobierz|login|logon|signin|sso|auth\w*|portal\w*|portail|anmeld\w*|aanmeld\w*|connexion|acces\w*|acceso|logowanie|konto|account|verif\w*|bekraft\w*|bekreft\w*|secure|envelope|esign\w*|signing|signature|firma|unterschrift|podpis\w*|view|viewer|ouvrir|abrir|invoice\w*|factur\w*|fattur\w*|rechnung\w*|faktur\w*|statement\w*|remittance|payments?|betal\w*|zahlung\w*|pago|paiement|quarantin\w*|mfa|password|webmail|mailbox|voicemail|fax|scan|pdf|m365|office365|outlook|docusign|dropbox|wetransfer|adobe|acrobat)(?![a-z])/;

/** A file's own extension at the end of a path: a PDF or a spreadsheet, not a page that asks for anything. */
const FILE = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|zip|7z|rar|png|jpe?g|gif|webp|mp4|mp3|wav|ics)$/i;

/**
 * The page's name and path as words (Google Sites' fixed `/view/` left out: every site has it), or
 * null for a file served as itself (`invoices.s3.amazonaws.com/2026/INV-4471.pdf`, a billing
 * system's PDF in a bucket: a document, not a page asking for a login).
 */
function pageText(dest: string, host: string): string | null {
  let path = '';
  try {
    path = decodeURIComponent(new URL(dest).pathname);
  } catch {
    // an unparsable destination (or its escapes): its host alone
  }
  if (FILE.test(path)) return null;
  return `${host} ${path.replace(/^\/view\//, '/')}`.toLowerCase();
}

export function freeHostPageSignals(facts: EmailFacts): Signal[] {
  if (isBulkMail(facts) || isListMail(facts) || betweenColleagues(facts)) return [];
  const sender = facts.from?.domain ? registrableDomain(facts.from.domain.toLowerCase()) : null;
  if (sender && HOSTING_PLATFORMS.has(sender)) return [];
  const outside = followedLinks(facts, CLICKED).filter(
    (l) => (registrableDomain(l.host) ?? l.host) !== sender,
  );
  const sites = new Set(outside.map((l) => registrableDomain(l.host) ?? l.host));
  if (sites.size !== 1) return [];
  const page = outside.find((l) => {
    if (!isFreeHosting(l.host)) return false;
    const text = pageText(l.dest, l.host);
    return text !== null && PAGE_WORDS.test(text);
  });
  if (!page) return [];
  return [
    DOCUMENT_ON_FREE_HOST.fire(
      `The message's one outside link is a page on ${page.host}, a free hosting platform, named as a document, a sign-in or a payment`,
      [{ where: page.link.where, text: page.link.url.slice(0, 200) }],
    ),
  ];
}
