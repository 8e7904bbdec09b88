#!/usr/bin/env node
// The wording model (src/email/wording.ts) held out on the blind rounds. The shipped wording model
// trains on rounds 67–253, so scanning those rounds with it is in-sample; this script measures it
// out of fold instead: it trains the wording model fold by fold, as `vigil train email --wording`
// does (same features, vocabulary filter, weights, calibration), and replays the evidence gate on
// verdicts a build computed without it, exactly as src/core/engine.ts decides: a closed gate with a
// deception opens when the wording probability is at or above t (EMAIL_EVIDENCE_GATE.wordingMin),
// and the message is flagged when its unfolded (blended) score reaches the suspicious threshold.
//
// Folds (every wording score from a model that did not see the message):
//   rounds   five folds of rounds by round number mod 5 (rounds before --arrival-from); trained on
//            the dev corpus and the other rounds
//   arrival  rounds from --arrival-from on; trained on the dev corpus and the rounds before them
//   dev      (--with-dev) each dev source held out in turn; trained on the other dev sources and every
//            round (`npm run cv:email -- --mode source` measures the same with the full analyzer)
// Inputs: a rounds scan without the wording model
// (`node scripts/rounds.mjs scan --config NOWORDING --out F bench/fixtures/rounds/*/`, NOWORDING a
// config file `{"models":{"email_wording":null}}`), and with --with-dev the leave-one-source-out
// detail of `npm run cv:email -- --mode source --no-wording --out DIR` (DIR/cv-email-source-detail.jsonl).
//
// Usage: node scripts/wording-rounds-cv.mjs --rounds-scan F [--arrival-from 254] [--thresholds 0.3,0.5,0.7]
//        [--with-dev --cv-detail F] [--unweighted] [--open-floor] [--cache .vigil/wording-features.jsonl]
// Needs a build (dist/); --with-dev needs ../shared/data (VIGIL_DATA overrides), and so does the
// feature cache (the dev corpus is part of every fold's training). About 10 min on one core (+8 with --with-dev).
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const withDev = args.includes('--with-dev');
const cvDetail = opt('--cv-detail');
const roundsScan = opt('--rounds-scan');
if (!roundsScan || (withDev && !cvDetail)) {
  console.error(
    'usage: node scripts/wording-rounds-cv.mjs --rounds-scan F [--arrival-from N] [--thresholds a,b] [--with-dev --cv-detail F] [--unweighted] [--cache F]',
  );
  process.exit(2);
}
const arrivalFrom = Number(opt('--arrival-from', '254'));
const weighted = !args.includes('--unweighted');
// --open-floor: also replay the wording model confirming an open gate (a clean verdict whose gate is
// open, so no rule ask beside a firm deception put the floor under it, flagged at wording >= t)
const openFloor = args.includes('--open-floor');
const thresholds = opt('--thresholds', '0.3,0.5,0.7').split(',').map(Number);
const cache = resolve(opt('--cache', join(root, '.vigil', 'wording-features.jsonl')));
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url));
const { prepareEmailEnv, analyzeEmailFacts, emailFeatures } = await dist('email/index.js');
const { defaultConfig } = await dist('config/index.js');
const { FeatureHasher, trainCalibrated, calibrate, margin } = await dist('ml/index.js');
const { corpusWeights, calibrationBySource } = await dist('train/email.js');
const { WORDING_FEATURE_OPTIONS, EMAIL_TRAIN_DEFAULTS } = await dist('train/email-settings.js');
const { ALL_SIGNALS } = await dist('index.js');
const { roleOf } = await dist('core/signal.js');

// ---- 1. text features (words, word pairs, subject words, character 4-grams) of every message, cached
const TEXT = ['text: ', 'subject: ', 'chars: '];
function listMessages() {
  const items = [];
  const dev = join(data, 'email', 'dev');
  for (const label of ['malicious', 'benign'])
    for (const source of readdirSync(join(dev, label)).sort())
      for (const f of readdirSync(join(dev, label, source)).sort())
        if (f.endsWith('.eml')) items.push({ path: join(dev, label, source, f), label, source, kind: 'dev' });
  const rounds = join(root, 'bench', 'fixtures', 'rounds');
  for (const r of readdirSync(rounds)
    .filter((x) => /^\d+$/.test(x))
    .sort())
    for (const [kind, label] of [
      ['attack', 'malicious'],
      ['legit', 'benign'],
    ]) {
      const dir = join(rounds, r, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort())
        if (f.endsWith('.eml'))
          items.push({
            path: join(dir, f),
            label,
            source: `round${r.padStart(3, '0')}`,
            kind: 'round',
            round: Number(r),
          });
    }
  return items;
}
const rows = [];
if (existsSync(cache)) {
  // line by line: the cache is larger than one string may be
  for await (const line of createInterface({ input: createReadStream(cache) }))
    if (line) rows.push(JSON.parse(line));
} else {
  const env = prepareEmailEnv(defaultConfig());
  const items = listMessages();
  mkdirSync(dirname(cache), { recursive: true });
  const out = createWriteStream(`${cache}.tmp`);
  for (const [n, it] of items.entries()) {
    const { facts } = await analyzeEmailFacts(readFileSync(it.path), { env, target: it.path });
    const f = [...emailFeatures(facts, [], WORDING_FEATURE_OPTIONS)].filter(([k]) =>
      TEXT.some((p) => k.startsWith(p)),
    );
    const row = { ...it, f };
    rows.push(row);
    if (!out.write(JSON.stringify(row) + '\n')) await new Promise((r) => out.once('drain', r));
    if ((n + 1) % 5000 === 0) console.error(`features ${n + 1}/${items.length}`);
  }
  await new Promise((r) => out.end(r));
  renameSync(`${cache}.tmp`, cache);
}

// ---- 2. the wording model, trained as the email model is (FTRL, source-grouped Platt calibration,
// text features kept only when seen in two or more sources, rounds weighted to the dev set per label)
const hasher = new FeatureHasher({ bits: EMAIL_TRAIN_DEFAULTS.bits });
function train(ix) {
  const firstSource = new Map();
  const keep = new Set();
  for (const i of ix)
    for (const [k] of rows[i].f) {
      const s = firstSource.get(k);
      if (s === undefined) firstSource.set(k, rows[i].source);
      else if (s !== rows[i].source) keep.add(k);
    }
  const msgs = ix.map((i) => rows[i]);
  const X = msgs.map((r) => hasher.vectorize(new Map(r.f.filter(([k]) => keep.has(k)))));
  const y = msgs.map((r) => (r.label === 'malicious' ? 1 : 0));
  const folds = calibrationBySource(msgs, EMAIL_TRAIN_DEFAULTS.folds);
  const groups = msgs.map((m) => `fold ${folds.get(`${m.label}/${m.source}`)}`);
  const rowWeights = weighted ? corpusWeights(msgs) : null;
  const { bits, epochs, l1, l2, alpha, seed, folds: k } = EMAIL_TRAIN_DEFAULTS;
  const res = trainCalibrated(X, y, groups, {
    ...(rowWeights ? { rowWeights } : {}),
    bits,
    epochs,
    l1,
    l2,
    alpha,
    seed,
    calibrationFolds: k,
    calibration: 'platt',
  });
  return (r) => calibrate(res.calibration, margin(hasher.vectorize(new Map(r.f)), res.weights));
}
const wording = new Map();
const all = rows.map((_, i) => i);
const fit = (name, isTest) => {
  const t0 = Date.now();
  const score = train(all.filter((i) => !isTest(rows[i])));
  let n = 0;
  for (const r of rows)
    if (isTest(r)) {
      wording.set(r.path, score(r));
      n++;
    }
  console.error(`${name}: ${n} scored (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
};
if (withDev)
  for (const s of [...new Set(rows.filter((r) => r.kind === 'dev').map((r) => r.source))])
    fit(`dev ${s} held out`, (r) => r.kind === 'dev' && r.source === s);
for (let k = 0; k < 5; k++)
  fit(`rounds fold ${k}`, (r) => r.kind === 'round' && r.round < arrivalFrom && r.round % 5 === k);
fit(`rounds ${arrivalFrom}+ at arrival`, (r) => r.kind === 'round' && r.round >= arrivalFrom);

// ---- 3. the gate replayed (src/core/engine.ts: cap 0.49, fold band 0.02, suspicious 0.5)
const defs = new Map(ALL_SIGNALS.map((s) => [s.id, s]));
const deception = (signals) =>
  signals.some((s) => {
    const [id, sev] = s.split(':');
    const d = defs.get(id);
    return d && roleOf(d.category, sev, d.roles) === 'deception';
  });
const SUSPICIOUS = 0.5;
const KNEE = 0.47;
const unfold = (s) => (s <= KNEE ? s : KNEE + ((s - KNEE) * (1 - KNEE)) / 0.02);
const dev = withDev
  ? readFileSync(cvDetail, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
  : [];
const scan = JSON.parse(readFileSync(roundsScan, 'utf8')).rounds;
console.log(
  `wording model: ${weighted ? 'rounds weighted to the dev set per label' : 'unweighted'}${openFloor ? '; also confirming open gates (--open-floor)' : ''}`,
);
for (const floor of openFloor ? [false, true] : [false])
  for (const t of thresholds) {
    console.log(
      `\nwording ask at >= ${t}${floor ? ', and confirming an open gate' : ''}: flagged before -> after`,
    );
    const bySource = new Map();
    for (const r of dev) {
      const w = wording.get(resolve(root, r.file));
      const opens = !r.gate_open && w !== undefined && w >= t && deception(r.signals);
      const floored = floor && r.gate_open && r.score < SUSPICIOUS && w !== undefined && w >= t;
      const after = floored || (opens ? r.blended >= SUSPICIOUS : r.score >= SUSPICIOUS);
      const s = bySource.get(r.source) ?? { label: r.label, n: 0, before: 0, after: 0 };
      s.n++;
      s.before += r.score >= SUSPICIOUS;
      s.after += after;
      bySource.set(r.source, s);
    }
    for (const [source, s] of bySource)
      console.log(
        `  dev held out  ${s.label.padEnd(9)} ${source.padEnd(22)} ${s.before} -> ${s.after} of ${s.n}`,
      );
    const tally = {};
    for (const [round, v] of Object.entries(scan))
      for (const kind of ['attack', 'legit'])
        for (const [file, x] of Object.entries(v[kind])) {
          const w = wording.get(join(root, 'bench', 'fixtures', 'rounds', round, kind, file));
          const before = x.verdict !== 'clean';
          if (x.gate_open === undefined)
            throw new Error(`${roundsScan}: no gate_open (scan again with this scripts/rounds.mjs)`);
          // a clean verdict behind an open gate keeps its score: only a closed gate can open
          const opens =
            !before &&
            !x.gate_open &&
            w !== undefined &&
            w >= t &&
            deception(x.signals) &&
            unfold(x.score) >= SUSPICIOUS;
          const floored = floor && !before && x.gate_open && w !== undefined && w >= t;
          const view = Number(round) >= arrivalFrom ? `rounds ${arrivalFrom}+ at arrival` : `rounds, 5 folds`;
          const c = ((tally[view] ??= {})[kind] ??= { n: 0, before: 0, after: 0 });
          c.n++;
          c.before += before;
          c.after += before || opens || floored;
        }
    for (const [view, k] of Object.entries(tally))
      console.log(
        `  ${view.padEnd(24)} attacks ${k.attack.before} -> ${k.attack.after} of ${k.attack.n}; legit ${k.legit.before} -> ${k.legit.after} of ${k.legit.n}`,
      );
  }
