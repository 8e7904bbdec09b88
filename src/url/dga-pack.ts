/**
 * The DGA word tables (`buildDgaTables`, src/url/dga.ts) in the compact form a model pack carries
 * (src/ml/model-pack.ts): each hashed-word table as its keys sorted (Uint32Array) with their flag
 * bits beside them, read straight from the file into typed arrays. Building the tables from the
 * domain model's ~146,000 words took ≈ 200 ms of every process's start-up; reading them takes a
 * few milliseconds. A lookup answers exactly what the built table answers (`flags(h)`: the OR of
 * the flags h was added with, 0 when absent): test/url/dga-pack.test.ts checks every key and
 * random probes, and the domain scores of both forms.
 * KEEP IN SYNC: `DgaTables` (src/url/dga.ts). A change to what `buildDgaTables` or
 * `buildWordTiers` put in the tables must bump PACK_VERSION, so packs of the old tables are ignored.
 */
import { createHash } from 'node:crypto';
import { deserializeModel, packModelFile } from '../ml/index.js';
import { buildDgaTables, type DgaTables } from './dga.js';
import type { WordTiers } from './dga-words.js';
import type { FlagLookup, FlagTable } from './flag-table.js';

/** Prefix of this module's section names (the version of the table definitions). */
const PACK_VERSION = 'dga2';
const SYM = 28;

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

/** Sorted keys and flags of a built table. */
function sortedEntries(table: FlagTable): { keys: Uint32Array; values: Uint16Array } {
  const pairs: number[] = [];
  table.forEach((key, flags) => {
    if (flags > 0xffff) throw new RangeError(`flag bits ${flags} do not fit a pack`);
    pairs.push(key >>> 0, flags);
  });
  const order = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort(
    (a, b) => pairs[a * 2]! - pairs[b * 2]!,
  );
  const keys = new Uint32Array(order.length);
  const values = new Uint16Array(order.length);
  order.forEach((o, i) => {
    keys[i] = pairs[o * 2]!;
    values[i] = pairs[o * 2 + 1]!;
  });
  return { keys, values };
}

/** The pack sections of built tables (scripts/model-pack.mjs). */
export function packDgaTables(t: DgaTables): Map<string, ArrayBufferView> {
  const tierTable = t.tiers?.table;
  if (!isFlagTable(t.wordOrPrefix) || (tierTable && !isFlagTable(tierTable)))
    throw new TypeError('packDgaTables packs tables built by buildDgaTables');
  const out = new Map<string, ArrayBufferView>();
  const wp = sortedEntries(t.wordOrPrefix);
  out.set(`${PACK_VERSION}.wordOrPrefix.keys`, wp.keys);
  out.set(`${PACK_VERSION}.wordOrPrefix.flags`, wp.values);
  out.set(`${PACK_VERSION}.trigram`, t.trigram);
  if (t.tiers && tierTable && isFlagTable(tierTable)) {
    const tt = sortedEntries(tierTable);
    out.set(`${PACK_VERSION}.tiers.keys`, tt.keys);
    out.set(`${PACK_VERSION}.tiers.flags`, tt.values);
    out.set(`${PACK_VERSION}.tiers.size`, Uint32Array.of(t.tiers.size, t.tiers.use === true ? 1 : 0));
  }
  return out;
}

function isFlagTable(x: FlagLookup): x is FlagTable {
  return typeof (x as FlagTable).forEach === 'function';
}

function view<T>(
  sections: ReadonlyMap<string, Uint8Array>,
  name: string,
  make: (b: ArrayBufferLike, off: number, n: number) => T,
  bytesPer: number,
): T | null {
  const s = sections.get(`${PACK_VERSION}.${name}`);
  if (!s || s.byteLength % bytesPer !== 0 || s.byteOffset % bytesPer !== 0) return null;
  return make(s.buffer, s.byteOffset, s.byteLength / bytesPer);
}

/**
 * The tables from a model's pack sections; null when the pack has none of this version (the
 * caller builds them from the model's word lists).
 */
export function unpackDgaTables(sections: ReadonlyMap<string, Uint8Array>): DgaTables | null {
  const u32 = (n: string) => view(sections, n, (b, o, l) => new Uint32Array(b, o, l), 4);
  const u16 = (n: string) => view(sections, n, (b, o, l) => new Uint16Array(b, o, l), 2);
  const wpKeys = u32('wordOrPrefix.keys');
  const wpFlags = u16('wordOrPrefix.flags');
  const trigram = view(sections, 'trigram', (b, o, l) => new Float32Array(b, o, l), 4);
  if (!wpKeys || !wpFlags || !trigram || wpKeys.length !== wpFlags.length || trigram.length !== SYM ** 3)
    return null;
  const wordOrPrefix = new SortedFlagTable(wpKeys, wpFlags);
  let tiers: WordTiers | undefined;
  if (sections.has(`${PACK_VERSION}.tiers.keys`)) {
    const keys = u32('tiers.keys');
    const flags = u16('tiers.flags');
    const size = u32('tiers.size');
    if (!keys || !flags || !size || keys.length !== flags.length || size.length !== 2) return null;
    tiers = {
      table: new SortedFlagTable(keys, flags),
      size: size[0]!,
      ...(size[1] === 1 ? { use: true } : {}),
    };
  }
  // the built form's word and prefix sets are exactly wordOrPrefix's flag 1 and flag 2
  return {
    wordHashes: { has: (h: number) => (wordOrPrefix.flags(h) & 1) !== 0 },
    prefixHashes: { has: (h: number) => (wordOrPrefix.flags(h) & 2) !== 0 },
    trigram,
    wordOrPrefix,
    ...(tiers ? { tiers } : {}),
  };
}

/** Every key of a built table has the same flags in the packed one, and a fixed run of probes agrees. */
function checkSame(built: FlagTable, packed: SortedFlagTable, what: string): void {
  let n = 0;
  built.forEach((key, flags) => {
    if (packed.flags(key) !== flags)
      throw new Error(`${what}: key ${key} packed with ${packed.flags(key)}, built ${flags}`);
    n++;
  });
  if (n !== packed.size) throw new Error(`${what}: ${packed.size} keys packed, ${n} built`);
  let h = 0x9e3779b9;
  for (let i = 0; i < 100_000; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    if (built.flags(h) !== packed.flags(h)) throw new Error(`${what}: probe ${h} differs`);
  }
}

/**
 * The pack of a domain model file (scripts/model-pack.mjs writes it next to the file): its weights,
 * its DGA tables, and its word lists marked lazy. Checked before it is returned: the packed tables
 * answer what the built ones answer for every key, and the model read through the pack is the file's.
 */
export function packDomainModelFile(bytes: Uint8Array, source = 'domain model'): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const model = deserializeModel(text, source);
  const words = Array.isArray(model.meta.words) ? (model.meta.words as string[]) : [];
  const tierWords = Array.isArray(model.meta.word_tiers) ? (model.meta.word_tiers as string[][]) : undefined;
  const useWords = Array.isArray(model.meta.word_use) ? (model.meta.word_use as string[][]) : undefined;
  const built = buildDgaTables(words, tierWords, useWords);
  const sections = packDgaTables(built);
  const unpacked = unpackDgaTables(
    new Map(
      [...sections].map(([k, v]) => [k, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] as const),
    ),
  );
  if (!unpacked) throw new Error(`${source}: the packed DGA tables do not read back`);
  checkSame(built.wordOrPrefix as FlagTable, unpacked.wordOrPrefix as SortedFlagTable, 'wordOrPrefix');
  if (built.tiers && built.tiers.use !== unpacked.tiers?.use)
    throw new Error(`${source}: the packed word tiers lost their domain-use levels`);
  if (built.tiers)
    checkSame(built.tiers.table as FlagTable, unpacked.tiers!.table as SortedFlagTable, 'word tiers');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return packModelFile(text, sha256, { sections, lazyKeys: ['words', 'word_tiers', 'word_use'] }, source);
}
