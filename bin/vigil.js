#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script), which also bundles
// the CLI into dist/bundle/ (scripts/bundle.mjs): a handful of files to load instead of ~230, most
// of start-up. The bundle is used only when its stamp matches the dist/ on disk (a bare `tsc` run
// after it falls back to dist/, never to a stale bundle); VIGIL_NO_BUNDLE=1 forces dist/.
// runCli exits only after stdout and stderr are flushed (an early process.exit lost verdicts).
// (No V8 flags are changed at run time: V8 leaves that undefined once the VM runs, and a fresh-clone
// test run saw `vigil serve` die by a signal at start-up while `--no-regexp-tier-up` was set here.)
import { readFileSync, statSync } from 'node:fs';

function entry() {
  if (process.env.VIGIL_NO_BUNDLE === '1') return '../dist/cli/index.js';
  try {
    const stamp = JSON.parse(readFileSync(new URL('../dist/bundle/stamp.json', import.meta.url), 'utf8'));
    if (statSync(new URL(`../${stamp.source}`, import.meta.url)).mtimeMs === stamp.sourceMtimeMs)
      return '../dist/bundle/cli.js';
  } catch {
    // no bundle (or no dist/ at all: the import below says so)
  }
  return '../dist/cli/index.js';
}

const { runCli } = await import(entry());

await runCli();
