/**
 * Every signal is declared once and documented once: ids unique and well-formed, and the README's
 * signal table has exactly these rows with the same category, severity and summary.
 * Every error code is in the README's error table and no stale code is.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, SIGNAL_ID_PATTERN, type SignalDef } from '../src/core/index.js';
import { ALL_SIGNALS } from '../src/index.js';
import { readSignalLog, type SignalLog } from './helpers/signal-log.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function tableAfter(heading: string): string[][] {
  const start = readme.indexOf(heading);
  if (start < 0) return [];
  const lines = readme.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('|')) {
      inTable = true;
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    } else if (inTable) break;
  }
  return rows.slice(2); // header + separator
}

function testFiles(): string[] {
  const root = new URL('..', import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const p = join(dir, name);
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else if (name.endsWith('.test.ts') && p !== join('test', 'registry.test.ts')) files.push(p);
    }
  };
  walk('test');
  return files.sort();
}

/** Whether this run can check signal coverage: every other test file ran, unfiltered. */
function coverage(): { run: boolean; why: string; log?: SignalLog } {
  const dir = process.env.VIGIL_SIGNAL_LOG;
  const ci = Boolean(process.env.CI);
  const skip = (why: string) => {
    if (ci) throw new Error(`signal coverage check cannot run under CI: ${why}`);
    console.warn(`[registry] signal coverage check skipped: ${why}; it runs with the full suite (npm test)`);
    return { run: false, why: `skipped: ${why}` };
  };
  if (!dir) return skip('no signal log (run through vitest.config.ts)');
  if (process.env.VIGIL_SIGNAL_LOG_PARTIAL) return skip('a test-name filter or shard is active');
  const log = readSignalLog(dir);
  const missing = testFiles().filter((f) => !log.ran.has(f));
  if (missing.length)
    return skip(
      `${missing.length} test files did not run (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`,
    );
  return { run: true, why: `${log.ran.size} test files`, log };
}

export function signalTable(signals: readonly SignalDef[]): string {
  const rows = [...signals]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => `| \`${s.id}\` | ${s.category} | ${s.severity} | ${s.summary} |`);
  return ['| signal | category | severity | what it means |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

describe('signal registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = ALL_SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SIGNAL_ID_PATTERN);
  });

  // Every signal needs a test that saw it fire and one that saw it stay silent on a legitimate
  // look-alike, asserted through expectFires / expectAbsent (test/helpers/verdict.ts), which log the
  // ids (test/helpers/signal-log.ts). This file runs after all others (vitest.config.ts: project
  // `registry`, groupOrder 1). When only some files ran (`npx vitest run test/email`, `-t`, a shard)
  // the log is partial and the check is skipped with a message; under CI it never skips.
  const full = coverage();
  it.skipIf(!full.run)(`asserts every declared signal fired and absent (${full.why})`, () => {
    const log = full.log!;
    const ids = ALL_SIGNALS.map((s) => s.id).sort();
    const neverFired = ids.filter((id) => !log.fires.has(id));
    const neverAbsent = ids.filter((id) => !log.absent.has(id));
    // neverFired: no test saw it fire (expectFires); neverAbsent: no test saw it stay silent on a
    // legitimate look-alike (expectAbsent)
    expect({ neverFired, neverAbsent }).toEqual({ neverFired: [], neverAbsent: [] });
  });

  it('reads the assertion log: fired, absent and ran, per test file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-signal-log-test-'));
    try {
      writeFileSync(join(dir, 'log-1.tsv'), 'ran\t-\ttest/a.test.ts\nfires\tdomain.dga\ttest/a.test.ts\n');
      writeFileSync(
        join(dir, 'log-2.tsv'),
        'ran\t-\ttest/b.test.ts\nabsent\tdomain.dga\ttest/b.test.ts\nfires\tdomain.dga\ttest/b.test.ts\ntorn line\n',
      );
      writeFileSync(join(dir, 'other.txt'), 'fires\turl.host.userinfo\tx\n');
      const log = readSignalLog(dir);
      expect([...log.ran].sort()).toEqual(['test/a.test.ts', 'test/b.test.ts']);
      expect([...log.fires]).toEqual([['domain.dga', new Set(['test/a.test.ts', 'test/b.test.ts'])]]);
      expect([...log.absent]).toEqual([['domain.dga', new Set(['test/b.test.ts'])]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches the README signal table exactly', () => {
    const rows = tableAfter('## Signals').map((r) => r.map((c) => c.replace(/`/g, '')).join(' | '));
    const expected = [...ALL_SIGNALS]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => [s.id, s.category, s.severity, s.summary].join(' | '));
    expect(rows, `README "## Signals" table must be:\n${signalTable(ALL_SIGNALS)}\n`).toEqual(expected);
  });
});

describe('error table', () => {
  it('lists every error code in the README with its exit code and HTTP status, and no stale one', () => {
    const rows = tableAfter('### Error codes');
    const documented = new Map(rows.map((r) => [r[0]!.replace(/`/g, ''), r]));
    for (const [code, e] of Object.entries(ERRORS)) {
      const row = documented.get(code);
      expect(row, `README error table lacks ${code}`).toBeDefined();
      expect(row![1]).toBe(String(e.exit));
      expect(row![2]).toBe(String(e.http));
    }
    expect([...documented.keys()].sort()).toEqual(Object.keys(ERRORS).sort());
  });
});
