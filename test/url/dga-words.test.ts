import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import {
  buildModel,
  deserializeModel,
  hash32,
  hashFeature,
  mulberry32,
  serializeModel,
} from '../../src/ml/index.js';
import { dgaProbability, scoreDga } from '../../src/url/analyzer.js';
import { buildDgaTables, dgaFeatures, emitDgaFeatures } from '../../src/url/dga.js';
import { buildWordTiers, emitDgaV2Features, segmentWords } from '../../src/url/dga-words.js';
import { analyzeDomain } from '../../src/url/index.js';
import { trainDomainModel } from '../../src/train/index.js';

// tiers as in SCOWL: 0 = most common … 7 = rare (hand-written, not the shipped list)
const TIERS = [
  ['town', 'search', 'winter', 'face', 'book', 'you', 'the', 'of', 'net', 'shop'],
  ['attach', 'proud', 'tube', 'stack', 'could', 'week'],
  ['involved', 'vulnerability', 'plaintiff', 'overflow', 'garden'],
  [],
  ['quill'],
  [],
  [],
  ['zymurgy'],
];
const tiers = buildWordTiers(TIERS);
const words = (label: string) => {
  const s = segmentWords(label, tiers);
  return s.starts.map((a, i) => (s.tiers[i]! >= 0 ? label.slice(a, s.ends[i]) : null)).filter(Boolean);
};
const names = (label: string) => {
  const out: string[] = [];
  emitDgaV2Features(label, tiers, { add: (n) => out.push(n), gram: () => {} });
  return out;
};

describe('word segmentation (dga/2)', () => {
  it('splits glued dictionary words, fewest uncovered letters first', () => {
    expect(words('winterproud')).toEqual(['winter', 'proud']);
    expect(words('townattachsearchinvolved')).toEqual(['town', 'attach', 'search', 'involved']);
    expect(words('stackoverflow')).toEqual(['stack', 'overflow']);
    expect(segmentWords('qetyveq', tiers)).toMatchObject({ uncovered: 7, words: 0 });
    // a hyphen is left uncovered, the words on both sides still count (nymaim2)
    expect(words('vulnerability-could')).toEqual(['vulnerability', 'could']);
  });
  it('prefers fewer words, then more common ones', () => {
    // "facebook" = face+book (2 words), never f+ace+book; two-letter words only from tier 0
    expect(words('facebook')).toEqual(['face', 'book']);
    expect(segmentWords('quillzymurgy', tiers)).toMatchObject({ uncovered: 0, words: 2 });
  });
  it('names word structure in words: count, rarest tier, levels, the words', () => {
    const f = names('townattachsearchinvolved');
    expect(f).toContain('words cover all, 4 words');
    expect(f).toContain('words cover all, 4 words, rarest tier 35');
    expect(f).toContain('word levels common+common+common+mid');
    expect(f).toContain('4 words, shortest 4 letters');
    expect(f).toContain('word "attach"');
    const rare = names('quillzymurgy');
    expect(rare).toContain('words cover all, 2 words, rarest tier 70');
    expect(rare).toContain('word levels mid+rare');
  });
  it('a random label has no words but shape features (rare letters, consonant patterns)', () => {
    const f = names('xkqzvjwtpm');
    expect(f).toContain('words cover part, 0 words');
    expect(f.filter((n) => n.startsWith('word "'))).toEqual([]);
    expect(f).toContain('shape "^CCC"');
    expect(f.some((n) => /^rare letters 0\.5/.test(n))).toBe(true);
    // consonant/vowel/digit pattern 3..5-grams with boundary marks
    expect(names('ab1-c').filter((n) => n.startsWith('shape'))).toEqual([
      'shape "^VC"',
      'shape "VCD"',
      'shape "CD-"',
      'shape "D-C"',
      'shape "-C$"',
      'shape "^VCD"',
      'shape "VCD-"',
      'shape "CD-C"',
      'shape "D-C$"',
      'shape "^VCD-"',
      'shape "VCD-C"',
      'shape "CD-C$"',
    ]);
    expect(names('55be98592d81905d')).toContain('hex label');
    // a word made of hex letters is not a hex label
    expect(names('facade')).not.toContain('hex label');
  });
  it('never throws, stays deterministic on arbitrary labels (fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const l = s.toLowerCase().slice(0, 63);
        expect(names(l)).toEqual(names(l));
      }),
      { seed: 4242, numRuns: 1000 },
    );
  });
});

describe('dga/1 models keep dga/1 features', () => {
  it('no word tiers in the model: exactly the old feature names', () => {
    const v1 = dgaFeatures('townattachsearchinvolved', buildDgaTables(['town', 'attach']));
    expect(v1.names.some((n) => n.startsWith('words cover') || n.startsWith('shape'))).toBe(false);
    const v2 = dgaFeatures('townattachsearchinvolved', buildDgaTables(['town', 'attach'], TIERS));
    expect(v2.names.slice(0, v1.names.length)).toEqual(v1.names);
    expect(v2.names).toContain('words cover all, 4 words');
  });
});

function tinyDomainModel(weights: Record<string, number>, meta: Record<string, unknown>): string {
  const bits = 12;
  const w = new Float32Array(2 ** bits);
  for (const [f, v] of Object.entries(weights)) {
    const { index, sign } = hashFeature(f, bits, true);
    w[index] = v * sign;
  }
  const model = buildModel(
    { bits, bias: -3, weights: w },
    { name: 'domain', version: 'test.2', signed: true, calibration: { kind: 'platt', a: 1, b: 0 }, meta },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-dga2-')), 'domain.json');
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

describe('a dga/2 model in the analyzer', () => {
  const path = tinyDomainModel(
    { 'words cover all, 4 words': 8 },
    { alert_threshold: 0.9, words: ['town'], word_tiers: TIERS, features: 'dga/2: test' },
  );
  const config = resolveConfig({ models: { domain: path, url: null } });
  it('fires domain.dga on glued words and explains it in words', () => {
    const v = analyzeDomain('townattachsearchinvolved.example', { config });
    expect(v.signals.map((s) => s.id)).toContain('domain.dga');
    expect(v.model!.top_features[0]!.feature).toBe('words cover all, 4 words');
  });
  it('stays silent on a two-word name', () => {
    expect(analyzeDomain('stackoverflow.example', { config }).signals.map((s) => s.id)).not.toContain(
      'domain.dga',
    );
  });
  it('the hot path (hashing in place) scores exactly like the named features', () => {
    const model = deserializeModel(readFileSync(path, 'utf8'));
    for (const label of [
      'townattachsearchinvolved',
      'winterproud',
      'xkqzvjwtpm',
      '55be98592d81905d',
      'a',
      'x'.repeat(80),
    ]) {
      expect(dgaProbability(model, label)).toBeCloseTo(scoreDga(model, label).p, 12);
    }
  });
});

describe('memoised feature hashes', () => {
  it('every hash handed to a sink is hash32 of the name it comes with', () => {
    const t = buildDgaTables(['secure', 'login', 'account', 'town', 'search'], TIERS);
    let checked = 0;
    const sink = {
      add: (name: string, _v: number, h?: number) => {
        if (h !== undefined) {
          expect([name, h]).toEqual([name, hash32(name)]);
          checked++;
        }
      },
      gram: () => {},
    };
    for (const label of [
      'townattachsearchinvolved',
      'winterproud',
      'week-plaintiff',
      'xn--pypal-4ve',
      'q8v3kx9w2zt7',
      '55be98592d81905d',
      'a-b-c-d-e-f',
    ])
      emitDgaFeatures(label, t, sink);
    // the word features ('word "town"' …) are among them
    expect(checked).toBeGreaterThan(100);
  });
});

describe('training a dga/2 model', () => {
  it('ships the word tiers and returns out-of-fold margins for comparisons', () => {
    const rnd = mulberry32(3);
    const pick = (l: readonly string[]) => l[Math.floor(rnd() * l.length)]!;
    const common = TIERS[0]!.filter((w) => w.length >= 3);
    const rows = [
      ...Array.from({ length: 90 }, (_, i) => ({
        domain: `${pick(common)}${pick(TIERS[1]!)}${pick(TIERS[2]!)}${pick(common)}.example`,
        malicious: true,
        family: `fam${i % 3}`,
      })),
      ...Array.from({ length: 90 }, (_, i) => ({
        domain: `${pick(common)}${i}.example`,
        malicious: false,
        family: '',
      })),
    ];
    const r = trainDomainModel(
      rows,
      common,
      { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3, wordTiers: TIERS },
      't.2',
    );
    expect(String(r.model.meta.features)).toMatch(/^dga\/2/);
    expect(r.model.meta.word_tiers).toEqual(TIERS);
    expect(r.oof).toHaveLength(rows.length);
    expect(r.cv.auc).toBeGreaterThan(0.9);
    const v1 = trainDomainModel(
      rows,
      common,
      { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 },
      't.1',
    );
    expect(String(v1.model.meta.features)).toMatch(/^dga\/1/);
    expect(v1.model.meta.word_tiers).toBeUndefined();
  });
});

describe('the shipped domain model (dga/2)', () => {
  const path = new URL('../../models/domain.json', import.meta.url);
  const text = readFileSync(path, 'utf8');
  const config = resolveConfig({});
  const dga = (d: string) => analyzeDomain(d, { config }).signals.some((s) => s.id === 'domain.dga');
  it('is a dga/2 model with its word tiers, under 5 MB', () => {
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const model = deserializeModel(text);
    expect(String(model.meta.features)).toMatch(/^dga\/2/);
    expect((model.meta.word_tiers as string[][]).length).toBe(8);
  });
  it.each(['xjwqkzvbtrplmhd.example', 'q8v3kx9w2zt7.example', '4e9a7c1f0b2d8e6a5c3f.example'])(
    'fires on the random-looking %s',
    (d) => {
      expect(dga(d)).toBe(true);
    },
  );
  it.each(['stackoverflow.example', 'gardenshop.example', 'wikipedia.org', 'theguardian.example', '163.com'])(
    'stays silent on the real-looking %s',
    (d) => {
      expect(dga(d)).toBe(false);
    },
  );
});
