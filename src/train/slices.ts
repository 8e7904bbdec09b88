/**
 * The one slice report of training and evaluation: metrics per slice (a source folder, a DGA
 * family, a `--slices` label), used by `vigil eval`, the email cross-validation and the model cards.
 */
import { operatingPoint, ratesOf, rocAuc, round6 } from '../ml/index.js';

/** Operating thresholds where the benign false-positive rate is 0.1 % and 1 % (null: not reachable). */
export interface FprThresholds {
  '0.001': number | null;
  '0.01': number | null;
}

export interface SliceReport {
  slice: string;
  n: number;
  positives: number;
  negatives: number;
  /**
   * ROC AUC. `within` (default): of the slice alone, null unless it holds both classes.
   * `vs_other`: a one-class slice against every row of the other class (how well a family or a
   * source is told apart from the rest); a two-class slice is still measured on its own.
   */
  auc: number | null;
  /** At the verdict flags (suspicious or worse), when flags were given; else null. */
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  /** With thresholds: share of the slice scoring at or above the global FPR 0.1 % / 1 % thresholds (TPR for malicious slices, FPR for benign ones). */
  rate_at_fpr_0_001?: number | null;
  rate_at_fpr_0_01?: number | null;
}

export interface SliceOptions {
  /** Verdict flags, one per row: fills tpr, fpr, precision. */
  flags?: ArrayLike<boolean>;
  /** Global thresholds: fills rate_at_fpr_0_001 / rate_at_fpr_0_01. */
  thresholds?: FprThresholds;
  auc?: 'within' | 'vs_other';
}

/** Per-slice report, slices sorted by name (byte order). */
export function sliceReport(
  slices: readonly string[],
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  opts: SliceOptions = {},
): SliceReport[] {
  const by = new Map<string, number[]>();
  const byLabel: [number[], number[]] = [[], []];
  slices.forEach((s, i) => {
    const list = by.get(s);
    if (list) list.push(i);
    else by.set(s, [i]);
    byLabel[labels[i] === 1 ? 1 : 0].push(i);
  });
  const flags = opts.flags;
  return [...by.keys()].sort().map((slice) => {
    const ix = by.get(slice)!;
    const lb = ix.map((i) => labels[i]!);
    const r = ratesOf(flags ? ix.map((i) => flags[i]!) : ix.map(() => false), lb);
    let aucIx = ix;
    if (opts.auc === 'vs_other' && (r.positives === 0 || r.negatives === 0))
      aucIx = [...ix, ...byLabel[r.positives ? 0 : 1]];
    const row: SliceReport = {
      slice,
      n: r.n,
      positives: r.positives,
      negatives: r.negatives,
      auc: round6(
        rocAuc(
          aucIx.map((i) => scores[i]!),
          aucIx.map((i) => labels[i]!),
        ),
      ),
      tpr: flags ? round6(r.tpr) : null,
      fpr: flags ? round6(r.fpr) : null,
      precision: flags ? round6(r.precision) : null,
    };
    if (opts.thresholds) {
      const rate = (t: number | null) =>
        round6(t === null ? 0 : ix.filter((i) => scores[i]! >= t).length / ix.length);
      row.rate_at_fpr_0_001 = rate(opts.thresholds['0.001']);
      row.rate_at_fpr_0_01 = rate(opts.thresholds['0.01']);
    }
    return row;
  });
}

/** Out-of-fold metrics of a trained model: overall, and per slice against the other class. */
export interface CvReport {
  folds: number;
  grouping: string;
  n_malicious: number;
  n_benign: number;
  auc: number | null;
  tpr_at_fpr: { '0.001': number | null; '0.01': number | null };
  thresholds: FprThresholds;
  slices: SliceReport[];
}

/** Out-of-fold scores → overall metrics plus the per-slice (family / source) report at the global FPR thresholds. */
export function cvReport(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  slices: readonly string[],
  folds: number,
  grouping: string,
): CvReport {
  const op1 = operatingPoint(scores, labels, 0.001);
  const op2 = operatingPoint(scores, labels, 0.01);
  // the raw thresholds (unrounded) decide the slice rates, as the overall TPR was computed with them
  // (an unreachable bound leaves the threshold at +Infinity: nothing flagged, reported as null)
  const fin = (t: number | undefined) => (t !== undefined && Number.isFinite(t) ? t : null);
  const raw: FprThresholds = { '0.001': fin(op1?.threshold), '0.01': fin(op2?.threshold) };
  let nMal = 0;
  for (let i = 0; i < labels.length; i++) nMal += labels[i] === 1 ? 1 : 0;
  return {
    folds,
    grouping,
    n_malicious: nMal,
    n_benign: labels.length - nMal,
    auc: round6(rocAuc(scores, labels)),
    tpr_at_fpr: { '0.001': round6(op1?.tpr ?? null), '0.01': round6(op2?.tpr ?? null) },
    thresholds: { '0.001': round6(raw['0.001']), '0.01': round6(raw['0.01']) },
    slices: sliceReport(slices, scores, labels, { thresholds: raw, auc: 'vs_other' }),
  };
}
