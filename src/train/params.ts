/** What every trainer shares: hyper-parameters (validated from flags), the --out rule and the class-count floor. */
import { MIN_TRAIN_ROWS_PER_CLASS, VigilError } from '../core/index.js';

/** Hyper-parameters of every linear-model trainer (FTRL logistic regression over hashed features). */
export interface LinearTrainParams {
  /** log2 of the hashed feature buckets. */
  bits: number;
  epochs: number;
  l1: number;
  l2: number;
  /** FTRL learning rate. */
  alpha: number;
  /** Shuffle and fold seed. */
  seed: number;
  /** Grouped folds of the out-of-fold scores (calibration and the card's metrics). */
  folds: number;
}

/** Flags of every linear-model trainer (commander hands them over as strings). */
export interface LinearTrainFlags {
  bits?: number | string;
  epochs?: number | string;
  l1?: number | string;
  l2?: number | string;
  alpha?: number | string;
  seed?: number | string;
  folds?: number | string;
}

/** E_DATA unless both classes have MIN_TRAIN_ROWS_PER_CLASS rows. */
export function requireBothClasses(malicious: number, benign: number, what: string, unit = 'rows'): void {
  if (malicious < MIN_TRAIN_ROWS_PER_CLASS || benign < MIN_TRAIN_ROWS_PER_CLASS)
    throw new VigilError(
      'E_DATA',
      `${what}: ${malicious} malicious and ${benign} benign ${unit}; training needs at least ${MIN_TRAIN_ROWS_PER_CLASS} of each`,
    );
}

/**
 * The model file to write. Required: writing over the shipped models/*.json by default replaced
 * the installed model with whatever a trial run produced.
 */
export function requireOut(out: string | undefined, kind: string): string {
  if (!out)
    throw new VigilError(
      'E_USAGE',
      `train ${kind} needs --out FILE (the model to write; name models/${kind}.json explicitly to replace the shipped one)`,
    );
  return out;
}

/** A non-negative number flag (integer when `int`); E_USAGE otherwise. */
export function num(v: number | string | undefined, dflt: number, name: string, int = false): number {
  if (v === undefined) return dflt;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || (int && !Number.isInteger(n)))
    throw new VigilError(
      'E_USAGE',
      `--${name} must be a ${int ? 'non-negative integer' : 'non-negative number'}, got ${v}`,
    );
  return n;
}

/** Validated hyper-parameters: flags over the trainer's defaults. */
export function trainParams(flags: LinearTrainFlags, defaults: LinearTrainParams): LinearTrainParams {
  return {
    bits: num(flags.bits, defaults.bits, 'bits', true),
    epochs: num(flags.epochs, defaults.epochs, 'epochs', true),
    l1: num(flags.l1, defaults.l1, 'l1'),
    l2: num(flags.l2, defaults.l2, 'l2'),
    alpha: num(flags.alpha, defaults.alpha, 'alpha'),
    seed: num(flags.seed, defaults.seed, 'seed', true),
    folds: num(flags.folds, defaults.folds, 'folds', true),
  };
}

/** Every row labelled `malicious` or `benign` mapped to a training row, and how many rows had another label. */
export function labelledRows<T>(
  records: Record<string, string>[],
  toRow: (r: Record<string, string>, malicious: boolean) => T,
): { rows: T[]; bad: number } {
  const rows: T[] = [];
  let bad = 0;
  for (const r of records) {
    if (r.label !== 'malicious' && r.label !== 'benign') bad++;
    else rows.push(toRow(r, r.label === 'malicious'));
  }
  return { rows, bad };
}

/** The date written to a card (default today, UTC) and the model version (default `<date>.1`). */
export function dateAndVersion(
  date: string | undefined,
  version: string | undefined,
): { date: string; version: string } {
  const d = date ?? new Date().toISOString().slice(0, 10);
  return { date: d, version: version ?? `${d}.1` };
}

/** The card path: `--card`, else the model path with `.md`. */
export function cardPath(out: string, card: string | undefined): string {
  return card ?? out.replace(/\.json$/i, '') + '.md';
}

/** How a data path is shown in a card: relative to the shared data folder, never this machine's absolute path. */
export function shownPath(path: string): string {
  return path.replace(/^.*?(shared\/data\/)/, '../$1');
}
