import type { Label, Severity } from '../types';
import { LABEL_TEXT } from '../format';

const LABEL_ICON: Record<Label, string> = { clean: '✓', suspicious: '!', malicious: '✕' };

/** Verdict badge: colour plus an icon and the word, so it never relies on colour alone. */
export function VerdictBadge({ label, large = false }: { label: Label; large?: boolean }) {
  return (
    <span className={`badge verdict-${label}${large ? ' badge-large' : ''}`}>
      <span aria-hidden="true">{LABEL_ICON[label]}</span> {LABEL_TEXT[label]}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev sev-${severity}`}>{severity}</span>;
}

export function CategoryChips({ categories }: { categories: string[] }) {
  if (!categories.length) return null;
  return (
    <ul className="chips" aria-label="Categories">
      {categories.map((c) => (
        <li key={c} className="chip">
          {c.replace(/_/g, ' ')}
        </li>
      ))}
    </ul>
  );
}
