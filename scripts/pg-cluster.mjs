// A throw-away PostgreSQL server for tests and benchmarks: Debian's `postgresql` package (initdb and
// pg_ctl from /usr/lib/postgresql/<version>/bin), a data folder under the temp dir, listening on
// 127.0.0.1 only, on a free port, trust authentication for the `vigil` role (nothing but this
// machine's loopback can reach it, and it lives only as long as the test).
//
// PostgreSQL refuses to run as root; CI runs as root, so the server then runs as the `postgres`
// user the package creates (or `nobody`), through spawn's uid/gid, and owns its folder.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where initdb and pg_ctl are: $VIGIL_PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function findPgBin(env = process.env) {
  if (env.VIGIL_PG_BIN) return existsSync(join(env.VIGIL_PG_BIN, 'initdb')) ? env.VIGIL_PG_BIN : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function unprivilegedUser() {
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((l) => l.split(':'));
  for (const name of ['postgres', 'nobody']) {
    const row = passwd.find((r) => r[0] === name);
    if (row) return { name, uid: Number(row[2]), gid: Number(row[3]) };
  }
  return null;
}

/** A TCP port nobody listens on right now (the kernel's pick). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function run(bin, args, as, what) {
  const r = spawnSync(bin, args, {
    encoding: 'utf8',
    ...(as ? { uid: as.uid, gid: as.gid } : {}),
    timeout: 120_000,
  });
  if (r.status !== 0) {
    throw new Error(
      `${what} failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr || r.stdout || '').trim().slice(-800)}`,
    );
  }
  return r.stdout;
}

const live = new Set();
process.on('exit', () => {
  for (const stop of live) stop();
});

/**
 * Start a server. `durable: true` keeps PostgreSQL's default fsync settings (benchmarks); tests
 * turn fsync off, since the data is thrown away.
 * Returns { url, port, dir, bin, stop(), createDatabase(name) -> url }.
 */
export async function startPostgres({ durable = false } = {}) {
  const bin = findPgBin();
  if (!bin)
    throw new Error(
      "PostgreSQL's server programs are not installed (initdb not found under /usr/lib/postgresql/*/bin): apt-get install postgresql",
    );
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const as = root ? unprivilegedUser() : null;
  if (root && !as)
    throw new Error('running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as');
  const dir = mkdtempSync(join(tmpdir(), 'vigil-pg-'));
  const data = join(dir, 'data');
  if (as) chownSync(dir, as.uid, as.gid);
  const port = await freePort();
  const stop = () => {
    live.delete(stop);
    if (existsSync(join(data, 'postmaster.pid'))) {
      spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {
        ...(as ? { uid: as.uid, gid: as.gid } : {}),
        stdio: 'ignore',
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'vigil', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      as,
      'initdb',
    );
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
    live.add(stop);
    run(
      join(bin, 'pg_ctl'),
      ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start'],
      as,
      'pg_ctl start',
    );
  } catch (err) {
    stop();
    throw err;
  }
  const url = `postgres://vigil@127.0.0.1:${port}/postgres`;
  const psql = join(bin, 'psql');
  return {
    url,
    port,
    dir,
    bin,
    stop,
    /** A new, empty database on this server; returns its URL. */
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
      run(
        psql,
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'vigil',
          '-d',
          'postgres',
          '-v',
          'ON_ERROR_STOP=1',
          '-qc',
          `CREATE DATABASE ${name}`,
        ],
        null,
        'CREATE DATABASE',
      );
      return `postgres://vigil@127.0.0.1:${port}/${name}`;
    },
  };
}
