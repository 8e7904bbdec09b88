#!/usr/bin/env node
// Verdicts byte for byte: dump the verdict JSON (minus elapsed_ms, the one field DESIGN lets vary)
// of every dev-set email and of a fixed sample of the URL and domain dev lists, one line each, to a
// file ending in its sha256; `--compare FILE` re-runs and reports whether the bytes are identical,
// naming the first input whose verdict changed. Used to show a refactor (or a speed-up) changes
// nothing: dump before, change, build, compare.
//
// Usage: node scripts/verdicts-identical.mjs [--data DIR=../shared/data] [--out FILE]
//          [--compare FILE] [--every N=10 (URL/domain sample: every Nth row; 1 = all)]
//          [--email-every N=1] [--no-model] [--config FILE] [--inspect]
// --inspect: also the JSON of inspectUrl / inspectDomain (the per-link and per-sender calls email
// analysis makes, with their own cached env) for the same URL and domain sample, as `inspect-url`
// and `inspect-domain` lines (a speed change to that path is checked there, not only through email).
// Exit: 0 written / identical, 1 different, 2 usage or missing build. Skips cleanly (exit 0) when
// the corpus is absent. Uses only the package's public entry (npm run build first).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dataDir = opt('--data', '../shared/data');
const compareFile = opt('--compare');
const outFile = opt('--out', compareFile ? undefined : '.vigil/verdicts.jsonl');
const every = Number(opt('--every', '10'));
const emailEvery = Number(opt('--email-every', '1'));
if (!Number.isInteger(every) || every < 1 || !Number.isInteger(emailEvery) || emailEvery < 1) {
  console.error('verdicts-identical: --every and --email-every take a whole number >= 1');
  process.exit(2);
}
if (!existsSync(join(dataDir, 'email'))) {
  console.log(`verdicts-identical: ${dataDir}/email not found; corpus absent, nothing to compare (skipped)`);
  process.exit(0);
}

const pkg = await import('../dist/index.js').catch((err) => {
  console.error(`verdicts-identical: cannot load dist/index.js (run npm run build): ${err.message}`);
  process.exit(2);
});
const config = pkg.loadConfig(opt('--config'));
const useModel = !args.includes('--no-model');
// the runtime when the package has one; the older per-kind scanner otherwise (so a dump taken
// before the runtime existed compares with one taken after)
const scan = pkg.createVigil
  ? (() => {
      const vigil = pkg.createVigil(config, { model: useModel });
      return (kind, input, target) => vigil.scan(kind, input, { target });
    })()
  : (() => {
      const s = pkg.createScanner(config, { model: useModel });
      return (kind, input, target) => s[kind](input, target);
    })();

/** RFC 4180 rows (URLs may hold commas and quotes): the package's one CSV reader. */
const parseCsv = (text) => pkg.train.parseCsv(text);

function listEml(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listEml(p));
    else if (e.name.endsWith('.eml')) out.push(p);
  }
  return out;
}

const lines = [];
const hash = createHash('sha256');
const push = (kind, target, v) => {
  const line = `${kind}\t${target}\t${v}\n`;
  lines.push(line);
  hash.update(line);
};
const verdictJson = (v) => {
  const { elapsed_ms: _e, ...rest } = v;
  return JSON.stringify(rest);
};
const errorJson = (err) => JSON.stringify({ error: err.code ?? 'E_INTERNAL', message: err.message });

const t0 = performance.now();
const emailRoot = join(dataDir, 'email');
const emails = listEml(emailRoot).filter((_, i) => i % emailEvery === 0);
for (const file of emails) {
  const target = relative(emailRoot, file);
  try {
    push('email', target, verdictJson(await scan('email', readFileSync(file), target)));
  } catch (err) {
    push('email', target, errorJson(err));
  }
}
/** Every `every`th row of a dev list, each item's output (or its error) pushed under `kind`. */
async function dumpList(kind, csv, run) {
  const path = join(dataDir, csv);
  if (!existsSync(path)) return;
  const rows = parseCsv(readFileSync(path, 'utf8')).slice(1);
  for (let i = 0; i < rows.length; i += every) {
    const item = rows[i][0];
    try {
      push(kind, item, await run(item));
    } catch (err) {
      push(kind, item, errorJson(err));
    }
  }
}
for (const kind of ['url', 'domain'])
  await dumpList(kind, `${kind}s/dev.csv`, async (item) => verdictJson(await scan(kind, item, item)));
if (args.includes('--inspect')) {
  // a runtime of its own, as an email scan gets: the host cache starts cold
  const env = pkg.url.prepareUrlEnv(
    config,
    useModel ? pkg.url.loadUrlModelsFor(config) : { url: null, domain: null },
  );
  await dumpList('inspect-url', 'urls/dev.csv', (item) =>
    JSON.stringify(pkg.inspectUrl(item, { env, where: 'verdicts' })),
  );
  await dumpList('inspect-domain', 'domains/dev.csv', (item) =>
    JSON.stringify(pkg.inspectDomain(item, { env, where: 'verdicts' })),
  );
}
const digest = hash.digest('hex');
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const summary = `# sha256 ${digest} verdicts ${lines.length} (email every ${emailEvery}, url/domain every ${every}, model ${useModel ? 'on' : 'off'}${args.includes('--inspect') ? ', inspect' : ''})\n`;

if (compareFile) {
  const before = readFileSync(compareFile, 'utf8').split(/(?<=\n)/);
  const last = before.at(-1) ?? '';
  if (last === summary) {
    console.log(`verdicts-identical: IDENTICAL ${lines.length} verdicts, sha256 ${digest} (${seconds} s)`);
    process.exit(0);
  }
  const body = before.slice(0, -1);
  let diff = 0;
  let first = -1;
  for (let i = 0; i < Math.max(body.length, lines.length); i++)
    if (body[i] !== lines[i]) {
      diff++;
      if (first < 0) first = i;
    }
  console.log(
    `verdicts-identical: DIFFERENT: ${diff} of ${lines.length} lines differ (before: ${body.length} lines, ${last.trim()})`,
  );
  if (first >= 0) {
    console.log(
      `first difference, line ${first + 1}:\n- ${(body[first] ?? '(none)').slice(0, 2000)}+ ${(lines[first] ?? '(none)').slice(0, 2000)}`,
    );
  }
  if (outFile) writeFileSync(outFile, lines.join('') + summary);
  process.exit(1);
}
writeFileSync(outFile, lines.join('') + summary);
console.log(
  `verdicts-identical: wrote ${lines.length} verdicts to ${outFile}, sha256 ${digest} (${seconds} s)`,
);
