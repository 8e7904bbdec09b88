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
