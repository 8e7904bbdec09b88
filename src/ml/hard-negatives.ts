/**
 * Hard-negative rounds for the low false-positive end (issue 17): after a first fit, the negatives
 * the model scores highest are learnt again, `copies` more times each, and the model is refitted
 * from scratch; `rounds` times, the extra copies adding up. The learner and the features are the
 * ones of ./logistic.ts: only how often a row is seen changes, so a model trained this way is
 * scored exactly like any other.
 * Same rows, same options: same weights (the selection is deterministic, ties by row order).
 */
import { margin, trainLogistic, type LinearWeights, type TrainOptions } from './logistic.js';
import type { SparseVector } from './sparse.js';

export interface HardNegativeOptions {
  /** Refits after the first one (0: plain training). */
  rounds: number;
  /** Share of the negative rows picked in each round: the highest-scoring ones (0 < share ≤ 1). */
  share: number;
  /** Extra times each picked row is learnt in the next fits. */
  copies: number;
}

/**
 * Indices of the `share` of negative rows (label 0) with the highest margins, highest first; ties
 * by lower index. `Math.round(share × negatives)` rows.
 */
export function hardestNegatives(
  margins: ArrayLike<number>,
  labels: ArrayLike<number>,
  share: number,
): number[] {
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  const neg: number[] = [];
  for (let i = 0; i < labels.length; i++) if (labels[i] === 0) neg.push(i);
  neg.sort((a, b) => margins[b]! - margins[a]! || a - b);
  return neg.slice(0, Math.round(neg.length * share));
}

/** trainLogistic, then `hard.rounds` refits with the hardest negatives learnt more often. */
export function trainLogisticHard(
  rows: readonly SparseVector[],
  labels: ArrayLike<number>,
  opts: TrainOptions,
  hard: HardNegativeOptions,
): LinearWeights {
  if (!Number.isInteger(hard.rounds) || hard.rounds < 0)
    throw new RangeError(`rounds must be a non-negative integer, got ${hard.rounds}`);
  if (!Number.isInteger(hard.copies) || hard.copies < 1)
    throw new RangeError(`copies must be a positive integer, got ${hard.copies}`);
  let w = trainLogistic(rows, labels, opts);
  if (hard.rounds === 0) return w;
  const copies = new Int32Array(rows.length).fill(1);
  const m = new Float64Array(rows.length);
  for (let r = 0; r < hard.rounds; r++) {
    for (let i = 0; i < rows.length; i++) m[i] = labels[i] === 0 ? margin(rows[i]!, w) : 0;
    for (const i of hardestNegatives(m, labels, hard.share)) copies[i]! += hard.copies;
    const xs: SparseVector[] = [];
    const ys: number[] = [];
    for (let i = 0; i < rows.length; i++)
      for (let c = 0; c < copies[i]!; c++) {
        xs.push(rows[i]!);
        ys.push(labels[i]!);
      }
    w = trainLogistic(xs, ys, opts);
  }
  return w;
}
