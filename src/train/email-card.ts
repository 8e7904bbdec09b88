/** The email model's card: what it reads, the data and its licences, out-of-fold metrics, heaviest features. */
import { FEATURES_VERSION, type EmailFeatureOptions } from '../email/index.js';
import { nonZeroWeights, summarize } from '../ml/index.js';
import { mdTable, renderCard, type CardBlock } from './card.js';
import {
  EMAIL_FEATURE_OPTIONS,
  ROUND_SOURCE,
  SIGNAL_PRIOR,
  SOURCE_LICENCES,
  type TrainedEmailModel,
} from './email-settings.js';
import { sliceReport } from './slices.js';

export interface EmailCardInput {
  date: string;
  version: string;
  manifest: string;
  errors: number;
  extractSeconds: number;
  trainSeconds: number;
  /** Size of the model file. */
  bytes: number;
  top: { positive: [string, number][]; negative: [string, number][] };
  mal: string[];
  ben: string[];
}

/**
 * Sources listed in the card by group: the blind rounds (`round067` … one folder per round, so the
 * vocabulary filter sees each round's invented names as one source's) are one row, not 175.
 */
const cardSource = (key: string) => {
  const [label, source] = key.split('/');
  return ROUND_SOURCE.test(source ?? '') ? `${label}/blind rounds` : key;
};
const ROUNDS_LICENCE =
  'written for Vigil by helpers who never saw it (bench/fixtures/rounds, one source folder per round); the project licence';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(2)} %`);
const f3 = (x: number | null) => (x === null ? '–' : x.toFixed(4));

export function emailCard(t: TrainedEmailModel, c: EmailCardInput): string {
  const msgs = t.messages;
  const labels = msgs.map((m) => (m.label === 'malicious' ? 1 : 0));
  const p = t.oofProbabilities;
  const flags = p.map((x) => x >= 0.5);
  const s = summarize(p, labels, flags);
  const slices = sliceReport(
    msgs.map((m) => cardSource(`${m.label}/${m.source}`)),
    p,
    labels,
    { flags },
  );
  const sources = new Map<string, number>();
  const rounds = new Set<string>();
  for (const m of msgs) {
    const key = cardSource(`${m.label}/${m.source}`);
    sources.set(key, (sources.get(key) ?? 0) + 1);
    if (ROUND_SOURCE.test(m.source)) rounds.add(m.source);
  }
  const nSources = new Set(msgs.map((m) => `${m.label}/${m.source}`)).size;
  const nGroups = new Set(t.groups).size;
  const fo = (t.model.meta['featureOptions'] as EmailFeatureOptions | undefined) ?? EMAIL_FEATURE_OPTIONS;
  const minSources = (t.model.meta['min_text_sources'] as number | undefined) ?? 1;
  const chars = !fo.charGrams
    ? ''
    : fo.charGramsObfuscatedOnly
      ? `, character ${fo.charGrams}-grams of obfuscated-looking tokens only`
      : `, character ${fo.charGrams}-grams`;
  const blocks: CardBlock[] = [];
  blocks.push([
    `Regularised logistic regression (FTRL-Proximal, L1 + L2) over hashed features of one message: words${fo.bigrams === false ? '' : ', word pairs'}${chars}`,
    'of the subject and the visible body text (NFKC, lower-case, look-alike letters folded, digits, URLs, e-mail',
    'addresses, recipient names, quoted replies and list footers removed' +
      (fo.stopwords
        ? '; function words, pronouns and courtesy words of six languages dropped, word pairs formed over the remaining words)'
        : ')') +
      (fo.textWeight !== undefined && fo.textWeight !== 1
        ? `, the whole text block scaled by ${fo.textWeight},`
        : ','),
    ...(fo.textOnly
      ? [
          'and nothing else: no sender, link, structure or rule feature. This is the wording model: the evidence',
          'gate reads its probability as an ask (at or above 0.5) when a deception fired and neither a rule nor the',
          "email model's wording read one, and confirms (at or above 0.5) a gate the rules or the email model opened",
          'and no rule confirmed (src/email/wording.ts). Calibrated with Platt scaling on out-of-fold',
          'scores (folds below). Receiving-side headers, dates, Message-IDs, list headers and line endings are never read.',
        ]
      : [
          'generic URL facts (path words, IP hosts, ports, link/sender domain agreement), message structure (links,',
          'forms, password fields, hidden text, attachment types) and every rule signal the email analyzer fired',
          '(`rule: <id>`). Calibrated with Platt scaling on out-of-fold scores (folds below). Receiving-side headers, dates,',
          'Message-IDs, list headers, TLDs, part types and line endings are never read (see src/email/features.ts).',
        ]),
  ]);
  if (minSources > 1)
    blocks.push([
      `Vocabulary filter (training only): a text feature is trained only if it occurs in messages of at least ${minSources}`,
      "different source folders, so words one corpus alone uses (its invented companies, its list's topic, its",
      "generator's habits) get no weight. The source folder is used only for this filter; it is never a feature.",
    ]);
  blocks.push([
    '| | |',
    '| --- | --- |',
    `| trained | ${c.date} |`,
    `| features | ${FEATURES_VERSION} (${JSON.stringify(fo)}, min text sources ${minSources}) |`,
    `| training folders | malicious: ${c.mal.map((d) => `\`${d}\``).join(', ')}; benign: ${c.ben.map((d) => `\`${d}\``).join(', ')} |`,
    `| messages | ${msgs.length} (${s.n_malicious} malicious, ${s.n_benign} benign); ${c.errors} unreadable skipped |`,
    `| data manifest sha256 | \`${c.manifest}\` (sha256 of the sorted \`label/path sha256\` lines) |`,
    `| hyper-parameters | ${Object.entries(t.hyper)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}; class weights balanced; Platt calibration |`,
    `| model | ${nonZeroWeights(t.model)} non-zero weights of 2^${t.model.bits}; ${(c.bytes / 1e6).toFixed(2)} MB JSON |`,
    `| time | features ${c.extractSeconds.toFixed(1)} s, training ${c.trainSeconds.toFixed(1)} s |`,
  ]);
  blocks.push(['## Data']);
  blocks.push(
    mdTable(
      ['label/source', 'messages', 'licence / terms'],
      [...sources]
        .sort()
        .map(([k, n]) => [
          k.endsWith('/blind rounds') ? `${k} (${rounds.size} rounds)` : k,
          String(n),
          k.endsWith('/blind rounds')
            ? ROUNDS_LICENCE
            : (SOURCE_LICENCES[k.split('/')[1]!] ?? 'unknown: check before redistributing the model'),
        ]),
    ),
  );
  if (t.model.meta['corpus_weights'])
    blocks.push([
      'Weights: for each label the blind rounds together count as much as the other sources together (each',
      'round message weighs other/rounds; `corpusWeights` in src/train/email.ts), so three times as many',
      "messages from one year's language models do not decide the wording weights alone.",
    ]);
  blocks.push([
    'The licences of the training data bind the model trained on it: phishing_pot is CC BY-NC 4.0, so this',
    'shipped model is for non-commercial use unless retrained without it (`vigil train email` on your own folders).',
  ]);
  blocks.push(['## Cross-validated metrics (model only)']);
  const bySource = t.model.meta['calibration_folds'] === 'source-grouped';
  blocks.push([
    bySource
      ? `${t.hyper['folds']}-fold cross-validation grouped by source folder (each fold holds out whole sources of the ${nSources}; the calibration uses`
      : `${t.hyper['folds']}-fold cross-validation grouped by campaign (${nGroups} groups: messages sharing a sender domain — the`,
    bySource
      ? 'the same folds, so probabilities are fitted on scores of mail from sources the model did not see). These are'
      : 'address for free-mail senders — or a normalised subject within one source are kept in one fold). These are',
    "out-of-fold model probabilities without the analyzer's critical-signal floors; `vigil eval email --cv` runs the",
    'whole analyzer on every held-out fold (the numbers reported in the README).',
  ]);
  blocks.push(
    mdTable(
      ['AUC', 'TPR @ FPR ≤ 0.1 %', 'TPR @ FPR ≤ 1 %', 'TPR @ 0.5', 'FPR @ 0.5', 'precision @ 0.5'],
      [
        [
          f3(s.auc),
          pct(s.tpr_at_fpr['0.001']),
          pct(s.tpr_at_fpr['0.01']),
          pct(s.at_verdict.tpr),
          pct(s.at_verdict.fpr),
          pct(s.at_verdict.precision),
        ],
      ],
    ),
  );
  blocks.push(
    mdTable(
      ['slice', 'n', 'flagged at 0.5'],
      slices.map((sl) => [
        sl.slice,
        String(sl.n),
        sl.positives ? pct(sl.tpr) + ' (TPR)' : pct(sl.fpr) + ' (FPR)',
      ]),
    ),
  );
  blocks.push(['## Heaviest features']);
  blocks.push([
    'Weights in log-odds per unit of feature value (text features are scaled by 1/√(number of distinct text features)).',
  ]);
  const top: string[][] = [];
  for (let i = 0; i < 30; i++) {
    const a = c.top.positive[i];
    const b = c.top.negative[i];
    if (!a && !b) break;
    top.push([a ? a[0] : '', a ? a[1].toFixed(3) : '', b ? b[0] : '', b ? b[1].toFixed(3) : '']);
  }
  blocks.push(mdTable(['toward malicious', 'weight', 'toward benign', 'weight'], top));
  const priors = (t.model.meta['signal_priors'] as string[] | undefined) ?? [];
  if (priors.length)
    blocks.push(
      ['## Signals with a prior weight'],
      [
        `These signals never fired in the training data, so their weight is a severity prior (${Object.entries(
          SIGNAL_PRIOR,
        )
          .filter(([, v]) => v)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} log-odds) instead of a learned one: ${priors.map((p) => `\`${p}\``).join(', ')}.`,
      ],
    );
  blocks.push(
    ['## Known limits'],
    [
      ...(rounds.size
        ? [
            `- Trained on the dev corpus (2002 and 2019–2024 ham, 2004–05 and 2021–25 phishing, LLM-written BEC, rendered`,
            `  templates) and ${rounds.size} blind rounds: attacks and legitimate mail of one organisation each, all written`,
            '  by language models in 2026. Expect lower accuracy on mail unlike all of them; retrain on your own mail when you can.',
          ]
        : [
            '- Trained on the dev corpus only: 2002 and 2019–2024 ham, 2004–05 and 2021–25 phishing, LLM-written BEC and',
            '  rendered templates. Expect lower accuracy on mail unlike all of them; retrain on your own mail when you can.',
          ]),
      '- Hashed features: two names can share a bucket; an explanation then shows the shared weight for both.',
      ...(fo.textOnly
        ? [
            '- Alone it is no detector (its probability flags many legitimate messages, see the metrics above); it only',
            '  supplies an ask beside a deception a rule found, or confirms an ask and a deception other evidence found.',
          ]
        : [
            '- The rule signals are features: when a rule changes, retrain so its weight matches what it now fires on.',
          ]),
    ],
  );
  return renderCard({
    title: `Model card: Vigil ${fo.textOnly ? 'wording' : 'email'} model ${c.version}`,
    blocks,
  });
}
