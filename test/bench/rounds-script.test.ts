/**
 * scripts/rounds.mjs, the scorer of the blind rounds in bench/fixtures/rounds: it counts a round's attacks that
 * are flagged and its legitimate messages that are, writes every file's verdict and signals, scores
 * the mail with its receiving headers removed when asked, and names the files that differ between
 * two scores. Run on a small round made of the hand-written probe fixtures (needs the build `npm ci`
 * makes).
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/rounds.mjs');
const PROBES = join(ROOT, 'test/fixtures/probes');

interface Score {
  strip: boolean;
  rounds: Record<string, Record<'attack' | 'legit', Record<string, { verdict: string; signals: string[] }>>>;
}

let dir: string;
const run = (...args: string[]) => execFileSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Score;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-rounds-'));
  // a round of three attacks and three legitimate messages
  for (const kind of ['attack', 'legit']) {
    mkdirSync(join(dir, '99', kind), { recursive: true });
    for (const f of readdirSync(join(PROBES, kind)).sort().slice(0, 3))
      copyFileSync(join(PROBES, kind, f), join(dir, '99', kind, f));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/rounds.mjs', () => {
  it('scores a round: flagged attacks and legitimate messages, every file with its verdict and signals', () => {
    const out = join(dir, 'a.json');
    const table = run('scan', '--out', out, join(dir, '99'));
    const score = read(out);
    const round = score.rounds['99']!;
    expect(Object.keys(round.attack)).toHaveLength(3);
    expect(Object.keys(round.legit)).toHaveLength(3);
    const caught = Object.values(round.attack).filter((r) => r.verdict !== 'clean').length;
    const alarms = Object.values(round.legit).filter((r) => r.verdict !== 'clean').length;
    expect(table).toContain(`| 99 | ${caught} of 3 | ${alarms} of 3 |`);
    // the probe fixtures are attacks Vigil catches and legitimate mail it leaves alone
    expect(caught).toBe(3);
    expect(alarms).toBe(0);
    expect(Object.values(round.attack).every((r) => r.signals.length > 0)).toBe(true);
  });

  it('says no file differs between two scores of the same build, and names the one that does', () => {
    const a = join(dir, 'a.json');
    expect(run('diff', a, a)).toContain('no file differs');
    const b = read(a);
    const first = Object.keys(b.rounds['99']!.attack)[0]!;
    b.rounds['99']!.attack[first] = { verdict: 'clean', signals: [] };
    writeFileSync(join(dir, 'b.json'), JSON.stringify(b));
    const diff = run('diff', a, join(dir, 'b.json'));
    expect(diff).toContain('attacks 3 → 2 of 3');
    expect(diff).toContain(`attack/${first}:`);
    expect(diff).toContain('1 files differ');
  });

  it('scores the mail with its receiving headers removed when told to', () => {
    const out = join(dir, 's.json');
    run('scan', '--strip', '--out', out, join(dir, '99'));
    expect(read(out).strip).toBe(true);
    expect(Object.keys(read(out).rounds['99']!.legit)).toHaveLength(3);
  });
});
