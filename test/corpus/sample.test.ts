/** The corpus check's sampling and CSV reading (no corpus needed). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedSample, parseCsv } from './data.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF rows', () => {
    const text =
      'url,label,source\r\n"http://a.example/?q=1,2",malicious,x\r\n"say ""hi""",benign,\nlast,benign,y';
    expect(parseCsv(text)).toEqual([
      ['url', 'label', 'source'],
      ['http://a.example/?q=1,2', 'malicious', 'x'],
      ['say "hi"', 'benign', ''],
      ['last', 'benign', 'y'],
    ]);
  });
});

describe('groupedSample', () => {
  it('takes the first n of every group in key order, whatever the input order (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.string({ minLength: 1, maxLength: 6 })), {
          selector: (r) => r[1],
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 5 }),
        (rows, n) => {
          const pick = (rs: [string, string][]) =>
            groupedSample(
              rs,
              (r) => r[0],
              (r) => r[1],
              n,
            );
          const s = pick(rows);
          expect(pick([...rows].reverse())).toEqual(s);
          for (const g of ['a', 'b', 'c']) {
            const all = rows
              .filter((r) => r[0] === g)
              .map((r) => r[1])
              .sort();
            expect(s.filter((r) => r[0] === g).map((r) => r[1])).toEqual(all.slice(0, n));
          }
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
