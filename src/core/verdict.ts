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

/**
 * How `score` was made from the evidence, in numbers the dashboard and CLI can put into words (so
 * that "model 99 %" beside "clean 19 %" is explained, not a contradiction). Written by
 * `combine` in src/core/engine.ts; every number here is one the engine used.
 */
export interface ScoreExplanation {
  /** `rules`: no model, noisy-OR of severities; `model`: the model's probability; `blend`: both joined. */
  method: 'rules' | 'model' | 'blend';
  /** Rules-only noisy-OR of the fired severities (low 0.15, medium 0.5, high 0.75, critical 0.95). */
  rules_score: number;
  /** The model's calibrated probability (also `model.score`). */
  model_score?: number;
  /** blend: score = σ(model · logit(p_model) + rules · logit(max(p_rules, 0.05))). */
  blend?: { model: number; rules: number };
  /** The blended score, before the gate and the critical floor. */
  blended_score?: number;
  /** The evidence gate (email): open with a strong signal, an ask and a deception, or two firm deceptions in different areas. */
  gate?: {
    open: boolean;
    ask: boolean;
    deception: boolean;
    strong: boolean;
    /** A rule's ask beside a deception of medium severity or more (or a strong signal): flagged. */
    confirmed: boolean;
    /** Firm deceptions in two areas (e.g. a disguised sender and hidden text) opened it without an ask. */
    corroborated: boolean;
    /** The model's wording-only probability, read as an ask at or above `ask_model_min`. */
    ask_score?: number;
    ask_model_min: number;
    /**
     * The wording model's probability (text only), read as an ask at or above `wording_min`; present
     * only when it could decide the gate (a deception and no other ask, or an open gate no rule
     * confirmed: see `wording_confirms`).
     */
    wording_score?: number;
    wording_min?: number;
    /**
     * Whether the wording model confirmed a gate other evidence opened (its probability at or above
     * `wording_confirm_min`); present only when it could (an open gate no rule confirmed).
     */
    wording_confirms?: boolean;
    wording_confirm_min?: number;
    /** Scores of a closed gate stay under this (see capClosedScore in src/core/engine.ts). */
    cap: number;
    /** The gate lowered the score: it was above `cap`, and now sits just under it, in rank order. */
    capped: boolean;
  };
  /** Set when a signal that is evidence on its own (gate `strong`) put the suspicious threshold under the score. */
  strong_floor?: number;
  /** Set when a rule's ask beside a deception of medium severity or more (gate `confirmed`) did. */
  evidence_floor?: number;
  /** Set when the wording model confirmed an open gate (`gate.wording_confirms`) and so did. */
  wording_floor?: number;
  /** Set when a critical signal put this floor under the score. */
  critical_floor?: number;
  thresholds: Thresholds;
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
  /** Ordered by severity (critical first), then by contribution to the score. */
  signals: Signal[];
  model: ModelSummary | null;
  skipped: Skipped[];
  input: VerdictInput;
  /** How the score was made (see ScoreExplanation). */
  explanation?: ScoreExplanation;
  elapsed_ms: number;
}

export interface Thresholds {
  suspicious: number;
  malicious: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ suspicious: 0.5, malicious: 0.9 });
