// `vigil serve` replicas behind Debian's HAProxy on loopback, for the load-balanced end-to-end test
// (test/e2e/replicas.test.ts) and `npm run bench:replicas`. Each replica is the installed command
// (bin/vigil.js, which runs the compiled dist/) in its own process, so killing one is a real crash.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './pg-cluster.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VIGIL_BIN = join(ROOT, 'bin', 'vigil.js');

/** HAProxy's path, or null when it is not installed. */
export function findHaproxy() {
  for (const p of [process.env.VIGIL_HAPROXY, '/usr/sbin/haproxy', '/usr/bin/haproxy']) {
    if (p && spawnSync(p, ['-v'], { stdio: 'ignore' }).status === 0) return p;
  }
  return null;
}

/** `vigil keys create` against `db`; returns the key. */
export function createKey(db, name) {
  const r = spawnSync(process.execPath, [VIGIL_BIN, 'keys', 'create', '--name', name, '--db', db], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vigil keys create failed: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Start `vigil serve --db DB --port 0` and wait until it listens. Returns { url, port, proc, stderr() }.
 * `extra` are more serve arguments (e.g. ['--log-level', 'warn']).
 */
export function startReplica(db, extra = []) {
  const proc = spawn(
    process.execPath,
    [VIGIL_BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--log-level', 'warn', ...extra],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`vigil serve did not start in 60 s: ${err}`)), 60_000);
    const fail = (e) => {
      clearTimeout(timer);
      proc.kill('SIGKILL');
      reject(e);
    };
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], port: Number(m[2]), proc, stderr: () => err });
      }
    });
    proc.on('exit', (code) => fail(new Error(`vigil serve exited (${code}): ${err}`)));
  });
}

/**
 * HAProxy in front of `ports`: round robin, readiness checks on /healthz every 200 ms (a server is
 * out after 2 failures), a request that could not be *sent* to a server (connection refused) is
 * retried on another (`option redispatch`); one that was sent is never retried, since a scan is not
 * idempotent (it stores a verdict). Every answer carries `x-vigil-server: r1|r2|…` (`<NOSRV>` when no
 * server was picked); the log (stdout, best effort) has `<x-test-id> <server> <status>` per request.
 * `serverClose` (default, for the test): one server connection per request; false keeps them alive
 * (production, and the benchmark).
 * Returns { url, proc, lines: string[], stop() }.
 */
export async function startHaproxy(bin, ports, { serverClose = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-haproxy-'));
  const port = await freePort();
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    [
      'global',
      '  log stdout format raw local0',
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  log global',
      '  timeout connect 1s',
      '  timeout client 30s',
      '  timeout server 30s',
      // a busy replica answers /healthz late, not never: only a refused or hung check takes it out
      '  timeout check 5s',
      '  retries 3',
      '  option redispatch',
      // one server connection per request: a server that dies mid-request then gets a 502 that is
      // logged against it; on a reused keep-alive connection HAProxy closes the client's connection
      // without an answer instead (so that a browser may retry), which a test cannot attribute
      ...(serverClose ? ['  option http-server-close'] : []),
      'frontend fe',
      `  bind 127.0.0.1:${port}`,
      '  http-request capture req.hdr(x-test-id) len 40',
      '  log-format "%[capture.req.hdr(0)] %s %ST"',
      // every answer names the server that handled it, HAProxy's own 502/503 included (HAProxy
      // writes its log without blocking and drops lines under load: a header cannot be lost)
      '  http-after-response set-header x-vigil-server %s',
      '  default_backend be',
      'backend be',
      '  balance roundrobin',
      '  option httpchk GET /healthz',
      '  http-check expect status 200',
      '  default-server inter 200ms fall 2 rise 2',
      ...ports.map((p, i) => `  server r${i + 1} 127.0.0.1:${p} check`),
      '',
    ].join('\n'),
  );
  const proc = spawn(bin, ['-f', cfg, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let buf = '';
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (d) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts.filter(Boolean));
  });
  let errText = '';
  proc.stderr.on('data', (d) => (errText += d));
  const url = `http://127.0.0.1:${port}`;
  // ready when it answers and sees every server up
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`haproxy exited: ${errText}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`haproxy did not become ready: ${errText}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    proc,
    lines,
    stop() {
      proc.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
