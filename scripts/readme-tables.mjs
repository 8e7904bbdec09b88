#!/usr/bin/env node
// Generates the README tables that come from runs rather than from the registry:
//   dev-messages  five dev messages scanned with the shipped models, as `vigil scan --json` prints them
//   model-sizes   the shipped model files: size, name, version
// `node scripts/readme-tables.mjs` prints them; `--write` replaces each table between its
// `<!-- table:NAME:start -->` / `<!-- table:NAME:end -->` markers in README.md (`npm run docs:tables`).
// Needs the compiled package (npm run build) and, for dev-messages, ../shared/data (VIGIL_DATA
// overrides the folder); without the data that table is left as it is. test/corpus/readme-tables.test.ts
// recomputes both from src and fails when the README differs.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The five dev messages of "Models: the learned email model", paths under email/dev. */
export const DEV_MESSAGES = [
  'malicious/phishing_pot/01264e7f56702e23.eml',
  'malicious/nazario/0119441a5c6e4f28.eml',
  'malicious/llm_bec_gemini/010b69d65db411a3.eml',
  'benign/modern_templates/019327b828cb4344.eml',
  'benign/usrp_users_list/016f704b367e79f8.eml',
];

export const SHIPPED_MODELS = [
  'models/email.json',
  'models/email_wording.json',
  'models/url.json',
  'models/domain.json',
];

/** The corpus folder: VIGIL_DATA, else ../shared/data beside the repository. */
export function dataDir() {
  return process.env.VIGIL_DATA || resolve(ROOT, '..', 'shared', 'data');
}

const fmt = (x) => x.toFixed(2);
const signed = (x) => `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(2)}`;

/**
 * Markdown table of verdicts: `[{ id, verdict }]`, id = the message's path below email/dev without
 * the label folder. The verdict column is the verdict and its score (what `vigil scan` decides); the
 * model column is the email model's own probability, which the evidence gate may overrule.
 */
export function devMessagesTable(rows) {
  const lines = [
    '| message (dev id) | verdict (score) | model alone | top features (log-odds contribution) |',
    '| --- | --- | --- | --- |',
  ];
  for (const { id, verdict: v } of rows) {
    const features = (v.model?.top_features ?? [])
      .slice(0, 5)
      .map((f) => `\`${f.feature}\` ${signed(f.weight)}`)
      .join(', ');
    lines.push(
      `| ${id} | ${v.verdict} ${fmt(v.score)} | ${v.model ? fmt(v.model.score) : 'n/a'} | ${features} |`,
    );
  }
  return lines.join('\n');
}

/** Markdown table of the shipped model files (size in KiB, 1 KiB = 1,024 bytes). */
export function modelSizesTable(root = ROOT) {
  const lines = ['| file | model | version | size |', '| --- | --- | --- | ---: |'];
  for (const rel of SHIPPED_MODELS) {
    const path = join(root, rel);
    if (!existsSync(path)) continue;
    const m = JSON.parse(readFileSync(path, 'utf8'));
    lines.push(`| \`${rel}\` | ${m.name} | ${m.version} | ${Math.round(statSync(path).size / 1024)} KiB |`);
  }
  return lines.join('\n');
}

/** The table between a block's markers, or null when the README has no such block. */
export function readBlock(readme, name) {
  const start = `<!-- table:${name}:start -->\n`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(`<!-- table:${name}:end -->`);
  if (i < 0 || j < i) return null;
  return readme.slice(i + start.length, j).trimEnd();
}

export function replaceBlock(readme, name, table) {
  const start = `<!-- table:${name}:start -->\n`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(`<!-- table:${name}:end -->`);
  if (i < 0 || j < i) throw new Error(`README.md lacks the table:${name} markers`);
  return `${readme.slice(0, i + start.length)}${table}\n${readme.slice(j)}`;
}

/**
 * Scans the five messages with `scan(raw, target) => Promise<Verdict>`. A verdict cut short by the
 * time limit is not what the release prints on an idle machine: refuse it rather than publish it.
 */
export async function scanDevMessages(scan, dir = dataDir()) {
  const rows = [];
  for (const rel of DEV_MESSAGES) {
    const path = join(dir, 'email', 'dev', rel);
    const verdict = await scan(new Uint8Array(readFileSync(path)), rel);
    const timed = verdict.skipped.filter((s) => /^limit time_ms/.test(s.why));
    if (timed.length)
      throw new Error(
        `${rel}: the scan hit the time limit (${timed[0].what}); re-run on a less loaded machine`,
      );
    rows.push({ id: rel.split('/').slice(1).join('/'), verdict });
  }
  return rows;
}

async function main() {
  const write = process.argv.includes('--write');
  const { createScanner, resolveConfig } = await import(join(ROOT, 'dist', 'index.js'));
  const tables = { 'model-sizes': modelSizesTable() };
  if (existsSync(join(dataDir(), 'email', 'dev', DEV_MESSAGES[0]))) {
    // exactly what `npx vigil scan --json FILE` does: the default config, the shipped models
    const scanner = createScanner(resolveConfig({}));
    tables['dev-messages'] = devMessagesTable(
      await scanDevMessages((raw, target) => scanner.email(raw, target)),
    );
  } else {
    console.error(`readme-tables: ${dataDir()} has no email/dev: the dev-messages table is left as it is`);
  }
  if (!write) {
    for (const [name, table] of Object.entries(tables)) console.log(`${name}:\n${table}\n`);
    return;
  }
  const path = join(ROOT, 'README.md');
  let readme = readFileSync(path, 'utf8');
  for (const [name, table] of Object.entries(tables)) readme = replaceBlock(readme, name, table);
  writeFileSync(path, readme);
  console.log(`wrote ${Object.keys(tables).join(', ')} to README.md`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
