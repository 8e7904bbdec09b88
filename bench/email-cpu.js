#!/usr/bin/env node
// CPU time per email message of this build, alternated with another build of Vigil (e.g. main in a
// separate folder), so both see about the same background load: on a busy machine wall-clock rates
// move by 2× between runs, CPU per message much less. One scan at a time through the public entry
// (createVigil), in a fresh process per run, after one warm-up message. Reported, never asserted.
// Usage: node bench/email-cpu.js DIR [--against OTHER_ROOT] [--rounds N=3]
//   OTHER_ROOT: the root of another checkout with its own `npx tsc -p tsconfig.build.json` done.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

if (args[0] === '--child') {
  const [, entry, dir] = args;
  const pkg = await import(entry);
  const files = await pkg.listEml(dir);
  const raws = files.map((f) => readFileSync(f));
  const vigil = pkg.createVigil(pkg.loadConfig(), { model: true });
  await vigil.scan('email', raws[0], { target: files[0] });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < raws.length; i++) {
    try {
      await vigil.scan('email', raws[i], { target: files[i] });
    } catch {
      // an input that is not an email costs its parse; counted like the rest
    }
  }
  const c = process.cpuUsage(c0);
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(
    JSON.stringify({
      messages: raws.length,
      cpu_ms_per_message: (c.user + c.system) / 1000 / raws.length,
      messages_per_second: raws.length / s,
    }) + '\n',
  );
  process.exit(0);
}

const takesValue = ['--against', '--rounds'];
const dir = args.find((a, i) => !a.startsWith('--') && !takesValue.includes(args[i - 1]));
if (!dir || !existsSync(dir)) {
  console.error('usage: node bench/email-cpu.js DIR [--against OTHER_ROOT] [--rounds N]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const builds = [['this', join(here, 'dist', 'index.js')]];
const other = value('--against');
if (other) builds.push([resolve(other), join(resolve(other), 'dist', 'index.js')]);
for (const [name, entry] of builds)
  if (!existsSync(entry)) {
    console.error(`bench:email-cpu: ${entry} missing (build ${name} first)`);
    process.exit(2);
  }
const rounds = Number(value('--rounds', '3'));
const results = new Map(builds.map(([name]) => [name, []]));
console.log(`bench:email-cpu  ${dir}, ${rounds} rounds, load average ${loadavg()[0].toFixed(1)}`);
for (let r = 0; r < rounds; r++)
  for (const [name, entry] of builds) {
    const out = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', pathToFileURL(entry).href, dir],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const line = out.stdout.trim().split('\n').pop() ?? '';
    const j = JSON.parse(line);
    results.get(name).push(j);
    console.log(
      `  ${name}: ${j.cpu_ms_per_message.toFixed(2)} ms CPU per message, ${j.messages_per_second.toFixed(1)} msg/s (load ${loadavg()[0].toFixed(1)})`,
    );
  }
for (const [name, rs] of results) {
  const cpu = rs.map((x) => x.cpu_ms_per_message).sort((a, b) => a - b);
  console.log(`  ${name}: CPU per message min ${cpu[0].toFixed(2)} ms, max ${cpu.at(-1).toFixed(2)} ms`);
}
if (builds.length === 2) {
  const min = (name) => Math.min(...results.get(name).map((x) => x.cpu_ms_per_message));
  console.log(`  this / other (min CPU per message): ${(min('this') / min(builds[1][0])).toFixed(2)}×`);
}
