/**
 * The one-walk segmentation (segmentBoth, src/url/dga-words.ts) over the merged word table
 * (mergedWordTable, src/url/dga.ts) finds the same covers as the two walks it replaces, `segment`
 * over the word list and `segmentWords` over the SCOWL tiers, so the domain model's features and
 * scores do not move: checked on the shipped model's tables (packed and built from its words) with
 * hand-picked and random labels (fixed seed), and on hand-written tables where one word list's
 * prefixes run on after the other's stop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/models.js';
import { dgaProbability } from '../../src/url/analyzer.js';
import { buildDgaTables, dgaFeatures, mergedWordTable, segment, type DgaTables } from '../../src/url/dga.js';
import { SEG_A, segmentBoth, segmentWords } from '../../src/url/dga-words.js';
import { unpackDgaTables } from '../../src/url/dga-pack.js';
import { SHORT_CHARS, threeFlags } from '../../src/url/short-prefix.js';

/** The word-list cover of the one walk, in segment's shape (its tier cover is checked through the features). */
function both(label: string, t: DgaTables) {
  const merged = mergedWordTable(t);
  expect(merged).not.toBeNull();
  segmentBoth(label, merged!);
  return { uncovered: SEG_A[0], words: SEG_A[1], longest: SEG_A[2] };
}

const LABELS = [
  'google',
  'paypal-secure-login',
  'winterproud',
  'townattachsearchinvolved',
  'vulnerability-could',
  'x7f3kq9zt2',
  'planetafebruarytcoinstit',
  'a',
  'ab',
  'abc',
  '',
  'xn--pypal-4ve',
  'a'.repeat(70),
  'week-plaintiff',
  'qxzjkvwfy',
  '0123456789abcdef',
  'internationalizationsupercalifragilistic',
  'under_score',
  'ünïcode',
];

const label = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_aeioueé'.split('')), {
    minLength: 0,
    maxLength: 70,
  })
  .map((cs) => cs.join(''));

function checkTables(t: DgaTables, labels: readonly string[]): void {
  for (const l of labels) {
    const clipped = l.length > 63 ? l.slice(0, 63) : l;
    expect(both(clipped, t)).toEqual(segment(clipped, t));
  }
}

describe('segmentBoth', () => {
  const model = loadModel('domain', undefined)!;
  const built = buildDgaTables(model.meta.words as string[], model.meta.word_tiers as string[][]);
  const packed = model.packed ? unpackDgaTables(model.packed) : null;

  it('finds the word-list cover segment finds (shipped model, built and packed tables)', () => {
    checkTables(built, LABELS);
    if (packed) checkTables(packed, LABELS);
    fc.assert(
      fc.property(label, (l) => {
        checkTables(built, [l]);
        if (packed) checkTables(packed, [l]);
      }),
      { seed: 1313, numRuns: 400 },
    );
  });

  it('gives the features and probabilities of the two walks, bit for bit', () => {
    // the reference: the same tables without a merged table (mergedWordTable is then null for a
    // table that cannot list its keys), so emitDgaFeatures walks twice
    const apart: DgaTables = {
      ...built,
      wordOrPrefix: { flags: (h) => built.wordOrPrefix.flags(h) },
      tiers: { ...built.tiers!, table: { flags: (h) => built.tiers!.table.flags(h) } },
    };
    expect(mergedWordTable(apart)).toBeNull();
    const check = (l: string) => {
      const f = dgaFeatures(l, built);
      const g = dgaFeatures(l, apart);
      expect(f.names).toEqual(g.names);
      expect(f.values).toEqual(g.values);
      expect(dgaProbability(model, l, built)).toBe(dgaProbability(model, l, apart));
      if (packed) expect(dgaProbability(model, l, packed)).toBe(dgaProbability(model, l, apart));
    };
    LABELS.forEach(check);
    fc.assert(fc.property(label, check), { seed: 1314, numRuns: 300 });
  });

  it('keeps each walk to its own bounds and stopping rule (hand-written tables)', () => {
    // word list: long words (to 16 letters), tiers: short ones and 2-letter tier-0 words, so one
    // walk goes on after the other stops, both ways
    const words = ['abcdefghijklmnop', 'abcdefghijklmnopq', 'xyz', 'zzzz', 'abc', 'mnopqrstuvwxyzab'];
    const tiers = [['ab', 'cd', 'abcdefghijklmnopqrst'], ['zz', 'xyzw'], [], [], [], [], [], ['ef']];
    const t = buildDgaTables(words, tiers);
    const cases = [
      'abcdefghijklmnopqrstuvwxyz',
      'abcdefghijklmnopq',
      'xyzwzzzz',
      'zzzzzzzz',
      'cdabefab',
      'mnopqrstuvwxyzabcdefghijklmnopqrstu',
    ];
    checkTables(t, cases);
    const ref: DgaTables = {
      ...t,
      wordOrPrefix: { flags: (h) => t.wordOrPrefix.flags(h) },
      tiers: { ...t.tiers!, table: { flags: (h) => t.tiers!.table.flags(h) } },
    };
    for (const c of cases) {
      expect(dgaFeatures(c, t)).toEqual(dgaFeatures(c, ref));
      expect(segmentWords(c, t.tiers!)).toEqual(segmentWords(c, ref.tiers!));
    }
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x', 'y', 'z', 'w', 'm', 'n', 'o', 'p', 'q'), {
            maxLength: 40,
          })
          .map((cs) => cs.join('')),
        (l) => {
          checkTables(t, [l]);
          expect(dgaFeatures(l, t)).toEqual(dgaFeatures(l, ref));
        },
      ),
      { seed: 1315, numRuns: 500 },
    );
  });

  it('reads three-character keys from threeFlags as the merged table answers them (packed too)', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789-_';
    expect(chars.length).toBe(SHORT_CHARS);
    for (const t of [built, ...(packed ? [packed] : [])]) {
      const merged = mergedWordTable(t)!;
      const three = threeFlags(merged);
      for (let a = 0; a < chars.length; a++)
        for (let b = 0; b < chars.length; b++)
          for (let c = 0; c < chars.length; c++) {
            let h = 0x811c9dc5;
            for (const ch of [a, b, c]) h = Math.imul(h ^ chars.charCodeAt(ch), 0x01000193);
            const got = three[(a * SHORT_CHARS + b) * SHORT_CHARS + c]!;
            if (got !== merged.flags(h)) expect(got).toBe(merged.flags(h));
          }
    }
  });
});
