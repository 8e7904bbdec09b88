/**
 * Corpus check (README "Corpus check"): the shipped models on a fixed, grouped sample of
 * ../shared/data, recomputing the headline metrics (AUC, verdict TPR/FPR, per source for email)
 * and failing when one falls past the bound the README's table states. The shipped models were
 * trained on these dev sets, so these are in-sample figures: the check catches a broken analyzer,
 * model file or rule (every figure collapses), not a loss of generalisation (cross-validation,
 * `npm run cv:email`, measures that). The bounds are read from the README, so the two cannot differ.
 * Skips with a message when the data is absent outside CI; under CI it must run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScanner, resolveConfig, type Verdict } from '../../src/index.js';
import { ratesOf, rocAuc } from '../../src/ml/index.js';
import { DATA_DIR, corpusPresent, emailSample, listSample } from './data.js';

/** Sample sizes: the README's "Corpus check" names the same numbers. */
export const EMAIL_PER_SOURCE = 12;
export const DOMAINS_PER_FAMILY = 12;
export const BENIGN_DOMAINS = 600;
export const URLS_PER_SOURCE = 20;

// the check measures detection, not speed: a loaded CI machine must not cut scans short
const scanner = createScanner(resolveConfig({ limits: { time_ms: 600_000 } }));

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `metric -> { op, bound }` from the README table between the corpus-floors markers. */
function floors(): Map<string, { op: '≥' | '≤'; bound: number }> {
  const i = readme.indexOf('<!-- corpus-floors:start -->');
  const j = readme.indexOf('<!-- corpus-floors:end -->');
  if (i < 0 || j < i) throw new Error('README.md lacks the corpus-floors table');
  const out = new Map<string, { op: '≥' | '≤'; bound: number }>();
  for (const line of readme.slice(i, j).split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/`/g, ''));
    const m = cells[2]?.match(/^(≥|≤) ([0-9.]+)$/);
    if (cells[0] && m) out.set(cells[0], { op: m[1] as '≥' | '≤', bound: Number(m[2]) });
  }
  return out;
}

interface Scored {
  label: 0 | 1;
  group: string;
  score: number;
  flagged: boolean;
}

const measured = new Map<string, number>();

function check(metric: string, value: number | null) {
  const f = floors().get(metric);
  expect(f, `README "Corpus check" table has no row for ${metric}`).toBeDefined();
  expect(value, `${metric} could not be computed`).not.toBeNull();
  measured.set(metric, value!);
  if (f!.op === '≥')
    expect(value!, `${metric} = ${value} is below the README's floor ${f!.bound}`).toBeGreaterThanOrEqual(
      f!.bound,
    );
  else
    expect(value!, `${metric} = ${value} is above the README's ceiling ${f!.bound}`).toBeLessThanOrEqual(
      f!.bound,
    );
}

function summary(rows: Scored[]) {
  const labels = rows.map((r) => r.label);
  const r = ratesOf(
    rows.map((x) => x.flagged),
    labels,
  );
  return {
    auc: rocAuc(
      rows.map((x) => x.score),
      labels,
    ),
    tpr: r.tpr,
    fpr: r.fpr,
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

describe('corpus check: email (shipped email, URL and domain models)', () => {
  const data = corpusPresent(join('email', 'manifest.csv'));
  const rows: Scored[] = [];
  beforeAll(async () => {
    if (!data.present) return;
    for (const m of emailSample(EMAIL_PER_SOURCE)) {
      const v: Verdict = await scanner.email(
        new Uint8Array(readFileSync(join(DATA_DIR, 'email', m.file))),
        m.file,
      );
      rows.push({
        label: m.label === 'malicious' ? 1 : 0,
        group: `${m.label}/${m.source}`,
        score: v.score,
        flagged: v.verdict !== 'clean',
      });
    }
  }, 300_000);

  it.skipIf(!data.present)(`takes ${EMAIL_PER_SOURCE} messages of every source`, () => {
    const groups = new Set(rows.map((r) => r.group));
    expect(groups.size).toBeGreaterThanOrEqual(9);
    for (const g of groups) expect(rows.filter((r) => r.group === g)).toHaveLength(EMAIL_PER_SOURCE);
  });
  it.skipIf(!data.present)('AUC and the verdict on every source stay within the README bounds', () => {
    check('email.auc', summary(rows).auc);
    const per = [...new Set(rows.map((r) => r.group))]
      .sort()
      .map((g) => ({ g, ...summary(rows.filter((r) => r.group === g)) }));
    check(
      'email.tpr.min_source',
      Math.min(...per.filter((p) => p.g.startsWith('malicious/')).map((p) => p.tpr!)),
    );
    check(
      'email.fpr.max_source',
      Math.max(...per.filter((p) => p.g.startsWith('benign/')).map((p) => p.fpr!)),
    );
    check('email.tpr', summary(rows).tpr);
    check('email.fpr', summary(rows).fpr);
    console.log(
      `[corpus] email per source: ${per.map((p) => `${p.g} ${p.g.startsWith('malicious') ? `TPR ${round(p.tpr!)}` : `FPR ${round(p.fpr!)}`}`).join('; ')}`,
    );
  });
});

describe.each([
  {
    kind: 'domain' as const,
    file: join('domains', 'dev.csv'),
    n: DOMAINS_PER_FAMILY,
    nBenign: BENIGN_DOMAINS,
  },
  { kind: 'url' as const, file: join('urls', 'dev.csv'), n: URLS_PER_SOURCE, nBenign: URLS_PER_SOURCE },
])('corpus check: $kind (shipped $kind model)', ({ kind, file, n, nBenign }) => {
  const data = corpusPresent(file);
  const rows: Scored[] = [];
  let errors = 0;
  beforeAll(() => {
    if (!data.present) return;
    for (const r of listSample(file, n, nBenign)) {
      let v: Verdict;
      try {
        v = kind === 'domain' ? scanner.domain(r.item) : scanner.url(r.item);
      } catch {
        errors++; // a row that is not a domain / URL, as `vigil eval` counts it
        continue;
      }
      rows.push({
        label: r.label === 'malicious' ? 1 : 0,
        group: r.group,
        score: v.score,
        flagged: v.verdict !== 'clean',
      });
    }
  }, 300_000);

  it.skipIf(!data.present)('AUC and the verdict stay within the README bounds', () => {
    console.log(`[corpus] ${kind}: ${rows.length} rows scored, ${errors} not a ${kind}`);
    expect(errors).toBeLessThanOrEqual(rows.length / 100);
    const s = summary(rows);
    check(`${kind}.auc`, s.auc);
    check(`${kind}.tpr`, s.tpr);
    check(`${kind}.fpr`, s.fpr);
  });
});

describe('corpus check: the README table', () => {
  const all = ['email/manifest.csv', 'domains/dev.csv', 'urls/dev.csv'].every(
    (f) => corpusPresent(f).present,
  );
  // runs after the checks above (tests in a file run in order): a bound nobody checks is no bound
  it.skipIf(!all)('every bound it states was checked', () => {
    expect([...measured.keys()].sort()).toEqual([...floors().keys()].sort());
  });
});

// what it measured, next to the README's bounds
afterAll(() => {
  if (measured.size) console.log(`[corpus] ${[...measured].map(([k, v]) => `${k} ${round(v)}`).join(', ')}`);
});
