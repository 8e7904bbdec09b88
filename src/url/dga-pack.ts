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
import { buildDgaTables, mergedWordTable, type DgaTables } from './dga.js';
import { A_SHIFT } from './dga-words.js';
import { setThreeFlags, threeFlags } from './short-prefix.js';
import type { WordTiers } from './dga-words.js';
import { SortedFlagTable, type FlagLookup, type FlagTable } from './flag-table.js';

export { SortedFlagTable };

/** Prefix of this module's section names (the version of the table definitions). */
const PACK_VERSION = 'dga2';
const SYM = 28;

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

/**
 * The pack sections of built tables (scripts/model-pack.mjs). With word tiers, the two word tables
 * go in as one (mergedWordTable: a key's tier flags | its word-list flags << A_SHIFT), which the
 * one-walk segmentation reads and the two tables are views of: one table to set up at load, not
 * three, and one probe per substring for both segmentations.
 */
export function packDgaTables(t: DgaTables): Map<string, ArrayBufferView> {
  const tierTable = t.tiers?.table;
  if (!isFlagTable(t.wordOrPrefix) || (tierTable && !isFlagTable(tierTable)))
    throw new TypeError('packDgaTables packs tables built by buildDgaTables');
  const out = new Map<string, ArrayBufferView>();
  const merged = t.tiers ? mergedWordTable(t) : null;
  if (merged instanceof SortedFlagTable && t.tiers) {
    const m = merged.entries();
    out.set(`${PACK_VERSION}.merged.keys`, m.keys);
    out.set(`${PACK_VERSION}.merged.flags`, m.values);
    // its three-character keys' flags (threeFlags: ≈ 40 ms to work out on a process's first domain)
    out.set(`${PACK_VERSION}.merged.three`, threeFlags(merged));
    out.set(`${PACK_VERSION}.tiers.size`, Uint32Array.of(t.tiers.size, t.tiers.use === true ? 1 : 0));
  } else {
    const wp = sortedEntries(t.wordOrPrefix);
    out.set(`${PACK_VERSION}.wordOrPrefix.keys`, wp.keys);
    out.set(`${PACK_VERSION}.wordOrPrefix.flags`, wp.values);
    if (t.tiers && tierTable && isFlagTable(tierTable)) {
      const tt = sortedEntries(tierTable);
      out.set(`${PACK_VERSION}.tiers.keys`, tt.keys);
      out.set(`${PACK_VERSION}.tiers.flags`, tt.values);
      out.set(`${PACK_VERSION}.tiers.size`, Uint32Array.of(t.tiers.size, t.tiers.use === true ? 1 : 0));
    }
  }
  out.set(`${PACK_VERSION}.trigram`, t.trigram);
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
  const trigram = view(sections, 'trigram', (b, o, l) => new Float32Array(b, o, l), 4);
  if (!trigram || trigram.length !== SYM ** 3) return null;
  let wordOrPrefix: FlagLookup;
  let tiers: WordTiers | undefined;
  let merged: SortedFlagTable | undefined;
  if (sections.has(`${PACK_VERSION}.merged.keys`)) {
    const keys = u32('merged.keys');
    const flags = u16('merged.flags');
    const size = u32('tiers.size');
    if (!keys || !flags || !size || keys.length !== flags.length || size.length !== 2) return null;
    const m = new SortedFlagTable(keys, flags);
    merged = m;
    const three = u16('merged.three');
    if (!three || !setThreeFlags(m, three)) return null;
    // each table's flags are its bits of the merged ones (a key of the other table alone reads 0)
    wordOrPrefix = { flags: (h: number) => m.flags(h) >>> A_SHIFT };
    tiers = {
      table: { flags: (h: number) => m.flags(h) & ((1 << A_SHIFT) - 1) },
      size: size[0]!,
      ...(size[1] === 1 ? { use: true } : {}),
    };
  } else {
    const wpKeys = u32('wordOrPrefix.keys');
    const wpFlags = u16('wordOrPrefix.flags');
    if (!wpKeys || !wpFlags || wpKeys.length !== wpFlags.length) return null;
    wordOrPrefix = new SortedFlagTable(wpKeys, wpFlags);
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
  }
  // the built form's word and prefix sets are exactly wordOrPrefix's flag 1 and flag 2
  const wp = wordOrPrefix;
  return {
    wordHashes: { has: (h: number) => (wp.flags(h) & 1) !== 0 },
    prefixHashes: { has: (h: number) => (wp.flags(h) & 2) !== 0 },
    trigram,
    wordOrPrefix,
    ...(tiers ? { tiers } : {}),
    ...(merged ? { merged } : {}),
  };
}

/** The packed merged table answers, for every key of both tables and a run of probes, `a << A_SHIFT | b`. */
function checkMerged(a: FlagTable, b: FlagTable, merged: SortedFlagTable, what: string): void {
  const expect = (k: number) => (a.flags(k) << A_SHIFT) | b.flags(k);
  const test = (k: number) => {
    if (merged.flags(k) !== expect(k))
      throw new Error(`${what}: key ${k >>> 0} merged as ${merged.flags(k)}, expected ${expect(k)}`);
  };
  a.forEach(test);
  b.forEach(test);
  // no key beyond the two tables' (a key in both counted once)
  let union = 0;
  a.forEach(() => union++);
  b.forEach((k) => {
    if (a.flags(k) === 0) union++;
  });
  if (union !== merged.size) throw new Error(`${what}: ${merged.size} keys merged, ${union} in the tables`);
  let h = 0x2545f491;
  for (let i = 0; i < 100_000; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    test(h);
  }
}

/** Every key of a built table has the same flags in the packed one, and a fixed run of probes agrees. */
function checkSame(built: FlagTable, packed: FlagLookup, what: string): void {
  let n = 0;
  built.forEach((key, flags) => {
    if (packed.flags(key) !== flags)
      throw new Error(`${what}: key ${key} packed with ${packed.flags(key)}, built ${flags}`);
    n++;
  });
  // a view of the merged table has no key count of its own (checkMerged counts the merged keys)
  if (packed instanceof SortedFlagTable && n !== packed.size)
    throw new Error(`${what}: ${packed.size} keys packed, ${n} built`);
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
  checkSame(built.wordOrPrefix as FlagTable, unpacked.wordOrPrefix, 'wordOrPrefix');
  if (built.tiers && built.tiers.use !== unpacked.tiers?.use)
    throw new Error(`${source}: the packed word tiers lost their domain-use levels`);
  if (built.tiers) checkSame(built.tiers.table as FlagTable, unpacked.tiers!.table, 'word tiers');
  if (built.tiers && sections.has(`${PACK_VERSION}.merged.keys`)) {
    if (!(unpacked.merged instanceof SortedFlagTable))
      throw new Error(`${source}: the packed merged word table does not read back`);
    checkMerged(
      built.wordOrPrefix as FlagTable,
      built.tiers.table as FlagTable,
      unpacked.merged,
      'merged word tables',
    );
    // the packed three-character flags are what the merged table answers (worked out afresh)
    const packedThree = threeFlags(unpacked.merged);
    const fresh = threeFlags({ flags: (h: number) => unpacked.merged!.flags(h) });
    if (packedThree === fresh || packedThree.some((f, i) => f !== fresh[i]))
      throw new Error(`${source}: the packed three-character flags differ from the merged table's`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return packModelFile(text, sha256, { sections, lazyKeys: ['words', 'word_tiers', 'word_use'] }, source);
}
