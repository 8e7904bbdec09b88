/**
 * Calibration: map a model's raw log-odds to a probability, fitted on held-out scores (never on
 * the rows the model was trained on, whose margins are over-confident).
 * Platt scaling keeps the ranking strictly (no new ties), so it is the default; isotonic
 * regression (pool-adjacent-violators) is available where the curve is not sigmoid-shaped.
 */
import { sigmoid } from './logistic.js';

export interface PlattCalibration {
  kind: 'platt';
  /** p = sigmoid(a · margin + b) */
  a: number;
  b: number;
}

export interface IsotonicCalibration {
  kind: 'isotonic';
  /** Increasing block centres (margins) and their fitted probabilities; linear in between. */
  x: number[];
  y: number[];
}

export interface IdentityCalibration {
  kind: 'identity';
}

export type Calibration = PlattCalibration | IsotonicCalibration | IdentityCalibration;

/**
 * Platt scaling fitted by Newton's method with Platt's smoothed targets
 * ((n+ + 1)/(n+ + 2), 1/(n- + 2)), which keeps the fit finite on separable data
 * (Lin, Lin & Weng 2007, "A note on Platt's probabilistic outputs").
 */
export function fitPlatt(margins: ArrayLike<number>, labels: ArrayLike<number>): PlattCalibration {
  const len = margins.length;
  let nPos = 0;
  for (let i = 0; i < len; i++) if (labels[i] === 1) nPos++;
  const nNeg = len - nPos;
  const hi = (nPos + 1) / (nPos + 2);
  const lo = 1 / (nNeg + 2);
  const t = new Float64Array(len);
  for (let i = 0; i < len; i++) t[i] = labels[i] === 1 ? hi : lo;
  let a = 1;
  let b = Math.log((nPos + 1) / (nNeg + 1));
  const objective = (A: number, B: number) => {
    let f = 0;
    for (let i = 0; i < len; i++) {
      const fx = A * margins[i]! + B;
      // log(1 + exp(-fx)) + (1 - t) fx, stable in both tails
      f += fx >= 0 ? (1 - t[i]!) * fx + Math.log1p(Math.exp(-fx)) : -t[i]! * fx + Math.log1p(Math.exp(fx));
    }
    return f;
  };
  let fval = objective(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let h11 = 1e-12;
    let h22 = 1e-12;
    let h21 = 0;
    let g1 = 0;
    let g2 = 0;
    for (let i = 0; i < len; i++) {
      const m = margins[i]!;
      const p = sigmoid(a * m + b);
      const d2 = p * (1 - p);
      h11 += m * m * d2;
      h22 += d2;
      h21 += m * d2;
      const d1 = p - t[i]!;
      g1 += m * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-9 && Math.abs(g2) < 1e-9) break;
    const det = h11 * h22 - h21 * h21;
    const da = -(h22 * g1 - h21 * g2) / det;
    const db = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * da + g2 * db;
    let step = 1;
    let improved = false;
    while (step >= 1e-10) {
      const na = a + step * da;
      const nb = b + step * db;
      const nf = objective(na, nb);
      if (nf < fval + 1e-4 * step * gd) {
        a = na;
        b = nb;
        fval = nf;
        improved = true;
        break;
      }
      step /= 2;
    }
    if (!improved) break;
  }
  return { kind: 'platt', a, b };
}

/** Isotonic regression (pool-adjacent-violators) of labels on margins. */
export function fitIsotonic(margins: ArrayLike<number>, labels: ArrayLike<number>): IsotonicCalibration {
  const idx = Array.from({ length: margins.length }, (_, i) => i).sort((i, j) => margins[i]! - margins[j]!);
  // blocks: sum of margins, sum of labels, count
  const sx: number[] = [];
  const sy: number[] = [];
  const cnt: number[] = [];
  for (const i of idx) {
    sx.push(margins[i]!);
    sy.push(labels[i] === 1 ? 1 : 0);
    cnt.push(1);
    while (sy.length > 1) {
      const k = sy.length - 1;
      if (sy[k - 1]! / cnt[k - 1]! < sy[k]! / cnt[k]!) break;
      sx[k - 1]! += sx[k]!;
      sy[k - 1]! += sy[k]!;
      cnt[k - 1]! += cnt[k]!;
      sx.pop();
      sy.pop();
      cnt.pop();
    }
  }
  return { kind: 'isotonic', x: sx.map((s, k) => s / cnt[k]!), y: sy.map((s, k) => s / cnt[k]!) };
}

/** Probability for one raw margin. */
export function calibrate(c: Calibration, margin: number): number {
  switch (c.kind) {
    case 'identity':
      return sigmoid(margin);
    case 'platt':
      return sigmoid(c.a * margin + c.b);
    case 'isotonic': {
      const { x, y } = c;
      if (x.length === 0) return sigmoid(margin);
      if (margin <= x[0]!) return y[0]!;
      if (margin >= x[x.length - 1]!) return y[y.length - 1]!;
      let lo = 0;
      let hi = x.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (x[mid]! <= margin) lo = mid;
        else hi = mid;
      }
      const span = x[hi]! - x[lo]!;
      const f = span > 0 ? (margin - x[lo]!) / span : 0;
      return y[lo]! + f * (y[hi]! - y[lo]!);
    }
  }
}
