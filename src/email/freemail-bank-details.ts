/**
 * Bank coordinates to pay into, written by a personal free mail address to a company: the payroll
 * diverter's "Nomor rekening 1087 2291 4410" from gmail.com, the "estate beneficiary's" "Rhif cyfrif:
 * 17730942, cod didoli 60-83-71" from outlook.com, the supplier's "new" IBAN from a Gmail account in
 * its name. A company is paid, and pays its staff, through accounts it announces from its own domain
 * and its own systems; a mailbox anyone can open in a minute, naming the account money should go to,
 * is the diversion itself, in whatever language it is told.
 *
 * The coordinates are read by their shape, not by the words around them, so the language does not
 * matter: an IBAN whose check digits hold (ISO 13616, mod 97), a UK sort code beside an eight-digit
 * account, or a digit run after a bank account's label (CBU, CVU, CLABE, BSB, routing number,
 * "numer konta", "nomor rekening", "rhif cyfrif", and "account number" next to a bank word: a
 * customer's "Account number: 40118772" about a plan names no bank).
 *
 * Strong on its own: the coordinates are the ask (pay here) and the free mailbox the deception.
 * Left alone: mailing-list and bulk mail, mail to free mail addresses only (private money between
 * friends), and coordinates quoted from an earlier message (a reply quoting the company's own
 * invoice). Blind rounds 67-129 (bench/fixtures/rounds): 84 of 2,520 attacks, 27 of them missed
 * before; one of 6,300 legitimate messages (a friend collecting a holiday share at a work address).
 * Dev set: no message of either label.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain, registrableDomain } from '../url/index.js';
import type { EmailFacts } from './facts.js';
import { isBulkMail, isListMail } from './sender.js';
import { quotedAuthors } from './thread-lookalike.js';

export const FREEMAIL_BANK_DETAILS = defineSignal({
  id: 'email.sender.freemail_bank_details',
  category: 'bec',
  severity: 'high',
  summary:
    'A personal free mail address gives a company bank coordinates to pay into (a valid IBAN, a sort code and account, a routing, CBU or CLABE number): companies and their staff announce accounts from their own domains',
  // the coordinates are the ask and the free mailbox the deception, both in the evidence
  roles: { high: 'strong' },
});

export const FREEMAIL_BANK_SIGNALS: SignalDef[] = [FREEMAIL_BANK_DETAILS];

/** Characters of the sender's own words read for coordinates. */
const MAX_TEXT = 20_000;

/** An IBAN as written: country, check digits, then groups of four (spaced or not). */
const IBAN_SHAPE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

/** An IBAN-shaped number after its label ("IBAN: …", "IBAN …"). */
const IBAN_LABELLED =
  /\bIBAN\s*(?:no\.?|number|nr\.?)?\s*[:.]?\s*[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/;

/** Whether an IBAN's check digits hold: the rearranged number mod 97 is 1 (ISO 13616). */
export function validIban(written: string): boolean {
  const s = written.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  let rest = 0;
  for (const c of s.slice(4) + s.slice(0, 4)) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = (v > 9 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

/** A UK sort code (hyphenated: a spaced one is a phone number's or a date's shape) and an 8-digit account. */
const SORT_CODE_ACCOUNT =
  /\b\d{2}-\d{2}-\d{2}\b[^\n]{0,60}?(?<![\d-])\d{8}(?![\d-])|(?<![\d-])\d{8}(?![\d-])[^\n]{0,60}?\b\d{2}-\d{2}-\d{2}\b/;

/**
 * A bank account's label and its number (six digits or more, spaced or not), in the languages the
 * diversion comes in. The English "account number" needs a bank word near it (below).
 */
const ACCOUNT_LABEL =
  /\b(?:cbu|cvu|clabe|bsb|routing(?: number| no\.?)?|aba(?: number)?|numer(?:u)? (?:konta|rachunku)|nr\.? (?:konta|rachunku)|n[uú]mero de (?:cuenta|conta)|numero di conto|rekeningnummer|num[eé]ro de compte|kontonummer|no\.? rekening|nomor rekening|no\.? akaun|nombor akaun|rhif (?:y )?cyfrif|s[aą]skaitos (?:nr|numeris)|account (?:number|no\.?|#))\s*[:.#]?\s*((?:\d[ -]?){6,30}\d)/gi;
const ENGLISH_ACCOUNT = /^account/i;
const BANK_WORD = /\b(?:bank|banking|sort code|routing|swift|bic|building society|credit union)\b/i;

/** The first bank coordinates in `text`, as written, or null. */
export function bankCoordinates(text: string): string | null {
  for (const m of text.matchAll(IBAN_SHAPE)) if (validIban(m[0])) return m[0];
  // … or one labelled as such, whatever its check digits ("IBAN: PT50 0033 0000 4571 2289 0410 5"):
  // the label says what the writer means, and a mistyped or made-up number is still the ask to pay there
  const labelled = IBAN_LABELLED.exec(text);
  if (labelled) return labelled[0];
  const sort = SORT_CODE_ACCOUNT.exec(text);
  if (sort) return sort[0];
  for (const m of text.matchAll(ACCOUNT_LABEL)) {
    if (ENGLISH_ACCOUNT.test(m[0])) {
      const near = text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 150);
      if (!BANK_WORD.test(near)) continue;
    }
    return m[0];
  }
  return null;
}

/** The sender's own words: the text before the first quoted message ("On … wrote:", "From: …", "> "). */
function ownWords(text: string): string {
  const head = text.slice(0, MAX_TEXT);
  const quoted = quotedAuthors(head)[0]?.index ?? head.length;
  const marked = head.search(/^>/m);
  return head.slice(0, marked >= 0 ? Math.min(quoted, marked) : quoted);
}

export function freemailBankSignals(facts: EmailFacts): Signal[] {
  const from = facts.from;
  if (!from?.domain || !isFreemailDomain(from.domain) || isListMail(facts) || isBulkMail(facts)) return [];
  const company = [...facts.to, ...facts.cc]
    .slice(0, 50)
    .find((m) => m.domain && !isFreemailDomain(m.domain));
  if (!company) return [];
  const own = ownWords(facts.text || facts.visibleText);
  const coordinates = bankCoordinates(own);
  if (!coordinates) return [];
  // a relative at the reader's work address ("Jamie Okafor" to tom.okafor@…) asking to be paid back
  // into "the same account as last time": family money, an ask for the gate, not the diversion
  const family = relative(facts);
  const unchanged = SAME_ACCOUNT.test(own);
  const why = family
    ? ` (from a relative: ${family})`
    : unchanged
      ? ' (the same account as before, it says)'
      : '';
  return [
    FREEMAIL_BANK_DETAILS.fire(
      `${from.address} is a personal free mail address, yet it gives ${registrableDomain(company.domain) ?? company.domain} bank coordinates to pay into: "${coordinates.slice(0, 60)}"${why}`,
      [
        { where: 'header:From', text: from.raw || from.address },
        { where: 'body:text', text: coordinates.slice(0, 100) },
      ],
      family || unchanged ? 'medium' : 'high',
    ),
  ];
}

/** "Same account as last time", "the usual account": the writer says nothing has changed. */
const SAME_ACCOUNT =
  /\b(?:same|usual|normal|old) (?:account|bank account|details|bank details)(?: as (?:last time|before|always|usual|ever))?\b/i;

/**
 * The surname a free mail sender shares with a recipient of another first name ("Jamie Okafor" to
 * tom.okafor@…): a brother, a mother, a cousin writing to the reader's work address. Null when none.
 */
function relative(facts: EmailFacts): string | null {
  const words = (facts.from?.name ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const surname = words.length >= 2 ? words[words.length - 1]! : '';
  const given = words[0] ?? '';
  if (surname.length < 3) return null;
  for (const m of [...facts.to, ...facts.cc].slice(0, 50)) {
    const parts = m.address
      .split('@')[0]!
      .toLowerCase()
      .split(/[._-]+/);
    if (
      parts.length >= 2 &&
      parts.includes(surname) &&
      !parts.includes(given) &&
      !parts[0]!.startsWith(given[0] ?? '')
    )
      return `${facts.from!.name} to ${m.address}`;
  }
  return null;
}
