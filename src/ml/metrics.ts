/**
 * Evaluation metrics, with the same definitions as ../shared/peers/metrics.py so Vigil's numbers
 * sit next to SpamAssassin's and rspamd's: positives = malicious (label 1), negatives = benign.
 */

/** ROC AUC = P(score_pos > score_neg) + ½ P(tie): Mann-Whitney U with average ranks. Null if a class is empty. */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const n = scores.length;
  let nPos = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) nPos++;
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[order[k]!] === 1) rankSumPos += avgRank;
    i = j + 1;
  }
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** (fpr, tpr, threshold) for "flag when score ≥ t", t over distinct scores high to low, after (0, 0). */
export function rocPoints(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
): { fpr: number; tpr: number; threshold: number }[] {
  const n = scores.length;
  let nPos = 0;
  for (let i = 0; i < n; i++) if (labels[i] === 1) nPos++;
  const nNeg = n - nPos;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const pts = [{ fpr: 0, tpr: 0, threshold: Infinity }];
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < n) {
    const s = scores[order[i]!]!;
    // tied scores are never split: the whole tie group is flagged or none of it
    while (i < n && scores[order[i]!] === s) {
      if (labels[order[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    pts.push({ fpr: nNeg ? fp / nNeg : 0, tpr: nPos ? tp / nPos : 0, threshold: s });
  }
  return pts;
}

/** Highest TPR over thresholds whose FPR ≤ bound (ties never split). Null if a class is empty. */
export function tprAtFpr(scores: ArrayLike<number>, labels: ArrayLike<number>, bound: number): number | null {
  return operatingPoint(scores, labels, bound)?.tpr ?? null;
}

/** The threshold reaching the highest TPR with FPR ≤ bound, and its rates. */
export function operatingPoint(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  bound: number,
): { tpr: number; fpr: number; threshold: number } | null {
  let nPos = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) nPos++;
  if (nPos === 0 || nPos === labels.length) return null;
  let best = { tpr: 0, fpr: 0, threshold: Infinity };
  for (const p of rocPoints(scores, labels)) if (p.fpr <= bound + 1e-12 && p.tpr > best.tpr) best = p;
  return best;
}

export interface BinaryRates {
  n: number;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** Recall of the positive class; null without positives. */
  tpr: number | null;
  fpr: number | null;
  /** Null when nothing was flagged. */
  precision: number | null;
  recall: number | null;
}

/** Confusion counts and rates of a flag vector (e.g. verdict ≠ clean). */
export function ratesOf(flags: ArrayLike<boolean>, labels: ArrayLike<number>): BinaryRates {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    const pos = labels[i] === 1;
    if (flags[i]) {
      if (pos) tp++;
      else fp++;
    } else if (pos) fn++;
    else tn++;
  }
  const positives = tp + fn;
  const negatives = fp + tn;
  const tpr = positives ? tp / positives : null;
  return {
    n: labels.length,
    positives,
    negatives,
    tp,
    fp,
    tn,
    fn,
    tpr,
    fpr: negatives ? fp / negatives : null,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tpr,
  };
}

/** Rates when flagging score ≥ threshold. */
export function ratesAtThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  threshold: number,
): BinaryRates {
  return ratesOf(
    Array.from(scores, (s) => s >= threshold),
    labels,
  );
}

export interface EvalSummary {
  n_malicious: number;
  n_benign: number;
  auc: number | null;
  tpr_at_fpr: { '0.001': number | null; '0.01': number | null };
  at_verdict: { tpr: number | null; fpr: number | null; precision: number | null };
}

/** The metrics of `vigil eval` and the peers' metrics.py, rounded to 6 decimals. */
export function summarize(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  flags: ArrayLike<boolean>,
): EvalSummary {
  const r = ratesOf(flags, labels);
  return {
    n_malicious: r.positives,
    n_benign: r.negatives,
    auc: round6(rocAuc(scores, labels)),
    tpr_at_fpr: {
      '0.001': round6(tprAtFpr(scores, labels, 0.001)),
      '0.01': round6(tprAtFpr(scores, labels, 0.01)),
    },
    at_verdict: { tpr: round6(r.tpr), fpr: round6(r.fpr), precision: round6(r.precision) },
  };
}

export function round6(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}
