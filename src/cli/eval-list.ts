/**
 * `vigil eval url|domain --malicious FILE --benign FILE [--json]`: score two lists (one URL or
 * domain per line; blank lines and `#` comments skipped) and report AUC, TPR at FPR 0.1 % / 1 %,
 * the rates at the verdict threshold (suspicious or worse) and throughput.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/index.js';
import { VigilError } from '../core/index.js';
import { summarize } from '../ml/index.js';
import { createVigil } from '../vigil.js';
import type { CliIo } from './io.js';
import { escapeControl } from './print.js';

export interface EvalListOptions {
  malicious: string;
  benign: string;
  json?: boolean;
  config?: string;
  /** commander's `--no-model` sets this to false: rules only. */
  model?: boolean;
}

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

function readList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VigilError('E_READ', `cannot read ${path}: ${(err as Error).message}`, { path });
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export async function runEvalList(kind: 'url' | 'domain', opts: EvalListOptions, io: CliIo): Promise<number> {
  try {
    if (kind !== 'url' && kind !== 'domain') throw new VigilError('E_USAGE', `eval kind must be url or domain, got ${String(kind)}`);
    if (!opts.malicious || !opts.benign) throw new VigilError('E_USAGE', `eval ${kind} needs --malicious FILE and --benign FILE (one ${kind} per line)`);
    // --no-model: the runtime loads no model; the config is not rewritten
    const vigil = createVigil(loadConfig(opts.config), { model: opts.model !== false });
    const mal = readList(opts.malicious);
    const ben = readList(opts.benign);
    // an empty list reported n=0 with exit 0: a broken path looked like a finished evaluation
    if (!mal.length) throw new VigilError('E_DATA', `${opts.malicious} holds no ${kind}s (one per line; blank lines and # comments skipped)`);
    if (!ben.length) throw new VigilError('E_DATA', `${opts.benign} holds no ${kind}s (one per line; blank lines and # comments skipped)`);
    const scores: number[] = [];
    const labels: number[] = [];
    const flags: boolean[] = [];
    let errors = 0;
    const started = performance.now();
    for (const [items, label] of [[mal, 1], [ben, 0]] as const) {
      for (const item of items) {
        try {
          const v = await vigil.scan(kind, item);
          scores.push(v.score);
          labels.push(label);
          flags.push(v.verdict !== 'clean');
        } catch (err) {
          if (!(err instanceof VigilError) || (err.code !== 'E_INVALID_URL' && err.code !== 'E_INVALID_DOMAIN')) throw err;
          errors++;
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const s = summarize(scores, labels, flags);
    if (!s.n_malicious || !s.n_benign)
      throw new VigilError('E_DATA', `no ${s.n_malicious ? 'benign' : 'malicious'} line could be analysed as a ${kind} (${errors} not analysable)`);
    const report: EvalListReport = {
      kind,
      n_malicious: s.n_malicious,
      n_benign: s.n_benign,
      errors,
      auc: s.auc,
      tpr_at_fpr: s.tpr_at_fpr,
      at_verdict: s.at_verdict,
      items_per_second: Math.round((mal.length + ben.length) / Math.max(seconds, 1e-9)),
    };
    if (opts.json) {
      io.stdout(JSON.stringify(report) + '\n');
    } else {
      const p = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(2)} %`);
      io.stdout(
        [
          `vigil eval ${kind}: ${report.n_malicious} malicious, ${report.n_benign} benign, ${errors} not analysable`,
          `  AUC                 ${report.auc === null ? 'n/a' : report.auc.toFixed(4)}`,
          `  TPR at FPR 0.1 %    ${p(report.tpr_at_fpr['0.001'])}`,
          `  TPR at FPR 1 %      ${p(report.tpr_at_fpr['0.01'])}`,
          `  at the verdict (suspicious or worse): TPR ${p(report.at_verdict.tpr)}, FPR ${p(report.at_verdict.fpr)}, precision ${p(report.at_verdict.precision)}`,
          `  ${report.items_per_second} ${kind}s per second`,
          '',
        ].join('\n'),
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof VigilError) {
      io.stderr(`vigil eval ${kind}: ${escapeControl(err.message)}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
