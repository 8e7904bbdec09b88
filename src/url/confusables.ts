/**
 * A compact, hand-written subset of Unicode TR39 confusables for host names: Cyrillic, Greek and
 * Latin-extended letters that render like ASCII letters, plus the ASCII swaps typosquatters use
 * (rn→m, vv→w, cl→d, 0→o, 1→l, i→l). `skeleton(a) === skeleton(b)` means "reads the same".
 * KEEP IN SYNC with the script detection in `scriptsOf` (a letter mapped here is not "Latin").
 */

/** Non-ASCII letter → the ASCII letter it imitates. */
const UNICODE_MAP: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's',
  һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', н: 'h', т: 't', ь: 'b', ӏ: 'l', ү: 'y', ɡ: 'g', п: 'n',
  г: 'r', д: 'd', з: '3', л: 'n', и: 'n', ц: 'u', ш: 'w', щ: 'w', ъ: 'b', ы: 'bl', э: 'e', ю: 'io', я: 'r',
  ԍ: 'g', ԗ: 'x', ӕ: 'ae', ҽ: 'e', ҿ: 'e', ө: 'o', ӧ: 'o', ӓ: 'a', ӑ: 'a',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', σ: 'o',
  τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j', ά: 'a', έ: 'e', ή: 'n', ί: 'i', ό: 'o', ύ: 'u', ώ: 'w',
  // Latin extended / IPA that survive NFKD
  ı: 'i', ȷ: 'j', ł: 'l', ɫ: 'l', ɩ: 'i', ɪ: 'i', ƅ: 'b', ɑ: 'a', ɒ: 'a', ɓ: 'b', ɗ: 'd', ɛ: 'e', ɢ: 'g',
  ɦ: 'h', ɭ: 'l', ɱ: 'm', ɲ: 'n', ɳ: 'n', ɵ: 'o', ʀ: 'r', ʂ: 's', ʋ: 'v', ʏ: 'y', ʐ: 'z', ß: 'ss', đ: 'd',
  ħ: 'h', ŧ: 't', ø: 'o', æ: 'ae', œ: 'oe', þ: 'p', ð: 'd', ſ: 'f',
  // Armenian / Cherokee lookalikes commonly seen in homograph attacks
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q', ա: 'w',
};

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

const COMBINING = /\p{M}/gu;

/** Fold a Unicode label to ASCII letters it imitates (no ASCII swaps yet). */
export function foldUnicode(label: string): string {
  if (!/[^\x00-\x7f]/.test(label)) return label;
  const decomposed = label.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  let out = '';
  for (const ch of decomposed) out += UNICODE_MAP[ch] ?? ch;
  return out;
}

/**
 * The confusable skeleton of a label: Unicode folded, then ASCII swaps, hyphens kept. Two labels
 * with the same skeleton look alike to a reader.
 */
export function skeleton(label: string): string {
  let s = foldUnicode(label.toLowerCase());
  if (!NON_ASCII.test(s)) return asciiSkeleton(s);
  for (const [re, to] of ASCII_SEQ) s = s.replace(re, to);
  return s;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** ASCII_SEQ's one-character swaps as a table (0 = keep). */
const ASCII_ONE = new Uint8Array(128);
for (const [from, to] of [['0', 'o'], ['1', 'l'], ['|', 'l'], ['!', 'l'], ['i', 'l'], ['3', 'e'], ['5', 's'], ['$', 's'], ['@', 'a']] as const) {
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
    if (c === 114 && d === 110) { rep = 109; width = 2; } // rn -> m
    else if (c === 118 && d === 118) { rep = 119; width = 2; } // vv -> w
    else if (c === 99 && d === 108) { rep = 100; width = 2; } // cl -> d
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
    const to = UNICODE_MAP[ch] ?? ch.normalize('NFKD').replace(COMBINING, '');
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
