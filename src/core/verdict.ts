import type { Category, Signal } from './signal.js';
import type { Skipped } from './limits.js';

export const VERDICT_SCHEMA = 'vigil.verdict/1';
/**
 * The kind of input a verdict judges: the `kind` of a registered analyzer (`email`, `url`,
 * `domain` ship; src/analyzers.ts lists them, `vigil.kinds` at run time). A string, so adding a
 * kind needs no change here.
 */
export type InputKind = string;
export type VerdictLabel = 'clean' | 'suspicious' | 'malicious';

/** A learned feature's contribution to the model score, in words. */
export interface FeatureContribution {
  /** e.g. `text: "verify your account"`, `rule: email.link.text_href_mismatch`. */
  feature: string;
  /** Contribution to the log-odds (weight × value); positive pushes toward malicious. */
  weight: number;
}

export interface ModelSummary {
  name: string;
  version: string;
  /** The model's own calibrated probability, before critical-signal floors. */
  score: number;
  top_features: FeatureContribution[];
}

export interface VerdictInput {
  sha256?: string;
  bytes?: number;
  subject?: string;
  from?: string;
  message_id?: string;
  /** For url / domain verdicts: the normalised URL or domain. */
  normalized?: string;
}

/** The verdict JSON of DESIGN.md. Same input, config and model: same bytes, apart from elapsed_ms. */
export interface Verdict {
  schema: typeof VERDICT_SCHEMA;
  kind: InputKind;
  /** File name, URL or domain as given by the caller. */
  target: string;
  verdict: VerdictLabel;
  /** Calibrated probability that the input is malicious. */
  score: number;
  categories: Category[];
  /** Ordered by contribution, most important first. */
  signals: Signal[];
  model: ModelSummary | null;
  skipped: Skipped[];
  input: VerdictInput;
  elapsed_ms: number;
}

export interface Thresholds {
  suspicious: number;
  malicious: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ suspicious: 0.5, malicious: 0.9 });
