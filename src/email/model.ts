/**
 * The learned email model: loading `models/email.json` (or a file named in the config) and scoring
 * one message's facts and rule signals into a calibrated probability with its top features in words.
 * Trained by `vigil train email` (src/train/email.ts); features come from ./features.ts.
 */
import { packagePath } from '../paths.js';
import {
  MAX_LINE_WINDOWS,
  SCORE_WINDOW_WORDS,
  VigilError,
  type FeatureContribution,
  type ModelSummary,
  type Signal,
} from '../core/index.js';
import { loadModel } from '../models.js';
import {
  calibrate,
  explain,
  hasherFor,
  modelMargin,
  topContributions,
  type FeatureHasher,
  type LinearModel,
} from '../ml/index.js';
import type { EmailScorer } from './analyzer.js';
import type { EmailFacts } from './facts.js';
import { emailFeatures, FEATURES_VERSION, type EmailFeatureOptions, type EmailFeatures } from './features.js';
import { WINDOW_TEXT_CHARS, WindowScorer, windowStarts, windowTokens } from './window-score.js';
import { loadWordingModel, type WordingModel } from './wording.js';

/** The shipped model. */
export const DEFAULT_EMAIL_MODEL_PATH = packagePath('models/email.json');

/** How many features a verdict lists. */
export const TOP_FEATURES = 6;

export interface EmailScore {
  summary: ModelSummary;
  /** Per fired signal id, its contribution to the log-odds (orders the verdict's signals). */
  signalContributions: Map<string, number>;
  /**
   * The model's probability without the contributions of the rule signals: what the wording, URL
   * facts and structure say on their own. The evidence gate reads it as the ask, so a deception
   * signal is never counted twice (once as itself, once through the model as an ask).
   */
  askScore: number;
}

/** A loaded email model; pass it to `analyzeEmail` as `scorer`. */
export class EmailModel implements EmailScorer {
  readonly model: LinearModel;
  readonly hasher: FeatureHasher;
  readonly featureOptions: EmailFeatureOptions;

  /** The wording model (./wording.ts), or how to load it when first needed; null = none. */
  private wording: WordingModel | (() => WordingModel | null) | null;

  constructor(
    model: LinearModel,
    source = 'email model',
    wording: WordingModel | (() => WordingModel | null) | null = null,
  ) {
    this.wording = wording;
    const features = model.meta['features'];
    if (features !== FEATURES_VERSION)
      throw new VigilError(
        'E_MODEL',
        `${source} was trained on features ${JSON.stringify(features)}, this Vigil extracts ${FEATURES_VERSION}`,
        { source },
      );
    this.model = model;
    this.hasher = hasherFor(model);
    this.featureOptions = (model.meta['featureOptions'] as EmailFeatureOptions | undefined) ?? {};
  }

  score(facts: EmailFacts, signals: Signal[]): EmailScore {
    return scoreEmail(this, facts, signals);
  }

  /** The wording model's probability for this message; null without a wording model. */
  wordingScore(facts: EmailFacts): number | null {
    if (typeof this.wording === 'function') this.wording = this.wording();
    return this.wording ? this.wording.score(facts) : null;
  }
}

/**
 * Load an email model through the one loader (src/models.ts). `undefined` = the shipped model
 * (null when no model is shipped), `null` = no model (rules only), a path = that file. Throws
 * E_MODEL when a named file is missing or not a model trained for this feature set.
 */
export function loadEmailModel(path?: string | null, wordingPath?: string | null): EmailModel | null {
  const model = loadModel('email', path);
  if (!model) return null;
  // a configured wording model is read now (a broken file is an error at start, not a skipped
  // score later); the shipped one when a message first needs it
  const wording =
    typeof wordingPath === 'string'
      ? loadWordingModel(wordingPath)
      : wordingPath === null
        ? null
        : () => loadWordingModel();
  return new EmailModel(model, `email model ${path ?? DEFAULT_EMAIL_MODEL_PATH}`, wording);
}

/** Build a model object from an already parsed model (training, tests). */
export function emailModelFrom(model: LinearModel, wording: WordingModel | null = null): EmailModel {
  return new EmailModel(model, 'email model', wording);
}

/**
 * A long body in windows of SCORE_WINDOW_WORDS words (at most MAX_SCORE_WINDOWS), or none when it
 * is short. Text features are normalised over the whole text, so 1,000 neutral words appended to a
 * lure dilute its wording to nothing; scored window by window, the lure's window still reads as one.
 */
export function scoreWindows(text: string): string[] {
  const words = windowTokens(text);
  return windowStarts(words.length).map((i) => words.slice(i, i + SCORE_WINDOW_WORDS).join(' '));
}

/**
 * A long body (one that has sliding windows) cut at line breaks into runs of whole lines of at most SCORE_WINDOW_WORDS words (a longer
 * line is cut on its own), at most MAX_LINE_WINDOWS. Padding arrives as its own paragraphs: a lure
 * of 60 words followed by 300 neutral ones is then one window of its own words only, where a
 * sliding window would mix a third of filler into it and dilute it (bench:robustness, padding).
 */
export function lineWindows(text: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length && out.length < MAX_LINE_WINDOWS) out.push(cur.join(' '));
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (out.length >= MAX_LINE_WINDOWS) break;
    const w = line.split(/\s+/).filter(Boolean);
    if (!w.length) continue;
    if (cur.length + w.length > SCORE_WINDOW_WORDS) flush();
    for (let i = 0; i < w.length; i += SCORE_WINDOW_WORDS) {
      const part = w.slice(i, i + SCORE_WINDOW_WORDS);
      if (part.length === SCORE_WINDOW_WORDS) {
        cur = part;
        flush();
      } else cur.push(...part);
    }
  }
  flush();
  return out;
}

/**
 * Score one message: calibrated probability, top features in words, per-signal contributions. A
 * long body is also scored window by window and the highest margin counts (evidence that does not
 * dilute with length: padding must not hide a payment-change request).
 */
export function scoreEmail(m: EmailModel, facts: EmailFacts, signals: readonly Signal[]): EmailScore {
  let features: EmailFeatures;
  let raw: number;
  const tokens = windowTokens(facts.visibleText);
  const starts = windowStarts(tokens.length);
  if (m.featureOptions.charGramsObfuscatedOnly) {
    features = emailFeatures(facts, signals, m.featureOptions);
    raw = modelMargin(m.model, m.hasher.vectorize(features));
    const lines = starts.length ? lineWindows(facts.visibleText.slice(0, WINDOW_TEXT_CHARS)) : [];
    for (const window of [...scoreWindows(facts.visibleText), ...lines]) {
      const f = emailFeatures({ ...facts, visibleText: window, text: window }, signals, m.featureOptions);
      const r = modelMargin(m.model, m.hasher.vectorize(f));
      if (r > raw) {
        raw = r;
        features = f;
      }
    }
  } else {
    // the same margins, computed incrementally (src/email/window-score.ts), for a short body too
    // (no map of names to hash); only the text that wins is named, for the explanation
    const scorer = new WindowScorer(m.model, m.featureOptions, facts, signals);
    const lists = [scorer.wholeWords(facts.visibleText)];
    for (const start of starts) lists.push(scorer.windowWords(tokens, start));
    // line-aligned windows (a lure's own lines, no padding mixed in): the reference way, text by text
    if (starts.length)
      for (const text of lineWindows(facts.visibleText.slice(0, WINDOW_TEXT_CHARS)))
        lists.push(scorer.wholeWords(text));
    // the highest margin, the first window that has it (whole body, sliding, line-aligned), as
    // scoring them in that order and keeping only a greater one; only candidates are sorted
    const top = scorer.best(lists);
    raw = top.margin;
    const best = lists[top.index]!;
    // the explanation lists no character n-gram (filtered below), and no other feature's value
    // reads them: their names, half of a message's features, are not built
    features = scorer.namedFeatures(best, { charGrams: false });
  }
  const score = calibrate(m.model.calibration, raw);
  const contribs = explain(m.model, features);
  // character n-grams carry weight but read poorly; the verdict lists words, rules and URL facts
  const readable = contribs.filter((c) => !c.feature.startsWith('chars: '));
  const top: FeatureContribution[] = topContributions(
    readable,
    TOP_FEATURES,
    score >= 0.5 ? 'malicious' : 'benign',
  );
  // a signal the model has no weight for is left out, so the engine falls back to its severity
  const signalContributions = new Map<string, number>();
  let rules = 0;
  for (const c of contribs)
    if (c.feature.startsWith('rule: ')) {
      signalContributions.set(c.feature.slice(6), c.weight);
      rules += c.weight;
    }
  return {
    summary: { name: m.model.name, version: m.model.version, score, top_features: top },
    signalContributions,
    askScore: calibrate(m.model.calibration, raw - rules),
  };
}
