/**
 * Confusable folding for display names (not host names: src/url has its own, for DNS labels).
 * A display name is free text the attacker controls, so it gets everything a reader's eye forgives:
 * compatibility forms (NFKC folds fullwidth `ＰａｙＰａｌ` and mathematical `𝐏𝐚𝐲𝐏𝐚𝐥`), diacritics,
 * invisible format characters, and Cyrillic/Greek/IPA letters that render like Latin ones
 * (`Аpple` with Cyrillic А). The result is lower-case Latin wherever a reader would see Latin.
 */
import { MAX_NAME_CHARS } from '../core/index.js';

export { MAX_NAME_CHARS } from '../core/index.js';

/** Non-Latin letter (lower-case) → the Latin letter(s) it renders like. A TR39 subset for names. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', б: 'b', в: 'b', г: 'r', д: 'd', е: 'e', ё: 'e', з: '3', и: 'u', й: 'u', к: 'k', л: 'n', м: 'm',
  н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', ф: 'f', х: 'x', ц: 'u', ч: 'y', ш: 'w', щ: 'w',
  ъ: 'b', ы: 'bl', ь: 'b', э: 'e', ю: 'io', я: 'r', є: 'e', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd',
  ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ұ: 'y', ҳ: 'x', ө: 'o', ӧ: 'o', ӓ: 'a', ӑ: 'a', ԍ: 'g', ҽ: 'e', ӕ: 'ae',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', θ: 'o', ι: 'i', κ: 'k', λ: 'a', μ: 'u', ν: 'v',
  ξ: 'e', ο: 'o', π: 'n', ρ: 'p', σ: 'o', ς: 'c', τ: 't', υ: 'u', φ: 'o', χ: 'x', ψ: 'w', ω: 'w', ϲ: 'c',
  ϳ: 'j',
  // Latin extended / IPA letters that NFKD does not decompose
  ı: 'i', ȷ: 'j', ł: 'l', ɫ: 'l', ɩ: 'i', ɪ: 'i', ƅ: 'b', ɑ: 'a', ɒ: 'a', ɓ: 'b', ɗ: 'd', ɛ: 'e', ɡ: 'g',
  ɢ: 'g', ɦ: 'h', ɭ: 'l', ɱ: 'm', ɲ: 'n', ɳ: 'n', ɵ: 'o', ʀ: 'r', ʂ: 's', ʋ: 'v', ʏ: 'y', ʐ: 'z', ß: 'ss',
  đ: 'd', ħ: 'h', ŧ: 't', ø: 'o', æ: 'ae', œ: 'oe', þ: 'p', ð: 'd', ſ: 's', ꞵ: 'b',
  // Armenian and Cherokee letters used in homograph attacks
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q', ա: 'w', Ꭺ: 'a', Ꭼ: 'e', Ꮋ: 'h', Ꮮ: 'l', Ꮪ: 's', Ꭲ: 't',
};

// Format characters (zero-width space/joiner, bidi controls, soft hyphen) are invisible: `Pay\u200bPal`
// must read as PayPal. Variation selectors likewise.
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\ufe00-\ufe0f]/gu;
const MARKS = /\p{M}/gu;

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
  // NFKD + drop marks strips diacritics (é → e); lower-case before the map so Cyrillic А → а → a
  const decomposed = input.slice(0, MAX_NAME_CHARS).normalize('NFKC').normalize('NFKD').replace(MARKS, '').toLowerCase();
  let text = '';
  let mapped = false;
  for (const ch of decomposed) {
    const to = LETTER_MAP[ch];
    if (to !== undefined) {
      text += to;
      mapped = true;
    } else text += ch;
  }
  return { text, mapped };
}
