#!/usr/bin/env node
// Corpus jobs for the email model on the dev corpus, as thin callers of the CLI:
//   npm run cv:email                      vigil eval email --cv (5 folds grouped by campaign)
//   npm run cv:email -- --mode source     vigil eval email --cv --mode source (leave one source out)
//   npm run train:email                   vigil train email --out models/email.json (+ models/email.md)
// Other flags (--folds N, --seed N, --json, --out DIR|FILE) are passed on. They need
// ../shared/data (never in the repo): when it is absent they print why and exit 0, so CI without
// the data stays green. VIGIL_DATA=/path/to/data overrides ../shared/data.
import { existsSync } from 'node:fs';
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
// relative to the working folder, so the model card does not record this machine's paths
const folders = [
  '--malicious',
  relative(process.cwd(), join(dev, 'malicious')) || '.',
  '--benign',
  relative(process.cwd(), join(dev, 'benign')) || '.',
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
