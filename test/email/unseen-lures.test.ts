/**
 * Issue 12, part 3: lures written by hand for this repository, never in any training set
 * (test/fixtures/lures, listed with their category in test/fixtures/README.md). The shipped models
 * must flag each of them; the evasion bench (`npm run bench:robustness`) then rewrites them with every
 * transform. A lure that stops being flagged here is a recall regression on mail Vigil has not seen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createScanner } from '../../src/scanner.js';

const dir = join(__dirname, '..', 'fixtures', 'lures');
const readme = readFileSync(join(__dirname, '..', 'fixtures', 'README.md'), 'utf8');
/** file -> category, from the README table (one documented row per fixture). */
const documented = new Map(
  [...readme.matchAll(/^\| `([a-z0-9-]+\.eml)` \| [^|]+ \| ([a-z_]+) \|$/gm)].map((m) => [m[1]!, m[2]!]),
);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const scanner = createScanner(resolveConfig({ limits: { time_ms: 60_000 } }));

describe('hand-written lures Vigil never trained on', () => {
  it('has 10 or more lures, each documented in test/fixtures/README.md and no stale row', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect([...documented.keys()].sort()).toEqual(files);
  });

  it.each(files)('%s is flagged with its documented category', async (file) => {
    const v = await scanner.email(readFileSync(join(dir, file)));
    expect(v.verdict, `${file}: ${v.score} ${v.signals.map((s) => s.id).join(' ')}`).not.toBe('clean');
    expect(v.categories).toContain(documented.get(file));
  });
});
