/**
 * The ASCII shortcuts of the text normalisers give what the full steps give: alignNormalized,
 * normalizeForMatch and normalizeText against copies of themselves as they were before the
 * shortcuts (KEEP IN SYNC with src/email/normalize.ts and src/email/features.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignForEvidence,
  alignNormalized,
  normalizeForMatch,
  normalizeForMatchUncached,
} from '../../src/email/normalize.js';
import { CORPUS_TOKENS, normalizeText } from '../../src/email/features.js';
import { foldConfusables, isLatinLookalike } from '../../src/url/index.js';
import { stripInvisible } from '../../src/email/invisible.js';
import { LATIN_LOOKALIKES } from '../../src/url/index.js';

const LOOKALIKE_RE = /[^\x00-\x7f]/gu;
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
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');
const EXTRA_INVISIBLE_ONE = /^[\u034f\u180e\u115f\u1160\u3164\uffa0]$/;
const foldOne = (c: string): string => LATIN_LOOKALIKES.get(c) ?? c;

// words with no Latin letter keep their script (KEEP IN SYNC with OWN_SCRIPT in src/email/normalize.ts)
const ACCENTED =
  /(?=\p{L})[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Armenian}\p{sc=Georgian}]/u;
const VM_LETTER =
  /(?=\p{L})[\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Thai}\p{scx=Lao}\p{scx=Myanmar}\p{scx=Khmer}\p{scx=Tibetan}\p{scx=Ethiopic}\p{scx=Hangul}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u;
const IN_WORD = /[\p{L}\p{M}\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f]/u;
/**
 * The words of a text, one character at a time: a run that starts at a kana, Han, Hangul, Indic or
 * Thai letter takes such letters, marks and invisible characters; any other run takes the other
 * letters, marks and invisible characters.
 */
function words(text: string): { index: number; word: string; vm: boolean }[] {
  const out: { index: number; word: string; vm: boolean }[] = [];
  let cur: { index: number; word: string; vm: boolean } | undefined;
  for (let i = 0; i < text.length;) {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    const vm = VM_LETTER.test(c);
    if (!IN_WORD.test(c)) cur = undefined;
    else if (cur && (vm ? cur.vm : !VM_LETTER.test(c) && (cur.vm ? !/\p{L}/u.test(c) : true))) cur.word += c;
    else {
      cur = { index: i, word: c, vm };
      out.push(cur);
    }
    i += c.length;
  }
  return out;
}
/** 'fold' (a Latin word, or none of those scripts), 'bare' (accents dropped), 'marks' (kept). */
function ownScript(word: string, vm: boolean): 'fold' | 'bare' | 'marks' {
  if ([...word].every((c) => !/\p{L}/u.test(c) || LATIN_LOOKALIKES.has(c))) return 'fold';
  if (vm) return 'marks';
  if (/\p{sc=Latin}/u.test(word)) return 'fold';
  return ACCENTED.test(word) ? 'bare' : 'fold';
}
function ownChar(c: string, how: 'bare' | 'marks'): string {
  if (stripInvisible(c) === '' || EXTRA_INVISIBLE_ONE.test(c)) return '';
  if (how === 'marks') return c.normalize('NFC').toLowerCase();
  return c
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

function reference(source: string) {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let space = true;
  const own = new Map<number, 'bare' | 'marks'>();
  for (const w of words(source)) {
    const how = ownScript(w.word, w.vm);
    if (how !== 'fold') for (let k = 0; k < w.word.length; k++) own.set(w.index + k, how);
  }
  for (let i = 0; i < source.length;) {
    const how = own.get(i);
    if (how) {
      const c = String.fromCodePoint(source.codePointAt(i)!);
      for (const f of ownChar(c, how)) {
        space = false;
        text += f;
        for (let u = 0; u < f.length; u++) {
          start.push(i);
          end.push(i + c.length);
        }
      }
      i += c.length;
      continue;
    }
    const cp = source.codePointAt(i)!;
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

const EXTRA_INVISIBLE = /[\u034f\u180e\u115f\u1160\u3164\uffa0]/g;
function referenceForMatch(text: string, max = 200_000, keepLines = false): string {
  const breaks = keepLines ? /\s*\n\s*/g : /[^\S\n]*\n[^\S\n]*\n\s*/g;
  // words that keep their script stand as U+E000 (absent from these texts) through the folding
  const kept: string[] = [];
  let head = '';
  let at = 0;
  const src = text.slice(0, max);
  for (const w of words(src)) {
    const how = ownScript(w.word, w.vm);
    if (how === 'fold') continue;
    kept.push([...w.word].map((c) => ownChar(c, how)).join(''));
    head += `${src.slice(at, w.index)}\ue000`;
    at = w.index + w.word.length;
  }
  head += src.slice(at);
  return stripInvisible(head)
    .replace(LOOKALIKE_RE, (c) => LATIN_LOOKALIKES.get(c) ?? c)
    .replace(EXTRA_INVISIBLE, '')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(breaks, '\u0001')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(LOOKALIKE_RE, (c) => LATIN_LOOKALIKES.get(c) ?? c)
    .toLowerCase()
    .replace(CONFUSABLE_RE, (c) => CONFUSABLE[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/ ?\u0001 ?/g, '\n')
    .trim()
    .replace(/\ue000/g, () => kept.shift()!);
}

const LETTER_DIGIT_MIX = /\p{L}0|0\p{L}/u;
const MIXED_WORD = /[\p{L}\p{M}]+/gu;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]|\udb40[\udc00-\udc7f]/g;
const EMAIL_ADDR = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}/gu;
const URL_IN_TEXT = /\b(?:(?:https?|hxxps?|ftp):\/\/|www\.)[^\s<>"')\]]+/giu;
function referenceText(text: string, dropWords: ReadonlySet<string>, obfuscated?: Set<string>): string[] {
  const prefolded = new Set<string>();
  let t = text.replace(MIXED_WORD, (w) => {
    if (!/[A-Za-z]/.test(w) || ![...w].some(isLatinLookalike)) return w;
    const f = foldConfusables(w).text;
    prefolded.add(f.toLowerCase());
    return f;
  });
  t = t.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  t = t.replace(URL_IN_TEXT, ' ').replace(EMAIL_ADDR, ' ');
  t = t.normalize('NFKD').replace(/\p{M}+/gu, '');
  t = t.replace(/\b(?=[a-z]*\d)[0-9a-z_-]{12,}\b/g, ' ').replace(/\d+(?:[.,:/-]\d+)*/g, '0');
  const words: string[] = [];
  for (const m of t.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    let w = m[0].replace(/’/g, "'");
    if (w.length > 30) continue;
    let folded = prefolded.has(w);
    if (/[a-z]/.test(w) && [...w].some(isLatinLookalike)) {
      w = foldConfusables(w).text;
      folded = true;
    }
    if (CORPUS_TOKENS.has(w) || dropWords.has(w)) continue;
    if (obfuscated && (folded || LETTER_DIGIT_MIX.test(w))) obfuscated.add(w);
    words.push(w);
  }
  return words;
}

const PIECES = [
  'Verify',
  ' your ',
  'ACCOUNT',
  '\n',
  '\r\n',
  '\n\n',
  '  ',
  '\t',
  '`',
  '’',
  'pаypаl',
  'é',
  'ﬁ',
  '\u200b',
  '\u00a0',
  'https://x.example/a',
  'ann@corp.example',
  '12/05',
  'a1b2c3d4e5f6g7',
  'p0ypal',
  'phishing',
  '\u0007',
  '\r',
  '\f',
  '\v',
  '\u001f',
  '\u007f',
  ' \n \n ',
  '\r\r\n',
  'X`Y',
  '\u3164',
  'Σ',
  'ΟΣ',
  'ΒΑΝΚ',
  'пароль',
  'счёт',
  'р\u200b',
  'ログイン',
  'Vpassにログイン',
  'ー',
  '비밀번호',
  'कमाएँ',
  '\u095b',
  'য়',
  'ו',
  'می\u200cخواهم',
  '.',
  '-',
];

describe('normalizeForMatch and normalizeText', () => {
  it('equal the full steps on ASCII and mixed text (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60, size: 'max' }),
        fc.boolean(),
        (parts, keep) => {
          const s = parts.join('');
          expect(normalizeForMatch(s, 200_000, keep)).toBe(referenceForMatch(s, 200_000, keep));
          const drop = new Set(['account']);
          const a = new Set<string>();
          const b = new Set<string>();
          expect(normalizeText(s, drop, a)).toEqual(referenceText(s, drop, b));
          expect([...a]).toEqual([...b]);
        },
      ),
      { seed: 20261203, numRuns: 1500 },
    );
  });
});

describe('normalizeForMatch on ASCII (its one-pass way)', () => {
  it('equals the full steps on any ASCII text, whitespace and control characters heavy (fixed seed)', () => {
    const ch = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(' ', '\n', '\r', '\r\n', '\t', '\f', '\v', '\u0001', '\u001f', '`', 'A', 'z'),
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 80 }), fc.boolean(), (parts, keep) => {
        const s = parts.join('');
        expect(normalizeForMatchUncached(s, 200_000, keep)).toBe(referenceForMatch(s, 200_000, keep));
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});

describe('alignNormalized', () => {
  it('equals the per-character reference on ASCII and mixed text (fixed seed)', () => {
    const ascii = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
    const other = fc.constantFrom(
      'é',
      'а',
      'Ω',
      'ﬁ',
      '\u200b',
      '\u00a0',
      '\u2019',
      '´',
      '\u3164',
      '😀',
      '📄',
      '𠀋',
      'İ',
      'ẞ',
      'п',
      'ё',
      'Σ',
      'ו',
      'ログ',
      'ー',
      'ዐ',
      'ी',
      'क',
      '\u200c',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(ascii, ascii, ascii, other), { maxLength: 300, size: 'max' }),
        (chars) => {
          const s = chars.join('');
          const a = alignNormalized(s);
          expect(a).toEqual(reference(s));
          // one start and end for every UTF-16 unit of the text (an emoji is two)
          expect(a.start.length).toBe(a.text.length);
        },
      ),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('alignForEvidence (typed arrays on ASCII text) holds what alignNormalized holds (fixed seed)', () => {
    const ascii = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
    const spaces = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '`', 'A', 'z', '\u0001');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(ascii, spaces), { maxLength: 300, size: 'max' }),
        fc.boolean(),
        (chars, accent) => {
          // ASCII text takes the typed-array way; a text with one accent the per-character one
          const s = chars.join('') + (accent ? 'é' : '');
          const a = alignForEvidence(s);
          const b = alignNormalized(s);
          expect(a.text).toBe(b.text);
          expect(Array.from(a.start)).toEqual(b.start);
          expect(Array.from(a.end)).toEqual(b.end);
        },
      ),
      { seed: 20261205, numRuns: 1000 },
    );
  });

  it('keeps words of their own script and folds Latin words in disguise', () => {
    // a Russian, Greek, Hebrew, Hindi and Japanese word read as themselves …
    const src = 'Введите ПАРОЛЬ, ΛΟΓΑΡΙΑΣΜΟΣ, התקשר, पासवर्ड, ログイン, счёт';
    expect(normalizeForMatch(src)).toBe('введите пароль, λογαριασμοσ, התקשר, पासवर्ड, ログイン, счет');
    // … a Latin word with a Cyrillic а (or one behind a zero-width space) as the Latin word it hides
    expect(normalizeForMatch('pаypal р\u200baypal')).toBe('paypal paypal');
    // Japanese writes a Latin name and its own words together: the kana are still read as kana
    expect(normalizeForMatch('Vpassにログインして')).toBe('vpassにログインして');
    const a = alignNormalized(src);
    expect(a.text).toBe(normalizeForMatch(src));
    const i = a.text.indexOf('пароль');
    expect(src.slice(a.start[i], a.end[i + 5])).toBe('ПАРОЛЬ');
  });

  it('maps back to the source: `Wire` `Transfer` in mixed case and spacing', () => {
    const src = '  Please\tWIRE  `the`\r\nTransfer ';
    const a = alignNormalized(src);
    expect(a.text).toBe("please wire 'the' transfer");
    expect(a.text.length).toBe(normalizeForMatch(src).replace(/\n/g, ' ').length);
    const i = a.text.indexOf('wire');
    expect(src.slice(a.start[i], a.end[i + 3])).toBe('WIRE');
  });
});
