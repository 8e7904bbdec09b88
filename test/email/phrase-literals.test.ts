/**
 * The phrase pre-filter (src/email/phrase-literals.ts): a text without any of a family's required
 * literals is not searched. Speed only, so it must be sound: every string the pattern matches
 * contains one of the literals (checked on random phrase grammars with strings drawn from the same
 * grammar, fixed seed), and what it cannot model gives no pre-filter. The dev set's verdicts are
 * byte-identical with and without it (node scripts/verdicts-identical.mjs --compare).
 */
import fc from 'fast-check';
import { phraseGrammar } from '../helpers/phrase-grammar.js';
import { describe, expect, it } from 'vitest';
import { containsAny, literalMatcher, requiredLiterals } from '../../src/email/phrase-literals.js';
import { familiesFilterBuilt, findPhrases, P, phrase, phraseLiterals } from '../../src/email/phrases.js';
import { PAY_CHANGE, URGENCY } from '../../src/email/lures.js';

describe('requiredLiterals', () => {
  it('takes the rarest-looking literal of a sequence and the union over alternatives', () => {
    expect(requiredLiterals('wire transfer')).toEqual(['transfer']);
    expect(requiredLiterals('(?:wire|bank) transfers?')).toEqual(['transfer']);
    // either group bounds every match; the first of equal rank is kept
    expect(requiredLiterals('(?:gift|store) (?:card|voucher)')?.sort()).toEqual(['gift', 'store']);
    expect(requiredLiterals('(?:urgent)|(?:asap)')?.sort()).toEqual(['asap', 'urgent']);
    expect(requiredLiterals('authori[sz]e payments')).toEqual(['payments']); // longest run wins
  });

  it('gives no pre-filter where it cannot bound every match', () => {
    expect(requiredLiterals('(?:please )?[a-z]+')).toBeNull(); // a class only
    expect(requiredLiterals('(?:x)?y?')).toBeNull(); // all optional
    expect(requiredLiterals('(?:wire transfer)|[0-9]+')).toBeNull(); // one branch unbounded
    expect(requiredLiterals('(?!secret)\\w+')).toBeNull(); // a negative lookahead is not required
    expect(requiredLiterals('(?<word>pay) \\k<word>')).toBeNull(); // named groups: not modelled
    expect(requiredLiterals('\\p{L}{2} pay')).toBeNull(); // property escapes: not modelled
    expect(requiredLiterals('pay{x')).toBeNull(); // '{' that is not a quantifier
  });

  it('bounds every match: random phrase grammars, strings drawn from them (fixed seed)', () => {
    const node = phraseGrammar();
    let bounded = 0;
    fc.assert(
      fc.property(
        node.chain((n) => fc.tuple(fc.constant(n.src), n.sample)),
        ([src, sample]) => {
          const literals = requiredLiterals(src);
          if (literals === null) return;
          bounded++;
          // the sample is a string the grammar produces: every one must hold a literal
          expect(containsAny(sample, literals), `${src} / ${JSON.stringify(sample)} / ${literals}`).toBe(
            true,
          );
        },
      ),
      { seed: 20261203, numRuns: 3000 },
    );
    expect(bounded).toBeGreaterThan(500); // the property was not vacuous
  });
});

describe('phrase gaps', () => {
  it('reads a two-digit gap ("~12") as up to twelve words, and its literals skip the gap', () => {
    const re = phrase('put ~12 in (?:a|the) shared folder');
    const twelve = Array.from({ length: 12 }, (_, i) => `w${i}`).join(' ');
    expect(new RegExp(re.source).test(`i've put ${twelve} in a shared folder`)).toBe(true);
    expect(new RegExp(re.source).test(`put ${twelve} more in a shared folder`)).toBe(false);
    expect(requiredLiterals('put ~12 in (?:a|the) shared folder')).not.toContain('2');
  });
  it('refuses a space inside a character class, which the separator rewrite would break', () => {
    expect(() => phrase('update your 12[- ]word phrase')).toThrow(/space inside \[\.\.\.\]/);
    // an escaped bracket is no class
    expect(() => phrase('\\[note for the ai\\] (?:search|scan) [a-z]+')).not.toThrow();
  });
  it('refuses a gap without a space on each side, which would match a literal "~3"', () => {
    expect(() => phrase('(?:get|send) (?:the )?~3 (?:fee|payment) out')).toThrow(/"~N" gap/);
  });
});

describe('literalMatcher', () => {
  it('answers what one includes() per literal answers, regex metacharacters included (fixed seed)', () => {
    const chars = fc.constantFrom(...'ab.*+?^$-{}()|[]\\/\n é'.split(''));
    const lit = fc.array(chars, { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(lit, { minLength: 1, maxLength: 6 }),
        fc.array(chars, { maxLength: 12 }),
        (ls, t) => {
          const text = t.join('');
          expect(literalMatcher(ls).test(text)).toBe(containsAny(text, ls));
        },
      ),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});

describe('findPhrases with the pre-filter', () => {
  it('does not search a text that cannot match, once the families pre-filter is built, and finds the same hits', () => {
    const [re] = P('wire transfer today', 'bank transfer');
    const quiet = [{ where: 'body', text: 'see you at lunch on friday' }];
    // before the pre-filter is built (a one-message process would pay for it as much as it
    // spares), a search runs: a run resets lastIndex to 0 when nothing matches
    re!.lastIndex = 7;
    expect(findPhrases(quiet, [re!])).toEqual([]);
    expect(re!.lastIndex).toBe(0);
    for (let k = 0; !familiesFilterBuilt() && k < 1000; k++) findPhrases(quiet, [re!]);
    expect(familiesFilterBuilt()).toBe(true);
    // from then on, a skipped regex is never run: lastIndex stays where it was
    re!.lastIndex = 7;
    expect(findPhrases(quiet, [re!])).toEqual([]);
    expect(re!.lastIndex).toBe(7);
    expect(phraseLiterals(re!)).toEqual(['transfer']);
    const hits = findPhrases([{ where: 'body', text: 'please send the bank transfer now' }], [re!]);
    expect(hits.map((h) => h.match)).toEqual(['bank transfer']);
  });

  it('the shipped families have pre-filters, and a hit is found through them', () => {
    for (const family of [PAY_CHANGE, URGENCY]) expect(phraseLiterals(family[0]!)).not.toBeNull();
    const hits = findPhrases([{ where: 'body', text: 'this is urgent, please handle it today' }], URGENCY);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('a regex not made by phrase() is always searched', () => {
    const re = /secret/g;
    expect(phraseLiterals(re)).toBeNull();
    expect(phraseLiterals(phrase('[a-z]+ now'))).toEqual(['now']);
    expect(findPhrases([{ where: 'body', text: 'a secret' }], [re]).map((h) => h.match)).toEqual(['secret']);
  });
});
