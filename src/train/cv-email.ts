/**
 * Cross-validation of the email model with the real analyzer (`vigil eval email --cv`): for each
 * fold, train on the other folds (`trainEmailOnMessages`, as `vigil train email` does), then scan
 * every held-out message with `analyzeEmail` (rules + that fold's model + engine), exactly as
 * `vigil eval email` would. Folds: grouped by campaign (sender domain / normalised subject within a
 * source; near-duplicates never straddle folds), or leave-one-source-out (`mode: 'source'`), the
 * harder check. Never part of `npm test` on the corpus (it takes minutes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { VigilError } from '../core/index.js';
import { defaultConfig } from '../config/index.js';
import { emailModelFrom, WordingModel } from '../email/index.js';
import { connectGroups, groupKFold } from '../ml/index.js';
import { readSlices } from './csv.js';
import { extractCorpus, listCorpus, scoreCorpus, scoresCsv, type ScoredFile } from './email-corpus.js';
import { trainEmailOnMessages } from './email.js';
import { EMAIL_FEATURE_OPTIONS, EMAIL_TRAIN_DEFAULTS, WORDING_FEATURE_OPTIONS } from './email-settings.js';
import { evalResult, slicesOf, toArray, type CorpusHooks, type EvalEmailResult } from './eval-email.js';
import type { SliceReport } from './slices.js';

/** Fold modes; `grouped` is another name for `group`. */
export const CV_MODES = ['group', 'grouped', 'source'] as const;
export type CvMode = (typeof CV_MODES)[number];

export interface CvEmailOptions {
  malicious: string[] | string;
  benign: string[] | string;
  /** `group` (default, also `grouped`): k folds grouped by campaign; `source`: leave one source folder out. */
  mode?: CvMode | string;
  folds?: number;
  seed?: number;
  /** Folder for the scores CSV (peers' format), the JSON summary, per-message detail and the folds. */
  out?: string;
  /** CSV `file,slice` (as for `vigil eval email --slices`): adds `slices` to the result. */
  slices?: string;
  /**
   * Folders added to the training side of every fold, never held out and never scored (more
   * labelled mail the shipped model also trains on, such as the blind rounds), so the folds measure
   * the recipe that is shipped while the score stays out of fold.
   */
  trainMalicious?: string[] | string;
  trainBenign?: string[] | string;
  /**
   * Train a wording model (src/email/wording.ts) in every fold beside the email model, as the
   * shipped analyzer reads one (default true; false measures the gate without it).
   */
  wording?: boolean;
  /** Folders added to the training of every fold's wording model only (the blind rounds). */
  wordingTrainMalicious?: string[] | string;
  wordingTrainBenign?: string[] | string;
}

export interface CvEmailResult extends EvalEmailResult {
  mode: 'group' | 'source';
  folds: {
    fold: string;
    n: number;
    auc: number | null;
    tpr_at_fpr_0_001: number | null;
    fpr_at_verdict: number | null;
    tpr_at_verdict: number | null;
  }[];
  by_source: SliceReport[];
  train_seconds: number;
}

export interface CvEmailReport {
  result: CvEmailResult;
  /** Folds (`k`) of the grouped mode. */
  k: number;
  /** Seconds spent scanning held-out messages. */
  seconds: number;
  /** Files that could not be read or analysed while extracting features (reported through `onError`). */
  extractErrors: number;
  /** Every scanned held-out file in corpus order. */
  rows: ScoredFile[];
}

/** Cross-validate; writes `cv-email-<mode>.{csv,json}`, `-detail.jsonl` and `-folds.csv` under `out` when given. */
export async function crossValidateEmail(
  opts: CvEmailOptions,
  hooks: CorpusHooks & { log?: (line: string) => void } = {},
): Promise<CvEmailReport> {
  const given = opts.mode ?? 'group';
  if (!(CV_MODES as readonly string[]).includes(given))
    throw new VigilError('E_USAGE', `--mode must be group (grouped) or source, got ${given}`);
  const mode: 'group' | 'source' = given === 'source' ? 'source' : 'group';
  const k = opts.folds ?? 5;
  if (!Number.isInteger(k) || k < 2)
    throw new VigilError('E_USAGE', `--folds must be an integer of at least 2, got ${k}`);
  const seed = opts.seed ?? 1;
  const mal = toArray(opts.malicious);
  const ben = toArray(opts.benign);
  if (!mal.length || !ben.length)
    throw new VigilError('E_USAGE', 'eval email --cv needs --malicious DIR and --benign DIR');
  const sliceMap = opts.slices ? readSlices(opts.slices) : null;
  const config = defaultConfig();
  const files = await listCorpus(mal, ben);
  if (!files.length) throw new VigilError('E_DATA', 'no .eml files found');
  const { messages, errors } = await extractCorpus(files, {
    config,
    featureOptions: EMAIL_FEATURE_OPTIONS,
    io: hooks.progress,
    what: 'features',
  });
  for (const e of errors) hooks.onError?.(e.file, e.error);
  const extraFiles = await listCorpus(toArray(opts.trainMalicious ?? []), toArray(opts.trainBenign ?? []));
  const extra = extraFiles.length
    ? await extractCorpus(extraFiles, {
        config,
        featureOptions: EMAIL_FEATURE_OPTIONS,
        io: hooks.progress,
        what: 'training-only features',
      })
    : { messages: [], errors: [] };
  for (const e of extra.errors) hooks.onError?.(e.file, e.error);
  const withWording = opts.wording ?? true;
  const wordingFiles = withWording
    ? await listCorpus(toArray(opts.wordingTrainMalicious ?? []), toArray(opts.wordingTrainBenign ?? []))
    : [];
  const wordingExtra = wordingFiles.length
    ? await extractCorpus(wordingFiles, {
        config,
        featureOptions: WORDING_FEATURE_OPTIONS,
        io: hooks.progress,
        what: 'wording-only features',
      })
    : { messages: [], errors: [] };
  for (const e of wordingExtra.errors) hooks.onError?.(e.file, e.error);
  // a training-only source named like a scored one would merge the two in the vocabulary filter
  const scoredSources = new Set(messages.map((m) => m.source));
  const clash = [...extra.messages, ...wordingExtra.messages].find((m) => scoredSources.has(m.source));
  if (clash)
    throw new VigilError(
      'E_USAGE',
      `training-only folder ${clash.source} has the name of a scored source; rename one of them`,
    );
  let foldOf: number[];
  let foldNames: string[];
  if (mode === 'source') {
    foldNames = [...new Set(messages.map((m) => `${m.label}/${m.source}`))].sort();
    foldOf = messages.map((m) => foldNames.indexOf(`${m.label}/${m.source}`));
  } else {
    const groups = connectGroups(
      messages.map((m) => (m.groupKeys.length ? m.groupKeys : [`file:${m.path}`])),
    );
    foldOf = groupKFold(groups, k, seed);
    foldNames = Array.from({ length: k }, (_, i) => `fold ${i + 1}`);
  }
  const rows: ScoredFile[] = [];
  let seconds = 0;
  let trainSeconds = 0;
  const folds: CvEmailResult['folds'] = [];
  for (let f = 0; f < foldNames.length; f++) {
    const train = [...messages.filter((_, i) => foldOf[i] !== f), ...extra.messages];
    const test = messages.filter((_, i) => foldOf[i] === f);
    if (!test.length) continue;
    hooks.log?.(
      `${foldNames[f]}: training on ${train.length}, scanning ${test.length}` +
        (withWording
          ? `; wording model on ${train.length + wordingExtra.messages.length}`
          : '; no wording model'),
    );
    const t0 = performance.now();
    const trained = trainEmailOnMessages(
      train,
      { ...EMAIL_TRAIN_DEFAULTS, seed },
      { version: `cv-${f + 1}` },
    );
    // the wording model learns the fold's training messages (text features only) and its own extra
    const wording = withWording
      ? new WordingModel(
          trainEmailOnMessages(
            [...train, ...wordingExtra.messages],
            { ...EMAIL_TRAIN_DEFAULTS, seed },
            { version: `cv-${f + 1}`, featureOptions: WORDING_FEATURE_OPTIONS },
          ).model,
        )
      : null;
    trainSeconds += (performance.now() - t0) / 1000;
    const scorer = emailModelFrom(trained.model, wording);
    const scored = await scoreCorpus(test, { config, scorer, io: hooks.progress, what: foldNames[f]! });
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
  const result: CvEmailResult = {
    ...base,
    mode,
    folds,
    by_source: bySource,
    train_seconds: Math.round(trainSeconds * 10) / 10,
  };
  if (sliceMap) result.slices = slicesOf(rows, (r) => sliceMap.get(basename(r.path)));
  if (opts.out) {
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, `cv-email-${mode}.csv`), scoresCsv(rows));
    writeFileSync(join(opts.out, `cv-email-${mode}.json`), JSON.stringify(result, null, 2) + '\n');
    // per message: verdict score, the model's own probability and the signals (gate analyses)
    const detail = rows.map((r) =>
      JSON.stringify({
        file: r.path,
        label: r.label,
        source: r.source,
        score: r.score,
        model: r.modelScore ?? null,
        ask: r.askScore ?? null,
        gate_open: r.gateOpen ?? null,
        blended: r.blendedScore ?? null,
        signals: r.signals ?? [],
      }),
    );
    writeFileSync(join(opts.out, `cv-email-${mode}-detail.jsonl`), detail.join('\n') + '\n');
    // fold of every file, so peers (Bayes) can be trained on exactly Vigil's training folds
    const foldLines = [
      'file,label,source,fold',
      ...messages.map((m, i) => `${m.path},${m.label},${m.source},${foldOf[i]! + 1}`),
    ];
    writeFileSync(join(opts.out, `cv-email-${mode}-folds.csv`), foldLines.join('\n') + '\n');
  }
  return {
    result,
    k,
    seconds,
    extractErrors: errors.length + extra.errors.length + wordingExtra.errors.length,
    rows,
  };
}
