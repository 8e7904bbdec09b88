#!/usr/bin/env node
// Write the pack of each shipped model that has precomputed tables (src/ml/model-pack.ts), and the
// phrase families' pre-filter (models/phrase-families.pack, src/email/phrase-pack.ts):
// models/<name>.json -> models/<name>.json.pack: the weights as typed arrays (not 160,000 JSON
// numbers), and for the domain model the DGA word tables as sorted typed arrays and where its word
// lists sit in the JSON, so they are parsed only when read. Run by `npm run build`
// after tsc, so a fresh clone's `npm ci` makes it; generated, never committed (.gitignore). Each
// pack is checked before it is written (packDomainModelFile, src/url/dga-pack.ts). The loader
// (src/models.ts) uses a pack only for the exact file it was made from; without one, the tables
// are built from the model's words as before (same verdicts, slower start).
//
// Usage: node scripts/model-pack.mjs [--models DIR=models] [--check]
//   --check: exit 1 when a pack is missing or was made from another file (nothing written).
// Exit: 0 written (or, with --check, all current), 1 check failed, 2 missing build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = opt('--models', fileURLToPath(new URL('../models/', import.meta.url)));
const check = args.includes('--check');

const load = async (p) =>
  import(new URL(`../dist/${p}`, import.meta.url)).catch((err) => {
    console.error(`model-pack: cannot load dist/${p} (run tsc -p tsconfig.build.json): ${err.message}`);
    process.exit(2);
  });
const { decodeModelPack, packModelFile } = await load('ml/index.js');
const { packDomainModelFile } = await load('url/dga-pack.js');

/** model file -> its pack: every model's weights; the domain model's DGA tables and word lists too */
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
const weightsOnly = (bytes, path) => packModelFile(bytes.toString('utf8'), sha(bytes), {}, path);
const PACKERS = {
  'domain.json': packDomainModelFile,
  'url.json': weightsOnly,
  'email.json': weightsOnly,
  'email_wording.json': weightsOnly,
};

let failed = 0;
for (const [file, pack] of Object.entries(PACKERS)) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  const packPath = `${path}.pack`;
  if (check) {
    const sha256 = sha(bytes);
    const current = existsSync(packPath) ? decodeModelPack(readFileSync(packPath)) : null;
    const ok = current?.sha256 === sha256;
    console.log(
      `model-pack: ${packPath} ${ok ? 'is current' : current ? 'was made from another file' : 'is missing'}`,
    );
    if (!ok) failed++;
    continue;
  }
  const out = pack(bytes, path);
  writeFileSync(`${packPath}.tmp`, out);
  renameSync(`${packPath}.tmp`, packPath);
  console.log(`model-pack: wrote ${packPath} (${(out.length / 1e6).toFixed(2)} MB)`);
}

// the phrase families' pre-filter (src/email/phrase-pack.ts): made from the compiled detectors'
// families, checked by reading it back (every family's need and the scanner's tables the same)
{
  await load('index.js'); // every module that makes phrase families
  const { buildFamilies, scannedFamilies, phrasePatterns, phraseSource } = await load('email/phrases.js');
  const { FAMILIES_PACK, decodeFamilies, encodeFamilies } = await load('email/phrase-pack.js');
  const { standInPlan } = await load('email/phrase-one-byte.js');
  const path = fileURLToPath(new URL(`../${FAMILIES_PACK}`, import.meta.url));
  const patterns = scannedFamilies();
  // the one-byte stand-in plans (src/email/phrase-one-byte.ts) of every family, own-script ones too
  const planned = [...phrasePatterns()];
  const read = (bytes) => decodeFamilies(bytes, patterns, phraseSource, planned);
  if (check) {
    const current = existsSync(path) ? read(readFileSync(path)) : null;
    const ok = current?.needs.size === patterns.length && current.plans?.size === planned.length;
    console.log(`model-pack: ${path} ${ok ? 'is current' : current ? 'misses families' : 'is missing'}`);
    if (!ok) failed++;
  } else {
    const families = buildFamilies(patterns);
    const out = encodeFamilies(families, phraseSource, planned);
    const back = read(out);
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
    const tables = [families.scanner.tables(), back?.scanner.tables()];
    const ok =
      back &&
      back.needs.size === patterns.length &&
      patterns.every((re) => {
        const [a, b] = [families.needs.get(re), back.needs.get(re)];
        return a === null ? b === null : b != null && same(a, b);
      }) &&
      // every family's one-byte stand-in plan, as computed from its flags and source
      back.plans.size === planned.length &&
      planned.every(
        (re) => JSON.stringify(back.plans.get(re)) === JSON.stringify(standInPlan(re.source, re.flags)),
      ) &&
      same(back.scanner.literals, families.scanner.literals) &&
      same(back.clauseStart, families.clauseStart) &&
      same(back.clauseList, families.clauseList) &&
      back.clauses === families.clauses &&
      ['cls', 'width', 'next', 'ends', 'link'].every((k) =>
        k === 'width' ? tables[0][k] === tables[1][k] : same(tables[0][k], tables[1][k]),
      );
    if (!ok) {
      console.error(`model-pack: ${path} does not read back as built (not written)`);
      failed++;
    } else {
      writeFileSync(`${path}.tmp`, out);
      renameSync(`${path}.tmp`, path);
      console.log(
        `model-pack: wrote ${path} (${patterns.length} phrase families, ${(out.length / 1e6).toFixed(2)} MB)`,
      );
    }
  }
}
process.exit(failed ? 1 : 0);
