/**
 * The analyzers the service calls, injected so tests can pass fakes and the server never imports an
 * analyzer's internals. `defaultScanners()` wires the real ones (src/email, src/url).
 */
import type { Verdict } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';

export interface ScanOptions {
  config: VigilConfig;
  /** Name shown as the verdict's `target` (file name, URL or domain as given). */
  target?: string;
}

export interface Scanners {
  /**
   * The signals these analyzers can fire (id and generic summary), from their declarations: the
   * store keeps the summary instead of the fired message unless evidence is kept.
   */
  signals?: ReadonlyArray<{ id: string; summary: string }>;
  /** The models in use, by kind (name and version; null when a kind runs rules only), for GET /v1/status. */
  models?(): Promise<{ kind: 'email' | 'url' | 'domain'; name: string | null; version: string | null }[]>;
  email(raw: Uint8Array, opts: ScanOptions): Promise<Verdict>;
  url(url: string, opts: ScanOptions): Verdict | Promise<Verdict>;
  domain(name: string, opts: ScanOptions): Verdict | Promise<Verdict>;
}
