/** Human-readable verdicts for a terminal: verdict, score, categories, top reasons with evidence. */
import type { Verdict } from '../core/index.js';

/**
 * Control characters as visible escapes. Subjects, senders, evidence and file names come from the
 * attacker: raw, an ESC sequence clears the screen, retitles the window or plants an OSC 8 hyperlink,
 * a CR overwrites the line, and a bidi override (U+202E) makes `exe.pdf` read as `fdp.exe`. Escaped:
 * C0 (all of it, newline and tab too: one verdict line stays one line), DEL, C1, the bidi embeddings
 * and overrides U+202A–U+202E and the isolates U+2066–U+2069; the line separators U+2028/U+2029 too.
 */
export function escapeControl(s: string): string {
  return s.replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x0a) return '\\n';
    if (c === 0x0d) return '\\r';
    if (c === 0x09) return '\\t';
    return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * A verdict as one JSON line. JSON.stringify escapes C0 but writes DEL, C1 and the bidi controls
 * raw; they are escaped here too (`\u202e`), which parses back to the same string.
 */
export function formatVerdictJson(v: Verdict): string {
  return `${JSON.stringify(v).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, cyan: 36 } as const;
type Color = keyof typeof COLORS;

/** `messageId`: name the Message-ID under the target too (messages of a mailbox). */
export function formatVerdict(
  v: Verdict,
  opts: { color: boolean; maxSignals?: number; messageId?: boolean },
): string {
  const e = escapeControl;
  const c = (color: Color, s: string) => (opts.color ? `\u001b[${COLORS[color]}m${s}\u001b[0m` : s);
  const labelColor: Color =
    v.verdict === 'malicious' ? 'red' : v.verdict === 'suspicious' ? 'yellow' : 'green';
  const lines: string[] = [];
  const cats = v.categories.length ? `  ${v.categories.join(', ')}` : '';
  lines.push(
    `${c('bold', e(v.target))}  ${c(labelColor, v.verdict.toUpperCase())}  score ${v.score.toFixed(2)}${cats}`,
  );
  if (v.kind === 'email' && (v.input.subject || v.input.from)) {
    const id = opts.messageId ? ` · message-id ${e(v.input.message_id || '(none)')}` : '';
    lines.push(
      c('dim', `  from ${e(v.input.from || '(none)')} · subject "${e(v.input.subject ?? '')}"${id}`),
    );
  } else if (v.input.normalized && v.input.normalized !== v.target) {
    lines.push(c('dim', `  normalised ${e(v.input.normalized)}`));
  }
  const max = opts.maxSignals ?? 8;
  const shown = v.signals.slice(0, max);
  for (const s of shown) {
    const sev =
      s.severity === 'critical' || s.severity === 'high' ? 'red' : s.severity === 'medium' ? 'yellow' : 'dim';
    lines.push(`  ${c(sev, s.severity.padEnd(8))} ${e(s.message)}  ${c('dim', `[${e(s.id)}]`)}`);
    for (const ev of s.evidence.slice(0, 2)) {
      // the matched words in bold on a terminal; plain text (no markers) on a pipe
      const text =
        opts.color && ev.match && ev.text.includes(ev.match)
          ? ev.text
              .split(ev.match)
              .map(e)
              .join(`\u001b[22;1m${e(ev.match)}\u001b[22;2m`)
          : e(ev.text);
      lines.push(c('dim', `           ${e(ev.where)}: ${text}`));
    }
  }
  if (v.signals.length > max)
    lines.push(c('dim', `  … ${v.signals.length - max} more signal(s); --json shows all`));
  if (!v.signals.length) lines.push(c('dim', '  no rule fired'));
  if (v.model) {
    const feats = v.model.top_features
      .slice(0, 5)
      .map((f) => `${e(f.feature)} (${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(2)})`)
      .join(', ');
    lines.push(
      c(
        'dim',
        `  model ${e(v.model.name)} ${e(v.model.version)}: ${v.model.score.toFixed(2)}${feats ? `; top features: ${feats}` : ''}`,
      ),
    );
  }
  const how = explainScore(v);
  if (how) lines.push(c('dim', `  score: ${how}`));
  for (const s of v.skipped) lines.push(c('yellow', `  skipped ${e(s.what)}: ${e(s.why)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * How the score was made, in one line (verdict.explanation): which evidence, which model, how they
 * were joined, and whether the evidence gate or a critical floor set it. Same numbers as the JSON.
 */
export function explainScore(v: Verdict): string {
  const x = v.explanation;
  if (!x) return '';
  const parts: string[] = [];
  if (x.method === 'rules') parts.push(`rules only ${x.rules_score.toFixed(2)}`);
  else if (x.method === 'blend')
    parts.push(
      `model ${(x.model_score ?? 0).toFixed(2)} joined with rules ${x.rules_score.toFixed(2)} = ${(x.blended_score ?? v.score).toFixed(2)}`,
    );
  else parts.push(`model ${(x.model_score ?? 0).toFixed(2)} with the rules it does not learn`);
  if (x.gate) {
    const g = x.gate;
    if (g.open)
      parts.push(
        `evidence gate open (${g.strong ? 'a signal that is evidence on its own' : 'an ask and a deception'})`,
      );
    else
      parts.push(
        `evidence gate closed (${g.deception ? 'no ask' : 'no deception'}): capped at ${g.cap.toFixed(2)}`,
      );
  }
  if (x.strong_floor !== undefined)
    parts.push(`raised to the suspicious threshold ${x.strong_floor.toFixed(2)}`);
  if (x.wording_floor !== undefined)
    parts.push(
      `raised to the suspicious threshold ${x.wording_floor.toFixed(2)} (the wording model confirmed the ask and deception)`,
    );
  if (x.evidence_floor !== undefined)
    parts.push(
      `raised to the suspicious threshold ${x.evidence_floor.toFixed(2)} (a rule read the ask, another signal the deception)`,
    );
  if (x.critical_floor !== undefined) parts.push(`critical floor ${x.critical_floor.toFixed(2)}`);
  return parts.join('; ');
}
