#!/usr/bin/env node
// Corpus jobs for the email model on the dev corpus, as thin callers of the CLI:
//   npm run cv:email                      vigil eval email --cv (5 folds grouped by campaign)
//   npm run cv:email -- --mode source     vigil eval email --cv --mode source (leave one source out)
//   npm run train:email                   vigil train email --out models/email.json (+ models/email.md)
// VIGIL_ROUNDS=1 adds the blind rounds (bench/fixtures/rounds, up to TRAINING_ROUNDS_THROUGH) to the
// training data, one source folder per round; cv then only trains on them (--train-malicious/
// --train-benign), so the dev folds it scores stay out of fold. Off by default: the shipped model is
// trained on the dev corpus alone (README, "Training with the blind rounds: measured, not shipped").
// Other flags (--folds N, --seed N, --json, --out DIR|FILE) are passed on. They need
// ../shared/data (never in the repo): when it is absent they print why and exit 0, so CI without
// the data stays green. VIGIL_DATA=/path/to/data overrides ../shared/data.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const dev = join(data, 'email', 'dev');
const [job = 'cv', ...rest] = process.argv.slice(2);
if (job !== 'cv' && job !== 'train') {
  console.error(`unknown job ${job} (cv | train)`);
  process.exit(2);
}
if (!existsSync(join(dev, 'malicious')) || !existsSync(join(dev, 'benign'))) {
  console.log(`skipped: ${dev}/{malicious,benign} not found (set VIGIL_DATA to the corpus folder)`);
  process.exit(0);
}
// compile to dist/ (type errors elsewhere in the tree do not stop the emit); VIGIL_NO_BUILD=1 skips it
const tsc = process.env.VIGIL_NO_BUILD
  ? { status: 0 }
  : spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
      { stdio: 'inherit' },
    );
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.error(`build failed (tsc exit ${tsc.status})`);
  process.exit(2);
}
/**
 * The last blind round a VIGIL_ROUNDS=1 run trains on: the rounds after it were written later and
 * are scored at arrival by a model that never saw them (bench/fixtures/rounds/README.md).
 */
const TRAINING_ROUNDS_THROUGH = 241;

/**
 * A folder of symlinks, `malicious/round067 → rounds/67/attack` and `benign/round067 → rounds/67/legit`,
 * so each round is one source folder for the vocabulary filter: the names one writer invented for a
 * round's organisation, in its attacks and its legitimate mail alike, get no weight.
 */
function roundsCorpus() {
  const rounds = join(root, 'bench', 'fixtures', 'rounds');
  const tree = join(root, '.vigil', 'rounds-corpus');
  rmSync(tree, { recursive: true, force: true });
  let n = 0;
  for (const name of readdirSync(rounds)) {
    if (!/^\d+$/.test(name) || Number(name) > TRAINING_ROUNDS_THROUGH) continue;
    for (const [label, kind] of [
      ['malicious', 'attack'],
      ['benign', 'legit'],
    ]) {
      const target = join(rounds, name, kind);
      if (!existsSync(target)) continue;
      mkdirSync(join(tree, label), { recursive: true });
      symlinkSync(relative(join(tree, label), target), join(tree, label, `round${name.padStart(3, '0')}`));
    }
    n++;
  }
  return n ? tree : null;
}
const roundsTree = process.env.VIGIL_ROUNDS === '1' ? roundsCorpus() : null;

// relative to the working folder, so the model card does not record this machine's paths
const rel = (p) => relative(process.cwd(), p) || '.';
const folders = [
  '--malicious',
  rel(join(dev, 'malicious')),
  ...(roundsTree && job === 'train' ? [rel(join(roundsTree, 'malicious'))] : []),
  '--benign',
  rel(join(dev, 'benign')),
  ...(roundsTree && job === 'train' ? [rel(join(roundsTree, 'benign'))] : []),
  ...(roundsTree && job === 'cv'
    ? [
        '--train-malicious',
        rel(join(roundsTree, 'malicious')),
        '--train-benign',
        rel(join(roundsTree, 'benign')),
      ]
    : []),
];
const args =
  job === 'cv'
    ? [
        'eval',
        'email',
        '--cv',
        ...folders,
        ...(rest.includes('--out') ? [] : ['--out', join(root, '.vigil', 'cv')]),
        ...rest,
      ]
    : [
        'train',
        'email',
        ...folders,
        ...(rest.includes('--out') ? [] : ['--out', join(root, 'models', 'email.json')]),
        ...rest,
      ];
const r = spawnSync(process.execPath, [join(root, 'bin', 'vigil.js'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 2);
