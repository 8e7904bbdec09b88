/**
 * A model pack's byte offsets of its cuts (src/ml/model-pack.ts byteCuts): the loader decodes only
 * the bytes around the lazy values and the weights, and reads the same model as from the whole
 * text, with non-ASCII characters before, inside and after the cuts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  cutLazyRanges,
  cutPackedBytes,
  decodeModelPack,
  deserializeModel,
  packCuts,
  packModelFile,
  serializeModel,
} from '../../src/ml/index.js';
import { loadModel } from '../../src/models.js';

function modelText(): string {
  const weights = new Float32Array(2 ** 10);
  for (let i = 0; i < weights.length; i++) weights[i] = i % 3 ? ((i * 31) % 100) / 50 - 1 : 0;
  const model = buildModel(
    { bits: 10, bias: 0.5, weights },
    {
      name: 'domain',
      version: 'tëst.1',
      signed: true,
      calibration: { kind: 'platt', a: 1, b: 0 },
      meta: { note: 'ünïcode before', words: ['café', 'naïve', 'żółw', 'plain'], after: 'and ☃ after' },
    },
  );
  return JSON.stringify(serializeModel(model));
}

describe('model pack byte offsets', () => {
  it('cut the file as the text is cut, and the model reads the same', () => {
    const text = modelText();
    const bytes = Buffer.from(text, 'utf8');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const packed = packModelFile(text, sha, { lazyKeys: ['words'] });
    const pack = decodeModelPack(packed)!;
    expect(pack.byteCuts).toHaveLength(4); // the words and the weights
    const cut = cutPackedBytes(bytes, pack)!;
    expect(cut.text).toBe(cutLazyRanges(text, packCuts(pack)));
    expect(JSON.parse(cut.lazyText(pack.lazy[0]!))).toEqual(['café', 'naïve', 'żółw', 'plain']);

    const dir = mkdtempSync(join(tmpdir(), 'vigil-pack-bytes-'));
    const path = join(dir, 'domain.json');
    writeFileSync(path, bytes);
    writeFileSync(`${path}.pack`, packed);
    const read = loadModel('domain', path)!;
    const plain = deserializeModel(text, 'test');
    expect(read.weights).toStrictEqual(plain.weights);
    expect({ ...read.meta }).toStrictEqual({ ...plain.meta });
    expect(read.version).toBe('tëst.1');
  });

  it('are left out when the file is not the UTF-8 of the text, and ignored when they run past it', () => {
    const text = modelText();
    const packed = packModelFile(text, 'not the sha of these bytes', { lazyKeys: ['words'] });
    expect(decodeModelPack(packed)!.byteCuts).toBeUndefined();
    const bytes = Buffer.from(text, 'utf8');
    const pack = decodeModelPack(
      packModelFile(text, createHash('sha256').update(bytes).digest('hex'), { lazyKeys: ['words'] }),
    )!;
    expect(cutPackedBytes(bytes.subarray(0, bytes.length - 10), pack)).toBeNull();
  });
});
