/**
 * The hashed-word tables of the domain model's features (dga.ts n-gram words, dga-words.ts SCOWL
 * tiers): one open-addressing table of int32 keys to flag bits, shared by both.
 */
/**
 * Open-addressing map of int32 keys to flag bits, keys and flags side by side (one cache line per
 * probe). `flags(h) & f` equals "h was added with flag f", exactly like a WordTable per flag.
 */
/** What the DGA features read from a word table: the flag bits of a 32-bit hash (0 = absent). */
export interface FlagLookup {
  flags(h: number): number;
  /** Every key with its flags (tables that can list them: mergedWordTable in dga.ts). */
  forEach?(fn: (key: number, flags: number) => void): void;
}

export class FlagTable implements FlagLookup {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private zeroFlags = 0;
  /** `capacity`: the number of distinct keys; load stays under 2/3 (the table must stay cache-sized). */
  constructor(capacity: number) {
    let n = 1024;
    while (n * 2 < capacity * 3) n <<= 1;
    this.slots = new Int32Array(n * 2);
    this.mask = n - 1;
  }
  add(h: number, flag: number): void {
    const key = h | 0;
    if (key === 0) {
      this.zeroFlags |= flag;
      return;
    }
    let i = (key ^ (key >>> 15)) & this.mask;
    while (this.slots[i * 2] !== 0) {
      if (this.slots[i * 2] === key) {
        this.slots[i * 2 + 1]! |= flag;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.slots[i * 2] = key;
    this.slots[i * 2 + 1] = flag;
  }
  /** Every key with its flags (key 0 first when added), in slot order. */
  forEach(fn: (key: number, flags: number) => void): void {
    if (this.zeroFlags !== 0) fn(0, this.zeroFlags);
    for (let i = 0; i < this.slots.length; i += 2)
      if (this.slots[i] !== 0) fn(this.slots[i]!, this.slots[i + 1]!);
  }
  flags(h: number): number {
    const key = h | 0;
    if (key === 0) return this.zeroFlags;
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const v = this.slots[i * 2]!;
      if (v === key) return this.slots[i * 2 + 1]!;
      if (v === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * A read-only flag table over sorted unique keys: the top bits of a key pick a bucket (keys are
 * FNV hashes, spread evenly), a short scan of the bucket finds it. About four keys per bucket, so
 * a lookup touches two or three cache lines, like the open-addressing table it replaces.
 */
export class SortedFlagTable implements FlagLookup {
  private readonly starts: Uint32Array;
  private readonly shift: number;
  constructor(
    private readonly keys: Uint32Array,
    private readonly values: Uint16Array,
  ) {
    let bits = 10;
    while (bits < 24 && 1 << bits < keys.length / 4) bits++;
    this.shift = 32 - bits;
    const starts = new Uint32Array((1 << bits) + 1);
    // starts[b] = first index whose bucket is >= b
    let b = 0;
    for (let i = 0; i < keys.length; i++) {
      const kb = keys[i]! >>> this.shift;
      while (b <= kb) starts[b++] = i;
    }
    while (b < starts.length) starts[b++] = keys.length;
    this.starts = starts;
  }
  get size(): number {
    return this.keys.length;
  }
  /** The sorted keys and their flags (read-only views: do not write to them). */
  entries(): { keys: Uint32Array; values: Uint16Array } {
    return { keys: this.keys, values: this.values };
  }
  /** Every key (as an unsigned number) with its flags, in key order. */
  forEach(fn: (key: number, flags: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) fn(this.keys[i]!, this.values[i]!);
  }
  flags(h: number): number {
    const key = h >>> 0;
    const b = key >>> this.shift;
    const keys = this.keys;
    for (let i = this.starts[b]!, end = this.starts[b + 1]!; i < end; i++) {
      const k = keys[i]!;
      if (k === key) return this.values[i]!;
      if (k > key) return 0;
    }
    return 0;
  }
}
