import type { Verdict } from '../core/index.js';

/** Most URLs kept per stored verdict (a link flood must not bloat the database). */
export const MAX_STORED_URLS = 100;

// the shown-text half of link evidence: `"https://paypal.com/" -> ` (src/email/links.ts)
const SHOWN_TEXT = /^"[^"]*" -> /;
// http(s) URLs inside evidence text; stops at whitespace, quotes and angle brackets
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;

/**
 * The URLs a verdict names, for the stored record: the URL itself for `kind: "url"`, otherwise
 * every http(s) URL quoted in signal evidence, in order, de-duplicated.
 */
export function urlsOfVerdict(v: Verdict): string[] {
  const out = new Set<string>();
  if (v.kind === 'url') out.add(v.input.normalized ?? v.target);
  for (const s of v.signals) {
    for (const e of s.evidence) {
      // `"shown text" -> destination` (link evidence): the shown text is what the reader saw, not a
      // URL the message links to; the destination is (KEEP IN SYNC with src/email/links.ts)
      const text = e.text.replace(SHOWN_TEXT, '');
      for (const m of text.matchAll(URL_IN_TEXT)) {
        if (out.size >= MAX_STORED_URLS) return [...out];
        // evidence is clipped to a readable length: a URL cut by the clip ("https://ac…") is not one
        if (m[0].includes('…')) continue;
        out.add(m[0].replace(/[).,;:!?\]]+$/, ''));
      }
    }
  }
  return [...out];
}
