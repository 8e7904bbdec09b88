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
  'extortion',
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
  /** The offending header value, phrase or URL as the input writes it, truncated to a readable length. */
  text: string;
  /** The part of `text` that made the signal fire (a matched phrase), when it is not all of it. */
  match?: string;
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

/**
 * What a signal is evidence of, for the email verdict's evidence gate (src/core/engine.ts):
 * - `ask`: the message asks for something an attacker wants (credentials, a payment, a bank-detail
 *   change, gift cards, a call back, data in a form);
 * - `deception`: it hides or fakes who sent it or where a link goes, or carries a risky payload
 *   (impersonation, a lookalike, a failed authentication, a mismatched link, a dangerous attachment,
 *   hidden text);
 * - `strong`: evidence of an attack on its own (a critical signal, instructions aimed at an AI
 *   assistant);
 * - `context`: worth showing, common in legitimate mail too (a shortener, a Reply-To elsewhere in a
 *   newsletter, a sign-in word in a path); never enough to flag.
 */
export const ROLES = ['ask', 'deception', 'strong', 'context'] as const;
export type Role = (typeof ROLES)[number];

const ASK_CATEGORIES: ReadonlySet<Category> = new Set(['bec', 'callback', 'credential_harvest']);

/**
 * The role of a fired signal: its declaration's `roles` entry for the fired severity, else derived
 * from category and severity (info → context; critical or prompt injection → strong; low → context; a BEC,
 * callback or credential-harvest category → ask; anything else → deception).
 */
export function roleOf(
  category: Category,
  severity: Severity,
  roles?: Partial<Record<Severity, Role>>,
): Role {
  const declared = roles?.[severity];
  if (declared) return declared;
  // info is shown, never weighed: a newsletter quoting an injection phrase it discusses is not one
  if (severity === 'info') return 'context';
  if (severity === 'critical' || category === 'prompt_injection') return 'strong';
  if (severity === 'low') return 'context';
  return ASK_CATEGORIES.has(category) ? 'ask' : 'deception';
}

/** The declaration of a signal: everything but the per-message message and evidence. */
export interface SignalDef {
  id: string;
  category: Category;
  severity: Severity;
  /** Role per fired severity where the default derivation (`roleOf`) is wrong for this signal. */
  roles?: Partial<Record<Severity, Role>>;
  /**
   * false: the signal may open the evidence gate but never confirm it (flag a message whatever the
   * model says): a learned model's opinion (the phishing-URL and generated-domain models), which an
   * analyst cannot check in the evidence, or an ask too common in legitimate mail to vouch for
   * anything ("click the link today"). Default true.
   */
  confirms?: boolean;
  /** Generic one-line description, used in the README table and the dashboard legend. */
  summary: string;
  /** Build the fired signal. Evidence text is clipped so one hostile header cannot bloat a verdict. */
  fire(message: string, evidence?: Evidence[], severity?: Severity): Signal;
}

/**
 * `<kind>.<area>.<name>` (or `<kind>.<name>`), snake case. The kind must be a registered analyzer's:
 * `createVigil` refuses a signal whose prefix names no kind, so this pattern need not list them.
 */
export const SIGNAL_ID_PATTERN = /^[a-z][a-z0-9]*(\.[a-z0-9_]+){1,2}$/;
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
  roles?: Partial<Record<Severity, Role>>;
  confirms?: boolean;
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
        evidence: evidence.slice(0, MAX_EVIDENCE_ITEMS).map((e) => {
          const text = clipText(e.text);
          const match = e.match === undefined ? undefined : clipText(e.match);
          // a match is only kept when the clipped text still holds it (the page marks it there)
          return match && text.includes(match) ? { where: e.where, text, match } : { where: e.where, text };
        }),
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
