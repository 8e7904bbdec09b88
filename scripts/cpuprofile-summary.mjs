#!/usr/bin/env node
// Where the samples of a V8 .cpuprofile (node --cpu-prof) went: self and total (inclusive) share by
// function, self and total share by file, so the biggest remaining costs can be read without
// DevTools. Several profiles (one per file given, or every .cpuprofile in a folder) are summed.
// Total counts a function once per sample even when it recurses.
// Usage: node scripts/cpuprofile-summary.mjs FILE|DIR... [--top N=40] [--under NAME]
//   --under NAME[,NAME...]: only samples whose stack holds a function of one of these names (e.g.
//   analyzeEmailFacts,analyzeEmail: an await starts a new stack), shares then being of those samples.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const top = Number(opt('--top', '40'));
const under = opt('--under')?.split(',');
const inputs = args.filter((a, i) => !a.startsWith('--') && !['--top', '--under'].includes(args[i - 1]));
if (inputs.length === 0) {
  console.error('usage: node scripts/cpuprofile-summary.mjs FILE|DIR... [--top N] [--under NAME]');
  process.exit(2);
}
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(p, f))
    : [p],
);

const shortUrl = (url) =>
  url
    ? url
        .replace(/^file:\/\//, '')
        .replace(/^.*\/node_modules\//, 'nm/')
        .replace(/^.*\/dist\//, 'dist/')
    : '(native)';
const selfFn = new Map();
const totalFn = new Map();
const selfFile = new Map();
const totalFile = new Map();
let samples = 0;
const add = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map();
  for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [id, n] of counts) {
    const stack = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur).callFrame);
    if (under && !stack.some((f) => under.includes(f.functionName))) continue;
    samples += n;
    const leaf = stack[0];
    const key = (f) => `${f.functionName || '(anon)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
    add(selfFn, key(leaf), n);
    add(selfFile, shortUrl(leaf.url), n);
    for (const k of new Set(stack.map(key))) add(totalFn, k, n);
    for (const k of new Set(stack.map((f) => shortUrl(f.url)))) add(totalFile, k, n);
  }
}

const pct = (n) => `${((100 * n) / samples).toFixed(1).padStart(5)} %`;
const show = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(n)}  ${k}`);
};
console.log(`${files.length} profile(s), ${samples} samples${under ? ` under ${under.join(', ')}` : ''}`);
show('self by function', selfFn);
show('total by function', totalFn);
show('self by file', selfFile);
show('total by file', totalFile);
