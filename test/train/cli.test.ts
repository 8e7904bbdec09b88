/**
 * `vigil train` and `vigil eval` refuse what cannot give a meaningful model or figure: no --out
 * (it wrote over the shipped models/*.json), too few rows or one class (a "successful" model with
 * AUC null), and an empty side in an evaluation (n=0 reported with exit 0).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { MIN_TRAIN_ROWS_PER_CLASS } from '../../src/core/index.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

const tmp = () => mkdtempSync(join(tmpdir(), 'vigil-train-'));

function urlCsv(mal: number, ben: number): string {
  const rows = ['url,label,source'];
  for (let i = 0; i < mal; i++)
    rows.push(`http://login-verify${i}.test/account/update?id=${i},malicious,feed`);
  for (let i = 0; i < ben; i++) rows.push(`https://docs${i}.example/guide/page${i}.html,benign,list`);
  return rows.join('\n') + '\n';
}

function domainCsv(mal: number, ben: number): string {
  const rows = ['domain,label,family'];
  for (let i = 0; i < mal; i++) rows.push(`xq${i}zkvbwtrhp.test,malicious,fam${i % 3}`);
  for (let i = 0; i < ben; i++) rows.push(`library${i}.example,benign,`);
  return rows.join('\n') + '\n';
}

describe('vigil train url|domain|email', () => {
  const shipped = new URL('../../models/url.json', import.meta.url).pathname;

  it.each(['url', 'domain'])('train %s without --out is E_USAGE and writes nothing', async (kind) => {
    const dir = tmp();
    const data = join(dir, 'dev.csv');
    writeFileSync(data, kind === 'url' ? urlCsv(30, 30) : domainCsv(30, 30));
    const before = statSync(shipped).mtimeMs;
    const r = await run(['train', kind, '--data', data, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs --out FILE.*E_USAGE/);
    expect(statSync(shipped).mtimeMs).toBe(before);
  });

  it.each([
    ['url', 'two rows', urlCsv(1, 1)],
    ['url', 'one class only', urlCsv(40, 0)],
    ['url', `${MIN_TRAIN_ROWS_PER_CLASS - 1} benign rows`, urlCsv(40, MIN_TRAIN_ROWS_PER_CLASS - 1)],
    ['domain', 'two rows', domainCsv(1, 1)],
    ['domain', 'one class only', domainCsv(0, 40)],
  ])('train %s on %s is E_DATA and writes no model', async (kind, _, csv) => {
    const dir = tmp();
    writeFileSync(join(dir, 'dev.csv'), csv);
    const out = join(dir, 'model.json');
    const r = await run(['train', kind, '--data', join(dir, 'dev.csv'), '--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`training needs at least ${MIN_TRAIN_ROWS_PER_CLASS} of each.*E_DATA`));
    expect(existsSync(out)).toBe(false);
  });

  it(`trains url with exactly ${MIN_TRAIN_ROWS_PER_CLASS} rows of each class`, async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'dev.csv'), urlCsv(MIN_TRAIN_ROWS_PER_CLASS, MIN_TRAIN_ROWS_PER_CLASS));
    const out = join(dir, 'url.json');
    const r = await run([
      'train',
      'url',
      '--data',
      join(dir, 'dev.csv'),
      '--out',
      out,
      '--epochs',
      '2',
      '--folds',
      '2',
      '--date',
      '2026-01-01',
      '--quiet',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).name).toBe('url');
  });

  it('train email needs --out, and enough messages of each class', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'mal'));
    mkdirSync(join(dir, 'ben'));
    for (let i = 0; i < 3; i++) {
      writeFileSync(
        join(dir, 'mal', `m${i}.eml`),
        eml({ subject: `Verify your account ${i}`, text: 'Confirm your password now.' }),
      );
      writeFileSync(join(dir, 'ben', `b${i}.eml`), eml({ subject: `Lunch ${i}` }));
    }
    const noOut = await run([
      'train',
      'email',
      '--malicious',
      join(dir, 'mal'),
      '--benign',
      join(dir, 'ben'),
      '--quiet',
    ]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/needs --out FILE.*E_USAGE/);
    const out = join(dir, 'email.json');
    const few = await run([
      'train',
      'email',
      '--malicious',
      join(dir, 'mal'),
      '--benign',
      join(dir, 'ben'),
      '--out',
      out,
      '--quiet',
    ]);
    expect(few.code).toBe(2);
    expect(few.err).toMatch(/3 malicious and 3 benign messages; training needs at least 20 of each.*E_DATA/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('vigil eval with an empty side', () => {
  it.each(['url', 'domain'])(
    'eval %s refuses an empty benign or malicious list with E_DATA',
    async (kind) => {
      const dir = tmp();
      const some = join(dir, 'some.txt');
      const empty = join(dir, 'empty.txt');
      writeFileSync(some, kind === 'url' ? 'http://a.example/\n' : 'a.example\n');
      writeFileSync(empty, '# nothing here\n\n');
      for (const [mal, ben] of [
        [some, empty],
        [empty, some],
      ]) {
        const r = await run(['eval', kind, '--malicious', mal!, '--benign', ben!, '--json']);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toMatch(/empty\.txt holds no .*E_DATA/);
      }
    },
  );

  it('eval url refuses a side where no line could be analysed', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'mal.txt'), 'http://a.example/\n');
    writeFileSync(join(dir, 'ben.txt'), 'not a url at all ::\n');
    const r = await run([
      'eval',
      'url',
      '--malicious',
      join(dir, 'mal.txt'),
      '--benign',
      join(dir, 'ben.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no benign line could be analysed.*E_DATA/);
  });

  it('eval email refuses an empty benign folder with E_DATA', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'mal'));
    mkdirSync(join(dir, 'ben'));
    writeFileSync(join(dir, 'mal', 'm.eml'), eml({ subject: 'Verify your account' }));
    const r = await run([
      'eval',
      'email',
      '--malicious',
      join(dir, 'mal'),
      '--benign',
      join(dir, 'ben'),
      '--json',
      '--no-model',
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/no \.eml files under the benign folder.*E_DATA/);
  });

  it('escapes control characters in the file names it reports on stderr', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'mal'));
    mkdirSync(join(dir, 'ben'));
    writeFileSync(join(dir, 'mal', 'm.eml'), eml({ subject: 'Verify your account' }));
    writeFileSync(join(dir, 'mal', 'bad\u001b]0;pwned\u0007\n.eml'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'ben', 'b.eml'), eml({ subject: 'Lunch' }));
    const r = await run([
      'eval',
      'email',
      '--malicious',
      join(dir, 'mal'),
      '--benign',
      join(dir, 'ben'),
      '--json',
      '--no-model',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad\\x1b]0;pwned\\x07\\n.eml');
    expect(r.err.trimEnd()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('counts an mbox file in an eval folder as an error (E_MBOX), not as one message', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'mal'));
    mkdirSync(join(dir, 'ben'));
    const env = 'From alice@sender.example Thu Dec  3 08:28:28 2026\n';
    writeFileSync(join(dir, 'mal', 'm.eml'), eml({ subject: 'Verify your account' }));
    writeFileSync(
      join(dir, 'mal', 'box.eml'),
      [env + eml({ subject: 'one', eol: '\n' }), env + eml({ subject: 'two', eol: '\n' })].join('\n'),
    );
    writeFileSync(join(dir, 'ben', 'b.eml'), eml({ subject: 'Lunch' }));
    const r = await run([
      'eval',
      'email',
      '--malicious',
      join(dir, 'mal'),
      '--benign',
      join(dir, 'ben'),
      '--json',
      '--no-model',
    ]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ n_malicious: 2, n_benign: 1, errors: 1 });
    expect(r.err).toMatch(/box\.eml: .*mbox mailbox with 2 messages.*E_MBOX/);
  });
});
