/**
 * `vigil eval email --malicious DIR --benign DIR [--config FILE] [--json] [--slices FILE]`:
 * scans both folders (every *.eml below them) with the full analyzer and the configured model, and
 * reports ROC AUC, TPR at FPR 0.1 % / 1 %, TPR/FPR/precision at the verdict (suspicious and
 * malicious count as flagged) and throughput. Same metric definitions as ../shared/peers/metrics.py.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { VigilError } from '../core/index.js';
import { loadConfig } from '../config/index.js';
import { loadEmailModel } from '../email/model.js';
import { sliceBreakdown, summarize, type SliceReport } from '../ml/index.js';
import { listCorpus, scoreCorpus, scoresCsv, type ScoredFile } from './email-corpus.js';
import { createEmailPool, parseJobs } from '../pool/index.js';
import { exitCodeFor, type CliIo } from './io.js';
import { escapeControl } from './print.js';

export interface EvalEmailOptions {
  malicious: string[] | string;
  benign: string[] | string;
  config?: string;
  json?: boolean;
  /** CSV `file,slice`; rows are matched to scanned files by file name. */
  slices?: string;
  /** Model file to use instead of the configured / shipped one. */
  modelFile?: string;
  /** false (`--no-model`): rules only. */
  model?: boolean;
  /** Also write `file,label,score,flagged` (the peers' CSV format) here. */
  scores?: string;
  /** `--jobs N`: worker threads (default: the number of cores). */
  jobs?: string | number;
}

/** The one JSON object `--json` prints. */
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

const arr = (v: string[] | string | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Read a `file,slice` CSV (header optional) into file name → slice. */
export function readSlices(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VigilError('E_READ', `cannot read slices file ${path}: ${(err as Error).message}`, { path });
  }
  const out = new Map<string, string>();
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const cells = parseCsvLine(line);
    if (cells.length < 2) throw new VigilError('E_DATA', `slices file ${path} line ${i + 1}: expected file,slice`, { path });
    const [file, slice] = [cells[0]!.trim(), cells[1]!.trim()];
    if (i === 0 && file.toLowerCase() === 'file' && slice.toLowerCase() === 'slice') continue;
    out.set(basename(file), slice);
  }
  return out;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

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

/** Per-slice rates of scored files (slices sorted by name; files with no slice are left out). */
export function slicesOf(rows: readonly ScoredFile[], sliceOf: (r: ScoredFile) => string | undefined): SliceReport[] {
  const kept = rows.filter((r) => r.score !== null && sliceOf(r) !== undefined);
  return sliceBreakdown(
    kept.map((r) => sliceOf(r)!),
    kept.map((r) => r.score!),
    kept.map((r) => (r.label === 'malicious' ? 1 : 0)),
    kept.map((r) => r.flagged),
  );
}

const pct = (x: number | null) => (x === null ? '    –' : `${(x * 100).toFixed(2).padStart(6)} %`);

/** The readable report. */
export function formatEvalReport(r: EvalEmailResult, bySource: SliceReport[], seconds: number): string {
  const L: string[] = [];
  L.push(`email evaluation: ${r.n_malicious} malicious, ${r.n_benign} benign, ${r.errors} errors`);
  L.push(`  ROC AUC                 ${r.auc === null ? '–' : r.auc.toFixed(4)}`);
  L.push(`  TPR at FPR ≤ 0.1 %      ${pct(r.tpr_at_fpr['0.001'])}`);
  L.push(`  TPR at FPR ≤ 1 %        ${pct(r.tpr_at_fpr['0.01'])}`);
  L.push(`  at the verdict (suspicious or malicious = flagged):`);
  L.push(`    TPR ${pct(r.at_verdict.tpr)}   FPR ${pct(r.at_verdict.fpr)}   precision ${pct(r.at_verdict.precision)}`);
  L.push(`  ${r.messages_per_second} messages/s (${seconds.toFixed(1)} s)`);
  const table = (title: string, slices: SliceReport[]) => {
    if (!slices.length) return;
    L.push('', `${title}:`, '  slice                               n    flagged   AUC');
    for (const s of slices) {
      const rate = s.positives && !s.negatives ? `TPR ${pct(s.tpr)}` : !s.positives ? `FPR ${pct(s.fpr)}` : `TPR ${pct(s.tpr)} FPR ${pct(s.fpr)}`;
      L.push(`  ${escapeControl(s.slice).padEnd(32).slice(0, 32)} ${String(s.n).padStart(5)}   ${rate}   ${s.auc === null ? '' : s.auc.toFixed(4)}`);
    }
  };
  table('by source folder', bySource);
  if (r.slices) table('by slice (--slices)', r.slices);
  return L.join('\n') + '\n';
}

export async function runEvalEmail(opts: EvalEmailOptions, io: CliIo): Promise<number> {
  try {
    const mal = arr(opts.malicious);
    const ben = arr(opts.benign);
    if (!mal.length || !ben.length) throw new VigilError('E_USAGE', 'eval email needs --malicious DIR and --benign DIR');
    const config = loadConfig(opts.config);
    const scorer = opts.model === false ? null : loadEmailModel(opts.modelFile ?? config.models.email);
    const sliceMap = opts.slices ? readSlices(opts.slices) : null;
    const files = await listCorpus(mal, ben);
    // one empty side reported n=0 with exit 0: a wrong path looked like a finished evaluation
    for (const [label, dirs] of [['malicious', mal], ['benign', ben]] as const)
      if (!files.some((f) => f.label === label)) throw new VigilError('E_DATA', `no .eml files under the ${label} folder(s) ${dirs.join(', ')}`);
    const jobs = Math.min(parseJobs(opts.jobs), files.length);
    const pool = jobs > 1 ? createEmailPool({ config, mode: 'corpus', model: opts.model !== false, ...(opts.modelFile ? { modelFile: opts.modelFile } : {}) }, jobs) : undefined;
    const { rows, seconds } = await scoreCorpus(files, { config, scorer, io, what: 'scanning', ...(pool ? { pool } : {}) }).finally(() => pool?.close());
    for (const r of rows) if (r.error) io.stderr(`vigil: ${escapeControl(r.path)}: ${escapeControl(r.error)}\n`);
    const result = evalResult(rows, seconds);
    for (const label of ['malicious', 'benign'] as const)
      if (!rows.some((r) => r.label === label && r.score !== null))
        throw new VigilError('E_DATA', `no ${label} message could be analysed (${rows.filter((r) => r.label === label).length} failed)`);
    if (sliceMap) result.slices = slicesOf(rows, (r) => sliceMap.get(basename(r.path)));
    if (opts.scores) writeFileSync(opts.scores, scoresCsv(rows));
    if (opts.json) io.stdout(JSON.stringify(result) + '\n');
    else io.stdout(formatEvalReport(result, slicesOf(rows, (r) => `${r.label}/${r.source}`), seconds));
    return result.errors ? 2 : 0;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

