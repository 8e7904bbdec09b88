/**
 * findPhrases keeps a phrase inside one sentence. A word gap (`~N`) is greedy, so a match that ran
 * on past a full stop is tried again within its own sentence instead of being dropped: "the
 * Lotteries International draws. For release of your prize" still holds "Lotteries International
 * draws".
 */
import { describe, expect, it } from 'vitest';
import { findPhrases, P } from '../../src/email/phrases.js';

const seg = (text: string) => [{ where: 'body:text', text }];
const DRAW = P('lotteries ~6 (?:prize|draws)');

describe('findPhrases and sentence ends', () => {
  it('finds the phrase within its sentence when the greedy gap ran on into the next', () => {
    const hits = findPhrases(
      seg('you won in the lotteries international draws. for release of your prize, call us'),
      DRAW,
    );
    expect(hits.map((h) => h.match)).toEqual(['lotteries international draws']);
  });
  it('finds nothing when only a match across the full stop exists', () => {
    expect(findPhrases(seg('the lotteries are closed. your prize is here'), DRAW)).toEqual([]);
  });
  it('still finds later matches after a shortened one', () => {
    const hits = findPhrases(seg('lotteries weekly draws. see it. lotteries prize list'), DRAW);
    expect(hits.map((h) => h.match)).toEqual(['lotteries weekly draws', 'lotteries prize']);
  });
  it('treats a line break as a sentence end', () => {
    expect(findPhrases(seg('lotteries\nprize'), DRAW)).toEqual([]);
  });
});
