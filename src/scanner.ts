/**
 * The per-kind scanner of earlier releases, kept for library users: a thin view of the runtime
 * (src/vigil.ts). New code uses `createVigil` and `scan(kind, input)`.
 */
import type { Verdict } from './core/index.js';
import type { VigilConfig } from './config/index.js';
import type { VerifyAuthOptions } from './email/index.js';
import { createVigil, type Vigil } from './vigil.js';

export interface Scanner {
  email(raw: Uint8Array, target?: string): Promise<Verdict>;
  url(url: string, target?: string): Verdict;
  domain(name: string, target?: string): Verdict;
  /** The runtime behind it. */
  vigil: Vigil;
}

export interface ScannerOptions {
  /** false: rules only, no learned model (`--no-model`). */
  model?: boolean;
  verifyAuth?: VerifyAuthOptions;
}

/** @deprecated use `createVigil(config, { model })` and `scan(kind, input, { target, verifyAuth })`. */
export function createScanner(config: VigilConfig, opts: ScannerOptions = {}): Scanner {
  const vigil = createVigil(config, opts.model === false ? { model: false } : {});
  const t = (target?: string) => (target !== undefined ? { target } : {});
  return {
    vigil,
    email: (raw, target) =>
      vigil.scan('email', raw, { ...t(target), ...(opts.verifyAuth ? { verifyAuth: opts.verifyAuth } : {}) }),
    // the URL and domain analyzers are synchronous: verdicts come back directly, as they always did
    url: (url, target) => vigil.analyze('url', url, t(target)) as Verdict,
    domain: (name, target) => vigil.analyze('domain', name, t(target)) as Verdict,
  };
}
