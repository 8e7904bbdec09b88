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
  WEIGHT_VALUE,
  restoreLazyValues,
  serializeModel,
} from '../../src/ml/index.js';
import { loadModel } from '../../src/models.js';
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
    const values = tampered.sections.get(WEIGHT_VALUE)!;
    new Float32Array(values.buffer, values.byteOffset, values.byteLength / 4)[0] = 42;
    writeFileSync(
      `${path4}.pack`,
      encodeModelPack({
        sha256: sha,
        lazy: tampered.lazy,
        weights: tampered.weights!,
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
});
