/**
 * The email worker pool (src/pool): results in input order with bounded work in flight, `--jobs`
 * validation, and — through the built command (bin/vigil.js, so workers and the main thread run the
 * same compiled code) — verdicts from N workers identical to one thread, errors with their codes.
 * The built-command tests need `npx tsc -p tsconfig.build.json`; without dist/ they skip, except
 * under CI (where `npm ci` builds it), where they must run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKAHEAD_WINDOWS, mapOrdered, parseJobs } from '../../src/pool/index.js';
import { eml } from '../helpers/eml.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'vigil.js');
const built = existsSync(join(ROOT, 'dist', 'pool', 'worker.js'));
if (!built && !process.env.CI)
  console.warn('[pool] dist/ not built: built-command tests skipped (npx tsc -p tsconfig.build.json)');

describe('mapOrdered', () => {
  it('hands results over in input order however the work finishes, never more than the window in flight', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    let inFlight = 0;
    let maxInFlight = 0;
    const seen: number[] = [];
    await mapOrdered(
      items,
      6,
      async (x) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // later items finish first: a fixed, reversed delay pattern (no timing is asserted)
        await new Promise((r) => setTimeout(r, (40 - x) % 7));
        inFlight--;
        if (x === 13) throw new Error('thirteen');
        return x * 2;
      },
      (x, r) => {
        seen.push(x);
        if (x === 13) expect(r).toMatchObject({ ok: false });
        else expect(r).toEqual({ ok: true, value: x * 2 });
      },
    );
    expect(seen).toEqual(items);
    expect(maxInFlight).toBe(6);
  });

  it('waits for the consumer: a slow writer holds the work back (no more than the lookahead ahead)', async () => {
    for (const lookahead of [3, 5, undefined]) {
      const bound = lookahead ?? 3 * LOOKAHEAD_WINDOWS;
      let started = 0;
      const startedWhenDone: number[] = [];
      await mapOrdered(
        Array.from({ length: 80 }, (_, i) => i),
        3,
        async (x) => (started++, x),
        async () => {
          startedWhenDone.push(started);
          await new Promise((r) => setTimeout(r, 1));
        },
        lookahead,
      );
      // while item i is written, at most i + 1 + lookahead items have started
      for (const [i, s] of startedWhenDone.entries()) expect(s).toBeLessThanOrEqual(i + 1 + bound);
    }
  });

  it('goes on past a slow item (within the lookahead): one slow message does not idle the others', async () => {
    // item 0 finishes only when item 30 has started: with the old rule (nothing starts until the
    // oldest is handed over) this never happened and the run would hang; no timing is asserted
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    let maxInFlight = 0;
    let inFlight = 0;
    const seen: number[] = [];
    await mapOrdered(
      Array.from({ length: 40 }, (_, i) => i),
      4,
      async (x) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        if (x === 30) release();
        if (x === 0) await slow;
        else await new Promise((r) => setTimeout(r, 0));
        inFlight--;
        return x;
      },
      (x, r) => {
        seen.push(x);
        expect(r).toEqual({ ok: true, value: x });
      },
      32,
    );
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(maxInFlight).toBeLessThanOrEqual(4);
  });

  it('stops starting work when the consumer throws, and reports a synchronous throw as that item failing', async () => {
    let started = 0;
    await expect(
      mapOrdered(
        Array.from({ length: 100 }, (_, i) => i),
        2,
        async (x) => (started++, x),
        (x) => {
          if (x === 5) throw new Error('reader gone');
        },
        4,
      ),
    ).rejects.toThrow('reader gone');
    const after = started;
    await new Promise((r) => setTimeout(r, 5));
    expect(started).toBe(after);
    expect(started).toBeLessThanOrEqual(6 + 4);
    const results: unknown[] = [];
    await mapOrdered(
      [1, 2, 3],
      2,
      (x) => {
        if (x === 2) throw new Error('sync');
        return Promise.resolve(x);
      },
      (_x, r) => void results.push(r.ok ? r.value : (r.error as Error).message),
    );
    expect(results).toEqual([1, 'sync', 3]);
  });
});

describe('--jobs', () => {
  it.each(['1', '2', '16', 256])('accepts %s', (v) => expect(parseJobs(v)).toBe(Number(v)));
  it.each(['0', '-1', '1.5', 'abc', '', '257', '2x'])('rejects %j with E_USAGE', (v) => {
    expect(() => parseJobs(v)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
  it('defaults to the number of cores', () => expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1));
});

describe.skipIf(!built && !process.env.CI)('vigil scan --jobs (built command, worker threads)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-pool-'));
    // a generous time budget: on a loaded test machine a 2 s limit could cut one run and not the other
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ limits: { time_ms: 600_000 } }));
    const msgs: [string, Buffer][] = [
      ['01-clean.eml', eml({ subject: 'Team lunch on Friday', text: 'See you at noon.' })],
      [
        '02-phish.eml',
        eml({
          from: '"Account Security" <security@accounts-verify.example>',
          subject: 'Action required: verify your account within 24 hours',
          html: '<p>Your account will be suspended unless you verify your password.</p><a href="http://login.contoso-support.test/verify">https://accounts.contoso.example/security</a>',
        }),
      ],
      ['03-not-email.eml', Buffer.from('just some prose, no header block at all\n')],
      ['04-empty.eml', Buffer.alloc(0)],
      // an mbox mailbox among the files: its messages are scanned in order, between the others
      [
        '06-mailbox.eml',
        Buffer.concat([
          Buffer.from('From alice@example.com Thu Dec  3 09:00:00 2026\n'),
          eml({ subject: 'first of the mailbox', eol: '\n' }),
          Buffer.from('\nFrom bob@example.com Thu Dec  3 09:05:00 2026\n'),
          eml({ subject: 'second of the mailbox', eol: '\n' }),
        ]),
      ],
      [
        '05-wire.eml',
        eml({
          from: '"Ines Moreau" <ines.moreau.cfo@gmail.com>',
          replyTo: 'ines.m@outlook.com',
          subject: 'Urgent payment',
          text: 'Please process a wire transfer today to the new supplier account, it is urgent and confidential.',
        }),
      ],
    ];
    for (let i = 0; i < 4; i++) for (const [name, raw] of msgs) writeFileSync(join(dir, `${i}-${name}`), raw);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const scan = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'scan', '--json', '--config', join(dir, 'config.json'), ...args, dir],
      { encoding: 'utf8', cwd: ROOT },
    );
    return {
      code: r.status,
      out: r.stdout.replace(/"elapsed_ms":[0-9.e+-]+/g, '"elapsed_ms":0'),
      err: r.stderr,
    };
  };

  it('gives, with 3 workers, the verdicts one thread gives: same bytes, same order, same errors and exit code', () => {
    const one = scan('--jobs', '1');
    const three = scan('--jobs', '3');
    expect(one.out.trim().split('\n')).toHaveLength(20); // 24 files: 8 cannot be analysed, 4 mailboxes of 2
    expect(one.out).toContain('second of the mailbox');
    expect(three.out).toBe(one.out);
    expect(three.err).toBe(one.err);
    expect(three.code).toBe(one.code);
    expect(one.code).toBe(2);
    // the errors keep their codes across the thread boundary
    expect(three.err).toContain('E_NOT_EMAIL');
    expect(three.err).toContain('E_EMPTY_INPUT');
    const targets = three.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).target as string);
    expect(targets).toEqual([...targets].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('rejects --jobs 0 as a usage error', () => {
    const r = scan('--jobs', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('E_USAGE');
  });
});

describe.skipIf(!built && !process.env.CI)('createEmailPool (built module, worker threads)', () => {
  it('runs N workers whose verdicts and errors equal the in-thread scan', async () => {
    const { createEmailPool } = await import(join(ROOT, 'dist', 'pool', 'index.js'));
    const { resolveConfig } = await import(join(ROOT, 'dist', 'config', 'index.js'));
    const config = resolveConfig({ limits: { time_ms: 600_000 } });
    const pool = createEmailPool({ config, mode: 'scan' }, 2);
    const here = createEmailPool({ config, mode: 'scan' }, 1);
    expect(pool.workers).toBe(2);
    expect(here.workers).toBe(0);
    try {
      const raw = eml({
        subject: 'Verify your password within 24 hours',
        text: 'Your mailbox will be suspended. Verify now: http://192.0.2.7/login',
      });
      const strip = (v: { elapsed_ms: number }) => JSON.stringify({ ...v, elapsed_ms: 0 });
      const [a, b] = await Promise.all([pool.scan(raw, 'x.eml'), here.scan(raw, 'x.eml')]);
      expect(strip(a.verdict)).toBe(strip(b.verdict));
      const failures = await Promise.allSettled([
        pool.scan(Buffer.from('prose, no headers\n'), 'p.eml'),
        here.scan(Buffer.from('prose, no headers\n'), 'p.eml'),
      ]);
      const [e1, e2] = failures.map((f) => (f as PromiseRejectedResult).reason);
      expect(e1.code).toBe('E_NOT_EMAIL');
      expect(e1.name).toBe('VigilError');
      expect(e1.message).toBe(e2.message);
    } finally {
      await pool.close();
    }
    await expect(pool.scan(Buffer.from('x'), 'after-close.eml')).rejects.toMatchObject({
      code: 'E_INTERNAL',
    });
  });

  it('keeps a second message queued in each worker, scanned after the first, in order', async () => {
    const { createEmailPool, WORKER_DEPTH } = await import(join(ROOT, 'dist', 'pool', 'index.js'));
    const { resolveConfig } = await import(join(ROOT, 'dist', 'config', 'index.js'));
    const config = resolveConfig({ limits: { time_ms: 600_000 } });
    const pool = createEmailPool({ config, mode: 'scan' }, 2);
    const here = createEmailPool({ config, mode: 'scan' }, 1);
    try {
      const raws = Array.from({ length: 8 }, (_, i) =>
        eml({ subject: `Invoice ${i}`, text: `Please pay invoice ${i} today: http://192.0.2.${i + 1}/pay` }),
      );
      const strip = (v: { elapsed_ms: number }) => JSON.stringify({ ...v, elapsed_ms: 0 });
      const pooled = await Promise.all(raws.map((r, i) => pool.scan(r, `m${i}.eml`)));
      expect(WORKER_DEPTH).toBe(2);
      expect(pool.peakDepth).toBe(2);
      for (const [i, r] of raws.entries())
        expect(strip(pooled[i]!.verdict)).toBe(strip((await here.scan(r, `m${i}.eml`)).verdict));
    } finally {
      await pool.close();
    }
  });
});

describe.skipIf(!built && !process.env.CI)('vigil serve --jobs (built command, worker threads)', () => {
  it('answers POST /v1/scan/email from the workers with the verdict `vigil scan` gives', async () => {
    const { spawn } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pool-serve-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ limits: { time_ms: 600_000 } }));
    const raw = eml({
      from: '"Ines Moreau" <ines.moreau.cfo@gmail.com>',
      replyTo: 'ines.m@outlook.com',
      subject: 'Urgent payment',
      text: 'Please process a wire transfer today to the new supplier account, it is urgent and confidential.',
    });
    writeFileSync(join(dir, 'm.eml'), raw);
    const child = spawn(
      process.execPath,
      [
        BIN,
        'serve',
        '--port',
        '0',
        '--insecure-no-auth',
        '--log-level',
        'silent',
        '--jobs',
        '2',
        '--db',
        join(dir, 'v.db'),
        '--config',
        join(dir, 'config.json'),
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    try {
      let err = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (d) => {
          err += d;
          const m = /listening on (http:\/\/[^/\s]+)\/[^]*worker threads/.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          fetch(`${url}/v1/scan/email?filename=m.eml`, {
            method: 'POST',
            headers: { 'content-type': 'message/rfc822' },
            body: new Uint8Array(raw),
          }).then(async (r) => ({ status: r.status, body: await r.json() })),
        ),
      );
      const cli = spawnSync(
        process.execPath,
        [BIN, 'scan', '--json', '--jobs', '1', '--config', join(dir, 'config.json'), join(dir, 'm.eml')],
        { encoding: 'utf8', cwd: ROOT },
      );
      const want = JSON.parse(cli.stdout);
      for (const a of answers) {
        expect(a.status).toBe(200);
        const got = a.body;
        for (const k of ['verdict', 'score', 'categories', 'signals', 'model', 'skipped'] as const)
          expect(got[k]).toStrictEqual(want[k]);
      }
      expect(want.verdict).toBe('malicious');
      expect(err).toContain('email scans on 2 worker threads');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!built && !process.env.CI)('vigil eval email --jobs (built command, worker threads)', () => {
  it('measures the same scores with 2 workers as with one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pool-eval-'));
    try {
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ limits: { time_ms: 600_000 } }));
      for (const side of ['malicious', 'benign']) spawnSync('mkdir', ['-p', join(dir, side)]);
      for (let i = 0; i < 6; i++) {
        writeFileSync(
          join(dir, 'malicious', `m${i}.eml`),
          eml({
            from: `"Ines Moreau" <ines.moreau${i}@gmail.com>`,
            replyTo: 'ines.m@outlook.com',
            subject: `Urgent payment ${i}`,
            text: 'Please process a wire transfer today to the new supplier account, it is urgent and confidential.',
          }),
        );
        writeFileSync(
          join(dir, 'benign', `b${i}.eml`),
          eml({
            subject: `Minutes of meeting ${i}`,
            text: `Attached are the notes from meeting ${i}. See you next week.`,
          }),
        );
      }
      writeFileSync(join(dir, 'benign', 'broken.eml'), Buffer.from('no header block here\n'));
      const run = (jobs: string) => {
        const scores = join(dir, `scores-${jobs}.csv`);
        const r = spawnSync(
          process.execPath,
          [
            BIN,
            'eval',
            'email',
            '--json',
            '--quiet',
            '--jobs',
            jobs,
            '--config',
            join(dir, 'config.json'),
            '--scores',
            scores,
            '--malicious',
            join(dir, 'malicious'),
            '--benign',
            join(dir, 'benign'),
          ],
          { encoding: 'utf8', cwd: ROOT },
        );
        const j = JSON.parse(r.stdout);
        delete j.messages_per_second;
        return { code: r.status, json: j, err: r.stderr, csv: readFileSync(scores, 'utf8') };
      };
      const one = run('1');
      const two = run('2');
      expect(one.json.n_malicious).toBe(6);
      expect(one.json.errors).toBe(1);
      expect(two).toStrictEqual(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
