/**
 * A model's weights as its non-zero entries only: bucket indices (increasing) and their values, and
 * a hash table from bucket to entry. The shipped email model has ≈ 30,000 non-zero weights of 2^20
 * buckets: as a dense Float32Array that is 4 MB, ≈ 1,000 fresh pages to fault in (≈ 10 ms of
 * `vigil scan one.eml` on a machine where a page costs ≈ 10 µs); here it is the pack's two arrays,
 * used in place, and a 2n-slot table (≈ 0.5 MB). A model read from a pack that stores its weights
 * this way (src/ml/model-pack.ts WEIGHT_INDEX, WEIGHT_VALUE) carries it as `LinearModel.sparse`;
 * its dense `weights` are then made on first read (training, the model card, the reference scorer),
 * from the same values, so every reader sees the weights it saw before.
 */
export class SparseWeights {
  /** Bucket of each entry, strictly increasing. */
  readonly index: Uint32Array;
  /** Value of each entry (as stored: ±0 included). */
  readonly value: Float32Array;
  /** 2^bits: the dense length. */
  readonly dims: number;
  private keys: Int32Array | null = null;
  private entries: Int32Array | null = null;
  private shift = 0;

  private constructor(index: Uint32Array, value: Float32Array, dims: number) {
    this.index = index;
    this.value = value;
    this.dims = dims;
  }

  /** The entries, or null when they are not strictly increasing buckets below `dims`. */
  static of(index: Uint32Array, value: Float32Array, dims: number): SparseWeights | null {
    if (index.length !== value.length) return null;
    let last = -1;
    for (let k = 0; k < index.length; k++) {
      const at = index[k]!;
      if (at <= last || at >= dims) return null;
      last = at;
    }
    return new SparseWeights(index, value, dims);
  }

  /** The open-addressing table bucket -> entry number, built at the first look-up. */
  private build(): void {
    let bits = 4;
    while (1 << bits < this.index.length * 2) bits++;
    const size = 1 << bits;
    const keys = new Int32Array(size).fill(-1);
    const entries = new Int32Array(size);
    this.shift = 32 - bits;
    const mask = size - 1;
    for (let k = 0; k < this.index.length; k++) {
      const bucket = this.index[k]!;
      let h = Math.imul(bucket, 0x9e3779b1) >>> this.shift;
      while (keys[h] !== -1) h = (h + 1) & mask;
      keys[h] = bucket;
      entries[h] = k;
    }
    this.keys = keys;
    this.entries = entries;
  }

  /** The entry number of `bucket` (its rank among the stored buckets), or -1 when none is stored. */
  entryOf(bucket: number): number {
    if (this.keys === null) this.build();
    const keys = this.keys!;
    const mask = keys.length - 1;
    let h = Math.imul(bucket, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = keys[h]!;
      if (key === bucket) return this.entries![h]!;
      if (key === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  /** The weight at `bucket`, as the dense array holds it (0 when none is stored). */
  at(bucket: number): number {
    const k = this.entryOf(bucket);
    return k < 0 ? 0 : this.value[k]!;
  }

  /** The dense weights (a new array, 2^bits long). */
  dense(): Float32Array {
    const out = new Float32Array(this.dims);
    for (let k = 0; k < this.index.length; k++) out[this.index[k]!] = this.value[k]!;
    return out;
  }
}
