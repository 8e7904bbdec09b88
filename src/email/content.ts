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
 * first MAX_CONTENT_CHARS of the subject and visible text are read.
 */
import { defineSignal, type Evidence, type Signal } from '../core/index.js';
import { unwrapUrl } from '../url/index.js';
import type { EmailContext, EmailFacts, Link } from './facts.js';
import { stripInvisible } from './invisible.js';

/** Characters of visible text that content rules read (lures put the ask near the top). */
export const MAX_CONTENT_CHARS = 100_000;
/** Matches kept per phrase family (evidence needs a few, a flood must not cost more). */
const MAX_MATCHES_PER_FAMILY = 5;

export const PAYMENT_CHANGE = defineSignal({
  id: 'email.content.payment_change',
  category: 'bec',
  severity: 'high',
  summary: 'Asks to pay to new or changed bank details (invoice / vendor-payment fraud)',
});
export const URGENT_PAYMENT = defineSignal({
  id: 'email.content.urgent_payment',
  category: 'bec',
  severity: 'medium',
  summary: 'Requests a wire or bank transfer with time pressure',
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
  summary: 'Asks to keep a request secret, or opens a BEC conversation ("are you at your desk?") with urgency',
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
  summary: 'Callback phishing: a phone number to call about a charge, renewal or refund, with few or no links',
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
  summary: 'Credential-harvest pretext: password expiry, mailbox full, shared document, verify or account suspended',
});

export const CONTENT_SIGNALS = [
  PAYMENT_CHANGE,
  URGENT_PAYMENT,
  GIFT_CARD,
  PAYROLL_DIVERSION,
  SECRECY_URGENCY,
  UNAVAILABLE_PRETEXT,
  CALLBACK,
  VOICE_FOLLOWUP,
  CREDENTIAL_LURE,
];

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Cyrillic and Greek letters that render like Latin ones (lower case; applied after NFKD). */
const CONFUSABLE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's',
  һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', т: 't', ӏ: 'l', ү: 'y', ɡ: 'g', ԍ: 'g', ɑ: 'a',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  ı: 'i', ȷ: 'j', ɩ: 'i', ɪ: 'i', ʏ: 'y', ʀ: 'r', օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');
// invisible.ts covers zero-width, bidi, soft hyphen and tag characters; these render as nothing too
const EXTRA_INVISIBLE = /[\u034f\u180e\u115f\u1160\u3164\uffa0]/g;

/**
 * Text for matching: accents removed (NFKD, so fullwidth and ligatures fold too), invisible
 * characters removed, look-alike letters folded, lower case, whitespace collapsed. The result
 * is what evidence quotes, so an analyst sees the words the rule read.
 */
export function normalizeForMatch(text: string, max = MAX_CONTENT_CHARS, keepLines = false): string {
  // Line breaks end a phrase where they separate blocks: every break in HTML-rendered text, only
  // blank lines in plain text (which is hard-wrapped mid-sentence).
  const breaks = keepLines ? /\s*\n\s*/g : /[^\S\n]*\n[^\S\n]*\n\s*/g;
  return stripInvisible(text.slice(0, max))
    .replace(EXTRA_INVISIBLE, '')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    // runs of spaces first, in one linear pass: the line-break patterns below scan a run from every
    // position in it, and 100,000 spaces took 35 s (found by the fuzzer)
    .replace(/[^\S\n]+/g, ' ')
    .replace(breaks, '\u0001')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(CONFUSABLE_RE, (c) => CONFUSABLE[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/ ?\u0001 ?/g, '\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Phrase families

/**
 * Word and separator classes are disjoint, so a gap of words can only be split one way. They are
 * plain code-unit ranges, not `\p{L}`: V8 compiles a bounded repeat of a Unicode property class
 * into a huge automaton (seconds per pattern). The text is already accent-free and lower case.
 */
const W_CHARS = "a-z0-9'\\u00c0-\\u1fff\\u2c00-\\u2fff\\u3040-\\uffff";
const WORD = `[${W_CHARS}]`;
const SEP = `[^${W_CHARS}]+`;
const OPT_SEP = `[^${W_CHARS}]*`;
/**
 * Build a phrase pattern. In `src`, a space is "a few separator characters", ` ?` an optional
 * separator and `~N` "up to N words in between". A gap word is `WORD+` then `SEP`: the classes
 * are disjoint and a match can only start at a word start, so the work stays linear.
 */
export function phrase(src: string): RegExp {
  const body = src
    .replace(/ ~(\d) /g, (_, n: string) => ` (?:${WORD}+${SEP}){0,${n}}`)
    .replace(/ \?/g, '\u0001')
    .replace(/ /g, SEP)
    .replace(/\u0001/g, OPT_SEP);
  return new RegExp(`(?<!${WORD})(?:${body})(?!${WORD})`, 'g');
}

/** A matched phrase with its location and a little context, for evidence. */
export interface PhraseHit {
  where: string;
  match: string;
  index: number;
  context: string;
  /** The sentence around the match (for negation checks). */
  sentence: string;
  /** Up to 80 characters before the match, within its sentence. */
  lead: string;
  /** The match and its context as the message writes them (original case and characters), when known. */
  verbatim?: { match: string; context: string };
}

/**
 * Where each character of normalizeForMatch's output came from in the original text. Built per
 * character with the same steps (invisible characters dropped, NFKD, marks stripped, lower case,
 * look-alikes folded, whitespace collapsed), so `map[i]` is the original index of normalised
 * character i. KEEP IN SYNC with normalizeForMatch.
 */
interface Alignment {
  text: string;
  start: number[];
  end: number[];
}

function alignNormalized(source: string): Alignment {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let space = true; // leading whitespace is trimmed
  for (let i = 0; i < source.length; ) {
    const cp = source.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    const next = i + c.length;
    if (stripInvisible(c) === '' || EXTRA_INVISIBLE_ONE.test(c)) {
      i = next;
      continue;
    }
    const folded = /[\s\u0000-\u0008\u000b\u000e-\u001f]/.test(c)
      ? ' '
      : c.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(CONFUSABLE_RE, (x) => CONFUSABLE[x] ?? x);
    for (const f of folded) {
      if (/\s/.test(f)) {
        if (space) continue;
        space = true;
        text += ' ';
      } else {
        space = false;
        text += f;
      }
      start.push(i);
      end.push(next);
    }
    i = next;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    start.pop();
    end.pop();
  }
  return { text, start, end };
}
const EXTRA_INVISIBLE_ONE = /^[\u034f\u180e\u115f\u1160\u3164\uffa0]$/;

/**
 * The original text of normalised span [from, to) of a segment, or null when the alignment does
 * not hold (then evidence falls back to the normalised text).
 */
function verbatimOf(seg: TextSegment, cache: Map<TextSegment, Alignment | null>, from: number, to: number): string | null {
  if (seg.source === undefined) return null;
  let a = cache.get(seg);
  if (a === undefined) {
    const built = alignNormalized(seg.source);
    // line breaks are '\n' in the normalised text and ' ' here; any other difference in length
    // means the two ways disagree: do not guess
    a = built.text.length === seg.text.length ? built : null
    cache.set(seg, a);
  }
  if (!a || from >= to || to > a.start.length) return null;
  return seg.source.slice(a.start[from], a.end[to - 1]);
}

export interface TextSegment {
  where: string;
  /** Normalised text (normalizeForMatch): what the rules match. */
  text: string;
  /**
   * The text as the message has it (same bound), when known: evidence quotes this, in its original
   * case and characters, so the analyst reads what the message says, not what the rule read.
   */
  source?: string;
}

function leadOf(text: string, start: number): string {
  const lead = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '), lead.lastIndexOf('\n'));
  return cut >= 0 ? lead.slice(cut + 1) : lead;
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  const lo = Math.max(0, start - 200);
  while (s > lo && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  const hi = Math.min(text.length, end + 200);
  while (e < hi && !/[.!?\n]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** Every match of the family's patterns in the segments, at most MAX_MATCHES_PER_FAMILY. */
export function findPhrases(segments: TextSegment[], patterns: RegExp[], max = MAX_MATCHES_PER_FAMILY): PhraseHit[] {
  const out: PhraseHit[] = [];
  const aligned = new Map<TextSegment, Alignment | null>();
  for (const seg of segments) {
    for (const re of patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (out.length < max && (m = re.exec(seg.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        // a phrase does not run across sentences ("reset your password. This link expires …")
        if (/[.!?] |\n/.test(m[0])) {
          re.lastIndex = start + 1;
          continue;
        }
        const ctxStart = Math.max(0, start - 60);
        const ctxEnd = Math.min(seg.text.length, end + 60);
        const hit: PhraseHit = {
          where: seg.where,
          match: m[0],
          index: start,
          context: `${ctxStart > 0 ? '…' : ''}${seg.text.slice(ctxStart, ctxEnd)}${ctxEnd < seg.text.length ? '…' : ''}`,
          sentence: sentenceAround(seg.text, start, end),
          lead: leadOf(seg.text, start),
        };
        addVerbatim(hit, seg, aligned, start, end, ctxStart, ctxEnd);
        out.push(hit);
      }
      if (out.length >= max) return out;
    }
  }
  return out;
}

function addVerbatim(
  hit: PhraseHit,
  seg: TextSegment,
  aligned: Map<TextSegment, Alignment | null>,
  start: number,
  end: number,
  ctxStart: number,
  ctxEnd: number,
): void {
  const match = verbatimOf(seg, aligned, start, end);
  const context = verbatimOf(seg, aligned, ctxStart, ctxEnd);
  if (match === null || context === null) return;
  hit.verbatim = { match, context: `${ctxStart > 0 ? '…' : ''}${context}${ctxEnd < seg.text.length ? '…' : ''}` };
}

/** A family is one regex (one compile, one scan); its phrases are alternatives. */
const P = (...srcs: string[]) => [phrase(srcs.map((s) => `(?:${s})`).join("|"))];

/** Bank or payment details that changed / new account to pay into. */
const PAY_CHANGE = P(
  '(?:updated|new|changed|revised|different|alternate|alternative) ~2 (?:bank|banking|payment|remittance|wire|wiring|ach|beneficiary) ~1 (?:details?|information|info|instructions?|coordinates|accounts?|number)',
  "(?:update|change|amend|modify) (?:our|my|the|our company's|the vendor's|the supplier's) ~1 (?:bank|banking|remittance|payment|wire|beneficiary) ~1 (?:details?|information|info|instructions?|accounts?)",
  '(?:change|changes|update|updates|updating|changing) (?:of|to|in|on) ~2 (?:bank|banking|remittance|payment|wire|beneficiary) ~1 (?:details?|information|info|instructions?|accounts?)',
  '(?:change of remittance|remittance change)',
  '(?:routing number|account number|iban|swift code|swift|bic|sort code|bank account|bank accounts|bank details|banking details|bank information|banking information|payment details|payment instructions|remittance details|remittance information|beneficiary details|banking particulars|bank particulars|banking coordinates) ~1 (?:has|have|was|were|is|are) ~2 (?:changed|updated|modified|different)',
  '(?:our|my|the) ~2 (?:bank|banking|remittance|payment|wire) ~2 (?:details?|information|accounts?|instructions?) ~1 (?:ha(?:ve|s)|are|is|were|was) ~1 (?:changed|updated|modified)',
  '(?:our|my) ~1 (?:account|account details) ~1 (?:ha(?:ve|s)|are|is) ~1 (?:changed|updated|modified)',
  '(?:our|my|the old|old|previous|former|current) ~1 (?:bank|account|banking|bank account) ~1 (?:is|are) ~1 (?:no longer|not longer) ~1 (?:valid|active|in use|in operation|available|operational)',
  '(?:switched|moved|changed) (?:banks?|our bank|financial institutions?)',
  '(?:new|updated) (?:iban|swift|bic|routing number|account number|sort code|bank account|bank)',
  '(?:to|into|in) (?:our|my|the|this) (?:new|different|alternate|alternative|updated) ~1 account',
  '(?:new|updated|different|correct) ~2 account (?:info|information|details|number) (?:is|are) ~1 (?:below|attached|enclosed|as follows|listed)',
  '(?:send|make|remit|direct|route|process|transfer) ~4 (?:payments?|invoices?|funds|wire) ~4 (?:to|into) ~2 (?:new|updated|different) ~2 (?:account|bank)',
  // PT, DE, NL, FR, ES
  '(?:novos?|atualizad[oa]s?|alterad[oa]s?) ~1 (?:dados|conta|detalhes) ~1 bancari[oa]s?',
  '(?:alteracao|mudanca|atualizacao) ~2 (?:dados|conta|detalhes) ~1 bancari[oa]s?',
  '(?:neue|geanderte|aktualisierte) ~1 (?:bankverbindung|kontoverbindung|bankdaten|iban|kontonummer)',
  '(?:anderung|aktualisierung|wechsel) ~2 (?:bankverbindung|kontoverbindung|bankdaten|kontos?)',
  '(?:nieuwe|gewijzigde|aangepaste) ~1 (?:bankgegevens|rekeningnummer|bankrekening|iban)',
  '(?:wijziging|aanpassing) ~2 (?:bankgegevens|rekeningnummer|bankrekening)',
  '(?:nouvelles?|nouveaux?|modifiees?) ~1 (?:coordonnees bancaires|rib|iban|compte bancaire)',
  '(?:changement|modification|mise a jour) ~2 (?:coordonnees bancaires|rib|compte bancaire)',
  '(?:nuevos?|nuevas?|actualizad[oa]s?) ~1 (?:datos bancarios|cuenta bancaria|iban|numero de cuenta)',
  '(?:cambio|actualizacion|modificacion) ~2 (?:datos bancarios|cuenta bancaria|numero de cuenta)',
);
/** "Do not use the account on file": the negation *is* the diversion, so no denial check here. */
const PAY_CHANGE_OLD = P(
  "(?:do not|don't|dont|no longer|stop) (?:use|revert to|send (?:to|payments to)|pay (?:to|into)|remit to|use the) ~3 (?:previous|previously|old|former|prior|existing|held|on file|usual) ~3 (?:account|accounts|details|information|bank|banking|instructions)",
);
/**
 * A sentence that says details did NOT change, warns about fraud, or describes a hypothetical
 * ("if you receive an email claiming …"): a vendor's anti-fraud notice, not a change request.
 */
const PAY_CHANGE_DENIAL =
  /(?:n't|(?<![\p{L}])(?:not|never|nicht|niet|nooit|nao|jamais|pas|nunca|unchanged|inalterad[oa]s?|unverandert|ongewijzigd|inchangees?|sin cambios|remain the same|stay the same|if you (?:receive|get)|claim(?:s|ing)?|purport(?:s|ing)?|beware|be aware|be vigilant|impersonat\p{L}{0,5}|scam|scams|fraudsters?))(?![\p{L}])/u;

/** A request to move money: wire, transfer, process or make a payment. */
const PAYMENT_REQUEST = P(
  '(?:wire|wiring) ~2 (?:transfer|payment|funds|money|the amount|details|instructions)',
  '(?:payment|transfer|wire|remittance|disbursement) (?:of|for) (?:\\$|€|£|usd|eur|gbp|r\\$) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
  '(?:\\$|€|£|r\\$) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} (?:payment|transfer|wire|remittance|disbursement)',
  '(?:bank|electronic|same day|international|swift|ach) transfer',
  '(?:transfer|send|remit|release|wire) ~2 (?:the )?(?:funds|payment|money|amount|sum)',
  '(?:process|make|arrange|execute|initiate|effect|complete|settle|approve|finali[sz]e|authori[sz]e|expedite|prioriti[sz]e) ~3 (?:payment|payments|wire|transfer|remittance|amount|sum|balance|transaction|funds)',
  '(?:pay|settle) ~3 (?:invoice|outstanding|balance|amount)',
  '(?:get|have) (?:it|this|that|the invoice|the balance|the amount) (?:paid|wired|transferred|settled)',
  'processing of ~3 (?:amount|payment|transfer|wire|sum|invoice)',
  '(?:uberweisung|uberweisen|zahlung veranlassen|zahlung ausfuhren)',
  '(?:transferencia|pagamento|efetuar o pagamento|realizar o pagamento|pix)',
  '(?:overboeking|overmaken|betaling uitvoeren)',
  '(?:virement|effectuer le paiement|proceder au paiement|regler la facture)',
  '(?:realizar el pago|efectuar el pago|hacer el pago)',
);
const URGENCY = P(
  '(?:urgent|urgently|asap|immediately|right away|right now|straight away|time ?sensitive|time ?critical|as soon as possible|without delay|no later than today|today|this morning|this afternoon|before (?:noon|the end of (?:the )?day|close of business|cob|eod|(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm)))|by (?:end of (?:the )?day|eod|cob|close of business|today|noon)|within (?:the (?:next )?hour|\\d{1,2} (?:minutes|hours?)))',
  '(?:immediate|prompt|urgent|swift) (?:attention|action|payment|processing|transfer|response)',
  '(?:by|before) the (?:end|conclusion|close) of (?:the )?(?:current |this )?(?:business )?day',
  '(?:done|handled|processed|completed|paid|sent|settled) (?:now|immediately|today|asap|right away)',
  '(?:dringend|sofort|umgehend|heute noch|urgente|imediatamente|hoje|spoed|dringend|onmiddellijk|vandaag nog|urgence|immediatement|aujourd\'hui|inmediatamente|hoy mismo|cuanto antes)',
);
const GIFT_CARD_WORDS = P(
  '(?:gift|e-gift|egift|itunes|google play|apple|amazon|steam|visa|vanilla|ebay|target|walmart|sephora|razer gold|prepaid) ~1 (?:cards?|vouchers?)',
  '(?:cartao presente|cartoes presente|cartao-presente|gutscheinkarten?|geschenkkarten?|cadeaukaarten?|cadeaubonnen|cartes? cadeaux?|tarjetas? de regalo)',
);
/** The unmistakable gift-card scam ask: scratch, codes, photos of the back of the cards. */
const GIFT_CARD_CODES = P(
  'scratch ~3 (?:back|card|cards|code|codes|pin|pins|silver)',
  '(?:send|email|text|forward|share|provide|give) ~4 (?:codes?|pins?|card numbers|pictures?|photos?|images?|picture of|photo of)',
  '(?:pictures?|photos?|images?|snapshots?|scans?) of ~2 (?:back|codes?|cards?|receipts?)',
  '(?:codes?|pins?) (?:on|at) the back',
  '(?:how many|quantity of) ~2 (?:cards|gift cards)',
  '(?:denominations?|\\$\\d{2,4} (?:each|per card|value))',
);
const PURCHASE = P(
  '(?:buy|purchase|get|pick up|grab|order|procure|acquire|comprar|kaufen|besorgen|kopen|acheter|compre|compra)',
);
const PAYROLL = P(
  '(?:change|changes|changing|update|updating|switch|switching|modify|redirect|correct|move) ~3 (?:direct deposit|payroll|salary|paycheck|pay ?check|wages?) ~2 (?:details?|information|info|accounts?|bank|banking)',
  '(?:direct deposit|payroll|salary|paycheck|pay ?check|wages?) ~3 (?:to|into|in) ~2 (?:new|different|another|updated|other) ~1 (?:account|bank)',
  '(?:new|different|updated) ~2 (?:direct deposit|payroll|salary|paycheck) ~1 (?:details?|information|info|account|bank)',
  '(?:direct deposit|payroll|salary|paycheck|pay cycle) ~5 (?:rejected|returned|failed|bounced|on hold|could not be processed)',
  '(?:resend|send|provide|submit|confirm|re-?enter|re-?submit) ~2 your ~1 (?:direct deposit|payroll|salary) ~1 (?:details|information|info|particulars|account)',
  '(?:conta ~1 salario|dados ~1 (?:folha de pagamento|salario))',
  '(?:gehaltskonto|lohnkonto|gehaltszahlung|lohnabrechnung) ~3 (?:andern|aktualisieren|neue|geandert)',
  '(?:salarisrekening|salaris) ~3 (?:wijzigen|nieuwe|gewijzigd)',
  '(?:compte ~2 (?:salaire|paie)|virement de salaire) ~3 (?:changer|modifier|nouveau|mettre a jour)',
  '(?:cuenta ~2 nomina|deposito de nomina|cuenta de sueldo) ~3 (?:cambiar|actualizar|nueva)',
);
/** First person: the "employee" asks for their own pay to move (HR notices say "your"). */
const FIRST_PERSON = /(?<![\p{L}])(?:my|i|i'd|i'm|i've|meu|minha|mein|meine|meinen|mijn|mon|ma|mes|mi|mis)(?![\p{L}])/u;

const SECRECY = P(
  "(?:keep|keeping) (?:this|it|that|the matter|this matter|this request|this transaction|this payment|things|everything) ~2 (?:between (?:us|you and me|the two of us|ourselves)|confidential|quiet|secret|to yourself|discreet|under wraps|low ?key|private)",
  '(?:between (?:you and me|the two of us|us two|ourselves) (?:for now|until))',
  "(?:do not|don't|dont|please don't) ~1 (?:tell|mention|discuss|inform|involve|speak to|talk to|let|cc|copy|loop in) ~2 (?:anyone|anybody|others|colleagues|staff|the team|management|the office|other staff|the rest)",
  '(?:confidential|discreet|sensitive|top secret) ~2 (?:matter|acquisition|transaction|deal|assignment|task|request|payment|errand)',
  "(?:i'll|i will) explain (?:later|when|everything)",
  '(?:surprise for (?:the )?(?:staff|team|employees))',
  '(?:vertraulich behandeln|unter uns bleiben|niemandem (?:sagen|erzahlen)|mantenha (?:isso )?em sigilo|entre nos|confidencialmente|tussen ons|niemand vertellen|reste entre nous|en toute discretion|ne (?:le )?dites (?:a )?personne|entre nosotros|no se lo digas a nadie|mantenlo en secreto)',
);
const BEC_OPENER = P(
  '(?:are|r) (?:you|u) (?:available|around|at your desk|in the office|busy|free)',
  "(?:you're|you are) (?:at your desk|in the office|around|available)",
  '(?:need|have) ~2 (?:quick|small|urgent|personal) ~1 (?:favou?r|task|errand|assignment)',
  '(?:i need you to|need you to) ~3 (?:handle|complete|take care|process|purchase|buy|get|do|run|make)',
  '(?:send|give|share|text) ~2 (?:me )?(?:your )?(?:personal |private )?(?:cell|mobile|phone|whatsapp|cellphone) ~1 (?:number|no)',
  '(?:reply|respond|get back) ~3 (?:asap|as soon as|immediately|urgently|quickly)',
  '(?:bist du|sind sie) (?:verfugbar|erreichbar|am platz)|(?:esta|voce esta) disponivel|ben je beschikbaar|(?:etes-vous|es-tu) disponible|(?:estas|esta usted) disponible',
);
const UNAVAILABLE = P(
  "(?:i'm|i am|im|i'll be|i will be|currently|stuck|tied up) ~2 (?:in|into) ~2 (?:a |an )?(?:meeting|meetings|conference|board meeting|session|seminar|back-to-back)",
  '(?:on|boarding|catching|about to board) ~1 (?:a |my |the )?(?:flight|plane)',
  "(?:can't|cannot|can not|unable to|won't be able to|not able to) ~2 (?:take|answer|receive|make|talk|speak|pick up) ~2 (?:calls?|phone|the phone|on the phone|right now|at the moment)",
  '(?:only|best) (?:reachable|available|contacted|reached) (?:by|via|through) (?:e-?mail|email|text|chat|whatsapp)',
  '(?:email|e-mail|text) (?:is|would be) (?:best|better|the best way)',
  '(?:limited|no) (?:phone|cell|network|mobile) (?:access|reception|signal|coverage)',
  '(?:in einer besprechung|im meeting|in een vergadering|em reuniao|en reunion|en reunion|en una reunion)',
  '(?:kann (?:gerade )?nicht telefonieren|kan niet bellen|nao posso atender|ne peux pas (?:repondre|telephoner)|no puedo (?:atender|hablar))',
);
const VOICE_FOLLOWUP_RX = P(
  '(?:following|follow|followed) ?up (?:on|to|regarding|from|about) ~3 (?:voice ?mail|voice message|voice note|call|phone call|phone conversation|phone|message i left)',
  '(?:as|like) (?:we )?(?:discussed|agreed|mentioned|spoke|talked) ~3 (?:on|over|by|during) ~2 (?:the )?(?:phone|call|telephone|voicemail|teams call|zoom call)',
  '(?:per|further to|following|after|as per) (?:our|my|the|your) ~2 (?:call|phone conversation|telephone conversation|voice ?mail|voice message)',
  '(?:i|we) (?:left|sent) (?:you )?(?:a |an )?(?:voice ?mail|voice message|voice note|message on your phone)',
  '(?:as i|as we) (?:said|mentioned|explained) (?:in|on) (?:my|the|our) (?:voice ?mail|voice message|call)',
  '(?:just|recently) (?:spoke|talked) ~3 (?:on the phone|by phone|over the phone)',
  '(?:just|recently) got off the phone (?:with|from)',
  '(?:wie (?:telefonisch|am telefon) besprochen|zoals (?:telefonisch )?besproken|conforme (?:conversamos|combinado|falamos) (?:por|ao) telefone|suite a (?:notre|mon) (?:appel|conversation telephonique|message vocal)|como (?:hablamos|acordamos|comentamos) por telefono)',
);
/** A concrete ask: do something, send something, pay something. */
const REQUEST = P(
  '(?:please|kindly|pls|can you|could you|would you|i need you to|need you to|you need to|you must) ~3 (?:process|send|confirm|approve|review|sign|proceed|transfer|share|complete|handle|pay|update|provide|reply|forward|wire|buy|purchase|arrange|release|call|click|open|download|verify|execute|make)',
  '(?:bitte|por favor|favor|graag|veuillez|merci de|le ruego) ~4 (?:senden|uberweisen|bestatigen|enviar|confirmar|transferir|pagar|versturen|bevestigen|betalen|envoyer|confirmer|payer|transferer)',
);
/** Bank-detail change that also asks for action on money (future payments, outstanding invoice). */
const PAYMENT_CONTEXT = P(
  '(?:future|upcoming|next|pending|outstanding|open|overdue|all) ~2 (?:payments?|invoices?|remittances?|transfers?)',
  '(?:update|amend|change) ~2 (?:your|the) ~1 (?:records|system|vendor file|master file|details on file)',
);

// Callback phishing ------------------------------------------------------------------------
/** Phone numbers: NANP with separators, +CC international, 0800-style national. */
const PHONE_RES = [
  // separators include stray brackets: callback scams break numbers up to dodge filters
  /(?<![\d+])(?:\+?1[ .()-]{0,3})?\(?[2-9]\d{2}\)?[ .()-]{1,4}\d{3}[ .()-]{1,4}\d{4}(?!\d)/g,
  // groups must be separated, so a long digit run has one split, not thousands to backtrack through
  /(?<![\d])\+\d{1,3}(?:[ .-]{1,2}\(?\d{1,5}\)?|\(\d{1,5}\)){2,6}(?!\d)/g,
  /(?<![\d])0\d{2,4}[ .-]\d{2,4}[ .-]?\d{2,4}(?:[ .-]\d{2,4})?(?!\d)/g,
];
const BILLING = P(
  '(?:invoice|invoiced|subscription|subscriptions|renewal|renewed|auto-?renew\\w{0,3}|refund|refunded|order (?:number|no|id|#|confirmation|details|summary)|your order|your purchase|charged|charge of|debited|transaction|billing|membership|annual plan|yearly plan|receipt)',
  '(?:antivirus|anti-virus|norton|mcafee|geek squad|geeksquad|best buy|paypal|coinbase|lifelock|windows defender|microsoft defender|total av|malwarebytes|avast|kaspersky)',
  '(?:fatura|assinatura|renovacao|reembolso|pedido|cobranca|debitado|rechnung|abonnement|verlangerung|erstattung|bestellung|abbuchung|abgebucht|factuur|verlenging|terugbetaling|bestelling|afgeschreven|facture|renouvellement|remboursement|commande|preleve|prelevement|factura|suscripcion|renovacion|reembolso|cargo|cobrado)',
);
const AMOUNT = /(?:[$€£]\s?\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})\s?(?:usd|eur|gbp|€|\$|£))/g;
/** The callback hook: "if you did not authorise this", "to cancel", "for a refund". */
const DISPUTE = P(
  "(?:if|in case) ~2 (?:you|u) (?:did not|didn't|do not|don't|have not|haven't|never) ~2 (?:authori[sz]e|authori[sz]ed|recogni[sz]e|make|made|request|requested|place|placed|want|wish|order|ordered|purchase|initiate)",
  "(?:if|in case) ~3 (?:was not|wasn't|is not|isn't) (?:you|authori[sz]ed|made by you)",
  '(?:to|wish to|want to|would like to) (?:cancel|dispute|stop|reverse|decline|claim|request) ~3 (?:refund|order|subscription|charge|transaction|payment|renewal|membership|plan|purchase)',
  '(?:unauthori[sz]ed|fraudulent) ~2 (?:charge|transaction|purchase|payment|order|debit|renewal)',
  '(?:se (?:voce )?nao (?:reconhece|autorizou|fez)|wenn sie (?:diese|den) ~3 nicht (?:autorisiert|veranlasst|erkennen)|als u (?:deze|dit) ~3 niet (?:herkent|heeft gedaan)|si vous n\'avez pas (?:autorise|effectue|reconnu)|si (?:usted )?no (?:reconoce|autorizo|realizo))',
  '(?:para cancelar|um ~3 zu stornieren|om te annuleren|pour annuler|para anular)',
);
/** A weaker hook: "call our billing team / toll-free helpline" (vendors write it too). */
const CALL_HELP = P(
  '(?:call|contact|dial|ring|reach|phone) ~4 (?:cancel|dispute|refund|billing|support|helpline|help desk|toll ?free|customer (?:care|service|support)|department)',
  '(?:toll ?free|helpline|help line|billing department|support line|call us (?:now|immediately|at|on))',
);

// Credential harvest --------------------------------------------------------------------------
const CRED_FAMILIES: { name: string; patterns: RegExp[] }[] = [
  {
    name: 'password expiry',
    patterns: P(
      '(?:password|passcode|pass word|credentials?) ~3 (?:expire|expires|expired|expiring|expiration|expiry|will expire|is about to expire|due for (?:a )?(?:change|reset|update))',
      '(?:keep|retain|continue (?:using|with)) ~2 (?:same|current|existing|old) (?:password|credentials)',
      '(?:senha|passwort|kennwort|wachtwoord|mot de passe|contrasena|clave) ~3 (?:expira|expirou|vence|lauft ab|abgelaufen|verloopt|verlopen|expire|expirera|caduca|caducara)',
    ),
  },
  {
    name: 'mailbox full',
    patterns: P(
      '(?:mailbox|mail box|inbox|e-?mail account|email storage|storage|cloud storage|quota|disk space|icloud storage|drive storage) ~3 (?:is |are )?(?:full|almost full|nearly full|over (?:its |the )?(?:quota|limit)|exceeded|reached (?:its |the )?(?:limit|capacity|quota)|out of (?:space|storage))',
      '(?:incoming|new|pending) ~1 (?:e-?mails?|messages?|mails?) ~3 (?:held|suspended|blocked|rejected|pending|on hold|not (?:be )?delivered|bounced|queued|stuck)',
      '(?:caixa (?:de (?:correio|entrada))|postfach|speicher|speicherplatz|speicherlimit|mailbox|boite (?:aux lettres|mail|de reception)|buzon|almacenamiento|armazenamento|opslag|stockage|espace de stockage) ~3 (?:cheia|cheio|lotado|voll|belegt|erreicht|vol|bereikt|pleine|plein|sature|lleno|llena|esgotado|agotado|uberschritten)',
      '(?:reached|exceeded|hit|used up|run out of) ~2 (?:storage|mailbox|email|inbox|icloud|cloud|drive) ~1 (?:limit|quota|capacity|space)',
    ),
  },
  {
    name: 'shared document',
    patterns: P(
      '(?:shared|sent) ~2 (?:a |an |the )?(?:secure |encrypted |protected |confidential |new )?(?:document|file|folder|pdf|spreadsheet|contract|invoice|fax|payment advice|remittance advice) ~2 (?:with you|to you|for your review|for you)',
      '(?:view|open|access|review|download) (?:the )?(?:shared|secure|encrypted|protected) (?:documents?|files?|messages?|fax|pdf)',
      '(?:document|file|fax|message|voice ?mail|voice message|e-?signature request|package) ~3 (?:is |are )?(?:waiting|pending|awaiting|ready) ~2 (?:for )?(?:you|your (?:review|signature|approval|action))',
      '(?:you have|you\'ve got|you received) ~3 (?:documents?|files?|faxe?s?|voice ?mails?|voice messages?)',
      '(?:compartilhou|hat ~3 (?:geteilt|freigegeben)|heeft ~3 gedeeld|a partage|ha compartido) ~3 (?:documento|dokument|datei|document|bestand|fichier|archivo|arquivo)',
    ),
  },
  {
    name: 'sign-in or verification required',
    patterns: P(
      '(?:verify|confirm|validate|re-?validate|re-?confirm|authenticate|re-?authenticate|update|reactivate|restore|unlock|secure) ~2 (?:your|the) ~2 (?:account|identity|e-?mail|mailbox|login|credentials|password|details|information|profile|access|payment (?:method|information|details)|billing (?:information|details)|bank(?:ing)? (?:details|particulars|connection|information)|wallet|crypto wallet|seed phrase|recovery phrase)',
      '(?:sign|log)-? ?in ~2 (?:is |was )?(?:required|needed|to (?:continue|verify|confirm|restore|avoid|keep|review|unlock))',
      '(?:resend|send|provide|submit|re-?enter|re-?submit) ~2 your ~1 (?:bank|banking|card|credit card|debit card) ~1 (?:details|information|info|particulars|account|number)',
      '(?:unusual|suspicious|unrecogni[sz]ed|unknown) ~2 (?:sign-? ?in|log-? ?in|login|activity|access attempts?)',
      'new (?:sign-? ?in|log-? ?in|login)',
      '(?:novo acesso|acesso incomum|atividade incomum|nuevo (?:acceso|inicio de sesion)|actividad inusual|neue anmeldung|ungewohnliche anmeldeaktivitat|nouvelle connexion|connexion inhabituelle|activites de connexion inhabituelles|nieuwe aanmelding|ongebruikelijke aanmeldingsactiviteit)',
      '(?:verifique|confirme|atualize) ~2 (?:sua|seu|seus|suas) ~1 (?:conta|identidade|dados|cadastro|senha)',
      '(?:bestatigen|verifizieren|aktualisieren) sie ~2 (?:ihr|ihre|ihren) ~1 (?:konto|identitat|daten|zugangsdaten)|(?:ihr|ihre) ~1 (?:konto|identitat|daten) ~3 (?:bestatigen|verifizieren|aktualisieren)',
      '(?:bevestig|verifieer|controleer|update) ~2 (?:uw|je|jouw) ~1 (?:account|identiteit|gegevens|rekening)',
      '(?:verifiez|confirmez|mettez a jour|validez) ~2 (?:votre|vos) ~1 (?:compte|identite|informations|donnees|coordonnees)',
      '(?:verifique|confirme|actualice|valide) ~2 (?:su|sus|tu|tus) ~1 (?:cuenta|identidad|datos|informacion)',
    ),
  },
  {
    name: 'account suspended',
    patterns: P(
      '(?:account|mailbox|access|card|profile|membership|subscription|service) ~3 (?:has been|have been|will be|is|was|is being|are|temporarily|permanently) ~2 (?:suspended|locked|disabled|deactivated|restricted|limited|closed|on hold|terminated|blocked|frozen|deleted|cancell?ed|compromised)',
      '(?:suspend|lock|disable|deactivate|restrict|limit|close|terminate|block|freeze|delete) ~1 (?:your) ~1 (?:account|mailbox|access|card|profile)',
      '(?:conta|cartao|acesso|cadastro) ~3 (?:suspens[oa]|bloquead[oa]|desativad[oa]|restrit[oa]|cancelad[oa])',
      '(?:konto|zugang|karte|postfach) ~3 (?:gesperrt|eingeschrankt|deaktiviert|blockiert|gekundigt)',
      '(?:account|rekening|toegang|pas) ~3 (?:geblokkeerd|opgeschort|gedeactiveerd|beperkt)',
      '(?:compte|acces|carte) ~3 (?:suspendu|bloque|desactive|restreint|ferme)',
      '(?:cuenta|acceso|tarjeta) ~3 (?:suspendida|bloqueada|desactivada|restringida|cancelada)',
    ),
  },
];
/** Pressure that turns a notice into a lure: deadlines and threatened loss. */
const PRESSURE = P(
  '(?:within|in the next|in) (?:the next )?(?:\\d{1,2}|one|two|three|four|six|twelve|twenty-four|forty-eight|twenty four|forty eight|seventy-two) (?:hours|hrs|h)',
  '(?:within|in the next) (?:[1-7]|one|two|three|five|seven) (?:business )?days',
  '(?:will|shall|may|could) (?:be )?(?:permanently |automatically |immediately )?(?:deleted|closed|suspended|disabled|terminated|deactivated|lost|blocked|locked|removed|restricted|erased)',
  '(?:failure to|if you (?:fail|do not|don\'t) ~3 (?:verify|confirm|update|respond|act|validate|sign))',
  '(?:to avoid|prevent) ~2 (?:suspension|interruption|losing|loss|deactivation|termination|closure|disconnection|deletion|being locked)',
  '(?:final|last) (?:notice|warning|reminder|attempt)',
  // not "action required": legitimate billing and security notices use it as a plain heading
  '(?:immediate action|act now|respond immediately|urgent action)',
  '(?:innerhalb von \\d{1,3} stunden|binnen \\d{1,3} uur|dans les \\d{1,3} heures|en las proximas \\d{1,3} horas|em \\d{1,3} horas|dentro de \\d{1,3} horas)',
);

// ---------------------------------------------------------------------------------------------

/** Where body evidence lives: HTML visible text when the message has HTML, else the plain text. */
function bodyWhere(facts: EmailFacts): string {
  return facts.htmlFacts && facts.htmlFacts.visibleText ? 'body:html' : 'body:text';
}

/** The subject and visible body, normalised and bounded: what every content rule reads. */
export function contentSegments(facts: Pick<EmailFacts, 'subject' | 'visibleText' | 'text' | 'htmlFacts'>): TextSegment[] {
  const segs: TextSegment[] = [];
  if (facts.subject) segs.push({ where: 'header:Subject', text: normalizeForMatch(facts.subject, 2000), source: facts.subject.slice(0, 2000) });
  const body = facts.visibleText || facts.text;
  const fromHtml = Boolean(facts.visibleText && facts.htmlFacts?.visibleText);
  if (body) {
    segs.push({
      where: bodyWhere(facts as EmailFacts),
      text: normalizeForMatch(body, MAX_CONTENT_CHARS, fromHtml),
      source: body.slice(0, MAX_CONTENT_CHARS),
    });
  }
  return segs;
}

/** Evidence from hits, one per distinct context (overlapping patterns find the same words). */
export function phraseEvidence(hits: PhraseHit[]): Evidence[] {
  const out: Evidence[] = [];
  const seen: PhraseHit[] = [];
  for (const h of hits) {
    if (seen.some((s) => s.where === h.where && (Math.abs(s.index - h.index) < 40 || s.context === h.context))) continue;
    seen.push(h);
    // verbatim: the message's own words, with the matched words named so the page can mark them
    out.push(h.verbatim ? { where: h.where, text: h.verbatim.context, match: h.verbatim.match } : { where: h.where, text: h.context, match: h.match });
  }
  return out;
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

/** Phone numbers in a normalised text (at most a few), ignoring digit runs that are dates or ids. */
export function findPhones(segments: TextSegment[], max = 5): PhraseHit[] {
  const out: PhraseHit[] = [];
  const aligned = new Map<TextSegment, Alignment | null>();
  for (const seg of segments) {
    for (const re of PHONE_RES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (out.length < max && (m = re.exec(seg.text)) !== null) {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits < 9 || digits > 15) continue;
        // an order / invoice / reference number written with a '#' or 'no.' in front is not a phone
        const before = seg.text.slice(Math.max(0, m.index - 12), m.index);
        if (/(?:#|ref\.?|order|invoice|account|iban|id)\s*:?\s*$/.test(before)) continue;
        const s = Math.max(0, m.index - 60);
        const e = Math.min(seg.text.length, m.index + m[0].length + 40);
        const hit: PhraseHit = { where: seg.where, match: m[0].trim(), index: m.index, context: seg.text.slice(s, e), sentence: '', lead: '' };
        const lead = m[0].length - m[0].trimStart().length;
        const matchStart = m.index + lead;
        const matchEnd = matchStart + hit.match.length;
        const match = verbatimOf(seg, aligned, matchStart, matchEnd);
        const context = verbatimOf(seg, aligned, s, e);
        if (match !== null && context !== null) hit.verbatim = { match, context };
        out.push(hit);
      }
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
export function contentSignals(facts: EmailFacts, _ctx: EmailContext): Signal[] {
  const segs = contentSegments(facts);
  if (!segs.length) return [];
  const out: Signal[] = [];
  const find = (patterns: RegExp[]) => findPhrases(segs, patterns);

  // "your payment details have been updated" is the customer's own card on file, not a vendor's bank
  const payChange = [
    ...find(PAY_CHANGE_OLD),
    ...find(PAY_CHANGE).filter((h) => !PAY_CHANGE_DENIAL.test(`${h.lead}${h.match}`) && !/(?:^|[^a-z])your(?: [a-z]{1,12})? ?$/.test(h.lead)),
  ];
  const paymentRequest = find(PAYMENT_REQUEST);
  const urgency = find(URGENCY);
  const secrecy = find(SECRECY);
  const opener = find(BEC_OPENER);
  const unavailable = find(UNAVAILABLE);
  const request = find(REQUEST);
  const giftWords = find(GIFT_CARD_WORDS);
  const payroll = find(PAYROLL);

  // gift cards: the card words plus either the code-sending ask or a purchase ask under pressure
  let giftFired = false;
  if (giftWords.length) {
    const codes = find(GIFT_CARD_CODES);
    const buy = find(PURCHASE).length > 0;
    const pressure = urgency.length + secrecy.length + unavailable.length + opener.length > 0;
    if (codes.length && (buy || pressure || request.length)) {
      giftFired = true;
      out.push(GIFT_CARD.fire(`Asks for gift cards and their codes: ${quote(giftWords[0])}, ${quote(codes[0])}`, phraseEvidence([giftWords[0]!, ...codes])));
    } else if (buy && pressure && (request.length || opener.length)) {
      giftFired = true;
      out.push(
        GIFT_CARD.fire(`Asks to buy gift cards under pressure: ${quote(giftWords[0])}`, phraseEvidence([giftWords[0]!, ...urgency, ...secrecy, ...unavailable, ...opener]), 'medium'),
      );
    }
  }

  if (payChange.length) {
    const context = find(PAYMENT_CONTEXT);
    const strong = paymentRequest.length + request.length + urgency.length + secrecy.length + context.length > 0;
    out.push(
      PAYMENT_CHANGE.fire(
        `Announces new or changed bank details: ${quote(payChange[0])}${strong ? '' : ' (no payment request next to it)'}`,
        phraseEvidence([...payChange, ...context.slice(0, 1)]),
        strong ? 'high' : 'medium',
      ),
    );
  }

  if (paymentRequest.length && urgency.length) {
    out.push(
      URGENT_PAYMENT.fire(`Requests a payment with time pressure: ${quote(paymentRequest[0])} … ${quote(urgency[0])}`, phraseEvidence([paymentRequest[0]!, urgency[0]!])),
    );
  }

  if (payroll.length) {
    // "change my direct deposit" is the diversion; "update your direct deposit in the portal" is
    // what HR notices (and HR-themed credential lures) say: medium
    const mine = payroll.some((h) => FIRST_PERSON.test(`${h.lead}${h.match}`));
    out.push(
      PAYROLL_DIVERSION.fire(`Asks to change where pay is deposited: ${quote(payroll[0])}`, phraseEvidence(payroll), mine ? 'high' : 'medium'),
    );
  }

  // "are you free today?" is a normal question; with a task ask and pressure it is the BEC opener
  const openerWithUrgency =
    opener.length > 0 && (urgency.length > 0 || unavailable.length > 0) && (request.length > 0 || paymentRequest.length > 0 || giftWords.length > 0);
  if (secrecy.length || openerWithUrgency) {
    const hits = secrecy.length ? secrecy : opener;
    out.push(
      SECRECY_URGENCY.fire(
        secrecy.length ? `Asks for secrecy: ${quote(secrecy[0])}` : `BEC opener with urgency: ${quote(opener[0])} … ${quote(urgency[0] ?? unavailable[0])}`,
        phraseEvidence([...hits, ...(secrecy.length ? [] : urgency.slice(0, 1))]),
      ),
    );
  }

  const becIntent = payChange.length + paymentRequest.length + payroll.length + secrecy.length + opener.length > 0 || giftFired;
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
    const dispute = find(DISPUTE);
    const help = dispute.length ? [] : find(CALL_HELP);
    const links = clickableLinks(facts.links);
    const hook = dispute[0] ?? help[0];
    // the strong hook ("if you did not authorise this") with few links is the scam; a bare "call
    // our billing team" with an amount is what small vendors write too: medium at most
    if ((billing.length || amounts) && hook && links <= 5 && (dispute.length || amounts)) {
      const sev = dispute.length && links <= 2 ? 'high' : 'medium';
      out.push(
        CALLBACK.fire(
          `Call ${phones[0]!.match} about ${billing[0] ? quote(billing[0]) : 'a charge'}: ${quote(hook)}, ${links} link(s)`,
          phraseEvidence([phones[0]!, hook, ...billing.slice(0, 1)]),
          sev,
        ),
      );
    }
  }

  // voice follow-up: the earlier call is the pretext; what it backs decides the harm
  const voice = find(VOICE_FOLLOWUP_RX);
  const cred = CRED_FAMILIES.map((f) => ({ name: f.name, hits: find(f.patterns) })).filter((f) => f.hits.length);
  if (voice.length) {
    const money = payChange.length + paymentRequest.length + payroll.length > 0 || giftFired || giftWords.length > 0;
    const pressure = urgency.length + secrecy.length + cred.length > 0;
    if (money || pressure || request.length) {
      const sev = money ? 'high' : pressure ? 'medium' : 'low';
      const backs = money ? 'a payment request' : pressure ? 'an urgent or secret request' : 'a request';
      out.push(
        VOICE_FOLLOWUP.fire(
          `Refers to an earlier call or voicemail (${quote(voice[0])}) to back ${backs}`,
          phraseEvidence([voice[0]!, ...(paymentRequest[0] ? [paymentRequest[0]] : []), ...(payChange[0] ? [payChange[0]] : []), ...(request[0] ? [request[0]] : [])]),
          sev,
        ),
      );
    }
  }

  // credential harvest: one pretext alone is what legitimate notices say too (low); a deadline or
  // threat plus something to click is lure structure (medium); two pretexts + threat + link: high
  if (cred.length) {
    const pressure = find(PRESSURE);
    const actionable = clickableLinks(facts.links) > 0 || (facts.htmlFacts?.forms.length ?? 0) > 0 ||
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
  return out;
}
