/** The one model-card writer: Markdown blocks one blank line apart, tables, model and card written together. */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/ml/index.js';
import { mdTable, renderCard, writeModelAndCard } from '../../src/train/index.js';

describe('renderCard', () => {
  it('title, then blocks one blank line apart, empty blocks left out, one final newline', () => {
    const text = renderCard({
      title: 'Model card: x',
      blocks: [['## Data', '- a: 1'], [], ['para line 1', 'para line 2']],
    });
    expect(text).toBe('# Model card: x\n\n## Data\n- a: 1\n\npara line 1\npara line 2\n');
  });
});

describe('mdTable', () => {
  it('aligns columns and escapes a | inside a cell', () => {
    expect(mdTable(['slice', 'n'], [['a|b', '3']], ['left', 'right'])).toEqual([
      '| slice | n |',
      '| --- | ---: |',
      '| a\\|b | 3 |',
    ]);
  });
});

describe('writeModelAndCard', () => {
  it('creates the folders, writes the model as one JSON line and hands the card its size in bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-card-'));
    const model = buildModel(
      { bits: 10, weights: new Float32Array(1024), bias: 0 },
      { name: 'url', version: 'v1', signed: true, calibration: { kind: 'identity' }, meta: { note: 'é' } },
    );
    const out = join(dir, 'models', 'url.json');
    const card = join(dir, 'cards', 'url.md');
    let seen = -1;
    const bytes = writeModelAndCard(model, out, card, (b) => {
      seen = b;
      return `size ${b}\n`;
    });
    const json = readFileSync(out, 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.trimEnd().includes('\n')).toBe(false);
    // bytes, not UTF-16 units: the non-ASCII meta counts twice
    expect(bytes).toBe(statSync(out).size - 1);
    expect(seen).toBe(bytes);
    expect(readFileSync(card, 'utf8')).toBe(`size ${bytes}\n`);
  });
});
