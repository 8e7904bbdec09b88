/**
 * normalizeForMatch keeps its last MEMO_SIZE results (src/email/normalize.ts): the content, hidden,
 * structure and attachment checks normalise the same subject and body, and now pay once. A memo
 * hit must be the result the computation gives, for any order of calls (fixed-seed property), and
 * the memo stays bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MEMO_SIZE,
  normalizeForMatch,
  normalizeForMatchRuns,
  normalizeForMatchUncached,
} from '../../src/email/normalize.js';

const TEXTS = [
  'Please  WIRE the funds\r\n\r\ntoday',
  'Ｐａｙ ｎｏｗ — Caf\u00e9\u200b ѕign-in',
  'Plain text\nwrapped line\n\nnew paragraph',
  '',
  '   ',
  'Verify your account at once',
];

describe('normalizeForMatch memo', () => {
  it('gives what the computation gives, whatever the order of calls (fixed seed)', () => {
    const call = fc.record({
      text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 })),
      max: fc.constantFrom(undefined, 5, 20, 2000),
      keepLines: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        for (const c of calls)
          expect(normalizeForMatch(c.text, c.max, c.keepLines)).toBe(
            normalizeForMatchUncached(c.text, c.max, c.keepLines),
          );
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('computes a repeated call once, and again once MEMO_SIZE others came between', () => {
    const text = 'Kindly process the payment to our new bank account — unique 7f3a';
    normalizeForMatch(text, 2000);
    const runs = normalizeForMatchRuns();
    expect(normalizeForMatch(text, 2000)).toBe(normalizeForMatchUncached(text, 2000));
    expect(normalizeForMatch(text)).toBe(normalizeForMatchUncached(text)); // same head, same key
    expect(normalizeForMatchRuns()).toBe(runs);
    // keepLines is part of the key
    normalizeForMatch(text, 2000, true);
    expect(normalizeForMatchRuns()).toBe(runs + 1);
    for (let i = 0; i < MEMO_SIZE; i++) normalizeForMatch(`${text} ${i}`);
    const before = normalizeForMatchRuns();
    normalizeForMatch(text, 2000);
    expect(normalizeForMatchRuns()).toBe(before + 1);
  });
});
