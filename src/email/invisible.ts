/**
 * Characters that render as nothing: zero-width spaces and joiners, bidi controls (which reorder
 * what the reader sees, e.g. `exe.pdf` shown for `fdp.exe`), soft hyphens and Unicode tag
 * characters (invisible ASCII smuggled to language models).
 */
import type { HiddenText } from './facts.js';

// U+200B–U+200F zero-width and marks, U+202A–U+202E bidi embedding, U+2060–U+2064 word joiner
// and invisible operators, U+2066–U+2069 bidi isolates, U+FEFF BOM/ZWNBSP, U+00AD soft hyphen
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]|\udb40[\udc00-\udc7f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const TAG = /\udb40[\udc00-\udc7f]/;

/** Invisible-character findings in one text, and the text the tag characters spell out. */
export function findInvisible(text: string, where: string): HiddenText[] {
  const out: HiddenText[] = [];
  const matches = text.match(INVISIBLE);
  if (!matches) return out;
  const tags = [...text.matchAll(/\udb40([\udc00-\udc7f])/g)]
    .map((m) => String.fromCharCode(m[1]!.charCodeAt(0) - 0xdc00))
    .join('');
  if (tags) out.push({ text: tags.slice(0, 2000), reason: 'unicode tag characters', where });
  const bidi = matches.filter((c) => BIDI.test(c)).length;
  if (bidi) out.push({ text: `${bidi} bidi control character(s)`, reason: 'bidi control', where });
  const zw = matches.length - bidi - (tags ? tags.length : 0);
  if (zw > 0) {
    // show the word the characters sit in, so an analyst sees what they break up
    const m = text.match(/\S{0,20}[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]+\S{0,20}/);
    out.push({
      text: `${zw} zero-width character(s)${m ? ` in "${m[0].replace(INVISIBLE, '·')}"` : ''}`,
      reason: 'zero-width',
      where,
    });
  }
  return out;
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export { TAG as TAG_CHAR };
