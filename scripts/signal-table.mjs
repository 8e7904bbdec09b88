#!/usr/bin/env node
// Prints the README's signal table from the signal registry (compiled package: npm run build).
// `node scripts/signal-table.mjs --write` replaces the table under "## Signals" in README.md.
import { readFileSync, writeFileSync } from 'node:fs';
const { ALL_SIGNALS } = await import('../dist/index.js');
const rows = [...ALL_SIGNALS]
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((s) => `| \`${s.id}\` | ${s.category} | ${s.severity} | ${s.summary} |`);
const table = ['| signal | category | severity | what it means |', '| --- | --- | --- | --- |', ...rows].join(
  '\n',
);
if (!process.argv.includes('--write')) {
  console.log(table);
  process.exit(0);
}
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('<!-- signals:start -->');
const end = readme.indexOf('<!-- signals:end -->');
if (start < 0 || end < 0) throw new Error('README.md lacks the signals markers');
writeFileSync('README.md', `${readme.slice(0, start)}<!-- signals:start -->\n${table}\n${readme.slice(end)}`);
console.log(`wrote ${rows.length} signals to README.md`);
