/**
 * Hard-negative refits (src/ml/hard-negatives.ts): which negatives are picked, that zero rounds is
 * plain training, that the refits lower the score of negatives that look like positives, and that
 * trainCalibrated uses them in its folds and in the final fit.
 */
import { describe, expect, it } from 'vitest';
import {
  fromEntries,
  hardestNegatives,
  margin,
  trainCalibrated,
  trainLogistic,
  trainLogisticHard,
  type SparseVector,
} from '../../src/ml/index.js';

const vec = (...ix: number[]): SparseVector => fromEntries(new Map(ix.map((i) => [i, 1])));

// positives carry feature 1; most negatives feature 2; ten negatives carry 1 and 3 (they look
// positive through 1, and only 3 can tell them apart); twenty positives carry 1 alone
function data() {
  const rows: SparseVector[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 200; i++) {
    rows.push(vec(1, 10 + (i % 7)));
    labels.push(1);
  }
  for (let i = 0; i < 200; i++) {
    rows.push(vec(2, 10 + (i % 7)));
    labels.push(0);
  }
  for (let i = 0; i < 10; i++) {
    rows.push(vec(1, 3));
    labels.push(0);
  }
  return { rows, labels };
}
const OPTS = { bits: 8, epochs: 4, l1: 0, l2: 0.1, alpha: 0.1, seed: 1 };

describe('hardestNegatives', () => {
  it('picks the given share of negatives by margin, highest first, ties by row order; positives never', () => {
    const margins = [9, 1, 5, 5, 3, 8, 0, 2];
    const labels = [1, 0, 0, 0, 0, 1, 0, 0];
    // negatives: 1 (1), 2 (5), 3 (5), 4 (3), 6 (0), 7 (2): half of six is three
    expect(hardestNegatives(margins, labels, 0.5)).toEqual([2, 3, 4]);
    expect(hardestNegatives(margins, labels, 1)).toEqual([2, 3, 4, 7, 1, 6]);
    expect(hardestNegatives(margins, labels, 0.1)).toEqual([2]);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => hardestNegatives([1], [0], 0)).toThrow(RangeError);
    expect(() => hardestNegatives([1], [0], 1.5)).toThrow(RangeError);
  });
});

describe('trainLogisticHard', () => {
  it('with zero rounds is plain trainLogistic', () => {
    const { rows, labels } = data();
    const plain = trainLogistic(rows, labels, OPTS);
    const hard = trainLogisticHard(rows, labels, OPTS, { rounds: 0, share: 0.05, copies: 10 });
    expect(hard.bias).toBe(plain.bias);
    expect([...hard.weights]).toEqual([...plain.weights]);
  });

  it('lowers the margin of the negatives that look positive, and keeps the positives above the plain negatives', () => {
    const { rows, labels } = data();
    const plain = trainLogistic(rows, labels, OPTS);
    const hard = trainLogisticHard(rows, labels, OPTS, { rounds: 2, share: 0.05, copies: 10 });
    const lookalike = vec(1, 3);
    expect(margin(lookalike, hard)).toBeLessThan(margin(lookalike, plain) - 1);
    // feature 3 is what tells them apart: it is learnt toward benign
    expect(margin(vec(3), hard)).toBeLessThan(margin(vec(3), plain));
    for (const k of [10, 13, 16]) expect(margin(vec(1, k), hard)).toBeGreaterThan(margin(vec(2, k), hard));
  });

  it('is deterministic', () => {
    const { rows, labels } = data();
    const h = { rounds: 2, share: 0.05, copies: 10 };
    expect([...trainLogisticHard(rows, labels, OPTS, h).weights]).toEqual([
      ...trainLogisticHard(rows, labels, OPTS, h).weights,
    ]);
  });

  it('refuses rounds or copies that are not whole numbers', () => {
    const { rows, labels } = data();
    expect(() => trainLogisticHard(rows, labels, OPTS, { rounds: 1.5, share: 0.1, copies: 2 })).toThrow(
      RangeError,
    );
    expect(() => trainLogisticHard(rows, labels, OPTS, { rounds: 1, share: 0.1, copies: 0 })).toThrow(
      RangeError,
    );
  });
});

describe('trainCalibrated with hardNegatives', () => {
  it('trains the final weights and every fold with the refits', () => {
    const { rows, labels } = data();
    const groups = rows.map((_, i) => `g${i % 17}`);
    const h = { rounds: 1, share: 0.05, copies: 10 };
    const withHard = trainCalibrated(rows, labels, groups, {
      ...OPTS,
      calibrationFolds: 3,
      hardNegatives: h,
    });
    const plain = trainCalibrated(rows, labels, groups, { ...OPTS, calibrationFolds: 3 });
    expect([...withHard.weights.weights]).toEqual([...trainLogisticHard(rows, labels, OPTS, h).weights]);
    // out of fold, the look-alike negatives (rows 400..409) score lower than without the refits
    for (let i = 400; i < 410; i++) expect(withHard.oofMargins[i]!).toBeLessThan(plain.oofMargins[i]!);
    expect(withHard.folds).toEqual(plain.folds);
  });
});
