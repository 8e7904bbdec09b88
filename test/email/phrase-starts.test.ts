/**
 * Where a phrase match can start (src/email/phrase-starts.ts): findPhrases tries a family only at
 * word starts where one of its start literals begins. Speed only, so it must be sound: every string
 * a pattern matches starts with one of its literals (random phrase grammars, fixed seed), the
 * per-text masks say exactly which families' literals begin at each word start, and findPhrases
 * finds through them what the plain global search finds (random families and texts). The dev set's
 * verdicts are byte-identical with and without it (node scripts/verdicts-identical.mjs --compare).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordUnit, StartIndex, startLiterals, WordStarts } from '../../src/email/phrase-starts.js';
import { findPhrases, phrase, type TextSegment } from '../../src/email/phrases.js';
import { PAY_CHANGE, REQUEST, UNAVAILABLE, URGENCY } from '../../src/email/lures.js';

type Node = { src: string; sample: fc.Arbitrary<string> };
const word = fc.stringMatching(/^[a-zé$]{1,4}$/);
const leaf: fc.Arbitrary<Node> = fc.oneof(
  word.map((w) => ({ src: w.replace('$', '\\$'), sample: fc.constant(w) })),
  fc.constant({ src: '[a-z]', sample: fc.constantFrom('a', 'q', 'z') }),
  fc.constant({ src: 'x?', sample: fc.constantFrom('', 'x') }),
  fc.constant({ src: 'ab?c', sample: fc.constantFrom('ac', 'abc') }),
  fc.constant({ src: '\\.', sample: fc.constant('.') }),
  fc.constant({ src: '(?=a)', sample: fc.constant('') }),
);
/** Random phrase grammars (phrase() syntax: ' ' a separator) with strings drawn from them. */
const grammar: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
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
      src: `(?:${p.src}){1,2}`,
      sample: fc.array(p.sample, { minLength: 1, maxLength: 2 }).map((s) => s.join('')),
    })),
  ),
})).n;

describe('startLiterals', () => {
  it('takes what a match begins with: first items, optional ones adding what follows', () => {
    expect(startLiterals('wire transfer')).toEqual(['wire']);
    expect(startLiterals('(?:wire|bank) transfers?')?.sort()).toEqual(['bank', 'wire']);
    expect(startLiterals('(?:please )?send')?.sort()).toEqual(['please', 'send']);
    expect(startLiterals('re-?validate')).toEqual(['re']);
    expect(startLiterals('(?!not )pay')).toEqual(['pay']);
  });

  it('gives none where a match may start with anything', () => {
    expect(startLiterals('[a-z]+ now')).toBeNull();
    expect(startLiterals('(?:x)?y?')).toBeNull();
    expect(startLiterals('(?:wire) ~2 transfer|\\d+ dollars')).toBeNull();
    expect(startLiterals('(?<w>pay) \\k<w>')).toBeNull();
    expect(startLiterals('.pay')).toBeNull();
  });

  it('bounds every match: random phrase grammars, strings drawn from them (fixed seed)', () => {
    let bounded = 0;
    fc.assert(
      fc.property(
        grammar.chain((n) => fc.tuple(fc.constant(n.src), n.sample)),
        ([src, sample]) => {
          const starts = startLiterals(src);
          if (starts === null) return;
          bounded++;
          expect(
            starts.some((l) => sample.startsWith(l)),
            `${src} / ${JSON.stringify(sample)} / ${starts}`,
          ).toBe(true);
        },
      ),
      { seed: 20261204, numRuns: 3000 },
    );
    expect(bounded).toBeGreaterThan(500);
  });
});

describe('StartIndex masks', () => {
  it('mark at each word start exactly the families one of whose literals begins there (fixed seed)', () => {
    const chars = fc.constantFrom(...'abé ’.i-\n$x'.split(''));
    const lit = fc
      .array(chars, { minLength: 1, maxLength: 4 })
      .map((a) => a.join(''))
      .filter((l) => isWordUnit(l.charCodeAt(0)));
    fc.assert(
      fc.property(
        fc.array(fc.array(lit, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 }),
        fc.array(chars, { maxLength: 30 }),
        (families, t) => {
          const text = t.join('');
          const index = new StartIndex();
          for (const f of families) expect(index.register(f)).toBeGreaterThanOrEqual(0);
          const ws = new WordStarts(text);
          const masks = index.masks(ws);
          const starts: number[] = [];
          for (let p = 0; p < text.length; p++)
            if (isWordUnit(text.charCodeAt(p)) && (p === 0 || !isWordUnit(text.charCodeAt(p - 1))))
              starts.push(p);
          expect([...ws.pos.slice(0, ws.n)]).toEqual(starts);
          starts.forEach((p, i) =>
            families.forEach((f, slot) => {
              const marked = (masks[i * index.stride + (slot >> 5)]! & (1 << (slot & 31))) !== 0;
              expect(marked).toBe(f.some((l) => text.startsWith(l, p)));
            }),
          );
        },
      ),
      { seed: 20261204, numRuns: 1000 },
    );
  });

  it('does not take literals that begin with a non-word character', () => {
    expect(new StartIndex().register(['pay', '$'])).toBe(-1);
  });
});

/** What findPhrases finds with the plain global search: a copy of the regex that phrase() did not make. */
function plain(segs: TextSegment[], re: RegExp) {
  return findPhrases(segs, [new RegExp(re.source, re.flags)]);
}

describe('findPhrases through the start literals', () => {
  it('finds what the plain search finds: random families and texts (fixed seed)', () => {
    const noise = fc.constantFrom('the', 'a', '. ', '\n', 'x', 'é', ' ', ',', 'ab', "it's");
    let searched = 0;
    fc.assert(
      fc.property(
        fc.array(grammar, { minLength: 1, maxLength: 3 }).chain((parts) =>
          fc.tuple(
            fc.constant(parts.map((p) => p.src)),
            fc
              .array(fc.oneof(noise, ...parts.map((p) => p.sample)), { maxLength: 14 })
              .map((a) => a.join(' ')),
          ),
        ),
        ([srcs, text]) => {
          let re: RegExp;
          try {
            re = phrase(srcs.map((s) => `(?:${s})`).join('|'));
          } catch {
            return; // a grammar the regex engine rejects (e.g. a quantified lookahead)
          }
          const segs = [
            { where: 'body', text },
            { where: 'subject', text: `re: ${text.slice(0, 9)}` },
          ];
          const want = plain(segs, re);
          // the first call searches plainly; the start literals are derived at the second
          for (let i = 0; i < 3; i++) expect(findPhrases(segs, [re])).toEqual(want);
          if (want.length) searched++;
        },
      ),
      { seed: 20261204, numRuns: 1500 },
    );
    expect(searched).toBeGreaterThan(200);
  });

  it('the shipped families find the same hits through them', () => {
    const texts = [
      "Hi, I'm in a meeting and can't talk. Please update our bank details, it's urgent!",
      'Kindly process the wire transfer of $4,500 today. I am unavailable. Reply asap.\nThanks',
      'Our new banking details are attached; use the new account for the invoice payment.',
      'não posso falar agora, estou em reunião. é urgente, responda hoje',
    ];
    for (const family of [PAY_CHANGE, URGENCY, REQUEST, UNAVAILABLE])
      for (const text of texts) {
        const segs = [{ where: 'body', text: text.toLowerCase() }];
        const want = plain(segs, family[0]!);
        for (let i = 0; i < 3; i++) expect(findPhrases(segs, family)).toEqual(want);
      }
  });
});
