/** Messages between the email pool (index.ts) and its workers (worker.ts). */
import type { Verdict } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import type { VerifyAuthOptions } from '../email/index.js';

/**
 * What each worker prepares once. `mode: 'scan'` is `vigil scan` / `vigil serve` (createScanner:
 * `model: false` means no learned model anywhere); `mode: 'corpus'` is `vigil eval email` (the
 * analyzer with the email model of `modelFile`, or none when null, and the model's ask score).
 */
export interface PoolSetup {
  config: VigilConfig;
  mode: 'scan' | 'corpus';
  model?: boolean;
  /** corpus mode: the email model file (undefined: the configured or shipped one; null: none). */
  modelFile?: string | null;
  verifyAuth?: VerifyAuthOptions;
}

export interface PoolResult {
  verdict: Verdict;
  /** corpus mode: the model's probability without the rule signals. */
  askScore?: number | null;
}

export interface PoolTask {
  id: number;
  raw: Uint8Array;
  /** undefined: the analyzer's default target name. */
  target: string | undefined;
}

export interface PoolReply {
  id: number;
  ready?: boolean;
  result?: PoolResult;
  error?: { code?: string; message: string; details?: Record<string, unknown> };
}
