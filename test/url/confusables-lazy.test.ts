/**
 * The confusables table (src/url/confusables.ts) is built on first use: ASCII text — most mail,
 * every ASCII host — never pays the ≈ 15 ms of reading Unicode's confusables data at start-up.
 * (This file imports the module alone, so nothing else has touched the table first.)
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  foldConfusables,
  foldForReading,
  LATIN_LOOKALIKES,
  LOW_END,
  NO_LOOKALIKE_RANGES,
  lookalikeTableBuilt,
  readPrototype,
  skeleton,
} from '../../src/url/confusables.js';

describe('the confusables table, built lazily', () => {
  it('is not built by ASCII text, and is built (with the same answers) by the first look-alike', () => {
    expect(foldConfusables('paypal.com account').text).toBe('paypal.com account');
    expect(foldForReading('Invoice 42').mapped).toBe(0);
    expect(skeleton('paypal')).toBe(skeleton('paypa1'));
    // accented Latin (the default brand names: Crédit Agricole, Škoda …) and the look-alikes below
    // U+0180 are answered without the table
    expect(foldConfusables('Crédit Agricole Škoda Nestlé Citroën').mapped).toBe(0);
    expect(foldForReading('Crédit Agricole').text).toBe('Credit Agricole');
    expect(foldConfusables('Łódź straße Ĳssel')).toEqual({ text: 'lódź strasse ijssel', mapped: 3 });
    expect(lookalikeTableBuilt()).toBe(false);
    // Cyrillic а (U+0430) in "pаypal"
    expect(foldConfusables('p\u0430ypal')).toEqual({ text: 'paypal', mapped: 1 });
    expect(lookalikeTableBuilt()).toBe(true);
    expect(LATIN_LOOKALIKES.get('\u0430')).toBe('a');
    expect(LATIN_LOOKALIKES.has('a')).toBe(false);
    expect(LATIN_LOOKALIKES.size).toBeGreaterThan(500);
    expect([...LATIN_LOOKALIKES.keys()].length).toBe(LATIN_LOOKALIKES.size);
    expect(new Map(LATIN_LOOKALIKES).get('ł')).toBe('l');
    let n = 0;
    LATIN_LOOKALIKES.forEach(() => n++);
    expect(n).toBe(LATIN_LOOKALIKES.size);
  });
});

describe('the confusables table, built fast', () => {
  it('holds exactly what the plain construction holds, in the same order', () => {
    // the construction as it was written first (a spread per entry, \p{L} on every source)
    const prototypes = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
    const STROKED_LETTERS = ['ł', 'đ', 'ħ', 'ŧ', 'ø', 'ƀ', 'ɨ', 'ʉ', 'æ', 'œ', 'ß', 'þ', 'ð', 'ɫ'];
    const want = new Map<string, string>();
    for (const [source, prototype] of Object.entries(prototypes)) {
      if (source.length === 0 || source.codePointAt(0)! < 0x80 || [...source].length !== 1) continue;
      if (!/^\p{L}$/u.test(source) || !/^[A-Za-z]{1,3}$/.test(prototype)) continue;
      want.set(source, readPrototype(source, prototype));
    }
    const got = [...LATIN_LOOKALIKES.entries()];
    // the table ends with the hand-added stroked letters the data lacks
    const fromData = got.slice(0, want.size);
    expect(fromData).toEqual([...want.entries()]);
    for (const [k] of got.slice(want.size)) expect(STROKED_LETTERS).toContain(k.toLowerCase());
    expect(want.size).toBeGreaterThan(1000);
  });
});

describe('the table below U+0180, answered without building it', () => {
  it('is exactly the built table restricted to single characters below LOW_END', () => {
    const full = new Map([...LATIN_LOOKALIKES.entries()]);
    for (let cp = 0; cp < LOW_END; cp++) {
      const ch = String.fromCharCode(cp);
      // the view answers from its own list for these; the built table is the reference
      expect(LATIN_LOOKALIKES.get(ch)).toBe(full.get(ch));
      expect(LATIN_LOOKALIKES.has(ch)).toBe(full.has(ch));
    }
    expect([...full.keys()].filter((k) => k.length === 1 && k.charCodeAt(0) < LOW_END).length).toBe(22);
  });
  it('has no entry in the scripts it answers without building (Hangul, kana, CJK, Thai letters)', () => {
    const inRanges = (k: string) =>
      NO_LOOKALIKE_RANGES.some(([lo, hi]) => k.charCodeAt(0) >= lo && k.charCodeAt(0) <= hi);
    const full = new Map([...LATIN_LOOKALIKES.entries()]);
    expect([...full.keys()].filter(inRanges)).toEqual([]);
    expect(LATIN_LOOKALIKES.get('쿠')).toBeUndefined();
  });
});
