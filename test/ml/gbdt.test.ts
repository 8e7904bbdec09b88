import { describe, expect, it } from 'vitest';
import { gbdtMargin, mulberry32, rocAuc, trainGbdt } from '../../src/ml/index.js';

/** Two inputs; the class is an interaction (x0 > 0.5 XOR x1 > 0.5) a linear model cannot separate. */
function xorData(n: number, seed: number) {
  const rnd = mulberry32(seed);
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  const y = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    x0[i] = rnd();
    x1[i] = rnd();
    y[i] = Number(x0[i]! > 0.5 !== x1[i]! > 0.5);
  }
  return { cols: [x0, x1], y };
}

const scoreAll = (m: ReturnType<typeof trainGbdt>, cols: Float64Array[], n: number) =>
  Array.from({ length: n }, (_, i) => gbdtMargin(m, [cols[0]![i]!, cols[1]![i]!]));

describe('trainGbdt', () => {
  it('learns an interaction (XOR) that no single split or linear margin separates, on unseen rows', () => {
    const tr = xorData(2000, 1);
    const te = xorData(1000, 2);
    const m = trainGbdt(['a', 'b'], tr.cols, tr.y, { trees: 40, depth: 3, bins: 32 });
    expect(rocAuc(scoreAll(m, te.cols, 1000), Array.from(te.y))).toBeGreaterThan(0.97);
    // one tree of depth 1 cannot: a stump on XOR is near chance
    const stump = trainGbdt(['a', 'b'], tr.cols, tr.y, { trees: 1, depth: 1, bins: 32 });
    expect(rocAuc(scoreAll(stump, te.cols, 1000), Array.from(te.y))).toBeLessThan(0.6);
  });

  it('is deterministic for a seed and learns only the rows it is given', () => {
    const tr = xorData(600, 3);
    const a = trainGbdt(['a', 'b'], tr.cols, tr.y, { trees: 5, depth: 2, seed: 7 });
    const b = trainGbdt(['a', 'b'], tr.cols, tr.y, { trees: 5, depth: 2, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // rows outside `rows` never move the base rate: only the first 100 rows (all class 1 here)
    const y = new Int8Array(600).fill(0);
    y.fill(1, 0, 100);
    const sub = trainGbdt(
      ['a', 'b'],
      tr.cols,
      y,
      { trees: 1 },
      Uint32Array.from({ length: 100 }, (_, i) => i),
    );
    expect(sub.base).toBeGreaterThan(5);
  });

  it('sends non-finite values left of every split, as scoring does', () => {
    const x = new Float64Array([NaN, 0, 0, 1, 1, 1, Infinity, -Infinity]);
    const y = new Int8Array([0, 0, 0, 1, 1, 1, 0, 0]);
    const m = trainGbdt(['x'], [x], y, { trees: 20, depth: 1, minChildWeight: 0.1, subsample: 1, bins: 4 });
    expect(gbdtMargin(m, [NaN])).toBeLessThan(0);
    expect(gbdtMargin(m, [1])).toBeGreaterThan(0);
    expect(gbdtMargin(m, [0])).toBeLessThan(0);
  });

  it('rejects a bin count outside 2..255 and columns that do not match the names', () => {
    const x = new Float64Array([0, 1]);
    const y = new Int8Array([0, 1]);
    expect(() => trainGbdt(['x'], [x], y, { bins: 256 })).toThrow(RangeError);
    expect(() => trainGbdt(['x', 'y'], [x], y)).toThrow(RangeError);
  });
});

describe('trainGbdt weights', () => {
  it('a weight counts a row as that many copies of it', () => {
    const x = new Float64Array([0, 0, 1, 1]);
    const y = new Int8Array([0, 1, 0, 1]);
    const heavy = trainGbdt(['x'], [x], y, { trees: 1 }, undefined, [1, 3, 1, 3]);
    const copies = trainGbdt(
      ['x'],
      [new Float64Array([0, 0, 0, 0, 1, 1, 1, 1])],
      new Int8Array([0, 1, 1, 1, 0, 1, 1, 1]),
      { trees: 1 },
    );
    expect(heavy.base).toBeCloseTo(Math.log(3), 9);
    expect(heavy.base).toBeCloseTo(copies.base, 9);
  });
});
