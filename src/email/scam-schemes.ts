/**
 * Scams read by what they say, not by how they word it. A phrase rule needs the scammer's words in
 * the rule's order ("send 0.1 BTC to my wallet"); a model written lure says the same thing another
 * way every time ("a small fee: 1450 USD in Bitcoin … copy this address"). What it cannot leave out
 * are the parts of the scheme: an extortion needs a compromising recording, the people it will be
 * sent to and a crypto payment; an investment scam a return per day or week and money to put in; a
 * recovery scam the stolen funds, their recovery and a fee. Each part is a concept, a set of words in
 * the languages the phrase rules read (./scam-concepts.ts) or a pattern (below), and a scheme is its
 * concepts found close together (the core, within a few sentences) plus its other parts anywhere in
 * the message, in any order and inflection. The same reading finds BEC's parts that phrase rules
 * miss when reworded (a bank change, secrecy, an unreachable phone, the callback hook), which
 * src/email/content.ts joins to its phrase hits.
 *
 * Pure and bounded: one pass over the first MAX_SCHEME_TOKENS words of each segment, a walk of the
 * lexicon's trie per word, at most MAX_POSITIONS positions kept per concept.
 */
import { createHash } from 'node:crypto';
import { hitAt, warmUp, type PhraseHit, type TextSegment } from './phrases.js';
import type { Alignment } from './normalize.js';
import { CONCEPT_WORDS as WORDS, type ConceptName } from './scam-concepts.js';
import { PREBUILT } from '../prebuilt.js';

/** Words of one segment a scheme reads (a long newsletter's tail is not where its scheme is). */
export const MAX_SCHEME_TOKENS = 4000;
/** Where a sentence ends, for the schemes read within one. */
const SENTENCE_BREAK = /[.!?;](?:\s|$)|:(?!\s?[+(\d])(?:\s|$)|\n/;
/** Letters of a word spelt out one by one that are read as the word ("v i d e o"). */
const MAX_SPELT = 24;
/** Positions kept per concept and segment. */
const MAX_POSITIONS = 64;

/** A return quoted per day or week, or within hours: no market pays that, every scam quotes it. */
const RATE =
  /\+?(?<n>\d{1,3})(?:[.,]\d{1,2})?(?: ?[-–] ?(?<top>\d{1,3})(?:[.,]\d{1,2})?)? ?%(?: [a-z]+){0,3}(?: ?\/ ?| (?:per|a|an|each|every|by|in|within|pro|par|por|al|na|om|i|w|pa|on) (?:the |un |una |ogni |ein )?)(?:\d{1,3} ?)?(?:trading ?|handels|borsen|beurs)?(?<period>day|days|daily|week|weekly|hours?|h|tag|tage|taglich|woche|wochentlich|stunden|jour|jours|semaine|heures|dia|dias|semana|horas|giorno|giorni|settimana|ore|dag|dagen|uur|dzien|dziennie|tydzien|tygodniowo|godzin|vecka|veckan|timmar|(?<month>month|months|monat|mois|mes|mese|maand|miesiac|manad|manaden))(?![a-z])|\+?(?<n2>\d{1,3})(?:[.,]\d{1,2})?(?: ?[-–] ?(?<top2>\d{1,3})(?:[.,]\d{1,2})?)? ?% ?(?:daily|weekly|taglich|wochentlich|quotidien|hebdomadaire|diario|semanal|giornaliero|settimanale|dagelijks|wekelijks|dziennie|tygodniowo|dagligen|(?<monthAdv>monthly|monatlich|mensuel|mensuellement|mensual|mensualmente|mensile|mensilmente|maandelijks|mensal|mensalmente|miesiecznie|manadsvis|manatligen))(?![a-z])|(?:daily|weekly|taglich|quotidien|diario|giornalier[oa]|dagelijks|dziennie|daglig)(?: [a-z]+){0,2} (?:returns?|profits?|yields?|gains?|rendite|rendement|rendimento|winst|zysk|avkastning)/g;

/** A return quoted per month counts from this many percent (a card's 1.5 % a month is interest). */
const MONTHLY_RATE_MIN = 10;

/** A sum of money: "780 €", "$2,400", "eur 1.250,00", "1450 usd". */
const AMOUNT =
  /(?:[$€£¥]|\b(?:usd|eur|gbp|chf|pln|sek|dkk|nok|czk|brl|try|tl|r\$|zl|kr))\s?\d[\d.,' ]{0,12}\d|\b\d[\d.,' ]{0,12}\s?(?:[$€£¥₺]|(?:usd|eur|euro|euros|gbp|chf|pln|zl|zloty|sek|dkk|nok|czk|kc|brl|try|tl|reais|dollars?)\b)|(?:[₹৳₪₽₴₩₦₱]|\b(?:rs\.?|inr|bdt|ils|nis|rub|uah|krw|vnd|idr|rp|php|ngn|kes|egp|sar|aed|irr|thb|jpy|cny|rmb|won)\s)\s?[0-9০-৯०-९۰-۹٠-٩][0-9০-৯०-९۰-۹٠-٩.,' ]{0,12}[0-9০-৯०-९۰-۹٠-٩]|(?<![0-9০-৯०-९۰-۹٠-٩])[0-9০-৯०-९۰-۹٠-٩][0-9০-৯०-९۰-۹٠-٩.,' ]{0,12}\s?(?:[₹৳₪₽₴₩]|руб|рублеи|грн|гривень|ریال|تومان|درهم|ريال|جنيه|دولار|टका|রুপি|টাকা|रुपये|रुपए|원|円|元)/g;

/**
 * Bank coordinates written out: an IBAN, or an account, routing, sort or SWIFT label followed by
 * its number (the lure's payload; a newsletter's "update your bank details" has none).
 */
const COORDINATES =
  /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b|\b(?:routing|aba|sort code|account(?: number| no\.?| #)?|acct|kontonummer|numero de compte|numero de cuenta|numero di conto|rekeningnummer|numer rachunku|kontonummer)\s?[:#.]?\s?\d[\d -]{5,40}\d|(?:номер сч[её]та|расчетныи сч[её]т|номер рахунку|מספר חשבון|رقم الحساب|شماره حساب|شماره شبا|खाता संख्या|खाता नंबर|अकाउंट नंबर|অ্যাকাউন্ট নম্বর|হিসাব নম্বর|계좌번호|口座番号|账号|帳號|\bno\.? ?rek(?:ening)?|\bnomor rekening|\bso tai khoan|\bstk)\s?[:#.]?\s?\d[\d -]{5,40}\d/g;

/**
 * A sum paid by the day: "$180-$420 per day", a range of pay-outs "120-300 per day", "entre 200 € y 800 € diarios", "150 EUR al giorno":
 * the task scam's promise (a day rate quoted to a contractor names no such range of pay-outs).
 */
const DAILY_PAY =
  /(?<![\d.,])\d{2,4} ?(?:-|–|to) ?\d{2,4} (?:per day|a day|daily|each day|every day|diarios|al dia|por dia|par jour|pro tag|al giorno|per dag|dziennie|om dagen)(?![a-z])|(?:[$€£]\s?\d[\d.,]{0,9}|\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euro|euros|usd|dollars?))(?:\s?(?:-|–|to|a|y|e|et|bis|and)\s?(?:[$€£]\s?)?\d[\d.,]{0,9}\s?(?:€|\$|£|eur|euros?|usd)?)?\s?(?:per day|a day|daily|each day|every day|diarios|diarias|al dia|por dia|par jour|pro tag|taglich|al giorno|giornalieri|per dag|dziennie|om dagen)(?![a-z])/g;

/**
 * Twice what was sent coming back: "send 0.1–20 ETH and receive 2x back", "wir verdoppeln jede
 * Einzahlung" (the crypto giveaway's promise; concept `doubled`).
 */
const DOUBLED =
  /(?<![a-z0-9])(?:2 ?x|x ?2|double[ds]?|doubling|twice|(?:2|two) times|doppelt|verdoppel[a-z]*|le double|doubl(?:e|ons|erons|ez)|el doble|duplica[a-z]*|il doppio|raddoppi[a-z]*|o dobro|dobra[a-z]*|dubbel|verdubbel[a-z]*|dwukrotn[a-z]*|podwoj[a-z]*|dubbla[a-z]*|fordubbl[a-z]*)(?![a-z0-9])/g;

/** A deadline in hours or days: "48 hours", "within 2 days". */
const DEADLINE =
  /\b\d{1,3} ?(?:hours?|hrs|h|stunden|heures|horas|ore|uur|godzin|timmar|saat|hodin|days|tage|jours|dias|giorni|dagen|dni|dagar|gun|dnu|gio|ngay)(?![a-z])|(?<![0-9০-৯०-९۰-۹٠-٩])[0-9০-৯०-९۰-۹٠-٩]{1,3} ?(?:час(?:а|ов)?|годин[иу]?|дн(?:я|еи)|дні|ωρ(?:εσ|ων)|ημερ(?:εσ|ων)|שעות|ימים|ساعة|ساعات|ايام|يوم|ساعت|روز|घंटे|घंटों|दिन|ঘণ্টা|ঘন্টা|দিন|시간|일 ?이내|時間|小时|小時|日以内|天内)/g;

/**
 * A cryptocurrency address in the text: bech32 (bc1…), Ethereum (0x + 40 hex), Tron (T + 33), or a
 * legacy Bitcoin address. What a scam must give and a scheme's crypto concept: "send it to this
 * address" names no coin, the address does.
 */
const CRYPTO_ADDRESS = /\b(?:bc1[02-9ac-hj-np-z]{25,60}|0x[0-9a-f]{40})\b/g;

/**
 * A legacy Bitcoin (1…, 3…) or Tron (T…) address in the message's own words: base58 is case
 * sensitive, so these are read from the source text and kept only when their checksum holds (a
 * hash or a tracking number of the same length does not).
 */
const BASE58_ADDRESS = /(?<![A-Za-z0-9])[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Whether a base58check string decodes and its 4-byte checksum (double SHA-256) holds. */
export function isBase58CheckAddress(text: string): boolean {
  let n = 0n;
  for (const ch of text) {
    const d = BASE58.indexOf(ch);
    if (d < 0) return false;
    n = n * 58n + BigInt(d);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 255n));
    n >>= 8n;
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.unshift(0);
  if (bytes.length !== 25) return false;
  const body = Uint8Array.from(bytes.slice(0, 21));
  const sum = createHash('sha256').update(createHash('sha256').update(body).digest()).digest();
  return bytes.slice(21).every((b, i) => b === sum[i]);
}

/**
 * The first cryptocurrency address in the segments (bech32 or Ethereum in the normalised text, a
 * legacy base58 address in the source when its checksum holds), or null. Language-free: the one
 * thing a crypto demand must write out, whatever script the rest is in.
 */
export function cryptoAddressIn(segs: readonly TextSegment[]): string | null {
  for (const seg of segs) {
    CRYPTO_ADDRESS.lastIndex = 0;
    const m = CRYPTO_ADDRESS.exec(seg.text);
    if (m) return m[0];
    if (seg.source === undefined) continue;
    BASE58_ADDRESS.lastIndex = 0;
    let r: RegExpExecArray | null;
    for (let n = 0; n < MAX_POSITIONS && (r = BASE58_ADDRESS.exec(seg.source)) !== null; n++)
      if (isBase58CheckAddress(r[0])) return r[0];
  }
  return null;
}

/** A deadline in hours or days written with digits, in any language ("48 hours", "48時間", "72 saat"). */
export const DEADLINE_ANY =
  /\d{1,3} ?(?:hours?|hrs|h|stunden|heures|horas|ore|uur|godzin|timmar|saat|hodin|days|tage|jours|dias|giorni|dagen|dni|dagar|gun|dnu|時間|小时|小時|시간|日以内|天内|일|שעות|ימים|ساعة|ساعات|أيام|يوم|ساعت|روز|часов|часа|суток|дней|дня|годин|ωρών|ώρες|ημέρες|giờ|ngày|jam|hari|oras|araw|ชั่วโมง|วัน|घंटे|दिन|ঘণ্টা|দিন|saa|masaa|siku)(?![a-z])/;

interface Lexicon {
  /** Per word, the concepts it names. */
  words: Map<string, ConceptName[]>;
  /** Per stem, the concepts of the words it starts. */
  stems: Map<string, ConceptName[]>;
  /** First words of multi-word phrases, and their phrases. */
  phrases: Map<string, { rest: string[]; concept: ConceptName }[]>;
}

const NAMES = Object.keys(WORDS) as ConceptName[];

/**
 * Whether a word is in a script other than Latin (Cyrillic, Greek, Hebrew, Arabic, the Indic
 * scripts, Hangul …): its first code unit is past Latin's blocks. Such entries are looked up by
 * string (OTHER_LEXICON): their letters are too many for the trie's table of character classes.
 */
function otherScript(c: number): boolean {
  return c >= 0x370 && !(c >= 0x1e00 && c <= 0x1eff);
}
const latinEntry = (entry: string): boolean => !otherScript(entry.charCodeAt(0));

const OTHER_LEXICON: Lexicon = buildLexicon((entry) => !latinEntry(entry));

function buildLexicon(keep: (entry: string) => boolean): Lexicon {
  const lex: Lexicon = { words: new Map(), stems: new Map(), phrases: new Map() };
  const put = (map: Map<string, ConceptName[]>, key: string, name: ConceptName) => {
    const list = map.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    map.set(key, list);
  };
  for (const name of NAMES) {
    for (const entry of WORDS[name]) {
      if (!keep(entry)) continue;
      const words = entry.split(' ');
      if (words.length > 1) {
        const list = lex.phrases.get(words[0]!) ?? [];
        list.push({ rest: words.slice(1), concept: name });
        lex.phrases.set(words[0]!, list);
      } else if (entry.endsWith('*')) put(lex.stems, entry.slice(0, -1), name);
      else put(lex.words, entry, name);
    }
  }
  return lex;
}

/**
 * The lexicon as a trie over code units (its words, stems and phrases' first words), walked over a
 * token where it lies in the text: no string is made for a token and no map of strings is read (a
 * cached map lookup per token, its new string hashed each time, was half of conceptsOf's time), and
 * a token that starts no entry ends its walk in a few steps. State 0 is "no entry starts so"; the
 * root is 1.
 */
export interface LexiconTrie {
  /** Code unit → character class (0: in no entry, so the walk ends). */
  cls: Uint8Array;
  width: number;
  /** Next state of (state, class) at state * width + class; 0: none. */
  next: Uint16Array | Int32Array;
  /** Per state: the concepts of the word that ends there (LEXICON.words), of the stem that ends there. */
  word: (readonly ConceptName[] | undefined)[];
  stem: (readonly ConceptName[] | undefined)[];
  /** Per state: the phrases whose first word ends there. */
  phrases: ({ rest: string[]; concept: ConceptName }[] | undefined)[];
  /** Per state: the parent state (to list the stems on the way to a state). */
  parent: Int32Array;
  /**
   * conceptsAt's answer per state, when the token ends at the state (`whole`) or its walk stopped
   * there before the token's end (`cut`: only stems can hold then): made at the first such token.
   */
  whole: (readonly ConceptName[] | undefined)[];
  cut: (readonly ConceptName[] | undefined)[];
}

const ROOT = 1;

function buildTrie(lex: Lexicon): LexiconTrie {
  const keys = [...lex.words.keys(), ...lex.stems.keys(), ...lex.phrases.keys()];
  const classOf = new Map<number, number>();
  for (const k of keys)
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
    }
  if (classOf.size >= 255) throw new Error('scam-schemes: too many characters in the lexicon');
  const cls = new Uint8Array(65536);
  for (const [c, k] of classOf) cls[c] = k;
  const width = classOf.size + 1;
  const edges = new Map<number, number>();
  const parent: number[] = [0, 0];
  const stateOf = (key: string): number => {
    let s = ROOT;
    for (let i = 0; i < key.length; i++) {
      const e = s * width + cls[key.charCodeAt(i)]!;
      let t = edges.get(e);
      if (t === undefined) {
        t = parent.length;
        parent.push(s);
        edges.set(e, t);
      }
      s = t;
    }
    return s;
  };
  const word: (readonly ConceptName[] | undefined)[] = [];
  const stem: (readonly ConceptName[] | undefined)[] = [];
  const phrases: ({ rest: string[]; concept: ConceptName }[] | undefined)[] = [];
  for (const [k, names] of lex.words) word[stateOf(k)] = names;
  for (const [k, names] of lex.stems) stem[stateOf(k)] = names;
  for (const [k, list] of lex.phrases) phrases[stateOf(k)] = list;
  const n = parent.length;
  // 2 bytes a transition while the states fit (a smaller table to allocate and to read)
  const next = n <= 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
  for (const [e, t] of edges) next[e] = t;
  // one array shape (no holes) for each per-state list
  const fill = <T>(a: (T | undefined)[]): (T | undefined)[] => Array.from({ length: n }, (_, i) => a[i]);
  return {
    cls,
    width,
    next,
    word: fill(word),
    stem: fill(stem),
    phrases: fill(phrases),
    parent: Int32Array.from(parent),
    whole: fill([]),
    cut: fill([]),
  };
}

/**
 * The trie as plain data (the classes' code units in class order; per state its parent, the class of
 * the edge into it, and what ends there), for a build to write down (src/prebuilt.ts) and
 * trieFromTables to read back: the same trie without walking the ≈ 17,000 characters of the lexicon.
 */
export interface SchemeTrieTables {
  chars: number[];
  parent: number[];
  edge: number[];
  word: [number, ConceptName[]][];
  stem: [number, ConceptName[]][];
  phrases: [number, { rest: string[]; concept: ConceptName }[]][];
}

/** The trie built from the lexicon (scam-concepts.ts): the source of truth of the tables. */
export function buildSchemeTrie(): LexiconTrie {
  return buildTrie(buildLexicon(latinEntry));
}

export function schemeTrieTables(trie: LexiconTrie = buildSchemeTrie()): SchemeTrieTables {
  const { cls, width, next } = trie;
  const n = trie.parent.length;
  const chars: number[] = [];
  for (let c = 0; c < cls.length; c++) if (cls[c]) chars[cls[c]! - 1] = c;
  const edge = new Array<number>(n).fill(0);
  for (let e = 0; e < next.length; e++) if (next[e]) edge[next[e]!] = e % width;
  const at = <T>(a: (T | undefined)[]): [number, T][] =>
    a.flatMap((v, s) => (v === undefined ? [] : [[s, v] as [number, T]]));
  return {
    chars,
    parent: [...trie.parent],
    edge,
    word: at(trie.word) as [number, ConceptName[]][],
    stem: at(trie.stem) as [number, ConceptName[]][],
    phrases: at(trie.phrases),
  };
}

/** The trie of schemeTrieTables (equal to buildSchemeTrie's, test/prebuilt.test.ts). */
export function trieFromTables(t: SchemeTrieTables): LexiconTrie {
  const n = t.parent.length;
  const width = t.chars.length + 1;
  const cls = new Uint8Array(65536);
  for (let k = 0; k < t.chars.length; k++) cls[t.chars[k]!] = k + 1;
  const next = n <= 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
  for (let s = ROOT + 1; s < n; s++) next[t.parent[s]! * width + t.edge[s]!] = s;
  const per = <T>(entries: [number, T][]): (T | undefined)[] => {
    const a = new Array<T | undefined>(n).fill(undefined);
    for (const [s, v] of entries) a[s] = v;
    return a;
  };
  return {
    cls,
    width,
    next,
    word: per(t.word),
    stem: per(t.stem),
    phrases: per(t.phrases),
    parent: Int32Array.from(t.parent),
    whole: per([]),
    cut: per([]),
  };
}

// read from the bundle's tables when built (src/prebuilt.ts), else built from the lexicon
const TRIE = PREBUILT ? trieFromTables(PREBUILT.schemeTrie) : buildSchemeTrie();
const NO_CONCEPTS: readonly ConceptName[] = [];

/** Whether the last walk read its whole span (set by walk). */
let walkWhole = false;
/** The state the walk of text[from, to) ends in (the deepest entry prefix it read); see walkWhole. */
function walk(text: string, from: number, to: number): number {
  const { cls, next, width } = TRIE;
  let s = ROOT;
  let k = from;
  for (; k < to; k++) {
    const t = next[s * width + cls[text.charCodeAt(k)]!]!;
    if (t === 0) break;
    s = t;
  }
  walkWhole = k === to;
  return s;
}

/**
 * The concepts a word names by itself, from the state its walk ended in and whether the walk read the
 * whole word: its own entries (LEXICON.words), then those of the stems it starts with, longest first.
 * Kept per state (the answer depends on nothing else).
 */
function conceptsAt(s: number, whole: boolean): readonly ConceptName[] {
  const memo = whole ? TRIE.whole : TRIE.cut;
  let names = memo[s];
  if (names === undefined) {
    let found = whole ? TRIE.word[s]?.slice() : undefined;
    // the stems on the way to s, from s up (longest first)
    for (let t = s; t > ROOT; t = TRIE.parent[t]!) {
      const stem = TRIE.stem[t];
      if (stem) (found ??= []).push(...stem);
    }
    names = found ?? NO_CONCEPTS;
    memo[s] = names;
  }
  return names;
}

/** The concepts a word names, looked up where its script is: the trie for Latin, OTHER_LEXICON else. */
function wordConcepts(word: string): readonly ConceptName[] {
  if (otherScript(word.charCodeAt(0))) return otherConcepts(word);
  const state = walk(word, 0, word.length);
  return conceptsAt(state, walkWhole);
}

/** The concepts a word in another script names (OTHER_LEXICON; as conceptsAt: its own, then stems longest first). */
function otherConcepts(word: string): readonly ConceptName[] {
  let names = OTHER_SEEN.get(word);
  if (names === undefined) {
    let found = OTHER_LEXICON.words.get(word)?.slice();
    for (let k = word.length; k > 0; k--) {
      const stem = OTHER_LEXICON.stems.get(k === word.length ? word : word.slice(0, k));
      if (stem) (found ??= []).push(...stem);
    }
    names = found ?? NO_CONCEPTS;
    // the words of a few messages' worth of text, then forgotten (a bound, not a cache of everything)
    if (OTHER_SEEN.size >= 20_000) OTHER_SEEN.clear();
    OTHER_SEEN.set(word, names);
  }
  return names;
}
const OTHER_SEEN = new Map<string, readonly ConceptName[]>();

/** A word of a phrase's tail: `coupon*` matches any word starting "coupon". */
function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** Where each concept occurs in one segment: token index, and the span in the text. */
export interface Occurrence {
  concept: ConceptName;
  token: number;
  start: number;
  end: number;
}

interface SegmentConcepts {
  seg: TextSegment;
  at: Map<ConceptName, Occurrence[]>;
}

// A token is what /[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]+(?:-[a-z0-9]+)*/g matches: a run
// of word code units, then any number of "-" with ASCII letters or digits (read by code unit).
function isTokenUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x27 ||
    (c >= 0xc0 && c <= 0x1fff) ||
    (c >= 0x2c00 && c <= 0x2fff) ||
    c >= 0x3040
  );
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * The concept patterns, run once on the phrases' WARM_TEXT before their first search (speed only,
 * as the phrase families: V8 then compiles each to machine code at once instead of to bytecode
 * first, which a subject under 1,000 characters would get and the next text compile again). None
 * matches WARM_TEXT (test/email/scheme-warm.test.ts), so nothing a later search reads changes.
 */
export const SCHEME_PATTERNS: readonly RegExp[] = [
  RATE,
  DEADLINE,
  DAILY_PAY,
  DOUBLED,
  AMOUNT,
  COORDINATES,
  CRYPTO_ADDRESS,
  BASE58_ADDRESS,
];
let schemePatternsWarm = false;

/**
 * The concepts the words of `text` name (the lexicon's words, stems and phrases), by concept, with
 * the tokens' spans (the first MAX_SCHEME_TOKENS tokens; MAX_POSITIONS positions a concept).
 * Exported for tests.
 */
export function lexiconConcepts(text: string): {
  at: Map<ConceptName, Occurrence[]>;
  starts: number[];
  ends: number[];
} {
  const at = new Map<ConceptName, Occurrence[]>();
  const starts: number[] = [];
  const ends: number[] = [];
  /** Whether a token holds a '-' (a compound: its parts are looked up too). */
  const hyphens: boolean[] = [];
  // the tokens, found by code unit (see isTokenUnit)
  for (let k = 0; k < text.length && starts.length < MAX_SCHEME_TOKENS;) {
    if (!isTokenUnit(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && isTokenUnit(text.charCodeAt(k))) k++;
    let hyphen = false;
    while (k + 1 < text.length && text.charCodeAt(k) === 0x2d && isAsciiAlnum(text.charCodeAt(k + 1))) {
      hyphen = true;
      k += 2;
      while (k < text.length && isAsciiAlnum(text.charCodeAt(k))) k++;
    }
    starts.push(start);
    ends.push(k);
    hyphens.push(hyphen);
  }
  const count = starts.length;
  const add = (name: ConceptName, token: number, last: number) => {
    const list = at.get(name) ?? [];
    if (list.length >= MAX_POSITIONS || list.at(-1)?.token === token) return;
    list.push({ concept: name, token, start: starts[token]!, end: ends[last]! });
    at.set(name, list);
  };
  const wordAt = (j: number) => text.slice(starts[j], ends[j]);
  const addWord = (word: string, first: number, last: number) => {
    for (const name of wordConcepts(word)) add(name, first, last);
  };
  // the phrases a word starts, each added when the words after it are its rest
  const addPhrases = (list: readonly { rest: string[]; concept: ConceptName }[] | undefined, i: number) => {
    if (list !== undefined)
      for (const p of list)
        if (p.rest.every((r, k) => i + 1 + k < count && wordMatches(r, wordAt(i + 1 + k))))
          add(p.concept, i, i + p.rest.length);
  };
  for (let i = 0; i < count; i++) {
    const from = starts[i]!;
    const to = ends[i]!;
    if (otherScript(text.charCodeAt(from))) {
      const word = wordAt(i);
      addWord(word, i, i);
      // a compound's parts (`троя-bitcoin`): each looked up where its script is
      if (hyphens[i]) for (const part of word.split('-')) if (part) addWord(part, i, i);
      addPhrases(OTHER_LEXICON.phrases.get(word), i);
      continue;
    }
    const s = walk(text, from, to);
    const whole = walkWhole;
    for (const name of conceptsAt(s, whole)) add(name, i, i);
    // a hyphenated compound's parts ("apple-presentkort", "amazon-gutschein") are its words too
    if (hyphens[i]) {
      let letters = '';
      let spelt = true;
      for (let a = from; a <= to;) {
        let b = a;
        while (b < to && text.charCodeAt(b) !== 0x2d) b++;
        const part = walk(text, a, b);
        for (const name of conceptsAt(part, walkWhole)) add(name, i, i);
        if (b - a === 1) letters += text[a];
        else spelt = false;
        a = b + 1;
      }
      // … and one spelt out letter by letter ("B-T-C") is the word
      if (spelt && letters.length >= 3) addWord(letters, i, i);
    }
    // a word spelt out with a space between its letters ("the v i d e o", "s i t e s"): written so
    // that no filter reads it, and read here as the word
    if (
      to - from === 1 &&
      (i === 0 || ends[i - 1]! - starts[i - 1]! !== 1 || starts[i]! - ends[i - 1]! !== 1)
    ) {
      let last = i;
      while (
        last + 1 < count &&
        last - i < MAX_SPELT &&
        ends[last + 1]! - starts[last + 1]! === 1 &&
        starts[last + 1]! - ends[last]! === 1
      )
        last++;
      if (last - i >= 2) {
        let letters = '';
        for (let j = i; j <= last; j++) letters += text[starts[j]!];
        addWord(letters, i, last);
      }
    }
    // the phrases this word starts (its walk read the whole word)
    if (whole) addPhrases(TRIE.phrases[s], i);
  }
  return { at, starts, ends };
}

/** The concepts of one segment, with positions (bounded: MAX_SCHEME_TOKENS, MAX_POSITIONS). */
function conceptsOf(seg: TextSegment): SegmentConcepts {
  if (!schemePatternsWarm) {
    schemePatternsWarm = true;
    for (const re of SCHEME_PATTERNS) warmUp(re);
  }
  const { at, starts, ends } = lexiconConcepts(seg.text);
  // concepts read by pattern, placed at the word they start in
  const tokenAt = (index: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const limit = ends.length ? ends[ends.length - 1]! : 0;
  const byPattern = (re: RegExp, name: ConceptName, keep?: (r: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let r: RegExpExecArray | null;
    const list = at.get(name) ?? [];
    while (list.length < MAX_POSITIONS && (r = re.exec(seg.text)) !== null && r.index < limit) {
      if (keep && !keep(r)) continue;
      list.push({ concept: name, token: tokenAt(r.index), start: r.index, end: r.index + r[0].length });
    }
    if (list.length) at.set(name, list);
  };
  byPattern(RATE, 'rate', (r) => {
    const g = r.groups ?? {};
    if (g.month === undefined && g.monthAdv === undefined) return true;
    // "9-14 % a month": the range's top is the promise
    const pct = Math.max(Number(g.n ?? g.n2 ?? 0), Number(g.top ?? g.top2 ?? 0));
    return pct >= MONTHLY_RATE_MIN;
  });
  byPattern(DEADLINE, 'deadline');
  byPattern(DAILY_PAY, 'dailyPay');
  byPattern(DOUBLED, 'doubled');
  byPattern(AMOUNT, 'amount');
  byPattern(COORDINATES, 'coordinates');
  byPattern(CRYPTO_ADDRESS, 'crypto');
  byPattern(CRYPTO_ADDRESS, 'wallet');
  if (seg.source !== undefined) {
    BASE58_ADDRESS.lastIndex = 0;
    let r: RegExpExecArray | null;
    const list = at.get('crypto') ?? [];
    while (list.length < MAX_POSITIONS && (r = BASE58_ADDRESS.exec(seg.source)) !== null) {
      if (!isBase58CheckAddress(r[0])) continue;
      // the normalised text has it in lower case (ASCII: normalising changes nothing else)
      const index = seg.text.indexOf(r[0].toLowerCase());
      if (index >= 0 && index < limit) {
        list.push({ concept: 'crypto', token: tokenAt(index), start: index, end: index + r[0].length });
        const wallets = at.get('wallet') ?? [];
        wallets.push({ concept: 'wallet', token: tokenAt(index), start: index, end: index + r[0].length });
        at.set('wallet', wallets);
      }
    }
    if (list.length) at.set('crypto', list);
  }
  for (const list of at.values()) list.sort((a, b) => a.token - b.token);
  return { seg, at };
}

/**
 * A scheme: `near`, concept groups that must all occur within `within` words of each other in one
 * segment (a group is satisfied by any of its concepts); `also`, groups each of which must occur
 * somewhere in the message.
 */
interface Scheme {
  near: readonly (readonly ConceptName[])[];
  within: number;
  also: readonly (readonly ConceptName[])[];
  /** The core must lie in one sentence (a phrase-sized scheme: "our new bank account"). */
  oneSentence?: true;
  /** The core's groups must come in the order given ("if … not … requested"). */
  ordered?: true;
}

export type SchemeName =
  | 'extortion'
  | 'investment'
  | 'recovery'
  | 'advance_fee'
  | 'mule'
  | 'mule_recruit'
  | 'reshipping'
  | 'stranger_payment'
  | 'records'
  | 'business_extortion'
  | 'data_extortion'
  | 'next_of_kin'
  | 'new_number'
  | 'family_emergency'
  | 'charity_wallet'
  | 'fake_check'
  | 'task_scam'
  | 'task_recruit'
  | 'wrong_recipient'
  | 'invest_group'
  | 'guaranteed_investment'
  | 'crypto_giveaway'
  | 'gift_codes'
  | 'dispute'
  | 'secrecy'
  | 'secrecy_word'
  | 'bank_change'
  | 'disregard_old'
  | 'no_callback'
  | 'payroll_change'
  | 'verify_known'
  | 'grant_fee';

const SCHEMES: Record<SchemeName, Scheme> = {
  // a compromising recording and the people it will go to; the condition that stops it, crypto, and
  // a deadline or a sum
  extortion: {
    near: [['media', 'hacked'], ['audience']],
    within: 30,
    also: [['condition'], ['crypto'], ['deadline', 'pay', 'fee']],
  },
  // a return per day or week, what it is made by, and money to put in (crypto, a deposit, a start)
  investment: { near: [['rate'], ['profit', 'invest']], within: 25, also: [['crypto', 'stake']] },
  // stolen funds traced and recovered, and a fee to pay for their release
  recovery: {
    near: [['recover'], ['stolen']],
    within: 30,
    also: [['fee'], ['crypto', 'voucher', 'remitter']],
  },
  // money owed to the reader behind a fee, paid in crypto, vouchers or by a transfer service
  advance_fee: {
    near: [['fee'], ['windfall', 'release']],
    within: 25,
    also: [['crypto', 'voucher', 'remitter']],
  },
  // a job: other people's money into the reader's account, sent on, a cut kept
  mule: { near: [['receive'], ['funds']], within: 12, also: [['job'], ['onward'], ['cut']] },
  // its first letter, before the sending on is explained: a job for which the reader's own bank
  // account receives clients' payments, for a commission, no experience needed, the interview on
  // WhatsApp or Telegram
  mule_recruit: {
    near: [['receive'], ['funds']],
    within: 6,
    also: [['job'], ['cut'], ['bankAccount'], ['noExperience'], ['messenger']],
  },
  // a job: other people's parcels to the reader's home, relabelled and sent on
  reshipping: { near: [['parcels'], ['relabel']], within: 30, also: [['job']] },
  // money asked for by crypto, vouchers or a transfer service, for a stranger's emergency or a
  // love affair: the romance scam's and the "friend in trouble" scam's ask
  stranger_payment: {
    near: [['pay'], ['crypto', 'voucher', 'remitter']],
    within: 8,
    also: [['distress', 'affection']],
  },
  // harm to a business (reviews, an attack) the reader can avoid by paying crypto
  business_extortion: {
    near: [['harm'], ['avert', 'condition'], ['crypto']],
    within: 60,
    also: [['deadline', 'pay', 'fee']],
  },
  // a dead stranger's money, the reader presented as the heir, and the proceeds shared or the
  // estate said to have no heirs but the reader's surname: the next-of-kin letter (its fees come in
  // the next mail)
  next_of_kin: {
    near: [['deceased'], ['windfall']],
    within: 40,
    also: [['amount'], ['split', 'heirless']],
  },
  // the business's data copied, and cryptocurrency asked before a deadline or it is published
  // (the list of what was taken may run long between the two: "we copied: the patient base … the
  // X-rays … the accounts … You have 72 hours to pay 2.5 BTC")
  data_extortion: {
    near: [['exfiltrated'], ['crypto']],
    within: 120,
    also: [['deadline', 'harm']],
  },
  // "Mum, I dropped my phone, this is my new number … can you pay this for me today"
  new_number: { near: [['newContact'], ['pay']], within: 60, also: [['amount']] },
  // "Nonna, it's me … the police are holding me until bail is posted … please don't tell mom": a
  // relative in custody or after an accident, the family kept out of it, and bail to pay (the
  // grandparent scam; the lawyer to call comes with it). Not any money: a cousin's "I'll pay the
  // hospital, don't tell grandma yet" is family news
  family_emergency: { near: [['distress', 'bail'], ['familyHush']], within: 80, also: [['bail']] },
  // a disaster appeal collecting into a crypto wallet and a private chat
  charity_wallet: { near: [['charity'], ['crypto']], within: 60, also: [['messenger', 'railsDown']] },
  // a cheque for more than the price, the difference sent on
  fake_check: { near: [['cheque'], ['excess']], within: 40, also: [['pay', 'onward']] },
  // paid tasks that must first be unlocked by topping up an account in crypto
  task_scam: { near: [['tasks'], ['crypto']], within: 60, also: [['job'], ['stake', 'pay']] },
  // shares or a return promised with the capital guaranteed ("pre-listing round … if the listing
  // price comes in below your entry, we buy the shares back at cost"), and a sum to put in
  guaranteed_investment: {
    near: [['guarantee'], ['invest', 'profit', 'preIpo']],
    within: 30,
    also: [['amount']],
  },
  // the crypto giveaway: coins sent to an address come back doubled ("send 0.1 to 20 ETH to the event
  // address and receive 2x back")
  // in that order (a promotion's "double rewards" names no coins sent first)
  // … and the address to send them to (a promotion's "double rewards" prints none)
  crypto_giveaway: {
    near: [['pay'], ['crypto'], ['doubled']],
    within: 25,
    also: [['wallet']],
    ordered: true,
  },
  // "I joined an investment mentoring group … extra income every month … join here: chat.whatsapp.com/…":
  // an invitation to a closed trading circle on a messenger with money made (the pump-and-dump and
  // pig-butchering opener; a broker's newsletter is bulk mail, which schemes skip)
  invest_group: {
    near: [['tradingGroup'], ['invest', 'crypto', 'profit', 'excess']],
    within: 30,
    also: [['messenger'], ['profit', 'excess', 'rate']],
  },
  // "sorry, wrong address … my uncle's gold trading … my WhatsApp is": a stranger's opener that
  // moves to a private chat and brings up trading or a romance (the pig-butchering scam's first mail)
  wrong_recipient: {
    near: [['wrongRecipient']],
    within: 0,
    also: [['messenger'], ['invest', 'profit', 'crypto', 'affection']],
  },
  // the task scam's first mail: simple tasks paid by the day, no experience needed (not a contractor's
  // day rate for a role), and the
  // talk moved to WhatsApp or Telegram (the crypto top-up comes later, in the chat)
  task_recruit: {
    near: [['dailyPay'], ['tasks', 'noExperience']],
    within: 40,
    also: [['messenger']],
  },
  // the charge disowned, in that order: "if this renewal was not requested", "se non ha richiesto";
  // the callback scam's hook (src/email/content.ts joins it to the phrase rules' DISPUTE)
  dispute: {
    near: [['condition'], ['denied'], ['authorise']],
    within: 6,
    also: [],
    oneSentence: true,
    ordered: true,
  },
  // secrecy that shuts out the people who would check: "please don't loop in the deal team or
  // treasury", "no se lo comentes a nadie"; or in one phrase ("strictly need-to-know")
  secrecy: {
    near: [['hushDeny'], ['hushVerb'], ['insiders']],
    within: 8,
    also: [],
    oneSentence: true,
    ordered: true,
  },
  secrecy_word: { near: [['hushWord']], within: 0, also: [] },
  // gift or prepaid cards whose codes go back to the one asking ("scratch the back, send me a photo of
  // the codes"): gift-card BEC in any words
  gift_codes: { near: [['voucher'], ['codes'], ['toMe']], within: 60, also: [] },
  // money to be paid to an account other than the usual, its coordinates written out: a bank change
  // in any words ("funds must be sent to our secondary trust account: routing …"); the phrase rules'
  // strength checks then apply (src/email/content.ts)
  bank_change: {
    near: [['novel'], ['bankAccount']],
    within: 6,
    oneSentence: true,
    also: [['coordinates'], ['pay', 'funds', 'amount']],
  },
  // the old payment details set aside: "disregard the funding sheet in your original packet", "our
  // former receiving bank"; a bank change told without new coordinates (they are in an attachment)
  disregard_old: {
    near: [['disregard'], ['priorMoney']],
    within: 12,
    also: [['pay', 'funds', 'amount']],
    oneSentence: true,
  },
  // the phone the reader would check by is out of reach, so reply in writing: what a bank change's
  // fraudster says to keep the call from happening
  no_callback: { near: [['phoneDown'], ['writeOnly']], within: 25, also: [] },
  // the employee's pay to go into a new account ("la nómina de diciembre se ingrese ya en la cuenta
  // nueva"): payroll diversion in any words (content.ts joins it to the phrase rules' PAYROLL)
  payroll_change: { near: [['salary'], ['novel'], ['bankAccount']], within: 15, also: [] },
  // the change to be checked by phone at a number the reader already has ("bestätigen Sie die
  // Änderung telefonisch bei Ihrem bekannten Ansprechpartner", "call … on the number in our
  // contract"): what a real notice says and a fraud never does (content.ts weighs it)
  // (within a sentence: "rufen Sie mich gerne vorher an … 089 72 44 10 93 (die Nummer steht auch im
  // Mietvertrag)" puts the number between the two)
  verify_known: { near: [['checkBack'], ['knownContact']], within: 25, also: [], oneSentence: true },
  // a grant, subsidy or bequest for the reader's organisation held behind a fee the reader must pay
  // first ("selected for a grant of EUR 250,000 … payment of the one-time compliance fee of EUR
  // 3,850"; "Zuschuss … Bearbeitungsgebühr von 1.490 EUR"): the advance-fee letter's 2020s shape,
  // paid by bank transfer, which `advance_fee` (crypto, vouchers, a transfer service) does not read.
  // A real award pays; it never charges to release itself. The fee and the award may lie a list
  // apart ("selected for a grant of … To release the funds: 1. the W-9 … 2. ID … 3. a verification
  // fee of $485 by Zelle"), paid by any means or to an IBAN given; and the reader is told they were
  // chosen (a subsidy lowering a fee the reader pays says no such thing). content.ts sets aside
  // warnings, fees the grant pays, an event's registration and "grant" as a name or a verb
  grant_fee: {
    near: [['grantMoney'], ['upfrontFee']],
    within: 70,
    also: [['amount'], ['pay', 'voucher', 'remitter', 'coordinates'], ['awarded']],
  },
  // staff, payroll or tax records asked to be sent: the data-theft BEC's ask (an ask, not evidence)
  records: { near: [['handOver'], ['records']], within: 25, also: [] },
};

/**
 * The leftmost run of words holding one occurrence of every group, no wider than `within` words
 * (a sliding window over all occurrences by position): a concept closer to one part but on the far
 * side cannot hide a tighter match ("he cambiado de banco … la nómina … en la cuenta nueva").
 */
function tightest(
  lists: readonly Occurrence[][],
  within: number,
  accept: (picked: Occurrence[]) => boolean,
): Occurrence[] | undefined {
  const all = lists
    .flatMap((list, group) => list.map((o) => ({ o, group })))
    .sort((a, b) => a.o.token - b.o.token);
  const count = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let lo = 0;
  for (let hi = 0; hi < all.length; hi++) {
    if (count[all[hi]!.group]!++ === 0) covered++;
    while (all[hi]!.o.token - all[lo]!.o.token > within) if (--count[all[lo++]!.group]! === 0) covered--;
    if (covered === lists.length) {
      // the window's last occurrence of each group (nearest the others)
      const picked: Occurrence[] = [];
      for (let g = 0; g < lists.length; g++) {
        for (let k = hi; k >= lo; k--)
          if (all[k]!.group === g) {
            picked.push(all[k]!.o);
            break;
          }
      }
      // a window the scheme refuses (across a sentence end): a later one may still hold
      if (accept(picked)) return picked;
    }
  }
  return undefined;
}

/** The first place where every group of `near` occurs within `within` words, or undefined. */
function nearest(
  sc: SegmentConcepts,
  groups: Scheme['near'],
  within: number,
  ordered: boolean,
  oneSentence: boolean,
): Occurrence[] | undefined {
  // a group none of whose concepts occurs: no core here (most schemes in most segments; told before
  // any list is made)
  for (const g of groups) {
    let some = false;
    for (const name of g)
      if ((sc.at.get(name)?.length ?? 0) > 0) {
        some = true;
        break;
      }
    if (!some) return undefined;
  }
  // (a colon before a number does not end a sentence: "call me: 089 72 44 10 93")
  const accept = oneSentence
    ? (picked: Occurrence[]) => !SENTENCE_BREAK.test(sc.seg.text.slice(spanStart(picked), spanEnd(picked)))
    : anyWindow;
  const lists = groups.map((g) =>
    g.flatMap((name) => sc.at.get(name) ?? []).sort((a, b) => a.token - b.token),
  );
  if (!ordered) return tightest(lists, within, accept);
  // for each occurrence of the first group, the closest occurrence of every other group after it
  for (const anchor of lists[0]!) {
    const picked = [anchor];
    let ok = true;
    for (const list of lists.slice(1)) {
      let best: Occurrence | undefined;
      const after = picked[picked.length - 1]!.token;
      for (const o of list) {
        if (Math.abs(o.token - anchor.token) > within) continue;
        // in order: the first occurrence after the group before it
        if (ordered) {
          if (o.token > after && (!best || o.token < best.token)) best = o;
        } else if (!best || Math.abs(o.token - anchor.token) < Math.abs(best.token - anchor.token)) best = o;
      }
      if (!best) {
        ok = false;
        break;
      }
      picked.push(best);
    }
    if (ok) {
      const tokens = picked.map((o) => o.token);
      if (Math.max(...tokens) - Math.min(...tokens) <= within && accept(picked)) return picked;
    }
  }
  return undefined;
}

export interface SchemeHit {
  scheme: SchemeName;
  /**
   * The words that make the scheme: its core (one span when its words are close, as "our secondary
   * trust account"), then one occurrence of each other part.
   */
  hits: PhraseHit[];
  /** The concepts found, core and other parts (which of a group's concepts it was). */
  concepts: ConceptName[];
}

/**
 * SCHEMES in their order, every entry of one object shape (speed only: the table's literals come in
 * several shapes, which made findSchemes' reads of them polymorphic and its optimised code deoptimise
 * as each new shape came up in a process's first messages).
 */
const SCHEME_LIST = (Object.keys(SCHEMES) as SchemeName[]).map((name) => {
  const s = SCHEMES[name];
  return {
    name,
    near: s.near,
    within: s.within,
    also: s.also,
    oneSentence: s.oneSentence === true,
    ordered: s.ordered === true,
  };
});

const anyWindow = () => true;
const spanStart = (os: readonly Occurrence[]) => Math.min(...os.map((o) => o.start));
const spanEnd = (os: readonly Occurrence[]) => Math.max(...os.map((o) => o.end));

/** A core whose words lie within this many characters is quoted as one span. */
const SPAN_CHARS = 120;

/** Every scheme the segments tell, with the words that tell it. */
export function findSchemes(segs: readonly TextSegment[]): SchemeHit[] {
  const concepts = segs.map(conceptsOf);
  const aligned = new Map<TextSegment, Alignment | null>();
  const hit = (sc: SegmentConcepts, o: Occurrence) => hitAt(sc.seg, o.start, o.end, aligned);
  const out: SchemeHit[] = [];
  for (const scheme of SCHEME_LIST) {
    const name = scheme.name;
    let core: PhraseHit[] | undefined;
    const told: ConceptName[] = [];
    for (const sc of concepts) {
      const found = nearest(sc, scheme.near, scheme.within, scheme.ordered, scheme.oneSentence);
      if (found) {
        const from = spanStart(found);
        const to = spanEnd(found);
        told.push(...found.map((o) => o.concept));
        core =
          to - from <= SPAN_CHARS
            ? [hitAt(sc.seg, from, to, aligned)]
            : found.sort((a, b) => a.start - b.start).map((o) => hit(sc, o));
        break;
      }
    }
    if (!core) continue;
    const rest: PhraseHit[] = [];
    // by index: an empty `also` is an array of another map, which an iterator would check
    for (let k = 0; k < scheme.also.length; k++) {
      const group = scheme.also[k]!;
      let found: PhraseHit | undefined;
      for (const sc of concepts) {
        const o = group.flatMap((g) => sc.at.get(g) ?? [])[0];
        if (o) {
          found = hit(sc, o);
          told.push(o.concept);
          break;
        }
      }
      if (!found) break;
      rest.push(found);
    }
    if (rest.length === scheme.also.length)
      out.push({ scheme: name, hits: core.concat(rest), concepts: told });
  }
  return out;
}
