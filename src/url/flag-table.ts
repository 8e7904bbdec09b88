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
