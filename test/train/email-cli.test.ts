import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { eml } from '../helpers/eml.js';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => Buffer.alloc(0),
    isTTY: false,
  };
  return { io, out, err };
}

/** Hand-written lures and legitimate look-alikes in a temp corpus (no corpus data). */
function corpus(): { dir: string; mal: string; ben: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-email-cli-'));
  const mal = join(dir, 'malicious');
  const ben = join(dir, 'benign');
  const lures = [
    'Verify your account now or it will be suspended',
    'Urgent: confirm your password today',
    'Unusual sign-in: verify your identity immediately',
    'Your mailbox is full, log in to restore service',
    'Payment failed, update your card within 24 hours',
    'Buy gift cards now and send me the codes',
  ];
  const ham = [
    'Meeting notes from Tuesday attached',
    'Patch merged into the release branch',
    'Lunch on Friday near the office?',
    'Quarterly report draft for your comments',
    'Failing parser test, can you look?',
    'Conference slides are online now',
  ];
  // MIN_TRAIN_ROWS_PER_CLASS (20) messages of each class: training refuses fewer
  const N = 20;
  Array.from({ length: N }, (_, i) => lures[i % lures.length]!).forEach((t, i) => {
    const d = join(mal, i % 2 ? 'src_a' : 'src_b');
    mkdirSync(d, { recursive: true });
    writeFileSync(
      join(d, `m${i}.eml`),
      eml({
        from: `Support <help${i}@lure${i}.test>`,
        subject: t.split(' ').slice(0, 3).join(' ') + ` ${i}`,
        text: `${t}. Click the link to continue.`,
      }),
    );
  });
  Array.from({ length: N }, (_, i) => ham[i % ham.length]!).forEach((t, i) => {
    const d = join(ben, 'team');
    mkdirSync(d, { recursive: true });
    writeFileSync(
      join(d, `b${i}.eml`),
      eml({
        from: `Colleague <c${i}@corp${i}.example>`,
        subject: `Note ${i} about work items`,
        text: `${t}. Cheers.`,
      }),
    );
  });
  return { dir, mal, ben };
}

describe('vigil train email / eval email', () => {
  it('the card lists the blind rounds (a round0NN source folder each) as one row per label', async () => {
    const { dir, mal, ben } = corpus();
    const rounds = join(dir, 'rounds');
    for (const r of ['round001', 'round002'])
      for (const [label, subject, text] of [
        ['malicious', 'Confirm your mailbox', 'Log in to keep your mailbox.'],
        ['benign', 'Rota for next week', 'The rota is attached.'],
      ] as const)
        for (let i = 0; i < 3; i++) {
          mkdirSync(join(rounds, label, r), { recursive: true });
          writeFileSync(
            join(rounds, label, r, `${i}.eml`),
            eml({ from: `x${i}@${r}.example`, subject: `${subject} ${i}`, text }),
          );
        }
    const out = join(dir, 'email.json');
    const code = await main(
      // prettier-ignore
      ['node', 'vigil', 'train', 'email', '--malicious', mal, join(rounds, 'malicious'), '--benign', ben,
        join(rounds, 'benign'), '--out', out, '--folds', '2', '--epochs', '2', '--date', '2026-01-01', '--quiet'],
      fakeIo().io,
    );
    expect(code).toBe(0);
    const card = readFileSync(join(dir, 'email.md'), 'utf8');
    expect(card).toMatch(/\| malicious\/blind rounds \(2 rounds\) \| 6 \| written for Vigil/);
    expect(card).toMatch(/\| benign\/blind rounds \(2 rounds\) \| 6 \|/);
    expect(card).not.toMatch(/round001/);
    expect(card).toContain('malicious/src_a');
    expect(card).toContain('and 2 blind rounds');
    expect(card).toContain('the blind rounds together count as much as the other sources');
  }, 120_000);

  it('train email --wording writes a text-only wording model and its card; --no-wording is for --cv only', async () => {
    const { dir, mal, ben } = corpus();
    const out = join(dir, 'email_wording.json');
    const code = await main(
      // prettier-ignore
      ['node', 'vigil', 'train', 'email', '--wording', '--malicious', mal, '--benign', ben, '--out', out,
        '--folds', '2', '--epochs', '2', '--date', '2026-01-01', '--quiet'],
      fakeIo().io,
    );
    expect(code).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect(model.name).toBe('email_wording');
    expect(model.meta.featureOptions.textOnly).toBe(true);
    expect(model.meta.signal_priors).toBeUndefined();
    expect(JSON.stringify(model.meta.top_features)).not.toMatch(/rule: |url: |from: |structure: /);
    const card = readFileSync(join(dir, 'email_wording.md'), 'utf8');
    expect(card).toContain('Model card: Vigil wording model');
    expect(card).toContain('This is the wording model');
    const t = fakeIo();
    const bad = await main(
      ['node', 'vigil', 'eval', 'email', '--malicious', mal, '--benign', ben, '--no-wording'],
      t.io,
    );
    expect(bad).not.toBe(0);
    expect(t.err.join('')).toContain('--no-wording applies to eval email --cv only');
  }, 120_000);

  it('trains a model with a card, then evaluates it as one JSON object with slices', async () => {
    const { dir, mal, ben } = corpus();
    const out = join(dir, 'model', 'email.json');
    const t = fakeIo();
    const code = await main(
      [
        'node',
        'vigil',
        'train',
        'email',
        '--malicious',
        mal,
        '--benign',
        ben,
        '--out',
        out,
        '--folds',
        '2',
        '--epochs',
        '3',
        '--date',
        '2026-01-01',
        '--quiet',
      ],
      t.io,
    );
    expect(t.err.join('')).toContain('wrote');
    expect(code).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    expect(model).toMatchObject({ format: 'vigil.linear/1', name: 'email', version: '2026-01-01.1' });
    const card = readFileSync(out.replace(/\.json$/, '.md'), 'utf8');
    expect(card).toMatch(/data manifest sha256 \| `[0-9a-f]{64}`/);
    expect(card).toContain('malicious/src_a');

    // same inputs, same options: byte-identical model (determinism)
    const out2 = join(dir, 'model2.json');
    await main(
      [
        'node',
        'vigil',
        'train',
        'email',
        '--malicious',
        mal,
        '--benign',
        ben,
        '--out',
        out2,
        '--folds',
        '2',
        '--epochs',
        '3',
        '--date',
        '2026-01-01',
        '--quiet',
      ],
      fakeIo().io,
    );
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'));

    const slices = join(dir, 'slices.csv');
    writeFileSync(slices, 'file,slice\nm0.eml,old\nm1.eml,new\nb0.eml,old\n');
    const e = fakeIo();
    const ecode = await main(
      [
        'node',
        'vigil',
        'eval',
        'email',
        '--malicious',
        mal,
        '--benign',
        ben,
        '--model-file',
        out,
        '--json',
        '--slices',
        slices,
      ],
      e.io,
    );
    expect(ecode).toBe(0);
    expect(e.out).toHaveLength(1);
    const r = JSON.parse(e.out[0]!);
    expect(Object.keys(r)).toEqual([
      'kind',
      'n_malicious',
      'n_benign',
      'errors',
      'auc',
      'tpr_at_fpr',
      'at_verdict',
      'messages_per_second',
      'slices',
    ]);
    expect(r).toMatchObject({ kind: 'email', n_malicious: 20, n_benign: 20, errors: 0 });
    expect(Object.keys(r.tpr_at_fpr)).toEqual(['0.001', '0.01']);
    expect(r.slices.map((s: { slice: string }) => s.slice)).toEqual(['new', 'old']);

    const h = fakeIo();
    expect(
      await main(
        ['node', 'vigil', 'eval', 'email', '--malicious', mal, '--benign', ben, '--model-file', out],
        h.io,
      ),
    ).toBe(0);
    expect(h.out.join('')).toMatch(/ROC AUC[\s\S]*by source folder[\s\S]*malicious\/src_a/);
  }, 120_000);

  it('usage errors exit 2', async () => {
    const t = fakeIo();
    expect(await main(['node', 'vigil', 'eval', 'email', '--malicious', '/nonexistent-dir'], t.io)).toBe(2);
    const u = fakeIo();
    expect(
      await main(
        [
          'node',
          'vigil',
          'train',
          'email',
          '--malicious',
          '/nonexistent-a',
          '--benign',
          '/nonexistent-b',
          '--bits',
          '99',
        ],
        u.io,
      ),
    ).toBe(2);
  });
});
