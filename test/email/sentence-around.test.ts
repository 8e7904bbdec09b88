/**
 * sentenceAround (src/email/phrases.ts), which bounds a phrase hit's sentence for the negation
 * checks, tests code units instead of running a regex on a one-character string per step: the same
 * sentence as the regex way (a copy of it below), on random texts (fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/email/phrases.js';

function referenceSentenceAround(text: string, start: number, end: number): string {
  let s = start;
  const lo = Math.max(0, start - 200);
  while (s > lo && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  const hi = Math.min(text.length, end + 200);
  while (e < hi && !/[.!?\n]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

describe('sentenceAround', () => {
  it('cuts at . ! ? and line breaks, at most 200 characters each side', () => {
    const text = 'First one. Please wire the funds today! Thanks\nBye';
    const at = text.indexOf('wire');
    expect(sentenceAround(text, at, at + 4)).toBe(' Please wire the funds today');
    const long = `${'a'.repeat(300)}wire${'b'.repeat(300)}`;
    expect(sentenceAround(long, 300, 304)).toHaveLength(404);
  });

  it('equals the regex way on random texts (fixed seed)', () => {
    const piece = fc.oneof(
      fc.constantFrom('.', '!', '?', '\n', '\r', ' ', '\u2029', '\u3002', '\ud800', 'wire'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = text.length ? a % text.length : 0;
        const end = Math.min(text.length, start + (b % 40));
        expect(sentenceAround(text, start, end)).toBe(referenceSentenceAround(text, start, end));
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
