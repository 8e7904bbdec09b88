/**
 * findMixedScript (src/email/scripts.ts) skips the per-letter Unicode tests on ASCII text and
 * ASCII words (speed only): the same finding as the per-letter way (a copy of it below) on random
 * mixes of ASCII, look-alike Cyrillic and Greek, accents and invisible characters (fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_CHARS, MAX_MIXED_SCRIPT_WORDS } from '../../src/core/index.js';
import { stripInvisible } from '../../src/email/invisible.js';
import { asciiWordLetters, findMixedScript } from '../../src/email/scripts.js';
import { foldConfusables, isLatinLookalike } from '../../src/url/index.js';

const WORD = /[\p{L}\p{M}]{2,40}/gu;
const ASCII_LETTER = /[A-Za-z]/;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LETTER = /\p{L}/u;

function describeWord(word: string): string {
  const parts: string[] = [];
  for (const ch of word) {
    if (LATIN_OR_COMMON.test(ch) || !isLatinLookalike(ch)) continue;
    const d = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!parts.includes(d)) parts.push(d);
    if (parts.length >= 3) break;
  }
  return `"${word}" reads as "${foldConfusables(word).text.toLowerCase()}" (${parts.join(', ')})`;
}

function reference(texts: string[]) {
  const mixed: string[] = [];
  const whole: string[] = [];
  let latinLetters = 0;
  let otherLetters = 0;
  for (const raw of texts) {
    const text = stripInvisible(raw.slice(0, MAX_CONTENT_CHARS));
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      let latin = 0;
      let lookalike = 0;
      let other = 0;
      for (const ch of w) {
        if (!LETTER.test(ch)) continue;
        if (LATIN_OR_COMMON.test(ch)) latin++;
        else if (isLatinLookalike(ch)) lookalike++;
        else other++;
      }
      latinLetters += latin;
      otherLetters += lookalike + other;
      if (lookalike === 0 || other > 0) continue;
      if (latin > 0 && ASCII_LETTER.test(w)) {
        if (mixed.length < MAX_MIXED_SCRIPT_WORDS) mixed.push(w);
      } else if (latin === 0 && lookalike >= 3 && whole.length < MAX_MIXED_SCRIPT_WORDS) whole.push(w);
    }
  }
  const mostlyLatin = latinLetters >= 0.8 * (latinLetters + otherLetters);
  const wholeScript = mostlyLatin ? whole : [];
  return { mixed, wholeScript, examples: [...mixed, ...wholeScript].slice(0, 3).map(describeWord) };
}

describe('findMixedScript on ASCII', () => {
  it('counts the letters of /[A-Za-z]{2,40}/g matches (fixed seed)', () => {
    const run = fc.tuple(fc.nat(100), fc.constantFrom('a', 'Z', 'q')).map(([n, c]) => c.repeat(n));
    const gap = fc.constantFrom(' ', '1', '@', '[', '`', '{', '\n', '-');
    fc.assert(
      fc.property(fc.array(fc.tuple(run, gap), { maxLength: 12 }), (parts) => {
        const text = parts.map(([r, g]) => r + g).join('');
        const want = [...text.matchAll(/[A-Za-z]{2,40}/g)].reduce((n, m) => n + m[0].length, 0);
        expect(asciiWordLetters(text)).toBe(want);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });

  it('finds a Cyrillic look-alike inside a Latin word next to ASCII text', () => {
    const f = findMixedScript(['Please confirm the new bank details', 'p\u0430yment today']);
    expect(f.mixed).toEqual(['p\u0430yment']);
  });

  it('equals the per-letter way (fixed seed)', () => {
    const piece = fc.constantFrom(
      'payment ',
      'The quick brown fox ',
      'a'.repeat(45),
      'p\u0430ypal ',
      '\u0440\u0430\u0443 ',
      '\u0440\u0430\u0443\u0440\u0430\u043b ',
      '\u03b1\u03b2\u03b3\u03b4 ',
      'caf\u00e9 ',
      'e\u0301 ',
      '\u200bzero\u200bwidth ',
      '1234 ',
      '\n',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        expect(findMixedScript(texts)).toEqual(reference(texts));
      }),
      { seed: 20261203, numRuns: 500 },
    );
  });
});
