#!/usr/bin/env node
// HTTP throughput of `POST /v1/scan/email` on loopback: requests/s and p50/p99 latency, with the
// email scans on one core (--jobs 1) and on all cores (--jobs N, the worker pool `vigil serve` uses),
// each at full load (capacity: as many requests as it answers) and at half of that capacity
// (autocannon's overallRate), where the latency a sized deployment sees is read.
// Usage: npm run bench:serve [-- --duration 10 --connections 16 --file some.eml --jobs N] [--stub-analyzer]
// --stub-analyzer replaces the analyzers with one that returns a fixed verdict: it measures what the
// service itself costs (HTTP, auth, rate limit, SQLite insert, JSON), apart from the analysis.
// The server runs in a child process (the compiled package, dist/; `npm run build` first), with the
// real analyzers, a temporary SQLite database, one API key and the rate limit lifted; autocannon
// drives it from this process. Reported, never asserted (DESIGN.md "Performance targets").
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const root = fileURLToPath(new URL('..', import.meta.url));

// A hand-written credential-phishing message (reserved names only), about 1.5 KB.
const EML = [
  'From: "Account Security" <security@accounts-verify.example>',
  'Reply-To: helpdesk.recovery@mailbox.test',
  'To: ana.lima@contoso.example',
  'Subject: Action required: verify your account within 24 hours',
  'Date: Sun, 29 Nov 2026 09:14:00 +0000',
  'Message-ID: <20261129091400.4242@accounts-verify.example>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer, we noticed unusual sign-in activity. Your account will be suspended',
  'unless you verify your password within 24 hours: http://login.contoso-support.test/verify',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><p>Dear customer,</p>',
  '<p>We noticed unusual sign-in activity. Your account will be <b>suspended</b> unless you',
  'verify your password within 24 hours.</p>',
  '<p><a href="http://login.contoso-support.test/verify?u=ana">https://accounts.contoso.example/security</a></p>',
  '<p>Security Team</p></body></html>',
  '',
  '--b1--',
  '',
].join('\r\n');

if (args.includes('--server')) {
  // child: build the app from dist/ and listen on a random loopback port
  // the package's public entries: 'vigil' (dist/index.js), 'vigil/server', 'vigil/store'
  const { buildApp, createApiKey } = await import('vigil/server');
  const { SqliteStore } = await import('vigil/store');
  const { defaultConfig, createVigil, createEmailPool } = await import('vigil');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const store = new SqliteStore({ path: join(dir, 'vigil.db') });
  const { key } = await createApiKey(store, 'bench');
  const config = defaultConfig();
  const stub = args.includes('--stub-analyzer');
  const fixed = {
    schema: 'vigil.verdict/1',
    kind: 'email',
    target: 'bench.eml',
    verdict: 'malicious',
    score: 0.97,
    categories: ['phishing'],
    signals: [],
    model: null,
    skipped: [],
    input: { subject: 'bench' },
    elapsed_ms: 0,
  };
  // the runtime `vigil serve` builds (src/cli/serve.ts): models loaded, indexes built, once
  let vigil = createVigil(config);
  if (stub)
    vigil = { ...vigil, inputOf: (k) => vigil.inputOf(k), scan: async () => fixed, analyze: () => fixed };
  const jobs = Number(value('--jobs', '1'));
  if (!stub && jobs > 1) {
    // as `vigil serve --jobs N` does: email scans in N worker threads, the rest in this thread
    const pool = createEmailPool({ config, mode: 'scan' }, jobs);
    await Promise.all(Array.from({ length: jobs }, () => pool.scan(Buffer.from(EML), 'warm-up.eml')));
    const inThread = vigil;
    const onPool = (kind, input, o) =>
      kind === 'email' && typeof input !== 'string' && Object.keys(o ?? {}).every((k) => k === 'target')
        ? pool.scan(input, o?.target).then((r) => r.verdict)
        : null;
    vigil = {
      ...inThread,
      inputOf: (k) => inThread.inputOf(k),
      scan: (kind, input, o) => onPool(kind, input, o) ?? inThread.scan(kind, input, o),
      analyze: (kind, input, o) => onPool(kind, input, o) ?? inThread.analyze(kind, input, o),
    };
  } else if (!stub) await vigil.scan('email', Buffer.from(EML), { target: 'warm-up.eml' });
  const app = await buildApp(config, {
    store,
    vigil,
    rateLimitPerMinute: 1e9,
    logger: false,
    webRoot: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, key })}\n`);
  const stop = async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  if (!existsSync(join(root, 'dist', 'server', 'index.js'))) {
    console.error('bench:serve: dist/ is missing; run `npm run build` first');
    process.exit(2);
  }
  const duration = Number(value('--duration', '10'));
  const connections = Number(value('--connections', '16'));
  const file = value('--file');
  const body = file ? readFileSync(file) : Buffer.from(EML);
  const { default: autocannon } = await import('autocannon');

  const stub = args.includes('--stub-analyzer');
  const { availableParallelism, loadavg } = await import('node:os');
  const cores = availableParallelism();
  const jobsAll = Number(value('--jobs', String(cores)));
  const { onCpus, otherCpus, pinSelf } = await import('../scripts/one-core.mjs');
  console.log(
    `bench:serve  POST /v1/scan/email  ${body.length} B message, ${connections} connections, ${duration} s per phase, loopback` +
      (stub ? '  [STUB ANALYZER: service overhead only]' : '  [real analyzers]') +
      `  ${cores} cores, load average ${loadavg()[0].toFixed(1)} (other jobs on this machine lower every rate)`,
  );
  console.log('  jobs  load        req/s   p50 ms   p99 ms   2xx      other');
  const summary = [];
  for (const jobs of stub ? [1] : jobsAll > 1 ? [1, jobsAll] : [1]) {
    const childArgs = [
      fileURLToPath(import.meta.url),
      '--server',
      '--jobs',
      String(jobs),
      ...(stub ? ['--stub-analyzer'] : []),
    ];
    // jobs 1: the server on one core; jobs N: on N cores (autocannon runs in this process)
    const cpus = Array.from({ length: Math.min(jobs, cores) }, (_, i) => i).join(',');
    // (taskset; without it "not pinned" is printed and the server may use every core)
    const pin = onCpus([process.execPath, ...childArgs], cpus);
    const child = spawn(pin.argv[0], pin.argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    // the load generator (autocannon, this process) off the server's CPUs when there are others:
    // sharing CPU 0 with a one-core server it took half of that core (171 against 400 req/s)
    const rest = pin.pinned && jobs === 1 ? otherCpus(cores, 0) : null;
    let driver = 'not pinned, shares the server CPUs';
    if (rest && pinSelf(rest)) driver = `CPU ${rest}`;
    else pinSelf(`0-${cores - 1}`);
    console.log(`  (server --jobs ${jobs}: ${pin.note}; load generator: ${driver})`);
    const { url, key } = await new Promise((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d) => {
        buf += d;
        const line = buf.split('\n')[0];
        if (buf.includes('\n')) resolve(JSON.parse(line));
      });
      child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const request = {
      url: `${url}/v1/scan/email?filename=bench.eml`,
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'message/rfc822' },
      body,
    };
    // warm-up: models loaded, JIT warm, SQLite pages cached
    await autocannon({ ...request, connections, duration: 2 });
    const full = await autocannon({ ...request, connections, duration });
    const capacity = full.requests.average;
    const half = await autocannon({
      ...request,
      connections,
      duration,
      overallRate: Math.max(1, Math.round(capacity / 2)),
    });
    child.kill('SIGTERM');
    for (const [name, r] of [
      ['100 %', full],
      ['50 %', half],
    ]) {
      const other = r.non2xx + r.errors + r.timeouts;
      console.log(
        `  ${String(jobs).padStart(4)}  ${name.padEnd(6)} ${r.requests.average.toFixed(0).padStart(9)}  ${String(r.latency.p50).padStart(7)}  ${String(r.latency.p99).padStart(7)}  ${String(r['2xx']).padStart(5)}  ${String(other).padStart(9)}`,
      );
      summary.push({
        jobs,
        load: name,
        req_per_s: Math.round(r.requests.average),
        p50_ms: r.latency.p50,
        p99_ms: r.latency.p99,
        ok: r['2xx'],
        other,
        server_cpus: pin.note,
        load_generator_cpus: driver,
      });
    }
    if (full['2xx'] === 0) {
      console.error(
        'bench:serve: no request succeeded; check the analyzers load (`vigil scan` on a message)',
      );
      process.exit(1);
    }
  }
  if (summary.length > 2)
    console.log(
      `  --jobs ${jobsAll} / --jobs 1 at full load: ${(summary[2].req_per_s / summary[0].req_per_s).toFixed(2)}×`,
    );
  console.log(
    '  targets (issue 13): >= 0.8 x cores x per-core email rate (bench:email); p99 < 50 ms at half load',
  );
  console.log(
    JSON.stringify({
      bench: 'serve',
      bytes: body.length,
      connections,
      duration,
      stub,
      cores,
      rows: summary,
      node: process.version,
    }),
  );
}
