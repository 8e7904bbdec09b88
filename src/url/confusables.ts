/**
 * The one confusables fold of Vigil: every module that reads text the way an eye does (host names,
 * display names, body text, model features) folds look-alike letters through `foldConfusables`.
 * The table is Unicode's confusables data (UTS #39 `confusables.txt`, via the `unhomoglyph`
 * package): every non-ASCII letter whose prototype is Latin letters maps to those letters, read as
 * a reader would (prototype `rn` is `m`; an upper-case member of the I/l class such as Cyrillic `І`
 * or Greek `Ι` reads as `i`). The fold runs on the original case, before lower-casing, so upper-case
 * look-alikes (`Н`, `Β`, `Μ`, `ϲ`) fold too. `skeleton(a) === skeleton(b)` means "reads the same".
 * Latin letters with a stroke (ł, đ, ø …), which neither NFKD nor the confusables data fold, are
 * added by hand.
 */
import { createRequire } from 'node:module';

/** Latin letters with a stroke or bar, and ligatures, that NFKD leaves alone: diacritics in effect. */
const STROKED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ø: 'o',
  Ø: 'o',
  ƀ: 'b',
  ɨ: 'i',
  ʉ: 'u',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  þ: 'p',
  Þ: 'p',
  ð: 'd',
  ɫ: 'l',
};

const LETTER = /^\p{L}$/u;
const LATIN_PROTOTYPE = /^[A-Za-z]{1,3}$/;
const UPPER = /^\p{Lu}$/u;

/** How a reader reads a Latin prototype from the confusables data. */
export function readPrototype(source: string, prototype: string): string {
  if (prototype === 'rn') return 'm';
  let to = prototype.toLowerCase();
  // UTS #39 puts I, l, 1 and | in one class with prototype l; an upper-case look-alike reads as I
  if (UPPER.test(source)) to = to.replace(/l/g, 'i');
  return to;
}

/**
 * The table, built on first use: reading the confusables data and building the map took ≈ 15 ms of
 * every process's start-up, and ASCII text (most mail, every ASCII host) never reads it.
 */
let lookalikes: Map<string, string> | undefined;
function table(): Map<string, string> {
  if (lookalikes) return lookalikes;
  const prototypes = createRequire(import.meta.url)('unhomoglyph/data.json') as Readonly<
    Record<string, string>
  >;
  const m = new Map<string, string>();
  // The cheap tests first (4,951 of the 6,311 prototypes are not 1–3 Latin letters; one code point
  // is told by the string's length): ≈ 2 ms instead of ≈ 12 ms with a spread and \p{L} per entry.
  // test/url/confusables-lazy.test.ts checks the table against the plain construction.
  for (const source in prototypes) {
    const prototype = prototypes[source]!;
    if (!LATIN_PROTOTYPE.test(prototype)) continue;
    const cp = source.codePointAt(0);
    if (cp === undefined || cp < 0x80 || source.length !== (cp > 0xffff ? 2 : 1)) continue;
    if (!LETTER.test(source)) continue;
    m.set(source, readPrototype(source, prototype));
  }
  for (const [k, v] of Object.entries(STROKED)) if (!m.has(k)) m.set(k, v);
  return (lookalikes = m);
}

/** Whether the table has been built (start-up checks: ASCII input must not build it). */
export function lookalikeTableBuilt(): boolean {
  return lookalikes !== undefined;
}

/**
 * The table's entries below U+0180 (Latin-1 Supplement and Latin Extended-A), written out so the
 * accented letters of European text and brand names ("Crédit Agricole", "Škoda": é, ü, Č, š …, none
 * of them in the table) are answered without building it (≈ 8 ms of `createVigil`, whose brand-name
 * index folds every default brand name, and 1 MB of parsed data). test/url/confusables-lazy.test.ts
 * checks that this is exactly the built table's part below LOW_END, values included.
 */
export const LOW_END = 0x180;
const LOW_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['ſ', 'f'],
  ['ı', 'i'],
  ['ĳ', 'ij'],
  ['Ĳ', 'ij'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ħ', 'h'],
  ['Ħ', 'h'],
  ['ŧ', 't'],
  ['Ŧ', 't'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ß', 'ss'],
  ['þ', 'p'],
  ['Þ', 'p'],
  ['ð', 'd'],
]);

/** One character below LOW_END (answered by LOW_LOOKALIKES, no table needed). */
function isLow(key: string): boolean {
  return key.length === 1 && key.charCodeAt(0) < LOW_END;
}

/**
 * Scripts without a single look-alike of a Latin letter in the table: Thai letters, Hangul, kana
 * and CJK ideographs. A brand's name in its own script (쿠팡, 日本郵便)
 * is answered without building the table. test/url/confusables-lazy.test.ts checks the table has
 * no entry in these ranges.
 */
export const NO_LOOKALIKE_RANGES: readonly (readonly [number, number])[] = [
  [0x0e01, 0x0e4f],
  [0x1100, 0x11ff],
  [0x3040, 0x30ff],
  [0x3130, 0x318f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
];
function hasNoLookalike(key: string): boolean {
  if (key.length !== 1) return false;
  const c = key.charCodeAt(0);
  for (const [lo, hi] of NO_LOOKALIKE_RANGES) if (c >= lo && c <= hi) return true;
  return false;
}

/**
 * A read-only view of the table that builds it on first access; a look-up of one character below
 * LOW_END is answered from LOW_LOOKALIKES and builds nothing.
 */
class LazyLookalikes implements ReadonlyMap<string, string> {
  get(key: string): string | undefined {
    if (isLow(key)) return LOW_LOOKALIKES.get(key);
    return hasNoLookalike(key) ? undefined : table().get(key);
  }
  has(key: string): boolean {
    if (isLow(key)) return LOW_LOOKALIKES.has(key);
    return hasNoLookalike(key) ? false : table().has(key);
  }
  get size(): number {
    return table().size;
  }
  forEach(
    cb: (value: string, key: string, map: ReadonlyMap<string, string>) => void,
    thisArg?: unknown,
  ): void {
    table().forEach((v, k) => cb.call(thisArg, v, k, this));
  }
  entries(): MapIterator<[string, string]> {
    return table().entries();
  }
  keys(): MapIterator<string> {
    return table().keys();
  }
  values(): MapIterator<string> {
    return table().values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return table()[Symbol.iterator]();
  }
}

/** Non-ASCII letter (either case) → the lower-case Latin letter(s) it renders like. */
export const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new LazyLookalikes();

const NON_ASCII_RE = /[^\x00-\x7f]/;
const COMBINING_RE = /\p{M}/gu;

/**
 * Fold look-alike letters to the Latin letters they imitate, on the original case (call it before
 * lower-casing). `mapped` counts the characters folded. Characters outside the table are kept.
 */
export function foldConfusables(text: string): { text: string; mapped: number } {
  if (!NON_ASCII_RE.test(text)) return { text, mapped: 0 };
  let out = '';
  let mapped = 0;
  for (const ch of text) {
    const to = ch.charCodeAt(0) < 0x80 ? undefined : LATIN_LOOKALIKES.get(ch);
    if (to === undefined) out += ch;
    else {
      out += to;
      mapped++;
    }
  }
  return { text: out, mapped };
}

/**
 * Look-alikes folded, compatibility forms decomposed and diacritics dropped; not yet lower-cased.
 * The fold runs before NFKD (which turns `Ϲ` into `Σ`, a letter no longer in the table) and again
 * after it (fullwidth and mathematical letters, accented look-alikes such as Cyrillic `ё`).
 */
export function foldForReading(text: string): { text: string; mapped: number } {
  if (!NON_ASCII_RE.test(text)) return { text, mapped: 0 };
  const first = foldConfusables(text);
  const second = foldConfusables(first.text.normalize('NFKD').replace(COMBINING_RE, ''));
  return { text: second.text, mapped: first.mapped + second.mapped };
}

/** Whether one character is a non-ASCII look-alike of a Latin letter. */
export function isLatinLookalike(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x80 && LATIN_LOOKALIKES.has(ch);
}

/** ASCII digit/letter swaps (applied after the Unicode map). Order matters: multi-char first. */
const ASCII_SEQ: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/0/g, 'o'],
  [/[1|!]/g, 'l'],
  [/i/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/\$/g, 's'],
  [/@/g, 'a'],
];

/** Fold a Unicode label to ASCII letters it imitates (no ASCII swaps yet); lower case. */
export function foldUnicode(label: string): string {
  if (!NON_ASCII_RE.test(label)) return label.toLowerCase();
  return foldForReading(label).text.toLowerCase();
}

/**
 * The confusable skeleton of a label: Unicode folded, then ASCII swaps, hyphens kept. Two labels
 * with the same skeleton look alike to a reader.
 */
export function skeleton(label: string): string {
  let s = foldUnicode(label);
  if (!NON_ASCII.test(s)) return asciiSkeleton(s);
  for (const [re, to] of ASCII_SEQ) s = s.replace(re, to);
  return s;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** ASCII_SEQ's one-character swaps as a table (0 = keep). */
const ASCII_ONE = new Uint8Array(128);
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'l'],
  ['|', 'l'],
  ['!', 'l'],
  ['i', 'l'],
  ['3', 'e'],
  ['5', 's'],
  ['$', 's'],
  ['@', 'a'],
] as const) {
  ASCII_ONE[from.charCodeAt(0)] = to.charCodeAt(0);
}

/**
 * ASCII_SEQ applied in one pass (the hot path: every label is skeletonised). Equal to the
 * sequential replaces: rn, vv and cl share no letters and their replacements (m, w, d) start no
 * match, so leftmost matches are the same; the one-letter swaps come after and feed nothing.
 */
function asciiSkeleton(s: string): string {
  let out = '';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let rep = 0;
    let width = 1;
    const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    if (c === 114 && d === 110) {
      rep = 109;
      width = 2;
    } // rn -> m
    else if (c === 118 && d === 118) {
      rep = 119;
      width = 2;
    } // vv -> w
    else if (c === 99 && d === 108) {
      rep = 100;
      width = 2;
    } // cl -> d
    else rep = ASCII_ONE[c]!;
    if (rep === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(rep);
    i += width - 1;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Which non-ASCII confusable letters were used: `а (Cyrillic) for a`, for messages. */
export function describeConfusables(unicodeLabel: string): string {
  const parts: string[] = [];
  for (const ch of unicodeLabel) {
    if (ch.charCodeAt(0) < 128) continue;
    const script = scriptOf(ch);
    const to = LATIN_LOOKALIKES.get(ch) ?? ch.normalize('NFKD').replace(COMBINING_RE, '');
    const desc = `${ch} (${script} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) for ${to}`;
    if (!parts.includes(desc)) parts.push(desc);
    if (parts.length >= 4) break;
  }
  return parts.join(', ');
}

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Han' | 'Arabic' | 'Hebrew' | 'Other';

export function scriptOf(ch: string): Script {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return 'Latin';
  if (c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x0250 && c <= 0x02af)) return 'Latin';
  if (c >= 0x0370 && c <= 0x03ff) return 'Greek';
  if (c >= 0x0400 && c <= 0x052f) return 'Cyrillic';
  if (c >= 0x0530 && c <= 0x058f) return 'Armenian';
  if (c >= 0x0590 && c <= 0x05ff) return 'Hebrew';
  if (c >= 0x0600 && c <= 0x06ff) return 'Arabic';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff)) return 'Han';
  return 'Other';
}

/** Scripts of the letters of a label (digits and hyphens are script-neutral). */
export function scriptsOf(label: string): Set<Script> {
  const out = new Set<Script>();
  for (const ch of label) {
    if (/[0-9\-_.]/.test(ch)) continue;
    out.add(scriptOf(ch));
  }
  return out;
}

/**
 * Whether a label mixes Latin letters with Cyrillic/Greek/Armenian ones: the TR39 "mixed script"
 * test that browsers use to decide to show punycode instead of Unicode.
 */
export function isMixedScript(label: string): boolean {
  const s = scriptsOf(label);
  if (s.size < 2) return false;
  return s.has('Latin') && (s.has('Cyrillic') || s.has('Greek') || s.has('Armenian'));
}
