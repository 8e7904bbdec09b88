#!/usr/bin/env node
// HTTP throughput of `POST /v1/scan/email` on loopback: requests/s and p50/p99 latency.
// Usage: npm run bench:serve [-- --duration 10 --connections 16 --file some.eml] [--stub-analyzer]
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
  const { buildApp, createApiKey, defaultScanners } = await import('vigil/server');
  const { SqliteStore } = await import('vigil/store');
  const { defaultConfig } = await import('vigil');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const store = new SqliteStore({ path: join(dir, 'vigil.db') });
  const { key } = await createApiKey(store, 'bench');
  const config = defaultConfig();
  const stub = args.includes('--stub-analyzer');
  const fixed = {
    schema: 'vigil.verdict/1', kind: 'email', target: 'bench.eml', verdict: 'malicious', score: 0.97,
    categories: ['phishing'], signals: [], model: null, skipped: [], input: { subject: 'bench' }, elapsed_ms: 0,
  };
  const scanners = stub
    ? { email: async () => fixed, url: () => fixed, domain: () => fixed, ready: async () => {} }
    : defaultScanners(config);
  await scanners.ready();
  const app = await buildApp(config, { store, scanners, rateLimitPerMinute: 1e9, logger: false, webRoot: null });
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
  const childArgs = [fileURLToPath(import.meta.url), '--server', ...(stub ? ['--stub-analyzer'] : [])];
  // the server gets one core (DESIGN.md measures on one core); autocannon runs in this process
  const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));
  const child = taskset
    ? spawn(taskset, ['-c', '0', process.execPath, ...childArgs], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, childArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
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
  const r = await autocannon({ ...request, connections, duration });
  child.kill('SIGTERM');

  const ok = r['2xx'];
  const other = r.non2xx + r.errors + r.timeouts;
  console.log(
    `bench:serve  POST /v1/scan/email  ${body.length} B message, ${connections} connections, ${duration} s, loopback` +
      (stub ? '  [STUB ANALYZER: service overhead only]' : '  [real analyzers]') +
      (taskset ? '  server pinned to CPU 0' : ''),
  );
  console.log(`  requests/s  mean ${r.requests.average.toFixed(0)}  (min ${r.requests.min}, max ${r.requests.max})`);
  console.log(`  latency ms  p50 ${r.latency.p50}  p90 ${r.latency.p90}  p99 ${r.latency.p99}  max ${r.latency.max}`);
  console.log(`  responses   2xx ${ok}  other ${other} (non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts})`);
  console.log('  target (DESIGN.md): >= 1,000 req/s, p99 < 50 ms on one core');
  if (ok === 0) {
    console.error('bench:serve: no request succeeded; check the analyzers load (`vigil scan` on a message)');
    process.exit(1);
  }
}
