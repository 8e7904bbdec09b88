#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
// runCli exits only after stdout and stderr are flushed (an early process.exit lost verdicts).
import { setFlagsFromString } from 'node:v8';

// Regular expressions straight to machine code. By default V8 first runs each one in its bytecode
// interpreter and compiles it again after its first use: for the few hundred phrase patterns one
// `vigil scan one.eml` runs, that second compilation was ≈ 90 ms of the start-up. Matching is the
// same either way (set before the first pattern runs; V8 reads it when it compiles a pattern).
setFlagsFromString('--no-regexp-tier-up');
const { runCli } = await import('../dist/cli/index.js');

await runCli();
