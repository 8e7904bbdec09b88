/**
 * `vigil serve`: the HTTP API and dashboard. Refuses to start without an API key unless
 * `--insecure-no-auth` is given explicitly. Returns the exit code once the server has closed
 * (SIGINT/SIGTERM, or `control.signal` in tests).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { LOG_LEVELS, loadConfig, type VigilConfig } from '../config/index.js';
import { isVigilError } from '../core/index.js';
import { DEFAULT_RETENTION_DAYS, buildApp } from '../server/index.js';
import { createVigil, type Vigil, type VigilScanOptions } from '../vigil.js';
import { describeStore, openStore, storeLocation, type Store, type StoreLocation } from '../store/index.js';
import type { CliIo } from './io.js';
import { createEmailPool, parseJobs, type EmailPool } from '../pool/index.js';

const WARM_UP_EMAIL = new TextEncoder().encode(
  'From: a@example.com\r\nTo: b@example.com\r\nSubject: warm-up\r\n\r\nHello.\r\n',
);

export interface ServeOptions {
  port?: number | string;
  host?: string;
  db?: string;
  config?: string;
  keepRaw?: boolean;
  keepEvidence?: boolean;
  /** Days to keep verdicts and feedback, or "never". */
  retentionDays?: string | number;
  logLevel?: string;
  insecureNoAuth?: boolean;
  /** `--jobs N`: worker threads for email scans (default: the number of cores; 1: in this thread). */
  jobs?: string | number;
}

export interface ServeControl {
  /** Abort to stop the server (tests); otherwise SIGINT/SIGTERM stop it. */
  signal?: AbortSignal;
  /** Called with the base URL once listening. */
  onListening?: (url: string) => void;
  /** Replace the runtime (tests: one with fake analyzers). */
  vigil?: Vigil;
  /** fastify logger option; default: JSON request logs on stdout at --log-level (default info). */
  logger?: FastifyServerOptions['logger'];
  webRoot?: string | null;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

function fail(io: CliIo, message: string): number {
  io.stderr(`vigil serve: ${message}\n`);
  return 2;
}

export async function runServe(opts: ServeOptions, io: CliIo, control: ServeControl = {}): Promise<number> {
  let pool: EmailPool | null = null;
  const port = opts.port === undefined ? DEFAULT_PORT : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return fail(io, `--port must be 0-65535, got ${String(opts.port)} (E_USAGE)`);
  const host = opts.host ?? DEFAULT_HOST;
  // postgres://… is a database server, never a file path (src/store/open.ts)
  let where: StoreLocation;
  try {
    where = storeLocation(opts.db, control.env);
  } catch (err) {
    return fail(io, (err as Error).message);
  }
  const dbPath = describeStore(where);

  let config: VigilConfig;
  try {
    config = loadConfig(opts.config);
  } catch (err) {
    return fail(io, (err as Error).message);
  }
  let retentionDays: number | null =
    config.server.retentionDays === undefined ? DEFAULT_RETENTION_DAYS : config.server.retentionDays;
  if (opts.retentionDays !== undefined) {
    const text = String(opts.retentionDays);
    if (text === 'never') retentionDays = null;
    else if (/^[1-9]\d{0,4}$/.test(text)) retentionDays = Number(text);
    else
      return fail(
        io,
        `--retention-days must be a whole number of days (1-99999) or "never", got ${text} (E_USAGE)`,
      );
  }
  const logLevel = opts.logLevel ?? config.server.logLevel ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    return fail(io, `--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${logLevel} (E_USAGE)`);
  }
  const keepRaw = opts.keepRaw === true || config.server.keepRaw === true;
  const keepEvidence = opts.keepEvidence === true || config.server.keepEvidence === true;

  // models load and indexes are built now, so a broken model fails the start, not the first request
  let vigil: Vigil;
  try {
    vigil = control.vigil ?? createVigil(config);
  } catch (err) {
    return fail(io, (err as Error).message);
  }
  let store: Store;
  try {
    store = await openStore(opts.db, { env: control.env, kinds: vigil.kinds });
  } catch (err) {
    return fail(io, (err as Error).message);
  }
  const insecureNoAuth = opts.insecureNoAuth === true;
  try {
    if (!insecureNoAuth && (await store.countActiveKeys()) === 0) {
      await store.close();
      const dbArg = opts.db ? ` --db ${where.engine === 'postgres' ? `'${dbPath}'` : opts.db}` : '';
      return fail(
        io,
        `no API key exists in ${dbPath}, so nobody could use the API.\n` +
          `  Create one:  vigil keys create --name analyst${dbArg}\n` +
          '  (or, for local experiments only, start with --insecure-no-auth) (E_AUTH)',
      );
    }
    if (insecureNoAuth) {
      io.stderr(
        LOOPBACK.test(host)
          ? 'vigil serve: WARNING: --insecure-no-auth: every route is open to anyone who can reach this port\n'
          : `vigil serve: WARNING: --insecure-no-auth on ${host}: the API is open to the network; anyone who reaches it can scan and read history\n`,
      );
    }

    // email scans on every core: the API and the verdicts are the same, the analysis runs in workers
    // (an email scan with options beyond the target, e.g. live auth checks, stays in this thread)
    const jobs = parseJobs(opts.jobs);
    if (!control.vigil && jobs > 1) {
      const p = (pool = createEmailPool({ config, mode: 'scan' }, jobs));
      await Promise.all(Array.from({ length: jobs }, () => p.scan(WARM_UP_EMAIL, 'warm-up.eml')));
      const inThread = vigil;
      const onPool = (kind: string, input: Uint8Array | string, o?: VigilScanOptions) =>
        kind === 'email' && typeof input !== 'string' && Object.keys(o ?? {}).every((k) => k === 'target')
          ? p.scan(input, o?.target).then((r) => r.verdict)
          : null;
      vigil = {
        ...inThread,
        inputOf: (kind) => inThread.inputOf(kind),
        scan: (kind, input, o) => onPool(kind, input, o) ?? inThread.scan(kind, input, o),
        analyze: (kind, input, o) => onPool(kind, input, o) ?? inThread.analyze(kind, input, o),
      };
    }

    const app = await buildApp(config, {
      store,
      vigil,
      insecureNoAuth,
      keepRaw,
      keepEvidence,
      retentionDays,
      configFile: opts.config
        ? {
            path: resolve(opts.config),
            sha256: createHash('sha256').update(readFileSync(opts.config)).digest('hex'),
          }
        : null,
      logger: control.logger ?? { level: logLevel, stream: { write: (s: string) => io.stdout(s) } },
      ...(control.webRoot !== undefined ? { webRoot: control.webRoot } : {}),
    });

    const closed = new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void app.close().then(resolve, resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (control.signal) {
        if (control.signal.aborted) stop();
        else control.signal.addEventListener('abort', stop, { once: true });
      }
    });

    await app.listen({ port, host });
    const addr = app.server.address();
    const actualPort = typeof addr === 'object' && addr ? addr.port : port;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    const url = `http://${urlHost}:${actualPort}`;
    io.stderr(
      `vigil serve: listening on ${url}/  (dashboard: ${url}/, API: ${url}/v1, OpenAPI: ${url}/v1/openapi.json)\n` +
        `vigil serve: config ${opts.config ? resolve(opts.config) : 'none (no organization, VIPs or partners: their checks are off)'}\n` +
        `vigil serve: database ${dbPath}; raw messages ${keepRaw ? 'ARE kept (--keep-raw)' : 'are not kept'}; ` +
        `evidence text ${keepEvidence ? 'IS kept (--keep-evidence)' : 'is not kept'}; ` +
        `verdicts and feedback ${retentionDays === null ? 'are kept forever' : `are purged after ${retentionDays} days`}\n`,
    );
    if (pool) io.stderr(`vigil serve: email scans on ${pool.workers} worker threads (--jobs)\n`);
    control.onListening?.(url);
    await closed;
    return 0;
  } catch (err) {
    return fail(io, isVigilError(err) ? err.message : `could not start: ${(err as Error).message}`);
  } finally {
    await pool?.close();
    await store.close();
  }
}
