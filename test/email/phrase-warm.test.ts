/**
 * Phrase regexes are first run on WARM_TEXT (src/email/phrases.ts, speed only): V8 then compiles a
 * family straight to machine code instead of to bytecode first (a first run on a subject, under
 * 1,000 characters, is interpreted). The run must not be seen: WARM_TEXT is long and one byte per
 * character (what makes V8 skip the bytecode), no shipped family and no family's pre-filter
 * matches it (so RegExp.lastMatch and $1 are left alone), and findPhrases finds what it found.
 */
import { describe, expect, it } from 'vitest';
import { literalMatcher } from '../../src/email/phrase-literals.js';
import { findPhrases, phrase, phraseLiterals, phrasePatterns, WARM_TEXT } from '../../src/email/phrases.js';
// every module that makes phrase families (loading them makes their patterns)
import '../../src/email/lures.js';
import '../../src/email/hidden.js';
import '../../src/email/attachments.js';
import '../../src/email/outside-employer.js';
import { PAY_CHANGE, URGENCY } from '../../src/email/lures.js';

describe('phrase warm-up', () => {
  it('is a long one-byte text', () => {
    expect(WARM_TEXT.length).toBeGreaterThanOrEqual(1000);
    expect(/^[\x20-\x7e]*$/.test(WARM_TEXT)).toBe(true);
  });

  it('no shipped family and no pre-filter matches it', () => {
    const families = phrasePatterns();
    expect(families.length).toBeGreaterThan(70);
    for (const re of families) {
      expect(new RegExp(re.source, re.flags).test(WARM_TEXT), re.source.slice(0, 80)).toBe(false);
      const literals = phraseLiterals(re);
      if (literals) expect(literalMatcher(literals).test(WARM_TEXT), literals.join('|')).toBe(false);
    }
  });

  it("every shipped family is under V8's 20 kB limit for an optimised regex (speed only)", () => {
    // V8 compiles a regex whose source is over 20 * 1024 characters without its optimisations
    // (kRegExpTooLargeToOptimize): the prompt-injection family at 21.8 kB ran 13× slower than at 12.3
    for (const re of phrasePatterns())
      expect(re.source.length, re.source.slice(0, 80)).toBeLessThan(20 * 1024);
  });

  it('a family finds the same hits on its first search as on later ones, and leaves RegExp.lastMatch', () => {
    const [re] = [phrase('(?:wire|bank) transfer (?:today|now)')];
    const segs = [
      { where: 'header:Subject', text: 'bank transfer today' },
      { where: 'body', text: 'hello. please send the wire transfer now, thanks. bank transfer today' },
    ];
    // the first search (warm-up included) of a text it does not match leaves the last match as it was
    const [quiet] = [phrase('(?:wire|bank) transfer (?:tomorrow)')];
    /^(lead)/.exec('leading');
    expect(findPhrases([{ where: 'body', text: 'no payment words in here at all' }], [quiet!])).toEqual([]);
    expect(RegExp.lastMatch).toBe('lead');
    const first = findPhrases(segs, [re!]);
    const again = findPhrases(segs, [re!]);
    expect(first.map((h) => [h.where, h.match, h.index])).toEqual([
      ['header:Subject', 'bank transfer today', 0],
      ['body', 'wire transfer now', 23],
      ['body', 'bank transfer today', 50],
    ]);
    expect(again).toEqual(first);
    for (const family of [PAY_CHANGE, URGENCY]) {
      const text = 'urgent: our bank details have changed, please update them today';
      expect(findPhrases([{ where: 'body', text }], family)).toEqual(
        findPhrases([{ where: 'body', text }], family),
      );
    }
  });
});
