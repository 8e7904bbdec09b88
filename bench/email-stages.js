#!/usr/bin/env node
// CPU time per message of each stage of the email analysis (parse + facts, each detector, the
// model), over one folder: profiles sample too coarsely to compare two builds' stages, this reads
// them directly. Each run is a fresh process that passes over the folder `--passes` times and keeps
// each stage's median pass; with --against, runs of this build and another alternate (`--runs`
// each), so both see about the same background load. Two builds are never loaded into one process:
// there the second one's detectors measured up to 2× slower than the same code loaded first.
// A stage with a cache across messages (the URL/domain state of links and senders) is faster from
// its second pass on; the first pass is printed beside the median. Reported, never asserted.
// Usage: node bench/email-stages.js DIR [--against OTHER_ROOT (a built checkout)] [--runs N=3]
//   [--passes N=5]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (args[0] === '--child') {
  const [, root, dir, passes] = args;
  const mod = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const pkg = await mod('index.js');
  const { prepareEmailEnv } = await mod('email/analyzer.js');
  const { loadEmailModel } = await mod('email/model.js');
  const { extractFacts } = await mod('email/extract.js');
  const detectors = [
    ['auth', (await mod('email/auth.js')).authSignals],
    ['sender', (await mod('email/sender.js')).senderSignals],
    ['content', (await mod('email/content.js')).contentSignals],
    ['links', (await mod('email/links.js')).linkSignals],
    ['attachments', (await mod('email/attachments.js')).attachmentSignals],
    ['hidden', (await mod('email/hidden.js')).hiddenSignals],
    ['structure', (await mod('email/structure.js')).structureSignals],
    ['outside employer', (await mod('email/outside-employer.js')).outsideEmployerSignals],
  ];
  const config = pkg.loadConfig();
  const env = prepareEmailEnv(config, { scorer: loadEmailModel() });
  const files = await pkg.listEml(dir);
  const raws = files.map((f) => readFileSync(f));
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const times = {};
  const record = (name, ms) => (times[name] ??= []).push(ms / raws.length);
  for (let p = 0; p < Number(passes); p++) {
    let t = cpu();
    const facts = [];
    for (let i = 0; i < raws.length; i++) {
      const budget = new pkg.Budget(config.limits);
      try {
        facts.push({ facts: await extractFacts(raws[i], files[i], budget), budget });
      } catch {
        // not an email: its parse is counted, nothing else runs on it
      }
    }
    record('parse + facts', cpu() - t);
    const signals = facts.map(() => []);
    for (const [name, detect] of detectors) {
      t = cpu();
      for (let i = 0; i < facts.length; i++) {
        const { facts: f, budget } = facts[i];
        signals[i].push(...(await detect(f, { config, budget, url: env.url, brands: env.brands })));
      }
      record(name, cpu() - t);
    }
    t = cpu();
    for (let i = 0; i < facts.length; i++) env.scorer.score(facts[i].facts, signals[i]);
    record('model', cpu() - t);
  }
  const out = {};
  for (const [name, ts] of Object.entries(times)) out[name] = { median: median(ts), first: ts[0] };
  process.stdout.write(JSON.stringify({ messages: raws.length, stages: out }) + '\n');
  process.exit(0);
}

const takesValue = ['--against', '--runs', '--passes'];
const dir = args.find((a, i) => !a.startsWith('--') && !takesValue.includes(args[i - 1]));
if (!dir) {
  console.error('usage: node bench/email-stages.js DIR [--against OTHER_ROOT] [--runs N] [--passes N]');
  process.exit(2);
}
const roots = [fileURLToPath(new URL('..', import.meta.url))];
if (value('--against')) roots.push(resolve(value('--against')));
const runs = Number(value('--runs', '3'));
const passes = value('--passes', '5');
const results = roots.map(() => []);
let messages = 0;
for (let r = 0; r < runs; r++)
  for (const [i, root] of roots.entries()) {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', root, dir, passes], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (out.status !== 0) {
      console.error(out.stderr);
      process.exit(1);
    }
    const j = JSON.parse(out.stdout.trim().split('\n').pop());
    messages = j.messages;
    results[i].push(j.stages);
  }

console.log(
  `bench:email-stages  ${dir}: ${messages} messages; ms CPU per message, median of ${runs} runs of the median of ${passes} passes (first pass in brackets)`,
);
console.log(
  `  ${'stage'.padEnd(18)}${roots.map((_, i) => (i ? 'other' : 'this').padStart(18)).join('')}${roots.length > 1 ? '   this/other' : ''}`,
);
const sums = roots.map(() => 0);
for (const name of Object.keys(results[0][0])) {
  const med = results.map((rs) => median(rs.map((s) => s[name].median)));
  const first = results.map((rs) => median(rs.map((s) => s[name].first)));
  med.forEach((m, i) => (sums[i] += m));
  const cells = med.map((m, i) => `${m.toFixed(3)} (${first[i].toFixed(3)})`.padStart(18));
  console.log(
    `  ${name.padEnd(18)}${cells.join('')}${roots.length > 1 ? `   ${(med[0] / med[1]).toFixed(2)}×` : ''}`,
  );
}
console.log(
  `  ${'sum'.padEnd(18)}${sums.map((s) => s.toFixed(3).padStart(18)).join('')}${roots.length > 1 ? `   ${(sums[0] / sums[1]).toFixed(2)}×` : ''}`,
);
if (roots.length > 1) console.log(`  other = ${roots[1]}`);
