/**
 * The phrase matcher: bounded phrase patterns over normalised text, with evidence (the match, its
 * sentence and a little context). Every quantifier is bounded and every gap alternates two disjoint
 * character classes, so matching stays linear in the text.
 */
import type { Evidence } from '../core/index.js';
import { alignForEvidence, type Alignment } from './normalize.js';
import { MAX_MATCHES_PER_FAMILY } from '../core/index.js';
import { LiteralScanner, requiredLiterals, requiredNeed, type Need } from './phrase-literals.js';
import { loadFamiliesPack } from './phrase-pack.js';
import {
  OneByteSubjects,
  planStandIns,
  setStandInPlan,
  type Mapped,
  type StandInPlan,
} from './phrase-one-byte.js';

/**
 * Word and separator classes are disjoint, so a gap of words can only be split one way. They are
 * plain code-unit ranges, not `\p{L}`: V8 compiles a bounded repeat of a Unicode property class
 * into a huge automaton (seconds per pattern). The text is already accent-free and lower case.
 *
 * The class holds the characters themselves, not `\uXXXX` escapes (the same class, 17 source
 * characters instead of 44; a pattern repeats it at every word and gap): V8 stops optimising a
 * regex whose source is over 20 kB (regexp.cc, kRegExpTooLargeToOptimize: no quick checks or
 * Boyer-Moore skip), and with escapes the prompt-injection family (hidden.ts) was 21.8 kB and took
 * 13× as long over the same texts as at 12.3 kB (483 against 38 ms over the segments it read in
 * every 3rd dev message; the same matches).
 */
const W_CHARS = "a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff";
const WORD = `[${W_CHARS}]`;
const SEP = `[^${W_CHARS}]+`;
const OPT_SEP = `[^${W_CHARS}]*`;
/** Whether a regex source has a space inside a character class (escapes and escaped brackets skipped). */
function spaceInClass(src: string): boolean {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (!inClass && c === '[') inClass = true;
    else if (inClass && c === ']') inClass = false;
    else if (inClass && c === ' ') return true;
  }
  return false;
}

/**
 * Build a phrase pattern. In `src`, a space is "a few separator characters", ` ?` an optional
 * separator and `~N` "up to N words in between". A gap word is `WORD+` then `SEP`: the classes
 * are disjoint and a match can only start at a word start, so the work stays linear.
 */
export function phrase(src: string): RegExp {
  // a space inside a character class ("[- ]") would be rewritten into the separator pattern below
  if (spaceInClass(src))
    throw new Error(`phrase: a space inside [...] is rewritten; use \\s or a group: ${src.slice(0, 120)}`);
  const body = src
    .replace(/ ~(\d{1,2}) /g, (_, n: string) => ` (?:${WORD}+${SEP}){0,${n}}`)
    .replace(/ \?/g, '\u0001')
    .replace(/ /g, SEP)
    .replace(/\u0001/g, OPT_SEP);
  // a gap written any other way ("~ 3", "~3" without spaces around it) would match a literal "~"
  if (body.includes('~'))
    throw new Error(`phrase: a "~N" gap needs a space on each side: ${src.slice(0, 120)}`);
  const re = new RegExp(`(?<!${WORD})(?:${body})(?!${WORD})`, 'g');
  PREFILTER.set(re, { src });
  MADE.push(re);
  return re;
}

/** Every pattern phrase() has made (module constants: the families; tests check them all). */
const MADE: RegExp[] = [];

/** The patterns phrase() has made so far, in order. */
export function phrasePatterns(): readonly RegExp[] {
  return MADE;
}

/**
 * Per phrase regex: its source (for the pre-filters), whether it is compiled natively already (see
 * warmUp), and its requiredLiterals when asked for (phraseLiterals; tests).
 */
interface Prefilter {
  src: string;
  /** Compiled natively already (see warmUp). */
  warm?: true;
  literals?: readonly string[] | null;
  /** Written in a script other than Latin (PS): searched only in a text with such letters. */
  ownScript?: true;
}
const PREFILTER = new WeakMap<RegExp, Prefilter>();

/**
 * What a pattern is first run on (speed only). V8 compiles a regex at its first exec: for a text
 * under 1,000 characters (a subject, the first segment findPhrases reads) to bytecode, which it
 * interprets and compiles again to machine code at the next exec; for a longer text straight to
 * machine code. For the phrase families (2–17 kB of source each) the bytecode compile costs more
 * than the machine code: the 76 families of lures.ts, first run on a short text and then a long one,
 * took 170–260 ms of CPU against 60–85 ms when first run on a long one. One run on this text (1,200
 * characters, one byte each, matched by no family: test/email/phrase-warm.test.ts) before the
 * first real one makes the first compile the machine-code one. A run changes nothing a later run
 * reads (lastIndex is reset before every search; no match, so no RegExp.$1 or lastMatch either).
 */
export const WARM_TEXT = 'x '.repeat(600);

/** Run `re` once on WARM_TEXT (see above; it must not match there), lastIndex left at 0. */
export function warmUp(re: RegExp): void {
  re.lastIndex = 0;
  re.test(WARM_TEXT);
  re.lastIndex = 0;
}

/** The pre-filter literals of a phrase regex, or null when it has none (always searched). */
export function phraseLiterals(re: RegExp): readonly string[] | null {
  const p = PREFILTER.get(re);
  if (p === undefined) return null;
  if (p.literals === undefined) p.literals = requiredLiterals(p.src);
  return p.literals;
}

/**
 * A family's need (./phrase-literals.ts requiredNeed) over the scanner's literals, as a small
 * program: at p, a value >= 0 is a clause (a set of literals one of which must occur, by its
 * number); AND or OR is followed by the node's length (header included) and its parts. In an `and`
 * the clauses come first, the one with the longest shortest literal (the rarest-looking) first, so
 * a need that does not hold is mostly told by its first test.
 */
const AND = -1;
const OR = -2;

/**
 * The pre-filter of every phrase family at once (speed only: what matches never changes). Each
 * family's need, a formula over literals that every match of it satisfies, is derived from its
 * source; one LiteralScanner pass over a segment tells which of all the families' literals occur
 * in it, which marks the clauses (sets of literals, one of which a need asks for) that hold there,
 * and a family whose need does not hold is not run on the segment (it cannot match). This replaces
 * one literal regex per family and segment, each a scan of the whole text, and asks for *all* the
 * required words of a sequence ("(wire|bank) ~2 (transfer|payment)"), not the rarest-looking one.
 *
 * Read from the build's pack (./phrase-pack.ts) at the first findPhrases call, for the families
 * made until then whose sources it holds. Without a pack, or when it misses a family made by then,
 * built at the BUILD_AFTER-th call (≈ the fourth message): deriving and building cost 120–300 ms,
 * which a one-message process (`vigil scan one.eml`) would pay and not get back. Families made
 * later are always searched.
 */
export interface Families {
  scanner: LiteralScanner;
  needs: Map<RegExp, Int32Array | null>;
  /** Per literal, the clauses it is in: clauseList[clauseStart[l] .. clauseStart[l + 1]). */
  clauseStart: Int32Array;
  clauseList: Int32Array;
  clauses: number;
  /** The clauses that hold in the last few segment texts (one message's rules read the same ones). */
  held: Map<string, Uint8Array>;
  /** The families' one-byte stand-in plans, when read from the pack (./phrase-one-byte.ts). */
  plans?: Map<RegExp, StandInPlan | null>;
}
const BUILD_AFTER = 200;
const HELD_KEPT = 16;
let callsBeforeBuild = 0;
let families: Families | undefined;

/** The source phrase() made `re` from (what its need is derived from), or undefined. */
export function phraseSource(re: RegExp): string | undefined {
  return PREFILTER.get(re)?.src;
}

/**
 * The families' pre-filter: the pack's from the first call; built on the BUILD_AFTER-th when there
 * is none or it misses a family made by then; undefined before either.
 */
function familiesFilter(): Families | undefined {
  if (callsBeforeBuild < BUILD_AFTER) {
    if (++callsBeforeBuild === 1) {
      families = loadFamiliesPack(scannedFamilies(), phraseSource, MADE);
      if (families?.plans) for (const [re, plan] of families.plans) setStandInPlan(re, plan);
    } else if (callsBeforeBuild === BUILD_AFTER) {
      const scanned = scannedFamilies();
      if (!(families && families.needs.size === scanned.length)) families = buildFamilies(scanned);
      // the one-byte stand-ins of the families the pack did not plan (all of them without a pack)
      for (const re of MADE) planStandIns(re);
    }
  }
  return families;
}

/** The families the literal pre-filter covers: every one made but those in their own script (PS). */
export function scannedFamilies(): RegExp[] {
  return MADE.filter((re) => PREFILTER.get(re)?.ownScript === undefined);
}

/**
 * Whether a normalised text has a letter of a script other than Latin (Greek, Cyrillic, Hebrew,
 * Arabic, the Indic scripts, Thai, kana, Hangul, CJK): where a PS family can match. The last answer
 * is kept (a message's rules read the same segments one after the other).
 */
const OTHER_SCRIPT = /[\u0370-\u1dff\u3040-\ud7ff\uf900-\ufaff]/;
let lastScriptText = '';
let lastScriptAnswer = false;
function hasOtherScript(text: string): boolean {
  if (text !== lastScriptText) {
    lastScriptText = text;
    lastScriptAnswer = OTHER_SCRIPT.test(text);
  }
  return lastScriptAnswer;
}

/**
 * What each family reads of a segment's text (./phrase-one-byte.ts): the text, or, when it has a
 * code unit above U+00FF, the same text one byte a character where the family cannot tell the
 * difference. The base: the stand-ins of the word and separator classes, which most families share.
 */
const SUBJECTS = new OneByteSubjects(new RegExp(`${WORD}|${SEP}`));
let oneByteSubjects = true;

/** Whether findPhrases reads one-byte subjects (on by default; tests and measurements compare both ways). */
export function setPhraseOneByte(on: boolean): void {
  oneByteSubjects = on;
}

/** The pre-filter of `patterns` (made by phrase(); others are left out, so always searched). */
export function buildFamilies(patterns: readonly RegExp[]): Families {
  const literalIds = new Map<string, number>();
  const clauseIds = new Map<string, number>();
  const clauseLiterals: number[][] = [];
  /** Shortest literal of each clause (to order an `and`'s clauses). */
  const shortest: number[] = [];
  /**
   * The clause "one of these literals occurs". A literal that starts with another of them adds
   * nothing ("update" or "updated" holds when "update" occurs): sorted, a literal's prefixes come
   * before it and every literal between starts with them, so the last one kept is the one to test
   * (a repeat starts with itself).
   */
  const clause = (literals: readonly string[]): number => {
    const kept: string[] = [];
    for (const l of [...literals].sort()) {
      const last = kept[kept.length - 1];
      if (last === undefined || !l.startsWith(last)) kept.push(l);
    }
    const key = JSON.stringify(kept);
    let c = clauseIds.get(key);
    if (c === undefined) {
      c = clauseLiterals.length;
      clauseIds.set(key, c);
      let min = Infinity;
      const ids: number[] = [];
      for (const l of kept) {
        let id = literalIds.get(l);
        if (id === undefined) literalIds.set(l, (id = literalIds.size));
        ids.push(id);
        if (l.length < min) min = l.length;
      }
      clauseLiterals.push(ids);
      shortest.push(min);
    }
    return c;
  };
  const literalsOnly = (parts: readonly Need[]): parts is string[] =>
    parts.every((x) => typeof x === 'string');
  const emit = (n: Need, code: number[]): void => {
    if (typeof n === 'string') {
      code.push(clause([n]));
      return;
    }
    const at = code.length;
    if ('or' in n) {
      if (literalsOnly(n.or)) {
        code.push(clause(n.or));
        return;
      }
      code.push(OR, 0);
      for (const x of n.or) emit(x, code);
    } else {
      // an `and`: its clauses first, the rarest-looking (longest shortest literal) first, then the rest
      code.push(AND, 0);
      const clauses: number[] = [];
      const rest: Need[] = [];
      for (const x of n.and)
        if (typeof x === 'string') clauses.push(clause([x]));
        else if ('or' in x && literalsOnly(x.or)) clauses.push(clause(x.or));
        else rest.push(x);
      clauses.sort((x, y) => shortest[y]! - shortest[x]!);
      for (const c of clauses) code.push(c);
      for (const x of rest) emit(x, code);
    }
    code[at + 1] = code.length - at;
  };
  const needs = new Map<RegExp, Int32Array | null>();
  for (const re of patterns) {
    const p = PREFILTER.get(re);
    if (p === undefined || p.ownScript) continue;
    const need = requiredNeed(p.src);
    if (need === null) needs.set(re, null);
    else {
      const code: number[] = [];
      emit(need, code);
      needs.set(re, Int32Array.from(code));
    }
  }
  // per literal, its clauses
  const counts = new Int32Array(literalIds.size + 1);
  for (const ids of clauseLiterals) for (const l of ids) counts[l + 1]!++;
  for (let l = 0; l < literalIds.size; l++) counts[l + 1]! += counts[l]!;
  const clauseStart = counts.slice();
  const clauseList = new Int32Array(counts[literalIds.size]!);
  clauseLiterals.forEach((ids, c) => {
    for (const l of ids) clauseList[counts[l]!++] = c;
  });
  return {
    scanner: new LiteralScanner([...literalIds.keys()]),
    needs,
    clauseStart,
    clauseList,
    clauses: clauseLiterals.length,
    held: new Map(),
  };
}

/** Whether the need at `p` of `code` holds where `held` marks the clauses that hold. */
function holds(code: Int32Array, p: number, held: Uint8Array): boolean {
  const op = code[p]!;
  if (op >= 0) return held[op] === 1;
  const all = op === AND;
  const end = p + code[p + 1]!;
  for (let q = p + 2; q < end;) {
    // an `and` ends at a part that fails, an `or` at one that holds
    if (holds(code, q, held) !== all) return !all;
    q += code[q]! >= 0 ? 1 : code[q + 1]!;
  }
  return all;
}

/** The clauses that hold in `text` (the last HELD_KEPT texts' answers kept). */
function heldIn(f: Families, text: string): Uint8Array {
  let held = f.held.get(text);
  if (held === undefined) {
    // the same text up to line breaks read as spaces (the content rules keep an HTML body's line
    // breaks, the hidden-text check reads it without): the scanner cannot tell the two apart, so
    // the answer is the one kept (returned, not stored under this text too: an answer's array is
    // reused when its text is dropped)
    for (const [known, bits] of f.held) if (f.scanner.sameClasses(known, text)) return bits;
    // the oldest answer's array is reused: a typed array of this size is allocated outside the
    // heap, at a cost of microseconds each
    if (f.held.size >= HELD_KEPT) {
      const [oldest, bits] = f.held.entries().next().value!;
      f.held.delete(oldest);
      held = bits.fill(0);
    } else held = new Uint8Array(f.clauses);
    const { clauseStart, clauseList } = f;
    for (const l of f.scanner.found(text))
      for (let k = clauseStart[l]!; k < clauseStart[l + 1]!; k++) held[clauseList[k]!] = 1;
    f.held.set(text, held);
  }
  return held;
}

/**
 * Whether family `re` may match `text` by the pre-filter `f` (undefined: none yet): false only when
 * its need does not hold there, so it cannot match. Exported for tests.
 */
export function mayMatch(f: Families | undefined, re: RegExp, text: string): boolean {
  const need = f?.needs.get(re);
  return need == null || holds(need, 0, heldIn(f!, text));
}

/** Whether the families' pre-filter is final: read or built for every family made by then (tests). */
export function familiesFilterBuilt(): boolean {
  return (
    families !== undefined &&
    (callsBeforeBuild >= BUILD_AFTER || families.needs.size === scannedFamilies().length)
  );
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

const ALIGNED = new WeakMap<TextSegment, { source: string; text: string; alignment: Alignment | null }>();

/**
 * The original text of normalised span [from, to) of a segment, or null when the alignment does
 * not hold (then evidence falls back to the normalised text).
 */
export function verbatimOf(
  seg: TextSegment,
  cache: Map<TextSegment, Alignment | null>,
  from: number,
  to: number,
): string | null {
  if (seg.source === undefined) return null;
  let a = cache.get(seg);
  if (a === undefined) {
    // one alignment per segment for the whole message (every phrase family reads the same segments)
    const known = ALIGNED.get(seg);
    if (known && known.source === seg.source && known.text === seg.text) a = known.alignment;
    else {
      const built = alignForEvidence(seg.source);
      // line breaks are '\n' in the normalised text and ' ' here; any other difference in length
      // means the two ways disagree: do not guess
      a = built.text.length === seg.text.length ? built : null;
      ALIGNED.set(seg, { source: seg.source, text: seg.text, alignment: a });
    }
    cache.set(seg, a);
  }
  if (!a || from >= to || to > a.start.length) return null;
  return seg.source.slice(a.start[from], a.end[to - 1]);
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
  hit.verbatim = {
    match,
    context: `${ctxStart > 0 ? '…' : ''}${context}${ctxEnd < seg.text.length ? '…' : ''}`,
  };
}

function leadOf(text: string, start: number): string {
  const lead = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(
    lead.lastIndexOf('. '),
    lead.lastIndexOf('! '),
    lead.lastIndexOf('? '),
    lead.lastIndexOf('\n'),
  );
  return cut >= 0 ? lead.slice(cut + 1) : lead;
}

/** `.`, `!`, `?` or a line break: where a sentence ends (a code-unit test, no one-character string per step). */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
}

export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  const lo = Math.max(0, start - 200);
  while (s > lo && !endsSentence(text.charCodeAt(s - 1))) s--;
  let e = end;
  const hi = Math.min(text.length, end + 200);
  while (e < hi && !endsSentence(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** Every match of the family's patterns in the segments, at most MAX_MATCHES_PER_FAMILY. */
export function findPhrases(
  segments: readonly TextSegment[],
  patterns: RegExp[],
  max = MAX_MATCHES_PER_FAMILY,
): PhraseHit[] {
  const out: PhraseHit[] = [];
  // made at the first hit (most calls find none: a Map a call was ≈ 14 kB a message)
  let aligned: Map<TextSegment, Alignment | null> | undefined;
  const f = familiesFilter();
  for (const seg of segments) {
    let held: Uint8Array | undefined; // which clauses hold in the segment: read once, when first needed
    let mapped: Mapped | null | undefined; // the text one byte a character (SUBJECTS): made when first needed
    for (let r = 0; r < patterns.length; r++) {
      const re = patterns[r]!;
      const need = f?.needs.get(re);
      if (need != null && !holds(need, 0, (held ??= heldIn(f!, seg.text)))) continue;
      // the first search of a phrase regex in this process: compiled to machine code first (warmUp)
      const p = PREFILTER.get(re);
      if (p?.ownScript && !hasOtherScript(seg.text)) continue;
      if (p !== undefined && p.warm === undefined) {
        p.warm = true;
        warmUp(re);
      }
      // a text with a unit above U+00FF is read one byte a character where the family cannot tell
      // the difference (./phrase-one-byte.ts): the same matches at the same indices, read back
      // from seg.text
      if (mapped === undefined) mapped = oneByteSubjects ? SUBJECTS.of(seg.text) : null;
      const subject = mapped === null ? seg.text : SUBJECTS.subject(re, mapped);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (out.length < max && (m = re.exec(subject)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        let end = start + m[0].length;
        // a phrase does not run across sentences ("reset your password. This link expires …"); a
        // word gap is greedy, so a match that ran on is tried again within its own sentence
        // ("lotteries international draws. For release of your prize" → "… draws")
        const cross = /[.!?] |\n/.exec(subject === seg.text ? m[0] : seg.text.slice(start, end));
        if (cross) {
          const stop = start + cross.index;
          re.lastIndex = start;
          const inner = re.exec(subject.slice(0, stop));
          re.lastIndex = start + 1;
          if (!inner || inner.index !== start) continue;
          end = start + inner[0].length;
          m = inner;
          re.lastIndex = end;
        }
        out.push(hitAt(seg, start, end, (aligned ??= new Map())));
      }
      if (out.length >= max) return out;
    }
  }
  return out;
}

/**
 * The hit for span [start, end) of a segment: the words, their sentence, a little context and, when
 * the alignment holds, the message's own words (`aligned` caches one alignment per segment).
 */
export function hitAt(
  seg: TextSegment,
  start: number,
  end: number,
  aligned: Map<TextSegment, Alignment | null>,
): PhraseHit {
  const ctxStart = Math.max(0, start - 60);
  const ctxEnd = Math.min(seg.text.length, end + 60);
  const hit: PhraseHit = {
    where: seg.where,
    match: seg.text.slice(start, end),
    index: start,
    context: `${ctxStart > 0 ? '…' : ''}${seg.text.slice(ctxStart, ctxEnd)}${ctxEnd < seg.text.length ? '…' : ''}`,
    sentence: sentenceAround(seg.text, start, end),
    lead: leadOf(seg.text, start),
  };
  addVerbatim(hit, seg, aligned, start, end, ctxStart, ctxEnd);
  return hit;
}

/** A family is one regex (one compile, one scan); its phrases are alternatives. */
export const P = (...srcs: string[]) => [phrase(srcs.map((s) => `(?:${s})`).join('|'))];

/**
 * A family written in scripts other than Latin (Cyrillic, Greek, Hebrew, Arabic, Devanagari …):
 * searched only in a text that has such letters (most mail has none), and kept out of the literal
 * pre-filter, whose table grows with every distinct character its literals hold. Its words are
 * written as normalizeForMatch reads them (test/email/phrase-scripts.test.ts checks).
 */
export const PS = (...srcs: string[]) => {
  const re = phrase(srcs.map((s) => `(?:${s})`).join('|'));
  PREFILTER.get(re)!.ownScript = true;
  return [re];
};

/** Whether a family was made by PS (tests). */
export function isOwnScriptFamily(re: RegExp): boolean {
  return PREFILTER.get(re)?.ownScript === true;
}

/** Evidence from hits, one per distinct context (overlapping patterns find the same words). */
export function phraseEvidence(hits: PhraseHit[]): Evidence[] {
  const out: Evidence[] = [];
  const seen: PhraseHit[] = [];
  for (const h of hits) {
    if (
      seen.some((s) => s.where === h.where && (Math.abs(s.index - h.index) < 40 || s.context === h.context))
    )
      continue;
    seen.push(h);
    // verbatim: the message's own words, with the matched words named so the page can mark them
    out.push(
      h.verbatim
        ? { where: h.where, text: h.verbatim.context, match: h.verbatim.match }
        : { where: h.where, text: h.context, match: h.match },
    );
  }
  return out;
}

/** Irregular English verb forms (past, participle) the lemma helper cannot derive. */
const IRREGULAR: Record<string, string[]> = {
  buy: ['bought'],
  get: ['got', 'gotten'],
  send: ['sent'],
  pay: ['paid'],
  make: ['made'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  run: ['ran'],
  shut: ['shut'],
  freeze: ['froze', 'frozen'],
  set: ['set'],
  put: ['put'],
};

/**
 * Every inflected form of English lemmas, as one alternation for a phrase pattern: a verb's base,
 * third person, past and -ing forms (`update` → update|updates|updated|updating), a noun's singular
 * and plural. Lure rules match by meaning (any verb of changing + any word for bank details), so a
 * paraphrase that swaps one verb form or synonym for another still matches. Multi-word lemmas
 * inflect their first word (`pick up` → picked up).
 */
export function lemmas(...words: string[]): string {
  return alternation(inflect(words, true));
}

/**
 * Like `lemmas`, in the base and -ing forms only: an ask is written so ("buy", "proceed with
 * purchasing"); "I ordered a book" and "he sends money" tell what was done or what someone does.
 */
export function askLemmas(...words: string[]): string {
  return alternation(inflect(words, false));
}

function alternation(forms: Set<string>): string {
  // longest first, so "updated" is preferred to "update" inside the alternation
  return `(?:${[...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')})`;
}

/** Inflected forms; `past` false: base and -ing forms only (the ask forms). */
function inflect(words: string[], past: boolean): Set<string> {
  const out = new Set<string>();
  for (const lemma of words) {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const w = head!;
    const forms = [w, ...(past ? (IRREGULAR[w] ?? []) : [])];
    if (past) {
      if (/(?:s|x|z|ch|sh)$/.test(w)) forms.push(`${w}es`);
      else if (/[^aeiou]y$/.test(w)) forms.push(`${w.slice(0, -1)}ies`);
      else forms.push(`${w}s`);
    }
    const ed: string[] = [];
    if (w.endsWith('e')) {
      forms.push(`${w.slice(0, -1)}ing`);
      ed.push(`${w}d`);
    } else if (/[^aeiou]y$/.test(w)) {
      forms.push(`${w}ing`);
      ed.push(`${w.slice(0, -1)}ied`);
    } else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(w)) {
      forms.push(`${w}${w.at(-1)}ing`, `${w}ing`);
      ed.push(`${w}${w.at(-1)}ed`, `${w}ed`);
    } else {
      forms.push(`${w}ing`);
      ed.push(`${w}ed`);
    }
    if (past) forms.push(...ed);
    for (const f of forms) out.add(`${f}${tail}`);
  }
  return out;
}
