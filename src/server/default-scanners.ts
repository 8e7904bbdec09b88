/**
 * The real analyzers, through src/scanner.ts (`createScanner`, shared with the CLI). `ready()` runs
 * one tiny input of each kind, so models load (and a broken model fails) at start-up, not on the
 * first request.
 */
import type { VigilConfig } from '../config/index.js';
import { SIGNALS as EMAIL_SIGNALS } from '../email/index.js';
import { createScanner } from '../scanner.js';
import { SIGNALS as URL_SIGNALS } from '../url/index.js';
import type { Scanners } from './scanners.js';

const WARM_UP_EMAIL = new TextEncoder().encode(
  'From: a@example.com\r\nTo: b@example.com\r\nSubject: warm-up\r\nMessage-ID: <w@example.com>\r\n\r\nHello.\r\n',
);

/** Scanners for `config`; the per-call `opts.config` is the same config and is not re-read. */
export function defaultScanners(config: VigilConfig): Scanners & { ready(): Promise<void> } {
  const scanner = createScanner(config);
  return {
    signals: [...EMAIL_SIGNALS, ...URL_SIGNALS],
    // the warm-up verdicts name the model each kind used: what a verdict would say, not a guess
    models: async () => {
      const of = (kind: 'email' | 'url' | 'domain', m: { name: string; version: string } | null) => ({
        kind,
        name: m?.name ?? null,
        version: m?.version ?? null,
      });
      return [
        of('email', (await scanner.email(WARM_UP_EMAIL, 'warm-up.eml')).model),
        of('url', scanner.url('https://example.com/').model),
        of('domain', scanner.domain('example.com').model),
      ];
    },
    ready: async () => {
      scanner.domain('example.com');
      scanner.url('https://example.com/');
      await scanner.email(WARM_UP_EMAIL, 'warm-up.eml');
    },
    email: (raw, opts) => scanner.email(raw, opts.target),
    url: (u, opts) => scanner.url(u, opts.target),
    domain: (d, opts) => scanner.domain(d, opts.target),
  };
}
