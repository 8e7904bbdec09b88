import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, mulberry32 } from '../../src/ml/index.js';
import { ExplainSink, MarginSink } from '../../src/url/models.js';
import { NameSink, emitDgaFeatures, buildDgaTables } from '../../src/url/dga.js';
import { fastMargin } from '../../src/url/models.js';

// every bucket weighted, so a gram hashed to the wrong bucket or added out of order changes the sum
const bits = 14;
const rnd = mulberry32(11);
const model = buildModel(
  { bits, bias: 0.375, weights: Float32Array.from({ length: 2 ** bits }, () => rnd() * 8 - 4) },
  { name: 'domain', version: 't.1', signed: true, calibration: { kind: 'platt', a: 1, b: 0 }, meta: {} },
);

/** One `gram` call per n-gram, in the order emitDgaFeatures used before grams234. */
function perGram(text: string, value: number): number {
  const s = new MarginSink(model);
  for (let k = 2; k <= 4; k++) for (let i = 0; i + k <= text.length; i++) s.gram(text, i, k, value);
  return s.margin;
}

describe('MarginSink.grams234 (the three n-grams of a position hashed in one pass)', () => {
  it('equals one gram call per n-gram, to the last bit (fixed-seed property)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.double({ min: 0.01, max: 2, noNaN: true }), (text, v) => {
        const s = new MarginSink(model);
        s.grams234(text, v);
        expect(Object.is(s.margin, perGram(text, v))).toBe(true);
        compared++;
      }),
      { seed: 1303, numRuns: 400 },
    );
    expect(compared).toBe(400);
  });
  it('a text longer than the scratch buffer grows it and still sums every gram', () => {
    const text = `^${'qx7-zk9w'.repeat(90)}$`;
    const s = new MarginSink(model);
    s.grams234(text, 0.1);
    expect(s.margin).toBe(perGram(text, 0.1));
  });
  it('a DGA label: the margin sink, the explaining sink and the named features agree', () => {
    const tables = buildDgaTables(['secure', 'login', 'bank', 'mail', 'cloud']);
    for (const label of ['securelogin-bank', 'xjw9q2kz0pf', 'a', 'mail', 'kq'.repeat(40)]) {
      const m = new MarginSink(model);
      emitDgaFeatures(label, tables, m);
      const e = new ExplainSink(model);
      emitDgaFeatures(label, tables, e);
      const named = new NameSink();
      emitDgaFeatures(label, tables, named);
      expect(m.margin).toBe(fastMargin(model, named.names, named.values));
      expect(e.margin).toBe(m.margin);
    }
  });
});

describe('ExplainSink.grams234', () => {
  it('the same margin and top features as one gram call per n-gram (fixed-seed property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,40}$/), (label) => {
        const text = `^${label}$`;
        const a = new ExplainSink(model);
        a.grams234(text, 0.2);
        const b = new ExplainSink(model);
        for (let k = 2; k <= 4; k++) for (let i = 0; i + k <= text.length; i++) b.gram(text, i, k, 0.2);
        expect(Object.is(a.margin, b.margin)).toBe(true);
        expect(a.top(8)).toEqual(b.top(8));
      }),
      { seed: 77, numRuns: 300 },
    );
  });
});

describe('ExplainSink.top (only the features that can rank are kept)', () => {
  /** The definition: every feature's contribution recorded, the first 2n positive ones by (desc, index), merged by name. */
  function reference(label: string, tables: ReturnType<typeof buildDgaTables>, n: number) {
    const named = new NameSink();
    emitDgaFeatures(label, tables, named);
    const rec: { c: number; name: string; i: number }[] = [];
    const s = new MarginSink(model);
    named.names.forEach((name, i) => {
      const before = s.margin;
      s.add(name, named.values[i]!);
      rec.push({ c: s.margin - before, name, i });
    });
    const order = rec
      .filter((r) => r.c > 1e-6)
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .slice(0, n * 2);
    const sums = new Map<string, number>();
    for (const r of order) sums.set(r.name, (sums.get(r.name) ?? 0) + r.c);
    return [...sums]
      .map(([feature, w]) => ({ feature, weight: Math.round(w * 10_000) / 10_000 }))
      .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
      .slice(0, n);
  }
  it('names the same top features as ranking every recorded feature (fixed-seed labels)', () => {
    const tables = buildDgaTables(['secure', 'login', 'bank', 'mail', 'cloud']);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,40}$/), fc.integer({ min: 1, max: 8 }), (label, n) => {
        const e = new ExplainSink(model, 8);
        emitDgaFeatures(label, tables, e);
        expect(e.top(n)).toEqual(reference(label, tables, n));
      }),
      { seed: 2026, numRuns: 300 },
    );
  });
  it('refuses a top larger than it kept', () => {
    const e = new ExplainSink(model, 4);
    expect(() => e.top(5)).toThrow(RangeError);
  });
});
