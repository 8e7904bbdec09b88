/**
 * The domain-use lexicon and the dga/3 word-combination features (src/url/dga-lexicon.ts,
 * src/url/dga-words.ts): words that registered names use often get a high level, common English
 * words that names rarely use a low one, and a fully covered multi-word label of low-use words
 * gets larger word-use feature values than one of high-use words. Hand-written words and names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, mulberry32, serializeModel, deserializeModel } from '../../src/ml/index.js';
import { dgaProbability } from '../../src/url/analyzer.js';
import { buildDgaTables, dgaFeatures } from '../../src/url/dga.js';
import { buildWordUse, useLevel } from '../../src/url/dga-lexicon.js';
import { packDgaTables, packDomainModelFile, unpackDgaTables } from '../../src/url/dga-pack.js';
import { buildWordTiers, emitDgaV2Features } from '../../src/url/dga-words.js';
import { trainDomainModel } from '../../src/train/index.js';

const TIERS = [
  ['town', 'search', 'winter', 'shop', 'news', 'club', 'photo', 'life', 'the'],
  ['attach', 'proud', 'hunting', 'stand'],
  ['involved', 'plaintiff', 'garden'],
  [],
  [],
  [],
  [],
  [],
];
// an external name list: names use shop/news/club/photo/life/garden a lot, winter once
const NAMES = [
  ...Array.from({ length: 40 }, (_, i) => `shop${['news', 'club', 'photo', 'life', 'garden'][i % 5]}${i}`),
  'shopnews',
  'clubphoto',
  'gardenlife',
  'newsclub',
  'photoshop',
  'lifeclub',
  'winterclub',
  'huntingclub',
  'x7qzv', // not covered: not counted
  'shopqq', // partly covered: not counted
];

describe('domain-use lexicon', () => {
  it('levels grow with the number of distinct labels a word is seen in', () => {
    expect(useLevel(0)).toBe(0);
    expect(useLevel(1)).toBe(1);
    expect(useLevel(10)).toBeGreaterThan(useLevel(3));
    expect(useLevel(1e9)).toBe(15);
  });
  it('counts only fully covered labels, each word once per label', () => {
    const tiers = buildWordTiers(TIERS);
    const lex = buildWordUse([...NAMES, 'shopnews', 'SHOPNEWS'], tiers);
    const level = (w: string) => lex.levels.findIndex((l) => l.includes(w)) + 1;
    expect(lex.labels).toBe(NAMES.length);
    expect(lex.counted).toBe(NAMES.length - 2 - 40); // digits make the 40 numbered names uncovered
    expect(level('shop')).toBeGreaterThan(0);
    expect(level('club')).toBeGreaterThan(level('winter'));
    expect(level('winter')).toBe(useLevel(1));
    expect(level('attach')).toBe(0);
    expect(level('proud')).toBe(0);
  });
});

describe('dga/3 word-use features', () => {
  const tiers = buildWordTiers(TIERS);
  const lex = buildWordUse(NAMES, tiers);
  const tiersUse = buildWordTiers(TIERS, lex.levels);
  const feats = (label: string, t = tiersUse) => {
    const out = new Map<string, number>();
    emitDgaV2Features(label, t, { add: (n, v) => out.set(n, v), gram: () => {} });
    return out;
  };
  it('a glued pair of words names rarely use weighs more than a pair they use', () => {
    const dga = feats('winterproud');
    const name = feats('huntingclub');
    for (const k of [
      'word use: words x mean gap',
      'word use: rarest in names',
      'word use: mean rarity in names',
    ])
      expect(dga.get(k)!).toBeGreaterThan(name.get(k)!);
    // more glued words, larger word-count cross (matsnu's 4-5 words vs suppobox's 2)
    expect(feats('townattachsearchinvolved').get('word use: words x rarest in names')!).toBeGreaterThan(
      dga.get('word use: words x rarest in names')!,
    );
    expect([...dga.keys()]).toContain('2 words, mean use in names 0/4');
  });
  it('fires only on labels fully covered by two or more words, and only with a lexicon', () => {
    const has = (m: Map<string, number>) => [...m.keys()].some((k) => k.startsWith('word use:'));
    expect(has(feats('winterproud'))).toBe(true);
    expect(has(feats('winter'))).toBe(false);
    expect(has(feats('winterxq'))).toBe(false);
    expect(has(feats('winterproud', tiers))).toBe(false);
  });
  it('stays finite and deterministic on arbitrary labels (fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const l = s.toLowerCase().slice(0, 63);
        const a = feats(l);
        for (const v of a.values()) expect(Number.isFinite(v)).toBe(true);
        expect([...feats(l)]).toEqual([...a]);
      }),
      { seed: 1717, numRuns: 500 },
    );
  });
});

describe('a dga/3 model', () => {
  const lex = buildWordUse(NAMES, buildWordTiers(TIERS));
  const rnd = mulberry32(5);
  const pick = (l: readonly string[]) => l[Math.floor(rnd() * l.length)]!;
  const common = TIERS[0]!;
  const rows = [
    ...Array.from({ length: 90 }, (_, i) => ({
      domain: `${pick(TIERS[1]!)}${pick(TIERS[2]!)}${pick(TIERS[1]!)}.example`,
      malicious: true,
      family: `fam${i % 3}`,
    })),
    ...Array.from({ length: 90 }, (_, i) => ({
      domain: `${pick(common)}${pick(['shop', 'news', 'club'])}${i % 2 ? '' : i}.example`,
      malicious: false,
      family: '',
    })),
  ];
  const opts = { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3, wordTiers: TIERS };
  it('ships the word-use levels, names its features dga/3, and packs them', () => {
    const r = trainDomainModel(rows, common, { ...opts, wordUse: lex.levels }, 't.3');
    expect(String(r.model.meta.features)).toMatch(/^dga\/3/);
    expect(r.model.meta.word_use).toEqual(lex.levels);
    const text = JSON.stringify(serializeModel(r.model));
    const m = deserializeModel(text);
    const built = buildDgaTables(common, TIERS, m.meta.word_use as string[][]);
    expect(built.tiers!.use).toBe(true);
    expect(dgaFeatures('attachplaintiffproud', built).names).toContain('word use: words x mean gap');
    const sections = packDgaTables(built);
    const packed = unpackDgaTables(
      new Map(
        [...sections].map(([k, v]) => [k, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] as const),
      ),
    )!;
    expect(packed.tiers!.use).toBe(true);
    for (const l of ['attachplaintiffproud', 'townshop', 'winterproud', 'x7qzv'])
      expect(dgaProbability(m, l, packed)).toBe(dgaProbability(m, l, built));
    // the pack of the whole file checks itself (throws if the levels were lost)
    expect(() => packDomainModelFile(new TextEncoder().encode(text))).not.toThrow();
    // without the lexicon: a dga/2 model, no word_use
    const v2 = trainDomainModel(rows, common, opts, 't.2');
    expect(String(v2.model.meta.features)).toMatch(/^dga\/2/);
    expect(v2.model.meta.word_use).toBeUndefined();
  });
  it('a model file without word_use builds tables without levels (dga/2 features only)', () => {
    const model = buildModel(
      { bits: 10, bias: 0, weights: new Float32Array(1024) },
      {
        name: 'domain',
        version: 't',
        signed: true,
        calibration: { kind: 'identity' },
        meta: { words: common, word_tiers: TIERS },
      },
    );
    const t = buildDgaTables(model.meta.words as string[], model.meta.word_tiers as string[][]);
    expect(t.tiers!.use).toBeUndefined();
  });
});
