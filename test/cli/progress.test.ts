/**
 * Issue 15, item 8: a progress line (count, rate, ETA) and a summary on a terminal for long runs;
 * nothing of it on a pipe or with --quiet. The clock is a fake: each reading is one second later.
 */
import { describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/scan.js';
import { Progress } from '../../src/cli/progress.js';
import { fakeIo } from '../helpers/io.js';

const EXAMPLES = [
  'examples/bec-wire-transfer.eml',
  'examples/credential-phish.eml',
  'examples/legit-invoice-approval.eml',
];
const inputs = [...EXAMPLES, 'examples/missing.eml'];
const clock = () => {
  let t = 0;
  return () => (t += 1000);
};
const opts = { config: 'examples/config.json', model: false };
const plain = (s: string) => s.replace(/\r\x1b\[K/g, '\n');

describe('vigil scan progress on a terminal', () => {
  it('draws count, rate and ETA in place, clears it for each verdict, and ends with a summary', async () => {
    const io = fakeIo('', true);
    const code = await runScan(inputs, { ...opts, now: clock() }, io);
    expect(code).toBe(2);
    const lines = plain(io.err).split('\n').filter(Boolean);
    // the line is redrawn in place (\r + erase line), never scrolled
    expect(io.err).toContain('\r\x1b[Kvigil scan: 1/4 (25 %) · ');
    expect(lines).toContain('vigil scan: 1/4 (25 %) · 1.0/s · ETA 3 s · 1 malicious');
    expect(
      lines.some((l) => /^vigil scan: 3\/4 \(75 %\) · [\d.]+\/s · ETA \d+ s · 2 malicious/.test(l)),
    ).toBe(true);
    expect(lines[lines.length - 1]).toMatch(
      /^vigil scan: 4 inputs in \d+(\.\d)? s \([\d.]+\/s\): 1 clean, 0 suspicious, 2 malicious, 1 error$/,
    );
    expect(io.err).toContain('examples/missing.eml: cannot read');
    // stdout holds the verdicts only
    expect(io.out).not.toContain('vigil scan:');
    expect(io.out).toContain('MALICIOUS');
  });

  it('is silent on a pipe and with --quiet (errors are still named)', async () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const io = fakeIo('', tty);
      await runScan(inputs, { ...opts, quiet, now: clock() }, io);
      expect(io.err).not.toContain('vigil scan:');
      expect(io.err).not.toContain('\x1b[K');
      expect(io.err).toContain('missing.eml');
    }
  });

  it('draws nothing for a single input (the verdict says it all)', async () => {
    const io = fakeIo('', true);
    await runScan([EXAMPLES[0]!], { ...opts, now: clock() }, io);
    expect(io.err).toBe('');
  });

  it('counts stdin lines without a total or ETA', async () => {
    const io = fakeIo('paypa1.com\nexample.com\n', true);
    await runScan(['-'], { ...opts, kind: 'domain', now: clock() }, io);
    expect(plain(io.err)).toMatch(/vigil scan: 1 · [\d.]+\/s · 1 suspicious\n/);
    expect(plain(io.err)).toMatch(
      /vigil scan: 2 inputs in .*: 1 clean, 1 suspicious, 0 malicious, 0 errors\n$/,
    );
  });
});

describe('Progress', () => {
  it('redraws at most once per interval, and always at the last input', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({
      write: (s) => out.push(s),
      enabled: true,
      total: 1000,
      label: 'x',
      now: () => t,
      intervalMs: 100,
    });
    for (let i = 0; i < 1000; i++) {
      t += 1; // 1 ms per input: 1,000 inputs in 1 s
      p.tick('clean');
    }
    // bounded work: one draw per 100 ms (10) plus the last, never one per input
    expect(out.length).toBeLessThanOrEqual(11);
    expect(out[out.length - 1]).toBe('\r\x1b[Kx: 1,000/1,000 (100 %) · 1000/s');
  });
});

describe('vigil eval url|domain progress', () => {
  it('draws the line and a summary on a terminal, nothing with --quiet or on a pipe', async () => {
    const { runEvalList } = await import('../../src/cli/eval.js');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-evalp-'));
    try {
      writeFileSync(join(dir, 'm.txt'), 'paypa1.com\nmicros0ft-sso-verify.com\n');
      writeFileSync(join(dir, 'b.txt'), 'example.com\nnot a domain!\n');
      const o = { malicious: join(dir, 'm.txt'), benign: join(dir, 'b.txt'), model: false, json: true };
      const tty = fakeIo('', true);
      await runEvalList('domain', o, tty);
      expect(tty.err.replace(/\r\x1b\[K/g, '\n')).toMatch(
        /eval domain: 4 inputs in .*: 1 clean, 1 suspicious, 1 malicious, 1 error\n$/,
      );
      for (const io of [fakeIo('', false), fakeIo('', true)]) {
        await runEvalList('domain', { ...o, quiet: io.isTTY }, io);
        expect(io.err).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
