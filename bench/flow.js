#!/usr/bin/env node
// Mail flow through Debian's Postfix with and without Vigil, in the same run: messages/s and
// delivery latency (SMTP submission to the file in the Maildir) p50/p99, for
//   plain   Postfix alone (smtpd → queue → virtual → Maildir)
//   after   content_filter: smtpd → queue → vigil filter → smtpd → queue → Maildir
//   before  smtpd_proxy_filter: smtpd ⇄ vigil filter → smtpd → queue → Maildir
// Usage: npm run bench:flow [-- --messages 300 --concurrency 8]
// Needs root and the postfix package (scripts/postfix-harness.mjs starts a private instance on
// loopback) and the compiled package (dist/; `npm run build` first). Vigil runs as `vigil filter`
// in a child process, as in production. Reported, never asserted (DESIGN.md "Performance targets").
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js';
import { freePort, postfixMissing, startPostfix, waitFor } from '../scripts/postfix-harness.mjs';

const args = process.argv.slice(2);
const value = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const N = Number(value('--messages', 300));
const C = Number(value('--concurrency', 8));
const root = fileURLToPath(new URL('..', import.meta.url));

const missing = postfixMissing();
if (missing) {
  console.error(`bench:flow needs Postfix: ${missing}`);
  process.exit(2);
}

// the three example messages (a BEC lure, a credential phish with a hidden injection, a legitimate twin)
const samples = ['legit-invoice-approval.eml', 'bec-wire-transfer.eml', 'credential-phish.eml'].map((f) =>
  readFileSync(join(root, 'examples', f)),
);

function send(port, raw) {
  return new Promise((resolve, reject) => {
    const conn = new SMTPConnection({ host: '127.0.0.1', port, ignoreTLS: true, socketTimeout: 120_000 });
    conn.once('error', reject);
    conn.connect((err) => {
      if (err) return reject(err);
      conn.send({ from: 'bench@sender.example', to: ['bob@vigil.test'] }, raw, (err2, info) => {
        conn.quit();
        if (err2) reject(err2);
        else resolve(info);
      });
    });
  });
}

/** The X-Bench-Id of a delivered file (in its first bytes). */
function benchId(path) {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const m = /X-Bench-Id: (\S+)/.exec(buf.subarray(0, n).toString('latin1'));
    return m ? m[1] : null;
  } finally {
    closeSync(fd);
  }
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function runMode(pf, mode, port) {
  const newDir = join(pf.maildir, 'new');
  const seen = new Set(readdirSync(newDir, { withFileTypes: false }).filter(Boolean));
  const sentAt = new Map();
  const deliveredAt = new Map();
  let done = false;
  // poll the Maildir: a file appears there once delivered (rename from tmp/)
  const poll = (async () => {
    while (!done || deliveredAt.size < sentAt.size) {
      for (const f of readdirSync(newDir)) {
        if (seen.has(f)) continue;
        seen.add(f);
        const id = benchId(join(newDir, f));
        if (id && id.startsWith(`${mode}-`) && !deliveredAt.has(id)) deliveredAt.set(id, performance.now());
      }
      if (done && deliveredAt.size >= sentAt.size) break;
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const t0 = performance.now();
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < N) {
        const i = next++;
        const id = `${mode}-${i}`;
        const raw = Buffer.concat([Buffer.from(`X-Bench-Id: ${id}\r\n`), samples[i % samples.length]]);
        sentAt.set(id, performance.now());
        try {
          await send(port, raw);
        } catch {
          failed++;
          sentAt.delete(id);
        }
      }
    }),
  );
  done = true;
  await waitFor(() => deliveredAt.size >= sentAt.size, {
    tries: 6000,
    everyMs: 20,
    what: `${mode}: all deliveries`,
  });
  await poll;
  const t1 = Math.max(...deliveredAt.values());
  const lat = [...deliveredAt].map(([id, t]) => t - sentAt.get(id));
  return {
    mode,
    messages: deliveredAt.size,
    failed,
    perSec: deliveredAt.size / ((t1 - t0) / 1000),
    p50: pct(lat, 50),
    p99: pct(lat, 99),
  };
}

const filterPort = await freePort();
const proxyPort = await freePort();
const pf = await startPostfix({ filter: filterPort, proxyFilter: proxyPort });
const children = [];
const startVigil = async (listen) => {
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin', 'vigil.js'),
      'filter',
      '--listen',
      `127.0.0.1:${listen}`,
      '--next-hop',
      `127.0.0.1:${pf.ports.reinject}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr.on('data', (d) => process.env.BENCH_FLOW_LOG && process.stderr.write(d));
  children.push(child);
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  await waitFor(() => /listening on/.test(err), { tries: 300, everyMs: 50, what: 'vigil filter to listen' });
  return child;
};
try {
  await startVigil(filterPort);
  await startVigil(proxyPort);
  // warm-up: model loading, Postfix processes
  for (const p of [pf.ports.plain, pf.ports.aq, pf.ports.bq])
    await send(p, Buffer.concat([Buffer.from('X-Bench-Id: warmup\r\n'), samples[0]]));
  await new Promise((r) => setTimeout(r, 2000));
  const rows = [];
  for (const [mode, port] of [
    ['plain', pf.ports.plain],
    ['after', pf.ports.aq],
    ['before', pf.ports.bq],
  ])
    rows.push(await runMode(pf, mode, port));
  const base = rows[0];
  console.log(
    `bench:flow  ${N} messages per mode, ${C} concurrent SMTP clients, one Postfix on loopback, vigil filter in a child process`,
  );
  console.log(
    '| path | messages/s | delivery p50 ms | delivery p99 ms | added p50 ms | added p99 ms | failed |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const name = {
      plain: 'Postfix alone',
      after: 'Postfix + vigil filter (after-queue content_filter)',
      before: 'Postfix + vigil filter (before-queue smtpd_proxy_filter)',
    }[r.mode];
    const added = r === base ? ['–', '–'] : [(r.p50 - base.p50).toFixed(1), (r.p99 - base.p99).toFixed(1)];
    console.log(
      `| ${name} | ${r.perSec.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${added[0]} | ${added[1]} | ${r.failed} |`,
    );
  }
} finally {
  for (const c of children) c.kill('SIGTERM');
  pf.stop();
}
