#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
// runCli exits only after stdout and stderr are flushed (an early process.exit lost verdicts).
import { runCli } from '../dist/cli/index.js';

await runCli();
