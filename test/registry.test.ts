/**
 * Every signal is declared once and documented once: ids unique and well-formed, and the README's
 * signal table has exactly these rows with the same category, severity and summary.
 * Every error code is in the README's error table and no stale code is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, SIGNAL_ID_PATTERN, type SignalDef } from '../src/core/index.js';
import { ALL_SIGNALS } from '../src/index.js';

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
      rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
    } else if (inTable) break;
  }
  return rows.slice(2); // header + separator
}

export function signalTable(signals: readonly SignalDef[]): string {
  const rows = [...signals]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => `| \`${s.id}\` | ${s.category} | ${s.severity} | ${s.summary} |`);
  return ['| signal | category | severity | what it means |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('signal registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = ALL_SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SIGNAL_ID_PATTERN);
  });

  it('has a test that names every signal id (firing and look-alike cases live beside it)', () => {
    const root = new URL('.', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.test.ts') && name !== 'registry.test.ts') files.push(p);
      }
    };
    walk(root);
    const corpus = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const untested = ALL_SIGNALS.map((s) => s.id).filter((id) => !corpus.includes(`'${id}'`) && !corpus.includes(`"${id}"`) && !corpus.includes(`\`${id}\``));
    expect(untested, 'signals without a test naming them').toEqual([]);
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
