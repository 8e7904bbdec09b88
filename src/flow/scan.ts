/**
 * The one place the filter reaches the scanning API: the same scanner `vigil scan` builds
 * (src/cli/scan.ts uses `createScanner`). When the runtime changes (`createVigil(config)`), only
 * this adapter is re-pointed.
 */
import type { Verdict } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import { createScanner } from '../scanner.js';

/** Scans one message's raw bytes; `target` names it in the verdict. */
export type ScanMessage = (raw: Uint8Array, target: string) => Promise<Verdict>;

export interface ScanAdapterOptions {
  /** false: rules only (`--no-model`). */
  model?: boolean;
}

export function createMessageScanner(config: VigilConfig, opts: ScanAdapterOptions = {}): ScanMessage {
  const scanner = createScanner(config, { model: opts.model !== false });
  return (raw, target) => scanner.email(raw, target);
}
