/**
 * `vigil filter --listen HOST:PORT --next-hop HOST:PORT [--config FILE]`: the SMTP content filter
 * for Postfix (README "Mail flow"). Runs until SIGINT or SIGTERM; logs one line per message on
 * stderr. Returns the exit code: 0 after a clean stop, 2 for a usage or config error.
 */
import { isIP } from 'node:net';
import { loadConfig } from '../config/index.js';
import { startFilter, type FilterHandle, type HostPort } from '../flow/index.js';
import type { CliIo } from './io.js';
import { escapeControl } from './print.js';

export interface FilterCliOptions {
  listen?: string;
  nextHop?: string;
  config?: string;
  /** false with --no-model: rules only. */
  model?: boolean;
}

/** `HOST:PORT`, `[v6]:PORT`; the port 1–65535 (0 for --listen: any free port, printed). */
export function parseHostPort(s: string, what: string, allowZero = false): HostPort {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:\s]+):(\d+)$/.exec(s);
  const port = m ? Number(m[2]) : NaN;
  if (
    !m ||
    !Number.isInteger(port) ||
    port > 65535 ||
    (port === 0 && !allowZero) ||
    (!isIP(m[1]!) && !/^[A-Za-z0-9.-]+$/.test(m[1]!))
  ) {
    throw new Error(`${what} must be HOST:PORT (e.g. 127.0.0.1:10025), not ${JSON.stringify(s)} (E_USAGE)`);
  }
  return { host: m[1]!, port };
}

/** Starts the filter; the caller stops it with `close()` (tests) or a signal (`runFilter`). */
export async function startFilterCli(opts: FilterCliOptions, io: CliIo): Promise<FilterHandle | number> {
  let listen: HostPort, nextHop: HostPort;
  try {
    if (!opts.listen || !opts.nextHop)
      throw new Error('filter needs --listen HOST:PORT and --next-hop HOST:PORT (E_USAGE)');
    listen = parseHostPort(opts.listen, '--listen', true);
    nextHop = parseHostPort(opts.nextHop, '--next-hop');
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(opts.config);
  } catch (err) {
    io.stderr(`vigil: ${escapeControl((err as Error).message)}\n`);
    return 2;
  }
  try {
    const handle = await startFilter({
      listen,
      nextHop,
      config,
      model: opts.model !== false,
      log: (line) => io.stderr(`${escapeControl(line)}\n`),
    });
    io.stderr(
      `vigil filter: listening on ${handle.address.host}:${handle.address.port}, next hop ${nextHop.host}:${nextHop.port}\n`,
    );
    return handle;
  } catch (err) {
    io.stderr(
      `vigil: cannot listen on ${escapeControl(opts.listen)}: ${escapeControl((err as NodeJS.ErrnoException).code ?? (err as Error).message)} (E_USAGE)\n`,
    );
    return 2;
  }
}

export async function runFilter(opts: FilterCliOptions, io: CliIo): Promise<number> {
  const handle = await startFilterCli(opts, io);
  if (typeof handle === 'number') return handle;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await handle.close();
  io.stderr(
    `vigil filter: stopped (${Object.entries(handle.stats)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')})\n`,
  );
  return 0;
}
