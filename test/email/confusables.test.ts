/**
 * One confusables fold for every module: built from Unicode's confusables data (the `unhomoglyph`
 * package's copy of UTS #39 confusables.txt) and checked over the whole table, not a sample.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldConfusables,
  LATIN_LOOKALIKES,
  readPrototype,
  foldUnicode,
  skeleton,
} from '../../src/url/confusables.js';
import { foldText } from '../../src/email/confusables.js';
import { normalizeForMatch } from '../../src/email/normalize.js';
import { normalizeText } from '../../src/email/features.js';

const DATA = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
/** Every entry of the confusables data whose source is a non-ASCII letter and whose prototype is Latin. */
const LATIN_ENTRIES = Object.entries(DATA).filter(
  ([s, p]) =>
    s.codePointAt(0)! >= 0x80 && [...s].length === 1 && /^\p{L}$/u.test(s) && /^[A-Za-z]{1,3}$/.test(p),
);

describe('the confusables table', () => {
  it('holds every Latin look-alike letter of the Unicode data', () => {
    expect(LATIN_ENTRIES.length).toBeGreaterThan(1000);
    for (const [s, p] of LATIN_ENTRIES)
      expect(LATIN_LOOKALIKES.get(s), `${s} U+${s.codePointAt(0)!.toString(16)}`).toBe(readPrototype(s, p));
  });

  it('folds each entry to lower-case Latin the same way in every module (names, body text, hosts, features)', () => {
    for (const [s] of LATIN_ENTRIES) {
      const want = foldUnicode(s);
      expect(want, s).toMatch(/^[a-z]{1,3}$/);
      expect(foldText(s).text, s).toBe(want);
      expect(normalizeForMatch(s), s).toBe(want);
      // features fold look-alikes inside Latin words
      expect(normalizeText(`x${s}x`).join(' '), s).toBe(`x${want}x`);
    }
  });

  it('folds the upper-case look-alikes the three hand-written tables missed, and reads и as no Latin letter', () => {
    expect(normalizeForMatch('ΒΑΝΚ ΝΟΤΙϹΕ: Ηello ΜΥ ΖΟΟ')).toBe('bank notice: hello my zoo');
    expect(normalizeForMatch('НОМЕ')).toBe('home');
    // UTS #39 has no Latin prototype for Cyrillic и: it is not folded anywhere (it was u in one table, n in another)
    expect(foldConfusables('и').text).toBe('и');
    expect(foldText('и').text).toBe('и');
  });

  it('keeps ASCII as it is and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const once = foldConfusables(s).text;
        expect(foldConfusables(once).text).toBe(once);
        if (/^[\x00-\x7f]*$/.test(s)) expect(once).toBe(s);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('reads back any lure word spelled with any mix of look-alikes from the whole table', () => {
    const byLetter = new Map<string, string[]>();
    for (const [s] of LATIN_ENTRIES) {
      const to = LATIN_LOOKALIKES.get(s)!;
      if (to.length === 1) byLetter.set(to, [...(byLetter.get(to) ?? []), s]);
    }
    const words = [
      'password',
      'invoice',
      'payment',
      'account',
      'verify',
      'banking',
      'wire',
      'urgent',
      'gift',
      'details',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (word, picks) => {
          const spoofed = [...word]
            .map((c, i) => {
              const options = byLetter.get(c) ?? [c];
              return options[picks[i]! % options.length]!;
            })
            .join('');
          expect(normalizeForMatch(spoofed)).toBe(word);
          expect(skeleton(spoofed)).toBe(skeleton(word));
        },
      ),
      { seed: 20261203, numRuns: 2000 },
    );
  });
});
