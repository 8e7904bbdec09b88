/**
 * A personal free mail account doing a company's money or access business: a payment, bank-detail,
 * payroll, gift-card or credential request sent from a Gmail / Yahoo / Outlook.com / GMX … address
 * to someone at a company domain. Companies bill, pay and run IT from their own domains; the BEC
 * sender who "writes from my personal email" (a vendor's accountant, the CEO on the road, IT support)
 * has no company mailbox to write from, and no authentication check can catch that, because the
 * free mail provider signs the message properly.
 *
 * It is a deception for the evidence gate, so it flags only beside an ask, and it reads the asks the
 * content rules fired (never the model's wording alone): a friend's message to a work address, a
 * freelancer's note or a mailing-list post from gmail.com do not ask for money or a sign-in. A
 * message to free mail addresses only is private correspondence and is left alone, as are list posts
 * and senders who already claim a company role (`email.sender.freemail_role_claim` says that).
 */
import { defineSignal, roleOf, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain, ownersOf, registrableDomain } from '../url/index.js';
import {
  ACTION_UNDER_PRESSURE,
  CALLBACK,
  CONTENT_SIGNALS,
  contentSegments,
  PAYMENT_REQUEST_SIGNAL,
  VOICE_FOLLOWUP,
} from './content.js';
import { BILLING_BRANDS, PHONE_NOT_WRITING_RX, UNAVAILABLE, UNAVAILABLE_INTL } from './lures.js';
import { findPhrases, phraseEvidence } from './phrases.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { FREEMAIL_ROLE_CLAIM, isListMail, isProviderSystemMailbox } from './sender.js';
import { quotedAuthors } from './thread-lookalike.js';
import { IMAGE_ONLY_BODY } from './structure.js';
import { RELAY_PLATFORMS } from './platforms.js';

export const FREEMAIL_BUSINESS_ASK = defineSignal({
  id: 'email.sender.freemail_business_ask',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'A personal free mail address asks a company address for a payment, new bank details, a payroll change or a sign-in',
});

export const FREEMAIL_BRAND_BILLING = defineSignal({
  id: 'email.sender.freemail_brand_billing',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "A personal free mail address sends a charge, receipt or renewal in a known company's name (PayPal, Norton, Geek Squad …) with a number to call, or any charge with a number to call to dispute it: companies bill from their own domains",
});

export const STRANGER_BRAND_BILLING = defineSignal({
  id: 'email.sender.stranger_brand_billing',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "A charge, receipt or renewal in a known company's name (Norton, PayPal, Geek Squad …) with a number to call, from a domain that is not the company's",
});

export const RELAYED_CALLBACK = defineSignal({
  id: 'email.sender.relayed_callback',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "An invoice or signature request relayed by a real platform (QuickBooks, DocuSign, PayPal, Square …) in a stranger's name, carrying a charge dispute with a number to call: the platform vouches for the delivery, not the number",
});

export const FREEMAIL_ASK_SIGNALS: SignalDef[] = [
  FREEMAIL_BUSINESS_ASK,
  FREEMAIL_BRAND_BILLING,
  STRANGER_BRAND_BILLING,
  RELAYED_CALLBACK,
];

/**
 * The platform delivering a customer's document: "Invoice 10472 from Apex Tech", "via DocuSign",
 * "… vous a envoyé une facture" (in the languages the platforms localise to).
 */
const RELAYED_DOCUMENT =
  /\b(?:(?:invoice|envelope|document|payment request|money request)\b[^\n.]{0,40}\bfrom\b|sent you (?:an? )?(?:invoice|request|document|envelope|money request)|via (?:quickbooks|docusign|paypal|square|xero|freshbooks|stripe|wave)|complete with docusign|review and sign|requested (?:money|a payment|\$)|vous a envoy[ée] une (?:facture|demande)|remarque du vendeur|hat (?:Ihnen|dir) eine (?:Rechnung|Zahlungsaufforderung)|ha (?:enviado|inviato) una (?:factura|fattura|richiesta|solicitud)|heeft (?:je|u) een (?:factuur|betaalverzoek)|enviou uma (?:fatura|cobrança)|wysłał[a]? (?:Ci|Panu|Pani) fakturę|skickade en faktura|size bir fatura gönderdi)|(?:(?:выставил|отправил|прислал)[а-я]{0,2} (?:вам|тебе) сч[её]т|надіслав[а-я]{0,2} (?:вам|тобі) рахунок|σας έστειλε (?:ένα )?τιμολόγιο|שלח (?:לך|לכם) חשבונית|חשבונית (?:חדשה )?מ-?|הערה מהמוכר|(?:أ|ا)رسل (?:لك|إليك) فاتورة|ملاحظة من البائع|برای شما (?:یک )?(?:فاکتور|صورتحساب)|ने आपको (?:एक )?(?:इनवॉइस|बिल) भेजा|請求書を送信しました|向(?:您|你)发送了(?:一张)?(?:发票|账单|付款请求)|청구서를 보냈습니다)/i;

/**
 * The callback scam sent through a real platform: a QuickBooks invoice or a DocuSign envelope "from"
 * an unknown business whose memo says "if you did not request this renewal, call 1-844-…". Only
 * with the dispute hook (the high callback): a real invoice says where to ask questions, not how to
 * cancel a charge you never made.
 */
/** A relay platform's domain or its country site (`paypal.fr`, `docusign.de` beside paypal.com). */
function isRelayPlatform(domain: string): boolean {
  if (RELAY_PLATFORMS.has(domain)) return true;
  const dot = domain.indexOf('.');
  return (
    dot > 0 &&
    /^[a-z]{2}$|^co\.[a-z]{2}$|^com\.[a-z]{2}$/.test(domain.slice(dot + 1)) &&
    RELAY_PLATFORMS.has(`${domain.slice(0, dot)}.com`)
  );
}

function relayedCallback(facts: EmailFacts, callback: Signal): Signal[] {
  const from = facts.from;
  const sender = from?.domain ? registrableDomain(from.domain) : null;
  if (!from || !sender || !isRelayPlatform(sender) || callback.severity !== 'high') return [];
  const text = `${from.name ?? ''}\n${facts.subject}\n${facts.visibleText || facts.text}`.slice(0, 20_000);
  const doc = RELAYED_DOCUMENT.exec(text);
  if (!doc) return [];
  return [
    RELAYED_CALLBACK.fire(
      `${sender} relays a document in another's name (${JSON.stringify(doc[0].slice(0, 60))}) that disputes a charge with a number to call`,
      [{ where: 'header:From', text: from.raw || from.address }, ...callback.evidence.slice(0, 1)],
    ),
  ];
}

/** Categories of the asks a company is asked for: money, bank details, payroll, access, a call. */
const BUSINESS_CATEGORIES: ReadonlySet<string> = new Set(['bec', 'callback', 'credential_harvest']);
const CONTENT_DECLARED = new Map<string, SignalDef>(CONTENT_SIGNALS.map((d) => [d.id, d]));

/** The content rules' asks among `signals` (payment, bank details, payroll, gift cards, credentials, calls). */
export function contentAsks(signals: readonly Signal[]): Signal[] {
  return signals.filter((s) => {
    const d = CONTENT_DECLARED.get(s.id);
    // an ask too common to vouch for anything ("click the link today", "open the attached file by
    // Friday", `confirms: false`) is what a friend's invitation says too, and a prize to claim is
    // nobody's company business: only money and access asks
    if (!d || !BUSINESS_CATEGORIES.has(d.category) || d.confirms === false || d === ACTION_UNDER_PRESSURE)
      return false;
    const role = roleOf(s.category, s.severity, d.roles);
    return role === 'ask' || role === 'strong';
  });
}

/** A subject about money or access: what a picture-only body from free mail is taken to ask. */
const BUSINESS_SUBJECT =
  /\b(?:payments?|invoices?|wire|transfer|bank(?:ing)?|payroll|direct deposit|gift ?cards?|remittance|funds|overdue|refund|credit memo|password|account|urgent|asap)\b|[$€£]\s?\d/i;

/**
 * The ask when the words are in a picture (issue 12): an image-only body under a subject about
 * money or access stands for the request the content rules cannot read.
 */
function pictureAsk(facts: EmailFacts, prior: readonly Signal[]): Signal | undefined {
  if (!BUSINESS_SUBJECT.test(facts.subject.slice(0, 500))) return undefined;
  return prior.find((s) => s.id === IMAGE_ONLY_BODY.id);
}

/**
 * Runs after the content rules: `prior` holds every signal fired so far for this message.
 * Checks each From (a second From must not hide a free mail sender).
 */
export function freemailAskSignals(facts: EmailFacts, prior: readonly Signal[], ctx: EmailContext): Signal[] {
  return [...businessAsk(facts, prior, ctx), ...brandBilling(facts, prior, ctx)];
}

/**
 * What a billing brand's own domain carries in its name (`norton` in nortonlifelock.com, `bestbuy`
 * for Geek Squad); null for a generic word ("antivirus") that names no company.
 */
function brandTokens(match: string): string[] | null {
  const m = match.toLowerCase().replace(/[^a-z]+/g, '');
  if (m === 'antivirus') return null;
  if (m === 'geeksquad') return ['geeksquad', 'bestbuy'];
  if (m === 'windowsdefender' || m === 'microsoftdefender') return ['microsoft', 'windows'];
  if (m === 'lifelock' || m === 'nortonlifelock' || m === 'norton360') return ['lifelock', 'norton', 'gen'];
  if (m === 'totalav') return ['totalav'];
  return [m];
}

/**
 * The callback scam's invoice: a charge in PayPal's, Norton's or Geek Squad's name with a number to
 * call (email.content.callback), sent from a Gmail or Outlook.com address. To anyone, company or not:
 * the brand would bill from its own domain. A list post is left alone (a forum thread about such a
 * scam quotes it).
 */
function brandBilling(facts: EmailFacts, prior: readonly Signal[], ctx: EmailContext): Signal[] {
  const callback = prior.find((s) => s.id === CALLBACK.id);
  if (!callback || isListMail(facts)) return [];
  const relayed = relayedCallback(facts, callback);
  if (relayed.length) return relayed;
  const sender = freemailSender(facts);
  if (!sender) return strangerBilling(facts, ctx);
  const brand = findPhrases(contentSegments(facts), BILLING_BRANDS)[0];
  // no brand named ("your order", "Customer service – renewals"): the dispute hook with next to no
  // links (the high callback) is still a charge no company sends from a personal mailbox
  if (!brand) {
    if (callback.severity !== 'high') return [];
    return [
      FREEMAIL_BRAND_BILLING.fire(
        `${sender.address} is a personal free mail address, yet it sends a charge with a number to call to dispute it`,
        [{ where: 'header:From', text: sender.raw || sender.address }, ...callback.evidence.slice(0, 1)],
      ),
    ];
  }
  return [
    FREEMAIL_BRAND_BILLING.fire(
      `${sender.address} is a personal free mail address, yet it bills in ${JSON.stringify(brand.match)}'s name with a number to call`,
      [{ where: 'header:From', text: sender.raw || sender.address }, ...phraseEvidence([brand])],
    ),
  ];
}

/**
 * The same invoice from a company domain that is not the brand's (`nt.mapelmoulds.com` billing for
 * Norton): a brand bills from its own domains, and a domain the config gives to any brand (a
 * reseller, a partner) is left alone. Every brand the message names must be foreign to the sender:
 * a Best Buy receipt for a Norton licence names Best Buy too.
 */
function strangerBilling(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain || ownersOf(from.domain, ctx.config).length) return [];
  const label = (registrableDomain(from.domain) ?? from.domain).toLowerCase().replace(/[^a-z]+/g, '');
  const hits = findPhrases(contentSegments(facts), BILLING_BRANDS);
  const named = hits.filter((h) => brandTokens(h.match) !== null);
  if (!named.length || named.some((h) => brandTokens(h.match)!.some((t) => label.includes(t)))) return [];
  const brand = named[0]!;
  return [
    STRANGER_BRAND_BILLING.fire(
      `${from.address} bills in ${JSON.stringify(brand.match)}'s name with a number to call, but ${from.domain} is not ${brand.match}'s domain`,
      [{ where: 'header:From', text: from.raw || from.address }, ...phraseEvidence([brand])],
    ),
  ];
}

/**
 * Mailing-list and group services anyone can create a list on (friends splitting costs write to a
 * googlegroups.com address): a list there is nobody's company.
 */
const GROUP_SERVICES: ReadonlySet<string> = new Set([
  'googlegroups.com',
  'groups.io',
  'yahoogroups.com',
  'freelists.org',
  'topica.com',
  'groups.google.com',
]);
function isGroupHost(domain: string): boolean {
  const d = domain.toLowerCase();
  const rd = registrableDomain(d) ?? d;
  return GROUP_SERVICES.has(rd) || GROUP_SERVICES.has(d);
}

/** The first From on a free mail domain (a second From must not hide one), or undefined. */
function freemailSender(facts: EmailFacts) {
  const froms = facts.fromAll?.length ? facts.fromAll : [facts.from];
  return froms.find((f) => f?.domain && isFreemailDomain(f.domain)) ?? undefined;
}

/**
 * A call back pressed after a voicemail, and nothing about money: a resident or a customer writes
 * that from a personal address too ("I left you a voicemail about my bill, please call me today").
 * It is the company's business only when the writer also says their usual line cannot be used ("my
 * work phone keeps dropping", "I'm between sessions"): the impostor's reason to call another number;
 * or keeps the matter off the written record ("I'd rather discuss the invoices by phone than by email").
 */
function voiceOnlyWithoutPretext(facts: EmailFacts, asks: readonly Signal[]): boolean {
  return (
    asks.every((s) => s.id === VOICE_FOLLOWUP.id && s.severity !== 'high') &&
    !findPhrases(contentSegments(facts), [...UNAVAILABLE, ...UNAVAILABLE_INTL, ...PHONE_NOT_WRITING_RX])
      .length
  );
}

/**
 * Where the reader's own words begin: the first quoted message whose author is one of the recipients
 * (their address, or their display name of two words or more), -1 when none is. A client's reply
 * quoting the accountant's "you can pay by bank transfer to HMRC" asks the accountant for nothing.
 */
function readersQuoteStart(facts: EmailFacts, text: string): number {
  const readers = [...facts.to, ...facts.cc].slice(0, 20);
  const names = readers
    .map((m) => m.name?.trim().toLowerCase() ?? '')
    .filter((n) => n.split(/\s+/).length >= 2);
  const addresses = readers.map((m) => m.address.toLowerCase()).filter(Boolean);
  for (const { index, who } of quotedAuthors(text)) {
    const w = who.toLowerCase();
    if (addresses.some((a) => w.includes(a)) || names.some((n) => w.includes(n))) return index;
  }
  return -1;
}

/** The asks whose evidence lies in the sender's own words, not only in the reader's quoted message. */
function sendersOwnAsks(facts: EmailFacts, asks: Signal[]): Signal[] {
  const text = facts.visibleText || facts.text;
  const start = readersQuoteStart(facts, text);
  if (start < 0) return asks;
  // the evidence quotes its context between ellipses, line breaks made spaces ("… Total: £4,212.60
  // You can pay by bank transfer to …"): compared with the text's lines joined the same way
  const flat = (t: string) => t.replace(/\s+/g, ' ').toLowerCase();
  const body = flat(text);
  const quoteAt = flat(text.slice(0, start)).length;
  return asks.filter((a) =>
    a.evidence.some((e) => {
      const at = body.indexOf(flat(e.text.replace(/^…\s*|\s*…$/g, '')).slice(0, 80));
      return at < 0 || at < quoteAt;
    }),
  );
}

/**
 * The writer asking where to pay: "could someone send me your bank details", "please send me the
 * hospital's account details". A donor or a patient's family pays the company; a fraud gives the
 * account to pay into, never asks for the reader's.
 */
const PAYER_ASKS_FOR_DETAILS =
  /\b(?:send|give|share|provide|email|forward)\s+(?:me|us)\s+(?:with\s+)?(?:your|its|the\s+[\p{L}' -]{1,40}?(?:'s)?)\s+(?:bank(?:ing)?|account|payment|wire|transfer|iban)\s+(?:account\s+)?(?:details|information|info|coordinates|number)\b/iu;

/**
 * The writer's own bill: "I paid it through my bank's bill pay", "my 2025 property taxes", "ho
 * ricevuto la vostra fattura" (I received your invoice). A customer or a patient writing about what
 * they owe the reader (to pay in instalments, or to say it was paid) asks the company for no money.
 * Not "my invoice" or "my bill": a supplier's, or an impostor's, word for what the reader owes them.
 */
const PAYERS_OWN_BILL =
  /\b(?:(?:i|we) (?:have |had )?(?:already )?paid (?:it|this|that|the|my|our|in full)|my (?:[\p{L}\d-]+ ){0,3}(?:taxes|tax bill|balance)|(?:ho|abbiamo) ricevuto (?:la )?vostra fattura|(?:j'ai|nous avons) re[cç]u votre facture|(?:recib[ií]|he recibido|hemos recibido) (?:su|vuestra|la) factura|(?:ich habe|wir haben) ihre rechnung (?:erhalten|bekommen))/iu;

/** The writer's own words: the text before the first quoted message of a recipient's (20,000 characters). */
function ownText(facts: EmailFacts): string {
  const text = facts.visibleText || facts.text;
  const start = readersQuoteStart(facts, text);
  return (start < 0 ? text : text.slice(0, start)).slice(0, 20_000);
}

/** Three readers or more, most of them at free mail: people writing to friends, not to a company. */
function friendsGroup(facts: EmailFacts): boolean {
  const readers = [...facts.to, ...facts.cc].slice(0, 50).filter((m) => m.domain);
  const free = readers.filter((m) => isFreemailDomain(m.domain!)).length;
  return readers.length >= 3 && free * 2 > readers.length;
}

function businessAsk(facts: EmailFacts, prior: readonly Signal[], ctx: EmailContext): Signal[] {
  let asks = sendersOwnAsks(facts, contentAsks(prior));
  // (the payer's question is no company business: not the payment they mean to make, nor the
  // "send me your bank details" a credential rule reads in it)
  const payer = asks.length ? PAYER_ASKS_FOR_DETAILS.exec(ownText(facts)) : null;
  if (payer) {
    const words = payer[0].toLowerCase();
    asks = asks.filter(
      (s) =>
        s.id !== PAYMENT_REQUEST_SIGNAL.id &&
        !s.evidence.some((e) => e.match !== undefined && words.includes(e.match.toLowerCase())),
    );
  }
  // (nor is the payer's own bill: only the ask to pay leaves, a bank change or a sign-in stays)
  if (asks.length && PAYERS_OWN_BILL.test(ownText(facts)))
    asks = asks.filter((s) => s.id !== PAYMENT_REQUEST_SIGNAL.id);
  // (nor a friends' group mail, most of its readers on free mail too: "Subs are £8 each - bank
  // transfer or cash on the night" to five players, one of them at work)
  if (asks.length && friendsGroup(facts)) asks = asks.filter((s) => s.id !== PAYMENT_REQUEST_SIGNAL.id);
  if (asks.length && voiceOnlyWithoutPretext(facts, asks)) return [];
  const picture = asks.length ? undefined : pictureAsk(facts, prior);
  if (picture) asks.push(picture);
  if (!asks.length) return [];
  if (prior.some((s) => s.id === FREEMAIL_ROLE_CLAIM.id)) return [];
  if (isListMail(facts)) return [];
  const companyRecipient = [...facts.to, ...facts.cc]
    .slice(0, 50)
    .find((m) => m.domain && !isFreemailDomain(m.domain) && !isGroupHost(m.domain));
  if (!companyRecipient) return [];
  const sender = freemailSender(facts);
  if (!sender || isProviderSystemMailbox(sender, ctx.config)) return [];
  const ask = asks[0]!;
  return [
    FREEMAIL_BUSINESS_ASK.fire(
      `${sender.address} is a personal free mail address, yet it asks ${companyRecipient.domain} for company business (${ask.id.replace(/^email\.(?:content|structure)\./, '')})`,
      [
        { where: 'header:From', text: sender.raw || sender.address },
        ...(ask.evidence[0] ? [ask.evidence[0]] : []),
      ],
    ),
  ];
}
