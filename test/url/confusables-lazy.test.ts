/**
 * The confusables table (src/url/confusables.ts) is built on first use: ASCII text — most mail,
 * every ASCII host — never pays the ≈ 15 ms of reading Unicode's confusables data at start-up.
 * (This file imports the module alone, so nothing else has touched the table first.)
 */
import { describe, expect, it } from 'vitest';
import {
  foldConfusables,
  foldForReading,
  LATIN_LOOKALIKES,
  lookalikeTableBuilt,
  skeleton,
} from '../../src/url/confusables.js';

describe('the confusables table, built lazily', () => {
  it('is not built by ASCII text, and is built (with the same answers) by the first look-alike', () => {
    expect(foldConfusables('paypal.com account').text).toBe('paypal.com account');
    expect(foldForReading('Invoice 42').mapped).toBe(0);
    expect(skeleton('paypal')).toBe(skeleton('paypa1'));
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
