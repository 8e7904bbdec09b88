#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
// runCli exits only after stdout and stderr are flushed (an early process.exit lost verdicts).
// (No V8 flags are changed at run time: V8 leaves that undefined once the VM runs, and a fresh-clone
// test run saw `vigil serve` die by a signal at start-up while `--no-regexp-tier-up` was set here.)
const { runCli } = await import('../dist/cli/index.js');

await runCli();
