#!/usr/bin/env node
// Where a V8 CPU profile's time went: self and total time by function and by file, from a
// .cpuprofile (`node --cpu-prof …`). Total time counts a function once per sample even when it
// recurses. Used for issue 13's URL/domain profiles (scripts/url-profile.mjs writes them).
// Usage: node scripts/profile-top.mjs FILE.cpuprofile [--top N=30] [--filter SUBSTRING] [--lines FUNCTION]
// --lines: the self samples of the functions of that name by source line (of the dist/ file).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find(
  (a) =>
    !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--top' && args[args.indexOf(a) - 1] !== '--filter',
);
if (!file) {
  console.error('usage: node scripts/profile-top.mjs FILE.cpuprofile [--top N] [--filter SUBSTRING]');
  process.exit(2);
}
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : undefined;
const linesOf = args.includes('--lines') ? args[args.indexOf('--lines') + 1] : undefined;
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url) => url.replace(/^.*\/(dist|node_modules)\//, '$1/').replace(/^file:\/\//, '');
const fnKey = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n) => short(n.callFrame.url) || `(${n.callFrame.functionName})`;
// samples per node (self)
const selfCount = new Map();
for (const s of prof.samples) selfCount.set(s, (selfCount.get(s) ?? 0) + 1);
const total = prof.samples.length;
const selfFn = new Map();
const selfFile = new Map();
const totalFn = new Map();
const totalFile = new Map();
for (const [id, count] of selfCount) {
  const n = byId.get(id);
  selfFn.set(fnKey(n), (selfFn.get(fnKey(n)) ?? 0) + count);
  selfFile.set(fileKey(n), (selfFile.get(fileKey(n)) ?? 0) + count);
  // every distinct function and file on the stack gets the sample once
  const seenFn = new Set();
  const seenFile = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const m = byId.get(cur);
    seenFn.add(fnKey(m));
    seenFile.add(fileKey(m));
  }
  for (const k of seenFn) totalFn.set(k, (totalFn.get(k) ?? 0) + count);
  for (const k of seenFile) totalFile.set(k, (totalFile.get(k) ?? 0) + count);
}
const pct = (c) => `${((100 * c) / total).toFixed(1).padStart(5)} %`;
const show = (title, self, tot) => {
  console.log(`\n${title} (self, total; ${total} samples)`);
  const rows = [...self.keys(), ...[...tot.keys()].filter((k) => !self.has(k))]
    .filter((k) => !filter || k.includes(filter))
    .map((k) => [k, self.get(k) ?? 0, tot.get(k) ?? 0]);
  for (const [k, s, t] of rows.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${pct(s)} ${pct(t)}  ${k}`);
};
show('by function, by self time', selfFn, totalFn);
show('by file, by self time', selfFile, totalFile);
console.log('\nby function, by total time');
for (const [k, t] of [...totalFn]
  .filter(([k]) => !filter || k.includes(filter))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${pct(t)}  ${k}`);
if (linesOf) {
  const byLine = new Map();
  for (const n of prof.nodes)
    if (n.callFrame.functionName === linesOf)
      for (const t of n.positionTicks ?? [])
        byLine.set(
          `${short(n.callFrame.url)}:${t.line}`,
          (byLine.get(`${short(n.callFrame.url)}:${t.line}`) ?? 0) + t.ticks,
        );
  console.log(`\nself samples of ${linesOf} by line`);
  for (const [k, t] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${k}`);
}
