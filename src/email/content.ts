/**
 * Content signals: what the words of a message ask the reader to do. Business-email-compromise
 * intents (bank-detail change, urgent payment, gift cards, payroll diversion, secrecy, "I'm in a
 * meeting"), callback phishing (call this number about a charge you never made), follow-ups to a
 * phone call or voicemail that may have been a deepfaked voice, and credential-harvest pretexts.
 *
 * AI-written lures have flawless grammar, so the rules match *intent*: phrase families with
 * flexible wording and small, bounded gaps, in English, Portuguese, German, Dutch, French and
 * Spanish. Text is normalised first (NFKD without accents, invisible characters removed,
 * Cyrillic/Greek look-alikes folded, lower case, whitespace collapsed), so `p\u200Bassword` and
 * `pаssword` (Cyrillic а) still match. Every quantifier in every pattern is bounded and every
 * gap alternates two disjoint character classes, so matching stays linear in the text; only the
 * first MAX_CONTENT_CHARS of the subject and visible text are read. Normalisation lives in
 * normalize.ts, the matcher in phrases.ts, the lure lists in lures.ts.
 */
import { defineSignal, type Signal } from '../core/index.js';
import { ownersOf, registrableDomain, unwrapUrl } from '../url/index.js';
import type { EmailContext, EmailFacts, Link } from './facts.js';
import {
  AMOUNT,
  AMOUNT_IN_WORDS,
  AUTHORITY_CONTACT,
  AUTHORITY_THREAT,
  BEC_OPENER,
  BILLING,
  CALL_ANNOUNCED,
  IF_NOT_CALL,
  SECURITY_EVENT,
  SECURITY_DESK,
  CALL_HELP,
  CARD_AT_HAND,
  PAY_BY_PHONE,
  CRED_FAMILIES,
  DISPUTE,
  FIRST_PERSON,
  GIFT_CARD_CODES,
  GIFT_CARD_WORDS,
  PAY_CHANGE,
  PAY_CHANGE_DENIAL,
  warnsOfWireFraud,
  PAY_CHANGE_OLD,
  PAY_CHANGE_PRETEXT,
  PAY_CHANGE_RESTATED,
  PAY_CHANGE_OLD_INTL,
  PAY_REDIRECT,
  PAYMENT_CONTEXT,
  PAY_CHANGE_VERIFY_OUT_OF_BAND,
  PAY_CHANGE_NO_VERIFY,
  PAYMENT_REQUEST,
  PAYROLL,
  PHONE_RES,
  NORDIC_PAIRS,
  PRESSURE,
  PURCHASE,
  REQUEST,
  SECRECY,
  SECRECY_RESTATED,
  SEED_PHRASE_ASK,
  CHANNEL_PIVOT_RX,
  PRIVATE_MAILBOX_ASK_RX,
  CARD_COURIER_RX,
  PERSONAL_ADDRESS_PRETEXT_RX,
  IGNORE_IF_NOT_REQUESTED,
  AWARD_WON,
  LEGACY_LEFT,
  TENDER_INVITATION,
  TENDER_FEE,
  FEE_REFUNDED_FROM_PAYOUT,
  LISTING_SLAM,
  SLAM_DISCLAIMER,
  DIRECTORY_ENTRY,
  DIRECTORY_ENTRY_WORD,
  DIRECTORY_FINE_PRINT,
  DATA_THEFT_CLAIM,
  DOMAIN_CLAIM_APPLICATION,
  DOMAIN_CLAIM_PARTNER,
  UNAVAILABLE,
  UNAVAILABLE_INTL,
  PAY_CHANGE_INTL,
  SECRECY_INTL,
  PAYMENT_REQUEST_INTL,
  PAYMENT_CONTEXT_INTL,
  URGENCY,
  URGENCY_INTL,
  VOICE_FOLLOWUP_RX,
  PHONE_NOT_WRITING_RX,
  CRED_BY_MEANING,
  GIFT_CARD_BY_MEANING,
  GIFT_CARD_CODES_BY_MEANING,
  PAY_CHANGE_BY_MEANING,
  PAYMENT_REQUEST_BY_MEANING,
  PURCHASE_BY_MEANING,
  URGENCY_BY_MEANING,
  ACTION_ON_LINK_OR_FILE,
  BUTTON_ASK,
  BUTTON_ASK_SCRIPTS,
  ACTION_ON_LINK_MORE,
  ACTION_PRESSURE,
  ADVANCE_FEE_CONTACT,
  ADVANCE_FEE_OPENER,
  ADVANCE_FEE_RELEASE,
  ADVANCE_FEE_STORY,
  ADVANCE_FEE_WINDFALL,
  CRYPTO_BALANCE,
  CRYPTO_EARNED,
  HANDED_PASSWORD,
  LARGE_DOLLARS,
  WALLET_SUSPENSION,
  MULE_COMMISSION,
  FAKE_CHECK_IN,
  FAKE_CHECK_OUT,
  MULE_FORWARD,
  MULE_RECEIVE,
  RESHIP_RECEIVE,
  RESHIP_FORWARD,
  RESHIP_JOB,
  INVEST_RETURN,
  INVEST_DEPOSIT,
  PAYROLL_RESTATED,
  PAYMENT_REQUEST_RESTATED,
  DATA_REQUEST_RESTATED,
  CRYPTO_PAY_DEMAND,
  EXPOSURE_THREAT,
  EXPOSURE_THREAT_INTL,
  REPUTATION_THREAT,
  MILLIONS,
  SIX_FIGURES,
  GIFT_CARD_NEED,
  PAYMENT_REQUEST_IF_AMOUNT,
  PRIZE_CLAIM,
  DATA_REQUEST,
} from './lures.js';
import { MAX_CONTENT_CHARS, normalizeForMatch } from './normalize.js';
import { NEGATED_LEAD_WORLD } from './lures-world.js';
import { findPhrases, phraseEvidence, verbatimOf, type PhraseHit, type TextSegment } from './phrases.js';
import type { Alignment } from './normalize.js';
import { findMixedScript } from './scripts.js';
import {
  cryptoAddressIn,
  DEADLINE_ANY,
  findSchemes,
  type SchemeHit,
  type SchemeName,
} from './scam-schemes.js';
import { stripQuoted } from './features.js';
import { betweenColleagues, isBulkMail, isGovernmentDomain, isListMail } from './sender.js';
import { AP_PLATFORMS, PROVIDER_DOMAINS, TRAINING_PLATFORMS } from './platforms.js';

export const PAYMENT_CHANGE = defineSignal({
  id: 'email.content.payment_change',
  category: 'bec',
  severity: 'high',
  summary: 'Asks to pay to new or changed bank details (invoice / vendor-payment fraud)',
  // new bank details next to a payment request (high) is the BEC ask itself, and what every payment
  // policy says to verify by phone: evidence on its own (no benign dev message fires it high)
  roles: { high: 'strong' },
});
export const URGENT_PAYMENT = defineSignal({
  id: 'email.content.urgent_payment',
  category: 'bec',
  severity: 'medium',
  summary: 'Requests a wire or bank transfer with time pressure',
});
export const PAYMENT_REQUEST_SIGNAL = defineSignal({
  id: 'email.content.payment_request',
  category: 'bec',
  severity: 'low',
  summary:
    'Asks for a sum of money to be paid or transferred, without time pressure (an ask, never enough alone)',
  // every invoice asks for money: an ask that flags only beside a deception (a faked sender, a
  // Reply-To to someone else's mailbox), so it may fire on ordinary business mail
  roles: { low: 'ask' },
});
export const GIFT_CARD = defineSignal({
  id: 'email.content.gift_card',
  category: 'bec',
  severity: 'high',
  summary: 'Asks the reader to buy gift cards and send the codes',
  // nobody's real employer or supplier is paid in gift-card codes: evidence on its own
  roles: { high: 'strong' },
});
export const PAYROLL_DIVERSION = defineSignal({
  id: 'email.content.payroll_diversion',
  category: 'bec',
  severity: 'high',
  summary: 'Asks to change the account a salary or direct deposit is paid into',
});
export const SECRECY_URGENCY = defineSignal({
  id: 'email.content.secrecy_urgency',
  category: 'bec',
  severity: 'medium',
  summary:
    'Asks to keep a request secret, or opens a BEC conversation ("are you at your desk?") with urgency; high when the secret is a payment',
  // a payment kept from the reader's colleagues is CEO fraud's own move: no approval, nobody to ask
  // whether the request is real; evidence on its own
  roles: { high: 'strong' },
});
export const UNAVAILABLE_PRETEXT = defineSignal({
  id: 'email.content.unavailable_pretext',
  category: 'bec',
  severity: 'low',
  summary: 'Sender says they cannot be called ("in a meeting", "on a flight"); medium next to a BEC request',
});
export const CALLBACK = defineSignal({
  id: 'email.content.callback',
  category: 'callback',
  severity: 'high',
  summary:
    'Callback phishing: a phone number to call about a charge, renewal or refund, with few or no links',
});
/**
 * The government-impersonation callback: an arrest, a criminal case or a frozen licence, and the
 * reader told to call the "investigator" on the number given. Police, courts and licensing boards
 * never settle a case by phone; high when a bond, a fine or secrecy comes with it.
 */
export const AUTHORITY_CALLBACK = defineSignal({
  id: 'email.content.authority_callback',
  category: 'callback',
  severity: 'medium',
  summary:
    'Authority scam: an arrest, a criminal case or a suspended licence, and a number to call the investigator on; high with a bond, a fine or secrecy',
});
/**
 * A phone number written to get past filters: letters for digits ("+1 8O8.52l-4O9l"), digits spelt
 * as words ("eight four four - three zero one …"). No business writes the number it wants called
 * that way; a callback lure does, so a parser keyed on digits reads nothing.
 */
export const DISGUISED_PHONE = defineSignal({
  id: 'email.content.disguised_phone',
  category: 'callback',
  severity: 'medium',
  roles: { medium: 'deception' },
  summary:
    'The phone number to call is written to dodge filters: letters for digits (8O8.52l-4O9l) or digits spelt as words',
});
export const VOICE_FOLLOWUP = defineSignal({
  id: 'email.content.voice_followup',
  category: 'bec',
  severity: 'medium',
  summary: 'Leans on an earlier phone call or voicemail (a deepfake-able channel) to back a request',
});
export const CREDENTIAL_LURE = defineSignal({
  id: 'email.content.credential_lure',
  category: 'credential_harvest',
  severity: 'medium',
  // a credential pretext is an ask even when nothing presses (low): it flags only beside a deception
  roles: { low: 'ask' },
  summary:
    'Credential-harvest pretext: password expiry, mailbox full, shared document, verify or account suspended',
});

export const ACTION_UNDER_PRESSURE = defineSignal({
  id: 'email.content.action_under_pressure',
  category: 'credential_harvest',
  severity: 'low',
  summary:
    'Tells the reader to click a link, open a file or sign in, under time pressure or a threat (an ask, never enough alone)',
  // newsletters and real notices say "click here" with a deadline too: an ask that flags only beside
  // a deception (a faked sender, a link that hides where it goes); beside a firm one a rule found (a
  // cousin of the recipient's domain, a decoy sender name) it confirms the gate, like any rule's ask.
  // It is no company business for freemail_business_ask (a friend's "open the file by Friday").
  roles: { low: 'ask' },
});

/**
 * The same ask without pressure: "please review the attached document", "use this link to register
 * your car". Half of all mail says so, so it never confirms: beside a deception a rule found (a
 * Reply-To to the sender's private mailbox, a cousin of the recipient's domain) it opens the evidence
 * gate and the model decides.
 */
export const LINK_OR_FILE_ASK = defineSignal({
  id: 'email.content.link_or_file_ask',
  category: 'credential_harvest',
  severity: 'low',
  summary:
    'Tells the reader to click a link, open or review a file, or sign in, without pressure (an ask that opens the evidence gate beside a deception but never confirms it)',
  roles: { low: 'ask' },
  confirms: false,
});

export const PRIZE_CLAIM_SIGNAL = defineSignal({
  id: 'email.content.prize_claim',
  category: 'phishing',
  severity: 'low',
  summary:
    'A prize, reward, payout or airdrop to claim or withdraw (an ask, never enough alone: shops advertise rewards every day)',
  // the ask of giveaway, points and crypto-payout lures; beside a deception (a brand's name on a
  // stranger's domain) it is the lure itself
  roles: { low: 'ask' },
});

export const DATA_REQUEST_SIGNAL = defineSignal({
  id: 'email.content.data_request',
  category: 'bec',
  severity: 'medium',
  summary:
    "Asks the reader to send sensitive records: W-2s and tax forms, employee or payroll data, vendors' or customers' bank details",
});

/**
 * Money-mule recruitment: a "payment processing" job in which the reader receives other people's
 * money into their own bank account and sends it on, keeping a cut. No employer asks that of anyone:
 * it is laundering the proceeds of fraud through the reader. Evidence on its own when all three
 * parts are there.
 */
/**
 * A wallet's recovery (seed) phrase asked for: "verify your recovery phrase", "sync your wallet by
 * entering your 24-word phrase". No wallet maker, exchange or bank ever asks for it (whoever holds
 * it holds the funds), so the ask is evidence on its own; the makers' own "we will never ask for
 * your recovery phrase" is a warning, not an ask.
 */
export const SEED_PHRASE_REQUEST = defineSignal({
  id: 'email.content.seed_phrase_request',
  category: 'credential_harvest',
  severity: 'high',
  summary: "Asks the reader to enter, verify or send a crypto wallet's recovery (seed) phrase",
  roles: { high: 'strong' },
});

/**
 * A crypto wallet to be verified or it will be suspended ("unverified wallets will be closed after
 * 48 hours"): a self-custody wallet has no one who could verify or suspend it, so the claim is the
 * lie that carries the wallet-drainer's link. Deception; never in a crypto brand's own mail (an
 * exchange's notice about its own accounts) nor in mail that warns of the scheme.
 */
export const WALLET_SUSPENSION_SIGNAL = defineSignal({
  id: 'email.content.wallet_suspension',
  category: 'credential_harvest',
  severity: 'medium',
  summary:
    'Says a crypto wallet must be verified or it will be suspended (no one can suspend a self-custody wallet)',
  roles: { medium: 'deception' },
});

/**
 * Moves the reader off the channel their organisation protects: "our payment portal is accessible
 * from mobile devices only, scan the QR code", "payment must be made by phone; online and mailed
 * payments cannot be posted in time". A real biller takes every channel it offers; a lure narrows
 * them to the one no filter sees. A deception for the evidence gate (it flags beside an ask).
 */
export const CHANNEL_PIVOT = defineSignal({
  id: 'email.content.channel_pivot',
  category: 'phishing',
  severity: 'medium',
  summary:
    'Narrows the reader to one unprotected channel: a page "accessible from mobile devices only" behind a QR code, or a payment "by phone only, online payments cannot be posted"',
  roles: { medium: 'deception' },
});

/**
 * The answer asked at the writer's private mailbox ("drop me a line at my personal address with your
 * name and a phone number"): replying with data to a mailbox only the writer reads. An ask for the
 * evidence gate, never one that confirms on its own or makes a free mail sender's company business:
 * a colleague's farewell ("reach me at my personal email") asks it too, so it flags only beside a
 * deception such as replies diverted to that mailbox.
 */
/**
 * The writer explains why they write from another address than usual ("I'm sending from my
 * personal email because my work account gets shut off"): the impostor's excuse for an address
 * the reader does not know. A deception for the evidence gate, flagging only beside an ask.
 */
export const PERSONAL_ADDRESS_PRETEXT = defineSignal({
  id: 'email.content.personal_address_pretext',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'The writer explains why they write from another address than their usual one ("I\'m sending from my personal email because my work account is down")',
});

export const PRIVATE_MAILBOX_ASK = defineSignal({
  id: 'email.content.private_mailbox_ask',
  category: 'bec',
  severity: 'medium',
  confirms: false,
  summary:
    'Asks for the answer at the writer\'s personal or private mailbox rather than the one they write from ("drop me a line at my personal address with your name and number")',
});

/**
 * A courier sent to collect the reader's bank card ("een koerier haalt uw oude pas bij u thuis op",
 * "a courier will collect your card"): no bank collects cards at the door; the card-courier fraud
 * does, after a call that took the PIN. Evidence on its own.
 */
export const CARD_COURIER = defineSignal({
  id: 'email.content.card_courier',
  category: 'phishing',
  severity: 'high',
  summary: "Says a courier or a bank employee will collect the reader's bank card at home",
  roles: { high: 'strong' },
});

/**
 * Domain slamming: a "search engine listing" for the reader's domain said to expire, priced, with
 * the slammer's disclaimer that it is no bill for the domain. Evidence on its own: a registrar's
 * real renewal notice carries neither the listing nor the disclaimer.
 */
export const LISTING_SLAM_SIGNAL = defineSignal({
  id: 'email.content.listing_slam',
  category: 'phishing',
  severity: 'high',
  summary:
    'A "search engine listing" for the reader\'s domain said to expire, with the disclaimer that it is no bill for the domain itself: domain slamming, paid by mistake',
  roles: { high: 'strong' },
});

/**
 * The directory scam: an "invoice" for an entry in a directory, register or catalogue the reader never
 * ordered, whose fine print makes it an offer (accepted by paying it, by returning a proof or by
 * not objecting; a private publisher linked to no authority; a multi-year term; an order "agreed by
 * phone"). Evidence on its own: a directory the reader did order bills without that clause.
 */
export const DIRECTORY_SCAM = defineSignal({
  id: 'email.content.directory_scam',
  category: 'bec',
  severity: 'high',
  summary:
    'Bills an entry in a directory, register or catalogue with the directory scam\'s fine print: an "offer" accepted by paying or by silence, a private publisher linked to no authority, a multi-year term or an order "agreed by phone"',
  roles: { high: 'strong' },
});

/**
 * The same bill without the fine print: an "invoice" or "renewal" for an entry, listing or
 * publication in a directory, register, guide or catalogue, from a sender that is no public body.
 * Directory publishers mail thousands of businesses a bill for an entry nobody ordered, and the calm
 * ones leave the clause out ("Please find attached the invoice for your entry in the 2026 edition").
 * A deception, not evidence on its own: a directory a business did order bills that way too, so it
 * flags only beside the payment it asks for.
 */
export const DIRECTORY_BILL = defineSignal({
  id: 'email.content.directory_bill',
  category: 'phishing',
  severity: 'medium',
  roles: { medium: 'deception' },
  summary:
    'Bills an entry, listing or publication in a directory, register, guide or catalogue, from a sender that is no public body and not as a newsletter: the directory scam without its fine print (flags only beside an ask to pay)',
});

/**
 * The domain-name claim scam: "we received an application from X Ltd to register your name as .cn
 * domains and internet keyword; please confirm whether X is your distributor or partner". Evidence
 * on its own: the opening of a sale of domains the reader never needed.
 */
export const DOMAIN_CLAIM_SCAM = defineSignal({
  id: 'email.content.domain_claim_scam',
  category: 'phishing',
  severity: 'high',
  summary:
    'Says another company applied to register the reader\'s name as domains or an "internet keyword" and asks whether it is the reader\'s distributor or partner: the domain-name claim scam',
  roles: { high: 'strong' },
});

export const MONEY_MULE = defineSignal({
  id: 'email.content.money_mule',
  category: 'bec',
  severity: 'high',
  summary:
    "Money-mule recruitment: receive payments into the reader's own bank account, send them on (wire, Bitcoin ATM, gift cards) and keep a commission; or receive other people's parcels at home and send them on with labels the sender supplies, as a paid job",
  roles: { high: 'strong' },
});

/**
 * Investment fraud: a return quoted per day or week, or guaranteed, next to a crypto deposit to an
 * address or a dashboard ("pig butchering", AI-trading pools).
 */
export const INVESTMENT_FRAUD = defineSignal({
  id: 'email.content.investment_fraud',
  category: 'phishing',
  severity: 'high',
  summary:
    'Investment fraud: returns quoted per day or week, or guaranteed, next to a deposit in cryptocurrency to an address or a dashboard',
  roles: { high: 'strong' },
});

/**
 * Extortion: the sender claims to hold the reader's secrets (a recording, their data, control of
 * their device) and demands cryptocurrency to keep them private. Evidence on its own: no
 * legitimate sender threatens to publish a recording unless paid to a wallet.
 */
export const EXTORTION = defineSignal({
  id: 'email.content.extortion',
  category: 'extortion',
  severity: 'high',
  summary:
    "Extortion: threatens to publish a recording or the reader's data, or claims control of their device, and demands cryptocurrency",
  roles: { high: 'strong' },
});

/**
 * Advance-fee fraud: millions offered through an inheritance, a dormant fund or a "business
 * proposal", and a reply asked for; or a grant held behind a fee to pay first (scheme `grant_fee`).
 * Evidence on its own: the sum, the story and the ask together are the scam's whole shape, and no
 * business writes it.
 */
export const ADVANCE_FEE = defineSignal({
  id: 'email.content.advance_fee',
  category: 'bec',
  severity: 'high',
  summary:
    'Advance-fee fraud: a sum in the millions, an inheritance, dormant fund or business proposal to move it through the reader, and a reply asked for; or a grant, subsidy or bequest held behind a fee the reader must pay first',
  roles: { high: 'strong' },
});

/**
 * Money asked for by cryptocurrency, prepaid vouchers or a money-transfer service, for a stranger's
 * emergency or a love affair (the romance scam's customs fee, the "friend" stranded abroad). Read by
 * meaning (src/email/scam-schemes.ts). Evidence on its own: nobody's real emergency is paid in
 * Transcash coupons to an agent.
 */
/**
 * A stranger's "sorry, wrong address" that stays to chat, moves the talk to WhatsApp or Telegram and
 * brings up trading or a romance: the pig-butchering scam's first mail, before any ask (read by
 * meaning, src/email/scam-schemes.ts). A real wrong-address mail apologises and stops.
 */
export const STRANGER_OPENER = defineSignal({
  id: 'email.content.stranger_opener',
  category: 'bec',
  severity: 'high',
  summary:
    'A stranger writes to a "wrong address", stays to chat, moves the talk to WhatsApp or Telegram and brings up trading or a romance: the pig-butchering opener',
  roles: { high: 'strong' },
});
export const STRANGER_PAYMENT = defineSignal({
  id: 'email.content.stranger_payment',
  category: 'bec',
  severity: 'high',
  summary:
    "Asks for money the way impostors do: by cryptocurrency, prepaid vouchers or a money-transfer service for a stranger's emergency, a love affair or a disaster appeal, or from a relative's 'new number'",
  roles: { high: 'strong' },
});

/** Homoglyph rewriting: words spelt with look-alike letters of another script (src/email/scripts.ts). */
export const MIXED_SCRIPT = defineSignal({
  id: 'email.content.mixed_script',
  category: 'hidden_content',
  severity: 'medium',
  summary:
    'Words spelt with look-alike letters of another script (Cyrillic а in "pаyment"), which nobody types by hand',
});

export const CONTENT_SIGNALS = [
  MIXED_SCRIPT,
  EXTORTION,
  ADVANCE_FEE,
  MONEY_MULE,
  SEED_PHRASE_REQUEST,
  WALLET_SUSPENSION_SIGNAL,
  CARD_COURIER,
  LISTING_SLAM_SIGNAL,
  DIRECTORY_SCAM,
  DIRECTORY_BILL,
  DOMAIN_CLAIM_SCAM,
  PERSONAL_ADDRESS_PRETEXT,
  CHANNEL_PIVOT,
  PRIVATE_MAILBOX_ASK,
  INVESTMENT_FRAUD,
  STRANGER_PAYMENT,
  PRIZE_CLAIM_SIGNAL,
  DATA_REQUEST_SIGNAL,
  PAYMENT_CHANGE,
  URGENT_PAYMENT,
  PAYMENT_REQUEST_SIGNAL,
  GIFT_CARD,
  PAYROLL_DIVERSION,
  SECRECY_URGENCY,
  UNAVAILABLE_PRETEXT,
  CALLBACK,
  AUTHORITY_CALLBACK,
  DISGUISED_PHONE,
  STRANGER_OPENER,
  VOICE_FOLLOWUP,
  CREDENTIAL_LURE,
  ACTION_UNDER_PRESSURE,
  LINK_OR_FILE_ASK,
];

/** Talk about fraud, in the languages the phrase lists read: what a security-awareness mail is about. */
const DISCUSSES_FRAUD =
  /\b(?:phishing|gefalscht\p{L}*|betrugsversuch\p{L}*|fraudulent (?:e-?mails?|messages?|requests?)|fake (?:e-?mails?|invoices?)|ceo fraud|business email compromise|bec scams?|(?:invoice|payment|wire) fraud|fraude au pr[eé]sident|fraude (?:au|aux|du|de la) \p{L}+|hame[cç]onnage|arnaques?|escroquer\p{L}*|chef-?betrug|ceo-?betrug|betrugsmasche|estafa del ceo|fraude del ceo|golpe do (?:falso )?(?:presidente|ceo)|truffa del ceo|ceo-?fraude|oplichting|tentatives? de fraude|faux (?:changements?|messages?|e-?mails?|virements?|rib|fournisseurs?)|fausses? (?:factures?|demandes?)|intentos? de fraude|correos? falsos?|cambios? (?:de cuenta )?falsos?|tentativas? de fraude|e-?mails? falsos?|tentativi di frode|e-?mail false|fraudepogingen?|nepmails?|valse (?:facturen|e-?mails?))\b/iu;

/**
 * A mail inside one organisation (From's registrable domain is a recipient's, not free mail) that
 * talks about fraud: the security team's newsletter quoting what a fraudster's request looks like.
 */
function awarenessMail(facts: EmailFacts, segs: readonly TextSegment[]): boolean {
  // … or that warns of it without naming it ("Michael will never ask this")
  return (
    (betweenColleagues(facts) || fromTrainingPlatform(facts)) && (discussesFraud(segs) || warnsOfScam(segs))
  );
}

function fromTrainingPlatform(facts: EmailFacts): boolean {
  const d = facts.from?.domain;
  return Boolean(d && TRAINING_PLATFORMS.has(registrableDomain(d) ?? d));
}

/**
 * `test` answered once per segments array: the rules ask the same question of a message's
 * segments (contentSegments, one array per message) up to seven times, each a scan of all its text.
 */
function oncePerSegments(
  test: (segs: readonly TextSegment[]) => boolean,
): (segs: readonly TextSegment[]) => boolean {
  const known = new WeakMap<readonly TextSegment[], boolean>();
  return (segs) => {
    let answer = known.get(segs);
    if (answer === undefined) known.set(segs, (answer = test(segs)));
    return answer;
  };
}

const discussesFraud = oncePerSegments((segs) => segs.some((seg) => DISCUSSES_FRAUD.test(seg.text)));

/** A subscribed newsletter (an unsubscribe link or header) whose text is about fraud. */
function newsletterAboutFraud(facts: EmailFacts, segs: readonly TextSegment[]): boolean {
  return isBulkMail(facts) && discussesFraud(segs);
}

/** A mail that warns of a scam ("messages impersonating our CEO", "we will never ask"). */
const WARNS_OF_SCAM =
  /\b(?:scams?|scammers?|fraudsters?|impersonat\p{L}*|will never ask|ne (?:vous|te) demander\p{L}* jamais|nunca (?:le|te|les|lhe|lhes) (?:pedir\p{L}*|solicitar\p{L}*)|(?:wird|werden) (?:sie|dich|euch) (?:niemals|nie) (?:auffordern|bitten|fragen)|non (?:vi|ti|le) chieder\p{L}* mai|golpes?|golpistas?|estafas?|estafadores?|arnaques?|escroqueries?|escrocs?|fraudeurs?|betruger\p{L}*|betrugsmasche\p{L}*|betrugsversuch\p{L}*|truffa|truffe|truffatori|oplichters?|oplichting|oszust\p{L}*|bedrageri\p{L}*|bedragare|svindel\p{L}*|matapeli|walaghai|utapeli|barua (?:pepe )?(?:ya|za) (?:uongo|ulaghai|kughushi))\b|詐欺|注意喚起|不審な|フィッシング|なりすまし|诈骗|詐騙|钓鱼邮件|釣魚郵件|冒充|사기|피싱|사칭/iu;
/**
 * Secrecy that shuts colleagues out ("do not discuss it with anyone", "no need to brief treasury"),
 * not a mere label ("confidential matter", "I'll explain later", a staff surprise).
 */
const SECRECY_LABEL_ONLY = /^(?:confidential|discreet|sensitive|top secret)\b|explain|surprise/;

/**
 * The payment ask a message asks the reader to keep secret, or undefined: a payment change or request
 * beside secrecy that shuts colleagues out, or an urgent payment beside any secrecy ("process the
 * wire today … this confidential acquisition"). Not in a newsletter, a list post or a mail that
 * talks about fraud, which quote such requests.
 */
function secretPaymentOf(
  facts: EmailFacts,
  segs: readonly TextSegment[],
  secrecy: readonly PhraseHit[],
  paymentRequest: readonly PhraseHit[],
  payChange: readonly PhraseHit[],
  urgency: readonly PhraseHit[],
): PhraseHit | undefined {
  if (!secrecy.length) return undefined;
  const payment = payChange[0] ?? paymentRequest[0];
  if (!payment) return undefined;
  const shutsOut = secrecy.some((h) => !SECRECY_LABEL_ONLY.test(h.match));
  if (!shutsOut && !(urgency.length && paymentRequest.length)) return undefined;
  if (isBulkMail(facts) || isListMail(facts)) return undefined;
  // "scams impersonating our CEO say 'keep this between us'": a warning quoting the request
  if (discussesFraud(segs) || warnsOfScam(segs)) return undefined;
  return payment;
}

/** "never share", "do not enter", "no one will ask you to confirm": the ask denied just before it. */
/** A company's or a person's payment card, not a gift card: "Visa Corporate Card", "Apple credit card". */
const PAYMENT_CARD = /(?:corporate|business|credit|debit|company|purchasing|travel|fleet|commercial) cards?$/;
/** A payment plan (its own span of the match: "hacer un plan de pago", "plano de pagamento"). */
const PAYMENT_PLAN = /(?:plan|plano|piano) (?:de |di )?(?:pagos?|pagamentos?|pagamento|rateizzazione)$/;
/** The sender's own denial that money is asked for (an audit confirmation, a statement). */
const NOT_A_PAYMENT_REQUEST =
  /(?<![a-z])(?:this|it) is (?:not|no) (?:a )?(?:request|demand|call) for (?:payment|remittance)|(?:this|it) is not a payment (?:request|demand)(?![a-z])/;

/**
 * A negation up to six words before the hit ("Nobody needs to buy anything personally or send codes"):
 * the thing named is what the sentence says is not wanted.
 */
/**
 * "To stop receiving these emails, click here", "Para dejar de recibir correos, haga clic aquí": the
 * link the sentence asks to click is the list's way out, not an ask (normalised text: lower case, no
 * accents).
 */
const UNSUBSCRIBE_LEAD =
  /(?:unsubscribe|opt[ -]?out|stop receiving|no longer (?:wish|want) to receive|(?:manage|update|change) (?:your )?(?:email |mail )?(?:preferences|subscription)|dejar de recibir|dar(?:se|te)? de baja|cancelar (?:la |su )?suscripcion|desuscribir|desabonner|desinscrire|desabonnement|ne plus recevoir|abmelden|abzumelden|abbestellen|nicht mehr (?:erhalten|empfangen)|deixar de receber|descadastr|cancelar (?:a )?inscricao|afmelden|uitschrijven|niet langer ontvangen|disiscriver|non ricevere piu|avslutte abonnement|melde deg av|odhlasit|odhlaseni)[^.!?]*$/;

const NEGATED_LEAD =
  /(?:^|[^a-z])(?:never|not|don't|dont|no one|nobody|nunca|jamais|niemals|nooit|mai)(?:[^a-z][a-z']*){0,6}[^a-z]*$/;

/** "(no login needed)", "without signing in": the sign-in the sentence says is not wanted. */
const NO_NEED_LEAD =
  /(?:^|[^a-z])(?:no|without|kein|keine|keinen|sans|sin|senza|zonder|uten|utan|bez)[^a-z]*$/;

/** "your", in the languages the rules read: the reader's own account inside a span read by meaning. */
const READERS_POSSESSIVE =
  /(?:^|[^a-z])(?:your|you|votre|vos|ihr|ihre|ihrem|ihren|ihres|tu|tus|su|sus|tuo|tua|vostro|vostra|uw|je|jouw|sua|seu|twoj|twoje|twojego|din|ditt|dina)(?:[^a-z]|$)/;

/** An account number shown masked: `ES** **** **** 3091`, `****3091`, `xxxx-xxxx-3091`, `•••• 3091`. */
const MASKED_ACCOUNT =
  /(?:\b[A-Z]{2}(?:\d{2}|[*•xX]{2}))?[ -]?(?:[*•xX]{4}|[*•xX]{2,4}(?:[ -]?[*•xX]{2,4}){1,7})[ -]?\d{3,4}\b/;
/** An IBAN or a long account number written out. */
const WHOLE_ACCOUNT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b|(?<![\d*•xX])\d{8,17}(?![\d*•])/;

/** Whether the text shows an account number masked and writes none out (see PAYMENT_CHANGE). */
function maskedAccountOnly(segs: readonly TextSegment[]): boolean {
  let masked = false;
  for (const seg of segs) {
    const t = (seg.source ?? seg.text).slice(0, 20_000);
    if (WHOLE_ACCOUNT.test(t)) return false;
    masked ||= MASKED_ACCOUNT.test(t);
  }
  return masked;
}

/** What a sign-in notice tells the reader to keep to themselves: a code, a password, a link. */
const CREDENTIAL_OBJECT =
  /(?:^|[^a-z])(?:code|codes|password|passwords|pin|otp|passcode|one-time|credentials|link|token|codice|codigo|mot de passe|passwort|wachtwoord|senha|haslo|losenord|share (?:your |any )?(?:bank|card|account|banking|payment)(?: (?:details|number|numbers|information|info))?)(?:[^a-z]|$)/;

/**
 * "A alteração de dados bancários é feita apenas no portal": how bank details are changed (only in
 * the portal, only by phone; "só é feita pessoalmente"), a policy HR or a payer states, not a change.
 */
function processStatement(h: PhraseHit): boolean {
  const after = sentenceAfter(h, 60) ?? '';
  return ONLY_THROUGH.test(after) || ONLY_THROUGH_WORLD.test(after);
}
/** "Only", in the languages of lures-world.ts ("שינוי פרטי בנק מתבצע מול משאבי אנוש בלבד"). */
const ONLY_THROUGH_WORLD =
  /^[^.!?]{0,50}(?:בלבד|только|лише|тільки|исключительно|виключно|فقط|केवल|सिर्फ|শুধুমাত্র|শুধু|μονο|αποκλειστικα|sadece|yalnizca)/;

/** Up to `chars` characters of the hit's sentence after its match, or null when it cannot be placed. */
function sentenceAfter(h: PhraseHit, chars = Infinity): string | null {
  const at = h.sentence.indexOf(h.match);
  if (at < 0) return null;
  const from = at + h.match.length;
  return h.sentence.slice(from, from + chars);
}
/**
 * The money to go where it always has: "transferencia a mi cuenta del Provincia que ya tienen", "to
 * the account you already have on file", "sur le compte habituel". A supplier's usual terms, the
 * opposite of a diversion: no payment ask for the evidence gate.
 */
const ACCOUNT_ON_FILE =
  /^[^.!?]{0,12}(?:a|en|na|no|to|into|sur|auf|op|sul) (?:mi|mis|la|su|nuestra|nuestro|minha|nossa|my|our|the|mon|notre|le|mein|unser|mijn|onze|il|mio|nostro) (?:\w+ ){0,2}(?:cuenta|conta|account|compte|konto|rekening|conto)[^.!?]{0,40}(?:que ya (?:tienen|tenes|tienes|tiene|conocen|tenian)|de siempre|habitual|que voces ja tem|que ja tem|(?:you|u) (?:already )?have(?: on file)?|on file|as always|as usual|habituel|que vous avez deja|bekannte|die ihnen vorliegt|bisherige|abituale|che avete gia)/;
const ONLY_THROUGH =
  /^[^.!?]{0,30}(?:^|[^a-z])(?:only|apenas|somente|exclusivamente|unicamente|nur|ausschliesslich|uniquement|seulement|solo|solamente|alleen|uitsluitend|wylacznie|endast|bara|so (?:e|sao|pode ser|podem ser) (?:feit|aceit|realizad|efetuad|processad)\w*)(?:[^a-z]|$)/;

/**
 * A mail that warns of a scam ("this is a sextortion scam", "we will never ask"), not one that says it
 * is none ("this is not a scam").
 */
const warnsOfScam = oncePerSegments((segs) =>
  segs.some(
    (seg) => WARNS_OF_SCAM.test(seg.text) && !/\b(?:not|no|isn't|is no) (?:a )?scam\b/.test(seg.text),
  ),
);

/**
 * Someone else's words in quotation marks, reported: 'Carmela emailed a "new Security Bank account"
 * from a slightly different domain'. The writer tells of a change another sent, and announces none.
 */
const REPORTED_QUOTE =
  /(?:^|[^a-z])(?:emailed|e-mailed|sent|wrote|forwarded|texted|claimed|mentioned)(?: (?:us|me|you|them|him|her|in|about))?(?: (?:a|an|the|their|his|her))? ?["“‘«]$/;

/**
 * The writer reporting a notice they received about a change, to check it with the sender: "we
 * received an email today about new bank details for your company, can you confirm?", "wir haben
 * heute eine Mitteilung über eine neue Bankverbindung erhalten", "nous avons reçu un mail concernant
 * un changement de RIB". Someone else's notice, told to the one it names; a fraudster announcing
 * his own change writes "our new details" or "you will have received our letter".
 */
const REPORTED_RECEIPT_LEAD =
  /(?:^|[^a-z])(?:(?:we|i)(?: have|'ve)?(?: just| today| also| recently)? (?:received|got|had) (?:a|an|one|this|that|the following)(?: \w+)? (?:e-?mails?|mails?|letters?|notices?|messages?|notifications?|requests?|calls?|phone calls?|texts?)(?: \w+){0,3} (?:about|regarding|concerning|saying|stating|claiming|advising|informing|notifying|announcing|asking|with)(?: (?:us|me))?(?: of| about| that| to)?|(?:nous avons|j'ai|on a) recu (?:un|une) (?:e-?mail|mail|courriel|message|appel|lettre|courrier|avis|notification)(?: \w+){0,2} (?:concernant|nous informant d'|m'informant d'|annoncant|indiquant|au sujet d'|a propos d'|signalant|demandant)|(?:hemos|he) recibido (?:un|una) (?:correo|e-?mail|mensaje|llamada|carta|aviso|notificacion)(?: \w+){0,2} (?:sobre|acerca de|informando de|informandonos de|indicando|anunciando|con))(?: (?:a|an|the|un|une|una|un nouveau|une nouvelle|le|la|el|d'un|d'une|de un|de una))? ?$/;
/** The German word order: the receipt's verb after the change ("… über eine neue Bankverbindung erhalten"). */
const REPORTED_RECEIPT_LEAD_DE =
  /(?:^|[^a-z])(?:wir haben|ich habe)(?: heute| gestern| soeben| eben| gerade)? (?:eine|ein|einen) (?:mitteilung|e-?mail|mail|nachricht|schreiben|brief|benachrichtigung|anruf|hinweis)(?: \w+){0,2} (?:uber|zu|bezuglich|wegen|betreffend|mit)(?: (?:einer?|die|der|ihre|ihrer|geanderte|geanderter))? ?$/;
const REPORTED_RECEIPT_TRAIL_DE = /^\s*(?:erhalten|bekommen)/;
/**
 * A refusal to take bank changes by email ("for security we can't change bank details from an
 * email"): the reply of someone who was asked for one. The thread's subject ("Re: new bank details")
 * names the request refused, not a change this mail announces.
 */
const REFUSES_CHANGE_BY_EMAIL =
  /(?:can't|cannot|can not|won't|will not|don't|do not|never|unable to) (?:accept |process |make |action |take |change |update |amend |modify |alter )?(?:any )?(?:changes? (?:to|of) )?(?:bank|banking|payment|account|payee) (?:details|information|info|changes?)(?: changes?)? (?:from|by|via|over|through|sent by|received by|on the strength of) (?:an? |one )?(?:e-?mails?|emails?|phone|text)/;
/** The reply and forward prefixes of a subject ("Re:", "AW:", "SV:", "YNT:"), one after another. */
const SUBJECT_PREFIX = '(?:(?:re|aw|sv|vs|antw|wg|fw|fwd|tr|rv|r|odp|ynt|yanit)\\s*:\\s*)';
const REPLY_SUBJECT = new RegExp(`^\\s*${SUBJECT_PREFIX}+`, 'i');

/**
 * A subject that is only the change and a question mark ("AW: Neue Bankverbindung?", "RE: New bank
 * details?"): the reader asking about one, or the reply to that question, not an announcement.
 */
const QUESTION_SUBJECT_LEAD = new RegExp(`^${SUBJECT_PREFIX}*$`);

/** A denial inside a span read by meaning ("my new number … I'm not asking you to transfer"). */
const NEGATION =
  /(?:^|[^a-z])(?:not|no|never|no one|nobody|don't|dont|won't|isn't|nunca|jamais|niemals|nooit|nicht|kein|keine|pas|non|mai|nao|niet|nie|inte)(?:[^a-z]|$)/;

/**
 * The writer reporting a payment already made, just before the payment words: "I've sent the second
 * stage payment (£4,200) by bank transfer", "we paid the deposit by wire": a customer's news, not an
 * ask (unless an ask follows the verb, "I've sent the invoice, please wire it today", or what was sent
 * is the details money should go to: "I sent the details for my $51,995 payment").
 */
const ALREADY_PAID =
  /(?:^|[^a-z])(?:i|we)(?:'ve|'d| have| had)? (?:just |already |now )?(?:sent|paid|transferred|wired|made|settled|remitted)(?! you)(?: (?!please|kindly|can|could|would|need|must|details|info|information|instructions|account|bank|form|invoice)[^ .!?]+){0,6} ?$/;
/**
 * … and a bill paid, named: "I paid the balance for Mochi's invoice (88140) by bank transfer this
 * morning" (an invoice after "paid" or "settled" is what was paid; after "sent" it is the bill sent,
 * which ALREADY_PAID leaves to the ask that may follow).
 */
const ALREADY_PAID_BILL =
  /(?:^|[^a-z])(?:i|we)(?:'ve|'d| have| had)? (?:just |already |now )?(?:paid|settled)(?! you)(?: (?!please|kindly|can|could|would|need|must|details|info|information|instructions|account|bank|form)[^ !?]+){0,8} ?$/;
/** … or in the passive: "INV-20788 ($6,412.00) was paid by ACH today", "the deposit has been wired". */
const PASSIVE_PAID =
  /(?:^|[^a-z])(?:was|were|has been|have been|had been) (?:already |just |now |successfully |fully )?$/;
const PAID_WORD = /^(?:paid|sent|wired|transferred|remitted|settled|processed)\b/;
/** The writer's own check by phone: "I'll ring the office tomorrow to confirm the account details". */
const WRITER_WILL_CALL =
  /(?:^|[^a-z])(?:i|we)(?:'ll| will| shall|'m going to| am going to|'d rather| would rather|'d prefer to| would prefer to) (?:call|ring|phone|give you a call|give you a ring)(?: [a-z']+){0,6} to $/;
/**
 * … or about to pay, the writer's own plan or question: "I'll pay the adjusted amount through the
 * website", "should I make a bank transfer?".
 */
const WRITER_WILL_PAY =
  /(?:^|[^a-z])(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| plan to| intend to| would like to| want to| wish to)(?: just| then| now| gladly| happily)? $|(?:^|[^a-z])(?:can|could|may|shall|should|do) (?:i|we)(?: just| also| rather| then)? $/;

/**
 * The writer saying how they will pay: "we'd prefer to pay by bank transfer from our UK account", "I
 * can pay via wire": the payer's own choice of means, not a payment asked of the reader.
 */
const WRITER_PAYS_BY =
  /(?:^|[^a-z])(?:i|we)(?:'d| would| will|'ll| can| could| shall| prefer to| plan to| intend to| want to)?(?: rather| prefer to| like to| be happy to| be glad to)? (?:pay|settle|send (?:it|the (?:deposit|balance|payment|money)))(?: (?:by|via|with|through|using)(?: an?)?)? $/;

/**
 * A transfer named, not asked for: "it's an international transfer so it might take a couple of
 * days" (the payer explaining the delay of money already sent).
 */
const TRANSFER_NOUN = /^(?:bank|electronic|same day|international|swift|ach|sepa|wire) (?:transfer|payment)$/;
const DESCRIBED_AS =
  /(?:^|[^a-z])(?:it's|it is|it was|that's|that is|this is|this was|was|as) (?:a |an |the )?$/;

/** A call back asked to the writer's own number ("call me back directly on", "my direct line is"). */
const CALL_ME_BACK =
  /(?:call|ring|phone|reach|text) me|give me a call|my direct (?:line|number|dial)|oddzwon|zadzwon|zlap mnie|me rappeler|rappelez-moi|appelez-moi|llameme|llamame|me llame|me ligue|ligue-me|me liga|richiamami|mi richiami|chiamami|rufen sie mich|ruf mich|bel me|belt u mij/;

/** The From address when it is also the only recipient: mail "sent from your own account". */
function selfSent(facts: EmailFacts): string | null {
  const from = facts.from?.address.toLowerCase();
  const to = [...facts.to, ...facts.cc].map((m) => m.address.toLowerCase());
  return from && from.includes('@') && to.length === 1 && to[0] === from ? from : null;
}

/** Where body evidence lives: HTML visible text when the message has HTML, else the plain text. */
function bodyWhere(facts: EmailFacts): string {
  return facts.htmlFacts && facts.htmlFacts.visibleText ? 'body:html' : 'body:text';
}

/** The subject and visible body, normalised and bounded: what every content rule reads. */
/** The body a content rule reads, once per message (five detectors ask for the segments). */
const OWN_WORDS = new WeakMap<object, string>();
function ownWords(
  facts: Pick<EmailFacts, 'visibleText' | 'text'> & Partial<Pick<EmailFacts, 'headers'>>,
): string {
  const full = facts.visibleText || facts.text;
  if (!full || !facts.headers) return full;
  let body = OWN_WORDS.get(facts);
  if (body === undefined) {
    // a list post is judged on what its writer adds: the `>` lines it quotes are an earlier message,
    // often the very lure a security list is discussing
    body = isListMail(facts as EmailFacts) ? stripQuoted(full) : full;
    OWN_WORDS.set(facts, body);
  }
  return body;
}

type SegmentFacts = Pick<
  EmailFacts,
  'subject' | 'visibleText' | 'text' | 'htmlFacts' | 'imageText' | 'documentText'
> &
  Partial<Pick<EmailFacts, 'headers'>>;

/**
 * The segments the content rules read (see segmentsOf), made once per message: six analyzers ask
 * for them, and the same objects let the per-segment caches (evidence alignment, the warnings
 * read below) serve them all. Made again if a field they are read from has changed since.
 */
export function contentSegments(facts: SegmentFacts): readonly TextSegment[] {
  const known = SEGMENTS.get(facts);
  if (
    known &&
    known.subject === facts.subject &&
    known.visibleText === facts.visibleText &&
    known.text === facts.text &&
    known.htmlFacts === facts.htmlFacts &&
    known.imageText === facts.imageText &&
    known.documentText === facts.documentText &&
    known.headers === facts.headers
  )
    return known.segs;
  const segs = segmentsOf(facts);
  const { subject, visibleText, text, htmlFacts, imageText, documentText, headers } = facts;
  SEGMENTS.set(facts, { subject, visibleText, text, htmlFacts, imageText, documentText, headers, segs });
  return segs;
}
const SEGMENTS = new WeakMap<SegmentFacts, SegmentFacts & { segs: readonly TextSegment[] }>();

function segmentsOf(facts: SegmentFacts): TextSegment[] {
  const segs: TextSegment[] = [];
  if (facts.subject)
    segs.push({
      where: 'header:Subject',
      text: normalizeForMatch(facts.subject, 2000),
      source: facts.subject.slice(0, 2000),
    });
  const body = ownWords(facts);
  const fromHtml = Boolean(facts.visibleText && facts.htmlFacts?.visibleText);
  if (body) {
    segs.push({
      where: bodyWhere(facts as EmailFacts),
      text: normalizeForMatch(body, MAX_CONTENT_CHARS, fromHtml),
      source: body.slice(0, MAX_CONTENT_CHARS),
    });
  }
  // text OCR read from the message's pictures (opt-in): the same rules, evidence marked as an image
  // and the text of PDF attachments, evidence marked with the attachment's name
  for (const t of [...(facts.imageText ?? []), ...(facts.documentText ?? [])])
    segs.push({ where: t.where, text: normalizeForMatch(t.text, MAX_CONTENT_CHARS), source: t.text });
  return segs;
}

/** Links whose whole anchor text is a short imperative ask (BUTTON_ASK); the first three links read. */
function buttonAsks(facts: EmailFacts): PhraseHit[] {
  const buttons = facts.links
    .filter((l) => l.source === 'html:href' && l.text.length <= 60 && l.text.trim().length >= 4)
    .slice(0, 3)
    .map((l) => {
      const words = l.text.trim();
      return { where: l.where, text: normalizeForMatch(words, 60), source: words };
    });
  return buttons.length ? findPhrases(buttons, [...BUTTON_ASK, ...BUTTON_ASK_SCRIPTS]).slice(0, 1) : [];
}

function quote(h: PhraseHit | undefined): string {
  const m = h ? (h.verbatim?.match ?? h.match).replace(/\s+/g, ' ') : '';
  return h ? `"${m.length > 80 ? `${m.slice(0, 79)}…` : m}"` : '';
}

/** Distinct http(s) links a reader could click (images and tracking pixels excluded). */
function clickableLinks(links: Link[]): number {
  const urls = new Set<string>();
  for (const l of links) {
    if (l.source === 'html:img' || l.where.startsWith('attachment:')) continue;
    if (!/^https?:\/\//i.test(l.url)) continue;
    // behind Safe Links every link is the same gateway URL up to its query: count destinations
    const dest = unwrapUrl(l.url).url ?? l.url;
    urls.add(dest.replace(/[?#].*$/, '').toLowerCase());
  }
  return urls.size;
}

/**
 * The letter o between digits of a number (a separator or two allowed either side). Written with
 * the letter first and the look-behinds after it (each ending in the letter: the same matches as
 * `(?<=\d[ .()-]{0,3})o(?=…)|(?<=\do?[ .()-]{0,3})o(?=…)`), so V8 skips to the next o instead of
 * testing a look-behind at every position: ≈ 4.5× faster over the segments of every 3rd dev message
 * (test/email/phone-letters.test.ts compares the two forms).
 */
const LETTER_ZERO =
  /o(?:(?<=\d[ .()-]{0,3}o)(?=[ .()-]{0,3}[\do])|(?<=\do?[ .()-]{0,3}o)(?=[ .()-]{0,3}\d))/g;

/**
 * The letter l or i for a one inside a number ("52l-4O9l"), read after LETTER_ZERO (the same
 * matches as `(?<=\d[ .()-]{0,3})[li](?=[ .()-]{0,3}[\dli])|(?<=\d[li]?[ .()-]{0,3})[li](?=[ .()-]{0,3}\d)|(?<=\d\d)[li](?![a-z0-9])`,
 * the letter first as above).
 */
const LETTER_ONE =
  /[li](?:(?<=\d[ .()-]{0,3}[li])(?=[ .()-]{0,3}[\dli])|(?<=\d[li]?[ .()-]{0,3}[li])(?=[ .()-]{0,3}\d)|(?<=\d\d[li])(?![a-z0-9]))/g;

/** A number's letters read as its digits: o as 0, then l and i as 1 (same length, same offsets). */
export function lettersAsDigits(text: string): string {
  return text.replace(LETTER_ZERO, '0').replace(LETTER_ONE, '1');
}

/** Digits spelt as words, in the languages the rules read: "eight four four - three zero one …". */
const DIGIT_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['zero', 'oh', 'cero', 'null', 'nul', 'zéro'],
    ['one', 'uno', 'un', 'eins', 'een', 'um'],
    ['two', 'dos', 'deux', 'zwei', 'due', 'twee', 'dois'],
    ['three', 'tres', 'trois', 'drei', 'tre', 'drie'],
    ['four', 'cuatro', 'quatre', 'vier', 'quattro', 'quatro'],
    ['five', 'cinco', 'cinq', 'funf', 'cinque', 'vijf'],
    ['six', 'seis', 'sechs', 'sei', 'zes'],
    ['seven', 'siete', 'sept', 'sieben', 'sette', 'zeven', 'sete'],
    ['eight', 'ocho', 'huit', 'acht', 'otto', 'oito'],
    ['nine', 'nueve', 'neuf', 'neun', 'nove', 'negen'],
  ].flatMap((words, digit) => words.map((w) => [w, digit] as const)),
);
/** A run of nine or more spelt digits: no sentence has one, a number written to dodge a filter does. */
const SPELT_NUMBER = new RegExp(
  `(?<![a-z])(?:(?:${Object.keys(DIGIT_WORDS).join('|')})(?:[ ,.()/-]{1,4}|$)){9,15}`,
  'g',
);

/**
 * Phone numbers in a normalised text (at most a few), ignoring digit runs that are dates or ids; also
 * numbers written with letters for digits and numbers spelt as words (a hit whose verbatim text has
 * letters in it is such a disguised number).
 */
export function findPhones(segments: readonly TextSegment[], max = 5): PhraseHit[] {
  const out: PhraseHit[] = [];
  const aligned = new Map<TextSegment, Alignment | null>();
  for (const seg of segments) {
    // "+1 (8O8) 555 - O147", "52l-4O9l": the letters o, l and i written for digits inside a number
    // (same length, so the offsets still point into the segment)
    const numeric = lettersAsDigits(seg.text);
    for (const re of PHONE_RES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (out.length < max && (m = re.exec(numeric)) !== null) {
        const digits = m[0].replace(/\D/g, '').length;
        if ((digits < 9 && !(digits === 8 && NORDIC_PAIRS.test(m[0]))) || digits > 15) continue;
        // an order / invoice / reference number written with a '#' or 'no.' in front is not a phone
        const before = seg.text.slice(Math.max(0, m.index - 12), m.index);
        // … unless it is shaped as a phone number: "Questions about this order: 1 (844) 219-7730"
        const phoneShaped = /\(\d{3}\)|^\s*\+/.test(m[0]);
        if (!phoneShaped && /(?:#|ref\.?|order|invoice|account|iban|id)\s*:?\s*$/.test(before)) continue;
        const s = Math.max(0, m.index - 60);
        const e = Math.min(seg.text.length, m.index + m[0].length + 40);
        const hit: PhraseHit = {
          where: seg.where,
          match: m[0].trim(),
          index: m.index,
          context: seg.text.slice(s, e),
          sentence: '',
          lead: '',
        };
        const lead = m[0].length - m[0].trimStart().length;
        const matchStart = m.index + lead;
        const matchEnd = matchStart + hit.match.length;
        const match = verbatimOf(seg, aligned, matchStart, matchEnd);
        const context = verbatimOf(seg, aligned, s, e);
        if (match !== null && context !== null) hit.verbatim = { match, context };
        out.push(hit);
      }
    }
    SPELT_NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (out.length < max && (m = SPELT_NUMBER.exec(seg.text)) !== null) {
      const words = m[0].match(/[a-zé]+/g) ?? [];
      if (words.length < 9 || words.length > 15) continue;
      const digits = words.map((w) => DIGIT_WORDS[w]).join('');
      const s = Math.max(0, m.index - 60);
      const e = Math.min(seg.text.length, m.index + m[0].length + 40);
      const hit: PhraseHit = {
        where: seg.where,
        match: m[0].replace(/[^a-zé]+$/, ''),
        index: m.index,
        context: `${seg.text.slice(s, e)} (${digits})`,
        sentence: '',
        lead: '',
      };
      out.push(hit);
    }
  }
  return out;
}

function countMatches(text: string, re: RegExp, max = 20): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text) !== null) n++;
  return n;
}

/** Every content rule over one message's facts. Pure; bounded work. */
/** "Payment is not due until May", "the balance is not yet payable": the sentence denies the ask. */
/**
 * The sentence warns about such a change rather than making one: "if you receive an email … with new
 * or updated wire instructions, do not act on it", "if anyone ever emails you different payment
 * instructions claiming to be us, call me". Read over the whole sentence, as the lead stops at 80
 * characters before the match.
 */
const WARNING_BEFORE =
  /(?:^|[^a-z])(?:if (?:you|anyone|anybody|someone|somebody) (?:ever |should )?(?:receive|receives|get|gets|email|emails|send|sends|contact|contacts|call|calls)|if (?:anyone|anybody|someone|somebody|any (?:staff|employee|colleague|supplier)s?)(?:'s| has| have| is)? (?:ever |already )?(?:asked|asks|requested|requests|wants|wanted|told|tells)|should you (?:ever )?(?:receive|get)|(?:someone|somebody|a scammer|an impostor) (?:has |had )?(?:e-?mailed|wrote to|texted) (?:her|him|me|us|them|you|our [a-z]+)|(?:a|the|an elderly|a new) (?:client|customer|member|caller|person|relative) who (?:asks|asked|wants|wanted|tells|told|insists|insisted)|اگر [اآ]پ کو|ہم کبھی بھی|(?:did|have|has) (?:you|anyone) (?:get|got|receive|received|had) (?:an? |any )?(?:odd|strange|weird|suspicious|funny|dodgy|unusual) (?:e-?mails?|messages?|letters?|requests?)|we will never|we never|(?:will|would|shall) never|(?:will|would|shall) not be asked|(?:won't|will not) (?:ask|be asking) you|(?:are|is) not (?:being )?asked|no one will ask|nobody will ask|neither|never (?:email|send|change)|never (?:asks?|requests?|requires?|demands?|collects?)|beware|be aware|be wary|watch out for|scammers?|fraudsters?|criminals?|pretending|claiming to|purporting|impersonating|fake (?:e-?mails?|messages?|texts?|calls?|invoices?|requests?)|(?:fake|bogus|fraudulent|spoofed|forged|phishing|scam) ["“'«]|look(?:s|ed)? like (?:it|they) (?:came|come|comes|was|were) from|(?:the|that|this|an?) (?:odd|strange|weird|suspicious|dodgy|unusual|fake|bogus|spoofed|fraudulent) ["“'«]?(?:re|fw|fwd)?:?["”'»]? ?(?:e-?mails?|messages?|repl(?:y|ies)|letters?|requests?)|angeblich|(?:falls|wenn) (?:ihr|sie|du) (?:jemals|je) |si (?:jamais )?vous recevez|pretendument|si (?:alguna vez )?(?:recibe|recibes|recibieras)|supuestamente|zogenaamd|als (?:u|je) ooit|presunt[oaie]|se (?:mai )?ricev\w+|supostamente|se (?:alguma vez )?receber|ne (?:vous|te) (?:demandera|demanderons|demandons|demande|demanderont) jamais|nunca (?:le|te|les|lhe|lhes) (?:pedira|pediremos|pedimos|solicitara|solicitaremos|solicitamos)|(?:wird|werden) (?:sie|dich|euch) (?:niemals|nie) (?:auffordern|bitten|fragen)|non (?:vi|ti|le) (?:chiedera|chiederemo|chiediamo|chiederanno) mai|(?:on a|j'ai|nous avons) (?:recu|eu) (?:[^ ]+ ){0,5}(?:mail|e-?mail|courriel|message) (?:[^ ]+ ){0,4}(?:annoncant|pretendant|indiquant|qui annonce|qui pretend))(?:[^a-z]|$)/;
const WARNING_AFTER =
  /^[^.!?]{0,80}?(?:(?:those|these|they|that|it|this|which) (?:were|was|are|is) not (?:from|sent by) (?:us|me|our (?:office|team|company|firm))|claiming|claims to|purporting|pretending|appearing to (?:be|come)|(?:letter|email|e-mail|message|request|notice) from an? (?:fake|spoofed|fraudulent|bogus|forged|look-?alike|impostor) (?:address|domain|email|e-mail|account|sender|mailbox)|do not act|don't act|do not (?:respond|reply|send|wire|pay)|is (?:a )?(?:scam|fraud)|it'?s (?:a )?(?:scam|fraud)|nicht (?:uberweisen|zahlen|bezahlen)|ne (?:payez|virez) pas|no (?:pague|transfiera)|niet (?:betalen|overmaken)|non (?:pagate|pagare)|nao (?:pague|transfira))/;
/**
 * The words just read called fake in the past tense, by someone who saw through them: "L'altra mail
 * con il "nuovo IBAN" era quella falsa", "the "new IBAN" was the fake one we reported". (Not "is
 * fraudulent": a lure says that of the activity it invents.)
 */
const CALLED_FAKE =
  /^[^.!?]{0,80}?(?:(?:was|were) (?:the |a |an )?(?:fake|forged|spoofed)(?![a-z])|(?:era|fu) (?:quella |quello |la |il |una |un )?(?:falsa|falso|fasulla|fasullo|truffa)|war (?:eine |ein )?(?:gefalscht\w*|falschung|fake)|etait (?:la |le |une |un )?(?:fausse|faux|arnaque)|(?:era|fue|foi) (?:la |el |a |o |una |un |uma )?(?:falsa|falso|estafa|golpe))/;
function warnsAbout(h: PhraseHit): boolean {
  const at = h.sentence.indexOf(h.match);
  if (at < 0) return false;
  return (
    WARNING_BEFORE.test(h.sentence.slice(Math.max(0, at - 240), at)) ||
    WARNING_AFTER.test(sentenceAfter(h, 120)!) ||
    CALLED_FAKE.test(sentenceAfter(h, 120)!) ||
    // … inside the match too: "IBAN" was the fake one we reported, so ignore"
    CALLED_FAKE.test(h.sentence.slice(at, at + h.match.length + 120))
  );
}

function deniedAfter(h: PhraseHit): boolean {
  const at = h.sentence.indexOf(h.match);
  if (at < 0) return false;
  // the denial may sit inside the match ("payment … is not due") or just after it
  const tail = h.sentence.slice(at, at + h.match.length + 40);
  return /(?:^|\W)(?:is|are|was|were|will be|has been|have been)? ?(?:not|n't|no longer) (?:yet )?(?:due|owed|payable)(?:\W|$)/.test(
    tail,
  );
}

/**
 * The payment words naming a record or a tax, not asking for money: a bank's "Wire Payment
 * Confirmation" attached by the client who paid, "o imposto de transferência" (land transfer tax).
 */
function recordOfPayment(h: PhraseHit): boolean {
  const at = h.sentence.indexOf(h.match);
  const tail = at < 0 ? '' : h.sentence.slice(at + h.match.length, at + h.match.length + 24);
  return (
    /^ ?(?:confirmation|receipt|advice|slip|completed|successful|comprovante|comprobante|recibo|quittung|beleg|bestatigung|avis|reussi)(?![a-z])/.test(
      tail,
    ) ||
    /(?:^|[^a-z])(?:imposto|taxa|impuesto|tasa|impot|droits?|steuer) (?:de |sobre (?:a )?|sur (?:la )?)?$/.test(
      h.lead,
    )
  );
}

/** A phrase that follows "your (…)": the reader's own card, bill or payment, not a vendor's request. */
/** A quarantine digest: messages held for the reader to review or release, in the gateways' words. */
const QUARANTINE_DIGEST =
  /(?:messages?|e-?mails?) (?:are |have been |were )?(?:being )?(?:held|quarantined) (?:for you|in quarantine)|(?:in|to the|from) quarantine|quarantaine|quarantane|cuarentena|quarentena|quarantena/;
/** The value of an order's payment field: a card, a wallet or a payment service, not an account. */
const PAID_BY_LABEL =
  /^ ?: ?(?:shopify|paypal|stripe|klarna|square|apple pay|google pay|amazon pay|visa|mastercard|maestro|american express|amex|carta|credit|debit|card|karte|kreditkarte|ec-karte|tarjeta|cartao|carte|contrassegno|cash on delivery|nachnahme|contra ?reembolso|satispay|bancontact|ideal|sofort|giropay|twint|blik|pix|boleto|mb ?way|multibanco|bizum)(?![a-z])/;
/** Payment words of the other languages the asks read, where `no` is not a denial. */
const FOREIGN_PAYMENT =
  /pagamento|pago|zahlung|uberweis|paiement|virement|betaling|overboeking|transferencia|pix/;
const READERS_OWN = /(?:^|[^a-z])your(?: [a-z]{1,12})? ?$/;
/** The reader's payment card in a shop's or a subscription's notice: expiring, declined, "ending in 4242". */
const READERS_CARD =
  /\b(?:your (?:credit |debit |payment )?card|card (?:is |has )?(?:expir|declin)\w*|expir(?:ed|ing) card|card ending(?: in)?|ending in \d{4})\b/;
/**
 * "Call the number on the back of your card": a bank's advice to ring the reader's own card issuer,
 * not a gift card's code asked for.
 */
function callsCardIssuer(h: PhraseHit): boolean {
  return (
    /(?:^|[^a-z])(?:call|ring|dial|phone|contact us (?:at|on)|call us (?:at|on))(?: [a-z]+)? ?$/.test(
      h.lead,
    ) && /^ of (?:your|the) (?:[a-z]+ )?card(?![a-z])/.test(sentenceAfter(h) ?? '')
  );
}

/** Gift-card codes sent back to the one asking: what no purchasing process does. */
const CODES_TO_ASKER =
  /\b(?:scratch(?:ed)? (?:off )?the (?:back|silver)|(?:send|text|email|e-mail|forward|share|whatsapp|message|snap)\b[^.!?\n]{0,40}\b(?:codes?|pins?|card numbers?|pictures?|photos?|images?)\b[^.!?\n]{0,30}\b(?:to me|me|my (?:text|phone|cell|mobile|number|email|whatsapp|personal)))/;
/**
 * A bank change denied after its words, as Japanese and Korean write it: "口座変更なし" (no account
 * change), "口座変更はありません", "계좌 변경 없음". A colleague's payment approval says that to vouch
 * for the payee, not to move its money.
 */
const PAY_CHANGE_DENIED_AFTER =
  /^\s*(?:(?:は|も)?\s*(?:なし|無し|ありません|ございません|しておりません|不要|없음|없습니다|없어요)|の\s*(?:ご)?(?:連絡|通知|依頼|申し出|案内)\s*(?:は|も)?\s*(?:受けて|来て|届いて|頂いて|いただいて)?\s*(?:おりません|いません|ありません|ございません))/;
/**
 * A new bill, statement or document named on its way to an account ("a new invoice is available for
 * account 1004419827"): the reader's customer account, not a new one to pay into. Only when no second
 * "new" follows (a new invoice paid to the new account is still a change).
 */
const NEW_DOCUMENT_FOR_ACCOUNT =
  /^new (?:invoices?|statements?|bills?|e-?bills?|documents?|messages?|notifications?|notices?|letters?|reports?|orders?|quotes?|estimates?|receipts?)\b(?![\s\S]*\bnew\b)/;

/**
 * A Direct Debit following its payer to a new account (the payer's bank switched, not a payee's), or
 * named in Urdu ("ڈائریکٹ ڈیبٹ": a client's own account moved, so the fee's debit failed).
 */
const DEBIT_SWITCH =
  /\b(?:collected|debited|taken|drawn) from (?:the|your|their|his|her) new (?:bank )?account\b|\bcurrent account switch(?:ing)? service\b|\b(?:direct debit|sepa|bacs) mandate\b[^.\n]{0,80}\b(?:transferred|switched|moved)\b|ڈا[يئ]ریکٹ ڈیبٹ/;
/** What a vendor's bank change names and a card on file does not. */
const BANK_WORDS =
  /\b(?:bank|banking|iban|swift|bic|routing|sort code|account|accounts|remittance|wire|beneficiary|rib|konto|rekening|cuenta|conta|conto)\b/;

/** What makes a message a bill: its name or its money words, in the languages the phrase lists read. */
const BILL_WORDS =
  /\b(?:invoice|bill|fee|fees|iban|bank transfer|payment|facture|montant|reglement|virement|factura|importe|pago|transferencia|rechnung|betrag|zahlung|uberweisung|factuur|bedrag|betaling|fattura|importo|pagamento|bonifico|fatura|faktura|kwota|oplat\w*|platnosc|przelew)\b/;
/** A directory or register named in the fine print itself ("an annuaire privé", "a private register"). */
const DIRECTORY_WORD =
  /directory|register|registry|annuaire|repertoire|registre|verzeichnis|rejestr|ewidencj|katalog|catalogue/;
/** The look-alike invoice's legal disclaimer ("this is a solicitation … not a bill"). */
// (… and a registration agent's "not affiliated with the FDA" under a bill for a renewal the agency
// does for free, or a "private document preparation service … not affiliated with any county or
// state agency" billing a filing the owner makes free at the county)
const SOLICITATION_NOT_BILL =
  /solicitation|not (?:a bill|an invoice|a statement) (?:from|issued by)|food and drug administration|fda|patent and trademark office|uspto|euipo|wipo|intellectual property office|(?:private|independent) (?:document preparation|filing|records?|compliance|registration) service/;

/**
 * A directory or register as a sender names itself ("Suomen Yrityshakemisto", "Dansk
 * Erhvervsregister", "Directorio Agrícola Hispano"); not a registration office ("RCVS Registration").
 */
const DIRECTORY_NAME =
  /directory|directorio|diretorio|direktori|register(?:et|s)?\b|registry|registre\b|registro\b|registo\b|registru|registar\b|registras|rejestr|rejstrik|rekisteri|hakemisto|verzeichnis|branchenbuch|annuaire|repertoire|yearbook|katalog|catalog/;

/** From a government's own domain: a public register bills its fees from there. */
function fromPublicBody(facts: EmailFacts): boolean {
  return !!facts.from?.domain && isGovernmentDomain(facts.from.domain);
}

/** A match that starts with a word hyphenated to the next, other than a phrasal verb or a prefix (re-, e-). */
const COMPOUND_MODIFIER = /^(?!(?:sign|log|opt|check|fill|set|e|re|pre|co|un|de|double)-)[a-z]+-[a-z]/;

export function contentSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const segs = contentSegments(facts);
  if (!segs.length) return [];
  const out: Signal[] = [];

  // homoglyphs: one mixed word, or two whole words in look-alikes inside Latin text
  const scripts = findMixedScript([facts.subject, facts.visibleText || facts.text]);
  const spoofed = scripts.mixed.length + scripts.wholeScript.length;
  if (scripts.mixed.length >= 1 || scripts.wholeScript.length >= 2) {
    out.push(
      MIXED_SCRIPT.fire(
        `${spoofed} word(s) spelt with look-alike letters of another script: ${scripts.examples.join('; ')}`,
        scripts.examples.map((text) => ({ where: bodyWhere(facts), text })),
        spoofed >= 3 ? 'high' : 'medium',
      ),
    );
  }
  const find = (patterns: RegExp[]) => findPhrases(segs, patterns);
  // mail from a brand's own domains (a crypto exchange's statement, its notice about its accounts)
  const fromBrandDomain =
    !!facts.from?.domain && ownersOf(facts.from.domain, ctx.config).some((o) => o.startsWith('brand:'));
  // scams and bank changes read by meaning (src/email/scam-schemes.ts), once per message
  const schemes = findSchemes(segs);
  const told = (name: SchemeName) => schemes.find((h) => h.scheme === name)?.hits ?? [];

  // "your payment details have been updated" is the customer's own card on file, not a vendor's bank
  // "Your card is expiring soon … UPDATE PAYMENT DETAILS": a shop's notice about the reader's card,
  // where "payment details" (no bank, account or IBAN in it) is that card
  const readersCard = segs.some((seg) => READERS_CARD.test(seg.text));
  // a Direct Debit moved with the payer's switched account ("future payments will be collected from
  // the new account", the Current Account Switch Service): money drawn from an account, never a
  // payee's account the reader is told to pay into
  const debitSwitch = segs.some((seg) => DEBIT_SWITCH.test(seg.text));
  // a mail gateway's quarantine digest lists the held messages' subjects ("Wijziging bankgegevens
  // Alfasan per 1 april"): other senders' words, listed for review, not a change this mail announces
  const digest = segs.some((seg) => QUARANTINE_DIGEST.test(seg.text));
  // a newsletter about fraud names the red flag in quotes ('the five red flags in a "new
  // remittance instructions" email'): the words under discussion, not a change
  let fraudTalk: boolean | undefined;
  const quotedInFraudTalk = (h: PhraseHit) =>
    /["“‘«][^"”’»]{0,24}$/.test(h.lead) && (fraudTalk ??= newsletterAboutFraud(facts, segs));
  const trailOf = (h: PhraseHit) => {
    const at = h.sentence.indexOf(h.match);
    return at < 0 ? '' : h.sentence.slice(at + h.match.length, at + h.match.length + 12);
  };
  const vendorChange = (h: PhraseHit) =>
    !quotedInFraudTalk(h) &&
    !REPORTED_QUOTE.test(h.lead) &&
    !REPORTED_RECEIPT_LEAD.test(h.lead) &&
    !(REPORTED_RECEIPT_LEAD_DE.test(h.lead) && REPORTED_RECEIPT_TRAIL_DE.test(trailOf(h))) &&
    !(
      h.where === 'header:Subject' &&
      QUESTION_SUBJECT_LEAD.test(h.lead) &&
      h.sentence.trimEnd() === `${h.lead}${h.match}` &&
      /\?\s*$/.test(facts.subject)
    ) &&
    !(
      h.where === 'header:Subject' &&
      REPLY_SUBJECT.test(facts.subject) &&
      segs.some((seg) => REFUSES_CHANGE_BY_EMAIL.test(seg.text))
    ) &&
    !PAY_CHANGE_DENIAL.test(`${h.lead}${h.match}`) &&
    !PAY_CHANGE_DENIED_AFTER.test(trailOf(h)) &&
    !READERS_OWN.test(h.lead) &&
    !warnsAbout(h) &&
    !NEGATED_LEAD_WORLD.test(h.lead) &&
    !(readersCard && !BANK_WORDS.test(h.match)) &&
    !debitSwitch &&
    !digest;
  const payChange = [
    ...find(PAY_CHANGE_OLD),
    ...find(PAY_CHANGE_OLD_INTL),
    ...find(PAY_CHANGE).filter(vendorChange),
    ...find(PAY_CHANGE_PRETEXT).filter(vendorChange),
    ...find(PAY_CHANGE_RESTATED).filter(vendorChange),
    ...find(PAY_CHANGE_INTL).filter(vendorChange),
    // paraphrases by meaning: the same denial checks, and never the reader's own details inside it
    ...find(PAY_CHANGE_BY_MEANING).filter(
      (h) => vendorChange(h) && !/(?:^|[^a-z])(?:your|you)(?:[^a-z]|$)/.test(h.match),
    ),
  ].filter((h) => !processStatement(h));
  // … and in any words: money to an account other than the usual, its coordinates written out
  if (!payChange.length) {
    // (a reminder's "if paid already, disregard this reminder, or send remittance details" sets
    // aside the reminder, not the old account)
    const oldSetAside = told('disregard_old');
    const change = told('bank_change').length
      ? told('bank_change')
      : oldSetAside.some((h) => DISREGARD_NOTICE.test(h.context))
        ? []
        : oldSetAside;
    // "a new payee was added to your account" is the reader's own account; "our account has not
    // changed" is no change
    // … and "a new invoice is available for account 1004419827" is a new bill on the reader's
    // customer account, not a new account to pay into
    const span = change[0];
    if (
      span &&
      vendorChange(span) &&
      !READERS_POSSESSIVE.test(span.match) &&
      !NEGATION.test(span.match) &&
      !NEW_DOCUMENT_FOR_ACCOUNT.test(span.match)
    )
      payChange.push(...change);
  }
  // a sum anywhere in the message: what turns "please process this today" into a payment ask
  const amountStated = segs.some(
    (seg) => countMatches(seg.text, AMOUNT, 1) > 0 || AMOUNT_IN_WORDS.test(seg.text),
  );
  // "no balance due", "nothing outstanding": a receipt, not a request
  // an auditor's balance confirmation says so in as many words: "This is not a request for payment"
  const notAsked = segs.some((seg) => NOT_A_PAYMENT_REQUEST.test(seg.text));
  const paymentRequest: PhraseHit[] = notAsked
    ? []
    : [
        ...find(PAYMENT_REQUEST),
        ...find(PAYMENT_REQUEST_INTL),
        ...find(PAYMENT_REQUEST_RESTATED),
        // (never across a label and its value: "Payment processing method: Shopify Payments")
        ...find(PAYMENT_REQUEST_BY_MEANING).filter((h) => !/[a-z]: /.test(h.match)),
        ...(amountStated ? find(PAYMENT_REQUEST_IF_AMOUNT) : []),
      ].filter(
        (h) =>
          // "no payment due" denies in English; Portuguese "atraso no pagamento" is "late in the payment"
          (FOREIGN_PAYMENT.test(h.match) ||
            !/(?:^|[^a-z])(?:no|nothing|zero|not|don't|never)(?: [a-z]{1,12})? ?$/.test(h.lead)) &&
          !deniedAfter(h) &&
          !recordOfPayment(h) &&
          !ALREADY_PAID.test(h.lead) &&
          !ALREADY_PAID_BILL.test(h.lead) &&
          !WRITER_PAYS_BY.test(h.lead) &&
          !ACCOUNT_ON_FILE.test(sentenceAfter(h, 120) ?? '') &&
          // … and the payer's own question ("Can I pay by card, or should I make a bank transfer?")
          !(
            WRITER_WILL_PAY.test(h.lead) && /^(?:pay|send|settle|transfer|wire|remit|make)\b/.test(h.match)
          ) &&
          !(PAID_WORD.test(h.match) && PASSIVE_PAID.test(h.lead)) &&
          !(TRANSFER_NOUN.test(h.match) && DESCRIBED_AS.test(h.lead)) &&
          // a payment plan asked for is the debtor's own proposal ("¿Se puede hacer un plan de pago así?",
          // "could we arrange a payment plan"), not a payment asked of the reader
          !PAYMENT_PLAN.test(h.match) &&
          !/^ plans?\b/.test(sentenceAfter(h, 8) ?? '') &&
          // a bare payment word labelling how an order was paid ("Pagamento: Shopify Payments",
          // "Zahlung: Kreditkarte") is a field of a receipt, it asks nothing ("zu überweisen: IBAN …" does)
          !(!h.match.includes(' ') && PAID_BY_LABEL.test(sentenceAfter(h, 40) ?? '')),
      );
  const urgency = [...find(URGENCY), ...find(URGENCY_INTL), ...find(URGENCY_BY_MEANING)];
  // "never share your password with anyone" keeps the reader's own secret, not a request's
  const secrecy = [
    ...find([...SECRECY, ...SECRECY_RESTATED]),
    ...find(SECRECY_INTL),
    ...[...told('secrecy'), ...told('secrecy_word')].filter((h) => !READERS_POSSESSIVE.test(h.match)),
  ].filter((h) => !CREDENTIAL_OBJECT.test(h.match));
  const opener = find(BEC_OPENER);
  const unavailable = [...find(UNAVAILABLE), ...find(UNAVAILABLE_INTL)];
  const request = find(REQUEST);
  // "staff will never ask you for gift cards": the parish's warning about such asks, not one (all of
  // the message's gift-card words: the warning's other sentences name the scam it warns about)
  // (a company's payment card is none: "Visa Corporate Card", "Amazon Business credit card")
  const giftHits = [...find(GIFT_CARD_WORDS), ...find(GIFT_CARD_BY_MEANING)].filter(
    (h) => !PAYMENT_CARD.test(h.match),
  );
  const giftWords = giftHits.some(warnsAbout) ? [] : giftHits;
  const payroll = [
    ...find(PAYROLL),
    ...find(PAYROLL_RESTATED),
    // … and in any words, never the reader's own account ("your new salary account is set up")
    ...told('payroll_change').filter((h) => !READERS_POSSESSIVE.test(h.match) && !NEGATED_LEAD.test(h.lead)),
  ];
  // "change my direct deposit", "lönen till mitt nya konto": the diversion asked for in person
  const payrollMine = payroll.some((h) => FIRST_PERSON.test(`${h.lead}${h.match}`));

  // gift cards: the card words plus either the code-sending ask or a purchase ask under pressure
  let giftFired = false;
  if (giftWords.length) {
    // "please never send full card numbers by email" keeps the numbers out of mail: no ask
    const codes = [...find(GIFT_CARD_CODES), ...find(GIFT_CARD_CODES_BY_MEANING)].filter(
      (h) => !callsCardIssuer(h) && !NEGATED_LEAD.test(h.lead),
    );
    const buy = find(PURCHASE).length + find(PURCHASE_BY_MEANING).length + find(GIFT_CARD_NEED).length > 0;
    const pressure = urgency.length + secrecy.length + unavailable.length + opener.length > 0;
    if (codes.length && (buy || pressure || request.length)) {
      giftFired = true;
      // a manager asking a colleague to order the team's thank-you cards is the office's business: an
      // ask that needs a deception beside it (a Reply-To elsewhere), not evidence on its own
      // … unless the codes come back to the asker ("send the codes to my text", "scratch the back")
      const colleagues = betweenColleagues(facts) && !segs.some((seg) => CODES_TO_ASKER.test(seg.text));
      out.push(
        GIFT_CARD.fire(
          `Asks for gift cards and their codes: ${quote(giftWords[0])}, ${quote(codes[0])}${colleagues ? ' (between colleagues)' : ''}`,
          phraseEvidence([giftWords[0]!, ...codes]),
          colleagues ? 'medium' : 'high',
        ),
      );
    } else if (buy && pressure && (request.length || opener.length)) {
      giftFired = true;
      out.push(
        GIFT_CARD.fire(
          `Asks to buy gift cards under pressure: ${quote(giftWords[0])}`,
          phraseEvidence([giftWords[0]!, ...urgency, ...secrecy, ...unavailable, ...opener]),
          'medium',
        ),
      );
    }
  }

  // … and in any words: cards bought and their codes sent back to the one asking
  const giftCodes = giftFired ? [] : told('gift_codes');
  if (
    giftCodes.length &&
    !giftCodes.some(warnsAbout) &&
    !discussesFraud(segs) &&
    !warnsOfScam(segs) &&
    !isBulkMail(facts)
  ) {
    giftFired = true;
    const colleagues = betweenColleagues(facts) && !segs.some((seg) => CODES_TO_ASKER.test(seg.text));
    out.push(
      GIFT_CARD.fire(
        `Asks for gift cards and their codes (read by meaning): ${giftCodes.map((h) => quote(h)).join(' … ')}${colleagues ? ' (between colleagues)' : ''}`,
        phraseEvidence(giftCodes),
        colleagues ? 'medium' : 'high',
      ),
    );
  }

  if (payChange.length) {
    // "please DO NOT update your records based on this email alone" asks the opposite
    const context = [...find(PAYMENT_CONTEXT), ...find(PAYMENT_CONTEXT_INTL)].filter(
      (h) => !NEGATED_LEAD.test(h.lead),
    );
    // told to verify by the number already on file and keep paying the old account: an ask for the
    // gate (a deception must join it), never strong on its own
    // … while one that talks the reader out of checking it is the fraud's own move: strong
    const noVerify = [...find(PAY_CHANGE_NO_VERIFY), ...told('no_callback')];
    const verified =
      !noVerify.length &&
      (find(PAY_CHANGE_VERIFY_OUT_OF_BAND).length > 0 ||
        told('verify_known').some((h) => !NEGATED_LEAD.test(h.lead)));
    // an organisation's own awareness mail lists the fraud's words ("changement de RIB, virement
    // urgent"): between colleagues, about fraud, the words are the lesson, not the ask
    const lesson = awarenessMail(facts, segs);
    // Workday telling an employee their direct-deposit change arrived, Coupa asking a supplier to
    // keep its remittance details current: the platform's own notice about the reader's account
    const sender = facts.from?.domain ? (registrableDomain(facts.from.domain) ?? '') : '';
    const platform = PROVIDER_DOMAINS.has(sender) || AP_PLATFORMS.has(sender);
    // a club's or a school's mailing list telling its members the new account: an announcement to
    // many (a bank-change fraud writes to the one who pays); an ask the gate pairs with a deception
    const announcement = isBulkMail(facts);
    // the new account shown masked (`ES** **** … 3091`, `****3091`) and none written out: the HR
    // portal's or the bank's notice that the reader's own account was changed; a fraud must give
    // the whole number it wants paid into
    const masked = maskedAccountOnly(segs);
    // the payment told to go to the new account, or the old one said to be out of use: the
    // diversion asked for in so many words
    const redirect = [
      ...find(PAY_CHANGE_OLD),
      ...find(PAY_CHANGE_OLD_INTL),
      ...find(PAY_REDIRECT).filter(vendorChange),
    ].filter((h) => !processStatement(h) && !warnsAbout(h));
    const strong =
      !lesson &&
      !platform &&
      !announcement &&
      !masked &&
      (noVerify.length > 0 ||
        (!verified &&
          (payrollMine ||
            paymentRequest.length +
              request.length +
              urgency.length +
              secrecy.length +
              context.length +
              redirect.length >
              0)));
    out.push(
      PAYMENT_CHANGE.fire(
        `Announces new or changed bank details: ${quote(payChange[0])}${lesson ? " (in the organisation's own mail about fraud)" : platform ? ` (${sender}'s own notice about the reader's account)` : announcement ? ' (to a list or in bulk mail)' : masked ? ' (the account shown masked: a notice of the reader’s own)' : noVerify[0] ? `, and talks the reader out of checking them: ${quote(noVerify[0])}` : strong ? '' : verified ? ' (and says to verify them by the number already on file)' : ' (no payment request next to it)'}`,
        phraseEvidence([
          ...payChange,
          ...noVerify.slice(0, 1),
          ...context.slice(0, 1),
          ...redirect.slice(0, 1),
        ]),
        strong ? 'high' : 'medium',
      ),
    );
  }

  // a payee's wire-fraud warning ("we will never change our wiring instructions by email … call us
  // immediately"): its "call us at once before you wire" is the defence, not a pressed payment
  let wireWarning: boolean | undefined;
  const warned = () => (wireWarning ??= warnsOfWireFraud(segs));
  // … and a biller's scam notice ("we will never demand immediate payment by prepaid card"): the
  // pressure it names is the fraud's, not its own
  const pressing = urgency.filter((h) => !warnsAbout(h));
  if (paymentRequest.length && pressing.length && !warned()) {
    out.push(
      URGENT_PAYMENT.fire(
        `Requests a payment with time pressure: ${quote(paymentRequest[0])} … ${quote(pressing[0])}`,
        phraseEvidence([paymentRequest[0]!, pressing[0]!]),
      ),
    );
  }

  // no time pressure, but a sum to pay: the ask of invoice fraud that reads like any reminder
  // ("thank you for your payment of $500" is the reader's own payment: a receipt)
  const asked = paymentRequest.filter((h) => !READERS_OWN.test(h.lead));
  if (asked.length && !urgency.length && !payChange.length) {
    if (amountStated)
      out.push(
        PAYMENT_REQUEST_SIGNAL.fire(`Asks for a payment: ${quote(asked[0])}`, phraseEvidence([asked[0]!])),
      );
  }

  if (payroll.length) {
    // "update your direct deposit in the portal" is what HR notices (and HR-themed credential
    // lures) say: medium
    out.push(
      PAYROLL_DIVERSION.fire(
        `Asks to change where pay is deposited: ${quote(payroll[0])}`,
        phraseEvidence(payroll),
        payrollMine ? 'high' : 'medium',
      ),
    );
  }

  // "are you free today?" is a normal question; with a task ask and pressure it is the BEC opener
  const openerWithUrgency =
    opener.length > 0 &&
    (urgency.length > 0 || unavailable.length > 0) &&
    (request.length > 0 || paymentRequest.length > 0 || giftWords.length > 0);
  if (secrecy.length || openerWithUrgency) {
    const hits = secrecy.length ? secrecy : opener;
    const secretPayment = secretPaymentOf(facts, segs, secrecy, paymentRequest, payChange, urgency);
    out.push(
      SECRECY_URGENCY.fire(
        secretPayment
          ? `Asks to keep a payment secret: ${quote(secretPayment)} … ${quote(secrecy[0])}`
          : secrecy.length
            ? `Asks for secrecy: ${quote(secrecy[0])}`
            : `BEC opener with urgency: ${quote(opener[0])} … ${quote(urgency[0] ?? unavailable[0])}`,
        phraseEvidence([
          ...hits,
          ...(secretPayment ? [secretPayment] : secrecy.length ? [] : urgency.slice(0, 1)),
        ]),
        secretPayment ? 'high' : 'medium',
      ),
    );
  }

  const becIntent =
    payChange.length + paymentRequest.length + payroll.length + secrecy.length + opener.length > 0 ||
    giftFired;
  if (unavailable.length) {
    out.push(
      UNAVAILABLE_PRETEXT.fire(
        `Sender says they cannot be reached by phone: ${quote(unavailable[0])}${becIntent ? ', next to a payment or secrecy request' : ''}`,
        phraseEvidence(unavailable),
        becIntent ? 'medium' : 'low',
      ),
    );
  }

  // callback phishing: a phone number + charge/renewal words + the "if this wasn't you, call" hook,
  // and few links (the number is the payload; a legitimate receipt links to the account page)
  const phones = findPhones(segs);
  if (phones.length) {
    const billing = find(BILLING);
    const amounts = segs.reduce((n, s) => n + countMatches(s.text, AMOUNT), 0);
    const dispute = [...find(DISPUTE), ...told('dispute')];
    const help = dispute.length ? [] : find(CALL_HELP);
    const links = clickableLinks(facts.links);
    const hook = dispute[0] ?? help[0];
    // the strong hook ("if you did not authorise this") with few links is the scam; a bare "call
    // our billing team" with an amount is what small vendors write too: medium at most
    if ((billing.length || amounts) && hook && links <= 5 && (dispute.length || amounts) && !warned()) {
      const sev = dispute.length && links <= 2 ? 'high' : 'medium';
      out.push(
        CALLBACK.fire(
          `Call ${phones[0]!.match} about ${billing[0] ? quote(billing[0]) : 'a charge'}: ${quote(hook)}, ${links} link(s)`,
          phraseEvidence([phones[0]!, hook, ...billing.slice(0, 1)]),
          sev,
        ),
      );
      // … and the number itself disguised: letters where digits go, digits as words
      const disguised = phones.find((p) => /[a-z]/i.test(p.verbatim?.match ?? p.match));
      if (disguised)
        out.push(
          DISGUISED_PHONE.fire(
            `The number to call is written to dodge filters: "${(disguised.verbatim?.match ?? disguised.match).slice(0, 80)}"`,
            phraseEvidence([disguised]),
          ),
        );
    }
    // the vishing frame: no charge but a security event on the account ("a new device was registered
    // for pushTAN"), the number the only way to act, and the event disowned in so many words ("if
    // not, call our security team" after "if this was you, nothing to do"). A bank's own alert says
    // it too: an ask the gate pairs with a deception (a look-alike sender, a bank's name on free mail)
    // (or the reader sent to the "security team" by phone: "your card was blocked … call our
    // security team on")
    const disowned =
      links > 2 ? [] : dispute.length ? dispute : [...find(IF_NOT_CALL), ...find(SECURITY_DESK)];
    if (!out.some((x) => x.id === CALLBACK.id) && disowned.length && !warned()) {
      const event = find(SECURITY_EVENT);
      if (event.length)
        out.push(
          CALLBACK.fire(
            `Call ${phones[0]!.match} about ${quote(event[0])}: ${quote(disowned[0])}, ${links} link(s)`,
            phraseEvidence([phones[0]!, event[0]!, disowned[0]!]),
            'medium',
          ),
        );
    }
    // the bank-helpdesk fraud's primer: "the number we will call from" and the card reader at hand
    const announced = find(CALL_ANNOUNCED);
    const cardAtHand = announced.length ? find(CARD_AT_HAND) : [];
    if (!out.some((x) => x.id === CALLBACK.id) && cardAtHand.length && !warned()) {
      out.push(
        CALLBACK.fire(
          `A call announced from ${phones[0]!.match}, with the card and card reader to have at hand for it: ${quote(announced[0])} … ${quote(cardAtHand[0])}`,
          phraseEvidence([phones[0]!, announced[0]!, cardAtHand[0]!]),
          'medium',
        ),
      );
    }
  }

  // a payment to be read out by card on the number given ("take the fare difference by card", "take
  // the exam payment over the phone"), beside a sum or billing words and next to no links: an ask the
  // gate pairs with a deception (a carrier's name on another domain)
  if (
    phones.length &&
    !out.some((s) => s.id === CALLBACK.id) &&
    clickableLinks(facts.links) <= 2 &&
    !warned()
  ) {
    const byPhone = find(PAY_BY_PHONE).filter((h) => !warnsAbout(h));
    if (byPhone.length && (find(BILLING).length || segs.some((s) => countMatches(s.text, AMOUNT) > 0)))
      out.push(
        CALLBACK.fire(
          `A payment to be taken over the phone on ${phones[0]!.match}: ${quote(byPhone[0])}`,
          phraseEvidence([phones[0]!, byPhone[0]!]),
          'medium',
        ),
      );
  }

  // the authority scam: an arrest, a case or a frozen licence, and the reader told to call the
  // "investigator" on the number given; a bond, a sum or secrecy beside it is the payment it leads to
  if (phones.length && !out.some((s) => s.id === CALLBACK.id) && !warned()) {
    const threat = find(AUTHORITY_THREAT).filter((h) => !warnsAbout(h));
    const contact = threat.length ? find(AUTHORITY_CONTACT).filter((h) => !warnsAbout(h)) : [];
    if (contact.length) {
      const money =
        paymentRequest.length > 0 ||
        secrecy.length > 0 ||
        /\b(?:bond|bail|fine|fee)\b/.test(segs.map((x) => x.text).join('\n'));
      out.push(
        AUTHORITY_CALLBACK.fire(
          `Call ${phones[0]!.match} as told by an "investigator" about ${quote(threat[0])}: ${quote(contact[0])}`,
          phraseEvidence([phones[0]!, threat[0]!, contact[0]!]),
          money ? 'high' : 'medium',
        ),
      );
    }
  }

  // voice follow-up: the earlier call is the pretext; what it backs decides the harm
  const voice = find(VOICE_FOLLOWUP_RX);
  // "you will not be asked to re-enter your password or verify your account": IT's reassurance
  const cred = CRED_FAMILIES.map((f) => ({
    name: f.name,
    hits: [
      ...find(f.patterns),
      ...find(CRED_BY_MEANING.find((m) => m.name === f.name)?.patterns ?? []),
    ].filter((h) => !warnsAbout(h) && !NO_NEED_LEAD.test(h.lead) && !WRITER_WILL_CALL.test(h.lead)),
  })).filter((f) => f.hits.length);
  if (voice.length) {
    const money =
      payChange.length + paymentRequest.length + payroll.length > 0 || giftFired || giftWords.length > 0;
    const pressure = urgency.length + secrecy.length + cred.length + find(PHONE_NOT_WRITING_RX).length > 0;
    // "call me back directly on 012 942 6617": the voicemail's number to ring, the vishing step itself
    const callBack = phones.length > 0 && request.some((h) => CALL_ME_BACK.test(h.sentence));
    if (money || pressure || request.length) {
      const sev = money ? 'high' : pressure || callBack ? 'medium' : 'low';
      const backs = money ? 'a payment request' : pressure ? 'an urgent or secret request' : 'a request';
      out.push(
        VOICE_FOLLOWUP.fire(
          `Refers to an earlier call or voicemail (${quote(voice[0])}) to back ${backs}`,
          phraseEvidence([
            voice[0]!,
            ...(paymentRequest[0] ? [paymentRequest[0]] : []),
            ...(payChange[0] ? [payChange[0]] : []),
            ...(request[0] ? [request[0]] : []),
          ]),
          sev,
        ),
      );
    }
  }

  // one channel left open, the one no filter sees: a phone only, behind a QR code or a call
  const pivot = find(CHANNEL_PIVOT_RX).filter((h) => !warnsAbout(h));
  if (pivot.length)
    out.push(
      CHANNEL_PIVOT.fire(`Narrows the reader to one channel: ${quote(pivot[0])}`, phraseEvidence(pivot)),
    );

  // the answer asked at a private mailbox, not the one written from
  const privateBox = find(PRIVATE_MAILBOX_ASK_RX).filter((h) => !warnsAbout(h) && !NEGATED_LEAD.test(h.lead));
  if (privateBox.length)
    out.push(
      PRIVATE_MAILBOX_ASK.fire(
        `Asks for the answer at a private mailbox or phone: ${quote(privateBox[0])}`,
        phraseEvidence(privateBox),
      ),
    );

  // the writer's excuse for an unknown address ("sending from my personal email because …")
  const excuse = find(PERSONAL_ADDRESS_PRETEXT_RX).filter(
    (h) => !warnsAbout(h) && !NEGATED_LEAD.test(h.lead),
  );
  if (excuse.length)
    out.push(
      PERSONAL_ADDRESS_PRETEXT.fire(
        `Explains writing from another address than usual: ${quote(excuse[0])}`,
        phraseEvidence(excuse),
      ),
    );

  // the bank card collected at the door: what the card-courier fraud does, never a bank
  const courier = find(CARD_COURIER_RX).filter((h) => !NEGATED_LEAD.test(h.lead) && !warnsAbout(h));
  if (courier.length)
    out.push(
      CARD_COURIER.fire(
        `A courier collects the reader's card: ${quote(courier[0])}`,
        phraseEvidence(courier),
      ),
    );

  // domain slamming's listing notice and its disclaimer (a warning quoting one says "scam")
  // (the listing notice first: most mail has none, and then the warning need not be looked for)
  const listing = find(LISTING_SLAM);
  const slam = listing.length && !warnsOfScam(segs) ? listing.filter((h) => !warnsAbout(h)) : [];
  const disclaimer = slam.length ? find(SLAM_DISCLAIMER) : [];
  if (disclaimer.length)
    out.push(
      LISTING_SLAM_SIGNAL.fire(
        `A search-engine listing said to expire, with the slammer's disclaimer: ${quote(slam[0])} … ${quote(disclaimer[0])}`,
        phraseEvidence([slam[0]!, disclaimer[0]!]),
      ),
    );

  // the directory scam: a billed entry whose fine print makes the bill an offer (an article about
  // such scams quotes the clause under a warning)
  // (the fine print is searched only in a bill: most mail names no sum and no invoice)
  const billed = amountStated || segs.some((seg) => BILL_WORDS.test(seg.text));
  const fine = !billed || warnsOfScam(segs) ? [] : find(DIRECTORY_FINE_PRINT).filter((h) => !warnsAbout(h));
  // (a clause that names the directory itself, "an annuaire privé", is its own entry)
  const namesDirectory = fine.filter((h) => DIRECTORY_WORD.test(h.match));
  const entry = !fine.length
    ? []
    : namesDirectory.length
      ? namesDirectory
      : find(DIRECTORY_ENTRY).filter((h) => !warnsAbout(h));
  // the United States' "this is a solicitation, not a bill" needs no directory: it is printed on
  // look-alike invoices only
  const solicitation = fine.filter((h) => SOLICITATION_NOT_BILL.test(h.match));
  if (entry.length || solicitation.length)
    out.push(
      DIRECTORY_SCAM.fire(
        entry.length
          ? `Bills an entry in a directory or register (${quote(entry[0])}) with the directory scam's fine print: ${quote(fine[0])}`
          : `A bill with the look-alike invoice's disclaimer: ${quote(solicitation[0])}`,
        phraseEvidence([...(entry[0] ? [entry[0]] : []), fine[0]!]),
      ),
    );
  else if (billed && !isBulkMail(facts) && !fromPublicBody(facts) && !betweenColleagues(facts)) {
    // … and the bill without that clause: an entry billed by a publisher, never a government's own
    // register, a newsletter's listing offer or a colleague's forward (a warning names "scam")
    // (a sender that calls itself one, "Dansk Erhvervsregister", names the directory: "your entry" will do)
    const named = DIRECTORY_NAME.test(normalizeForMatch(facts.from?.name ?? '', 200));
    const bill = warnsOfScam(segs)
      ? []
      : find(DIRECTORY_ENTRY)
          .concat(named ? find(DIRECTORY_ENTRY_WORD) : [])
          .filter((h) => !warnsAbout(h));
    if (bill.length)
      out.push(
        DIRECTORY_BILL.fire(
          `Bills an entry in a directory or register: ${quote(bill[0])}${named ? ` (the sender calls itself "${facts.from!.name!.slice(0, 80)}")` : ''}`,
          [
            ...(named ? [{ where: 'header:From', text: facts.from!.raw || facts.from!.address }] : []),
            ...phraseEvidence(bill.slice(0, 2)),
          ],
        ),
      );
  }

  // the domain-name claim scam: a third party's application for the reader's name, and "is it your partner?"
  const claimed = warnsOfScam(segs) ? [] : find(DOMAIN_CLAIM_APPLICATION).filter((h) => !warnsAbout(h));
  const partnerAsk = claimed.length ? find(DOMAIN_CLAIM_PARTNER) : [];
  if (partnerAsk.length)
    out.push(
      DOMAIN_CLAIM_SCAM.fire(
        `Another company's application for the reader's name, and a question whether it is a partner: ${quote(claimed[0])} … ${quote(partnerAsk[0])}`,
        phraseEvidence([claimed[0]!, partnerAsk[0]!]),
      ),
    );

  // a wallet to be verified or suspended, not in a crypto brand's own mail nor a warning about it
  const wallet =
    fromBrandDomain || discussesFraud(segs) || warnsOfScam(segs)
      ? []
      : find(WALLET_SUSPENSION).filter((h) => !NEGATED_LEAD.test(h.lead) && !warnsAbout(h));
  if (wallet.length)
    out.push(
      WALLET_SUSPENSION_SIGNAL.fire(
        `Says a crypto wallet must be verified or it will be suspended: ${quote(wallet[0])}`,
        phraseEvidence(wallet),
      ),
    );

  // a wallet's recovery phrase asked for: never a real request ("never share it" is the warning)
  const seed = find(SEED_PHRASE_ASK).filter(
    (h) => !NEGATED_LEAD.test(h.lead) && !NEGATED_LEAD_WORLD.test(h.lead) && !warnsAbout(h),
  );
  if (seed.length)
    out.push(
      SEED_PHRASE_REQUEST.fire(
        `Asks for a wallet's recovery phrase: ${quote(seed[0])}`,
        phraseEvidence(seed),
      ),
    );

  // credential harvest: one pretext alone is what legitimate notices say too (low); a deadline or
  // threat plus something to click is lure structure (medium); two pretexts + threat + link: high
  if (cred.length) {
    const pressure = find(PRESSURE);
    const actionable =
      clickableLinks(facts.links) > 0 ||
      (facts.htmlFacts?.forms.length ?? 0) > 0 ||
      facts.attachments.some((a) => /html?$|svg$/i.test(a.filename) || a.mimeType === 'text/html');
    const sev = pressure.length && actionable ? (cred.length >= 2 ? 'high' : 'medium') : 'low';
    out.push(
      CREDENTIAL_LURE.fire(
        `Credential pretext (${cred.map((f) => f.name).join(', ')}): ${quote(cred[0]!.hits[0])}${pressure.length ? ` with pressure ${quote(pressure[0])}` : ''}`,
        phraseEvidence([...cred.map((f) => f.hits[0]!), ...pressure.slice(0, 1)]),
        sev,
      ),
    );
  }

  // extortion: a first-person threat to expose the reader, and cryptocurrency demanded
  // a university's alert that quotes the sextortion mail ("This is a sextortion scam") is no threat
  const threat = warnsOfScam(segs)
    ? []
    : [...find(EXPOSURE_THREAT), ...find(EXPOSURE_THREAT_INTL), ...find(REPUTATION_THREAT)];
  const crypto = threat.length ? find(CRYPTO_PAY_DEMAND) : [];
  // … or the data-theft letter: "we extracted 61 GB … we will publish everything", paid however
  const stolen = threat.length && !crypto.length ? find(DATA_THEFT_CLAIM) : [];
  if (stolen.length)
    out.push(
      EXTORTION.fire(
        `Claims to hold the reader's stolen data and threatens to publish it: ${quote(stolen[0])} … ${quote(threat[0])}`,
        phraseEvidence([stolen[0]!, threat[0]!]),
      ),
    );
  if (crypto.length)
    out.push(
      EXTORTION.fire(
        `Threatens the reader and demands cryptocurrency: ${quote(threat[0])} … ${quote(crypto[0])}`,
        phraseEvidence([threat[0]!, crypto[0]!]),
      ),
    );

  // advance-fee fraud: millions, the story that moves them through the reader, a reply asked for
  const millions = find(MILLIONS);
  // the lottery letter's six-figure prize comes with the fee that releases it, the compensation
  // letter's with its own story; the first letter of a "business proposal" leaves the sum for later
  // and says how it found the reader instead
  let offer = 'millions';
  let sum = millions;
  for (const [what, next] of [
    ['money behind a release fee', () => find(ADVANCE_FEE_RELEASE)],
    ['a six-figure windfall', () => (find(ADVANCE_FEE_WINDFALL).length ? find(SIX_FIGURES) : [])],
    // two different openers: a cold sales mail says how it found the reader once, the letter piles
    // them up ("got your contact from the internet directory … found you trustworthy")
    [
      "a stranger's proposal",
      () => {
        const openers = find(ADVANCE_FEE_OPENER);
        return new Set(openers.map((h) => h.match.toLowerCase())).size >= 2 ? openers : [];
      },
    ],
  ] as const) {
    if (sum.length) break;
    sum = next();
    offer = what;
  }
  const story = sum.length ? find(ADVANCE_FEE_STORY) : [];
  const contact = story.length ? find(ADVANCE_FEE_CONTACT) : [];
  if (contact.length)
    out.push(
      ADVANCE_FEE.fire(
        `Offers ${offer} through ${quote(story[0])} and asks for a reply: ${quote(sum[0])} … ${quote(contact[0])}`,
        phraseEvidence([sum[0]!, story[0]!, contact[0]!]),
      ),
    );

  // coins the reader "made" while away, worth six figures (not a crypto brand's own statement)
  if (!contact.length && !fromBrandDomain) {
    const earned = find(CRYPTO_EARNED);
    const worth = earned.length ? find(LARGE_DOLLARS) : [];
    if (worth.length)
      out.push(
        ADVANCE_FEE.fire(
          `Credits the reader with a crypto fortune made without them: ${quote(earned[0])} … ${quote(worth[0])}`,
          phraseEvidence([earned[0]!, worth[0]!]),
        ),
      );
  }
  // an award won and its fee "refunded with the first payment": the scholarship's advance fee
  if (!out.some((s) => s.id === ADVANCE_FEE.id)) {
    const refunded = find(FEE_REFUNDED_FROM_PAYOUT).filter((h) => !warnsAbout(h));
    // (… or a legacy left to the reader, or millions offered: the charter "budget of EUR 2.1 million"
    // whose "port security" fee is "reimbursed in full with the first hire payment")
    const won = refunded.length ? [...find(AWARD_WON), ...find(LEGACY_LEFT), ...millions] : [];
    if (won.length)
      out.push(
        ADVANCE_FEE.fire(
          `A windfall (an award, a legacy, millions) and a fee to pay for it, refunded from the payout: ${quote(won[0])} … ${quote(refunded[0])}`,
          phraseEvidence([won[0]!, refunded[0]!]),
        ),
      );
  }

  // the tender that costs a fee to see: shortlisted, and a fee to an appointed agent first
  if (!out.some((s) => s.id === ADVANCE_FEE.id)) {
    const fee = find(TENDER_FEE).filter((h) => !warnsAbout(h));
    const invited = fee.length ? find(TENDER_INVITATION) : [];
    if (invited.length)
      out.push(
        ADVANCE_FEE.fire(
          `A tender or competition "won" behind a fee: ${quote(invited[0])} … ${quote(fee[0])}`,
          phraseEvidence([invited[0]!, fee[0]!]),
        ),
      );
  }

  // the "found wallet" bait: a login to a crypto account holding a fortune, handed to a stranger
  if (!contact.length && !out.some((s) => s.id === ADVANCE_FEE.id)) {
    const password = find(HANDED_PASSWORD);
    const balance = password.length ? find(CRYPTO_BALANCE) : [];
    if (balance.length)
      out.push(
        ADVANCE_FEE.fire(
          `Hands over the login of a crypto account holding a balance: ${quote(balance[0])} … ${quote(password[0])}`,
          phraseEvidence([balance[0]!, password[0]!]),
        ),
      );
  }

  // money-mule recruitment: other people's money into the reader's account, sent on, a cut kept
  const muleIn = find(MULE_RECEIVE);
  const muleOut = muleIn.length ? find(MULE_FORWARD) : [];
  const muleCut = muleOut.length ? find(MULE_COMMISSION) : [];
  if (muleCut.length)
    out.push(
      MONEY_MULE.fire(
        `Recruits a money mule: ${quote(muleIn[0])} … ${quote(muleOut[0])} … ${quote(muleCut[0])}`,
        phraseEvidence([muleIn[0]!, muleOut[0]!, muleCut[0]!]),
      ),
    );

  // … and the fake-check job: a check to deposit, and part of it sent on to "our approved vendor"
  const checkIn = muleCut.length ? [] : find(FAKE_CHECK_IN);
  const checkOut = checkIn.length ? find(FAKE_CHECK_OUT) : [];
  if (checkOut.length)
    out.push(
      MONEY_MULE.fire(
        `Fake-check job: ${quote(checkIn[0])} … ${quote(checkOut[0])}`,
        phraseEvidence([checkIn[0]!, checkOut[0]!]),
      ),
    );

  // … and its parcel twin: other people's goods to the reader's home, relabelled and sent on, paid as a job
  const shipIn = muleCut.length ? [] : find(RESHIP_RECEIVE);
  const shipOut = shipIn.length ? find(RESHIP_FORWARD) : [];
  const shipJob = shipOut.length ? find(RESHIP_JOB) : [];
  if (shipJob.length)
    out.push(
      MONEY_MULE.fire(
        `Recruits a reshipping mule: ${quote(shipIn[0])} … ${quote(shipOut[0])} … ${quote(shipJob[0])}`,
        phraseEvidence([shipIn[0]!, shipOut[0]!, shipJob[0]!]),
      ),
    );

  // investment fraud: a return quoted per day or guaranteed, and a crypto deposit to an address
  const returns = find(INVEST_RETURN);
  const deposit = returns.length ? find(INVEST_DEPOSIT) : [];
  if (deposit.length)
    out.push(
      INVESTMENT_FRAUD.fire(
        `Promises returns no market pays (${quote(returns[0])}) for a crypto deposit: ${quote(deposit[0])}`,
        phraseEvidence([returns[0]!, deposit[0]!]),
      ),
    );

  // records to send (W-2s, employee data, vendors' bank details): the data-theft BEC's ask
  // "never email the employee list": a warning, not the ask
  const data = [...find(DATA_REQUEST), ...find(DATA_REQUEST_RESTATED)].filter(
    (h) => !NEGATED_LEAD.test(h.lead) && !warnsAbout(h),
  );
  if (data.length)
    out.push(DATA_REQUEST_SIGNAL.fire(`Asks for sensitive records: ${quote(data[0])}`, phraseEvidence(data)));

  // a prize or payout to claim: an ask whatever the sender; only a deception makes it a lure
  const prize = find(PRIZE_CLAIM);
  if (prize.length)
    out.push(
      PRIZE_CLAIM_SIGNAL.fire(`Offers a prize or payout to claim: ${quote(prize[0])}`, phraseEvidence(prize)),
    );

  // click / open / download / sign in, pressed by a deadline or a threat; not when a sharper ask
  // (credentials, payment) already says what the message wants
  // (not in a reset or a code the reader asked for, which says doing nothing is fine)
  if (!cred.length && !paymentRequest.length && !find(IGNORE_IF_NOT_REQUESTED).length) {
    // "open-source versioning file", "click-through rates": a verb glued to the next word is a
    // modifier, not an ask (a phrasal verb's own hyphen, "sign-in", "log-in", still is one)
    const action = find([...ACTION_ON_LINK_OR_FILE, ...ACTION_ON_LINK_MORE]).filter(
      (h) => !COMPOUND_MODIFIER.test(h.match) && !UNSUBSCRIBE_LEAD.test(h.lead),
    );
    // … or a button that says it: "File your Annual Report" as a link's whole text
    if (!action.length) action.push(...buttonAsks(facts));
    const press = action.length ? (urgency[0] ?? find(PRESSURE)[0] ?? find(ACTION_PRESSURE)[0]) : undefined;
    if (press)
      out.push(
        ACTION_UNDER_PRESSURE.fire(
          `Tells the reader to act on a link or file under pressure: ${quote(action[0])} … ${quote(press)}`,
          phraseEvidence([action[0]!, press]),
        ),
      );
    else if (action.length)
      out.push(
        LINK_OR_FILE_ASK.fire(
          `Tells the reader to act on a link or file: ${quote(action[0])}`,
          phraseEvidence([action[0]!]),
        ),
      );
    else {
      // the parcel-fee and toll lure in a language the phrase lists do not read: a sum, a deadline in
      // hours and a link to act on ("1,99 EUR … u roku od 48 sati … Plati"), words no list needs
      const sum = sumWithinHours(segs);
      const links = sum ? clickableLinks(facts.links) : 0;
      if (sum && links >= 1 && links <= 5)
        out.push(
          ACTION_UNDER_PRESSURE.fire(
            `A sum to settle by a close deadline, and a link to act on: "${sum.amount}" … "${sum.hours}"`,
            [{ where: sum.where, text: sum.context }],
          ),
        );
    }
  }
  schemeSignals(facts, segs, schemes, out);
  if (!out.some((x) => x.id === EXTORTION.id)) out.push(...selfSentExtortion(facts, segs));
  return lessonOf(facts, segs, out);
}

/**
 * A deadline in hours, or of one to three days, written with digits, in the languages of the rounds'
 * lures (raw text): a bill's "due in 14 days" is no such deadline.
 */
const HOURS_DEADLINE =
  /(?<![\d.,])\d{1,3} ?(?:hours?|hrs|stunden|heures|horas|ore|uur|godzin|timmar|timer|tunnin|tuntia|saat|hodin|hodín|sati|sata|órán|óra|ore|valandų|valandas|stundu|tunni|часов|часа|годин|ωρών|ώρες|giờ|jam|oras|ชั่วโมง|घंटे|ঘণ্টা|saa|שעות|ساعة|ساعات|ساعت|時間|小时|小時|시간)(?![a-zà-ž])|(?<![\d.,])[1-3] ?(?:days?|tage?n?|jours?|d[ií]as?|giorni|dagen|dni|dagar|dage|dager|päivää|paivaa|gün|gun|dana|dní|napon|zile|ημέρες|ngày|hari|araw|วัน(?!ที่)|दिन|দিন|siku|ימים|أيام|يوم|روز|日以内|日まで|天内|天之内|일 이내|일 내)(?![a-zà-ž])/i;
/** A sum of money in the currencies of those lures (normalised text). */
const ANY_SUM =
  /(?:[$€£₺₫₹₱₩¥]|\b(?:usd|eur|gbp|chf|cad|aud|pln|czk|huf|ron|bgn|hrk|rsd|sek|nok|dkk|try|uah|rub|brl|mxn|ars|clp|cop|inr|idr|rp|myr|rm|php|thb|vnd|sgd|hkd|krw|jpy|cny|rmb|zar|ngn|kes|egp|sar|aed|ils|nzd)\b)\s?\d[\d.,']{0,12}|\b\d[\d.,']{0,12}\s?(?:[$€£₺₫₹₱₩¥]|(?:usd|eur|euro|euros|gbp|chf|cad|aud|pln|zl|czk|kc|huf|ron|lei|bgn|lv|hrk|kn|rsd|din|sek|nok|dkk|kr|try|tl|uah|грн|rub|руб|brl|mxn|ars|clp|cop|inr|rs|idr|myr|rm|php|thb|baht|vnd|vnđ|đ|dong|sgd|hkd|krw|won|원|jpy|yen|円|cny|rmb|元|zar|ngn|kes|ksh|egp|sar|aed|ils|₪|nzd|บาท|ريال|درهم|تومان)(?![a-z]))/i;

/** A sum and an hours deadline in one segment of the body (or subject), or undefined. */
function sumWithinHours(
  segs: readonly TextSegment[],
): { amount: string; hours: string; where: string; context: string } | undefined {
  for (const seg of segs) {
    const raw = seg.source ?? seg.text;
    const hours = HOURS_DEADLINE.exec(raw);
    if (!hours) continue;
    const amount = ANY_SUM.exec(raw);
    if (!amount) continue;
    const from = Math.max(0, Math.min(amount.index, hours.index) - 40);
    const to = Math.min(raw.length, Math.max(amount.index, hours.index) + 60);
    return { amount: amount[0].trim(), hours: hours[0], where: seg.where, context: raw.slice(from, to) };
  }
  return undefined;
}

/**
 * Extortion in any language: "sent from your own account" (From is the reader's own address), a
 * wallet to pay into and a deadline in hours or days: the sextortion letter's shape when its words
 * are in a script neither the phrase rules nor the schemes read ("48時間以内に … bc1q…").
 */
function selfSentExtortion(facts: EmailFacts, segs: readonly TextSegment[]): Signal[] {
  const self = selfSent(facts);
  const wallet = self && !warnsOfScam(segs) ? cryptoAddressIn(segs) : null;
  const deadline = wallet
    ? segs.map((seg) => DEADLINE_ANY.exec(seg.source ?? seg.text)?.[0]).find(Boolean)
    : undefined;
  if (!self || !wallet || !deadline) return [];
  return [
    EXTORTION.fire(
      `Sent "from" the reader's own address (${self}), with a crypto wallet to pay (${wallet}) and a deadline (${deadline})`,
      [
        { where: 'header:From', text: self },
        { where: bodyWhere(facts), text: wallet },
      ],
    ),
  ];
}

/** The signal each scheme read by meaning fires, and how its message names it. */
const SCHEME_SIGNALS: Partial<Record<SchemeName, { signal: typeof EXTORTION; says: string }>> = {
  extortion: {
    signal: EXTORTION,
    says: 'Threatens to send a recording to the reader’s contacts and asks for cryptocurrency',
  },
  investment: { signal: INVESTMENT_FRAUD, says: 'Promises a return per day or week for money put in' },
  recovery: {
    signal: ADVANCE_FEE,
    says: 'Offers to recover stolen funds for a fee paid in crypto, vouchers or by a transfer service',
  },
  advance_fee: {
    signal: ADVANCE_FEE,
    says: 'Holds money owed to the reader behind a fee paid in crypto, vouchers or by a transfer service',
  },
  grant_fee: {
    signal: ADVANCE_FEE,
    says: "Holds a grant, subsidy or bequest for the reader's organisation behind a fee the reader must pay first",
  },
  mule: { signal: MONEY_MULE, says: 'Offers a job receiving payments, sending them on and keeping a cut' },
  mule_recruit: {
    signal: MONEY_MULE,
    says: "Offers a job receiving clients' payments into the reader's own account for a commission, no experience needed, the interview by messenger",
  },
  reshipping: {
    signal: MONEY_MULE,
    says: 'Offers a job receiving parcels and sending them on with new labels',
  },
  records: { signal: DATA_REQUEST_SIGNAL, says: 'Asks for staff, payroll or tax records to be sent' },
  business_extortion: {
    signal: EXTORTION,
    says: 'Threatens harm to a business (bad reviews, an attack) the reader can avoid by paying cryptocurrency',
  },
  next_of_kin: {
    signal: ADVANCE_FEE,
    says: "Offers a dead stranger's money to the reader as heir (the proceeds to be shared, or nobody else to inherit it)",
  },
  data_extortion: {
    signal: EXTORTION,
    says: "Says the business's data was copied and asks for cryptocurrency before it is published",
  },
  new_number: {
    signal: STRANGER_PAYMENT,
    says: 'A relative writing from a new number or address asks for money to be paid',
  },
  family_emergency: {
    signal: STRANGER_PAYMENT,
    says: 'A relative in trouble (an accident, an arrest) asks for money and for the family not to be told (the grandparent scam)',
  },
  charity_wallet: {
    signal: STRANGER_PAYMENT,
    says: 'A disaster appeal collects into a crypto wallet, over a private chat or because card payments are "unavailable"',
  },
  fake_check: { signal: MONEY_MULE, says: 'A cheque for more than the price, the difference to be sent on' },
  task_scam: {
    signal: ADVANCE_FEE,
    says: 'Offers paid tasks that must first be unlocked by topping up an account in cryptocurrency',
  },
  invest_group: {
    signal: INVESTMENT_FRAUD,
    says: 'Invites the reader into a closed trading group on a messenger, with money made there',
  },
  wrong_recipient: {
    signal: STRANGER_OPENER,
    says: 'A stranger’s “wrong address” opener that moves to a private chat and brings up trading or a romance',
  },
  crypto_giveaway: {
    signal: INVESTMENT_FRAUD,
    says: 'Promises to send back twice the cryptocurrency sent to an address (the giveaway scam)',
  },
  guaranteed_investment: {
    signal: INVESTMENT_FRAUD,
    says: 'Offers an investment with its capital or return guaranteed',
  },
  task_recruit: {
    signal: ADVANCE_FEE,
    says: 'Recruits for simple tasks paid by the day and moves the talk to WhatsApp or Telegram (the task scam’s first mail)',
  },
  stranger_payment: {
    signal: STRANGER_PAYMENT,
    says: 'Asks for money by crypto, vouchers or a transfer service for an emergency or a love affair',
  },
};

/**
 * Scams read by meaning (src/email/scam-schemes.ts): the parts of a scheme close together in any
 * words, where the phrase rules found none of its signal. Not in bulk or list mail and not in a mail
 * that talks about fraud or warns of it: newsletters and the security team describe these schemes.
 */
function schemeSignals(
  facts: EmailFacts,
  segs: readonly TextSegment[],
  schemes: readonly SchemeHit[],
  out: Signal[],
): void {
  if (!schemes.length || isListMail(facts)) return;
  // a newsletter describes schemes; only a disaster appeal that says the card rails are down and
  // takes crypto instead is one whatever its unsubscribe link
  const bulk = isBulkMail(facts);
  if (discussesFraud(segs) || warnsOfScam(segs)) return;
  for (const { scheme, hits, concepts } of schemes) {
    // … nor one that doubles the coins sent to it
    if (
      bulk &&
      scheme !== 'crypto_giveaway' &&
      !(scheme === 'charity_wallet' && concepts.includes('railsDown'))
    )
      continue;
    // "never email the staff list": the ask denied
    // "I'm not asking you for money": the relative's warning, not the ask
    if (
      (scheme === 'records' || scheme === 'new_number' || scheme === 'guaranteed_investment') &&
      hits.some((h) => NEGATED_LEAD.test(h.lead) || warnsAbout(h) || NEGATION.test(h.match))
    )
      continue;
    // "the school never asks for fee payment to personal UPI IDs", "we never charge a fee to release
    // a grant": a warning about the scheme
    if ((scheme === 'stranger_payment' || scheme === 'grant_fee') && hits.some((h) => warnsAbout(h)))
      continue;
    if (scheme === 'grant_fee' && noFeeForAGrant(hits[0], segs)) continue;
    // a school's or a shop's bill collected on a national rail's merchant number ("M-Pesa Paybill
    // 222111, account: admission number") is a business's own, not a stranger's emergency
    if (scheme === 'stranger_payment' && segs.some((seg) => MERCHANT_RAIL.test(seg.text))) continue;
    // the bank change and the unreachable phone join the payment-change rule above
    const fires = SCHEME_SIGNALS[scheme];
    if (!fires) continue;
    const { signal, says } = fires;
    if (out.some((s) => s.id === signal.id)) continue;
    out.push(
      signal.fire(
        `${says} (read by meaning): ${hits.map((h) => quote(h)).join(' … ')}`,
        phraseEvidence(hits),
      ),
    );
  }
}

/**
 * A grant beside a fee that is not asked for its release: fees the grant pays ("covers … audit
 * fees", "applied to your tuition and fees"), an event's own registration fee beside its travel
 * grant, or "grant" that is no money given: a name ("the Grant-Herrera audit fee", Grant Thornton's
 * invoice, read by its capital in the words as the message writes them) or the verb ("we grant you
 * a licence for a fee of …"). `core` is the scheme's core hit, from the grant word to the fee.
 */
function noFeeForAGrant(core: PhraseHit | undefined, segs: readonly TextSegment[]): boolean {
  const span = core?.match ?? '';
  return (
    GRANT_PAYS_FEES.test(span) ||
    GRANT_AS_NAME.test(core?.verbatim?.match ?? '') ||
    GRANT_NOT_MONEY.test(span) ||
    segs.some((seg) => EVENT_FEE.test(seg.text))
  );
}

/** Between a grant and a fee, the grant paying it: "covers", "applied to your tuition and fees". */
const GRANT_PAYS_FEES =
  /(?:^|[^\p{L}])(?:cover(?:s|ed|ing)?|applied to|includ(?:es|ing|ed)|pays? for|tuition|deckt|umfasst|einschlie(?:ß|ss)lich|studiengeb(?:ü|ue?)hr\p{L}*|couvre|y compris|scolarit|cubre|incluye|incluid[oa]s?|matr[ií]cula|copre|inclus[ie]|dekt|inclusief|collegegeld|pokrywa|obejmuje|czesne|t(?:ä|a)cker|inklusive)(?:[^\p{L}]|$)/iu;
/** "Grant" as a name: a firm or a person (Grant Thornton, Grant-Herrera), not a title's "Grant Award". */
const GRANT_AS_NAME =
  /\bGrant(?:s|'s)?[- ](?!(?:Award|Agreement|Programme|Program|Fund|Funding|Letter|Office|Committee|Application|Approval|Notice|Officer|Team|Scheme|Amount|Payment)\b)[A-Z&]/u;
/** "grant" as a verb or a right given: "we grant you a licence", "the grant of access". */
const GRANT_NOT_MONEY =
  /\bgrant(?:s|ed|ing)? (?:(?:you|us|them|him|her|it)\b|(?:of |a |an |the )?(?:non-exclusive |exclusive |limited |perpetual |revocable )?(?:licen[cs]e|rights?|access|permission|option|easement|lease|probate|patent|trademark|copyright|waiver|extension|exemption|leave|request)s?\b)/i;
/** An event's registration: a conference's travel grant sits beside the fee every attendee pays. */
const EVENT_FEE =
  /\b(?:conference|congress|symposium|summit|workshop|konferenz|kongress|tagung|congres|colloque|congreso|conferencia|jornadas|congresso|convegno|conferentie|congres|konferencja|kongres|konferens)\b/;

/** A notice set aside, not an account: "please disregard this reminder", "ignore this message". */
const DISREGARD_NOTICE =
  /\b(?:disregard|ignore) (?:this|the|our|that) (?:reminder|notice|message|e-?mail|letter|statement|request|alert)\b/;

/** A business's collection number on a mobile-money rail: M-Pesa's Paybill and Till, "Lipa na M-Pesa". */
const MERCHANT_RAIL = /\b(?:paybill|pay bill (?:no|number)|till (?:no|number)|buy goods|lipa na m-?pesa)\b/;

/** Lure signals a fraudster's message would carry one or two of; a round-up of lures carries many. */
const LURE_IDS: ReadonlySet<string> = new Set([
  'email.content.credential_lure',
  'email.content.gift_card',
  'email.content.urgent_payment',
  'email.content.payment_change',
  'email.content.payment_request',
  'email.content.secrecy_urgency',
  'email.content.unavailable_pretext',
  'email.content.callback',
  'email.content.authority_callback',
  'email.content.extortion',
  'email.content.advance_fee',
  'email.content.payroll_diversion',
  'email.content.data_request',
  'email.content.prize_claim',
  'email.content.money_mule',
  'email.content.investment_fraud',
  'email.content.stranger_payment',
]);

/**
 * Lures quoted rather than sent, shown as info: the security team's round-up of last month's lures
 * to all staff (mail between colleagues that talks about fraud and carries three or more different
 * lures; one lure in a mail that says "phishing" is not enough, a spoofed "IT security: phishing
 * detected, re-validate your mailbox" is itself the lure), a security newsletter's article that
 * quotes three or more, and a mailing list's digest.
 */
function lessonOf(facts: EmailFacts, segs: readonly TextSegment[], out: Signal[]): Signal[] {
  const lures = new Set(out.filter((s) => LURE_IDS.has(s.id)).map((s) => s.id));
  if (!lures.size) return out;
  // a mailing list's digest carries other people's posts whole, the spam a list discusses among them
  const digest = /\bdigest\b/i.test(facts.subject) && isListMail(facts);
  // … or a subscribed newsletter (an unsubscribe link) whose article about fraud quotes them
  const lesson =
    !digest && lures.size >= 3 && (awarenessMail(facts, segs) || newsletterAboutFraud(facts, segs));
  if (!digest && !lesson) return out;
  const where = digest
    ? "in a mailing list's digest of other people's posts"
    : "quoted in mail about fraud (the organisation's own, or a newsletter's article)";
  return out.map((s) =>
    LURE_IDS.has(s.id) ? { ...s, severity: 'info' as const, message: `${s.message} (${where})` } : s,
  );
}
