/**
 * `vigil train domain` trains with the hard-negative refits by default (DOMAIN_HARD_NEGATIVES): the
 * model records them in meta.hard_negatives and its card says how; `--no-hard-negatives` trains
 * the plain model, says so in the card's command, and gives other weights.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { deserializeModel, mulberry32 } from '../../src/ml/index.js';
import { DOMAIN_HARD_NEGATIVES, trainDomainModel } from '../../src/train/index.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

const rnd = mulberry32(11);
const letters = 'bcdfghjklmnpqrstvwxz';
const random = (n: number) =>
  Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
const WORDS = ['shop', 'news', 'club', 'photo', 'life', 'media', 'online', 'store'];
function rows() {
  const out: { domain: string; malicious: boolean; family: string }[] = [];
  for (let i = 0; i < 90; i++) {
    out.push({ domain: `${random(12 + (i % 5))}.test`, malicious: true, family: `fam${i % 3}` });
    out.push({
      domain: `${WORDS[i % 8]}${WORDS[(i * 3 + 1) % 8]}${i}.example`,
      malicious: false,
      family: '',
    });
  }
  // benign names that look generated (the hard negatives)
  for (let i = 0; i < 10; i++) out.push({ domain: `${random(10)}.example`, malicious: false, family: '' });
  return out;
}
const DATA = rows();
const csv =
  [
    'domain,label,family',
    ...DATA.map((r) => `${r.domain},${r.malicious ? 'malicious' : 'benign'},${r.family}`),
  ].join('\n') + '\n';

describe('vigil train domain: hard negatives', () => {
  it('are on by default: meta.hard_negatives and a line in the card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-hard-cli-'));
    const data = join(dir, 'd.csv');
    writeFileSync(data, csv);
    const out = join(dir, 'domain.json');
    const r = await run([
      'train',
      'domain',
      '--data',
      data,
      '--out',
      out,
      '--folds',
      '3',
      '--bits',
      '14',
      '--quiet',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const model = deserializeModel(readFileSync(out, 'utf8'));
    expect(model.meta.hard_negatives).toEqual(DOMAIN_HARD_NEGATIVES);
    expect(String(model.meta.features)).toMatch(/^dga\/2/);
    const card = readFileSync(join(dir, 'domain.md'), 'utf8');
    expect(card).toMatch(
      /hard negatives \(src\/ml\/hard-negatives\.ts\): after the first fit the 2 % of benign training rows/,
    );
    expect(card).not.toMatch(/--no-hard-negatives/);
  });

  it('--no-hard-negatives trains the plain model and names the flag in the card', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-hard-cli-'));
    const data = join(dir, 'd.csv');
    writeFileSync(data, csv);
    const plainOut = join(dir, 'plain.json');
    const hardOut = join(dir, 'hard.json');
    const common = ['--data', data, '--folds', '3', '--bits', '14', '--quiet'];
    expect((await run(['train', 'domain', ...common, '--out', plainOut, '--no-hard-negatives'])).code).toBe(
      0,
    );
    expect((await run(['train', 'domain', ...common, '--out', hardOut])).code).toBe(0);
    const plain = deserializeModel(readFileSync(plainOut, 'utf8'));
    const hard = deserializeModel(readFileSync(hardOut, 'utf8'));
    expect(plain.meta.hard_negatives).toBeUndefined();
    expect(readFileSync(join(dir, 'plain.md'), 'utf8')).toMatch(/--no-hard-negatives/);
    expect(readFileSync(join(dir, 'plain.md'), 'utf8')).not.toMatch(/hard negatives \(src/);
    expect([...plain.weights]).not.toEqual([...hard.weights]);
  });

  it('trainDomainModel with hardNegatives lowers the out-of-fold scores of the generated-looking benign names', () => {
    const words = WORDS;
    const o = { bits: 14, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 };
    const plain = trainDomainModel(DATA, words, o, 't.1');
    const hard = trainDomainModel(
      DATA,
      words,
      { ...o, hardNegatives: { rounds: 2, share: 0.1, copies: 10 } },
      't.1',
    );
    const odd = new Set(DATA.slice(180).map((r) => r.domain));
    const sum = (r: typeof plain) => r.oof!.filter((x) => odd.has(x.url)).reduce((a, x) => a + x.margin, 0);
    expect(sum(hard)).toBeLessThan(sum(plain));
    expect(hard.model.meta.hard_negatives).toEqual({ rounds: 2, share: 0.1, copies: 10 });
    expect(plain.model.meta.hard_negatives).toBeUndefined();
  });
});
