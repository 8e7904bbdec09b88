/** Model cards of the domain and URL models: data manifest, settings, CV metrics, heaviest features. */
import { mdTable, renderCard, type CardBlock } from './card.js';
import type { LinearTrainParams } from './params.js';
import { PRIOR_MALICIOUS, type LinearTrainResult } from './linear.js';
import type { CvReport, SliceReport } from './slices.js';

export interface LinearCardInput {
  kind: 'domain' | 'url';
  result: LinearTrainResult;
  data: { path: string; sha256: string; rows: number; counts: Record<string, number> };
  options: LinearTrainParams;
  date: string;
  command: string;
  modelBytes: number;
  nonZero: number;
  licences: string[];
  notes: string[];
}

const pct = (x: number | null | undefined) => (x == null ? 'n/a' : `${(x * 100).toFixed(2)} %`);
const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(4));

function sliceTable(slices: readonly SliceReport[], what: string): string[] {
  return mdTable(
    [what, 'rows', 'AUC vs other class', 'flagged at FPR 0.1 %', 'flagged at FPR 1 %'],
    slices.map((s) => [s.slice, String(s.n), num(s.auc), pct(s.rate_at_fpr_0_001), pct(s.rate_at_fpr_0_01)]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

function overall(cv: CvReport): string[] {
  return [
    `- rows: ${cv.n_malicious} malicious, ${cv.n_benign} benign; ${cv.folds} folds, ${cv.grouping}`,
    `- AUC ${num(cv.auc)}; TPR at FPR 0.1 %: ${pct(cv.tpr_at_fpr['0.001'])}; TPR at FPR 1 %: ${pct(cv.tpr_at_fpr['0.01'])}`,
  ];
}

export function linearCard(c: LinearCardInput): string {
  const r = c.result;
  const m = r.model;
  const blocks: CardBlock[] = [
    [`Version ${m.version}, trained ${c.date} with \`${c.command}\`.`],
    [
      '## Data manifest',
      `- file: \`${c.data.path}\` (${c.data.rows} rows), sha256 \`${c.data.sha256}\``,
      ...Object.entries(c.data.counts).map(([k, v]) => `- ${k}: ${v}`),
      `- used ${r.rows.used} rows, dropped ${r.rows.dropped} (no usable host/label)`,
    ],
    [
      '## Model',
      `- logistic regression (FTRL, L1 ${c.options.l1}, L2 ${c.options.l2}, alpha ${c.options.alpha}), ${c.options.epochs} epochs, seed ${c.options.seed}`,
      `- hashed features: 2^${c.options.bits} buckets, signed; ${c.nonZero} non-zero weights; file ${(c.modelBytes / 1024).toFixed(0)} KiB`,
      `- calibration: Platt scaling on out-of-fold margins, intercept moved to a ${PRIOR_MALICIOUS * 100} % malicious base rate (the data is ~50 %; ranking and CV metrics unchanged)`,
      `- features: ${String(m.meta.features ?? '')}`,
      ...(m.meta.charnet && typeof m.meta.charnet === 'object'
        ? [
            `- character network (src/ml/charnet.ts): ${(m.meta.charnet as { buckets: number }).buckets} × ${(m.meta.charnet as { dim: number }).dim} n-gram embeddings stored as int8 with a scale per row, ${(m.meta.charnet as { hidden: number }).hidden} hidden units; trained by row-wise Adagrad (embeddings) and Adam (layers), seeded, on the same rows; its out-of-fold margins come from the same folds as the linear model's, and calibration and the alert threshold are fitted on the sum`,
          ]
        : []),
      ...(m.meta.trees && typeof m.meta.trees === 'object'
        ? [
            `- stacked (url/3): ${(m.meta.trees as { trees: unknown[] }).trees.length} gradient-boosted trees (src/ml/gbdt.ts) over the linear margin and ${(m.meta.trees as { features: unknown[] }).features.length - 1} dense inputs (src/url/url-features-dense.ts); the trees learn out-of-fold linear margins (inside each CV fold: an inner grouped split of its training rows), so no row's label reaches its own inputs; calibration is fitted on the stacked out-of-fold margins; a benign mail link weighs ${String(m.meta.mail_weight ?? 1)} in training; the heaviest features below are the linear part's`,
          ]
        : []),
      ...(typeof m.meta.mail_weight === 'number' && !m.meta.trees
        ? [
            `- each benign link of mail (source \`mail_*\`) is learnt ${m.meta.mail_weight} times (the traffic the model serves, ~5 % of the rows); scores, calibration and every metric count it once`,
          ]
        : []),
      ...(m.meta.hard_negatives && typeof m.meta.hard_negatives === 'object'
        ? (() => {
            const h = m.meta.hard_negatives as { rounds: number; share: number; copies: number };
            return [
              `- hard negatives (src/ml/hard-negatives.ts): after the first fit the ${h.share * 100} % of benign training rows it scores highest are learnt ${h.copies} more times and the model is refitted, ${h.rounds} time${h.rounds === 1 ? '' : 's'} (extra copies add up); in every CV fold from that fold's training rows only, and in the final fit`,
            ];
          })()
        : []),
      ...(typeof m.meta.alert_threshold === 'number'
        ? [
            `- \`domain.dga\` fires at probability ≥ ${m.meta.alert_threshold} (the out-of-fold threshold for FPR 0.1 %)`,
          ]
        : []),
    ],
    [
      '## Cross-validated metrics (out-of-fold: every score comes from a model that did not see the row)',
      ...overall(r.cv),
    ],
    sliceTable(r.cv.slices, c.kind === 'domain' ? 'family' : 'source'),
    ...(r.coarse ? [['Coarse sources:'], sliceTable(r.coarse, 'source group')] : []),
    [
      'For a malicious slice "flagged" is its TPR; for a benign slice it is its FPR, at the two global thresholds.',
    ],
    ['## Heaviest features'],
    ['Toward malicious: ' + r.topPositive.map(([f, w]) => `${f} (${w})`).join('; ')],
    ['Toward benign: ' + r.topNegative.map(([f, w]) => `${f} (${w})`).join('; ')],
    ['## Caveats', ...c.notes.map((n) => `- ${n}`)],
    ['## Licences of the sources', ...c.licences.map((l) => `- ${l}`)],
  ];
  return renderCard({
    title: `${c.kind === 'domain' ? 'Generated-domain (DGA) model' : 'Phishing-URL model'} — \`models/${c.kind}.json\``,
    blocks,
  });
}
