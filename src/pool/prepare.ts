/**
 * The scan a pool worker runs, prepared once; the same function runs in-process when the pool has
 * one job, so both paths share one definition of "scan this message".
 */
import { analyzeEmail, loadEmailModel, prepareEmailEnv } from '../email/index.js';
import { createScanner } from '../scanner.js';
import type { PoolResult, PoolSetup } from './protocol.js';

export function prepareScan(setup: PoolSetup): (raw: Uint8Array, target?: string) => Promise<PoolResult> {
  if (setup.mode === 'corpus') {
    const scorer =
      setup.model === false
        ? null
        : loadEmailModel(
            setup.modelFile === undefined ? setup.config.models.email : setup.modelFile,
            setup.config.models.email_wording,
          );
    // KEEP IN SYNC with scoreCorpus (src/train/email-corpus.ts): the same environment, prepared once
    const env = prepareEmailEnv(setup.config, { scorer });
    return async (raw, target) => {
      let askScore: number | null = null;
      const verdict = await analyzeEmail(raw, {
        env,
        ...(target !== undefined ? { target } : {}),
        onAskScore: (a) => (askScore = a),
      });
      return { verdict, askScore };
    };
  }
  const scanner = createScanner(setup.config, {
    model: setup.model !== false,
    ...(setup.verifyAuth ? { verifyAuth: setup.verifyAuth } : {}),
  });
  return async (raw, target) => ({ verdict: await scanner.email(raw, target) });
}
