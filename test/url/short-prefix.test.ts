import { describe, expect, it } from 'vitest';
import { buildDgaTables, segment } from '../../src/url/dga.js';
import { buildWordTiers, segmentWords } from '../../src/url/dga-words.js';
import { SHORT_STRIDE, SHORT_SYM, shortFlags } from '../../src/url/short-prefix.js';

const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
};
const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';

describe('shortFlags (one- and two-character keys of a word table)', () => {
  it('answers what the table answers for every cached key', () => {
    const t = buildDgaTables(['ab', 'abc', 'secure', 'login', 'x9', 'q-z', 'a_b']);
    const s = shortFlags(t.wordOrPrefix);
    expect(shortFlags(t.wordOrPrefix)).toBe(s); // built once per table
    for (const a of CHARS) {
      expect(s.one[SHORT_SYM[a.charCodeAt(0)]!]).toBe(t.wordOrPrefix.flags(fnv(a)));
      for (const b of CHARS)
        expect(s.two[SHORT_SYM[a.charCodeAt(0)]! * SHORT_STRIDE + SHORT_SYM[b.charCodeAt(0)]!]).toBe(
          t.wordOrPrefix.flags(fnv(a + b)),
        );
    }
  });
  it('segment finds the cover the table alone gives, for any characters (fixed-seed labels)', () => {
    const t = buildDgaTables(['secure', 'login', 'bank', 'abc', 'éab', 'xyzzy', 'a-bc']);
    // the DP of segment with every prefix read from the table: the definition the cached form keeps
    const plain = (label: string) => {
      const n = label.length;
      const unc = new Array<number>(n + 1).fill(1 << 20);
      const cnt = new Array<number>(n + 1).fill(0);
      const lng = new Array<number>(n + 1).fill(0);
      unc[0] = 0;
      for (let i = 0; i < n; i++) {
        const u = unc[i]!;
        if (u + 1 < unc[i + 1]! || (u + 1 === unc[i + 1]! && cnt[i]! < cnt[i + 1]!)) {
          unc[i + 1] = u + 1;
          cnt[i + 1] = cnt[i]!;
          lng[i + 1] = lng[i]!;
        }
        let h = 0x811c9dc5;
        for (let j = i; j < Math.min(n, i + 16); j++) {
          h = Math.imul(h ^ label.charCodeAt(j), 0x01000193);
          const f = t.wordOrPrefix.flags(h);
          if (
            j - i + 1 >= 3 &&
            (f & 1) !== 0 &&
            (u < unc[j + 1]! || (u === unc[j + 1]! && cnt[i]! + 1 < cnt[j + 1]!))
          ) {
            unc[j + 1] = u;
            cnt[j + 1] = cnt[i]! + 1;
            lng[j + 1] = Math.max(lng[i]!, j - i + 1);
          }
          if ((f & 2) === 0) break;
        }
      }
      return { uncovered: unc[n]!, words: cnt[n]!, longest: lng[n]! };
    };
    const alphabet = 'abceglnorsuxyz-_9ÉéΩA';
    let x = 7;
    for (let k = 0; k < 2000; k++) {
      let label = '';
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const len = x % 24;
      for (let i = 0; i < len; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        label += alphabet[(x >>> 8) % alphabet.length];
      }
      if (k % 3 === 0) label = `${label}securelogin`;
      expect(segment(label, t)).toEqual(plain(label));
    }
  });
  it('segmentWords covers with two-letter and non-ASCII starts as before', () => {
    const tiers = buildWordTiers([['ab', 'secure', 'login'], ['bank']]);
    expect(segmentWords('absecure', tiers)).toMatchObject({ starts: [0, 2], ends: [2, 8], uncovered: 0 });
    expect(segmentWords('ébank', tiers)).toMatchObject({ starts: [0, 1], ends: [1, 5], uncovered: 1 });
    expect(segmentWords('Absecure', tiers)).toMatchObject({ starts: [0, 1, 2], uncovered: 2 });
  });
});
