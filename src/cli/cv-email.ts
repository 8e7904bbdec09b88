/**
 * Cross-validation of the email model with the real analyzer: for each fold, train on the other
 * folds (`trainEmailOnMessages`, as `vigil train email` does), then scan every held-out message
 * with `analyzeEmail` (rules + that fold's model + engine), exactly as `vigil eval email` would.
 * Folds: grouped by campaign (sender domain / normalised subject within a source; near-duplicates
 * never straddle folds), or leave-one-source-out (`mode: 'source'`), the harder check.
 * Run through `npm run cv:email` (scripts/cv-email.mjs), never part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigilError } from '../core/index.js';
import { defaultConfig } from '../config/index.js';
import { emailModelFrom } from '../email/model.js';
import { connectGroups, groupKFold, type SliceReport } from '../ml/index.js';
import { extractCorpus, listCorpus, scoreCorpus, scoresCsv, type ScoredFile } from './email-corpus.js';
import { evalResult, formatEvalReport, slicesOf, type EvalEmailResult } from './eval-email.js';
import { exitCodeFor, type CliIo } from './io.js';
import { escapeControl } from './print.js';
import { EMAIL_FEATURE_OPTIONS, EMAIL_TRAIN_DEFAULTS, trainEmailOnMessages } from './train-email.js';

export interface CvEmailOptions {
  malicious: string[];
  benign: string[];
  /** `group` (default): k folds grouped by campaign; `source`: leave one source folder out. */
  mode?: 'group' | 'source';
  folds?: number;
  seed?: number;
  /** Folder for scores CSV (peers' format) and the JSON summary. */
  out?: string;
  json?: boolean;
}

export interface CvEmailResult extends EvalEmailResult {
  mode: 'group' | 'source';
  folds: { fold: string; n: number; auc: number | null; tpr_at_fpr_0_001: number | null; fpr_at_verdict: number | null; tpr_at_verdict: number | null }[];
  by_source: SliceReport[];
  train_seconds: number;
}

export async function runCvEmail(opts: CvEmailOptions, io: CliIo): Promise<number> {
  try {
    const mode = opts.mode ?? 'group';
    const k = opts.folds ?? 5;
    const seed = opts.seed ?? 1;
    const config = defaultConfig();
    const files = await listCorpus(opts.malicious, opts.benign);
    if (!files.length) throw new VigilError('E_DATA', 'no .eml files found');
    const { messages, errors } = await extractCorpus(files, { config, featureOptions: EMAIL_FEATURE_OPTIONS, io, what: 'features' });
    for (const e of errors) io.stderr(`vigil: skipped ${escapeControl(e.file)}: ${escapeControl(e.error)}\n`);
    let foldOf: number[];
    let foldNames: string[];
    if (mode === 'source') {
      foldNames = [...new Set(messages.map((m) => `${m.label}/${m.source}`))].sort();
      foldOf = messages.map((m) => foldNames.indexOf(`${m.label}/${m.source}`));
    } else {
      const groups = connectGroups(messages.map((m) => (m.groupKeys.length ? m.groupKeys : [`file:${m.path}`])));
      foldOf = groupKFold(groups, k, seed);
      foldNames = Array.from({ length: k }, (_, i) => `fold ${i + 1}`);
    }
    const rows: ScoredFile[] = [];
    let seconds = 0;
    let trainSeconds = 0;
    const folds: CvEmailResult['folds'] = [];
    for (let f = 0; f < foldNames.length; f++) {
      const train = messages.filter((_, i) => foldOf[i] !== f);
      const test = messages.filter((_, i) => foldOf[i] === f);
      if (!test.length) continue;
      io.stderr(`${foldNames[f]}: training on ${train.length}, scanning ${test.length}\n`);
      const t0 = performance.now();
      const trained = trainEmailOnMessages(train, { ...EMAIL_TRAIN_DEFAULTS, seed }, { version: `cv-${f + 1}` });
      trainSeconds += (performance.now() - t0) / 1000;
      const scorer = emailModelFrom(trained.model);
      const scored = await scoreCorpus(test, { config, scorer, io, what: foldNames[f]! });
      seconds += scored.seconds;
      rows.push(...scored.rows);
      const r = evalResult(scored.rows, scored.seconds);
      folds.push({
        fold: foldNames[f]!,
        n: test.length,
        auc: r.auc,
        tpr_at_fpr_0_001: r.tpr_at_fpr['0.001'],
        tpr_at_verdict: r.at_verdict.tpr,
        fpr_at_verdict: r.at_verdict.fpr,
      });
    }
    // back to corpus order, so the CSV is stable
    const order = new Map(files.map((f, i) => [f.path, i]));
    rows.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
    const base = evalResult(rows, seconds);
    const bySource = slicesOf(rows, (r) => `${r.label}/${r.source}`);
    const result: CvEmailResult = { ...base, mode, folds, by_source: bySource, train_seconds: Math.round(trainSeconds * 10) / 10 };
    if (opts.out) {
      mkdirSync(opts.out, { recursive: true });
      writeFileSync(join(opts.out, `cv-email-${mode}.csv`), scoresCsv(rows));
      writeFileSync(join(opts.out, `cv-email-${mode}.json`), JSON.stringify(result, null, 2) + '\n');
      // per message: verdict score, the model's own probability and the signals (gate analyses)
      const detail = rows.map((r) => JSON.stringify({ file: r.path, label: r.label, source: r.source, score: r.score, model: r.modelScore ?? null, ask: r.askScore ?? null, signals: r.signals ?? [] }));
      writeFileSync(join(opts.out, `cv-email-${mode}-detail.jsonl`), detail.join('\n') + '\n');
      // fold of every file, so peers (Bayes) can be trained on exactly Vigil's training folds
      const foldLines = ['file,label,source,fold', ...messages.map((m, i) => `${m.path},${m.label},${m.source},${foldOf[i]! + 1}`)];
      writeFileSync(join(opts.out, `cv-email-${mode}-folds.csv`), foldLines.join('\n') + '\n');
    }
    if (opts.json) io.stdout(JSON.stringify(result) + '\n');
    else {
      io.stdout(`cross-validation (${mode === 'source' ? 'leave one source out' : `${k} folds grouped by campaign`}), full analyzer on held-out folds\n`);
      io.stdout(formatEvalReport(base, bySource, seconds));
      io.stdout('\nper fold:\n');
      for (const f of folds)
        io.stdout(`  ${f.fold.padEnd(36)} n=${f.n}  AUC ${f.auc ?? '–'}  TPR@0.1% ${f.tpr_at_fpr_0_001 ?? '–'}  verdict TPR ${f.tpr_at_verdict ?? '–'} FPR ${f.fpr_at_verdict ?? '–'}\n`);
    }
    return errors.length || base.errors ? 2 : 0;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}
