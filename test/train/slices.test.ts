/** The one slice report: per source / family / --slices label, at the verdict flags or at the global FPR thresholds. */
import { describe, expect, it } from 'vitest';
import { cvReport, sliceReport } from '../../src/train/index.js';

describe('sliceReport', () => {
  it('at the verdict flags: rates per slice, AUC only within a two-class slice, slices sorted', () => {
    const sl = sliceReport(['b', 'a', 'a'], [0.9, 0.8, 0.1], [0, 1, 0], { flags: [true, true, false] });
    expect(sl.map((s) => s.slice)).toEqual(['a', 'b']);
    // the eval JSON keeps exactly these keys, in this order
    expect(Object.keys(sl[0]!)).toEqual([
      'slice',
      'n',
      'positives',
      'negatives',
      'auc',
      'tpr',
      'fpr',
      'precision',
    ]);
    expect(sl[0]).toEqual({
      slice: 'a',
      n: 2,
      positives: 1,
      negatives: 1,
      auc: 1,
      tpr: 1,
      fpr: 0,
      precision: 1,
    });
    expect(sl[1]).toEqual({
      slice: 'b',
      n: 1,
      positives: 0,
      negatives: 1,
      auc: null,
      tpr: null,
      fpr: 1,
      precision: 0,
    });
  });

  it('vs_other: a one-class slice is measured against every row of the other class', () => {
    // family f1 scores above all benign rows, f2 below half of them
    const slices = ['f1', 'f1', 'f2', 'f2', 'benign', 'benign', 'benign', 'benign'];
    const scores = [0.9, 0.95, 0.3, 0.35, 0.1, 0.2, 0.4, 0.5];
    const labels = [1, 1, 1, 1, 0, 0, 0, 0];
    const sl = sliceReport(slices, scores, labels, { auc: 'vs_other' });
    expect(sl.map((s) => [s.slice, s.auc])).toEqual([
      ['benign', 0.75],
      ['f1', 1],
      ['f2', 0.5],
    ]);
    expect(sl[0]!.tpr).toBeNull(); // no flags given
    expect(sliceReport(slices, scores, labels)[1]!.auc).toBeNull();
  });

  it('with thresholds: the share of each slice at or above them (null threshold flags nothing)', () => {
    const sl = sliceReport(['m', 'm', 'b', 'b'], [0.9, 0.4, 0.5, 0.1], [1, 1, 0, 0], {
      thresholds: { '0.001': 0.8, '0.01': null },
    });
    expect(sl.find((s) => s.slice === 'm')).toMatchObject({ rate_at_fpr_0_001: 0.5, rate_at_fpr_0_01: 0 });
    expect(sl.find((s) => s.slice === 'b')).toMatchObject({ rate_at_fpr_0_001: 0, rate_at_fpr_0_01: 0 });
  });
});

describe('cvReport', () => {
  it('overall metrics, thresholds and per-slice rates at them', () => {
    const scores = [3, 2, 1.5, 1, 0, -1];
    const labels = [1, 1, 1, 0, 0, 0];
    const r = cvReport(scores, labels, ['fa', 'fa', 'fb', 'benign', 'benign', 'benign'], 3, 'by family');
    expect(r).toMatchObject({
      folds: 3,
      grouping: 'by family',
      n_malicious: 3,
      n_benign: 3,
      auc: 1,
      tpr_at_fpr: { '0.001': 1, '0.01': 1 },
    });
    expect(r.thresholds['0.001']).toBe(1.5);
    expect(r.slices.map((s) => [s.slice, s.auc, s.rate_at_fpr_0_001])).toEqual([
      ['benign', 1, 0],
      ['fa', 1, 1],
      ['fb', 1, 1],
    ]);
  });
  it('an unreachable FPR bound is a null threshold, and nothing is flagged at it', () => {
    // the top score is benign: no threshold keeps FPR at 0 with any TPR... but "flag nothing" always does
    const r = cvReport([1, 0.5, 0.2], [0, 1, 0], ['b', 'm', 'b'], 2, 'g');
    expect(r.thresholds['0.001']).toBeNull();
    expect(r.slices.find((s) => s.slice === 'm')!.rate_at_fpr_0_001).toBe(0);
  });
});
