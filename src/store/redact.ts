/**
 * What the store keeps of a verdict when evidence is not asked for (the default; `--keep-evidence`
 * / `server.keep_evidence` keeps it). Evidence text and fired messages quote the mail: amounts,
 * names, bank details, the phrase that fired. One simple rule, so it can be stated exactly:
 *
 * - each signal keeps id, category and severity; its `message` becomes the signal's generic summary
 *   (from its declaration, `defineSignal`), and each piece of evidence keeps only `where`;
 * - model features that quote the input (any name with a `"`: `text: "…"`, `subject: "…"`,
 *   `chars: "…"`) are dropped; the others (`rule: …`, `structure: …`) are kept;
 * - everything else is kept as returned: kind, target, verdict, score, categories, skipped, the
 *   `input` block (sha256, bytes, subject, from, message_id, normalized URL or domain).
 *
 * The caller of a scan always gets the whole verdict; only the stored copy is redacted.
 */
import type { Verdict } from '../core/index.js';

/** A signal's generic summary by id; unknown ids get `signal <id>`. */
export type SummaryOf = (id: string) => string | undefined;

export function redactVerdict(v: Verdict, summaryOf: SummaryOf): Verdict {
  return {
    ...v,
    signals: v.signals.map((s) => ({
      ...s,
      message: summaryOf(s.id) ?? `signal ${s.id}`,
      // `text` is absent, not empty: a reader can tell "not stored" from "nothing to show"
      evidence: s.evidence.map((e) => ({ where: e.where }) as (typeof s.evidence)[number]),
    })),
    model: v.model
      ? { ...v.model, top_features: v.model.top_features.filter((f) => !f.feature.includes('"')) }
      : null,
  };
}
