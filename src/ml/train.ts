/**
 * Train and calibrate in one step: out-of-fold margins from a grouped k-fold fit the calibration
 * (so it never sees margins of rows a model was trained on), then the final weights are trained on
 * every row.
 */
import { fitIsotonic, fitPlatt, type Calibration } from './calibrate.js';
import { groupKFold } from './folds.js';
import { trainLogisticHard, type HardNegativeOptions } from './hard-negatives.js';
import { margin, trainLogistic, type LinearWeights, type TrainOptions } from './logistic.js';
import type { SparseVector } from './sparse.js';

export interface TrainCalibratedOptions extends TrainOptions {
  /** Folds for the out-of-fold calibration margins (default 5). */
  calibrationFolds?: number;
  calibration?: 'platt' | 'isotonic';
  /** Called when a phase starts: `fold 1/5`, …, `final`. */
  onPhase?: (phase: string) => void;
  /** Hard-negative refits (./hard-negatives.ts) in every fold and in the final fit; default none. */
  hardNegatives?: HardNegativeOptions;
}

export interface TrainCalibratedResult {
  weights: LinearWeights;
  calibration: Calibration;
  /** Out-of-fold raw margins, one per row (what calibration was fitted on). */
  oofMargins: Float64Array;
  /** Fold of each row in the calibration split. */
  folds: number[];
}

export function trainCalibrated(
  rows: readonly SparseVector[],
  labels: ArrayLike<number>,
  groups: readonly string[],
  opts: TrainCalibratedOptions,
): TrainCalibratedResult {
  const k = opts.calibrationFolds ?? 5;
  const hard = opts.hardNegatives;
  if (hard && hard.rounds > 0 && opts.rowWeights)
    throw new RangeError('rowWeights and hardNegatives cannot be combined');
  const fit = (x: readonly SparseVector[], y: ArrayLike<number>, o: TrainOptions) =>
    hard && hard.rounds > 0 ? trainLogisticHard(x, y, o, hard) : trainLogistic(x, y, o);
  const folds = groupKFold(groups, k, opts.seed ?? 1);
  const oof = new Float64Array(rows.length);
  for (let f = 0; f < k; f++) {
    opts.onPhase?.(`fold ${f + 1}/${k}`);
    const trainIx: number[] = [];
    const testIx: number[] = [];
    folds.forEach((ff, i) => (ff === f ? testIx : trainIx).push(i));
    if (testIx.length === 0) continue;
    const rw = opts.rowWeights;
    const w = fit(
      trainIx.map((i) => rows[i]!),
      trainIx.map((i) => labels[i]!),
      { ...opts, onEpoch: undefined, ...(rw ? { rowWeights: trainIx.map((i) => rw[i]!) } : {}) },
    );
    for (const i of testIx) oof[i] = margin(rows[i]!, w);
  }
  const calibration = opts.calibration === 'isotonic' ? fitIsotonic(oof, labels) : fitPlatt(oof, labels);
  opts.onPhase?.('final');
  const weights = fit(rows, labels, opts);
  return { weights, calibration, oofMargins: oof, folds };
}
