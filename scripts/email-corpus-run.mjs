#!/usr/bin/env node
// Corpus jobs for the email model: `cv` (grouped k-fold or leave-one-source-out with the real
// analyzer), `train` (the shipped model on the dev corpus) and `heaviest` (label-leakage check:
// print the shipped model's heaviest features). They need ../shared/data (never in the repo):
// when it is absent they print why and exit 0, so CI without the data stays green.
//   npm run cv:email                      5 folds grouped by campaign
//   npm run cv:email -- --mode source     leave one source out
//   npm run train:email                   retrain models/email.json + models/email.md
// VIGIL_DATA=/path/to/data overrides ../shared/data.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const dev = join(data, 'email', 'dev');
const [job = 'cv', ...rest] = process.argv.slice(2);
if (!existsSync(join(dev, 'malicious')) || !existsSync(join(dev, 'benign'))) {
  console.log(`skipped: ${dev}/{malicious,benign} not found (set VIGIL_DATA to the corpus folder)`);
  process.exit(0);
}
// compile to dist/ (type errors elsewhere in the tree do not stop the emit); VIGIL_NO_BUILD=1 skips it
const tsc = process.env.VIGIL_NO_BUILD ? { status: 0 } : spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (!existsSync(join(root, 'dist', 'cli', 'cv-email.js'))) {
  console.error(`build failed (tsc exit ${tsc.status})`);
  process.exit(2);
}
const io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: async () => Buffer.alloc(0),
  isTTY: Boolean(process.stdout.isTTY),
};
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
// relative to the working folder, so the model card does not record this machine's paths
const mal = [relative(process.cwd(), join(dev, 'malicious')) || '.'];
const ben = [relative(process.cwd(), join(dev, 'benign')) || '.'];
let code = 0;
if (job === 'cv') {
  const { runCvEmail } = await import(join(root, 'dist', 'cli', 'cv-email.js'));
  code = await runCvEmail(
    { malicious: mal, benign: ben, mode: opt('mode', 'group'), folds: Number(opt('folds', '5')), out: opt('out', join(root, '.vigil', 'cv')), json: rest.includes('--json') },
    io,
  );
} else if (job === 'train') {
  const { runTrainEmail } = await import(join(root, 'dist', 'cli', 'train-email.js'));
  code = await runTrainEmail({ malicious: mal, benign: ben, out: opt('out', join(root, 'models', 'email.json')) }, io);
} else {
  console.error(`unknown job ${job} (cv | train)`);
  code = 2;
}
process.exit(code);
