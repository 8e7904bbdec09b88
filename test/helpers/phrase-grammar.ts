/**
 * Random phrase grammars (phrase() syntax: words, classes, optional and repeated parts, lookaheads,
 * alternations, sequences, ' ' separators) with, for each, an arbitrary of the strings it produces:
 * what the pre-filter's literal bounds are tested against (test/email/phrase-need.test.ts,
 * phrase-literals.test.ts).
 */
import fc from 'fast-check';

export type GrammarNode = { src: string; sample: fc.Arbitrary<string> };

export function phraseGrammar(): fc.Arbitrary<GrammarNode> {
  const word = fc.stringMatching(/^[a-z]{1,4}$/);
  const leaf: fc.Arbitrary<GrammarNode> = fc.oneof(
    word.map((w) => ({ src: w, sample: fc.constant(w) })),
    fc.constant({ src: '[a-z]', sample: fc.constantFrom('a', 'q', 'z') }),
    fc.constant({ src: 'x?', sample: fc.constantFrom('', 'x') }),
    fc.constant({ src: 'ab+', sample: fc.constantFrom('ab', 'abb') }),
    fc.constant({ src: '\\.', sample: fc.constant('.') }),
    fc.constant({ src: '(?=ab)', sample: fc.constant('') }),
  );
  return fc.letrec<{ n: GrammarNode }>((tie) => ({
    n: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('n'), { minLength: 2, maxLength: 3 }).map((parts) => ({
        src: `(?:${parts.map((p) => p.src).join('|')})`,
        sample: fc.oneof(...parts.map((p) => p.sample)),
      })),
      fc.array(tie('n'), { minLength: 1, maxLength: 3 }).map((parts) => ({
        src: parts.map((p) => `(?:${p.src})`).join(''),
        sample: fc.tuple(...parts.map((p) => p.sample)).map((s) => s.join('')),
      })),
      fc.array(tie('n'), { minLength: 2, maxLength: 3 }).map((parts) => ({
        src: parts.map((p) => `(?:${p.src})`).join(' '),
        sample: fc.tuple(...parts.map((p) => p.sample)).map((s) => s.join(' ')),
      })),
      tie('n').map((p) => ({ src: `(?:${p.src})?`, sample: fc.oneof(fc.constant(''), p.sample) })),
      tie('n').map((p) => ({
        src: `(?:${p.src})+`,
        sample: fc.array(p.sample, { minLength: 1, maxLength: 2 }).map((s) => s.join('')),
      })),
      tie('n').map((p) => ({
        src: `(?:${p.src}){2}`,
        sample: p.sample.chain((a) => p.sample.map((b) => a + b)),
      })),
    ),
  })).n;
}
