/**
 * Sparse model weights (issue 13, start-up): a model whose pack stores its non-zero weights as
 * index and value (the shipped email model) is read without a 2^bits dense array; scorers look a
 * bucket up in a hash table, and the dense weights are made only if something reads `weights`.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import { mulberry32, nonZeroWeights, SparseWeights, weightAt } from '../../src/ml/index.js';
import { loadModel, shippedModelPath } from '../../src/models.js';
import { createVigil } from '../../src/vigil.js';

const stable = ({ elapsed_ms: _e, ...rest }: { elapsed_ms?: number }) => JSON.stringify(rest);
// the bytes of a weight array, compared with Buffer.equals: an element-wise toEqual over 2^20 floats
// took most of this file's 25 s
const bits = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('SparseWeights', () => {
  it('answers what the dense array holds, ±0 included', () => {
    const rand = mulberry32(13);
    const dims = 2 ** 16;
    const dense = new Float32Array(dims);
    const at = new Set<number>();
    while (at.size < 3000) at.add(Math.floor(rand() * dims));
    const index = Uint32Array.from([...at].sort((a, b) => a - b));
    const value = Float32Array.from(index, (_, k) => (k % 97 === 0 ? -0 : rand() - 0.5));
    index.forEach((b, k) => (dense[b] = value[k]!));
    const sparse = SparseWeights.of(index, value, dims)!;
    for (let b = 0; b < dims; b++) {
      expect(Object.is(sparse.at(b), dense[b])).toBe(true);
      const k = sparse.entryOf(b);
      expect(k).toBe(at.has(b) ? index.indexOf(b) : -1);
    }
    expect(bits(sparse.dense())).toEqual(bits(dense));
  });

  it('refuses buckets out of order, repeated or out of range', () => {
    const v = new Float32Array([1, 2]);
    expect(SparseWeights.of(new Uint32Array([5, 3]), v, 16)).toBeNull();
    expect(SparseWeights.of(new Uint32Array([3, 3]), v, 16)).toBeNull();
    expect(SparseWeights.of(new Uint32Array([3, 16]), v, 16)).toBeNull();
    expect(SparseWeights.of(new Uint32Array([3]), v, 16)).toBeNull();
  });
});

describe('the shipped email model, read sparse from its pack', () => {
  it('has the weights of its file, makes no dense array to score, and scores as the dense model', async () => {
    const packed = loadModel('email', undefined)!;
    expect(packed.sparse).toBeInstanceOf(SparseWeights);
    // a copy of the model file without its pack is read the plain way: dense weights
    const dir = mkdtempSync(join(tmpdir(), 'vigil-sparse-'));
    const plainPath = join(dir, 'email.json');
    copyFileSync(shippedModelPath('email'), plainPath);
    const plain = loadModel('email', plainPath)!;
    expect(plain.sparse).toBeUndefined();

    const config = defaultConfig();
    const sparseRun = createVigil(config);
    const denseRun = createVigil({ ...config, models: { ...config.models, email: plainPath } });
    const dirs = [
      new URL('../../examples/', import.meta.url),
      new URL('../fixtures/lures/', import.meta.url),
    ];
    let n = 0;
    for (const d of dirs)
      for (const f of readdirSync(d)
        .filter((x) => x.endsWith('.eml'))
        .slice(0, 10)) {
        const raw = readFileSync(new URL(f, d));
        expect(stable(await sparseRun.scan('email', raw))).toBe(stable(await denseRun.scan('email', raw)));
        n++;
      }
    expect(n).toBe(13);
    // scoring read no dense weights: `weights` is still the getter that would make them
    expect(typeof Object.getOwnPropertyDescriptor(packed, 'weights')!.get).toBe('function');
    expect(weightAt(packed, packed.sparse!.index[0]!)).toBe(plain.weights[packed.sparse!.index[0]!]);

    expect(nonZeroWeights(packed)).toBe(nonZeroWeights(plain));
    // the dense weights, when read, are the file's bit for bit, and the models compare equal
    expect(bits(packed.weights).equals(bits(plain.weights))).toBe(true);
    expect(Object.getOwnPropertyDescriptor(packed, 'weights')!.get).toBeUndefined();
    // everything else compares equal (the weights were compared bit for bit just above)
    expect({ ...packed, packed: undefined, weights: undefined }).toEqual({
      ...plain,
      packed: undefined,
      weights: undefined,
    });
  });
});
