/**
 * The engine combines what an analyzer found into a verdict. It treats every signal alike and never
 * names a signal id: `critical` signals set a floor under the score; every other signal reaches the
 * score through the model, whose learned weights decide how much it counts. Without a model, a
 * documented rules-only score (noisy-OR of severity weights) stands in.
 */
import type { Category, Role, Signal } from './signal.js';
import { SEVERITY_WEIGHT } from './signal.js';
import type { Skipped } from './limits.js';
import type {
  InputKind,
  ModelSummary,
  ScoreExplanation,
  Thresholds,
  Verdict,
  VerdictInput,
  VerdictLabel,
} from './verdict.js';
import { DEFAULT_THRESHOLDS, VERDICT_SCHEMA } from './verdict.js';

/** Severity rank for ordering (info lowest); not a weight. */
export const SEVERITY_RANK: Record<Signal['severity'], number> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/** Score floor set by a critical signal (e.g. an executable behind a double extension). */
export const CRITICAL_FLOOR = 0.95;

/** Rules-only probability: 1 - Π(1 - w(severity)), each signal id counted once. */
export function rulesOnlyScore(signals: readonly Signal[]): number {
  const seen = new Set<string>();
  let clean = 1;
  for (const s of signals) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    clean *= 1 - SEVERITY_WEIGHT[s.severity];
  }
  return 1 - clean;
}

export function labelFor(score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): VerdictLabel {
  if (score >= thresholds.malicious) return 'malicious';
  if (score >= thresholds.suspicious) return 'suspicious';
  return 'clean';
}

/**
 * How a model's probability is joined with the rule evidence:
 * score = σ(model · logit(p_model) + rules · logit(max(p_rules, RULES_FLOOR))), where p_rules is the
 * rules-only score. With model < 1 the learned wording alone cannot outweigh the absence of any rule
 * evidence; this keeps mail from sources unlike the training data from being flagged on style alone
 * (see the email analyzer for the measured trade-off).
 */
export interface ScoreBlend {
  model: number;
  rules: number;
}
const RULES_FLOOR = 0.05;
const logit = (p: number) => {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
};

export function blendScores(modelScore: number, rulesScore: number, blend: ScoreBlend): number {
  return (
    1 /
    (1 +
      Math.exp(-(blend.model * logit(modelScore) + blend.rules * logit(Math.max(rulesScore, RULES_FLOOR)))))
  );
}

/**
 * The evidence gate: an input is flagged only when its signals carry evidence of an attack, either
 * one `strong` signal (which also puts the suspicious threshold under the score), or an `ask` together
 * with a `deception` (see `Role`). The model reads wording
 * and style; it may supply the ask (its probability without the rule signals' contributions at or
 * above `askModelMin` says the text reads like a lure) but never the deception, so wording alone
 * cannot flag mail. Without that evidence
 * the score is capped just below the suspicious threshold: the model still ranks, and the verdict
 * says clean.
 */
export interface EvidenceGate {
  /** Role of each fired signal (from its declaration). */
  roleOf(signal: Signal): Role;
  /** Model probability from which the wording counts as an ask; > 1 = only rules make asks. */
  askModelMin: number;
  /**
   * A second model's probability, of the wording alone (src/email/wording.ts), from which it counts
   * as an ask too; undefined = no such model is read.
   */
  wordingMin?: number;
  /**
   * The wording model's probability from which it confirms a gate that is open without it (an ask
   * and a deception the rules or the email model found) but not confirmed by a rule's ask beside a
   * firm deception: two readings agree, so the input is flagged whatever the blended score says.
   * It never opens a gate; undefined = it confirms nothing.
   */
  wordingConfirmMin?: number;
  /**
   * Whether a fired ask or deception may confirm the gate (flagged whatever the model says); a
   * deception must also be of medium severity or more. Default: every signal may.
   */
  confirms?(signal: Signal): boolean;
  /**
   * The part of the message a deception is about (the sender's identity, hidden content, links,
   * attachments). Firm deceptions (medium or more, confirming) in two different areas open the gate
   * without an ask: two independent disguises are evidence of an attack, and a lure whose ask is a
   * picture or a language the rules do not read still carries them. Without it, deceptions never
   * open the gate on their own.
   */
  areaOf?(signal: Signal): string;
}

/** What the evidence gate found; `open` = the input may be flagged. */
export interface GateResult {
  open: boolean;
  ask: boolean;
  deception: boolean;
  strong: boolean;
  /**
   * An ask a rule read (not the model's wording) beside a deception of medium severity or more:
   * evidence a reader can check, so the input is flagged whatever the model says of its style.
   */
  confirmed: boolean;
  /** Firm deceptions in two or more areas (see `EvidenceGate.areaOf`) opened the gate without an ask. */
  corroborated: boolean;
  /**
   * Present when the wording model could confirm (`EvidenceGate.wordingConfirmMin`, a gate open
   * without it and not confirmed otherwise): whether its probability reached that bar.
   */
  wording_confirms?: boolean;
}

export function evaluateGate(
  signals: readonly Signal[],
  modelScore: number | null,
  gate: EvidenceGate,
  wordingScore: number | null = null,
): GateResult {
  const wordingAsks =
    wordingScore !== null && gate.wordingMin !== undefined && wordingScore >= gate.wordingMin;
  let ask = modelScore !== null && modelScore >= gate.askModelMin;
  let ruleAsk = false;
  let deception = false;
  let firmDeception = false;
  let strong = false;
  const areas = new Set<string>();
  for (const s of signals) {
    const role = gate.roleOf(s);
    if (role === 'strong') strong = true;
    else if (role === 'ask') {
      ask = true;
      if (gate.confirms?.(s) ?? true) ruleAsk = true;
    } else if (role === 'deception') {
      deception = true;
      if (SEVERITY_RANK[s.severity] >= SEVERITY_RANK.medium && (gate.confirms?.(s) ?? true)) {
        firmDeception = true;
        const area = gate.areaOf?.(s);
        if (area !== undefined) areas.add(area);
      }
    }
  }
  const corroborated = areas.size >= 2;
  const openWithoutWording = strong || (ask && deception) || corroborated;
  const confirmed = strong || (ruleAsk && firmDeception);
  const result: GateResult = {
    open: openWithoutWording || (wordingAsks && deception),
    ask: ask || wordingAsks,
    deception,
    strong,
    confirmed,
    corroborated,
  };
  // the wording model confirms only what other evidence opened: never a gate it opened itself
  if (openWithoutWording && !confirmed && wordingScore !== null && gate.wordingConfirmMin !== undefined) {
    result.wording_confirms = wordingScore >= gate.wordingConfirmMin;
    result.confirmed = result.wording_confirms;
  }
  return result;
}

/** Highest score an input without evidence of an attack can get: just under `suspicious`. */
export function gateCap(thresholds: Thresholds): number {
  return Math.floor(thresholds.suspicious * 0.98 * 10_000) / 10_000;
}

/** Width of the band under the cap into which a closed gate folds the scores above it. */
const CAP_BAND = 0.02;

/**
 * A closed gate's score: unchanged below `cap − CAP_BAND`, and the rest of [0, 1] folded
 * monotonically into [cap − CAP_BAND, cap). The verdict stays clean, and the model still ranks:
 * a flat cap would tie every closed message the model is sure of (an analyst sorting quarantined
 * mail, or a TPR at a fixed FPR, could no longer tell them apart).
 */
export function capClosedScore(score: number, cap: number): number {
  const knee = cap - CAP_BAND;
  if (score <= knee) return score;
  const folded = knee + (CAP_BAND * (score - knee)) / (1 - knee);
  // 4 decimals in the verdict: stay strictly under the cap after rounding
  return Math.min(folded, cap - 0.0001);
}

export interface CombineInput {
  kind: InputKind;
  target: string;
  signals: Signal[];
  /** The model's calibrated probability and explanation, or null when no model is loaded. */
  model: ModelSummary | null;
  /**
   * Per signal id, its contribution to the model's log-odds; used to order signals by what they
   * actually contributed. Missing ids fall back to their severity weight.
   */
  signalContributions?: ReadonlyMap<string, number>;
  skipped: Skipped[];
  input: VerdictInput;
  thresholds?: Thresholds;
  /** Join the model with the rule evidence instead of using the model alone (see ScoreBlend). */
  blend?: ScoreBlend;
  /** Flag only with evidence of an attack (see EvidenceGate). */
  gate?: EvidenceGate;
  /** The model's probability from the message's wording alone (no rule signals); default model.score. */
  askScore?: number;
  /** The wording model's probability (see EvidenceGate.wordingMin), when it was computed. */
  wordingScore?: number;
  /** performance.now() when work on this input began. */
  startedAt: number;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function combine(c: CombineInput): Verdict {
  const thresholds = c.thresholds ?? DEFAULT_THRESHOLDS;
  const rulesScore = rulesOnlyScore(c.signals);
  const method: ScoreExplanation['method'] = !c.model ? 'rules' : c.blend ? 'blend' : 'model';
  let score =
    method === 'rules'
      ? rulesScore
      : method === 'blend'
        ? blendScores(c.model!.score, rulesScore, c.blend!)
        : c.model!.score;
  const explanation: ScoreExplanation = {
    method,
    rules_score: round(rulesScore),
    thresholds: { suspicious: thresholds.suspicious, malicious: thresholds.malicious },
  };
  if (c.model) explanation.model_score = round(c.model.score);
  if (method === 'blend') {
    explanation.blend = { model: c.blend!.model, rules: c.blend!.rules };
    explanation.blended_score = round(score);
  }
  if (c.gate) {
    const askScore = c.askScore ?? c.model?.score ?? null;
    const g = evaluateGate(c.signals, askScore, c.gate, c.wordingScore ?? null);
    const cap = gateCap(thresholds);
    explanation.gate = { ...g, ask_model_min: c.gate.askModelMin, cap, capped: !g.open && score > cap };
    if (askScore !== null) explanation.gate.ask_score = round(askScore);
    if (c.wordingScore !== undefined && c.gate.wordingMin !== undefined) {
      explanation.gate.wording_score = round(c.wordingScore);
      explanation.gate.wording_min = c.gate.wordingMin;
    }
    if (g.wording_confirms !== undefined) explanation.gate.wording_confirm_min = c.gate.wordingConfirmMin!;
    if (!g.open) score = capClosedScore(score, cap);
    // one strong indicator is evidence of an attack on its own, and so is an ask a rule read beside
    // a firm deception: the message is flagged, and the model only ranks above the suspicious
    // threshold (an unfamiliar style must not hide it)
    else if (g.confirmed && score < thresholds.suspicious) {
      if (g.strong) explanation.strong_floor = thresholds.suspicious;
      else if (g.wording_confirms) explanation.wording_floor = thresholds.suspicious;
      else explanation.evidence_floor = thresholds.suspicious;
      score = thresholds.suspicious;
    }
  }
  if (c.signals.some((s) => s.severity === 'critical')) {
    explanation.critical_floor = CRITICAL_FLOOR;
    score = Math.max(score, CRITICAL_FLOOR);
  }
  score = round(Math.min(1, Math.max(0, score)));

  const weightOf = (s: Signal) => c.signalContributions?.get(s.id) ?? SEVERITY_WEIGHT[s.severity];
  // Severity first, then contribution: an analyst reads the list top-down, and a critical signal
  // must never sit below low ones because the model happened to weigh the low ones more. Then id
  // and message, so the order is deterministic.
  const signals = [...c.signals].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      weightOf(b) - weightOf(a) ||
      a.id.localeCompare(b.id) ||
      a.message.localeCompare(b.message),
  );

  const verdict = labelFor(score, thresholds);
  const categories: Category[] = [];
  if (verdict !== 'clean') {
    for (const s of signals) {
      if (s.severity === 'info' || weightOf(s) <= 0) continue;
      if (!categories.includes(s.category)) categories.push(s.category);
    }
  }

  return {
    schema: VERDICT_SCHEMA,
    kind: c.kind,
    target: c.target,
    verdict,
    score,
    categories,
    signals,
    model: c.model ? { ...c.model, score: round(c.model.score) } : null,
    skipped: c.skipped,
    input: c.input,
    explanation,
    elapsed_ms: round(performance.now() - c.startedAt, 2),
  };
}
