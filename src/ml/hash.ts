/**
 * Feature hashing: names → bucket indices in a fixed-size weight vector. The hash runs over the
 * string's UTF-16 code units (no encoding step, so it is fast) and ends with murmur3's fmix32
 * avalanche, so near-identical names ("text: ab", "text: ac") spread over the whole table.
 * KEEP IN SYNC with any other implementation that reads models/*.json (the bucket of a feature
 * name must not change, or every shipped model is silently wrong).
 */

/** FNV-1a (32-bit) over UTF-16 code units, finished with murmur3's fmix32. Unsigned result. */
/** FNV-1a offset basis and prime; callers that hash incrementally (src/url/models.ts) share them. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** murmur3's finaliser: spreads FNV's weak low bits over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash32(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
}

/**
 * FNV-1a state after `text`, continuing from `h` (FNV_OFFSET to start). `fmix32(fnvUpdate(FNV_OFFSET, a + b))`
 * equals `fmix32(fnvUpdate(fnvUpdate(FNV_OFFSET, a), b))` equals `hash32(a + b)`: a feature name can be
 * hashed in pieces (a fixed prefix once, then a word) without building the name.
 */
export function fnvUpdate(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** `fnvUpdate` over one UTF-16 code unit. */
export function fnvUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

export const MIN_HASH_BITS = 10;
export const MAX_HASH_BITS = 24;

/** Where a feature name lands: bucket index and sign (signed hashing halves collision bias). */
export interface HashedFeature {
  index: number;
  sign: 1 | -1;
}

/**
 * Bucket of a feature name in a table of 2^bits. The low `bits` bits pick the bucket; the top
 * bit picks the sign (when `signed`), so the two are independent.
 */
export function hashFeature(name: string, bits: number, signed = true): HashedFeature {
  const h = hash32(name);
  const index = h & ((1 << bits) - 1);
  const sign: 1 | -1 = signed && h >>> 31 === 1 ? -1 : 1;
  return { index, sign };
}

export function checkBits(bits: number): number {
  if (!Number.isInteger(bits) || bits < MIN_HASH_BITS || bits > MAX_HASH_BITS)
    throw new RangeError(`hash bits must be an integer in [${MIN_HASH_BITS}, ${MAX_HASH_BITS}], got ${bits}`);
  return bits;
}
