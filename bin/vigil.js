#!/usr/bin/env node
// The installed command. The TypeScript sources are compiled to dist/ by `npm run build`
// (run automatically by `npm ci` / `npm install` through the `prepare` script).
import { main } from '../dist/cli/index.js';

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`vigil: ${err?.stack ?? err}\n`);
    process.exit(2);
  },
);
