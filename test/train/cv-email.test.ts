/**
 * `vigil eval email --cv`: the email model cross-validated with the full analyzer on held-out folds
 * (grouped by campaign or leave one source out), with the same files the former script wrote.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

/** Two malicious and two benign source folders of hand-written mail (reserved names only). */
function corpus(): { dir: string; mal: string; ben: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cv-'));
  const mal = join(dir, 'malicious');
  const ben = join(dir, 'benign');
  const lures = [
    'Verify your account now or it will be suspended',
    'Urgent: confirm your password today',
    'Your mailbox is full, log in to restore service',
    'Payment failed, update your card within 24 hours',
  ];
  const ham = [
    'Meeting notes from Tuesday attached',
    'Patch merged into the release branch',
    'Lunch on Friday near the office?',
    'Quarterly report draft for your comments',
  ];
  for (let i = 0; i < 24; i++) {
    const m = join(mal, i % 2 ? 'src_a' : 'src_b');
    const b = join(ben, i % 2 ? 'team' : 'list');
    mkdirSync(m, { recursive: true });
    mkdirSync(b, { recursive: true });
    writeFileSync(
      join(m, `m${i}.eml`),
      eml({
        from: `Support <help@lure${i % 6}.test>`,
        subject: `${lures[i % 4]} ${i}`,
        text: `${lures[i % 4]}. Click http://192.0.2.${i + 1}/login to continue.`,
      }),
    );
    writeFileSync(
      join(b, `b${i}.eml`),
      eml({
        from: `Colleague <c${i}@corp${i % 5}.example>`,
        subject: `Note ${i} about ${ham[i % 4]}`,
        text: `${ham[i % 4]}. See https://docs.example/guide/${i}. Cheers.`,
      }),
    );
  }
  return { dir, mal, ben };
}

describe('vigil eval email --cv', () => {
  it('leave one source out: one fold per source folder, every message scanned once, the four files written', async () => {
    const { dir, mal, ben } = corpus();
    const out = join(dir, 'cv');
    const slices = join(dir, 'slices.csv');
    writeFileSync(slices, 'file,slice\nm0.eml,early\nb0.eml,early\nm23.eml,late\nb23.eml,late\n');
    const scores = join(dir, 'scores.csv');
    const r = await run([
      'eval',
      'email',
      '--cv',
      '--mode',
      'source',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--out',
      out,
      '--json',
      '--slices',
      slices,
      '--scores',
      scores,
    ]);
    expect(r.err).toMatch(/benign\/list: training on 36, scanning 12/);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const res = JSON.parse(r.out);
    expect(res).toMatchObject({ kind: 'email', mode: 'source', n_malicious: 24, n_benign: 24, errors: 0 });
    expect(res.folds.map((f: { fold: string; n: number }) => [f.fold, f.n])).toEqual([
      ['benign/list', 12],
      ['benign/team', 12],
      ['malicious/src_a', 12],
      ['malicious/src_b', 12],
    ]);
    expect(res.by_source.map((s: { slice: string }) => s.slice)).toEqual([
      'benign/list',
      'benign/team',
      'malicious/src_a',
      'malicious/src_b',
    ]);
    // --slices and --scores work as for eval email: per-slice rates, the peers' CSV
    expect(res.slices.map((x: { slice: string; n: number }) => [x.slice, x.n])).toEqual([
      ['early', 2],
      ['late', 2],
    ]);
    expect(readFileSync(scores, 'utf8')).toBe(readFileSync(join(out, 'cv-email-source.csv'), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, 'cv-email-source.json'), 'utf8'))).toEqual(res);
    const csv = readFileSync(join(out, 'cv-email-source.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('file,label,score,flagged');
    expect(csv).toHaveLength(49);
    const folds = readFileSync(join(out, 'cv-email-source-folds.csv'), 'utf8').trim().split('\n');
    expect(folds).toHaveLength(49);
    // a source folder is one fold: no message of src_a is scored by a model trained on src_a
    expect(new Set(folds.filter((l) => l.includes('/src_a/')).map((l) => l.split(',').at(-1)))).toEqual(
      new Set(['3']),
    );
    const detail = readFileSync(join(out, 'cv-email-source-detail.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(detail).toHaveLength(48);
    expect(detail[0]).toMatchObject({ label: 'malicious', source: 'src_a' });
    expect(typeof detail[0].model).toBe('number');
  }, 180_000);

  it('grouped by campaign (group, also spelled grouped): same folds on every run', async () => {
    const { dir, mal, ben } = corpus();
    const a = await run([
      'eval',
      'email',
      '--cv',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--folds',
      '3',
      '--out',
      join(dir, 'a'),
    ]);
    expect(a.code).toBe(0);
    const text = a.out;
    expect(text).toMatch(
      /^cross-validation \(3 folds grouped by campaign\), full analyzer on held-out folds\nemail evaluation: 24 malicious, 24 benign, 0 errors/,
    );
    expect(text).toMatch(/by source folder:[\s\S]*malicious\/src_b[\s\S]*per fold:\n {2}fold 1 /);
    const b = await run([
      'eval',
      'email',
      '--cv',
      '--mode',
      'grouped',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--folds',
      '3',
      '--out',
      join(dir, 'b'),
    ]);
    expect(b.code).toBe(0);
    // (scores are not compared: the analyzer's wall-clock limit per message makes them load-dependent)
    expect(readFileSync(join(dir, 'b', 'cv-email-group-folds.csv'), 'utf8')).toBe(
      readFileSync(join(dir, 'a', 'cv-email-group-folds.csv'), 'utf8'),
    );
    const files = (d: string) =>
      readFileSync(join(dir, d, 'cv-email-group.csv'), 'utf8')
        .split('\n')
        .map((l) => l.split(',')[0]);
    expect(files('b')).toEqual(files('a'));
    // campaign groups never straddle folds: messages of one sender domain share a fold
    const folds = readFileSync(join(dir, 'a', 'cv-email-group-folds.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const byLure = new Map<string, Set<string>>();
    for (const l of folds.filter((x) => x.includes('/malicious/'))) {
      const [file, , , fold] = l.split(',');
      const i = Number(/m(\d+)\.eml$/.exec(file!)![1]);
      const key = `lure${i % 6}`;
      byLure.set(key, (byLure.get(key) ?? new Set()).add(fold!));
    }
    for (const s of byLure.values()) expect(s.size).toBe(1);
  }, 180_000);

  it('--train-malicious/--train-benign: every fold also trains on them, none of them is scored', async () => {
    const { dir, mal, ben } = corpus();
    // training-only folders, one source per subfolder as the blind rounds are passed
    const extraMal = join(dir, 'extra-mal', 'round001');
    const extraBen = join(dir, 'extra-ben', 'round001');
    mkdirSync(extraMal, { recursive: true });
    mkdirSync(extraBen, { recursive: true });
    for (let i = 0; i < 5; i++) {
      writeFileSync(
        join(extraMal, `x${i}.eml`),
        eml({
          from: `Desk <d@extra${i}.test>`,
          subject: `Confirm your login ${i}`,
          text: 'Log in to confirm.',
        }),
      );
      writeFileSync(
        join(extraBen, `y${i}.eml`),
        eml({ from: `Team <t@extra${i}.example>`, subject: `Minutes ${i}`, text: 'Minutes attached.' }),
      );
    }
    const out = join(dir, 'cv');
    const r = await run([
      'eval',
      'email',
      '--cv',
      '--mode',
      'source',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--train-malicious',
      join(dir, 'extra-mal'),
      '--train-benign',
      join(dir, 'extra-ben'),
      '--out',
      out,
      '--json',
    ]);
    expect(r.code).toBe(0);
    // 36 of the scored sources' messages and the 10 training-only ones in every fold
    expect(r.err).toMatch(/benign\/list: training on 46, scanning 12/);
    expect(r.err).toMatch(/malicious\/src_b: training on 46, scanning 12/);
    const res = JSON.parse(r.out);
    expect(res).toMatchObject({ n_malicious: 24, n_benign: 24 });
    expect(res.folds).toHaveLength(4);
    const csv = readFileSync(join(out, 'cv-email-source.csv'), 'utf8');
    expect(csv).not.toMatch(/round001/);
    expect(csv.trim().split('\n')).toHaveLength(49);
  }, 180_000);

  it('--wording-train-*: only the wording model trains on them; --no-wording trains none', async () => {
    const { dir, mal, ben } = corpus();
    const extraMal = join(dir, 'w-mal', 'round001');
    const extraBen = join(dir, 'w-ben', 'round001');
    mkdirSync(extraMal, { recursive: true });
    mkdirSync(extraBen, { recursive: true });
    for (let i = 0; i < 4; i++) {
      writeFileSync(
        join(extraMal, `x${i}.eml`),
        eml({ from: `d@w${i}.test`, subject: `Pay ${i}`, text: 'Pay now.' }),
      );
      writeFileSync(
        join(extraBen, `y${i}.eml`),
        eml({ from: `t@w${i}.example`, subject: `Lunch ${i}`, text: 'Lunch?' }),
      );
    }
    const base = ['eval', 'email', '--cv', '--mode', 'source', '--malicious', mal, '--benign', ben, '--json'];
    const r = await run([
      ...base,
      '--wording-train-malicious',
      join(dir, 'w-mal'),
      '--wording-train-benign',
      join(dir, 'w-ben'),
    ]);
    expect(r.code).toBe(0);
    // the email model trains on the 36 others, the wording model on those and the 8 extra
    expect(r.err).toMatch(/benign\/list: training on 36, scanning 12; wording model on 44/);
    expect(JSON.parse(r.out)).toMatchObject({ n_malicious: 24, n_benign: 24 });
    const off = await run([...base, '--no-wording']);
    expect(off.code).toBe(0);
    expect(off.err).toMatch(/benign\/list: training on 36, scanning 12; no wording model/);
  }, 180_000);

  it('refuses a training-only folder named like a scored source (the vocabulary filter would merge them)', async () => {
    const { dir, mal, ben } = corpus();
    const clash = join(dir, 'extra', 'src_a');
    mkdirSync(clash, { recursive: true });
    writeFileSync(join(clash, 'x.eml'), eml({ from: 'a@b.test', subject: 'x', text: 'x' }));
    const r = await run([
      'eval',
      'email',
      '--cv',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--train-malicious',
      join(dir, 'extra'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/training-only folder src_a has the name of a scored source/);
  });

  it('refuses --train-malicious without --cv', async () => {
    const { dir, mal, ben } = corpus();
    const r = await run(['eval', 'email', '--malicious', mal, '--benign', ben, '--train-malicious', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--train-malicious applies to eval email --cv only/);
  });

  it.each([
    [['--mode', 'random'], /--mode must be group \(grouped\) or source, got random/],
    [['--folds', '1'], /--folds must be an integer of at least 2/],
    [['--model-file', 'x.json'], /--model-file does not apply to eval email --cv/],
    [['--no-model'], /--no-model does not apply to eval email --cv/],
  ])('refuses %j with E_USAGE', async (extra, message) => {
    const { mal, ben } = corpus();
    const r = await run(['eval', 'email', '--cv', '--malicious', mal, '--benign', ben, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/E_USAGE/);
  });

  it('--mode, --folds and --out without --cv are usage errors, not silently ignored', async () => {
    const { dir, mal, ben } = corpus();
    const r = await run([
      'eval',
      'email',
      '--malicious',
      mal,
      '--benign',
      ben,
      '--mode',
      'source',
      '--out',
      join(dir, 'x'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--mode applies to eval email --cv only/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
