#!/usr/bin/env node
// Corpus jobs for the email model on the dev corpus, as thin callers of the CLI:
//   npm run cv:email                      vigil eval email --cv (5 folds grouped by campaign)
//   npm run cv:email -- --mode source     vigil eval email --cv --mode source (leave one source out)
//   npm run train:email                   vigil train email --out models/email.json (+ models/email.md)
//   npm run train:wording                 vigil train email --wording on the dev corpus and the blind
//                                         rounds --out models/email_wording.json (+ .md)
// cv trains every fold's wording model (src/email/wording.ts) on the fold's dev messages and the
// blind rounds, as train:wording does (--wording-train-malicious/--wording-train-benign).
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
if (job !== 'cv' && job !== 'train' && job !== 'train-wording') {
  console.error(`unknown job ${job} (cv | train | train-wording)`);
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
 * The last blind round a model trains on (the wording model always, the email model with
 * VIGIL_ROUNDS=1): the rounds after it were written later and are scored at arrival by models that
 * never saw them (bench/fixtures/rounds/README.md).
 */
const TRAINING_ROUNDS_THROUGH = 253;

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
const withRounds = process.env.VIGIL_ROUNDS === '1';
const roundsTree = withRounds || job !== 'train' ? roundsCorpus() : null;

// relative to the working folder, so the model card does not record this machine's paths
const rel = (p) => relative(process.cwd(), p) || '.';
// the models trained here on the rounds: the wording model always, the email model with VIGIL_ROUNDS=1
const trainsOnRounds = roundsTree && (job === 'train-wording' || (job === 'train' && withRounds));
const folders = [
  '--malicious',
  rel(join(dev, 'malicious')),
  ...(trainsOnRounds ? [rel(join(roundsTree, 'malicious'))] : []),
  '--benign',
  rel(join(dev, 'benign')),
  ...(trainsOnRounds ? [rel(join(roundsTree, 'benign'))] : []),
  ...(roundsTree && job === 'cv' && withRounds
    ? [
        '--train-malicious',
        rel(join(roundsTree, 'malicious')),
        '--train-benign',
        rel(join(roundsTree, 'benign')),
      ]
    : []),
  ...(roundsTree && job === 'cv' && !rest.includes('--no-wording')
    ? [
        '--wording-train-malicious',
        rel(join(roundsTree, 'malicious')),
        '--wording-train-benign',
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
        ...(job === 'train-wording' ? ['--wording'] : []),
        ...folders,
        ...(rest.includes('--out')
          ? []
          : ['--out', join(root, 'models', job === 'train-wording' ? 'email_wording.json' : 'email.json')]),
        ...rest,
      ];
const r = spawnSync(process.execPath, [join(root, 'bin', 'vigil.js'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 2);
