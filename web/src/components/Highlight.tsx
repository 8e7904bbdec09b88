/**
 * Marks, inside a signal's message, the pieces quoted by its evidence, so the eye lands on the
 * header, phrase or URL that made it fire. Text is rendered as text (never as HTML): evidence
 * comes from hostile mail.
 */
import type { ReactNode } from 'react';

export function highlight(text: string, needles: string[], minLength = 3): ReactNode[] {
  const terms = [
    ...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= minLength && text.includes(n))),
  ].sort((a, b) => b.length - a.length);
  if (!terms.length) return [text];
  const out: ReactNode[] = [];
  let i = 0;
  let key = 0;
  while (i < text.length) {
    let best: { at: number; term: string } | null = null;
    for (const t of terms) {
      const at = text.indexOf(t, i);
      if (at >= 0 && (!best || at < best.at || (at === best.at && t.length > best.term.length)))
        best = { at, term: t };
    }
    if (!best) {
      out.push(text.slice(i));
      break;
    }
    if (best.at > i) out.push(text.slice(i, best.at));
    out.push(<mark key={key++}>{best.term}</mark>);
    i = best.at + best.term.length;
  }
  return out;
}

/** Quoted strings in a message ("Ines Moreau", 'x'), also worth marking when evidence is absent. */
export function quoted(text: string): string[] {
  return [...text.matchAll(/"([^"]{3,200})"/g)].map((m) => m[1] ?? '');
}

const URL_OR_HOST = /\bhttps?:\/\/[^\s"'<>]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** URLs, host names and addresses inside evidence: marked where the message names them too. */
export function tokens(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(URL_OR_HOST)) {
      const tok = m[0].replace(/[).,;:!?\]]+$/, '');
      out.push(tok);
      // messages often name only the host of a URL in the evidence
      if (/^https?:/i.test(tok)) {
        try {
          out.push(new URL(tok).hostname);
        } catch {
          /* not a parsable URL: the token itself is enough */
        }
      }
    }
  }
  return out;
}
