#!/usr/bin/env node
// Fast comparison of email feature/regularisation configurations (model only, no rule floors):
// facts and rule signals are extracted once, features are derived per configuration, and one
// logistic model is trained per fold (grouped by campaign, and leave-one-source-out). The verdict
// proxy is margin ≥ 0 (class weights are balanced); `vigil eval email --cv` (npm run cv:email) gives the real numbers.
//   npm run build && node scripts/email-config-sweep.mjs [--configs a,b] [--modes group,source]
import { readFile } from 'node:fs/promises';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = join(resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data')), 'email', 'dev');
// the package's public entry only (dist/index.js)
const { analyzeEmailFacts, defaultConfig, email, ml, train } = await import(join(root, 'dist', 'index.js'));
const { listCorpus, campaignKeys, textVocabulary, EMAIL_TRAIN_DEFAULTS } = train;
const { emailFeatures, prepareEmailEnv } = email;

const CONFIGS = {
  current: { opts: { bigrams: true, charGrams: 4 }, minSources: 1 },
  stop: { opts: { bigrams: true, charGrams: 0, stopwords: true }, minSources: 1 },
  stop_obf: {
    opts: { bigrams: true, charGrams: 4, charGramsObfuscatedOnly: true, stopwords: true },
    minSources: 1,
  },
  stop_w05: { opts: { bigrams: true, charGrams: 0, stopwords: true, textWeight: 0.5 }, minSources: 1 },
  stop_w05_src2: { opts: { bigrams: true, charGrams: 0, stopwords: true, textWeight: 0.5 }, minSources: 2 },
  stop_w03_src2: { opts: { bigrams: true, charGrams: 0, stopwords: true, textWeight: 0.3 }, minSources: 2 },
  stop_src2: { opts: { bigrams: true, charGrams: 0, stopwords: true }, minSources: 2 },
  stop_chars: { opts: { bigrams: true, charGrams: 4, stopwords: true }, minSources: 1 },
  stop_uni: { opts: { bigrams: false, charGrams: 0, stopwords: true }, minSources: 1 },
  current_src2: { opts: { bigrams: true, charGrams: 4 }, minSources: 2 },
  current_w2: { opts: { bigrams: true, charGrams: 4, textWeight: 2 }, minSources: 1 },
  stop_chars_src2: { opts: { bigrams: true, charGrams: 4, stopwords: true }, minSources: 2 },
  notext: { opts: { bigrams: false, charGrams: 0, textWeight: 0 }, minSources: 1 },
};
const arg = (n, d) => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? process.argv[i + 1] : d;
};
const configs = arg('configs', Object.keys(CONFIGS).join(',')).split(',');
const modes = arg('modes', 'group,source').split(',');

const config = defaultConfig();
const env = prepareEmailEnv(config);
const files = await listCorpus([join(dev, 'malicious')], [join(dev, 'benign')]);
const cached = [];
const t0 = performance.now();
for (const f of files) {
  try {
    const { facts, signals } = await analyzeEmailFacts(await readFile(f.path), { env, target: f.rel });
    cached.push({ f, facts, signals, groupKeys: campaignKeys(facts, f.label, f.source) });
  } catch {
    /* skipped */
  }
}
process.stderr.write(`extracted ${cached.length} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
const labels = cached.map((c) => (c.f.label === 'malicious' ? 1 : 0));
const slice = cached.map((c) => `${c.f.label}/${c.f.source}`);
const groups = ml.connectGroups(cached.map((c) => (c.groupKeys.length ? c.groupKeys : [`file:${c.f.path}`])));
const foldsOf = {
  group: ml.groupKFold(groups, 5, 1),
  source: (() => {
    const names = [...new Set(slice)].sort();
    return slice.map((s) => names.indexOf(s));
  })(),
};
const hasher = new ml.FeatureHasher({ bits: EMAIL_TRAIN_DEFAULTS.bits });
const H = EMAIL_TRAIN_DEFAULTS;
const results = [];
for (const name of configs) {
  const cfg = CONFIGS[name];
  const msgs = cached.map((c) => ({
    source: c.f.source,
    features: emailFeatures(c.facts, c.signals, cfg.opts),
  }));
  for (const mode of modes) {
    const fo = foldsOf[mode];
    const k = Math.max(...fo) + 1;
    const m = new Float64Array(msgs.length);
    const t1 = performance.now();
    for (let f = 0; f < k; f++) {
      const tr = [],
        te = [];
      fo.forEach((x, i) => (x === f ? te : tr).push(i));
      const keep =
        cfg.minSources > 1
          ? textVocabulary(
              tr.map((i) => msgs[i]),
              cfg.minSources,
            )
          : null;
      const vec = (feat) =>
        hasher.vectorize(
          keep ? new Map([...feat].filter(([n]) => !/^(text|subject|chars): /.test(n) || keep.has(n))) : feat,
        );
      const w = ml.trainLogistic(
        tr.map((i) => vec(msgs[i].features)),
        tr.map((i) => labels[i]),
        { bits: H.bits, epochs: H.epochs, l1: H.l1, l2: H.l2, alpha: H.alpha, seed: H.seed },
      );
      for (const i of te) m[i] = ml.margin(hasher.vectorize(msgs[i].features), w);
    }
    const auc = ml.rocAuc(Array.from(m), labels);
    const per = {};
    for (const s of [...new Set(slice)].sort()) {
      const ix = slice.map((x, i) => (x === s ? i : -1)).filter((i) => i >= 0);
      const flagged = ix.filter((i) => m[i] >= 0).length / ix.length;
      per[s] = flagged;
    }
    const mal = Object.entries(per).filter(([s]) => s.startsWith('malicious'));
    const ben = Object.entries(per).filter(([s]) => s.startsWith('benign'));
    const meanTpr = mal.reduce((a, [, v]) => a + v, 0) / mal.length;
    const meanTnr = ben.reduce((a, [, v]) => a + 1 - v, 0) / ben.length;
    const r = {
      config: name,
      mode,
      auc: +auc.toFixed(4),
      meanTpr: +meanTpr.toFixed(3),
      meanTnr: +meanTnr.toFixed(3),
      balanced: +((meanTpr + meanTnr) / 2).toFixed(3),
      per: Object.fromEntries(Object.entries(per).map(([s, v]) => [s, +v.toFixed(3)])),
      seconds: Math.round((performance.now() - t1) / 1000),
    };
    results.push(r);
    console.log(JSON.stringify(r));
  }
}
