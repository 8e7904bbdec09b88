/**
 * Evaluation of the URL or domain analyzer on two lists (one URL or domain per line; blank lines
 * and `#` comments skipped): AUC, TPR at FPR 0.1 % / 1 %, the rates at the verdict threshold
 * (suspicious or worse) and throughput.
 */
import { loadConfig } from '../config/index.js';
import { VigilError } from '../core/index.js';
import { summarize } from '../ml/index.js';
import { createVigil } from '../vigil.js';
import type { Verdict } from '../core/index.js';
import { readList } from './csv.js';

export interface EvalListOptions {
  malicious: string;
  benign: string;
  config?: string;
  /** commander's `--no-model` sets this to false: rules only. */
  model?: boolean;
}

/** The one JSON object `vigil eval url|domain --json` prints. */
export interface EvalListReport {
  kind: 'url' | 'domain';
  n_malicious: number;
  n_benign: number;
  errors: number;
  auc: number | null;
  tpr_at_fpr: { '0.001': number | null; '0.01': number | null };
  at_verdict: { tpr: number | null; fpr: number | null; precision: number | null };
  items_per_second: number;
}

/** Hooks of a list run: told of every item as it is scored (a progress line), and of the total first. */
export interface EvalListHooks {
  start?(total: number): void;
  tick?(outcome: 'clean' | 'suspicious' | 'malicious' | 'error'): void;
  done?(): void;
}

export function evaluateList(
  kind: 'url' | 'domain',
  opts: EvalListOptions,
  hooks: EvalListHooks = {},
): EvalListReport {
  if (kind !== 'url' && kind !== 'domain')
    throw new VigilError('E_USAGE', `eval kind must be url or domain, got ${String(kind)}`);
  if (!opts.malicious || !opts.benign)
    throw new VigilError(
      'E_USAGE',
      `eval ${kind} needs --malicious FILE and --benign FILE (one ${kind} per line)`,
    );
  // --no-model: the runtime loads no model; the config is not rewritten
  const vigil = createVigil(loadConfig(opts.config), { model: opts.model !== false });
  const mal = readList(opts.malicious);
  const ben = readList(opts.benign);
  // an empty list reported n=0 with exit 0: a broken path looked like a finished evaluation
  if (!mal.length)
    throw new VigilError(
      'E_DATA',
      `${opts.malicious} holds no ${kind}s (one per line; blank lines and # comments skipped)`,
    );
  if (!ben.length)
    throw new VigilError(
      'E_DATA',
      `${opts.benign} holds no ${kind}s (one per line; blank lines and # comments skipped)`,
    );
  const scores: number[] = [];
  const labels: number[] = [];
  const flags: boolean[] = [];
  let errors = 0;
  hooks.start?.(mal.length + ben.length);
  const started = performance.now();
  for (const [items, label] of [
    [mal, 1],
    [ben, 0],
  ] as const) {
    for (const item of items) {
      try {
        const v = vigil.analyze(kind, item) as Verdict;
        scores.push(v.score);
        labels.push(label);
        flags.push(v.verdict !== 'clean');
        hooks.tick?.(v.verdict);
      } catch (err) {
        if (!(err instanceof VigilError) || (err.code !== 'E_INVALID_URL' && err.code !== 'E_INVALID_DOMAIN'))
          throw err;
        errors++;
        hooks.tick?.('error');
      }
    }
  }
  hooks.done?.();
  const seconds = (performance.now() - started) / 1000;
  const s = summarize(scores, labels, flags);
  if (!s.n_malicious || !s.n_benign)
    throw new VigilError(
      'E_DATA',
      `no ${s.n_malicious ? 'benign' : 'malicious'} line could be analysed as a ${kind} (${errors} not analysable)`,
    );
  return {
    kind,
    n_malicious: s.n_malicious,
    n_benign: s.n_benign,
    errors,
    auc: s.auc,
    tpr_at_fpr: s.tpr_at_fpr,
    at_verdict: s.at_verdict,
    items_per_second: Math.round((mal.length + ben.length) / Math.max(seconds, 1e-9)),
  };
}
