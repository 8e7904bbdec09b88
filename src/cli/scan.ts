/**
 * `vigil scan`: verdicts for files, directories (every *.eml below), stdin (`-`), URLs or domains.
 * Returns the exit code: 0 all clean, 1 any suspicious or malicious, 2 a usage error or an input
 * that could not be analysed (named on stderr; the other inputs are still scanned).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isVigilError, VigilError, type Verdict } from '../core/index.js';
import { loadConfig } from '../config/index.js';
import { createScanner } from '../scanner.js';
import type { CliIo } from './io.js';
import { formatVerdict } from './print.js';

export interface ScanOptions {
  config?: string;
  json?: boolean;
  kind?: string;
  /** false with --no-model: rules only. */
  model?: boolean;
  verifyAuth?: boolean;
  clientIp?: string;
  helo?: string;
  mailFrom?: string;
}

const KINDS = ['email', 'url', 'domain'] as const;
type Kind = (typeof KINDS)[number];

/** Every *.eml under a directory, sorted, symlinks followed, bounded depth. */
export async function listEml(dir: string, depth = 0): Promise<string[]> {
  if (depth > 32) return [];
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const s = await stat(p).catch(() => null);
      isDir = Boolean(s?.isDirectory());
      isFile = Boolean(s?.isFile());
    }
    if (isDir) out.push(...(await listEml(p, depth + 1)));
    else if (isFile && /\.eml$/i.test(e.name)) out.push(p);
  }
  return out;
}

export async function runScan(inputs: string[], opts: ScanOptions, io: CliIo): Promise<number> {
  const kind = (opts.kind ?? 'email') as Kind;
  if (!KINDS.includes(kind)) {
    io.stderr(`vigil: --kind must be one of ${KINDS.join(', ')} (E_USAGE)\n`);
    return 2;
  }
  if (!inputs.length) {
    io.stderr('vigil: scan needs at least one input (a file, a directory, - for stdin, or URLs/domains with --kind) (E_USAGE)\n');
    return 2;
  }
  if (opts.verifyAuth && !opts.clientIp) {
    io.stderr('vigil: --verify-auth needs --client-ip (the connecting IP the MTA saw) (E_USAGE)\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig(opts.config);
  } catch (err) {
    io.stderr(`vigil: ${(err as Error).message}\n`);
    return 2;
  }
  const scanner = createScanner(config, {
    model: opts.model !== false,
    ...(opts.verifyAuth && opts.clientIp
      ? { verifyAuth: { ip: opts.clientIp, ...(opts.helo ? { helo: opts.helo } : {}), ...(opts.mailFrom ? { mailFrom: opts.mailFrom } : {}) } }
      : {}),
  });

  let worst = 0;
  let failed = false;
  const emit = (v: Verdict) => {
    if (v.verdict !== 'clean') worst = 1;
    io.stdout(opts.json ? `${JSON.stringify(v)}\n` : formatVerdict(v, { color: io.isTTY }));
  };
  const fail = (what: string, err: unknown) => {
    failed = true;
    const msg = isVigilError(err) ? err.message : `${(err as Error).message} (E_INTERNAL)`;
    io.stderr(`vigil: ${what}: ${msg}\n`);
  };

  if (kind !== 'email') {
    let items = inputs;
    if (inputs.includes('-')) {
      const lines = (await io.readStdin()).toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      items = inputs.flatMap((i) => (i === '-' ? lines : [i]));
    }
    for (const item of items) {
      try {
        emit(kind === 'url' ? scanner.url(item) : scanner.domain(item));
      } catch (err) {
        fail(item, err);
      }
    }
    return failed ? 2 : worst;
  }

  // expand directories first so output order is input order, files sorted within a directory
  const targets: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      targets.push('-');
      continue;
    }
    const s = await stat(input).catch(() => null);
    if (s?.isDirectory()) {
      const files = await listEml(input);
      if (!files.length) fail(input, new VigilError('E_READ', `directory ${input} holds no *.eml files`));
      targets.push(...files);
    } else targets.push(input);
  }
  for (const target of targets) {
    let raw: Buffer;
    try {
      raw = target === '-' ? await io.readStdin() : await readFile(target);
    } catch (err) {
      fail(target, new VigilError('E_READ', `cannot read ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`));
      continue;
    }
    try {
      emit(await scanner.email(raw, target === '-' ? 'stdin' : target));
    } catch (err) {
      fail(target === '-' ? 'stdin' : target, err);
    }
  }
  return failed ? 2 : worst;
}
