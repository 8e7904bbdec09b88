/**
 * Text normalisation for the content rules: what every phrase family reads. NFKD without accents,
 * invisible characters removed, look-alike letters folded, lower case, whitespace collapsed, so
 * `p\u200Bassword` and `pаssword` (Cyrillic а) read as `password`. A word with no Latin letter in
 * it keeps its own script (see OWN_SCRIPT): `пароль` stays `пароль`, not the Latin look-alikes of
 * its letters, so a rule can read Russian, Greek, Hebrew, Arabic or Hindi by its words.
 */
import { LATIN_LOOKALIKES } from '../url/index.js';
import { stripInvisible } from './invisible.js';
import { oneByte } from './one-byte.js';
import { MAX_CONTENT_CHARS } from '../core/index.js';

export { MAX_CONTENT_CHARS } from '../core/index.js';

/** Typographic quotes and dashes read as their ASCII forms (letters fold through foldConfusables). */
const CONFUSABLE: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // Arabic-script and Indic punctuation: inside the letter ranges the phrase boundaries read, so a
  // word before an Urdu full stop (دیں۔) or a Hindi danda (करें।) would not end where it ends
  '\u060c': ',',
  '\u061b': ';',
  '\u061f': '?',
  '\u06d4': '.',
  '\u066a': '%',
  '\u066b': '.',
  '\u066c': ',',
  '\u0964': '.',
  '\u0965': '.',
};
/** Any non-ASCII letter: the look-alike table decides (one regex pass, a Map look-up per letter). */
const LOOKALIKE_RE = /[^\x00-\x7f]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');
// invisible.ts covers zero-width, bidi, soft hyphen and tag characters; these render as nothing too
const EXTRA_INVISIBLE = /[\u034f\u180e\u115f\u1160\u3164\uffa0]/g;
const EXTRA_INVISIBLE_ONE = /^[\u034f\u180e\u115f\u1160\u3164\uffa0]$/;

/*
 * Words in their own script. Look-alike folding is for disguises: a Latin word with a Cyrillic а in
 * it (`pаypal`). A word with no Latin letter is a word of its own language, and folded it reads as
 * nothing (`пароль` as `napoλb`, Hebrew ו as `l`): such a word keeps its letters, unless every
 * letter of it looks Latin (`ΒΑΝΚ`, see allLookalikes). Cyrillic, Greek,
 * Hebrew, Arabic, Armenian and Georgian lose their accents and points (`счёт` reads `счет`, as it is
 * often typed); the scripts whose vowels are marks (Devanagari, Bengali, Thai …) keep them, and
 * Hangul and kana are not decomposed (`ログイン` stays `ログイン`, not `ロクイン`).
 * A word is a run of letters, marks and the zero-width characters that may hide inside one
 * (`р\u200Baypal` is still a Latin word in disguise; see WORD_RUN). KEEP IN SYNC with
 * alignNormalized.
 */
const ACCENTED_SCRIPTS =
  '\\p{sc=Cyrillic}\\p{sc=Greek}\\p{sc=Hebrew}\\p{sc=Arabic}\\p{sc=Armenian}\\p{sc=Georgian}';
const VOWEL_MARK_SCRIPTS =
  '\\p{scx=Devanagari}\\p{scx=Bengali}\\p{scx=Gurmukhi}\\p{scx=Gujarati}\\p{scx=Oriya}\\p{scx=Tamil}' +
  '\\p{scx=Telugu}\\p{scx=Kannada}\\p{scx=Malayalam}\\p{scx=Sinhala}\\p{scx=Thai}\\p{scx=Lao}' +
  '\\p{scx=Myanmar}\\p{scx=Khmer}\\p{scx=Tibetan}\\p{scx=Ethiopic}\\p{scx=Hangul}\\p{scx=Hiragana}' +
  '\\p{scx=Katakana}\\p{scx=Han}';
const INVISIBLE_IN_WORD = '\\u200b-\\u200f\\u2060-\\u2064\\ufeff\\u00ad\\u034f';
/** A letter of a script whose words keep their letters. */
const OWN_SCRIPT = new RegExp(`(?=\\p{L})[${ACCENTED_SCRIPTS}${VOWEL_MARK_SCRIPTS}]`, 'u');
const VOWEL_MARK_LETTER = `(?=\\p{L})[${VOWEL_MARK_SCRIPTS}]`;
/**
 * A word: a run in a script written without look-alikes of Latin (kana, Han, Hangul, the Indic
 * scripts, Thai), which a Latin word beside it never joins (`Vpassにログイン` is `Vpass` and
 * `にログイン`: Japanese writes its words together); or a run of other letters.
 */
const WORD_RUN = new RegExp(
  `${VOWEL_MARK_LETTER}(?:${VOWEL_MARK_LETTER}|\\p{M}|[${INVISIBLE_IN_WORD}])*` +
    `|(?:(?!${VOWEL_MARK_LETTER})[\\p{L}\\p{M}${INVISIBLE_IN_WORD}])+`,
  'gu',
);
const VOWEL_MARK_WORD = new RegExp(`^${VOWEL_MARK_LETTER}`, 'u');
const LATIN = /\p{sc=Latin}/u;
const MARKS = /\p{M}+/gu;
const FINAL_SIGMA = /\u03c2/g;

/** How a word keeps its script: not at all (folded as Latin), without marks, with its marks. */
const enum OwnScript {
  Fold = 0,
  NoMarks = 1,
  Marks = 2,
}

function ownScriptOf(word: string): OwnScript {
  // … unless every letter of it looks Latin: `ዐ` (Ethiopic) in `accዐunt` is a disguise
  if (VOWEL_MARK_WORD.test(word)) return allLookalikes(word) ? OwnScript.Fold : OwnScript.Marks;
  if (LATIN.test(word) || !OWN_SCRIPT.test(word) || allLookalikes(word)) return OwnScript.Fold;
  return OwnScript.NoMarks;
}

/**
 * Whether every letter of a word has a Latin look-alike (`ΒΑΝΚ`, `НОМЕ`, `ѕіgn`): a Latin word
 * written wholly in disguise, read as Latin. A word of the language itself has letters that look like
 * no Latin one (`пароль`: п, л, ь); the few that have none (Russian `рас`, Greek `για`) read as
 * Latin too, and no rule reads them.
 */
function allLookalikes(word: string): boolean {
  for (const c of word) if (LETTER.test(c) && !LATIN_LOOKALIKES.has(c)) return false;
  return true;
}
const LETTER = /\p{L}/u;

/** One character of a word that keeps its script, as normalizeForMatch reads it ('' = dropped). */
function ownScriptChar(c: string, how: OwnScript): string {
  if (stripInvisible(c) === '' || EXTRA_INVISIBLE_ONE.test(c)) return '';
  // NFC, a character at a time: a nukta letter (ज़, য়) in one form however it was typed, Hangul
  // syllables and kana kept whole
  if (how === OwnScript.Marks) return c.normalize('NFC').toLowerCase();
  // the final sigma is a sigma (lower-casing a word, not a letter, writes it ς)
  return c.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(FINAL_SIGMA, '\u03c3');
}

function ownScriptWord(word: string, how: OwnScript): string {
  let out = '';
  for (const c of word) out += ownScriptChar(c, how);
  return out;
}

/** The placeholder a kept word stands as while the rest is folded: a private-use character not in the text. */
function placeholderFor(text: string): string | undefined {
  for (let cp = 0xe000; cp < 0xe100; cp++) {
    const c = String.fromCharCode(cp);
    if (!text.includes(c)) return c;
  }
  return undefined;
}

/**
 * Text for matching: accents removed (NFKD, so fullwidth and ligatures fold too), invisible
 * characters removed, look-alike letters folded, lower case, whitespace collapsed. The result
 * is what evidence quotes, so an analyst sees the words the rule read.
 */
export function normalizeForMatch(text: string, max = MAX_CONTENT_CHARS, keepLines = false): string {
  const head = text.slice(0, max);
  // The content, hidden-text, structure and attachment checks each normalise the subject and the
  // body: the last few results are kept, keyed by the text itself (a pure function of its input,
  // so a hit is the same string; never keyed by an object, never more than MEMO_SIZE entries).
  for (let i = 0; i < MEMO_SIZE; i++) {
    const m = memo[i];
    if (m !== undefined && m.keepLines === keepLines && m.head === head) return m.out;
  }
  const out = oneByte(normalizeUncached(head, keepLines));
  normalizeRuns++;
  memo[memoNext] = { head, keepLines, out };
  memoNext = (memoNext + 1) % MEMO_SIZE;
  return out;
}

/** How many recent normalizeForMatch results are kept (each at most MAX_CONTENT_CHARS in and out). */
export const MEMO_SIZE = 8;
const memo: ({ head: string; keepLines: boolean; out: string } | undefined)[] = new Array(MEMO_SIZE);
let memoNext = 0;
let normalizeRuns = 0;

/**
 * Text read off a picture (OCR) or a PDF page, one paragraph a line: a line break inside a paragraph
 * is where the picture or page wrapped the line, not a sentence end; a blank line ends a paragraph.
 */
export function unwrapLines(text: string): string {
  return text
    .replace(/\r/g, '')
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Tests: how many times normalizeForMatch has computed a result (not taken it from the memo). */
export function normalizeForMatchRuns(): number {
  return normalizeRuns;
}

/** normalizeForMatch without the memo (test/email/normalize-memo.test.ts compares the two). */
export function normalizeForMatchUncached(text: string, max = MAX_CONTENT_CHARS, keepLines = false): string {
  return normalizeUncached(text.slice(0, max), keepLines);
}

function normalizeUncached(head: string, keepLines: boolean): string {
  // Line breaks end a phrase where they separate blocks: every break in HTML-rendered text, only
  // blank lines in plain text (which is hard-wrapped mid-sentence).
  const breaks = keepLines ? /\s*\n\s*/g : /[^\S\n]*\n[^\S\n]*\n\s*/g;
  // ASCII text (most mail) takes one pass (normalizeAscii): the steps below that only change
  // non-ASCII characters (invisible characters, look-alikes, NFKD, combining marks) do nothing to
  // it, and the others come to that pass (test/email/normalize-align.test.ts)
  if (!NON_ASCII.test(head)) return normalizeAscii(head, keepLines);
  // words in their own script stand as a placeholder through the folding steps, then come back
  const kept: string[] = [];
  const mark = OWN_SCRIPT.test(head) ? placeholderFor(head) : undefined;
  if (mark !== undefined)
    head = head.replace(WORD_RUN, (w) => {
      const how = ownScriptOf(w);
      if (how === OwnScript.Fold) return w;
      kept.push(ownScriptWord(w, how));
      return mark;
    });
  let t = stripInvisible(head)
    .replace(LOOKALIKE_RE, (c) => LATIN_LOOKALIKES.get(c) ?? c)
    .replace(EXTRA_INVISIBLE, '');
  t = t
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    // runs of spaces first, in one linear pass: the line-break patterns below scan a run from every
    // position in it, and 100,000 spaces took 35 s (found by the fuzzer)
    .replace(/[^\S\n]+/g, ' ')
    .replace(breaks, '\u0001')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(LOOKALIKE_RE, (c) => LATIN_LOOKALIKES.get(c) ?? c);
  t = t
    .toLowerCase()
    .replace(CONFUSABLE_RE, (c) => CONFUSABLE[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/ ?\u0001 ?/g, '\n')
    .trim();
  if (kept.length) {
    let k = 0;
    t = t.replaceAll(mark!, () => kept[k++]!);
  }
  return t;
}

/**
 * normalizeUncached on ASCII text in one pass (≈ 3.5× faster than its eight regex passes on dev
 * bodies; test/email/normalize-align.test.ts compares the two). On ASCII those steps come to: every
 * character up to U+0020 is whitespace (the control characters read as a space), lower case, '`' as
 * an apostrophe, and each run of whitespace one character: nothing at either end, a line break
 * where the run holds a line break (keepLines) or two (\r\n, \r and \n each one), else a space.
 */
function normalizeAscii(head: string, keepLines: boolean): string {
  let t = head.toLowerCase();
  if (t.includes('`')) t = t.replace(/`/g, "'");
  const breakAt = keepLines ? 1 : 2;
  const n = t.length;
  let out = '';
  let i = 0;
  while (i < n && t.charCodeAt(i) <= 0x20) i++;
  let from = i; // start of the current run of other characters
  while (i < n) {
    if (t.charCodeAt(i) > 0x20) {
      i++;
      continue;
    }
    const to = i;
    let lines = 0;
    for (; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c > 0x20) break;
      if (c === 0x0a) lines++;
      else if (c === 0x0d) {
        lines++;
        if (t.charCodeAt(i + 1) === 0x0a) i++;
      }
    }
    out += t.slice(from, to);
    if (i < n) out += lines >= breakAt ? '\n' : ' ';
    from = i;
  }
  return out + t.slice(from, n);
}

/**
 * Where each character of normalizeForMatch's output came from in the original text. Built per
 * character with the same steps (invisible characters dropped, look-alikes folded, NFKD, marks
 * stripped, look-alikes folded again, lower case, whitespace collapsed), so `start[i]` is the
 * original index of normalised character i. KEEP IN SYNC with normalizeForMatch.
 */
export interface Alignment {
  text: string;
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

const foldOne = (c: string): string => LATIN_LOOKALIKES.get(c) ?? c;

export function alignNormalized(source: string): Alignment & { start: number[]; end: number[] } {
  if (!NON_ASCII.test(source)) return alignAscii(source);
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  // the words that keep their script (see OWN_SCRIPT), in order: [from, to, how]
  const own: [number, number, OwnScript][] = [];
  if (OWN_SCRIPT.test(source) && placeholderFor(source) !== undefined)
    for (const m of source.matchAll(WORD_RUN)) {
      const how = ownScriptOf(m[0]);
      if (how !== OwnScript.Fold) own.push([m.index, m.index + m[0].length, how]);
    }
  let nextOwn = 0;
  let space = true; // leading whitespace is trimmed
  for (let i = 0; i < source.length;) {
    if (nextOwn < own.length && i >= own[nextOwn]![0]) {
      const [, to, how] = own[nextOwn++]!;
      for (const c of source.slice(i, to)) {
        for (const f of ownScriptChar(c, how)) {
          space = false;
          text += f;
          // one entry per UTF-16 unit of the text (an astral character is two)
          for (let u = 0; u < f.length; u++) {
            start.push(i);
            end.push(i + c.length);
          }
        }
        i += c.length;
      }
      continue;
    }
    const cp = source.codePointAt(i)!;
    if (cp < 0x80) {
      // ASCII, the common case, without the per-character steps below (same result: no ASCII
      // character is invisible or a look-alike, NFKD and mark stripping leave it as it is, control
      // characters and whitespace read as a space, '`' as an apostrophe)
      if (cp <= 0x20) {
        if (!space) {
          space = true;
          text += ' ';
          start.push(i);
          end.push(i + 1);
        }
      } else {
        space = false;
        text += cp === 0x60 ? "'" : cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : source[i]!;
        start.push(i);
        end.push(i + 1);
      }
      i++;
      continue;
    }
    const c = String.fromCodePoint(cp);
    const next = i + c.length;
    if (stripInvisible(c) === '' || EXTRA_INVISIBLE_ONE.test(c)) {
      i = next;
      continue;
    }
    const folded = /[\s\u0000-\u0008\u000b\u000e-\u001f]/.test(c)
      ? ' '
      : foldOne(c)
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .replace(LOOKALIKE_RE, foldOne)
          .toLowerCase()
          .replace(CONFUSABLE_RE, (x) => CONFUSABLE[x] ?? x);
    for (const f of folded) {
      if (/\s/.test(f)) {
        if (space) continue;
        space = true;
        text += ' ';
      } else {
        space = false;
        text += f;
      }
      // one entry per UTF-16 unit of the text: an emoji (📄) is two
      for (let u = 0; u < f.length; u++) {
        start.push(i);
        end.push(next);
      }
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

/**
 * alignNormalized of an ASCII text (most mail), where each character maps to at most one: its lower
 * case ('`' an apostrophe), a run of whitespace and control characters one space at its first
 * character, none at either end. The text is cut from the lower-cased source run by run instead of
 * built one character at a time, the starts held in a typed array filled once (4 bytes a character,
 * no growing arrays of 8-byte elements); test/email/normalize-align.test.ts compares it with the
 * per-character reference.
 */
function alignAsciiTyped(source: string): { text: string; start: Int32Array; end: Int32Array } {
  const lower = source.toLowerCase();
  const n = lower.length;
  const start = new Int32Array(n);
  let text = '';
  let k = 0;
  let i = 0;
  while (i < n && lower.charCodeAt(i) <= 0x20) i++;
  let from = i; // start of the current run of kept characters
  while (i < n) {
    if (lower.charCodeAt(i) > 0x20) {
      start[k++] = i++;
      continue;
    }
    text += lower.slice(from, i);
    const space = i;
    while (i < n && lower.charCodeAt(i) <= 0x20) i++;
    if (i < n) {
      text += ' ';
      start[k++] = space;
    }
    from = i;
  }
  text += lower.slice(from, n);
  if (text.includes('`')) text = text.replace(/`/g, "'");
  // every character of an ASCII text maps to one source character: its end is its start + 1
  const end = new Int32Array(k);
  for (let j = 0; j < k; j++) end[j] = start[j]! + 1;
  return { text, start: start.subarray(0, k), end };
}

/** alignAsciiTyped with the plain arrays alignNormalized's callers take. */
function alignAscii(source: string): Alignment & { start: number[]; end: number[] } {
  const a = alignAsciiTyped(source);
  return { text: a.text, start: Array.from(a.start), end: Array.from(a.end) };
}

/**
 * alignNormalized for evidence (phrases.ts verbatimOf): the same text, starts and ends, kept in the
 * typed arrays for an ASCII text (a 20,000-character body's alignment was ≈ 0.5 MB of short-lived
 * arrays a message); test/email/normalize-align.test.ts compares the two.
 */
export function alignForEvidence(source: string): Alignment {
  return NON_ASCII.test(source) ? alignNormalized(source) : alignAsciiTyped(source);
}
