/**
 * `vigil train domain --lexicon FILE`: the dga/3 model carries the words' domain-use levels, its
 * card names the lexicon's source and the overlap that was dropped, the analyzer scores with them;
 * a file that is not a lexicon is refused with E_DATA.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { deserializeModel } from '../../src/ml/index.js';
import { analyzeDomain } from '../../src/url/index.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

// glued common words (wordlist-DGA-like) against names built from words names use
const DGA = ['winter', 'proud', 'attach', 'search', 'involve', 'sugar', 'needle', 'station'];
const NAME = ['shop', 'news', 'club', 'photo', 'life', 'media', 'online', 'store'];
function domainCsv(n: number): string {
  const rows = ['domain,label,family'];
  for (let i = 0; i < n; i++) {
    const a = DGA[i % DGA.length]!;
    const b = DGA[(i * 3 + 1) % DGA.length]!;
    rows.push(`${a}${b}${DGA[(i * 5 + 2) % DGA.length]}.test,malicious,fam${i % 3}`);
    rows.push(`${NAME[i % NAME.length]}${NAME[(i * 3 + 1) % NAME.length]}${i}.example,benign,`);
  }
  return rows.join('\n') + '\n';
}
const levels = Array.from({ length: 15 }, () => [] as string[]);
levels[11] = [...NAME];
levels[0] = ['winter'];
const LEXICON = {
  source: 'names.txt',
  sha256: 'ab'.repeat(32),
  names: 1000,
  dropped_same_domain_as_excluded: 7,
  dropped_same_label_as_excluded: 11,
  labels_used: 982,
  labels_fully_covered: 600,
  words_with_level: 9,
  levels,
};

describe('vigil train domain --lexicon', () => {
  it('writes a dga/3 model with the word-use levels; its card names the source and the overlap dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-lex-cli-'));
    const data = join(dir, 'd.csv');
    writeFileSync(data, domainCsv(60));
    const lex = join(dir, 'lexicon.json');
    writeFileSync(lex, JSON.stringify(LEXICON));
    const out = join(dir, 'domain.json');
    const r = await run([
      'train',
      'domain',
      '--data',
      data,
      '--out',
      out,
      '--lexicon',
      lex,
      '--folds',
      '3',
      '--quiet',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const model = deserializeModel(readFileSync(out, 'utf8'));
    expect(String(model.meta.features)).toMatch(/^dga\/3/);
    expect(model.meta.word_use).toEqual(levels.map((l) => [...l].sort()));
    const card = readFileSync(join(dir, 'domain.md'), 'utf8');
    expect(card).toMatch(/--lexicon/);
    expect(card).toMatch(/7 names with a registrable domain of the training data and 11 more/);
    const config = resolveConfig({ models: { domain: out, url: null } });
    const v = analyzeDomain('needlestationsugar.test', { config });
    expect(
      v.model!.top_features.some(
        (f) => f.feature.startsWith('word use') || /words, (mean use|widest gap)/.test(f.feature),
      ),
    ).toBe(true);
  });
  it('refuses a file that is not a lexicon (E_DATA, exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-lex-cli-'));
    const data = join(dir, 'd.csv');
    writeFileSync(data, domainCsv(20));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ levels: [['Not A Word']] }));
    const r = await run([
      'train',
      'domain',
      '--data',
      data,
      '--out',
      join(dir, 'm.json'),
      '--lexicon',
      bad,
      '--quiet',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_DATA/);
    expect(r.err).toMatch(/not a domain-use lexicon/);
  });
});
