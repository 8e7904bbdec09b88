/**
 * The real analyzers, loaded on first use through src/scanner.ts (`createScanner`, which loads the
 * shipped models once), or straight from src/email and src/url when that is absent. The specifiers
 * are computed so this file compiles while those modules are still being written; once they have
 * all landed, these become static imports.
 */
import type { VigilConfig } from '../config/index.js';
import type { Verdict } from '../core/index.js';
import { VigilError } from '../core/index.js';
import type { Scanners } from './scanners.js';

interface CoreScanner {
  email(raw: Uint8Array, target?: string): Promise<Verdict>;
  url(url: string, target?: string): Verdict | Promise<Verdict>;
  domain(name: string, target?: string): Verdict | Promise<Verdict>;
}
type ScannerModule = { createScanner(config: VigilConfig, opts?: Record<string, unknown>): CoreScanner };
type EmailModule = { analyzeEmail: Scanners['email'] };
type UrlModule = { analyzeUrl: Scanners['url']; analyzeDomain: Scanners['domain'] };

const failures: string[] = [];

async function importOptional<T>(spec: string): Promise<T | null> {
  try {
    return (await import(spec)) as T;
  } catch (err) {
    failures.push(`${spec}: ${(err as Error).message}`);
    return null;
  }
}

async function load(config: VigilConfig): Promise<CoreScanner> {
  const scannerSpec = '../scanner.js';
  const mod = await importOptional<ScannerModule>(scannerSpec);
  if (mod && typeof mod.createScanner === 'function') return mod.createScanner(config);
  const emailSpec = '../email/index.js';
  const urlSpec = '../url/index.js';
  const [email, url] = await Promise.all([importOptional<EmailModule>(emailSpec), importOptional<UrlModule>(urlSpec)]);
  if (!email || !url) throw new VigilError('E_INTERNAL', `the analyzers could not be loaded: ${failures.join('; ')}`);
  return {
    email: (raw, target) => email.analyzeEmail(raw, { config, ...(target ? { target } : {}) }),
    url: (u, target) => url.analyzeUrl(u, { config, ...(target ? { target } : {}) }),
    domain: (d, target) => url.analyzeDomain(d, { config, ...(target ? { target } : {}) }),
  };
}

/** Scanners for `config`; models load once, on the first scan or on `ready()`. */
export function defaultScanners(config: VigilConfig): Scanners & { ready(): Promise<void> } {
  let loaded: Promise<CoreScanner> | undefined;
  const get = () => (loaded ??= load(config));
  return {
    ready: async () => void (await get()),
    email: async (raw, opts) => (await get()).email(raw, opts.target),
    url: async (u, opts) => (await get()).url(u, opts.target),
    domain: async (d, opts) => (await get()).domain(d, opts.target),
  };
}
