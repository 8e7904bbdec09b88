#!/usr/bin/env node
// Score the blind rounds (bench/fixtures/rounds/NN: mail written for Vigil by people who never saw it) with a
// build of Vigil, and compare two such scores. A round is an `attack/` and a `legit/` folder; an
// attack counts as caught when its verdict is not clean, a legitimate message as a false alarm when
// it is not clean.
//
// Usage:
//   node scripts/rounds.mjs scan [--root DIR] [--strip] [--config FILE] [--out FILE] ROUND_DIR...
//     --root   a checkout of Vigil, built (default: this one), so an older release scores the same mail
//     --config a config file for vigil scan (e.g. {"models":{"email_wording":null}}: without the wording model)
//     --strip  score the mail with its receiving-side headers removed (scripts/strip-receiving-headers.mjs)
//   node scripts/rounds.mjs diff OLD.json NEW.json
//     per round, the counts of both and every file whose verdict or signal ids differ
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(import.meta.url), '../..');
const KINDS = ['attack', 'legit'];

function usage() {
  console.error(
    'usage: node scripts/rounds.mjs scan [--root DIR] [--strip] [--config FILE] [--out FILE] ROUND_DIR...\n' +
      '       node scripts/rounds.mjs diff OLD.json NEW.json',
  );
  process.exit(2);
}

/** Verdict rows of one folder, keyed by file name, from `vigil scan --json`. */
function scanFolder(root, dir, config) {
  const configArgs = config ? ['--config', config] : [];
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin/vigil.js'), 'scan', '--json', '-q', ...configArgs, dir],
    {
      env: { ...process.env, VIGIL_NO_BUNDLE: '1' },
      maxBuffer: 1 << 30,
      // the CLI exits 1 or 2 when it flags something; that is an answer, not a failure
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  ).toString();
  return rowsOf(out);
}

function rowsOf(text) {
  const rows = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    const v = JSON.parse(line);
    rows[basename(v.target)] = {
      verdict: v.verdict,
      score: v.score,
      signals: (v.signals ?? []).map((s) => `${s.id}:${s.severity}`).sort(),
      // whether the evidence gate opened (scripts/wording-rounds-cv.mjs replays it)
      ...(v.explanation?.gate ? { gate_open: v.explanation.gate.open } : {}),
    };
  }
  return rows;
}

function scanRounds(args) {
  let root = HERE;
  let strip = false;
  let config;
  let outFile;
  const dirs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--root') root = resolve(args[++i]);
    else if (args[i] === '--strip') strip = true;
    else if (args[i] === '--out') outFile = args[++i];
    else if (args[i] === '--config') config = resolve(args[++i]);
    else dirs.push(resolve(args[i]));
  }
  if (dirs.length === 0) usage();
  const result = { root, strip, ...(config ? { config } : {}), rounds: {} };
  for (const dir of dirs) {
    const name = basename(dir);
    const round = {};
    for (const kind of KINDS) {
      let folder = join(dir, kind);
      if (!existsSync(folder)) continue;
      let tmp;
      if (strip) {
        tmp = mkdtempSync(join(tmpdir(), 'vigil-strip-'));
        execFileSync(process.execPath, [join(HERE, 'scripts/strip-receiving-headers.mjs'), folder, tmp], {
          stdio: 'ignore',
        });
        folder = tmp;
      }
      try {
        round[kind] = scanFolder(root, folder, config);
      } catch (err) {
        // exit status 1/2 = something flagged; the rows are on stdout
        if (err.stdout) round[kind] = rowsOf(err.stdout.toString());
        else throw err;
      } finally {
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
    }
    result.rounds[name] = round;
  }
  printCounts(result);
  if (outFile) writeFileSync(outFile, JSON.stringify(result));
}

function counts(round) {
  const flagged = (rows) => Object.values(rows ?? {}).filter((r) => r.verdict !== 'clean').length;
  const total = (rows) => Object.keys(rows ?? {}).length;
  return {
    caught: flagged(round.attack),
    attacks: total(round.attack),
    alarms: flagged(round.legit),
    legit: total(round.legit),
  };
}

function printCounts(result) {
  const sum = { caught: 0, attacks: 0, alarms: 0, legit: 0 };
  console.log('| round | attacks flagged | legitimate flagged |\n| --- | ---: | ---: |');
  for (const [name, round] of Object.entries(result.rounds)) {
    const c = counts(round);
    for (const k of Object.keys(sum)) sum[k] += c[k];
    console.log(`| ${name} | ${c.caught} of ${c.attacks} | ${c.alarms} of ${c.legit} |`);
  }
  console.log(`| all | ${sum.caught} of ${sum.attacks} | ${sum.alarms} of ${sum.legit} |`);
}

function diffRounds(oldFile, newFile) {
  const a = JSON.parse(readFileSync(oldFile, 'utf8'));
  const b = JSON.parse(readFileSync(newFile, 'utf8'));
  let changed = 0;
  for (const [name, round] of Object.entries(b.rounds)) {
    const before = a.rounds[name];
    if (!before) continue;
    const ca = counts(before);
    const cb = counts(round);
    console.log(
      `round ${name}: attacks ${ca.caught} → ${cb.caught} of ${cb.attacks}, legit ${ca.alarms} → ${cb.alarms} of ${cb.legit}`,
    );
    for (const kind of KINDS) {
      for (const [file, r] of Object.entries(round[kind] ?? {})) {
        const o = before[kind]?.[file];
        if (!o) continue;
        const sameSignals = o.signals.join() === r.signals.join();
        if (o.verdict === r.verdict && sameSignals) continue;
        changed++;
        const gained = r.signals.filter((s) => !o.signals.includes(s));
        const lost = o.signals.filter((s) => !r.signals.includes(s));
        console.log(
          `  ${kind}/${file}: ${o.verdict} → ${r.verdict}` +
            (gained.length ? ` +${gained.join(' +')}` : '') +
            (lost.length ? ` -${lost.join(' -')}` : ''),
        );
      }
    }
  }
  console.log(changed === 0 ? 'no file differs' : `${changed} files differ`);
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'scan') scanRounds(rest);
else if (cmd === 'diff' && rest.length === 2) diffRounds(rest[0], rest[1]);
else usage();
