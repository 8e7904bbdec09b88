/**
 * Confusable folding for display names (not host names: src/url has its own, for DNS labels).
 * A display name is free text the attacker controls, so it gets everything a reader's eye forgives:
 * compatibility forms (NFKC folds fullwidth `ＰａｙＰａｌ` and mathematical `𝐏𝐚𝐲𝐏𝐚𝐥`), diacritics,
 * invisible format characters, and Cyrillic/Greek/IPA letters that render like Latin ones
 * (`Аpple` with Cyrillic А), through the one confusables fold of src/url (Unicode's confusables
 * data). The result is lower-case Latin wherever a reader would see Latin.
 */
import { MAX_NAME_CHARS } from '../core/index.js';
import { foldForReading } from '../url/index.js';

export { MAX_NAME_CHARS } from '../core/index.js';

// Format characters (zero-width space/joiner, bidi controls, soft hyphen) are invisible: `Pay\u200bPal`
// must read as PayPal. Variation selectors likewise.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\ufe00-\ufe0f]/gu;

/** Remove invisible characters; `found` says whether there were any (nobody types them by hand). */
export function stripInvisible(input: string): { text: string; found: boolean } {
  const text = input.replace(INVISIBLE, '');
  return { text, found: text.length !== input.length };
}

export interface Folded {
  /** Lower-case, Latin-folded text; punctuation kept (tokenising is the caller's job). */
  text: string;
  /** A non-Latin look-alike letter was folded to Latin. */
  mapped: boolean;
}

/**
 * Fold text the way a reader's eye does: NFKC (fullwidth, mathematical letters), no diacritics,
 * lower case, look-alike letters to Latin. Call `stripInvisible` first. Bounded by MAX_NAME_CHARS.
 */
export function foldText(input: string): Folded {
  // NFKD + drop marks strips diacritics (é → e); the fold runs before lower-casing (Н, Β, ϲ)
  const folded = foldForReading(input.slice(0, MAX_NAME_CHARS));
  return { text: folded.text.toLowerCase(), mapped: folded.mapped > 0 };
}
