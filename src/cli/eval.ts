/**
 * `vigil eval url|domain|email`: parse the flags, call src/train, print the report.
 *   vigil eval url|domain --malicious FILE --benign FILE [--json] [--no-model]
 *   vigil eval email --malicious DIR... --benign DIR... [--json] [--slices FILE] [--scores FILE]
 *   vigil eval email --cv [--mode group|source] [--folds N] [--out DIR] ...   (trains a model per fold)
 */
import { writeFileSync } from 'node:fs';
import { VigilError } from '../core/index.js';
import {
  crossValidateEmail,
  evaluateEmail,
  evaluateList,
  scoresCsv,
  type CvEmailOptions,
  type EvalEmailOptions,
  type EvalEmailResult,
  type EvalListOptions,
  type SliceReport,
} from '../train/index.js';
import { exitCodeFor, type CliIo } from './io.js';
import { escapeControl } from './print.js';
import { Progress } from './progress.js';

export interface EvalListCliOptions extends EvalListOptions {
  json?: boolean;
  /** No progress line or summary on a terminal. */
  quiet?: boolean;
}

export async function runEvalList(
  kind: 'url' | 'domain',
  opts: EvalListCliOptions,
  io: CliIo,
): Promise<number> {
  try {
    let progress: Progress | null = null;
    const report = evaluateList(kind, opts, {
      start: (total) =>
        (progress = new Progress({
          write: (t) => io.stderr(t),
          enabled: io.isTTY && !opts.quiet,
          total,
          label: `eval ${kind}`,
        })),
      tick: (outcome) => progress?.tick(outcome),
      done: () => progress?.finish(),
    });
    if (opts.json) {
      io.stdout(JSON.stringify(report) + '\n');
    } else {
      const p = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(2)} %`);
      io.stdout(
        [
          `vigil eval ${kind}: ${report.n_malicious} malicious, ${report.n_benign} benign, ${report.errors} not analysable`,
          `  AUC                 ${report.auc === null ? 'n/a' : report.auc.toFixed(4)}`,
          `  TPR at FPR 0.1 %    ${p(report.tpr_at_fpr['0.001'])}`,
          `  TPR at FPR 1 %      ${p(report.tpr_at_fpr['0.01'])}`,
          `  at the verdict (suspicious or worse): TPR ${p(report.at_verdict.tpr)}, FPR ${p(report.at_verdict.fpr)}, precision ${p(report.at_verdict.precision)}`,
          `  ${report.items_per_second} ${kind}s per second`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof VigilError) {
      io.stderr(`vigil eval ${kind}: ${escapeControl(err.message)}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

const pct = (x: number | null) => (x === null ? '    –' : `${(x * 100).toFixed(2).padStart(6)} %`);

/** The readable report of `vigil eval email` (and of each `--cv` run). */
export function formatEvalReport(r: EvalEmailResult, bySource: SliceReport[], seconds: number): string {
  const L: string[] = [];
  L.push(`email evaluation: ${r.n_malicious} malicious, ${r.n_benign} benign, ${r.errors} errors`);
  L.push(`  ROC AUC                 ${r.auc === null ? '–' : r.auc.toFixed(4)}`);
  L.push(`  TPR at FPR ≤ 0.1 %      ${pct(r.tpr_at_fpr['0.001'])}`);
  L.push(`  TPR at FPR ≤ 1 %        ${pct(r.tpr_at_fpr['0.01'])}`);
  L.push(`  at the verdict (suspicious or malicious = flagged):`);
  L.push(
    `    TPR ${pct(r.at_verdict.tpr)}   FPR ${pct(r.at_verdict.fpr)}   precision ${pct(r.at_verdict.precision)}`,
  );
  L.push(`  ${r.messages_per_second} messages/s (${seconds.toFixed(1)} s)`);
  const table = (title: string, slices: SliceReport[]) => {
    if (!slices.length) return;
    L.push('', `${title}:`, '  slice                               n    flagged   AUC');
    for (const s of slices) {
      const rate =
        s.positives && !s.negatives
          ? `TPR ${pct(s.tpr)}`
          : !s.positives
            ? `FPR ${pct(s.fpr)}`
            : `TPR ${pct(s.tpr)} FPR ${pct(s.fpr)}`;
      L.push(
        `  ${escapeControl(s.slice).padEnd(32).slice(0, 32)} ${String(s.n).padStart(5)}   ${rate}   ${s.auc === null ? '' : s.auc.toFixed(4)}`,
      );
    }
  };
  table('by source folder', bySource);
  if (r.slices) table('by slice (--slices)', r.slices);
  return L.join('\n') + '\n';
}

export interface EvalEmailCliOptions extends EvalEmailOptions {
  json?: boolean;
  /** Cross-validate: train a model on the other folds and scan each held-out fold. */
  cv?: boolean;
  mode?: string;
  folds?: string | number;
  seed?: string | number;
  /** --cv: folder for the CSV, JSON, detail and folds files. */
  out?: string;
  /** --cv: folders added to every fold's training, never scored. */
  trainMalicious?: string[];
  trainBenign?: string[];
  /** --cv: `--no-wording` measures the gate without a wording model. */
  wording?: boolean;
  /** --cv: folders added to every fold's wording model only. */
  wordingTrainMalicious?: string[];
  wordingTrainBenign?: string[];
  /** No progress line or summary on a terminal. */
  quiet?: boolean;
}

function intFlag(v: string | number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new VigilError('E_USAGE', `--${name} must be a non-negative integer, got ${v}`);
  return n;
}

export async function runEvalEmail(opts: EvalEmailCliOptions, io: CliIo): Promise<number> {
  try {
    if (opts.cv) return await runCrossValidation(opts, io);
    for (const [flag, key] of [
      ['mode', 'mode'],
      ['folds', 'folds'],
      ['seed', 'seed'],
      ['out', 'out'],
      ['train-malicious', 'trainMalicious'],
      ['train-benign', 'trainBenign'],
      ['wording-train-malicious', 'wordingTrainMalicious'],
      ['wording-train-benign', 'wordingTrainBenign'],
    ] as const)
      if (opts[key] !== undefined)
        throw new VigilError('E_USAGE', `--${flag} applies to eval email --cv only`);
    // (without --cv the config's models.email_wording: null turns the wording model off)
    if (opts.wording === false)
      throw new VigilError('E_USAGE', '--no-wording applies to eval email --cv only');
    const { result, bySource, seconds } = await evaluateEmail(opts, {
      progress: opts.quiet ? undefined : io,
      onError: (file, error) => io.stderr(`vigil: ${escapeControl(file)}: ${escapeControl(error)}\n`),
    });
    if (opts.json) io.stdout(JSON.stringify(result) + '\n');
    else io.stdout(formatEvalReport(result, bySource, seconds));
    return result.errors ? 2 : 0;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

async function runCrossValidation(opts: EvalEmailCliOptions, io: CliIo): Promise<number> {
  // each fold trains its own model on the default config: a given model or config would not be what is measured
  for (const [flag, set] of [
    ['model-file', opts.modelFile !== undefined],
    ['no-model', opts.model === false],
    ['config', opts.config !== undefined],
  ] as const)
    if (set)
      throw new VigilError(
        'E_USAGE',
        `--${flag} does not apply to eval email --cv (each fold trains its own model with the default config)`,
      );
  const cvOpts: CvEmailOptions = { malicious: opts.malicious, benign: opts.benign };
  if (opts.slices !== undefined) cvOpts.slices = opts.slices;
  if (opts.mode !== undefined) cvOpts.mode = opts.mode;
  const folds = intFlag(opts.folds, 'folds');
  if (folds !== undefined) cvOpts.folds = folds;
  const seed = intFlag(opts.seed, 'seed');
  if (seed !== undefined) cvOpts.seed = seed;
  if (opts.out !== undefined) cvOpts.out = opts.out;
  if (opts.trainMalicious !== undefined) cvOpts.trainMalicious = opts.trainMalicious;
  if (opts.trainBenign !== undefined) cvOpts.trainBenign = opts.trainBenign;
  if (opts.wording === false) cvOpts.wording = false;
  if (opts.wordingTrainMalicious !== undefined) cvOpts.wordingTrainMalicious = opts.wordingTrainMalicious;
  if (opts.wordingTrainBenign !== undefined) cvOpts.wordingTrainBenign = opts.wordingTrainBenign;
  const { result, k, seconds, extractErrors, rows } = await crossValidateEmail(cvOpts, {
    progress: opts.quiet ? undefined : io,
    log: (line) => io.stderr(`${line}\n`),
    onError: (file, error) => io.stderr(`vigil: skipped ${escapeControl(file)}: ${escapeControl(error)}\n`),
  });
  if (opts.scores) writeFileSync(opts.scores, scoresCsv(rows));
  if (opts.json) io.stdout(JSON.stringify(result) + '\n');
  else {
    io.stdout(
      `cross-validation (${result.mode === 'source' ? 'leave one source out' : `${k} folds grouped by campaign`}), full analyzer on held-out folds\n`,
    );
    io.stdout(formatEvalReport(result, result.by_source, seconds));
    io.stdout('\nper fold:\n');
    for (const f of result.folds)
      io.stdout(
        `  ${f.fold.padEnd(36)} n=${f.n}  AUC ${f.auc ?? '–'}  TPR@0.1% ${f.tpr_at_fpr_0_001 ?? '–'}  verdict TPR ${f.tpr_at_verdict ?? '–'} FPR ${f.fpr_at_verdict ?? '–'}\n`,
      );
  }
  return extractErrors || result.errors ? 2 : 0;
}
