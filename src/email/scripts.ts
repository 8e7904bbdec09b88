/**
 * Mixed-script words: Latin words with Cyrillic, Greek, Armenian or Cherokee look-alike letters
 * inside (`pаyment` with a Cyrillic а), and, in Latin text, words spelt entirely in look-alikes
 * (`рау` in Cyrillic). Nobody types either by hand; homoglyph rewriting does both to slip lure words
 * past filters. A Greek or Cyrillic message is not mixed: its words are whole non-Latin words.
 */
import { MAX_CONTENT_CHARS, MAX_MIXED_SCRIPT_WORDS } from '../core/index.js';
import { foldConfusables, isLatinLookalike } from '../url/index.js';
import { stripInvisible } from './invisible.js';

export interface MixedScriptFinding {
  /** Words with Latin letters and look-alikes, as written. */
  mixed: string[];
  /** Words spelt only in non-Latin look-alikes, in mostly Latin text. */
  wholeScript: string[];
  /** `word` → what it reads as, with the look-alike code points, for evidence. */
  examples: string[];
}

const WORD = /[\p{L}\p{M}]{2,40}/gu;
const ASCII_LETTER = /[A-Za-z]/;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * The letters of WORD's matches in an ASCII text, i.e. of /[A-Za-z]{2,40}/g's (no ASCII character
 * is a mark), counted by code unit (no match objects): a run of L letters is matched 40 at a time and a last piece of one letter is not a match, so it
 * counts L, less one when L % 40 is 1 (test/email/scripts-ascii.test.ts compares the two).
 */
export function asciiWordLetters(text: string): number {
  let letters = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    if (c >= 0x61 && c <= 0x7a) run++;
    else if (run > 0) {
      letters += run % 40 === 1 ? run - 1 : run;
      run = 0;
    }
  }
  return letters;
}

/** A word of ASCII letters only: all Latin, so no look-alike in it (the speed path of findMixedScript). */
function isAsciiWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return false;
  return true;
}
/** Letters of no particular script (µ, ª) or of Latin: never the look-alike in a mixed word. */
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LETTER = /\p{L}/u;

function describe(word: string): string {
  const parts: string[] = [];
  for (const ch of word) {
    if (LATIN_OR_COMMON.test(ch) || !isLatinLookalike(ch)) continue;
    const d = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!parts.includes(d)) parts.push(d);
    if (parts.length >= 3) break;
  }
  return `"${word}" reads as "${foldConfusables(word).text.toLowerCase()}" (${parts.join(', ')})`;
}

/** Mixed-script and whole-script look-alike words in the texts, bounded by MAX_CONTENT_CHARS each. */
export function findMixedScript(texts: string[]): MixedScriptFinding {
  const mixed: string[] = [];
  const whole: string[] = [];
  let latinLetters = 0;
  let otherLetters = 0;
  for (const raw of texts) {
    const text = stripInvisible(raw.slice(0, MAX_CONTENT_CHARS));
    if (!NON_ASCII.test(text)) {
      // ASCII text (most mail): WORD's matches are runs of ASCII letters, all Latin, none a
      // look-alike; only their letters are counted
      latinLetters += asciiWordLetters(text);
      continue;
    }
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (isAsciiWord(w)) {
        latinLetters += w.length;
        continue;
      }
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
  // whole words in look-alikes count only in text that is Latin: a Greek or Russian message is not an attack
  const mostlyLatin = latinLetters >= 0.8 * (latinLetters + otherLetters);
  const wholeScript = mostlyLatin ? whole : [];
  const examples = [...mixed, ...wholeScript].slice(0, 3).map(describe);
  return { mixed, wholeScript, examples };
}
