#!/usr/bin/env node
// Scans/s through HAProxy for 1 and 2 `vigil serve` replicas over one PostgreSQL (issue 16).
// Usage: npm run bench:replicas [-- --duration 10 --connections 16 --replicas 1,2]
// Everything runs on this machine, on loopback: a throw-away PostgreSQL (Debian's package, default
// durability: fsync on), HAProxy (keep-alive to the servers, round robin), N replicas (bin/vigil.js
// serve, real analyzers, one API key, rate limit lifted) and autocannon in this process, all
// competing for the same cores, so the table says what N replicas give on *this* machine.
// Needs dist/ (`npm run build`), postgresql and haproxy. Reported, never asserted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../scripts/pg-cluster.mjs';
import { createKey, findHaproxy, startHaproxy, startReplica } from '../scripts/replica-cluster.mjs';

const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const duration = Number(value('--duration', '10'));
const connections = Number(value('--connections', '16'));
const counts = value('--replicas', '1,2').split(',').map(Number);

// A hand-written credential-phishing message (reserved names only), as in bench/serve.js.
const EML = [
  'From: "Account Security" <security@accounts-verify.example>',
  'Reply-To: helpdesk.recovery@mailbox.test',
  'To: ana.lima@contoso.example',
  'Subject: Action required: verify your account within 24 hours',
  'Date: Sun, 29 Nov 2026 09:14:00 +0000',
  'Message-ID: <20261129091400.4242@accounts-verify.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Dear customer, we noticed unusual sign-in activity. Your account will be suspended',
  'unless you verify your password within 24 hours: http://login.contoso-support.test/verify',
  '',
].join('\r\n');

const haproxy = findHaproxy();
if (!haproxy) {
  console.error('bench:replicas: haproxy is not installed (apt-get install haproxy)');
  process.exit(2);
}
const pg = await startPostgres({ durable: true });
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-replicas-'));
const config = join(dir, 'vigil.json');
writeFileSync(
  config,
  JSON.stringify({ server: { rate_limit_per_minute: 1_000_000_000, retention_days: null } }),
);
const rows = [];
const loadBefore = loadavg()[0];
try {
  for (const n of counts) {
    const db = pg.createDatabase(`bench_${n}`);
    const key = createKey(db, 'bench');
    const replicas = await Promise.all(
      Array.from({ length: n }, () => startReplica(db, ['--config', config])),
    );
    const lb = await startHaproxy(
      haproxy,
      replicas.map((r) => r.port),
      { serverClose: false },
    );
    const request = {
      url: `${lb.url}/v1/scan/email?filename=bench.eml`,
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'message/rfc822' },
      body: EML,
    };
    await autocannon({ ...request, connections, duration: 2 }); // warm-up
    const r = await autocannon({ ...request, connections, duration });
    rows.push({
      n,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      ok: r['2xx'],
      other: r.non2xx + r.errors + r.timeouts,
      codes: JSON.stringify(r.statusCodeStats),
    });
    lb.stop();
    for (const x of replicas) x.proc.kill('SIGTERM');
  }
} finally {
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `bench:replicas  POST /v1/scan/email through HAProxy, ${connections} connections, ${duration} s, ${cpus().length} CPUs, PostgreSQL (fsync on)`,
);
// other work on the machine takes cores from the replicas: say how busy it was
console.log(`  load average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}`);
console.log('| replicas | scans/s | p50 ms | p99 ms | 2xx | other |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(`| ${r.n} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.other} |`);
for (const r of rows) if (r.other) console.log(`  ${r.n} replica(s): status codes ${r.codes}`);
