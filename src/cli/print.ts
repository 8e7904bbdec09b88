/** Human-readable verdicts for a terminal: verdict, score, categories, top reasons with evidence. */
import type { Verdict } from '../core/index.js';

const COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, cyan: 36 } as const;
type Color = keyof typeof COLORS;

export function formatVerdict(v: Verdict, opts: { color: boolean; maxSignals?: number }): string {
  const c = (color: Color, s: string) => (opts.color ? `\u001b[${COLORS[color]}m${s}\u001b[0m` : s);
  const labelColor: Color = v.verdict === 'malicious' ? 'red' : v.verdict === 'suspicious' ? 'yellow' : 'green';
  const lines: string[] = [];
  const cats = v.categories.length ? `  ${v.categories.join(', ')}` : '';
  lines.push(`${c('bold', v.target)}  ${c(labelColor, v.verdict.toUpperCase())}  score ${v.score.toFixed(2)}${cats}`);
  if (v.kind === 'email' && (v.input.subject || v.input.from)) {
    lines.push(c('dim', `  from ${v.input.from || '(none)'} · subject "${v.input.subject ?? ''}"`));
  } else if (v.input.normalized && v.input.normalized !== v.target) {
    lines.push(c('dim', `  normalised ${v.input.normalized}`));
  }
  const max = opts.maxSignals ?? 8;
  const shown = v.signals.slice(0, max);
  for (const s of shown) {
    const sev = s.severity === 'critical' || s.severity === 'high' ? 'red' : s.severity === 'medium' ? 'yellow' : 'dim';
    lines.push(`  ${c(sev, s.severity.padEnd(8))} ${s.message}  ${c('dim', `[${s.id}]`)}`);
    for (const e of s.evidence.slice(0, 2)) lines.push(c('dim', `           ${e.where}: ${e.text}`));
  }
  if (v.signals.length > max) lines.push(c('dim', `  … ${v.signals.length - max} more signal(s); --json shows all`));
  if (!v.signals.length) lines.push(c('dim', '  no rule fired'));
  if (v.model) {
    const feats = v.model.top_features
      .slice(0, 5)
      .map((f) => `${f.feature} (${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(2)})`)
      .join(', ');
    lines.push(c('dim', `  model ${v.model.name} ${v.model.version}: ${v.model.score.toFixed(2)}${feats ? `; top features: ${feats}` : ''}`));
  }
  for (const s of v.skipped) lines.push(c('yellow', `  skipped ${s.what}: ${s.why}`));
  return `${lines.join('\n')}\n`;
}
