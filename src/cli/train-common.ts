/** What `vigil train url|domain|email` share: hyper-parameter flags and reading a labelled CSV. */
import { readFileSync } from 'node:fs';
import { MIN_TRAIN_ROWS_PER_CLASS, VigilError } from '../core/index.js';
import { readLabelledCsv, type TrainOptionsCommon } from '../url/index.js';

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
  if (!out) throw new VigilError('E_USAGE', `train ${kind} needs --out FILE (the model to write; name models/${kind}.json explicitly to replace the shipped one)`);
  return out;
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

/** The hyper-parameters every linear-model trainer takes (one definition, in src/url/train.ts). */
export type LinearTrainParams = Omit<TrainOptionsCommon, 'onPhase'>;

export function num(v: number | string | undefined, dflt: number, name: string, int = false): number {
  if (v === undefined) return dflt;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || (int && !Number.isInteger(n)))
    throw new VigilError('E_USAGE', `--${name} must be a ${int ? 'non-negative integer' : 'non-negative number'}, got ${v}`);
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

/** Reads a labelled CSV (RFC 4180) with the given columns; E_READ / E_DATA on failure. */
export function readTrainingCsv(path: string, columns: string[]): { buf: Buffer; records: Record<string, string>[] } {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new VigilError('E_READ', `cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return { buf, records: readLabelledCsv(buf.toString('utf8'), columns) };
  } catch (err) {
    throw new VigilError('E_DATA', `${path}: ${(err as Error).message}`);
  }
}

/**
 * Every labelled row whose label is
 * `malicious` or `benign` mapped to a training row, and how many rows had another label.
 */
export function labelledRows<T>(records: Record<string, string>[], toRow: (r: Record<string, string>, malicious: boolean) => T): { rows: T[]; bad: number } {
  const rows: T[] = [];
  let bad = 0;
  for (const r of records) {
    if (r.label !== 'malicious' && r.label !== 'benign') bad++;
    else rows.push(toRow(r, r.label === 'malicious'));
  }
  return { rows, bad };
}
