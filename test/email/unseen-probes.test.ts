/**
 * Issue 9: 222 messages written for this repository as other generators and other criminals word
 * them (test/fixtures/probes, described in test/fixtures/README.md), never in any training set. The
 * shipped models must flag every attack in `attack/` and leave every legitimate look-alike in `legit/`
 * clean: a real vendor invoice, a password reset the user asked for, a sale newsletter with "act now",
 * a bank-detail change that says to verify it by the number on file, a friend's note about money in
 * Portuguese. A file that changes verdict here is a regression on mail Vigil has not seen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createScanner } from '../../src/scanner.js';

const dir = join(__dirname, '..', 'fixtures', 'probes');
const list = (sub: string) =>
  readdirSync(join(dir, sub))
    .filter((f) => f.endsWith('.eml'))
    .sort();
const scanner = createScanner(resolveConfig({ limits: { time_ms: 60_000 } }));
const scan = (sub: string, file: string) => scanner.email(readFileSync(join(dir, sub, file)));
const why = (v: Awaited<ReturnType<typeof scan>>) => `${v.score} ${v.signals.map((s) => s.id).join(' ')}`;

describe('hand-written probes Vigil never trained on', () => {
  it('has 30 or more attacks and 30 or more legitimate look-alikes', () => {
    expect(list('attack').length).toBeGreaterThanOrEqual(30);
    expect(list('legit').length).toBeGreaterThanOrEqual(30);
  });
  it.each(list('attack'))('attack %s is flagged', async (file) => {
    const v = await scan('attack', file);
    expect(v.verdict, `${file}: ${why(v)}`).not.toBe('clean');
  });
  it.each(list('legit'))('legitimate %s stays clean', async (file) => {
    const v = await scan('legit', file);
    expect(v.verdict, `${file}: ${why(v)}`).toBe('clean');
  });
});
