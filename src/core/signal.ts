/**
 * Signals: the unit of explanation. A signal is declared once, with `defineSignal`, in the file
 * that fires it; every module's `index.ts` exports its declarations as `SIGNALS`, and the README
 * table, the model features and the dashboard legend are all read from those lists.
 */

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'phishing',
  'credential_harvest',
  'bec',
  'callback',
  'impersonation',
  'lookalike_domain',
  'generated_domain',
  'malicious_url',
  'malware_delivery',
  'hidden_content',
  'prompt_injection',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a piece of evidence was found and what it says, in the reader's words. */
export interface Evidence {
  /** `header:From`, `body:text`, `body:html`, `link`, `attachment:invoice.html`, `url`, `domain`, … */
  where: string;
  /** The offending header value, phrase or URL, truncated to a readable length. */
  text: string;
}

/** One fired detection, as it appears in a verdict. */
export interface Signal {
  /** Stable id `<kind>.<area>.<name>`, documented in the README's signal table. */
  id: string;
  category: Category;
  severity: Severity;
  /** What fired, naming the actual header, phrase or URL. */
  message: string;
  evidence: Evidence[];
}

/** The declaration of a signal: everything but the per-message message and evidence. */
export interface SignalDef {
  id: string;
  category: Category;
  severity: Severity;
  /** Generic one-line description, used in the README table and the dashboard legend. */
  summary: string;
  /** Build the fired signal. Evidence text is clipped so one hostile header cannot bloat a verdict. */
  fire(message: string, evidence?: Evidence[], severity?: Severity): Signal;
}

export const SIGNAL_ID_PATTERN = /^(email|url|domain)(\.[a-z0-9_]+){1,2}$/;
export const MAX_EVIDENCE_CHARS = 300;
export const MAX_EVIDENCE_ITEMS = 5;

export function clipText(text: string, max = MAX_EVIDENCE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function defineSignal(def: {
  id: string;
  category: Category;
  severity: Severity;
  summary: string;
}): SignalDef {
  if (!SIGNAL_ID_PATTERN.test(def.id)) throw new Error(`invalid signal id ${def.id}`);
  return {
    ...def,
    fire(message, evidence = [], severity = def.severity) {
      return {
        id: def.id,
        category: def.category,
        severity,
        message: clipText(message, 500),
        evidence: evidence
          .slice(0, MAX_EVIDENCE_ITEMS)
          .map((e) => ({ where: e.where, text: clipText(e.text) })),
      };
    },
  };
}

/**
 * Severity weights used when no model is loaded (rules-only scoring: noisy-OR) and to order
 * signals. They encode what a severity means on its own: one `medium` signal makes an input
 * worth a look (suspicious at the default 0.5 threshold), two `high` ones make it malicious,
 * `low` needs company.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = {
  info: 0,
  low: 0.15,
  medium: 0.5,
  high: 0.75,
  critical: 0.95,
};
