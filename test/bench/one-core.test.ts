/**
 * One-core benchmark rows (issue 13): how a run is pinned to one CPU (scripts/one-core.mjs), the
 * "not pinned" fallback where taskset is missing, and bench:email's argument handling. Offline and
 * without timings: rates are the benchmarks' to print, never asserted here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shared with bench/email.js, bench/url.js and bench/serve.js
import * as oneCore from '../../scripts/one-core.mjs';

// (one import line: the directive above covers the next line only)
const { coresDelivered, descendantsNamed, findTaskset, onCpus, otherCpus, pinSelf } = oneCore;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('one-core pinning', () => {
  it('puts taskset -c CPUS in front of the command when taskset is there', () => {
    expect(onCpus(['node', 'x.js'], '0', '/usr/bin/taskset')).toEqual({
      argv: ['/usr/bin/taskset', '-c', '0', 'node', 'x.js'],
      pinned: true,
      note: 'pinned to CPU 0',
    });
  });

  it('runs the command as it is and says "not pinned" without taskset', () => {
    const r = onCpus(['node', 'x.js'], '0', null);
    expect(r.argv).toEqual(['node', 'x.js']);
    expect(r.pinned).toBe(false);
    expect(r.note).toMatch(/^not pinned/);
  });

  it('finds no taskset off Linux, or when VIGIL_BENCH_TASKSET is empty', () => {
    expect(findTaskset({}, 'darwin')).toBeNull();
    expect(findTaskset({ VIGIL_BENCH_TASKSET: '' }, 'linux')).toBeNull();
    expect(findTaskset({ VIGIL_BENCH_TASKSET: '/opt/taskset' }, 'linux')).toBe('/opt/taskset');
  });

  it('does not move this process without taskset or without CPUs', () => {
    expect(pinSelf('1', null)).toBe(false);
    expect(pinSelf(null, '/usr/bin/taskset')).toBe(false);
  });

  it('names the other CPUs for the client', () => {
    expect(otherCpus(1)).toBeNull();
    expect(otherCpus(2)).toBe('1');
    expect(otherCpus(8)).toBe('1-7');
  });

  it('probes no cores delivered without taskset or for one thread', () => {
    expect(coresDelivered(2, null)).toBeNull();
    expect(coresDelivered(1, '/usr/bin/taskset')).toBeNull();
  });

  it.runIf(process.platform === 'linux' && findTaskset())(
    'probes the cores delivered to two busy threads: a number, and the times it came from (not judged)',
    () => {
      const r = coresDelivered(2, findTaskset(), 1e6);
      expect(r).not.toBeNull();
      expect(r.cores).toBeGreaterThan(0);
      expect(r.alone_s).toBeGreaterThan(0);
      expect(r.together_s).toBeGreaterThan(0);
    },
  );

  it.runIf(process.platform === 'linux' && findTaskset())(
    'a pinned child may use only that CPU',
    async () => {
      const { argv } = onCpus(['sleep', '5'], '0');
      const sh = spawn('sh', ['-c', `${argv.join(' ')}; true`]);
      let seen: { pid: number; cpus: string }[] = [];
      try {
        for (let i = 0; i < 50 && !seen.length; i++) {
          await new Promise((r) => setTimeout(r, 50));
          seen = descendantsNamed(sh.pid, 'sleep');
        }
        expect(seen.map((p) => p.cpus)).toEqual(['0']);
      } finally {
        for (const p of seen) process.kill(p.pid);
        sh.kill();
      }
    },
  );
});

describe('bench:email arguments', () => {
  const bench = (...a: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bench', 'email.js'), ...a], { encoding: 'utf8' });

  it('wants a folder', () => {
    const r = bench();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run bench:email/);
  });

  it('refuses --jobs and --repeat that are not whole numbers >= 1', () => {
    for (const bad of [
      ['--jobs', '0'],
      ['--jobs', 'x'],
      ['--repeat', '1.5'],
    ]) {
      const r = bench('/nonexistent', ...bad);
      expect(r.status, bad.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/takes a whole number/);
    }
  });

  it('skips a folder that does not exist', () => {
    const r = bench('/nonexistent-vigil-bench', '--jobs', '2');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/does not exist; nothing to measure \(skipped\)/);
  });
});
