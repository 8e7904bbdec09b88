/**
 * Model packs (src/ml/model-pack.ts) and the packed DGA tables (src/url/dga-pack.ts): the packed
 * tables answer exactly what the built ones answer, so domain scores do not move; the loader
 * (src/models.ts) uses a pack only for the file it was made from and otherwise reads the model as
 * if there were none.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  cutLazyRanges,
  decodeModelPack,
  encodeModelPack,
  findLazyRanges,
  packModelFile,
  WEIGHT_DENSE,
  WEIGHT_INDEX,
  restoreLazyValues,
  serializeModel,
} from '../../src/ml/index.js';
import { loadModel } from '../../src/models.js';
import { isVigilError } from '../../src/core/index.js';
import { dgaProbability } from '../../src/url/analyzer.js';
import { buildDgaTables } from '../../src/url/dga.js';
import {
  SortedFlagTable,
  packDgaTables,
  packDomainModelFile,
  unpackDgaTables,
} from '../../src/url/dga-pack.js';
import { FlagTable } from '../../src/url/flag-table.js';

const asBytes = (m: Map<string, ArrayBufferView>) =>
  new Map([...m].map(([k, v]) => [k, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] as const));

// a small domain model of the shipped kind (dga/2: words and SCOWL tiers), hand-written words
const WORDS = [
  'secure',
  'login',
  'account',
  'winter',
  'proud',
  'town',
  'search',
  'attach',
  'Paypal',
  'x-ray',
];
const TIERS = [
  ['town', 'search', 'the', 'of'],
  ['attach', 'proud'],
  ['involved', 'winter'],
  [],
  [],
  [],
  [],
  ['zymurgy'],
];
function smallModel(): string {
  const weights = new Float32Array(2 ** 10);
  for (let i = 0; i < weights.length; i++) weights[i] = ((i * 7919) % 200) / 100 - 1;
  const model = buildModel(
    { bits: 10, bias: -0.25, weights },
    {
      name: 'domain',
      version: 'test.1',
      signed: true,
      calibration: { kind: 'platt', a: 1.1, b: -0.3 },
      meta: { features: 'dga/2', words: WORDS, word_tiers: TIERS, alert_threshold: 0.9 },
    },
  );
  return JSON.stringify(serializeModel(model));
}

describe('SortedFlagTable', () => {
  it('answers every key and every probe as the FlagTable it was packed from (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 0xffff })),
          {
            maxLength: 3000,
          },
        ),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 200 }),
        (entries, probes) => {
          const built = new FlagTable(entries.length);
          // key 0, and a key added twice with other flags
          for (const [k, f] of [...entries, [0, 4] as [number, number]]) built.add(k, f);
          if (entries.length) built.add(entries[0]![0], 8);
          const tables = buildDgaTables([]);
          const sections = packDgaTables({ ...tables, wordOrPrefix: built });
          const packed = unpackDgaTables(asBytes(sections))!.wordOrPrefix;
          built.forEach((key, flags) => expect(packed.flags(key)).toBe(flags));
          for (const p of [...probes, 0, -1, 2 ** 31 - 1, -(2 ** 31)])
            expect(packed.flags(p)).toBe(built.flags(p));
        },
      ),
      { seed: 1303, numRuns: 60 },
    );
  });

  it('has as many keys as the built table', () => {
    // without tiers: the word table alone
    const t1 = buildDgaTables(WORDS);
    const p1 = unpackDgaTables(asBytes(packDgaTables(t1)))!;
    let n1 = 0;
    (t1.wordOrPrefix as FlagTable).forEach(() => n1++);
    expect((p1.wordOrPrefix as SortedFlagTable).size).toBe(n1);
    // with tiers: one merged table, holding the keys of both (a shared key once), the two tables
    // being views of it
    const t = buildDgaTables(WORDS, TIERS);
    const p = unpackDgaTables(asBytes(packDgaTables(t)))!;
    const keys = new Set<number>();
    (t.wordOrPrefix as FlagTable).forEach((k) => keys.add(k >>> 0));
    (t.tiers!.table as FlagTable).forEach((k) => keys.add(k >>> 0));
    expect((p.merged as SortedFlagTable).size).toBe(keys.size);
    for (const k of keys) {
      expect(p.wordOrPrefix.flags(k)).toBe(t.wordOrPrefix.flags(k));
      expect(p.tiers!.table.flags(k)).toBe(t.tiers!.table.flags(k));
    }
    expect(p.tiers!.size).toBe(t.tiers!.size);
  });
});

describe('packed DGA tables', () => {
  it('give the shipped domain model the same probabilities, bit for bit', () => {
    const model = loadModel('domain', undefined);
    expect(model).not.toBeNull();
    const m = model!;
    const built = buildDgaTables(m.meta.words as string[], m.meta.word_tiers as string[][]);
    const packed = unpackDgaTables(asBytes(packDgaTables(built)))!;
    expect(packed).not.toBeNull();
    const labels = [
      'google',
      'paypal-secure-login',
      'winterproud',
      'townattachsearchinvolved',
      'vulnerability-could',
      'x7f3kq9zt2',
      'planetafebruarytcoinstit',
      'a',
      '',
      'xn--pypal-4ve',
      'a'.repeat(70),
      'week-plaintiff',
      'qxzjkvwfy',
      '0123456789abcdef',
    ];
    for (const label of labels)
      expect(dgaProbability(m, label, packed)).toBe(dgaProbability(m, label, built));
    // the analyzer uses the pack when the model carries one (npm run build writes it next to the model)
    if (m.packed) expect(unpackDgaTables(m.packed)).not.toBeNull();
  });

  it('is refused when the pack is of another version or malformed (the tables are then built)', () => {
    expect(unpackDgaTables(new Map())).toBeNull();
    const t = asBytes(packDgaTables(buildDgaTables(WORDS, TIERS)));
    const trigram = [...t].find(([k]) => k.endsWith('.trigram'))!;
    t.set(trigram[0], trigram[1].subarray(0, 8));
    expect(unpackDgaTables(t)).toBeNull();
    expect(decodeModelPack(new Uint8Array(4))).toBeNull();
    expect(decodeModelPack(new TextEncoder().encode('VGPK0001\u00ff\u00ff\u00ff\u0000{}'))).toBeNull();
  });
});

describe('model packs', () => {
  it('encode and decode sections, 8-byte aligned, and lazy ranges', () => {
    const sections = new Map<string, ArrayBufferView>([
      ['a', Uint8Array.of(1, 2, 3)],
      ['b', Float32Array.of(1.5, -2)],
      ['c', new Uint32Array(0)],
    ]);
    const bytes = encodeModelPack({ sha256: 'ab', lazy: [{ key: 'words', start: 3, end: 9 }], sections });
    // a copy at an odd offset still decodes (a pooled Buffer)
    const odd = new Uint8Array(bytes.length + 1);
    odd.set(bytes, 1);
    for (const input of [bytes, odd.subarray(1)]) {
      const p = decodeModelPack(input)!;
      expect(p.sha256).toBe('ab');
      expect(p.lazy).toEqual([{ key: 'words', start: 3, end: 9 }]);
      expect([...p.sections.get('a')!]).toEqual([1, 2, 3]);
      const b = p.sections.get('b')!;
      expect(b.byteOffset % 8).toBe(0);
      expect([...new Float32Array(b.buffer, b.byteOffset, 2)]).toEqual([1.5, -2]);
      expect(p.sections.get('c')!.length).toBe(0);
    }
  });

  it('cut lazy meta values out of the text and give them back on first read', () => {
    const text = smallModel();
    const full = JSON.parse(text) as { meta: Record<string, unknown> };
    const lazy = findLazyRanges(text, full.meta, ['words', 'word_tiers', 'absent']);
    expect(lazy.map((r) => r.key)).toEqual(['words', 'word_tiers']);
    const cut = JSON.parse(cutLazyRanges(text, lazy)) as { meta: Record<string, unknown> };
    expect(cut.meta.words).toBeNull();
    restoreLazyValues(cut.meta, text, lazy);
    expect(cut.meta).toStrictEqual(full.meta);
    expect(cut.meta.words).toEqual(WORDS);
  });

  it('are used by the loader only for the exact file they were made from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path = join(dir, 'domain.json');
    const text = smallModel();
    writeFileSync(path, text);
    const plain = loadModel('domain', path)!;
    expect(plain.packed).toBeUndefined();

    // with its pack: the tables ride along, the word lists are read only when asked for
    const dir2 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path2 = join(dir2, 'domain.json');
    copyFileSync(path, path2);
    writeFileSync(`${path2}.pack`, packDomainModelFile(readFileSync(path2)));
    const withPack = loadModel('domain', path2)!;
    expect(withPack.packed).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(withPack.meta, 'words')!.get).toBeTypeOf('function');
    expect(withPack.meta).toStrictEqual(plain.meta);
    expect(withPack.weights).toStrictEqual(plain.weights);
    const tables = unpackDgaTables(withPack.packed!)!;
    const built = buildDgaTables(WORDS, TIERS);
    for (const label of ['winterproud', 'securelogin', 'zzqxv', 'townsearch'])
      expect(dgaProbability(withPack, label, tables)).toBe(dgaProbability(plain, label, built));

    // the model file changed after the pack was made: the pack is ignored
    const dir3 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path3 = join(dir3, 'domain.json');
    writeFileSync(path3, text.replace('"test.1"', '"test.2"'));
    copyFileSync(`${path2}.pack`, `${path3}.pack`);
    const stale = loadModel('domain', path3)!;
    expect(stale.packed).toBeUndefined();
    expect(stale.version).toBe('test.2');
    expect(stale.meta.words).toEqual(WORDS);

    // any model's weights: read from the pack's typed arrays (a pack whose values were changed
    // shows they are used), the same bits as from the JSON
    const dir4 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path4 = join(dir4, 'url.json');
    writeFileSync(path4, text);
    const sha = createHash('sha256').update(readFileSync(path4)).digest('hex');
    const generic = packModelFile(text, sha);
    expect(decodeModelPack(generic)!.weights).toBeDefined();
    writeFileSync(`${path4}.pack`, generic);
    const fromPack = loadModel('url', path4)!;
    expect(fromPack.weights).toStrictEqual(plain.weights);
    expect(fromPack.packed).toBeDefined();
    const { packed: _p, weights: _w, ...rest } = fromPack;
    expect({ ...rest, weights: null }).toStrictEqual({ ...plain, weights: null });
    const tampered = decodeModelPack(generic)!;
    // this model is dense (every weight non-zero): written whole
    const values = tampered.sections.get(WEIGHT_DENSE)!;
    new Float32Array(values.buffer, values.byteOffset, values.byteLength / 4)[0] = 42;
    writeFileSync(
      `${path4}.pack`,
      encodeModelPack({
        sha256: sha,
        lazy: tampered.lazy,
        weights: tampered.weights!,
        cut: tampered.cut!,
        sections: tampered.sections,
      }),
    );
    writeFileSync(path4, text + ' '); // a new stamp, so the loader reads again
    const sha2 = createHash('sha256').update(readFileSync(path4)).digest('hex');
    expect(sha2).not.toBe(sha);
    expect(loadModel('url', path4)!.weights).toStrictEqual(plain.weights); // another file: pack ignored
    writeFileSync(path4, text);
    expect(Math.max(...loadModel('url', path4)!.weights)).toBe(42);

    // not a pack at all: ignored too
    writeFileSync(`${path3}.pack`, 'not a pack');
    writeFileSync(path3, text.replace('"test.1"', '"test.3"'));
    const junk = loadModel('domain', path3)!;
    expect(junk.packed).toBeUndefined();
    expect(junk.version).toBe('test.3');
  });

  it("are read without the model text: the pack's cut JSON is parsed, the word lists come from the file when read", () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path = join(dir, 'domain.json');
    const text = smallModel();
    writeFileSync(path, text);
    const plain = loadModel('domain', path)!;
    const pack = decodeModelPack(packDomainModelFile(readFileSync(path)))!;
    expect(pack.cut).toBeDefined();
    expect(pack.cut!.length).toBeLessThan(text.length);
    expect(pack.cut).not.toContain('winter'); // the words are cut, read only when asked for
    // a pack whose cut JSON names another version: that version is what loads (the cut is parsed,
    // not the file)
    const dir2 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path2 = join(dir2, 'domain.json');
    writeFileSync(path2, text);
    writeFileSync(
      `${path2}.pack`,
      encodeModelPack({ ...pack, cut: pack.cut!.replace('"test.1"', '"test.9"') }),
    );
    const fromCut = loadModel('domain', path2)!;
    expect(fromCut.version).toBe('test.9');
    expect(fromCut.packed).toBeDefined();
    // the lazy word lists are read from the file on first read, the same as the whole file gives
    expect(fromCut.meta.words).toEqual(plain.meta.words);
    expect(fromCut.meta.word_tiers).toEqual(plain.meta.word_tiers);

    // the file replaced after the load: a lazy value read then is refused, never another file's
    const dir3 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path3 = join(dir3, 'domain.json');
    writeFileSync(path3, text);
    writeFileSync(`${path3}.pack`, encodeModelPack(pack));
    const early = loadModel('domain', path3)!;
    expect(early.version).toBe('test.1');
    writeFileSync(path3, text.replace('"winter"', '"summer"'));
    let err: unknown;
    try {
      void early.meta.words;
    } catch (e) {
      err = e;
    }
    expect(isVigilError(err) && err.code === 'E_MODEL').toBe(true);

    // a pack without the cut JSON (written before it existed) is not used: the file is read
    const dir4 = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path4 = join(dir4, 'domain.json');
    writeFileSync(path4, text);
    const { cut: _cut, ...old } = pack;
    writeFileSync(`${path4}.pack`, encodeModelPack(old));
    const noCut = loadModel('domain', path4)!;
    expect(noCut.packed).toBeUndefined();
    expect(noCut.meta).toStrictEqual(plain.meta);
  });

  it('write dense weights whole and read them in place; sparse ones as index and value', () => {
    const text = smallModel();
    const sha = createHash('sha256').update(text).digest('hex');
    const dense = decodeModelPack(packModelFile(text, sha))!;
    expect(dense.sections.has(WEIGHT_DENSE)).toBe(true);
    expect(dense.sections.has(WEIGHT_INDEX)).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-'));
    const path = join(dir, 'url.json');
    writeFileSync(path, text);
    const plain = loadModel('url', path)!;
    writeFileSync(`${path}.pack`, packModelFile(text, sha));
    writeFileSync(path, text); // the same bytes, a new stamp: read again, now with the pack
    const packed = loadModel('url', path)!;
    expect(packed.weights).toStrictEqual(plain.weights);
    // a view of the pack's bytes, not a copy
    expect(packed.weights.buffer).toBe(packed.packed!.get(WEIGHT_DENSE)!.buffer);

    // one weight in 100 non-zero: index and value (the email model's case)
    const weights = new Float32Array(2 ** 12);
    for (let i = 0; i < weights.length; i += 100) weights[i] = i / 1000 - 1;
    weights[7] = -0;
    const sparseModel = buildModel(
      { bits: 12, bias: 0.5, weights },
      { name: 'email', version: 'test.1', signed: true, calibration: { kind: 'identity' }, meta: {} },
    );
    const sparseText = JSON.stringify(serializeModel(sparseModel));
    const sparse = decodeModelPack(
      packModelFile(sparseText, createHash('sha256').update(sparseText).digest('hex')),
    )!;
    expect(sparse.sections.has(WEIGHT_DENSE)).toBe(false);
    expect(sparse.sections.has(WEIGHT_INDEX)).toBe(true);
  });
});
