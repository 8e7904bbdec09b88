import { describe, expect, it } from 'vitest';
import {
  FeatureHasher,
  buildModel,
  calibrate,
  connectGroups,
  deserializeModel,
  explain,
  fitIsotonic,
  fitPlatt,
  groupKFold,
  hash32,
  hashFeature,
  margin,
  predict,
  ratesAtThreshold,
  rocAuc,
  serializeModel,
  summarize,
  topContributions,
  tprAtFpr,
  trainCalibrated,
  trainLogistic,
  type SparseVector,
} from '../../src/ml/index.js';
import { VigilError } from '../../src/core/index.js';

describe('hashing', () => {
  it('is stable (shipped models depend on these buckets)', () => {
    expect(hash32('')).toBe(hash32(''));
    expect(hash32('text: "verify your account"')).toBe(hash32('text: "verify your account"'));
    expect(hash32('a')).not.toBe(hash32('b'));
    // pinned values: a change here silently breaks every shipped model
    expect([hash32('a'), hash32('rule: email.link.text_href_mismatch')]).toEqual([444641715, 405271720]);
  });
  it('spreads names over buckets and signs', () => {
    const bits = 12;
    const seen = new Set<number>();
    let neg = 0;
    for (let i = 0; i < 2000; i++) {
      const h = hashFeature(`text: word${i}`, bits);
      expect(h.index).toBeGreaterThanOrEqual(0);
      expect(h.index).toBeLessThan(1 << bits);
      seen.add(h.index);
      if (h.sign < 0) neg++;
    }
    expect(seen.size).toBeGreaterThan(1500);
    expect(neg).toBeGreaterThan(800);
    expect(neg).toBeLessThan(1200);
    expect(hashFeature('x', bits, false).sign).toBe(1);
  });
  it('vectorizes into sorted indices, summing collisions, dropping zeros', () => {
    const h = new FeatureHasher({ bits: 10 });
    const v = h.vectorize(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 0],
        ['d', Number.NaN],
      ]),
    );
    expect(v.indices.length).toBeLessThanOrEqual(2);
    for (let k = 1; k < v.indices.length; k++) expect(v.indices[k]!).toBeGreaterThan(v.indices[k - 1]!);
    expect(() => new FeatureHasher({ bits: 40 })).toThrow(RangeError);
  });
});

/** Synthetic separable-ish data: feature "good" benign, "bad" malicious, plus noise words. */
function synth(
  n: number,
  seed = 7,
): { rows: SparseVector[]; labels: number[]; names: Map<string, number>[] } {
  const h = new FeatureHasher({ bits: 14 });
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows: SparseVector[] = [];
  const labels: number[] = [];
  const names: Map<string, number>[] = [];
  for (let i = 0; i < n; i++) {
    const y = i % 2;
    const m = new Map<string, number>();
    m.set(`noise${Math.floor(rnd() * 50)}`, 1);
    if (rnd() < 0.9) m.set(y ? 'text: "verify your account"' : 'text: "meeting notes"', 1);
    if (rnd() < 0.3) m.set(y ? 'meeting notes' : 'text: "verify your account"', 1);
    names.push(m);
    rows.push(h.vectorize(m));
    labels.push(y);
  }
  return { rows, labels, names };
}

describe('logistic regression', () => {
  it('learns a separable signal and is deterministic', () => {
    const { rows, labels } = synth(2000);
    const a = trainLogistic(rows, labels, { bits: 14, epochs: 5, seed: 3 });
    const b = trainLogistic(rows, labels, { bits: 14, epochs: 5, seed: 3 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toBe(b.bias);
    const scores = rows.map((r) => margin(r, a));
    expect(rocAuc(scores, labels)!).toBeGreaterThan(0.85);
  });
  // speed lives in bench/; here: the work is the requested passes, each one lowering the loss
  it('trains 20k sparse rows in exactly the requested passes, the loss falling each pass', () => {
    const h = new FeatureHasher({ bits: 18 });
    const rows: SparseVector[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const m = new Map<string, number>();
      for (let j = 0; j < 40; j++) m.set(`w${(i * 31 + j * 7919) % 50000}`, 1);
      rows.push(h.vectorize(m));
      labels.push(i % 3 === 0 ? 1 : 0);
    }
    const losses: number[] = [];
    const w = trainLogistic(rows, labels, {
      bits: 18,
      epochs: 3,
      onEpoch: (_epoch: number, loss: number) => losses.push(loss),
    });
    expect(losses).toHaveLength(3);
    expect(losses[1]!).toBeLessThan(losses[0]!);
    expect(losses[2]!).toBeLessThan(losses[1]!);
    expect(w.weights.length).toBe(2 ** 18);
  });
  it('rejects mismatched inputs', () => {
    expect(() => trainLogistic([], [1], { bits: 10 })).toThrow(RangeError);
    const { rows, labels } = synth(10);
    expect(() => trainLogistic(rows, labels, { bits: 14, rowWeights: [1, 1] })).toThrow(RangeError);
  });
  it('row weights: all 1 is the unweighted model bit for bit; a light corpus moves the model less', () => {
    const { rows, labels } = synth(2000);
    const plain = trainLogistic(rows, labels, { bits: 14, epochs: 3, seed: 3 });
    const ones = trainLogistic(rows, labels, { bits: 14, epochs: 3, seed: 3, rowWeights: rows.map(() => 1) });
    expect(Buffer.from(ones.weights.buffer).equals(Buffer.from(plain.weights.buffer))).toBe(true);
    // a second corpus that says the opposite of the first about one word
    const h = new FeatureHasher({ bits: 14 });
    const flip = Array.from({ length: 2000 }, (_, i) =>
      h.vectorize(new Map([[i % 2 ? 'text: "meeting notes"' : 'text: "verify your account"', 1]])),
    );
    const all = [...rows, ...flip];
    const ys = [...labels, ...flip.map((_, i) => i % 2)];
    const word = h.vectorize(new Map([['text: "verify your account"', 1]]));
    const full = trainLogistic(all, ys, { bits: 14, epochs: 3, seed: 3 });
    const light = trainLogistic(all, ys, {
      bits: 14,
      epochs: 3,
      seed: 3,
      rowWeights: all.map((_, i) => (i < rows.length ? 1 : 0.1)),
    });
    // the first corpus calls the word malicious; weighed at a tenth, the second cannot undo that
    expect(margin(word, light)).toBeGreaterThan(margin(word, full));
    expect(margin(word, light)).toBeGreaterThan(0);
  });
});

describe('calibration', () => {
  it('Platt maps margins to probabilities monotonically', () => {
    const m = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 4];
    const y = [0, 0, 0, 1, 0, 0, 1, 1, 1, 1];
    const c = fitPlatt(m, y);
    expect(c.a).toBeGreaterThan(0);
    const p = m.map((x) => calibrate(c, x));
    for (let i = 1; i < p.length; i++) expect(p[i]!).toBeGreaterThan(p[i - 1]!);
    expect(p[0]!).toBeLessThan(0.2);
    expect(p[9]!).toBeGreaterThan(0.8);
  });
  it('Platt stays finite on separable data', () => {
    const c = fitPlatt([-2, -1, 1, 2], [0, 0, 1, 1]);
    expect(Number.isFinite(c.a) && Number.isFinite(c.b)).toBe(true);
  });
  it('isotonic is monotone and matches block means', () => {
    const c = fitIsotonic([1, 2, 3, 4], [0, 1, 0, 1]);
    expect(c.y).toEqual([0, 0.5, 1]);
    expect(calibrate(c, -10)).toBe(0);
    expect(calibrate(c, 10)).toBe(1);
    expect(calibrate(c, 2.5)).toBeCloseTo(0.5);
  });
});

describe('metrics (same definitions as shared/peers/metrics.py)', () => {
  it('AUC: perfect, inverted, all tied, cross-class tie', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    expect(rocAuc([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
    expect(rocAuc([1, 2], [1, 1])).toBeNull();
  });
  it('AUC equals brute force on random tied data', () => {
    let s = 11;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const sc = Array.from({ length: 300 }, () => Math.floor(rnd() * 20));
    const lb = Array.from({ length: 300 }, () => (rnd() < 0.4 ? 1 : 0));
    let num = 0;
    let den = 0;
    for (let i = 0; i < 300; i++)
      for (let j = 0; j < 300; j++)
        if (lb[i] === 1 && lb[j] === 0) {
          den++;
          num += sc[i]! > sc[j]! ? 1 : sc[i] === sc[j] ? 0.5 : 0;
        }
    expect(rocAuc(sc, lb)!).toBeCloseTo(num / den, 12);
  });
  it('TPR at FPR never splits ties and allows exactly the bound', () => {
    // 100 benign: 1 FP allowed at 1 %
    const scores = [...Array(100).fill(0), 5, 9, 9, 9];
    const labels = [...Array(100).fill(0), 0, 1, 1, 1];
    scores[0] = 9; // a benign tied with the malicious at 9 → the 9-group costs 1 FP
    expect(tprAtFpr(scores, labels, 0.01)).toBe(1);
    expect(tprAtFpr(scores, labels, 0.001)).toBe(0);
    expect(tprAtFpr([1, 1], [0, 1], 0.5)).toBe(0);
  });
  it('rates and summary', () => {
    const r = ratesAtThreshold([0.9, 0.6, 0.2, 0.7], [1, 1, 0, 0], 0.5);
    expect(r).toMatchObject({ tp: 2, fp: 1, tn: 1, fn: 0, tpr: 1, fpr: 0.5, precision: 2 / 3 });
    const sum = summarize([0.9, 0.1], [1, 0], [true, false]);
    expect(sum).toEqual({
      n_malicious: 1,
      n_benign: 1,
      auc: 1,
      tpr_at_fpr: { '0.001': 1, '0.01': 1 },
      at_verdict: { tpr: 1, fpr: 0, precision: 1 },
    });
  });
});

describe('grouped folds', () => {
  it('keeps groups together, balances and is reproducible', () => {
    const groups = Array.from({ length: 1000 }, (_, i) => `g${i % 97}`);
    const f = groupKFold(groups, 5, 1);
    expect(groupKFold(groups, 5, 1)).toEqual(f);
    const foldOf = new Map<string, number>();
    groups.forEach((g, i) => {
      if (foldOf.has(g)) expect(foldOf.get(g)).toBe(f[i]);
      foldOf.set(g, f[i]!);
    });
    const counts = [0, 0, 0, 0, 0];
    for (const x of f) counts[x]!++;
    for (const c of counts) expect(c).toBeGreaterThan(150);
    expect(() => groupKFold(groups, 1)).toThrow(RangeError);
  });
  it('connects rows that share any key', () => {
    const g = connectGroups([['d:a.test'], ['s:x', 'd:b.test'], ['d:a.test', 's:x'], ['d:c.test']]);
    expect(g[0]).toBe(g[1]);
    expect(g[1]).toBe(g[2]);
    expect(g[3]).not.toBe(g[0]);
  });
});

describe('model round trip and explanation', () => {
  it('serialises compactly, loads back, predicts and explains in words', () => {
    const { rows, labels, names } = synth(2000);
    const groups = labels.map((_, i) => `g${i % 40}`);
    const res = trainCalibrated(rows, labels, groups, { bits: 14, epochs: 4, calibrationFolds: 4 });
    const model = buildModel(res.weights, {
      name: 'test',
      version: '1',
      signed: true,
      calibration: res.calibration,
    });
    const json = JSON.stringify(serializeModel(model));
    const back = deserializeModel(json);
    expect(back.bits).toBe(14);
    const p1 = predict(model, rows[1]!);
    const p2 = predict(back, rows[1]!);
    expect(Math.abs(p1 - p2)).toBeLessThan(1e-3);
    const contribs = explain(
      back,
      names.find((m) => m.has('text: "verify your account"'))!,
    );
    const top = topContributions(contribs, 3);
    expect(top[0]?.feature).toBe('text: "verify your account"');
    expect(top[0]!.weight).toBeGreaterThan(0);
  });
  it('rejects broken model files with E_MODEL', () => {
    for (const bad of [
      'not json',
      '{}',
      JSON.stringify({ format: 'vigil.linear/1', name: 'x', version: '1', bits: 99 }),
    ]) {
      try {
        deserializeModel(bad);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(VigilError);
        expect((err as VigilError).code).toBe('E_MODEL');
      }
    }
  });
});
