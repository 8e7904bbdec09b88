/** `vigil train domain --net`: the network beside the linear model, in the model file and its card. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { deserializeModel } from '../../src/ml/index.js';
import { domainNetOf } from '../../src/url/dga-net.js';
import { analyzeDomain } from '../../src/url/index.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

function domainCsv(n: number): string {
  const rows = ['domain,label,family'];
  const letters = 'qxzjkvwbcdfghlmnprst';
  let s = 7;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; i < n; i++)
    rows.push(
      `${Array.from({ length: 11 }, () => letters[Math.floor(rnd() * letters.length)]).join('')}.test,malicious,fam${i % 3}`,
    );
  for (let i = 0; i < n; i++) rows.push(`library${i}.example,benign,`);
  return rows.join('\n') + '\n';
}

describe('vigil train domain --net', () => {
  it('writes a model carrying the network, its card says so, and the analyzer uses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-net-cli-'));
    const data = join(dir, 'd.csv');
    writeFileSync(data, domainCsv(60));
    const out = join(dir, 'domain.json');
    const r = await run([
      'train',
      'domain',
      '--data',
      data,
      '--out',
      out,
      '--net',
      '--folds',
      '3',
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const model = deserializeModel(readFileSync(out, 'utf8'));
    expect(domainNetOf(model)).not.toBeNull();
    expect(String(model.meta.features)).toMatch(/character network/);
    expect(readFileSync(join(dir, 'domain.md'), 'utf8')).toMatch(
      /character network \(src\/ml\/charnet\.ts\)/,
    );
    const config = resolveConfig({ models: { domain: out, url: null } });
    const v = analyzeDomain('xqzkvwbtrhpl.test', { config });
    expect(v.model!.top_features.some((f) => f.feature.startsWith('network'))).toBe(true);
    // without --net: the linear model alone, as shipped
    const plain = join(dir, 'plain.json');
    expect(
      (await run(['train', 'domain', '--data', data, '--out', plain, '--folds', '3', '--quiet'])).code,
    ).toBe(0);
    expect(domainNetOf(deserializeModel(readFileSync(plain, 'utf8')))).toBeNull();
  });
});
