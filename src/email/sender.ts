/**
 * Sender and impersonation: who the message claims to be from versus where it really comes from
 * and where replies go. From / Reply-To / Return-Path / Sender domain mismatches, display names
 * that name a VIP or a brand the address does not belong to, addresses hidden in display names,
 * and look-alike or machine-generated sender domains.
 *
 * Domains are compared as registrable domains (src/url, tldts with private suffixes, so two tenants
 * of one hosting suffix are two owners). Domain look-alike and DGA decisions come from src/url's
 * `inspectDomain`: one implementation for URLs, domains and senders. Names are matched here
 * (src/email/names.ts).
 */
import { parse as parseHost } from '../tld.js';
import type { Brand, VigilConfig } from '../config/index.js';
import { defineSignal, type Evidence, type Signal, type SignalDef } from '../core/index.js';
import {
  imitatesDomain,
  inspectDomain,
  isCountrySiteOf,
  isBrandTldOf,
  isFreemailDomain,
  isMixedScript,
  isOrgTenant,
  ownersOf,
  parseDomain,
  registrableDomain,
  segmentWords,
  spellsDomainInFront,
  tenantPlatformOf,
  type DomainInspection,
  type UrlEnv,
} from '../url/index.js';
import type { WordTiers } from '../url/dga-words.js';
import { headerValue, type EmailContext, type EmailFacts, type Mailbox } from './facts.js';
import { namesBrand } from './brand-named.js';
import {
  localPartNamesPerson,
  matchBrandNames,
  matchPersonName,
  tokenizeName,
  TYPING_EDITS,
} from './names.js';
import { quotedDomains } from './thread-lookalike.js';
import { MERCHANT_SENDERS, RELAY_PLATFORMS, TRAINING_PLATFORMS } from './platforms.js';

export const REPLY_TO_MISMATCH = defineSignal({
  id: 'email.sender.reply_to_mismatch',
  category: 'bec',
  severity: 'medium',
  summary:
    "Reply-To on another registrable domain than From: medium for a personal free mail account or a domain dressed as the sender's, low for another company's domain, bulk mail or a mail service's reply-handling address",
  // replies that leave for the attacker's mailbox are the deception of a BEC lure, not its ask; an
  // assistant's or a colleague's Reply-To is common enough in real mail that it never confirms
  roles: { medium: 'deception' },
  confirms: false,
});
/**
 * The sender's own name at a personal free mail account as Reply-To: "Jeremy Rogers
 * <jrogers@harborviewhealth.com>" answered at jrogers@proton.me. The BEC sender spoofs or borrows a
 * colleague's address and takes the conversation to a mailbox only they read. Unlike a Reply-To to
 * an assistant or a contact form's customer, it names the very person who writes, so it confirms.
 */
export const REPLY_TO_PRIVATE_MAILBOX = defineSignal({
  id: 'email.sender.reply_to_private_mailbox',
  category: 'bec',
  severity: 'medium',
  summary:
    "Reply-To is the sender's own name, or their organization's, at a personal free mail account (jrogers@proton.me for Jeremy Rogers at his company's domain, accounts.harborview@gmail.com for harborview.com): the answers go to a mailbox only the writer reads",
  roles: { medium: 'deception' },
});

export const RETURN_PATH_MISMATCH = defineSignal({
  id: 'email.sender.return_path_mismatch',
  category: 'impersonation',
  severity: 'low',
  summary:
    'Return-Path (envelope sender) on an unrelated domain to From, not a known bulk-mail bounce domain',
});
export const SENDER_HEADER_MISMATCH = defineSignal({
  id: 'email.sender.sender_header_mismatch',
  category: 'impersonation',
  severity: 'low',
  summary: 'Sender header on an unrelated domain to From, outside mailing lists and bulk-mail services',
});
export const VIP_DISPLAY_NAME = defineSignal({
  id: 'email.sender.vip_display_name',
  category: 'impersonation',
  severity: 'high',
  summary:
    "Display name matches a configured VIP but the address is neither theirs nor on the organization's domains",
});
export const FREEMAIL_VIP = defineSignal({
  id: 'email.sender.freemail_vip',
  category: 'bec',
  severity: 'high',
  summary:
    "A VIP's name (display name or address) used from a free mail provider address they are not known to use",
});
export const BRAND_DISPLAY_NAME = defineSignal({
  id: 'email.sender.brand_display_name',
  category: 'impersonation',
  severity: 'high',
  summary:
    "Display name names a known brand (exact, look-alike letters or a typing edit) but the From domain is not the brand's",
});
export const LOOKALIKE_DOMAIN = defineSignal({
  id: 'email.sender.lookalike_domain',
  category: 'lookalike_domain',
  severity: 'high',
  // a sender domain built to pass for a known one is an attack on its own, whatever the mail asks
  roles: { high: 'strong' },
  summary:
    "From or Reply-To domain imitates the organization's, a partner's or a brand's domain, or Reply-To imitates the sender's own (dekroon-labs.nl for dekroon-lab.nl)",
});
export const DISPLAY_NAME_ADDRESS_SPOOF = defineSignal({
  id: 'email.sender.display_name_address_spoof',
  category: 'impersonation',
  severity: 'high',
  summary: 'Display name shows an email address (high) or domain (low) other than the real sender address',
});
export const FROM_NAME_DECOY = defineSignal({
  id: 'email.sender.from_name_decoy',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From puts a name with no address before the real sender (Microsoft account team ,_<x@elsewhere>), so a reader sees only that name',
});
export const GENERATED_DOMAIN = defineSignal({
  id: 'email.sender.generated_domain',
  category: 'generated_domain',
  severity: 'medium',
  summary: 'From domain looks machine-generated (domain-generation algorithm)',
  confirms: false,
});

export const MIXED_SCRIPT_DOMAIN = defineSignal({
  id: 'email.sender.mixed_script_domain',
  category: 'lookalike_domain',
  severity: 'high',
  // no company names itself in two alphabets at once: the homograph is evidence on its own
  roles: { high: 'strong' },
  summary:
    'From or Reply-To domain whose name mixes Latin with Cyrillic, Greek or Armenian letters (a homograph: titreslіsle.ca with a Cyrillic і)',
});

export const RECIPIENT_LOOKALIKE = defineSignal({
  id: 'email.sender.recipient_lookalike',
  category: 'lookalike_domain',
  severity: 'high',
  // one edit or look-alike letters away from the recipient's own domain: nobody registers that by chance
  roles: { high: 'strong' },
  summary:
    "From or Reply-To domain is a cousin of a recipient's own domain: one edit or look-alike letters (high), another suffix or an added word (medium)",
});
export const FREEMAIL_ROLE_CLAIM = defineSignal({
  id: 'email.sender.freemail_role_claim',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'Sent from a free mail address by someone who signs as an executive, a company function (CEO, accounts payable, IT support) or a government office, court or police force (Investigations Unit, Board of Nursing), or copies an executive at a free mail address (t.greer.ceo@proton.me)',
});
export const INVALID_FROM_DOMAIN = defineSignal({
  id: 'email.sender.invalid_from_domain',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From has no address a reply could reach: no domain, a bare name under no top-level domain (@correios), or characters no domain holds',
});

/**
 * The recipient's own IT or mail administrators, named in From, on an outside domain: "IT Service
 * Desk <it-helpdesk@m365-securesupport.com>" to staff of contoso.com. A company's help desk writes
 * from the company's domain; a vendor's support signs with the vendor's name.
 */
export const EXTERNAL_IT_ROLE = defineSignal({
  id: 'email.sender.external_it_role',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "From is named as the reader's IT or mail administrators (IT Service Desk, Help Desk, Mail Administrator) but comes from an unrelated outside domain",
});

export const SENDER_SIGNALS: SignalDef[] = [
  REPLY_TO_MISMATCH,
  REPLY_TO_PRIVATE_MAILBOX,
  RETURN_PATH_MISMATCH,
  SENDER_HEADER_MISMATCH,
  VIP_DISPLAY_NAME,
  FREEMAIL_VIP,
  BRAND_DISPLAY_NAME,
  LOOKALIKE_DOMAIN,
  DISPLAY_NAME_ADDRESS_SPOOF,
  FROM_NAME_DECOY,
  GENERATED_DOMAIN,
  MIXED_SCRIPT_DOMAIN,
  RECIPIENT_LOOKALIKE,
  FREEMAIL_ROLE_CLAIM,
  INVALID_FROM_DOMAIN,
  EXTERNAL_IT_ROLE,
];

/**
 * Bulk-mail and relay services whose bounce domains legitimately differ from From (registrable
 * domains). The envelope sender of most marketing and transactional mail is one of these.
 */
const BOUNCE_SERVICE_DOMAINS = new Set([
  'sendgrid.net',
  'sendgrid.com',
  'amazonses.com',
  'mailgun.org',
  'mailgun.net',
  'mailgun.info',
  'mcsv.net',
  'mcdlv.net',
  'rsgsv.net',
  'mailchimpapp.net',
  'mandrillapp.com',
  'mailchimp.com',
  'sparkpostmail.com',
  'sparkpostmail1.com',
  'mtasv.net',
  'postmarkapp.com',
  'sendinblue.com',
  'brevo.com',
  'sendibt2.com',
  'sendibt3.com',
  'sendibm1.com',
  'mailjet.com',
  'constantcontact.com',
  'ccsend.com',
  'hubspotemail.net',
  'hubspotstarter.net',
  'hubspotfree.net',
  'hubspot.com',
  'hs-email.net',
  'exacttarget.com',
  'exct.net',
  'mktomail.com',
  'mktdns.com',
  'klaviyomail.com',
  'klaviyo.com',
  'customeriomail.com',
  'intercom-mail.com',
  'zendesk.com',
  'freshdesk.com',
  'salesforce.com',
  'force.com',
  'googlegroups.com',
  'elasticemail.com',
  'smtpcorp.com',
  'sendpulse.com',
  'mlsend.com',
  'mailerlite.com',
  'aweber.com',
  'getresponse.com',
  'icontact.com',
  'emarsys.net',
  'responsys.net',
  'rsys2.com',
  'rsys3.net',
  'sailthru.com',
  'cmail19.com',
  'cmail20.com',
  'createsend.com',
  'acems1.com',
  'emsend1.com',
  'mailersend.net',
  'smtp.com',
  'messagebird.com',
  'socketlabs.com',
  'mailchannels.net',
  'outbound.protection.outlook.com',
  'bnc3.mailjet.com',
  'pphosted.com',
  'mimecast.com',
  'ppe-hosted.com',
]);

/** Bounce-handling host names (`bounces.sender.example`, `pm-bounces.…`, `bnc3.…`): ESP return paths. */
const BOUNCE_LABEL = /^(?:[a-z0-9-]*bounces?[a-z0-9-]*|bnc\d*|return(?:s|path)?|rp|mailer-daemon)$/;

/** Local parts rewritten by forwarders (SRS, RFC 7208 §11.4 practice) or VERP bounces. */
const REWRITTEN_LOCAL =
  /^(?:srs[01][=+-]|bounces?[+=-]|.*[+=-]bounces?$|prvs=|btv1==|mailer-daemon$|postmaster$|.*\+caf_=)/i;

function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0
    ? address
        .slice(at + 1)
        .toLowerCase()
        .replace(/[>\]\s.]+$/, '')
    : '';
}

function rd(domain: string): string {
  return registrableDomain(domain) ?? domain;
}

function onDomains(domain: string, domains: readonly string[]): boolean {
  for (const d of domains) if (onDomain(domain, d)) return true;
  return false;
}

/**
 * `domain` is `d` or a subdomain of it: `domain.endsWith(`.${d}`)` without building that string
 * (sameOwner asks this of every configured brand's domains, several times a message).
 * Exported for tests.
 */
export function onDomain(domain: string, d: string): boolean {
  if (domain === d) return true;
  const at = domain.length - d.length - 1;
  return at >= 0 && domain.charCodeAt(at) === 46 && domain.endsWith(d);
}

/**
 * Whether two domains belong to one owner: the same registrable domain, or both among the
 * organization's, one partner's or one brand's configured domains (`microsoft.com` and
 * `outlook.com` are both Microsoft).
 */
function sameOwner(a: string, b: string, config: VigilConfig): boolean {
  const ra = rd(a);
  const rb = rd(b);
  if (ra === rb) return true;
  const org = config.organization.domains;
  if (org.length && onDomains(a, org) && onDomains(b, org)) return true;
  for (const p of config.organization.partners)
    if (onDomains(a, p.domains) && onDomains(b, p.domains)) return true;
  for (const br of config.brands)
    if (br.domains.length && onDomains(a, br.domains) && onDomains(b, br.domains)) return true;
  return false;
}

function isBounceService(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.slice(0, -1).some((l) => BOUNCE_LABEL.test(l))) return true;
  for (let i = 0; i < labels.length - 1 && i < 8; i++)
    if (BOUNCE_SERVICE_DOMAINS.has(labels.slice(i).join('.'))) return true;
  return false;
}

interface ListInfo {
  /** The message came through a mailing list (List-Id, List-Post, Mailing-List, Mailman headers). */
  isList: boolean;
  /** Registrable domains the list headers name (the list's own host), possibly none. */
  domains: Set<string>;
}

/**
 * Mailing-list facts. A list legitimately rewrites Reply-To, Sender, Return-Path and sometimes
 * From (DMARC munging); exemptions for lists are tied to the domains the list headers name, so a
 * lone forged List-Id does not excuse a Reply-To to gmail.com.
 */
function listInfo(facts: EmailFacts): ListInfo {
  const domains = new Set<string>();
  const add = (d: string | undefined) => {
    if (d) domains.add(rd(d.toLowerCase().replace(/[>.\s]+$/, '')));
  };
  const id = headerValue(facts, 'list-id');
  if (id) add((id.match(/<([^<>\s]+)>/) ?? id.match(/([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*$/i))?.[1]);
  for (const name of ['list-post', 'mailing-list', 'list-unsubscribe', 'list-subscribe', 'list-help']) {
    const v = headerValue(facts, name);
    if (v) add(v.slice(0, 2000).match(/(?:mailto:|list\s+)[^@\s<>]+@([a-z0-9.-]+)/i)?.[1]);
  }
  const bulk = /\b(list|bulk)\b/i.test(headerValue(facts, 'precedence') ?? '');
  const isList =
    Boolean(id) ||
    [
      'list-post',
      'list-subscribe',
      'list-help',
      'list-archive',
      'list-software',
      'mailing-list',
      'x-mailman-version',
      'x-beenthere',
    ].some((h) => headerValue(facts, h) !== undefined) ||
    (bulk && headerValue(facts, 'list-unsubscribe') !== undefined);
  return { isList, domains: isList ? domains : new Set() };
}

/** Whether the message came through a mailing list (List-Id, List-Post, Mailman … headers). */
export function isListMail(facts: EmailFacts): boolean {
  return listInfo(facts).isList;
}

/** List-server host names (`listserv.…`, `lists.…`, `mailman.…`). */
const LIST_HOST_LABEL = /^(?:listserv|lists?|mailman|majordomo|groups?|googlegroups)$/;

export function fromEvidence(from: Mailbox): Evidence {
  return {
    where: 'header:From',
    text: from.raw || (from.name ? `"${from.name}" <${from.address}>` : from.address),
  };
}

/** Inspect each distinct domain once per message (the url module caches per host too). */
function inspector(env: UrlEnv) {
  const cache = new Map<string, DomainInspection>();
  return (domain: string, where: string): DomainInspection => {
    const key = `${where}\u0000${domain}`;
    let r = cache.get(key);
    if (!r) {
      r = inspectDomain(domain, { env, where });
      cache.set(key, r);
    }
    return r;
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * A sharing platform's notice relayed for a person ("Ben Whitaker (via Dropbox)"
 * <no-reply@dropbox.com>, Reply-To Ben Whitaker <ben.whitaker77@gmail.com>): From is a known
 * brand's own domain and names, before "via"/"a través de"/"über"/"par"/"tramite", the person
 * the Reply-To names. Those Reply-To mailboxes are the sharer's, where the platform sends the
 * answers by design.
 */
export function relayedSharers(facts: EmailFacts, config: VigilConfig): Mailbox[] {
  const from = facts.from;
  if (!from?.domain || !from.name || !facts.replyTo.length) return [];
  // (an unquoted `Anahera Rewi (via Dropbox) <…>` keeps "(via Dropbox)" only in the raw header: a
  // parser reads it as a comment)
  const m =
    RELAYED_NAME.exec(from.name.trim()) ??
    RELAYED_NAME.exec(
      (from.raw ?? '')
        .replace(/<[^>]*>\s*$/, '')
        .replace(/^\s*"|"\s*$/g, '')
        .trim(),
    );
  if (!ownersOf(from.domain, config).some((o) => o.startsWith('brand:'))) return [];
  // … or From is the platform's own name ("Dropbox" <no-reply@dropbox.com>) and the notice says the
  // Reply-To's person shared or invited ("Hodan Abdi shared "Food shelf photos" with you")
  if (!m) return facts.replyTo.filter((r) => sharedBy(facts, r.name ?? ''));
  const person = nameLetters(m[1]!);
  // the sharer's Reply-To by name, or by a mailbox spelling that name (anahera.rewi@ for Anahera Rewi)
  return person.length >= 4
    ? facts.replyTo.filter(
        (r) =>
          nameLetters(r.name ?? '') === person ||
          nameLetters(r.address.slice(0, r.address.indexOf('@'))) === person,
      )
    : [];
}
/** Whether the subject or the notice's first lines say `name` (two words or more) shared or invited. */
function sharedBy(facts: EmailFacts, name: string): boolean {
  const n = name.trim();
  if (n.split(/\s+/).length < 2 || nameLetters(n).length < 6 || n.length > 60) return false;
  const said = `${facts.subject}\n${(facts.visibleText || facts.text).slice(0, 600)}`.toLowerCase();
  const at = said.indexOf(n.toLowerCase());
  return at >= 0 && SHARE_VERB.test(said.slice(at + n.length, at + n.length + 30));
}
const SHARE_VERB =
  /^\s+(?:has\s+)?(?:shared|invited|added you|wants to share|hat\s+\S+\s+geteilt|a partag[ée]|ha compartido|ha condiviso|heeft)/;
/** "Ben Whitaker (via Dropbox)", "Javier Ortega (a través de SharePoint Online)", "Anna über Box". */
const RELAYED_NAME =
  /^(.{2,80}?)\s+\(?(?:via|through|a trav[eé]s de|über|ueber|par l'interm[eé]diaire de|par|tramite|por meio de|por|door|przez|genom)\s+[^()]{2,40}\)?$/i;
/** A name's letters in lower case (any script), to compare two spellings of one name. */
const nameLetters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

function replyToMismatch(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  if (!from?.domain || !facts.replyTo.length) return;
  const fromDomain = rd(from.domain);
  // a mailing list sets Reply-To to the list, or (From rewritten to the list) to the poster
  const list = listInfo(facts);
  if (list.isList && (list.domains.size === 0 || list.domains.has(fromDomain))) return;
  const recipients = new Set([...facts.to, ...facts.cc].map((m) => m.address).filter(Boolean));
  // a sharing platform's notice answers to the person who shared (relayedSharers)
  const sharers = new Set(relayedSharers(facts, ctx.config).map((r) => r.address));
  // on a free mail domain every mailbox is someone else's: alex58.office@ → arandolph.private@
  // (the same provider) sends the answers to another account, as a BEC sender does
  const freemailFrom = isFreemailDomain(from.domain);
  const away = facts.replyTo
    .filter(
      (r) =>
        r.domain &&
        (!sameOwner(r.domain, from.domain, ctx.config) ||
          (freemailFrom && r.address.toLowerCase() !== from.address.toLowerCase())) &&
        !(list.isList && list.domains.has(rd(r.domain))),
    )
    // replies to the people already addressed (a list or group thread) are not redirected
    .filter((r) => !recipients.has(r.address) && !sharers.has(r.address))
    .slice(0, 5);
  if (!away.length) return;
  const first = away[0]!;
  // a shop platform's notice (Shopify's order mail to the shop's staff) answers to the merchant or
  // to the customer who ordered, by design
  // … and a website's form relays the visitor's message from its own robot mailbox, named after the
  // visitor and answering to them ("Jane Doe" <wordpress@smithplumbing.com>, Reply-To jane@gmail.com)
  // … and an invoicing service's mail for its customer ("Lindqvist Family Trust"
  // <messaging-service@post.xero.com>) answers to that customer's own mailbox: a person's, free mail
  // or not. Not a company's billing desk on free mail (`accounts.fhglogistics@gmail.com`): the shape
  // of the invoice-and-callback fraud sent through the real service. Nor a free mail provider that
  // also bills (any zoho.com mailbox is someone's own)
  const customerRelay =
    RELAY_PLATFORMS.has(fromDomain) &&
    !freemailFrom &&
    relaysCustomer(from, fromDomain) &&
    away.every((r) => !ROLE_MAILBOX.test(r.address.slice(0, r.address.lastIndexOf('@'))));
  const service =
    away.every((r) => isReplyHandlingAddress(r.address)) ||
    MERCHANT_SENDERS.has(fromDomain) ||
    customerRelay ||
    FORM_RELAY_LOCAL.test(from.address.slice(0, from.address.lastIndexOf('@')));
  // bulk mail (newsletters, notifications: an unsubscribe header or link) often answers from another
  // domain; BEC is one-to-one mail and never offers to unsubscribe
  const bulk = !service && isBulkMail(facts);
  // where the answers go decides: a personal free mail account (anyone's, in a minute) or a name
  // dressed as the sender's domain is the BEC sender's mailbox; another company's domain is as often
  // an assistant, a parent company or a sending service, so it is context
  const personal =
    freemailFrom ||
    away.some(
      (r) =>
        (isFreemailDomain(r.domain) || imitatesDomain(rd(r.domain), fromDomain) !== null) &&
        !isReplyHandlingAddress(r.address),
    );
  const own =
    !service && !bulk
      ? away.find((r) => isFreemailDomain(r.domain) && namesSender(r.address, from))
      : undefined;
  // `accounts.redfieldcapi@yahoo.com` for redfieldcapital.com: the company's name on a mailbox
  // anyone can open in a minute, which the company itself would never use beside its own domain
  const org =
    !own && !service && !bulk && !freemailFrom
      ? away.find((r) => isFreemailDomain(r.domain) && namesOrganization(r.address, fromDomain))
      : undefined;
  if (own) {
    out.push(
      REPLY_TO_PRIVATE_MAILBOX.fire(
        `Replies go to ${own.address}, ${from.name ? `${from.name.slice(0, 60)}'s` : "the sender's"} own name at a personal free mail account, not ${from.address}`,
        [{ where: 'header:Reply-To', text: own.raw || own.address }, fromEvidence(from)],
      ),
    );
  } else if (org) {
    out.push(
      REPLY_TO_PRIVATE_MAILBOX.fire(
        `Replies go to ${org.address}, the name of ${fromDomain} at a personal free mail account, not ${from.address}`,
        [{ where: 'header:Reply-To', text: org.raw || org.address }, fromEvidence(from)],
      ),
    );
  }
  const why = service
    ? MERCHANT_SENDERS.has(fromDomain)
      ? " (a shop platform's notice, answered by the merchant or the customer)"
      : customerRelay
        ? ` (${fromDomain}'s mail for its customer, answered by the customer)`
        : away.every((r) => isReplyHandlingAddress(r.address))
          ? ' (a reply-handling address of a mail service)'
          : " (a website's form relaying its visitor's message)"
    : bulk
      ? ' (in bulk mail)'
      : personal
        ? ''
        : " (another company's domain)";
  out.push(
    REPLY_TO_MISMATCH.fire(
      `Replies go to ${first.address} (${rd(first.domain)}), not ${rd(first.domain) === fromDomain ? from.address : fromDomain}${why}`,
      [{ where: 'header:Reply-To', text: first.raw || first.address }, fromEvidence(from)],
      service || bulk || !personal ? 'low' : undefined,
    ),
  );
}

/** A role mailbox's local part: a company's desk, not a person (`accounts.fhglogistics`, `northway.billingdesk`). */
const ROLE_MAILBOX =
  /account|billing|invoic|payment|finance|receivabl|payabl|support|service|helpdesk|desk|office|admin|sales|team|info|contact|enquir|inquir|factur|compta|rechnung|buchhaltung|cobran/i;

/**
 * Whether an invoicing platform's mail is sent in its customer's name: a display name that does not
 * name the platform itself ("Xero" <…@xero.com> is the platform's own notice).
 */
function relaysCustomer(from: Mailbox, fromDomain: string): boolean {
  const platform = fromDomain.slice(0, fromDomain.indexOf('.'));
  const name = nameLetters(from.name ?? '');
  return name.length >= 3 && !name.includes(platform);
}

/**
 * Whether a Reply-To's local part names the From sender: the same mailbox name (`jrogers@` at both),
 * or a name of the display name of four letters or more (`steven37@` for Steven Mills,
 * `ramirez.diane.exec@`), or an initial and the surname (`jrogers@` for Jeremy Rogers).
 */
function namesSender(replyTo: string, from: Mailbox): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const local = letters(replyTo.slice(0, replyTo.lastIndexOf('@')).slice(0, 64));
  if (local.length < 4) return false;
  const fromLocal = letters(from.address.slice(0, from.address.lastIndexOf('@')));
  if (fromLocal.length >= 4 && local === fromLocal) return true;
  const words = tokenizeName(from.name ?? '')
    .tokens.map((t) => t.letters)
    .filter((w) => /^[a-z]+$/.test(w));
  if (words.some((w) => w.length >= 4 && !ROLE_NAME_WORDS.has(w) && local.includes(w))) return true;
  const [first, last] = [words[0], words[words.length - 1]];
  return words.length >= 2 && last!.length >= 3 && local.includes(`${first![0]}${last}`);
}

/**
 * Whether a Reply-To's local part names the sender's organization: its registrable label of five
 * letters or more (`harborview.billing@` for harborview.com), or a cut-short start of it of at
 * least six letters and two thirds of its length (`finance.lakeshorehea@` for lakeshorehealth.net).
 */
export function namesOrganization(replyTo: string, fromDomain: string): boolean {
  const local = replyTo
    .slice(0, replyTo.lastIndexOf('@'))
    .slice(0, 64)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  const label = (fromDomain.split('.')[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (label.length < 5) return false;
  if (local.includes(label)) return true;
  const min = Math.max(6, Math.ceil((label.length * 2) / 3));
  for (let k = label.length - 1; k >= min; k--) if (local.includes(label.slice(0, k))) return true;
  return false;
}

/** Display-name words that name a function, not a person ("Accounts Team", "Billing Office"). */
const ROLE_NAME_WORDS: ReadonlySet<string> = new Set([
  'team',
  'office',
  'billing',
  'accounts',
  'account',
  'support',
  'service',
  'services',
  'info',
  'admin',
  'sales',
  'finance',
  'payroll',
  'help',
  'desk',
  'mail',
  'notification',
  'notifications',
  'portal',
  'link',
  'customer',
  'department',
]);

const UNSUBSCRIBE = /unsubscribe|opt-?out|email[-_ ]?preferences|manage[-_ ]?(?:your[-_ ]?)?subscription/i;

/** Why a message is subscribed to, in its footer: "You are receiving this newsletter because …". */
const SUBSCRIBED_FOOTER =
  /\b(?:to unsubscribe|unsubscribe from|you (?:are|were) receiving this (?:e-?mail|message|newsletter|alert|notice)|you (?:have )?subscribed to|update your (?:e-?mail )?preferences)\b/i;

/**
 * Bulk mail: a List-Unsubscribe header, Precedence bulk/list, an unsubscribe link in the body, or a
 * footer that says how to unsubscribe ("To unsubscribe, please click here": the link text says nothing).
 */
export function isBulkMail(facts: EmailFacts): boolean {
  if (headerValue(facts, 'list-unsubscribe') !== undefined) return true;
  if (/\b(?:bulk|list|junk)\b/i.test(headerValue(facts, 'precedence') ?? '')) return true;
  if (facts.links.slice(0, 500).some((l) => UNSUBSCRIBE.test(l.url) || UNSUBSCRIBE.test(l.text ?? '')))
    return true;
  return SUBSCRIBED_FOOTER.test(facts.visibleText.slice(-4000));
}

/** A website's robot mailboxes that relay its contact forms (WordPress, Wix, form services). */
const FORM_RELAY_LOCAL =
  /^(?:wordpress|wp-?forms?|web-?forms?|forms?|form-?submissions?|submissions?|contact-?forms?|website|webmaster|wix-?forms?|jotform|formspree)$/i;

/** Role mailboxes that newsletters and notification services send replies to. */
const SERVICE_LOCAL =
  /^(?:[a-z]*help|support|service|customer-?service|customer-?care|feedback|news(?:letter)?|info|no-?reply|do-?not-?reply|reply|replies|unsubscribe|list|bounces?)(?:[._+-].*)?$/i;

/**
 * A Reply-To a BEC lure would never use: a tokenised, per-recipient address (`reply.166646.1380…
 * -bob_example.org@en.service.example`, a mail service tracking replies) or a service mailbox
 * (`inboxhelp@`, `support@`). BEC wants a person's mailbox that a human answers from.
 */
function isReplyHandlingAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@'));
  const digits = local.replace(/\D/g, '').length;
  return SERVICE_LOCAL.test(local) || (local.length >= 24 && digits >= 12);
}

function returnPathMismatch(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  const envelope = (ctx.verifyAuth?.mailFrom ?? facts.returnPath ?? '')
    .trim()
    .toLowerCase()
    .replace(/^<|>$/g, '');
  if (!from?.domain || !envelope || envelope === '<>') return;
  const domain = domainOfAddress(envelope);
  // an unparsable envelope domain is not "another domain" (and not ours to judge here)
  if (!domain || !registrableDomain(domain) || !registrableDomain(from.domain)) return;
  if (sameOwner(domain, from.domain, ctx.config)) return;
  if (isBounceService(domain) || REWRITTEN_LOCAL.test(envelope.slice(0, envelope.lastIndexOf('@')))) return;
  // mailing lists and relays that say who sent (Sender) bounce to their own domain
  if (listInfo(facts).isList || domain.split('.').some((l) => LIST_HOST_LABEL.test(l))) return;
  const sender = facts.sender?.domain;
  if (sender && sameOwner(sender, domain, ctx.config)) return;
  out.push(
    RETURN_PATH_MISMATCH.fire(
      `Envelope sender ${envelope} is on ${rd(domain)}, unrelated to From ${rd(from.domain)}`,
      [
        { where: ctx.verifyAuth?.mailFrom ? 'smtp:MAIL FROM' : 'header:Return-Path', text: envelope },
        fromEvidence(from),
      ],
    ),
  );
}

function senderHeaderMismatch(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  const sender = facts.sender;
  if (!from?.domain || !sender?.domain) return;
  if (sameOwner(sender.domain, from.domain, ctx.config) || isBounceService(sender.domain)) return;
  // lists (old Majordomo lists set Sender: owner-list@ and no List-Id) and calendar/delegation services
  if (
    listInfo(facts).isList ||
    /^(owner-|.*-(owner|request|bounces?)$)/.test(sender.address.split('@')[0] ?? '')
  )
    return;
  if (sender.domain.split('.').some((l) => LIST_HOST_LABEL.test(l))) return;
  if (
    headerValue(facts, 'precedence')
      ?.toLowerCase()
      .match(/list|bulk/)
  )
    return;
  out.push(
    SENDER_HEADER_MISMATCH.fire(
      `Sender ${sender.address} is on ${rd(sender.domain)}, unrelated to From ${rd(from.domain)}`,
      [{ where: 'header:Sender', text: sender.raw || sender.address }, fromEvidence(from)],
    ),
  );
}

function vipSignals(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  const { vips, domains: orgDomains } = ctx.config.organization;
  if (!from?.address || !vips.length) return;
  const address = from.address;
  const domain = from.domain;
  const onOrg = domain !== '' && onDomains(domain, orgDomains);
  const freemail = isFreemailDomain(domain);
  // a list that rewrites From to itself for DMARC (`Ines Moreau via Team <team@lists.example>`)
  const list = listInfo(facts);
  const listRewrite = list.isList && domain !== '' && list.domains.has(rd(domain));
  const name = tokenizeName(from.name);
  const local = address.split('@')[0] ?? '';
  for (const vip of vips) {
    const own = [vip.email, ...(vip.aliases ?? [])].filter(Boolean).map((a) => a!.toLowerCase());
    if (own.includes(address)) continue;
    const who = `${vip.name}${vip.title ? ` (${vip.title})` : ''}`;
    const byName = from.name ? matchPersonName(name, vip.name) : null;
    if (byName && !onOrg && !listRewrite) {
      out.push(
        VIP_DISPLAY_NAME.fire(
          `Display name "${from.name}" matches ${who}${byName.how === 'exact' ? '' : ` (${byName.how})`} but the address is ${address}`,
          [fromEvidence(from)],
        ),
      );
    }
    if (freemail && (byName || localPartNamesPerson(local, vip.name))) {
      out.push(
        FREEMAIL_VIP.fire(
          `${who} is named by ${byName ? `the display name "${from.name}"` : `the address ${address}`} at the free mail provider ${rd(domain)}`,
          [fromEvidence(from)],
        ),
      );
    }
    if (out.some((s) => s.id === VIP_DISPLAY_NAME.id || s.id === FREEMAIL_VIP.id)) return;
  }
}

/**
 * System mailboxes of free mail providers that users cannot register, in the languages the
 * providers write in (`ne-pas-repondre@orange.fr`, `nao-responda@uol.com.br`, `noreply@web.de`),
 * and an ISP's own billing and news desks (`factuur@ziggo.nl`, `facture@sfr.fr`, and its business or
 * electronic bills: `facture.pro@orange.fr`, `facture-electronique@orange.fr`).
 */
const PROVIDER_SYSTEM_LOCAL =
  /^[a-z]+[._-](?:no-?reply|do-?not-?reply)$|^(?:no-?reply|do-?not-?reply|mail-noreply|account-security-noreply|member_services|ne-?pas-?repondre|nepasrepondre|no-?responder|nao-?responda|nao-?responder|non-?rispondere|nicht-?antworten|keine-?antwort|niet-?beantwoorden|nie-?odpowiadaj|factuur|facturen|facture|factures|facturation|rechnung|fatura|faturas|factura|billing|invoices?|nieuwsbrief|newsletter|klantenservice|serviceclient|kundenservice)$|^(?:facture|factures|facturation|factuur|rechnung|billing|invoices?)[._-](?:pro|entreprise|entreprises|electronique|en-?ligne|online|internet|mobile|business|zakelijk)$/;

/**
 * A brand's own system mailbox on a domain that is also its customers' mailboxes ("Rogers for
 * Business" <billing-noreply@rogers.com>, Comcast's no-reply@comcast.net): the company writing, not
 * a person's free account.
 */
export function isProviderSystemMailbox(from: Mailbox, config: VigilConfig): boolean {
  return (
    !!from.domain &&
    PROVIDER_SYSTEM_LOCAL.test(from.address.split('@')[0] ?? '') &&
    ownersOf(from.domain, config).some((o) => o.startsWith('brand:'))
  );
}

/**
 * The brand's own tenant on a business platform, named as its domain is (`zoom.zendesk.com` for
 * zoom.us: "Zoom Support" answering a ticket). A platform gives each name to one customer, and an
 * impostor's tenant carries another (`zoom-billing.zendesk.com`).
 */
function isBrandTenant(domain: string, brandDomains: readonly string[]): boolean {
  const host = domain.toLowerCase();
  if (tenantPlatformOf(host) === null) return false;
  const label = host.slice(0, host.indexOf('.'));
  return brandDomains.some((d) => d.slice(0, d.indexOf('.')) === label);
}

/**
 * Whether the brand sends from this domain. A brand's free mail domain (outlook.com, gmail.com,
 * icloud.com) is anyone's: `Microsoft Support <ms.help@outlook.com>` is not Microsoft.
 */
function brandOwnsDomain(brand: Brand, from: Mailbox): boolean {
  if (!brand.domains.length) return false;
  const owned =
    onDomains(from.domain, brand.domains) ||
    // the brand's own name under a country's TLD ("Binance TR" <…@binance.tr>) is its country site,
    // and its own TLD (`messages.bnpparibas`) its own registry. Not a regional member's shape
    // (`sparkasse-*.de`): `sparkasse-kundenschutz.de` has it too
    isCountrySiteOf(from.domain, brand.domains) ||
    isBrandTldOf(from.domain, brand.name) ||
    isBrandTenant(from.domain, brand.domains);
  // a mailbox provider's domain, or its country site ("Microsoft 365 Abrechnung" <…@outlook.de>), is
  // anyone's address: the brand speaks from it only through its system mailboxes
  return (
    owned && (!isFreemailDomain(from.domain) || PROVIDER_SYSTEM_LOCAL.test(from.address.split('@')[0] ?? ''))
  );
}

/**
 * The display name's word that is the From domain's own name ("CloudLedger" for cloudledger.co.uk),
 * in lower-case letters, or null: a company writing its own name, whatever brand is inside it.
 */
function ownNameWord(from: Mailbox): string | null {
  const label = ownLabel(from);
  if (label.length < 5) return null;
  return (from.name ?? '').split(/[^\p{L}\p{N}]+/u).some((w) => nameLetters(w) === label) ? label : null;
}

/** The From domain's own name in lower-case letters (`cloudledger` for billing.cloudledger.co.uk), or ''. */
function ownLabel(from: Mailbox): string {
  const rdomain = from.domain ? registrableDomain(from.domain) : null;
  return rdomain ? nameLetters(rdomain.slice(0, rdomain.indexOf('.'))) : '';
}

/** Whether the display name's first word is the From domain's own name (`RBC` for rbc.com). */
function firstWordIsOwnName(from: Mailbox): boolean {
  const label = ownLabel(from);
  const first = (from.name ?? '').split(/[^\p{L}\p{N}]+/u).find((w) => w.length > 0) ?? '';
  return label.length >= 3 && nameLetters(first) === label;
}

/** A government's domain: `.gov`, `.mil`, or a country's `gov.`/`gouv.`/`gob.`/`go.`/`gv.`/`govt.` zone. */
const GOVERNMENT_DOMAIN = /\.(?:gov|mil)$|\.(?:gov|gouv|gob|go|gv|govt|gub)\.[a-z]{2}$/;
/** Whether `domain` is a government's (GOVERNMENT_DOMAIN). */
export function isGovernmentDomain(domain: string): boolean {
  return GOVERNMENT_DOMAIN.test(domain.toLowerCase());
}
/**
 * Mass-notice services only government bodies send through (Granicus's GovDelivery): "Social
 * Security Administration" <ssa@public.govdelivery.com> is the agency's own newsletter.
 */
const GOVERNMENT_RELAYS: ReadonlySet<string> = new Set(['govdelivery.com', 'granicus.com']);

/**
 * The name a Microsoft 365 tenant of the organisation at `domain` carries: its registrable domain's
 * first label without hyphens (lestrade-verbeke.eu → lestradeverbeke), as tenants are named.
 */
function tenantName(domain: string): string {
  return rd(domain).split('.')[0]!.replace(/-/g, '');
}

/** From `<name>.onmicrosoft.com` where `<name>` is a recipient organisation's tenant name. */
function recipientsOwnTenant(facts: EmailFacts, fromDomain: string): boolean {
  const m = /^([a-z0-9]{4,})\.onmicrosoft\.com$/.exec(fromDomain.toLowerCase());
  if (!m) return false;
  return [...facts.to, ...facts.cc].slice(0, 50).some((r) => !!r.domain && tenantName(r.domain) === m[1]);
}

/** A link on the organisation's own SharePoint tenant (`<name>.sharepoint.com`, `<name>-my.…`). */
const OWN_TENANT_LINK = /^https:\/\/([a-z0-9]+)(?:-my)?\.sharepoint\.com\//i;
function sharesFromOwnTenant(facts: EmailFacts, target: string): boolean {
  const name = tenantName(target);
  return (
    name.length >= 4 &&
    facts.links.slice(0, 50).some((l) => OWN_TENANT_LINK.exec(l.url)?.[1]?.toLowerCase() === name)
  );
}

function brandDisplayName(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  if (!from?.name) return;
  // the organization's own mail may name the services it runs (`Microsoft 365 Admin <it@fabrikam>`);
  // a forged org From is the auth checks' business
  if (from.domain && onDomains(from.domain, ctx.config.organization.domains)) return;
  // … and so may mail between colleagues when no organization is configured: "Microsoft Outlook
  // <MicrosoftExchange329e…@contoso.com>" to staff of contoso.com is the tenant's own quota notice
  // (not on a brand's domain: a GitHub notification to a repository's noreply address relays any name)
  if (
    from.domain &&
    betweenColleagues(facts) &&
    !ownersOf(from.domain, ctx.config).some((o) => o.startsWith('brand:'))
  )
    return;
  // … and the system mailbox of the recipient organisation's own Microsoft 365 tenant ("Microsoft
  // Outlook" <MicrosoftExchange…@lestradeverbeke.onmicrosoft.com> to lestrade-verbeke.eu): the tenant's
  // name is the organisation's, which an impostor's own tenant cannot take
  if (from.domain && recipientsOwnTenant(facts, from.domain)) return;
  // `"Facebook" <>` or `Correios <avisos@correios>`: no address a brand could send from, so the
  // name is all the reader has to go on
  const sentFrom =
    from.domain && registrableDomain(from.domain)
      ? rd(from.domain)
      : `no valid address ("${from.address.slice(0, 60)}")`;
  // a government's own domain naming itself (`MyTax Illinois` <…@illinois.gov> is not Malaysia's
  // MyTax): governments do not pose as one another, and a forged government From is the auth checks'
  if (from.domain && isGovernmentDomain(from.domain)) return;
  const local = from.address.split('@')[0] ?? '';
  const matches = matchBrandNames(tokenizeName(from.name, { camelCase: true }), ctx.brands, local);
  // "CloudLedger Billing" <billing@cloudledger.co.uk>: the brand (Ledger) is a part of a name that
  // is the sender's own domain, word for word; whether that domain imitates the brand is the
  // look-alike check's question (it answers for paypalsupport.com, not for cloudledger.co.uk)
  const ownName = ownNameWord(from);
  for (const m of matches) {
    // a brand listed without domains cannot be told from an impostor: say nothing
    if (!m.brand.domains.length || brandOwnsDomain(m.brand, from)) continue;
    if (
      from.domain &&
      GOVERNMENT_RELAYS.has(rd(from.domain)) &&
      m.brand.domains.some((d) => GOVERNMENT_DOMAIN.test(d))
    )
      continue;
    // a typing edit that lands on a common word is the word ("Applied Energy" is no "Apple ID"
    // with two letters swapped); the dictionary rides with the domain model, as for misspelt-word
    // (read only then: the tables load with the domain model, which most mail never needs)
    if (TYPING_EDITS.has(m.how)) {
      const tiers = ctx.url.dgaTables?.tiers;
      if (tiers && isCommonWord(nameLetters(m.seen), tiers)) continue;
      // … and beside the sender's own name written first ("RBC Express" <…@rbc.com> is no LBC
      // Express, "INTERAC e-Transfer" <…@interac.ca> no WeTransfer): its product, not a disguise
      if (firstWordIsOwnName(from)) continue;
    }
    if (ownName && ownName.includes(nameLetters(m.seen)) && ownName !== nameLetters(m.seen)) continue;
    out.push(
      BRAND_DISPLAY_NAME.fire(
        `Display name "${from.name}" names ${m.brand.name}${m.how === 'exact' ? '' : ` (${m.how}: "${m.seen}")`} but the message is from ${sentFrom}, not ${m.brand.domains.slice(0, 3).join(', ')}${m.brand.domains.length > 3 ? ', …' : ''}`,
        [fromEvidence(from)],
      ),
    );
    const part = m.how === 'exact' && from.domain ? brandPartOf(m.brand, m.variant, from.domain) : null;
    if (part)
      out.push(
        LOOKALIKE_DOMAIN.fire(
          `From domain ${rd(from.domain)} is built on ${m.brand.name}'s name ("${part}" beside other words) and sends under that name, but it is not ${m.brand.name}'s`,
          [fromEvidence(from)],
        ),
      );
    return;
  }
}

/**
 * The brand's name as one hyphen-separated part of a From domain that is not the brand's, or null:
 * `chase-bizalerts.com` under "Chase for Business", `kbc-businessdashboard.com` under "KBC Business",
 * `exact-licentiebeheer.nl` under "Exact Online". A domain registered on the brand's name, mailing
 * in the brand's name: the look-alike check's combosquat, which on its own asks for a lure word
 * beside a short or common brand token (a company called Exact or KBC exists); here the display
 * name says which brand the domain is built to pass for. A brand of regional members
 * (`sparkasse-*.de`: each savings bank its own domain) is left to the look-alike check.
 */
function brandPartOf(brand: Brand, variant: string, domain: string): string | null {
  const label = parseHost(domain.toLowerCase()).domainWithoutSuffix ?? '';
  if (!label.includes('-')) return null;
  if (brand.members?.length) return null;
  const tokens = new Set<string>();
  for (const w of variant.toLowerCase().split(/[^a-z0-9]+/)) if (w.length >= 3) tokens.add(w);
  tokens.add(nameLetters(variant));
  for (const d of brand.domains) tokens.add(d.slice(0, d.indexOf('.')));
  const parts = label.split('-').filter(Boolean);
  return parts.length >= 2 ? (parts.find((p) => p.length >= 3 && tokens.has(p)) ?? null) : null;
}

/** One dictionary word of the commonest tiers (SCOWL size 35 or below). */
function isCommonWord(letters: string, tiers: WordTiers): boolean {
  const seg = segmentWords(letters, tiers);
  return seg.uncovered === 0 && seg.words === 1 && seg.tiers[0]! <= 2;
}

/**
 * The registrable domains of the first 50 To and Cc addresses, free mail left out: the
 * organisations a message is addressed to.
 */
export function recipientDomains(facts: Pick<EmailFacts, 'to' | 'cc'>): string[] {
  return [...facts.to, ...facts.cc]
    .slice(0, 50)
    .filter((m) => m.domain && !isFreemailDomain(m.domain))
    .map((m) => registrableDomain(m.domain) ?? m.domain.toLowerCase());
}

/**
 * Mail inside one organisation: From is on a domain that is not free mail, and another address on
 * its registrable domain is among To and Cc. Not From's own address: bulk mail is sent "To:
 * Recipients <its own address>" with the rest in Bcc.
 */
export function betweenColleagues(facts: EmailFacts): boolean {
  const from = facts.from;
  if (!from?.domain || isFreemailDomain(from.domain)) return false;
  const own = rd(from.domain);
  const self = from.address.toLowerCase();
  return [...facts.to, ...facts.cc]
    .slice(0, 50)
    .some((m) => !!m.domain && rd(m.domain) === own && m.address.toLowerCase() !== self);
}

/** `security@paypal.com <x@evil.example>`, `"paypal.com" <x@evil.example>`. */
const NAME_ADDRESS = /[a-z0-9._%+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,24})/i;
const NAME_DOMAIN = /(?<![a-z0-9@.-])((?:[a-z0-9-]+\.)+(?:[a-z]{2,24}))(?![a-z0-9-]|\.[a-z0-9])/gi;

/** Generic TLDs that readers recognise as a web address in a display name. */
const DISPLAY_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'gov',
  'edu',
  'mil',
  'int',
  'io',
  'app',
  'dev',
  'online',
  'site',
  'shop',
  'store',
  'xyz',
  'top',
  'live',
  'support',
  'services',
  'help',
  'email',
  'cloud',
  'club',
  'pro',
]);

/** A company's legal form, as it closes its name (Ltd, LLC, Inc., GmbH, B.V., SARL, Pty, PLC, AB, Oy …). */
const LEGAL_FORMS = String.raw`ltd|limited|llc|l\.l\.c\.?|inc|incorporated|corp|gmbh|ag|b\.?v|n\.?v|sarl|sas|s\.?a|s\.?l|srl|s\.?r\.?l|pty|plc|ab|oy|as|aps|sp\.? z o\.?o|kft|a\.?s`;

/** A profession after a name and a comma, as French and English sign ("Dre Hélène Marchand, psychologue"). */
const PROFESSIONS = String.raw`psychologue|psychologist|avocate?|attorney|lawyer|notaire|notary|comptable|accountant|architecte?|ing\.?|ing\u00e9nieure?|engineer|m\u00e9decin|physician|pharmacienne?|pharmacist|infirmi\u00e8re|infirmier|nurse|traductrice|traducteur|translator|travailleuse sociale|travailleur social|social worker`;

/**
 * Letters after a name and a comma: a qualification or a generation, not a second name, or a
 * company's legal form (`Microsoft on behalf of Halloran & Vega, LLC <…@microsoftonline.com>`: the
 * company name's own comma, unquoted).
 */
const CREDENTIAL_SUFFIX = new RegExp(
  String.raw`^(?:cpa|ca|acca|md|phd|dds|dmd|dvm|esq|rn|np|pa|cfa|cfp|jd|mba|pe|llb|llm|jr|sr|ii|iii|iv|llp|lp|pllc|pc|p\.c|co|spa|pty ltd|${LEGAL_FORMS}|${PROFESSIONS})\.?$`,
  'iu',
);

/**
 * A From header whose first entry is a name with no address: clients show that name, replies go to
 * the address after it. An unquoted `Moreau, Ines <ines@…>` (one word, then the sender's own name)
 * is an old mailer's way of writing a person's name, not a decoy.
 */
function fromNameDecoy(facts: EmailFacts, _ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  const decoys = from?.decoyNames;
  if (!from || !decoys?.length) return;
  const ownName = from.name.slice(decoys.join(' ').length).trim();
  const lastFirst =
    decoys.length === 1 && /^[\p{L}'-]+$/u.test(decoys[0]!.trim()) && /[\p{L}]/u.test(ownName);
  if (lastFirst) return;
  // `Cathy Nguyen, CPA <cathy@…>`: a name and its credentials, split at the comma
  if (CREDENTIAL_SUFFIX.test(ownName)) return;
  out.push(
    FROM_NAME_DECOY.fire(
      `From shows "${decoys.join(', ').slice(0, 80)}" but the sender's address is ${from.address}`,
      [fromEvidence(from)],
    ),
  );
}

const PEC_ENVELOPE = /^\s*per conto di\s*:/i;

function displayNameAddressSpoof(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  if (!from?.name || !from.domain) return;
  const shownName = from.name.slice(0, 256);
  // mailing lists rewrite `bob@example.org` to `bob@example.org via List <list@…>`
  if (listInfo(facts).isList && /\bvia\b/i.test(shownName)) return;
  // Italian certified mail (PEC): the provider's envelope is From `"Per conto di: mario@pec.example"
  // <posta-certificata@pec.provider>` by regulation (DPR 68/2005), the sender's address shown for it
  if (PEC_ENVELOPE.test(shownName) && /^posta-certificata$/i.test(from.address.split('@')[0] ?? '')) return;
  const addr = shownName.match(NAME_ADDRESS);
  if (addr?.[1]) {
    const shown = addr[1].toLowerCase();
    if (registrableDomain(shown) && !sameOwner(shown, from.domain, ctx.config)) {
      out.push(
        DISPLAY_NAME_ADDRESS_SPOOF.fire(
          `Display name shows the address ${addr[0]} but the message is from ${from.address}`,
          [fromEvidence(from)],
        ),
      );
    }
    return;
  }
  NAME_DOMAIN.lastIndex = 0;
  for (let m = NAME_DOMAIN.exec(shownName), n = 0; m && n < 5; m = NAME_DOMAIN.exec(shownName), n++) {
    const shown = m[1]!.toLowerCase();
    // only names under a real public suffix (not `St.Louis`, `v1.2`, `report.pdf`)
    const p = parseHost(shown, { allowPrivateDomains: true });
    if (!p.domain || !p.domainWithoutSuffix || p.domainWithoutSuffix.length < 2) continue;
    const tld = shown.slice(shown.lastIndexOf('.') + 1);
    // country codes and the common generic TLDs; brand TLDs (`R.Hughes`: .hughes) read as names
    if (!(p.isIcann && (tld.length === 2 || DISPLAY_TLDS.has(tld)))) continue;
    if (sameOwner(shown, from.domain, ctx.config)) continue;
    out.push(
      DISPLAY_NAME_ADDRESS_SPOOF.fire(
        `Display name shows the domain ${shown} but the message is from ${from.address}`,
        [fromEvidence(from)],
        'low',
      ),
    );
    return;
  }
}

function domainSignals(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const inspect = inspector(ctx.url);
  const from = facts.from;
  const places: { box: Mailbox; where: string }[] = [];
  if (from?.domain) places.push({ box: from, where: 'header:From' });
  for (const r of facts.replyTo.slice(0, 5)) if (r.domain) places.push({ box: r, where: 'header:Reply-To' });
  const reported = new Set<string>();
  for (const { box, where } of places) {
    const key = rd(box.domain);
    if (reported.has(key)) continue;
    // the brand check already named the From domain a combosquat of the brand it sends as
    if (where === 'header:From' && out.some((s) => s.id === LOOKALIKE_DOMAIN.id)) {
      reported.add(key);
      continue;
    }
    // a free mail provider is somebody's real, long-standing domain, not a crafted look-alike
    if (isFreemailDomain(box.domain)) continue;
    const r = inspect(box.domain, where);
    const l = r.lookalike;
    if (!l) continue;
    reported.add(key);
    const owner =
      l.ownerKind === 'organization'
        ? `the organization's domain`
        : l.ownerKind === 'partner'
          ? `partner ${l.owner}'s domain`
          : `${l.owner}'s domain`;
    // one typing edit from a brand's domain, in mail that never names the brand: a company's own
    // name that happens to look like it (Il Post's ilpost.it, inpost.pl one bit away), shown as context
    const unnamed =
      l.ownerKind === 'brand' && l.technique === 'typosquat' && !namesBrand(facts, l.owner, ctx.config);
    out.push(
      LOOKALIKE_DOMAIN.fire(
        `${where === 'header:From' ? 'From' : 'Reply-To'} domain ${r.domain} imitates ${owner} ${l.protectedDomain} (${l.technique}: ${l.detail})${unnamed ? `; the message never names ${l.owner}` : ''}`,
        [{ where, text: box.raw || box.address }],
        // same name under another TLD is often the owner's own unlisted domain (as domain.lookalike.tld_swap)
        unnamed ? 'low' : l.technique === 'tld_swap' ? 'medium' : undefined,
      ),
    );
  }
  // replies diverted to a cousin of the sender's own domain (`dekroon-labs.nl` for dekroon-lab.nl,
  // the thread hijacker's reply path from a real mailbox): one edit or look-alike letters under the
  // same suffix, which no company registers beside its own (another suffix may be its own: weak)
  if (from?.domain && !reported.size && !isFreemailDomain(from.domain)) {
    const fromRd = rd(from.domain);
    for (const r of facts.replyTo.slice(0, 5)) {
      if (!r.domain || isFreemailDomain(r.domain)) continue;
      const cousin = imitatesDomain(rd(r.domain), fromRd);
      if (cousin?.strength !== 'strong') continue;
      out.push(
        LOOKALIKE_DOMAIN.fire(
          `Reply-To domain ${rd(r.domain)} imitates the sender's own domain ${fromRd} (${cousin.what})`,
          [
            { where: 'header:Reply-To', text: r.raw || r.address },
            { where: 'header:From', text: from.raw || from.address },
          ],
        ),
      );
      break;
    }
  }
  // a sender's domain whose name mixes Latin with Cyrillic, Greek or Armenian letters
  // (`titreslіsle.ca`): a homograph by construction, whatever it imitates
  for (const { box, where } of places) {
    if (!box.domain.includes('xn--') && /^[\x00-\x7f]*$/.test(box.domain)) continue;
    const info = parseDomain(box.domain);
    const label = info?.hostUnicode.split('.').find((l) => isMixedScript(l));
    if (!label) continue;
    out.push(
      MIXED_SCRIPT_DOMAIN.fire(
        `${where === 'header:From' ? 'From' : 'Reply-To'} domain ${box.domain} (${info!.hostUnicode}) writes "${label}" in Latin mixed with letters of another script`,
        [{ where, text: box.raw || box.address }],
      ),
    );
    break;
  }
  if (from?.domain && !isFreemailDomain(from.domain) && !reported.has(rd(from.domain))) {
    const r = inspect(from.domain, 'header:From');
    // the url module decides with the domain model's calibrated alert threshold (domain.dga)
    if (r.dgaScore !== null && r.signals.some((s) => s.id === 'domain.dga')) {
      out.push(
        GENERATED_DOMAIN.fire(
          `From domain ${r.registrableDomain ?? r.domain} looks machine-generated (score ${r.dgaScore.toFixed(2)})`,
          [fromEvidence(from)],
        ),
      );
    }
  }
}

/**
 * BEC from a cousin domain: `ha1cyonenergy.com` writing to `@halcyonenergy.com`. Needs no
 * configuration: the message names the domain it imitates in its own To/Cc. Free mail senders are
 * real, long-standing domains, not crafted cousins.
 */
/**
 * Country-code suffixes used as generic names the world over (`.co`, `.io`, `.me`), and `.eu`: open
 * to anyone, so a name under one of them says nothing of a country.
 */
const VANITY_CCTLDS: ReadonlySet<string> = new Set([
  'ac',
  'ag',
  'ai',
  'am',
  'bz',
  'cc',
  'cd',
  'cf',
  'co',
  'eu',
  'fm',
  'ga',
  'gg',
  'gq',
  'io',
  'la',
  'ly',
  'me',
  'ml',
  'ms',
  'nu',
  'sh',
  'so',
  'st',
  'su',
  'tk',
  'to',
  'tv',
  'vc',
  'ws',
]);

/** The country of a registrable domain's suffix (`uk` for havbris.co.uk), or null for a generic one. */
function countryOf(domain: string): string | null {
  const suffix = parseHost(domain).publicSuffix ?? '';
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  return tld.length === 2 && !VANITY_CCTLDS.has(tld) ? tld : null;
}

/** The same name under the suffixes of two different countries (havbris.co.uk and havbris.no). */
function countrySitesOfOneName(a: string, b: string): boolean {
  const ca = countryOf(a);
  const cb = countryOf(b);
  return !!ca && !!cb && ca !== cb && parseHost(a).domainWithoutSuffix === parseHost(b).domainWithoutSuffix;
}

function recipientLookalike(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const targets = new Set<string>();
  for (const m of [...facts.to, ...facts.cc].slice(0, 50)) if (m.domain) targets.add(rd(m.domain));
  if (!targets.size) return;
  let quoted: Set<string> | null = null;
  const inThread = () =>
    (quoted ??= new Set(quotedDomains(facts.text.slice(0, 60_000)).map((q) => q.domain)));
  const places: { box: Mailbox; where: string }[] = [];
  if (facts.from?.domain) places.push({ box: facts.from, where: 'header:From' });
  for (const r of facts.replyTo.slice(0, 5)) if (r.domain) places.push({ box: r, where: 'header:Reply-To' });
  for (const { box, where } of places) {
    if (isFreemailDomain(box.domain)) continue;
    const candidate = rd(box.domain);
    const host = box.domain.toLowerCase();
    for (const target of [...targets].slice(0, 20)) {
      // `dana@contoso.com.mail-secure.co` to contoso.com: the reader's whole domain spelt in front of
      // another one, which nobody does by chance
      const spelt = spellsDomainInFront(host, candidate, target)
        ? { what: `spells ${target} in front of ${candidate}`, strength: 'strong' as const }
        : null;
      const hit = spelt ?? imitatesDomain(candidate, target);
      // the organization's, a partner's or a brand's own domains (fabrikam.com and fabrikam.co.uk)
      if (!hit || sameOwner(candidate, target, ctx.config)) continue;
      // a weak cousin (another suffix, an added word) that is itself among the recipients, or that
      // wrote earlier in the quoted thread, is one company's two domains in one conversation
      // (enron.com and enron.net, hartwellgroup.co.uk and hartwell-group.com), not an impostor: a
      // hijacker's cousin domain is new to the thread it answers
      if (hit.strength === 'weak' && (targets.has(candidate) || inThread().has(candidate))) continue;
      // … or the same name under two countries' own suffixes (havbris.co.uk writing to havbris.no,
      // sorvegna.it to sorvegna.ch): a company's branches abroad; most country registries want a
      // local presence, and an impostor's cousin takes .com, .co or the same country's other zone
      if (hit.strength === 'weak' && countrySitesOfOneName(candidate, target)) continue;
      // … or that shares a file from the recipient organisation's own Microsoft 365 tenant
      // (douromar.com.br sharing from douromar.sharepoint.com to douromar.pt): only its members can
      if (hit.strength === 'weak' && sharesFromOwnTenant(facts, target)) continue;
      out.push(
        RECIPIENT_LOOKALIKE.fire(
          `${where === 'header:From' ? 'From' : 'Reply-To'} domain ${candidate} imitates the recipient's domain ${target} (${hit.what})`,
          [
            { where, text: box.raw || box.address },
            { where: 'header:To', text: target },
          ],
          hit.strength === 'weak' ? 'medium' : 'high',
        ),
      );
      return;
    }
  }
}

/** Display names of a company's own IT and mailbox administration (not a vendor's "Support"). */
const IT_ROLE_NAME =
  /\b(?:it\s+(?:service\s*desk|help\s*desk|helpdesk|support|department|dept|team|security|admin(?:istrator)?|services)|(?:service|help)\s*desk|systems?\s+admin(?:istrator)?|(?:e-?mail|mail(?:box)?|webmail|exchange|office\s*365|microsoft\s*365|m365)\s+(?:admin(?:istrator)?s?|support|team|helpdesk|help\s*desk|service\s*desk))\b/i;

/** A legal form closing a name: Ltd, LLC, Inc., GmbH, B.V., SARL, Pty Ltd, PLC, S.A., AB, Oy. */
const LEGAL_ENTITY = new RegExp(String.raw`\b(?:${LEGAL_FORMS})\.?\s*$`, 'i');

/** Whether `domain` is under a country's suffix (`yodokoeki.co.jp`, `example.de`), not a generic one. */
function isCountrySuffixed(domain: string): boolean {
  const suffix = parseHost(domain.toLowerCase()).publicSuffix ?? '';
  return /(?:^|\.)[a-z]{2}$/.test(suffix);
}

function externalItRole(facts: EmailFacts, ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  const name = from?.name ?? '';
  if (!from?.domain || !name || !IT_ROLE_NAME.test(name)) return;
  // a company's registered name ("Redbrick IT Services Ltd" invoicing through Xero) is a vendor's,
  // not the reader's IT department
  if (LEGAL_ENTITY.test(name)) return;
  if (listInfo(facts).isList) return;
  // a bounce: the remote server's postmaster ("Mail Administrator <postmaster@…>") reports on our mail
  if (/^(?:postmaster|mailer-daemon|mail-daemon|mailerdaemon)$/i.test(from.address.split('@')[0] ?? ''))
    return;
  const sender = rd(from.domain);
  // to a company's staff (a consumer's mailbox has no IT department), none of them on the sender's
  // domain or a domain the configuration says is the same owner
  const company = recipientDomains(facts);
  if (!company.length) return;
  // a name word found in the sender's domain is the vendor's own help desk writing to its customers
  // ("Acme IT Support" from acme-msp.com), unless the word is the recipient company's own name
  // ("Contoso IT Service Desk" from contoso-helpdesk.example)
  const label = (d: string) =>
    (parseHost(d).domainWithoutSuffix ?? d).toLowerCase().replace(/[^a-z0-9]/g, '');
  const own = label(sender);
  const theirs = company.map(label);
  const words = name
    .toLowerCase()
    .replace(IT_ROLE_NAME, ' ')
    .split(/[^a-z0-9]+/);
  const vendorWord = (site: string) =>
    words.some((w) => w.length >= 3 && site.includes(w) && !theirs.some((t) => t.includes(w)));
  if (vendorWord(own)) return;
  // … and so is a help-desk platform's tenant of that name whose replies go to the vendor's own
  // domain of that name ("Kestrel IT Support" <support@kestrelit.freshdesk.com>, Reply-To
  // support@kestrelit.co.uk): a tenant alone anyone can open under any name ("UBF IT Service Desk"
  // <…@ubf-support.freshservice.com> to ubuntubridges.org stays)
  const tenant = tenantPlatformOf(from.domain)
    ? from.domain
        .toLowerCase()
        .split('.')[0]!
        .replace(/[^a-z0-9]/g, '')
    : '';
  if (tenant && vendorWord(tenant) && facts.replyTo.some((r) => r.domain && vendorWord(label(rd(r.domain)))))
    return;
  if (company.some((d) => d === sender || sameOwner(d, sender, ctx.config))) return;
  // a security-awareness platform assigning training in the IT department's name ("Palo Verde County
  // IT Security" <training@knowbe4.com>): it writes on the organisation's behalf, and its phishing
  // simulations come from other domains
  if (TRAINING_PLATFORMS.has(sender)) return;
  // … and the same company's office in another country (IT Helpdesk at yodokoeki.co.jp to the Bangkok
  // staff at yodokoeki.co.th): one name under two country suffixes
  if (
    own.length >= 4 &&
    company.some((d) => label(d) === own && isCountrySuffixed(d) && isCountrySuffixed(sender))
  )
    return;
  // the company's own tenant on a help-desk platform (ubuntubridges.freshservice.com for
  // ubuntubridges.org): its IT department's ticketing system writing to staff
  if (company.some((d) => isOrgTenant(from.domain, d))) return;
  // … and ServiceNow's own outbound address, `<instance>@service-now.com`, for the company's instance
  // (`halifax@service-now.com` to halifax.ca) whose replies go back to the company's own desk
  const local = (from.address.split('@')[0] ?? '').toLowerCase();
  if (
    sender === 'service-now.com' &&
    theirs.includes(local) &&
    facts.replyTo.some((r) => !!r.domain && company.includes(rd(r.domain)))
  )
    return;
  out.push(
    EXTERNAL_IT_ROLE.fire(
      `From is named "${name.slice(0, 60)}", the reader's IT or mail administrators, but comes from ${sender}, not ${company[0]}`,
      [
        { where: 'header:From', text: from.raw || from.address },
        { where: 'header:To', text: company[0]! },
      ],
    ),
  );
}

/**
 * Titles and company functions BEC senders sign with (EN, PT, ES, FR, DE, NL). Matched on whole
 * words of the display name, the address's local part (`w.riley.ceo@`) and the signature (the last
 * lines of the visible text).
 */
const ROLE_CLAIM = new RegExp(
  [
    String.raw`\b(?:ceo|cfo|coo|cto|chief\s+\w+\s+officer|president|vice\s+president|chairman|managing\s+director|executive\s+director)\b`,
    String.raw`\b(?:finance|financial|payroll|treasury|procurement|billing|accounting|hr|it)\s+(?:director|manager|department|team|dept|controller|officer|support|desk|administrator|services|office)\b`,
    String.raw`\b(?:director|head)\s+of\s+(?:finance|accounting|payroll|procurement|treasury|hr|it|human\s+resources)\b`,
    String.raw`\b(?:accounts\s+(?:payable|receivable)|financial\s+controller|controller|treasurer|human\s+resources|help\s*desk|service\s+desk)\b`,
    // a bank's or a lender's client-facing title ("Relationship Manager, SME Banking", "Jeremy Ong |
    // DBS Business Banking", "Account Manager, Financial Services EMEA"): no bank staff writes from
    // free mail
    String.raw`\b(?:relationship\s+manager|(?:business|corporate|commercial|sme|private|premier|wealth|merchant)\s+(?:banking|services\s+team)|financial\s+services)\b`,
    // … and the bank's fraud or disputes desk, its business adviser, an auditor ("Business Fraud
    // Operations", "Merchant Disputes", "Chargée d'affaires Professionnels", "Gestor de Empresas")
    String.raw`\b(?:fraud\s+(?:operations|prevention|team|department|desk|unit|investigations?)|(?:merchant|card|payment)\s+disputes|disputes\s+(?:team|department|desk|unit)|(?:senior|external|tax|lead)\s+auditor|charg[e\u00e9]e?\s+d['\u2019]affaires|conseill(?:er|\u00e8re|ere)\s+(?:client[e\u00e8]le|entreprises|professionnels|bancaire)|gestor(?:a)?\s+de\s+(?:empresas|clientes|cuentas?|conta)|firmenkundenberater(?:in)?|relatiebeheerder)\b`,
    // the same functions in the other languages Vigil reads ("Recursos Humanos - NorthStar Logística")
    String.raw`\b(?:recursos\s+humanos|ressources\s+humaines|risorse\s+umane|personalabteilung|lohnbuchhaltung|buchhaltung|dzia[\u0142l]\s+(?:kadr|finans[o\u00f3]w|ksi[e\u0119]gowo[s\u015b]ci|p[l\u0142]ac)|departamento\s+(?:de\s+)?(?:finanzas|contabilidad|n[o\u00f3]mina|financeiro|pessoal|recursos\s+humanos)|service\s+(?:comptabilit[e\u00e9]|paie|financier|des\s+ressources\s+humaines)|ufficio\s+(?:amministrazione|contabilit[a\u00e0]|personale|paghe)|tesorer[i\u00ed]a|tesouraria|tr[e\u00e9]sorerie)(?![a-z\u00c0-\u024f])`,
    String.raw`\b(?:diretor(?:a)?\s+financeir[oa]|director(?:a)?\s+financier[oa]|directeur\s+financier|directrice\s+financi[e\u00e8]re|gesch[a\u00e4]ftsf[u\u00fc]hrer(?:in)?|finanzleiter(?:in)?|financieel\s+directeur)\b`,
  ].join('|'),
  'i',
);
/**
 * A government office, court or police force: no such body writes from a free mail account, and its
 * name there is the authority scam's ("Robert Hayes - Investigations Unit", "Board of Nursing").
 * Read in the display name and in a short signature line, not in prose ("I called the police
 * department").
 */
const AUTHORITY_CLAIM = new RegExp(
  [
    String.raw`\b(?:special\s+agent|investigations?\s+(?:unit|division|department|bureau|office)|police\s+(?:department|dept|force|service)|sheriff'?s?\s+office|department\s+of\s+(?:justice|homeland\s+security|the\s+treasury|revenue|labou?r|health|motor\s+vehicles)|board\s+of\s+(?:nursing|medicine|pharmacy|medical\s+examiners|dentistry)|internal\s+revenue\s+service|social\s+security\s+administration|federal\s+bureau\s+of\s+investigation|drug\s+enforcement\s+administration|diversion\s+(?:task\s+force|unit)|customs\s+and\s+border\s+protection|(?:district|county|superior|federal|supreme|magistrates?'?)\s+court|clerk\s+of\s+(?:the\s+)?court|u\.?s\.?\s+marshals?|(?:court|tax|revenue|customs)\s+(?:office|officer|inspector|enforcement)|(?:enforcement|compliance|licensing)\s+(?:division|unit|bureau|section)|department\s+of\s+licensing|licensing\s+and\s+regulation|regulatory\s+(?:authority|agency|commission)|investigator|county\s+clerk|clerk'?s\s+office|recorder'?s\s+office|recorder\s+of\s+deeds|recordings\s+division|verification\s+officer|(?:revenue|tax|taxation|customs|border|immigration)\s+(?:agency|authority|administration|directorate|office)|inland\s+revenue|revenue\s+(?:and|&)\s+customs|revenue\s+commissioners|charities\s+directorate|excise\s+(?:(?:&|and)\s+customs|duty|guarantees?|office|officer|caseworker)|caseworker)\b`,
    String.raw`\b(?:polic[i\u00ed]a\s+(?:nacional|federal|judicial|municipal)|guardia\s+(?:civil|di\s+finanza)|carabinieri|polizia\s+(?:di\s+stato|postale)|procura\s+della\s+repubblica|agenzia\s+delle\s+entrate|gendarmerie|police\s+nationale|brigade\s+(?:financi[e\u00e8]re|criminelle)|tribunal\s+(?:judiciaire|de\s+grande\s+instance|superior|federal)|polizeipr[a\u00e4]sidium|bundeskriminalamt|landeskriminalamt|staatsanwaltschaft|finanzamt|komenda\s+(?:g[l\u0142][o\u00f3]wna|wojew[o\u00f3]dzka|miejska)\s+policji|prokuratura\s+(?:krajowa|okr[e\u0119]gowa|rejonowa)|urz[a\u0105]d\s+skarbowy|pol[i\u00ed]cia\s+federal|receita\s+federal|minist[e\u00e9]rio\s+p[u\u00fa]blico|agencia\s+tributaria|fiscal[i\u00ed]a\s+general)(?![a-z\u00c0-\u024f])`,
    // embassies and consulates, whose name on free mail fronts the consular callback scam ("Chinese
    // Embassy consular section", "中国驻奥地利大使馆领事部")
    String.raw`\b(?:embassy\s+of|consulate(?:\s+general)?\s+of|consular\s+(?:section|office|department|affairs|division)|high\s+commission\s+of|botschaft\s+(?:der|des|von)|generalkonsulat|ambassade\s+d[eu']|consulat\s+(?:g[e\u00e9]n[e\u00e9]ral\s+)?d[eu']|embajada\s+de|consulado\s+(?:general\s+)?de|ambasciata\s+d|consolato\s+(?:generale\s+)?d|embaixada\s+d)`,
    String.raw`(?:\u5927\u4f7f\u9986|\u5927\u4f7f\u9928|\u9886\u4e8b\u9986|\u9818\u4e8b\u9928|\u9886\u4e8b\u90e8|\u516c\u5b89\u5c40|\u8b66\u5bdf\u5c40|\u68c0\u5bdf\u9662)`,
    // Korean: an embassy, a consulate, a prosecutors' office, the police ("주LA대한민국총영사관")
    String.raw`(?:\ub300\uc0ac\uad00|\uc601\uc0ac\uad00|\uac80\ucc30\uccad|\uacbd\ucc30\uccad|\uacbd\ucc30\uc11c|\uae08\uc735\uac10\ub3c5\uc6d0)`,
  ].join('|'),
  'i',
);

// a business function in a free mail mailbox's name: ceo.office@, j.smith.exec@, billing-dept@
const ROLE_LOCAL =
  /(?:^|[._-])(?:ceo|cfo|coo|president|director|payroll|accounts|finance|treasury|office|exec|executive|accounting|billing|invoices?|management)(?:$|[._-])/i;
const SIGNATURE_LINES = 10;
/** A letter's opening line: "Dear Consular Officer,", "To the Finance Director", "Attn: Accounts Payable". */
const SALUTATION = /^\s*(?:dear|to|hi|hello|attn|attention|for the attention of)\b/i;

// an executive's title in a copied address's mailbox name: `t.greer.ceo@proton.me`
const EXEC_LOCAL = /(?:^|[._-])(?:ceo|cfo|coo|president|chairman|chairwoman)(?:$|[._-])/i;

function freemailRoleClaim(facts: EmailFacts, _ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  if (!from?.domain) return;
  // a mailing-list post from a free mail address with a work signature is a list post, not a request
  if (listInfo(facts).isList) return;
  if (!isFreemailDomain(from.domain)) {
    // "Thomas is travelling but is copied here and has approved this step": the executive copied in
    // to lend the request authority, at a free mail address nobody's company gives its CEO
    const copied = facts.cc.find(
      (m) => m.domain && isFreemailDomain(m.domain) && EXEC_LOCAL.test(m.address.split('@')[0] ?? ''),
    );
    if (copied)
      out.push(
        FREEMAIL_ROLE_CLAIM.fire(
          `Copies an executive at a ${rd(copied.domain!)} free mail address: ${copied.address}`,
          [{ where: 'header:Cc', text: copied.raw || copied.address }],
        ),
      );
    return;
  }
  const local = from.address.split('@')[0] ?? '';
  // a mail provider that is also a telecom sends its own bills from its own domain's system mailbox
  // ("Rogers for Business" <billing-noreply@rogers.com>): the company, not a person's free account
  if (isProviderSystemMailbox(from, _ctx.config)) return;
  const signature = facts.visibleText
    .slice(-4000)
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-SIGNATURE_LINES)
    .join('\n');
  // (a salutation is whom the letter is to: "Dear Consular Officer," in a quoted invitation letter)
  const titleLine = signature
    .split('\n')
    .find((l) => l.split(/\s+/).length <= 8 && !SALUTATION.test(l) && AUTHORITY_CLAIM.test(l));
  // a title is a short line of its own ("Chief Financial Officer"), not a sentence that names one
  // ("Nimeona kwa LinkedIn umepandishwa cheo - Senior Finance Officer! Hongera sana kaka")
  const roleLine = signature
    .split('\n')
    .find((l) => l.split(/\s+/).length <= 10 && !SALUTATION.test(l) && ROLE_CLAIM.test(l));
  const where =
    ROLE_CLAIM.test(from.name ?? '') || AUTHORITY_CLAIM.test(from.name ?? '')
      ? { where: 'header:From', text: from.raw || from.name }
      : ROLE_LOCAL.test(local)
        ? { where: 'header:From', text: from.address }
        : roleLine
          ? { where: 'body:signature', text: roleLine.match(ROLE_CLAIM)![0] }
          : titleLine
            ? { where: 'body:signature', text: titleLine.match(AUTHORITY_CLAIM)![0] }
            : null;
  if (!where) return;
  out.push(
    FREEMAIL_ROLE_CLAIM.fire(`A ${rd(from.domain)} free mail address signs as "${where.text.slice(0, 80)}"`, [
      where,
      fromEvidence(from),
    ]),
  );
}

/** Letters, digits, hyphens and dots: what a domain name holds (IDN labels in Unicode letters). */
const DOMAIN_CHARS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*$/u;

/**
 * A From no one could have sent from or be answered at: `Correios <aviso@correios>`,
 * `taxas@%atendimento.com`, `"DeBank" <>`. Every sending system puts a real domain there (DMARC is
 * keyed on it); a bare name hides who sends and keeps the reader on the display name. A dotted name
 * under a suffix the public list does not know (`corp.local`, `fabrikam.example`) may be an
 * organisation's internal or test domain, and is left alone.
 */
/** A host name as a machine writes it: letters, digits and hyphens, `localhost(.localdomain)`. */
const LOCAL_HOST = /^(?:localhost(?:\.localdomain)?|[a-z0-9][a-z0-9-]{0,62})$/i;
/** Mailboxes of system software on a server. */
const SYSTEM_LOCAL =
  /^(?:root|cron|daemon|nobody|www-data|apache|nginx|postmaster|mailer-daemon|logwatch|nagios|icinga|zabbix|monit|munin|backup|smartd|mdadm|fail2ban|sysadmin|operator|bin|mail|news|uucp|git|jenkins|gitlab)$/i;
function invalidFromDomain(facts: EmailFacts, _ctx: EmailContext, out: Signal[]): void {
  const from = facts.from;
  if (!from || (!from.address && !from.name)) return;
  const domain = from.domain.replace(/\.$/, '');
  const why = !from.address
    ? 'no address at all'
    : !domain
      ? 'no domain'
      : !DOMAIN_CHARS.test(domain)
        ? `characters no domain holds ("${domain.slice(0, 60)}")`
        : !domain.includes('.')
          ? `"${domain.slice(0, 60)}" is a bare name under no top-level domain`
          : null;
  if (!why) return;
  // a machine's own mail (cron, monitoring, `root@localhost`, `nagios@web01`) names its host, not
  // a domain: the system mail of every server an administrator reads
  if (
    domain &&
    LOCAL_HOST.test(domain) &&
    (SYSTEM_LOCAL.test(from.address.split('@')[0] ?? '') || /^localhost/i.test(domain))
  )
    return;
  out.push(
    INVALID_FROM_DOMAIN.fire(`From ${JSON.stringify((from.raw || from.address).slice(0, 80))}: ${why}`, [
      fromEvidence(from),
    ]),
  );
}

/** Sender and impersonation signals. Pure: reads facts and config only. */
type SenderCheck = (facts: EmailFacts, ctx: EmailContext, out: Signal[]) => void;

/** Every sender check, in order: small checks, each reading one From (as rspamd's phish_sender rules). */
const SENDER_CHECKS: readonly [string, SenderCheck][] = [
  ['reply_to', replyToMismatch],
  ['return_path', returnPathMismatch],
  ['sender_header', senderHeaderMismatch],
  ['vip', vipSignals],
  ['brand', brandDisplayName],
  ['display_address', displayNameAddressSpoof],
  ['name_decoy', fromNameDecoy],
  ['domain', domainSignals],
  ['recipient_lookalike', recipientLookalike],
  ['freemail_role', freemailRoleClaim],
  ['invalid_from', invalidFromDomain],
  ['external_it_role', externalItRole],
];

/**
 * Every sender check, run on each From of the message: a second From header (or a second mailbox in
 * one) must not hide the sender a client shows from the checks. Signals from a later From that a
 * first one already fired (same id and message) are not repeated.
 */
export function senderSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = [];
  const froms = facts.fromAll?.length ? facts.fromAll : [facts.from];
  froms.forEach((from, i) => {
    const view = from === facts.from ? facts : { ...facts, from };
    const mine: Signal[] = [];
    for (const [, check] of SENDER_CHECKS) check(view, ctx, mine);
    for (const sig of mine) {
      if (out.some((o) => o.id === sig.id && o.message === sig.message)) continue;
      out.push(i === 0 ? sig : { ...sig, message: `${sig.message} (From #${i + 1})` });
    }
  });
  return out;
}
