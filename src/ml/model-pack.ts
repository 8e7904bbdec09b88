/**
 * A model's *pack*: a binary sidecar (`<model>.json.pack`) of tables precomputed from one exact
 * model file, so a process does not rebuild them at start-up. The domain model carries ~146,000
 * SCOWL words in its JSON; parsing them and building the word tables from them was most of the
 * start-up of `vigil scan one.eml` (every email scores its sender's domain).
 *
 * A pack is valid only for the file whose SHA-256 it records: any other file (retrained, edited,
 * a user's own model) ignores it and builds its tables as before, so a pack can never make a
 * verdict differ from the model alone. It holds:
 * - `sections`: named byte ranges (typed arrays written by the module that reads them, e.g.
 *   src/url/dga-pack.ts), each 8-byte aligned;
 * - `lazy`: where meta values sit in the model text (`"words":[…]`), so the loader parses the rest
 *   and those values only when something reads them;
 * - `cut`: the model's JSON without its weights and lazy values (a few kB), which the loader parses
 *   instead of the file: a process that has a pack never decodes the file's text (the domain model's
 *   is 2.5 MB, ≈ 13 ms and 2.5 MB of fresh memory), it only hashes the file's bytes to check the pack.
 * Pure (no I/O): the loader (src/models.ts) reads the files, scripts/model-pack.mjs writes them.
 *
 * Layout: `VGPK0001`, u32 LE header length, header JSON (UTF-8), zero padding to 8, section bytes.
 */
import { isDeepStrictEqual } from 'node:util';
import { deserializeModel } from './model.js';
import { SparseWeights } from './sparse-weights.js';

/** File magic and format version (bump on any layout change: an old pack is then ignored). */
const MAGIC = 'VGPK0001';

/** A meta value kept out of the first parse: `text.slice(start, end)` is its JSON. */
export interface LazyRange {
  key: string;
  start: number;
  end: number;
}

export interface ModelPack {
  /** SHA-256 (hex) of the model file's bytes the pack was computed from. */
  sha256: string;
  lazy: LazyRange[];
  /**
   * Where the model's `weights` object sits in the text (cut before parsing), when the pack holds
   * the weights (WEIGHT_DENSE, or WEIGHT_INDEX and WEIGHT_VALUE): 160,000 numbers parsed from JSON were most of
   * the models' load time.
   */
  weights?: { start: number; end: number };
  /**
   * The model's text with its lazy ranges and weights cut (`cutLazyRanges`): what the loader parses.
   * Absent in a pack written before it existed (the loader then reads the model as without a pack).
   */
  cut?: string;
  sections: Map<string, Uint8Array>;
}

const align8 = (n: number): number => (n + 7) & ~7;

/** The pack's bytes. Section contents are copied as they are (little-endian on every target Node runs on). */
export function encodeModelPack(pack: {
  sha256: string;
  lazy: readonly LazyRange[];
  weights?: { start: number; end: number };
  cut?: string;
  sections: ReadonlyMap<string, ArrayBufferView>;
}): Uint8Array {
  const entries: { name: string; offset: number; length: number }[] = [];
  let offset = 0;
  for (const [name, view] of pack.sections) {
    entries.push({ name, offset, length: view.byteLength });
    offset = align8(offset + view.byteLength);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({
      sha256: pack.sha256,
      lazy: pack.lazy,
      ...(pack.weights ? { weights: pack.weights } : {}),
      ...(pack.cut !== undefined ? { cut: pack.cut } : {}),
      sections: entries,
    }),
  );
  const dataStart = align8(MAGIC.length + 4 + header.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true);
  out.set(header, MAGIC.length + 4);
  let k = 0;
  for (const view of pack.sections.values()) {
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), dataStart + entries[k++]!.offset);
  }
  return out;
}

/**
 * Read a pack; null when the bytes are not one (wrong magic or version, truncated, malformed
 * header): the caller then builds its tables from the model as if there were no pack.
 */
export function decodeModelPack(input: Uint8Array): ModelPack | null {
  // typed views over the sections need 8-byte alignment; a pooled Buffer may not have it
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.length < MAGIC.length + 4) return null;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return null;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    MAGIC.length,
    true,
  );
  const headerEnd = MAGIC.length + 4 + headerLength;
  if (headerEnd > bytes.length) return null;
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, headerEnd)));
  } catch {
    return null;
  }
  const h = header as {
    sha256?: unknown;
    lazy?: unknown;
    sections?: unknown;
    weights?: unknown;
    cut?: unknown;
  };
  if (h.cut !== undefined && typeof h.cut !== 'string') return null;
  if (typeof h.sha256 !== 'string' || !Array.isArray(h.lazy) || !Array.isArray(h.sections)) return null;
  const lazy: LazyRange[] = [];
  for (const r of h.lazy as Partial<LazyRange>[]) {
    if (
      typeof r?.key !== 'string' ||
      !Number.isInteger(r.start) ||
      !Number.isInteger(r.end) ||
      r.start! < 0 ||
      r.end! < r.start!
    )
      return null;
    lazy.push({ key: r.key, start: r.start!, end: r.end! });
  }
  const dataStart = align8(headerEnd);
  const sections = new Map<string, Uint8Array>();
  for (const s of h.sections as { name?: unknown; offset?: unknown; length?: unknown }[]) {
    const offset = s?.offset;
    const length = s?.length;
    if (
      typeof s?.name !== 'string' ||
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      (offset as number) % 8 !== 0 ||
      (offset as number) < 0 ||
      (length as number) < 0 ||
      dataStart + (offset as number) + (length as number) > bytes.length
    )
      return null;
    const at = dataStart + (offset as number);
    sections.set(s.name, bytes.subarray(at, at + (length as number)));
  }
  let weights: { start: number; end: number } | undefined;
  if (h.weights !== undefined) {
    const r = h.weights as { start?: unknown; end?: unknown };
    if (
      !Number.isInteger(r?.start) ||
      !Number.isInteger(r?.end) ||
      (r.start as number) < 0 ||
      (r.end as number) < (r.start as number)
    )
      return null;
    weights = { start: r.start as number, end: r.end as number };
  }
  return {
    sha256: h.sha256,
    lazy,
    ...(weights ? { weights } : {}),
    ...(typeof h.cut === 'string' ? { cut: h.cut } : {}),
    sections,
  };
}

/** Section names of a model's weights: indices of the non-zero weights, increasing, and their values. */
export const WEIGHT_INDEX = 'weights.index';
export const WEIGHT_VALUE = 'weights.value';
/**
 * Section name of a model's weights written whole (2^bits float32): for a model with as many
 * non-zero weights as zeros (the URL and domain models) no larger than index and value, and the
 * loader uses it where it lies in the pack's bytes, with no array to fill (a fresh 1 MB array and
 * its unpacking cost ≈ 3–5 ms each at start-up). Sparse models (the email model: 30,000 of 2^20)
 * keep index and value.
 */
export const WEIGHT_DENSE = 'weights.dense';

/** The weights' sections and their place in the text, for any model written by src/train. */
export function packWeights(
  text: string,
  weights: Float32Array,
): { range: { start: number; end: number }; sections: Map<string, ArrayBufferView> } | null {
  const parsed = JSON.parse(text) as { weights?: unknown };
  const needle = `"weights":${JSON.stringify(parsed.weights)}`;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) return null;
  let n = 0;
  // -0 kept as written (its sign reaches no score, but the weights stay the same bits)
  for (let i = 0; i < weights.length; i++) if (weights[i] !== 0 || Object.is(weights[i], -0)) n++;
  const range = { start: at + '"weights":'.length, end: at + needle.length };
  // whole when that is at most 2 × index and value (≈ as small, and nothing to unpack at load)
  if (weights.length * 4 <= n * 8 * 2)
    return {
      range,
      sections: new Map<string, ArrayBufferView>([[WEIGHT_DENSE, Float32Array.from(weights)]]),
    };
  const index = new Uint32Array(n);
  const value = new Float32Array(n);
  n = 0;
  for (let i = 0; i < weights.length; i++)
    if (weights[i] !== 0 || Object.is(weights[i], -0)) {
      index[n] = i;
      value[n++] = weights[i]!;
    }
  return {
    range,
    sections: new Map<string, ArrayBufferView>([
      [WEIGHT_INDEX, index],
      [WEIGHT_VALUE, value],
    ]),
  };
}

/**
 * The index-and-value weight sections as typed-array views of the pack's bytes (no copy); null when
 * either is missing, they differ in length, or they are not 4-byte aligned.
 */
function sparseSections(
  sections: ReadonlyMap<string, Uint8Array>,
): { index: Uint32Array; value: Float32Array } | null {
  const i = sections.get(WEIGHT_INDEX);
  const v = sections.get(WEIGHT_VALUE);
  if (
    !i ||
    !v ||
    i.byteLength !== v.byteLength ||
    i.byteLength % 4 !== 0 ||
    i.byteOffset % 4 !== 0 ||
    v.byteOffset % 4 !== 0
  )
    return null;
  return {
    index: new Uint32Array(i.buffer, i.byteOffset, i.byteLength / 4),
    value: new Float32Array(v.buffer, v.byteOffset, v.byteLength / 4),
  };
}

/**
 * The dense weights (2^bits) from a pack's sections; null when they are absent or do not fit. Whole
 * weights (WEIGHT_DENSE) are a view of the pack's bytes, not a copy.
 */
export function unpackWeights(sections: ReadonlyMap<string, Uint8Array>, bits: number): Float32Array | null {
  const dense = sections.get(WEIGHT_DENSE);
  if (dense)
    return dense.byteLength === 2 ** bits * 4 && dense.byteOffset % 4 === 0
      ? new Float32Array(dense.buffer, dense.byteOffset, 2 ** bits)
      : null;
  const sparse = sparseSections(sections);
  if (!sparse) return null;
  const { index, value } = sparse;
  const dims = 2 ** bits;
  const out = new Float32Array(dims);
  for (let k = 0; k < index.length; k++) {
    const at = index[k]!;
    if (at >= dims) return null;
    out[at] = value[k]!;
  }
  return out;
}

/**
 * The weights of a pack for the loader: dense ones (WEIGHT_DENSE) as a view of the pack's bytes, and
 * index-and-value ones as SparseWeights over the pack's arrays (not spread into 2^bits floats);
 * null when they are absent or do not fit (as unpackWeights).
 */
export function packedWeights(
  sections: ReadonlyMap<string, Uint8Array>,
  bits: number,
): Float32Array | SparseWeights | null {
  if (sections.has(WEIGHT_DENSE)) return unpackWeights(sections, bits);
  const sparse = sparseSections(sections);
  return sparse ? SparseWeights.of(sparse.index, sparse.value, 2 ** bits) : null;
}

/**
 * Where the values of `meta[key]` sit in a model file's text, for each key whose value is written
 * exactly once as `"key":<JSON.stringify(value)>` (how src/train writes models); other keys are
 * left out (parsed with the rest). Ranges come back in text order.
 */
export function findLazyRanges(
  text: string,
  meta: Record<string, unknown>,
  keys: readonly string[],
): LazyRange[] {
  const out: LazyRange[] = [];
  for (const key of keys) {
    if (!(key in meta)) continue;
    const needle = `${JSON.stringify(key)}:${JSON.stringify(meta[key])}`;
    const at = text.indexOf(needle);
    if (at < 0 || text.indexOf(needle, at + 1) >= 0) continue;
    const start = at + JSON.stringify(key).length + 1;
    out.push({ key, start, end: at + needle.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text with each range (sorted, disjoint) replaced by `null` (the loader parses this). */
export function cutLazyRanges(text: string, lazy: readonly { start: number; end: number }[]): string {
  let out = '';
  let from = 0;
  for (const r of lazy) {
    if (r.start < from || r.end > text.length)
      throw new RangeError('lazy ranges overlap or run past the text');
    out += text.slice(from, r.start) + 'null';
    from = r.end;
  }
  return out + text.slice(from);
}

/**
 * Put the cut values back into `meta` as properties parsed on first read (then plain values):
 * whoever reads `meta.words` gets exactly what the whole file would have given. `text`: the file's
 * text, or a function that reads it when a value is first read (the loader's, src/models.ts, which
 * throws when the file is no longer the one the pack was made from).
 */
export function restoreLazyValues(
  meta: Record<string, unknown>,
  text: string | (() => string),
  lazy: readonly LazyRange[],
): void {
  let full: string | undefined = typeof text === 'string' ? text : undefined;
  for (const r of lazy) {
    Object.defineProperty(meta, r.key, {
      configurable: true,
      enumerable: true,
      get() {
        full ??= (text as () => string)();
        const value: unknown = JSON.parse(full.slice(r.start, r.end));
        Object.defineProperty(meta, r.key, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(meta, r.key, { value, configurable: true, enumerable: true, writable: true });
      },
    });
  }
}

/**
 * The pack of one model file's text: its weights, plus `extra` sections (an analyzer's tables) and
 * meta keys to parse lazily. Checked before it is returned: the model read through the pack has
 * the file's weights (bit for bit) and meta. `sha256`: of the file's bytes.
 */
export function packModelFile(
  text: string,
  sha256: string,
  extra: { sections?: ReadonlyMap<string, ArrayBufferView>; lazyKeys?: readonly string[] } = {},
  source = 'model',
): Uint8Array {
  const model = deserializeModel(text, source);
  const w = packWeights(text, model.weights);
  const sections = new Map<string, ArrayBufferView>([...(extra.sections ?? []), ...(w?.sections ?? [])]);
  const lazy = findLazyRanges(text, model.meta, extra.lazyKeys ?? []);
  const cut = cutLazyRanges(
    text,
    [...lazy, ...(w ? [w.range] : [])].sort((a, b) => a.start - b.start),
  );
  const bytes = encodeModelPack({ sha256, lazy, ...(w ? { weights: w.range } : {}), cut, sections });
  // read back as the loader reads it
  const pack = decodeModelPack(bytes);
  if (!pack || pack.cut === undefined) throw new Error(`${source}: the pack does not read back`);
  const back = deserializeModel(pack.cut, source, (bits) => packedWeights(pack.sections, bits));
  restoreLazyValues(back.meta, text, pack.lazy);
  const same = (a: Float32Array, b: Float32Array) => {
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  if (!same(back.weights, model.weights)) throw new Error(`${source}: weights read through the pack differ`);
  if (!isDeepStrictEqual({ ...back, meta: { ...back.meta }, weights: null }, { ...model, weights: null }))
    throw new Error(`${source}: the model read through the pack differs from the file's`);
  return bytes;
}
