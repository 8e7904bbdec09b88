/**
 * buildDgaTables is built once per process (start-up cost) and was rewritten for speed: it must
 * build exactly the tables of the plain definition below (the one it replaced), slot for slot, so
 * no DGA score moves. Checked on the shipped model's word list and on awkward words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FlagTable, WordTable, buildDgaTables } from '../../src/url/dga.js';

// the definition before the speed-up: every prefix re-hashed from the start, a Set for the count
function roll(s: string, to: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function reference(words: readonly string[]) {
  const wordHashes = new WordTable(words.length);
  const prefixHashes = new WordTable(words.length * 6);
  const keys = new Set<number>();
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (/^[a-z]+$/.test(w) && w.length >= 3 && w.length <= 16)
      for (let k = 1; k <= w.length; k++) keys.add(roll(w, k));
  }
  const wordOrPrefix = new FlagTable(keys.size);
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (!/^[a-z]+$/.test(w) || w.length < 3 || w.length > 16) continue;
    wordHashes.add(roll(w, w.length));
    wordOrPrefix.add(roll(w, w.length), 1);
    for (let k = 1; k < w.length; k++) {
      prefixHashes.add(roll(w, k));
      wordOrPrefix.add(roll(w, k), 2);
    }
  }
  return { wordHashes, prefixHashes, wordOrPrefix };
}

const shipped = (
  JSON.parse(readFileSync(new URL('../../models/domain.json', import.meta.url), 'utf8')) as {
    meta: { words: string[] };
  }
).meta.words;

describe('buildDgaTables', () => {
  it.each([
    ['the shipped domain model word list', shipped],
    [
      'mixed case, non-letters, too short and too long words, duplicates',
      [
        'Paypal',
        'paypal',
        'ab',
        'abc',
        'x-ray',
        'café',
        'a'.repeat(16),
        'b'.repeat(17),
        'secure',
        'securely',
        '',
      ],
    ],
  ])('builds the same tables as the plain definition: %s', (_name, words) => {
    expect(words.length).toBeGreaterThan(5);
    const fast = buildDgaTables(words);
    const ref = reference(words);
    for (const k of ['wordHashes', 'prefixHashes', 'wordOrPrefix'] as const) {
      // slots compared as bytes (toStrictEqual over 10^6 elements is slow), the rest field by field
      const { slots: a, ...restA } = fast[k] as unknown as { slots: Int32Array };
      const { slots: b, ...restB } = ref[k] as unknown as { slots: Int32Array };
      expect(a.length).toBe(b.length);
      expect(
        Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
          Buffer.from(b.buffer, b.byteOffset, b.byteLength),
        ),
      ).toBe(true);
      expect(restA).toStrictEqual(restB);
    }
  });
});
