#!/usr/bin/env node
// Links as they appear in mail, for the phishing-URL model (issue 9): every followed http(s) link of
// the dev mail corpus, found by Vigil's own extraction (dist/ build) and unwrapped from link
// rewriters, de-duplicated, capped per registrable domain (one newsletter sender must not dominate)
// and written as a url,label,source CSV with source `mail_<corpus source>`. The CSV goes to /tmp,
// never into the repository (the corpus is not ours to ship).
//
//   node scripts/mail-links.mjs extract [--label benign|malicious|both] [--cap 20] [--cap-malicious 5] [--out /tmp/mail-links.csv]
//   node scripts/mail-links.mjs neutralise [--in ../shared/data/urls/dev.csv] [--out /tmp/url-dev.csv]
//   node scripts/mail-links.mjs compare --data ../shared/data/urls/dev.csv --mail /tmp/mail-links.csv [--features url/1|url/2] [--mail-weight N]
//
// `compare` cross-validates the URL model on dev.csv + the mail links with one set of folds grouped
// by registrable domain, twice: trained without the mail rows (the model as it was: mail rows are
// scored, never learnt) and with them; it prints AUC, TPR at FPR 0.1 % / 1 % and the share of
// benign mail links at or above the `url.model.phishing` threshold for both.
// Needs `npx tsc -p tsconfig.build.json` first. VIGIL_DATA=/path overrides ../shared/data.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const [job = 'extract', ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npx tsc -p tsconfig.build.json` first');
  process.exit(2);
}
// the package's public entry only (dist/index.js)
const { extractFacts, Budget, resolveConfig, url, train, ml } = await import(join(root, 'dist', 'index.js'));

/**
 * Collection artefacts that must not reach the model as words: the honeypot's and the archives'
 * redaction placeholders and recipient addresses (see the email README, "Recipients and personal
 * tokens"). An address in a link that matches them (and the honeypot's address-shaped placeholder
 * `phishing@pot`) is rewritten to one neutral address, `user@example.com` (`train.neutraliseAddresses`;
 * `neutralise` applies the same rewrite to a CSV such as dev.csv), so a newsletter's
 * `?email=<subscriber>` stays a benign row that holds an address. Other addresses (a list's own
 * address in an archive path) stay as collected. A link still carrying an artefact after that (the
 * recipients' own hosts: `iiu.taint.org`, `uwaterloo.ca` pages; `yyyy`/`zzzz` outside an address)
 * is dropped.
 */
const ARTEFACT =
  /phish(?:ing)?@pot|honey@pot|rodrigo|peixoto|username@|@(?:login\.)?domain\.com|monkey\.org|jose@|yyyy|zzzz|netnoteinc|taint\.org|jmason|slashnull|uwaterloo|lfdr\.de/i;
const neutralise = (u) => train.neutraliseAddresses(u, ARTEFACT);
/** Link sources a reader follows (images and tracking pixels are fetched, not followed). */
const FOLLOWED = new Set(['html:href', 'html:form', 'text']);

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const sha = (s) => createHash('sha256').update(s).digest('hex');

function normalise(u) {
  let x;
  try {
    x = new URL(u);
  } catch {
    return null;
  }
  if (x.protocol !== 'http:' && x.protocol !== 'https:') return null;
  if (!x.hostname || /[\s\x00-\x1f]/.test(x.href) || x.href.length > 2048) return null;
  return x.href;
}

async function extract() {
  const which = opt('label', 'benign');
  const cap = Number(opt('cap', '20'));
  const capMal = Number(opt('cap-malicious', '5'));
  const out = opt('out', '/tmp/mail-links.csv');
  const manifest = readFileSync(join(data, 'email', 'manifest.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const config = resolveConfig({});
  // label -> registrable domain -> url -> source (first message in manifest order wins)
  const byLabel = { benign: new Map(), malicious: new Map() };
  const stats = { messages: 0, links: 0, opaque: 0, neutralised: 0, artefact: 0, unusable: 0 };
  for (const [file, label, source] of manifest.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (which !== 'both' && label !== which) continue;
    const raw = readFileSync(join(data, 'email', file));
    const facts = await extractFacts(raw, file, new Budget(config.limits));
    stats.messages++;
    for (const link of facts.links) {
      if (!FOLLOWED.has(link.source) || !/^(https?:)?\/\//i.test(link.url)) continue;
      stats.links++;
      const uw = url.unwrapUrl(link.url.startsWith('//') ? `http:${link.url}` : link.url);
      if (uw.url === null) {
        stats.opaque++;
        continue;
      }
      const n0 = normalise(uw.url);
      if (!n0) {
        stats.unusable++;
        continue;
      }
      const n = neutralise(n0);
      if (n !== n0) stats.neutralised++;
      let decoded = n;
      try {
        decoded = decodeURIComponent(n);
      } catch {
        // not percent-encoded text: keep it as it is
      }
      if (ARTEFACT.test(decoded)) {
        stats.artefact++;
        continue;
      }
      const host = new URL(n).hostname;
      const rd = url.registrableDomain(host) ?? host;
      const m = byLabel[label];
      if (!m.has(rd)) m.set(rd, new Map());
      if (!m.get(rd).has(n)) m.get(rd).set(n, source);
    }
  }
  const rows = [];
  const perSource = {};
  for (const label of ['benign', 'malicious']) {
    const c = label === 'benign' ? cap : capMal;
    for (const [, urls] of [...byLabel[label].entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      // a seeded, order-free choice: the cap lowest hashes of the domain's URLs
      const chosen = [...urls.entries()].sort((a, b) => (sha(a[0]) < sha(b[0]) ? -1 : 1)).slice(0, c);
      for (const [u, source] of chosen) {
        rows.push([u, label, `mail_${source}`]);
        perSource[`${label} mail_${source}`] = (perSource[`${label} mail_${source}`] ?? 0) + 1;
      }
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  writeFileSync(out, 'url,label,source\n' + rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n');
  console.log(
    JSON.stringify(
      {
        out,
        rows: rows.length,
        domains: { benign: byLabel.benign.size, malicious: byLabel.malicious.size },
        ...stats,
        perSource,
      },
      null,
      1,
    ),
  );
}

async function compare() {
  const { readLabelledCsv, trainUrlModel, URL_TRAIN_DEFAULTS } = train;
  const { calibrate } = ml;
  const read = (p) =>
    readLabelledCsv(readFileSync(p, 'utf8'), ['url', 'label', 'source'])
      .filter((r) => r.label === 'benign' || r.label === 'malicious')
      .map((r) => ({ url: r.url, malicious: r.label === 'malicious', source: r.source }));
  const rows = [
    ...read(opt('data', join(data, 'urls', 'dev.csv'))),
    ...read(opt('mail', '/tmp/mail-links.csv')),
  ];
  const threshold = resolveConfig({}).thresholds.suspicious;
  const report = {};
  // --features url/1|url/2 (default url/2, as `vigil train url`); --mail-weight N adds a third run
  // that learns each benign mail link N times (what the shipped model's card names)
  const features = opt('features', 'url/2');
  const mailWeight = Number(opt('mail-weight', '1'));
  const runs = [
    ['before (no mail rows learnt)', (r) => !r.source.startsWith('mail_'), 1],
    ['after (mail rows learnt)', undefined, 1],
    ...(mailWeight > 1 ? [[`after (mail rows learnt ${mailWeight} times)`, undefined, mailWeight]] : []),
  ];
  for (const [name, trainOn, weight] of runs) {
    const res = trainUrlModel(
      rows,
      { ...URL_TRAIN_DEFAULTS, features, mailWeight: weight, ...(trainOn ? { trainOn } : {}) },
      'compare',
    );
    const cal = res.model.calibration;
    const mail = res.oof.filter((o) => o.source.startsWith('mail_') && !o.malicious);
    const flagged = mail.filter((o) => calibrate(cal, o.margin) >= threshold);
    const bySource = {};
    for (const o of mail) {
      const s = (bySource[o.source] ??= { n: 0, flagged: 0 });
      s.n++;
      if (calibrate(cal, o.margin) >= threshold) s.flagged++;
    }
    report[name] = {
      auc: res.cv.auc,
      tpr_at_fpr: res.cv.tpr_at_fpr,
      benign_mail_links: mail.length,
      benign_mail_fpr_at_threshold: +(flagged.length / Math.max(1, mail.length)).toFixed(4),
      by_source: bySource,
      slices: res.cv.slices.filter((s) => s.slice.startsWith('mail_')),
      examples_flagged: flagged.slice(0, 15).map((o) => o.url),
    };
  }
  console.log(JSON.stringify(report, null, 1));
}

/**
 * The same rewrite on a url,label,source CSV (dev.csv): every row of both classes, so the neutral
 * address is as common on the phishing side as on the benign one and only its presence is learnt.
 */
function neutraliseCsv() {
  const input = opt('in', join(data, 'urls', 'dev.csv'));
  const out = opt('out', '/tmp/url-dev.csv');
  const records = train.readLabelledCsv(readFileSync(input, 'utf8'), ['url', 'label', 'source']);
  const changed = { benign: 0, malicious: 0 };
  const lines = records.map((r) => {
    const u = neutralise(r.url);
    if (u !== r.url) changed[r.label] = (changed[r.label] ?? 0) + 1;
    return [u, r.label, r.source ?? ''].map(csvField).join(',');
  });
  writeFileSync(out, 'url,label,source\n' + lines.join('\n') + '\n');
  console.log(JSON.stringify({ in: input, out, rows: records.length, changed }));
}

if (job === 'extract') await extract();
else if (job === 'compare') await compare();
else if (job === 'neutralise') neutraliseCsv();
else {
  console.error(`unknown job ${job} (extract | compare | neutralise)`);
  process.exit(2);
}
