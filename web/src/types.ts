/** Shapes of the API's JSON (see /v1/openapi.json). */
/** An input kind of the server's runtime (`GET /v1/signals`): email, url, domain, or one added later. */
export type Kind = string;
export type Label = 'clean' | 'suspicious' | 'malicious';
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export interface Evidence {
  where: string;
  /** Absent in stored verdicts unless the server keeps evidence (--keep-evidence). */
  text?: string;
  /** The part of `text` that made the signal fire. */
  match?: string;
}

export type Role = 'read' | 'scan' | 'admin';

/** How the score was made (verdict.explanation, written by the engine). */
export interface Explanation {
  method: 'rules' | 'model' | 'blend';
  rules_score: number;
  model_score?: number;
  blend?: { model: number; rules: number };
  blended_score?: number;
  gate?: {
    open: boolean;
    ask: boolean;
    deception: boolean;
    strong: boolean;
    confirmed?: boolean;
    corroborated?: boolean;
    ask_score?: number;
    ask_model_min: number;
    wording_score?: number;
    wording_min?: number;
    wording_confirms?: boolean;
    wording_confirm_min?: number;
    cap: number;
    capped: boolean;
  };
  strong_floor?: number;
  evidence_floor?: number;
  wording_floor?: number;
  critical_floor?: number;
  thresholds: { suspicious: number; malicious: number };
}

export interface Status {
  version: string;
  started_at: string;
  config_file: { path: string; sha256: string } | null;
  models: { kind: Kind; name: string | null; version: string | null }[];
  organization: { name: string | null; domains: string[]; vips: number; partners: string[] };
  brands: number;
  thresholds: { suspicious: number; malicious: number };
  settings: {
    keep_raw: boolean;
    keep_evidence: boolean;
    retention_days: number | null;
    rate_limit_per_minute: number;
    email_body_limit_bytes: number;
  };
  auth: 'keys' | 'none';
  key: { id: string; name: string; role: Role } | null;
  role: Role | null;
}

export interface SignalStats {
  since: string;
  bucket: 'hour' | 'day';
  by_signal: Record<string, number>;
  series: { start: string; scans: number; mean_elapsed_ms: number; signals: Record<string, number> }[];
}

export interface Signal {
  id: string;
  category: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
}

export interface Verdict {
  id: string;
  schema: string;
  kind: Kind;
  target: string;
  verdict: Label;
  score: number;
  categories: string[];
  signals: Signal[];
  model: {
    name: string;
    version: string;
    score: number;
    top_features: { feature: string; weight: number }[];
  } | null;
  skipped: { what: string; why: string }[];
  input: Record<string, unknown>;
  explanation?: Explanation;
  elapsed_ms: number;
}

export interface Feedback {
  id: string;
  verdict_id: string;
  label: 'malicious' | 'benign';
  note: string;
  key_id: string | null;
  created_at: string;
}

export interface StoredVerdict extends Verdict {
  created_at: string;
  subject: string;
  sender: string;
  urls: string[];
  raw_stored: boolean;
  /** false: evidence text and fired messages were not stored (messages are signal summaries). */
  evidence_stored?: boolean;
  feedback: Feedback[];
}

export interface VerdictSummary {
  id: string;
  created_at: string;
  kind: Kind;
  target: string;
  verdict: Label;
  score: number;
  categories: string[];
  subject: string;
  sender: string;
}

export interface VerdictPage {
  items: VerdictSummary[];
  next_cursor: string | null;
}

export interface Stats {
  since: string;
  bucket: 'hour' | 'day';
  totals: Record<Label, number>;
  by_kind: Record<Kind, number>;
  by_category: Record<string, number>;
  series: {
    start: string;
    clean: number;
    suspicious: number;
    malicious: number;
    categories: Record<string, number>;
  }[];
}

/** GET /v1/signals: the kinds the server scans and every signal they can fire. */
export interface KindInfo {
  kind: Kind;
  description: string;
  /** bytes: the raw input is the request body; text: JSON `{ "<kind>": "…" }`. */
  input: 'bytes' | 'text';
  signals: string[];
  features: string[];
  models: string[];
}

export interface SignalInfo {
  id: string;
  kind: Kind;
  category: string;
  severity: Severity;
  summary: string;
}

export interface SignalList {
  kinds: KindInfo[];
  signals: SignalInfo[];
}
