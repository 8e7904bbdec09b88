/**
 * Evaluation of the email analyzer on folders of labelled *.eml: every message is scanned with the
 * full analyzer and the configured (or given) model; ROC AUC, TPR at FPR 0.1 % / 1 %,
 * TPR/FPR/precision at the verdict (suspicious and malicious count as flagged) and throughput.
 * Same metric definitions as ../shared/peers/metrics.py.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { VigilError } from '../core/index.js';
import { loadConfig } from '../config/index.js';
import { loadEmailModel } from '../email/index.js';
import { summarize } from '../ml/index.js';
import { createEmailPool, parseJobs } from '../pool/index.js';
import { readSlices } from './csv.js';
import { listCorpus, scoreCorpus, scoresCsv, type ProgressIo, type ScoredFile } from './email-corpus.js';
import { sliceReport, type SliceReport } from './slices.js';

export interface EvalEmailOptions {
  malicious: string[] | string;
  benign: string[] | string;
  config?: string;
  /** CSV `file,slice`; rows are matched to scanned files by file name. */
  slices?: string;
  /** Model file to use instead of the configured / shipped one. */
  modelFile?: string;
  /** false (`--no-model`): rules only. */
  model?: boolean;
  /** Also write `file,label,score,flagged` (the peers' CSV format) here. */
  scores?: string;
  /** `--jobs N`: worker threads scanning in parallel (default: the number of cores). */
  jobs?: string | number;
}

/** The one JSON object `vigil eval email --json` prints. */
export interface EvalEmailResult {
  kind: 'email';
  n_malicious: number;
  n_benign: number;
  errors: number;
  auc: number | null;
  tpr_at_fpr: { '0.001': number | null; '0.01': number | null };
  at_verdict: { tpr: number | null; fpr: number | null; precision: number | null };
  messages_per_second: number;
  slices?: SliceReport[];
}

export const toArray = (v: string[] | string | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Metrics of scored files: the `--json` object (slices added by the caller). */
export function evalResult(rows: readonly ScoredFile[], seconds: number): EvalEmailResult {
  const ok = rows.filter((r) => r.score !== null);
  const s = summarize(
    ok.map((r) => r.score!),
    ok.map((r) => (r.label === 'malicious' ? 1 : 0)),
    ok.map((r) => r.flagged),
  );
  return {
    kind: 'email',
    n_malicious: rows.filter((r) => r.label === 'malicious').length,
    n_benign: rows.filter((r) => r.label === 'benign').length,
    errors: rows.length - ok.length,
    auc: s.auc,
    tpr_at_fpr: s.tpr_at_fpr,
    at_verdict: s.at_verdict,
    messages_per_second: seconds > 0 ? Math.round((rows.length / seconds) * 10) / 10 : 0,
  };
}

/** Per-slice rates of scored files at the verdict (slices sorted by name; files with no slice are left out). */
export function slicesOf(
  rows: readonly ScoredFile[],
  sliceOf: (r: ScoredFile) => string | undefined,
): SliceReport[] {
  const kept = rows.filter((r) => r.score !== null && sliceOf(r) !== undefined);
  return sliceReport(
    kept.map((r) => sliceOf(r)!),
    kept.map((r) => r.score!),
    kept.map((r) => (r.label === 'malicious' ? 1 : 0)),
    { flags: kept.map((r) => r.flagged) },
  );
}

export interface EvalEmailReport {
  result: EvalEmailResult;
  /** Every file in corpus order, with its score or error. */
  rows: ScoredFile[];
  /** Per `label/source folder`. */
  bySource: SliceReport[];
  seconds: number;
}

/** Hooks of a corpus run: progress bar and files that could not be analysed (before any E_DATA). */
export interface CorpusHooks {
  progress?: ProgressIo | undefined;
  onError?: ((file: string, error: string) => void) | undefined;
}

/** Scan both folder lists and measure. Files that fail are rows with an error (counted in `errors`). */
export async function evaluateEmail(
  opts: EvalEmailOptions,
  hooks: CorpusHooks = {},
): Promise<EvalEmailReport> {
  const mal = toArray(opts.malicious);
  const ben = toArray(opts.benign);
  if (!mal.length || !ben.length)
    throw new VigilError('E_USAGE', 'eval email needs --malicious DIR and --benign DIR');
  const config = loadConfig(opts.config);
  const scorer =
    opts.model === false
      ? null
      : loadEmailModel(opts.modelFile ?? config.models.email, config.models.email_wording);
  const sliceMap = opts.slices ? readSlices(opts.slices) : null;
  const files = await listCorpus(mal, ben);
  // one empty side reported n=0 with exit 0: a wrong path looked like a finished evaluation
  for (const [label, dirs] of [
    ['malicious', mal],
    ['benign', ben],
  ] as const)
    if (!files.some((f) => f.label === label))
      throw new VigilError('E_DATA', `no .eml files under the ${label} folder(s) ${dirs.join(', ')}`);
  const jobs = Math.min(parseJobs(opts.jobs), files.length);
  const pool =
    jobs > 1
      ? createEmailPool(
          {
            config,
            mode: 'corpus',
            model: opts.model !== false,
            ...(opts.modelFile ? { modelFile: opts.modelFile } : {}),
          },
          jobs,
        )
      : undefined;
  const { rows, seconds } = await scoreCorpus(files, {
    config,
    scorer,
    io: hooks.progress,
    what: 'scanning',
    ...(pool ? { pool } : {}),
  }).finally(() => pool?.close());
  for (const r of rows) if (r.error) hooks.onError?.(r.path, r.error);
  const result = evalResult(rows, seconds);
  for (const label of ['malicious', 'benign'] as const)
    if (!rows.some((r) => r.label === label && r.score !== null))
      throw new VigilError(
        'E_DATA',
        `no ${label} message could be analysed (${rows.filter((r) => r.label === label).length} failed)`,
      );
  if (sliceMap) result.slices = slicesOf(rows, (r) => sliceMap.get(basename(r.path)));
  if (opts.scores) writeFileSync(opts.scores, scoresCsv(rows));
  return { result, rows, bySource: slicesOf(rows, (r) => `${r.label}/${r.source}`), seconds };
}
