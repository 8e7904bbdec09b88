/**
 * The flags of every one- and two-character key of a word table, read from two small arrays.
 * The segmentation DPs (segment in dga.ts, segmentInto in dga-words.ts) look up every prefix
 * label[i..j] from every position i; for most positions of a host label the walk stops after one
 * or two characters, and those lookups in the large word tables (≈ 85,000 and ≈ 500,000 keys) were
 * cache misses: most of the DPs' time. The arrays hold exactly what `flags(h)` answers for those
 * keys (FNV-1a of the characters, as the tables are keyed), so the cover found is the same.
 */
import type { FlagLookup } from './flag-table.js';

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Characters of host labels (a–z, 0–9, '-', '_'); any other character is looked up in the table. */
const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → index in CHARS, or NONE. */
export const SHORT_SYM = new Uint8Array(65536).fill(255);
for (let i = 0; i < CHARS.length; i++) SHORT_SYM[CHARS.charCodeAt(i)] = i;
/** SHORT_SYM of a character that has no cached entry (bit 6 set, so `(a | b) < 64` tests both). */
export const NONE = 255;
export const SHORT_STRIDE = 64;
/** Number of characters with a cached entry (the stride of `threeFlags`). */
export const SHORT_CHARS = CHARS.length;

export interface ShortFlags {
  /** flags of the one-character key of symbol s, at [s]. */
  readonly one: Int32Array;
  /** flags of the two-character key of symbols a, b, at [a * SHORT_STRIDE + b]. */
  readonly two: Int32Array;
}

const CACHE = new WeakMap<FlagLookup, ShortFlags>();

/** The short-key flags of a table, built on first use (≈ 1,500 lookups) and kept with it. */
export function shortFlags(table: FlagLookup): ShortFlags {
  let s = CACHE.get(table);
  if (s) return s;
  const one = new Int32Array(SHORT_STRIDE);
  const two = new Int32Array(SHORT_STRIDE * SHORT_STRIDE);
  for (let a = 0; a < CHARS.length; a++) {
    const ha = Math.imul(FNV_BASIS ^ CHARS.charCodeAt(a), FNV_PRIME);
    one[a] = table.flags(ha);
    for (let b = 0; b < CHARS.length; b++)
      two[a * SHORT_STRIDE + b] = table.flags(Math.imul(ha ^ CHARS.charCodeAt(b), FNV_PRIME));
  }
  s = { one, two };
  CACHE.set(table, s);
  return s;
}

const THREE = new WeakMap<FlagLookup, Uint16Array>();

/**
 * The flags of every three-character key of a table whose flags fit 16 bits, at
 * [(a * SHORT_CHARS + b) * SHORT_CHARS + c] (≈ 55,000 lookups once, 110 kB): in the one-walk
 * segmentation (segmentBoth) most positions get past two characters, and that third probe of the
 * large merged table was the commonest cache miss. Same flags as `flags(h)`, so the same cover.
 */
export function threeFlags(table: FlagLookup): Uint16Array {
  let t = THREE.get(table);
  if (t) return t;
  const n = CHARS.length;
  t = new Uint16Array(n * n * n);
  for (let a = 0; a < n; a++) {
    const ha = Math.imul(FNV_BASIS ^ CHARS.charCodeAt(a), FNV_PRIME);
    for (let b = 0; b < n; b++) {
      const hb = Math.imul(ha ^ CHARS.charCodeAt(b), FNV_PRIME);
      for (let c = 0; c < n; c++) {
        const f = table.flags(Math.imul(hb ^ CHARS.charCodeAt(c), FNV_PRIME));
        if (f > 0xffff) throw new RangeError(`flag bits ${f} do not fit threeFlags`);
        t[(a * n + b) * n + c] = f;
      }
    }
  }
  THREE.set(table, t);
  return t;
}

/** Use `flags` (from a model pack) as the three-character flags of `table` (see threeFlags). */
export function setThreeFlags(table: FlagLookup, flags: Uint16Array): boolean {
  const n = CHARS.length;
  if (flags.length !== n * n * n) return false;
  THREE.set(table, flags);
  return true;
}
