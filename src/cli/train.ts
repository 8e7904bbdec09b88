/**
 * `vigil train url|domain|email`: parse the flags, call src/train, print what was written.
 *   vigil train url --data dev.csv --out models/url.json [--card models/url.md]
 *   vigil train domain --data dev.csv --out models/domain.json [--group-by family|domain]
 *   vigil train email --malicious DIR... --benign DIR... --out models/email.json
 */
import { VigilError } from '../core/index.js';
import {
  trainDomain,
  trainEmail,
  trainUrl,
  type TrainDomainOptions,
  type TrainEmailOptions,
  type TrainFileOptions,
} from '../train/index.js';
import { exitCodeFor, type CliIo } from './io.js';
import { escapeControl } from './print.js';

export type TrainUrlOptions = TrainFileOptions & { quiet?: boolean };
export type TrainDomainCliOptions = TrainDomainOptions & { quiet?: boolean };
export type TrainEmailCliOptions = TrainEmailOptions & { quiet?: boolean };

const fmt = (x: number | null) => String(x);

/** VigilError → `vigil train <kind>: message` and its exit code; anything else is a bug and propagates. */
function fail(kind: string, err: unknown, io: CliIo): number {
  if (err instanceof VigilError) {
    io.stderr(`vigil train ${kind}: ${escapeControl(err.message)}\n`);
    return err.exitCode;
  }
  throw err;
}

export async function runTrainUrl(opts: TrainUrlOptions, io: CliIo): Promise<number> {
  try {
    const r = trainUrl(opts, opts.quiet ? undefined : (p) => io.stderr(`train url: ${p}\n`));
    io.stdout(
      `wrote ${r.out} (${(r.modelBytes / 1024).toFixed(0)} KiB) and ${r.card}\n` +
        `CV grouped by registrable domain: AUC ${fmt(r.cv.auc)}, TPR@FPR0.1% ${fmt(r.cv.tpr_at_fpr['0.001'])}, TPR@FPR1% ${fmt(r.cv.tpr_at_fpr['0.01'])}\n`,
    );
    return 0;
  } catch (err) {
    return fail('url', err, io);
  }
}

export async function runTrainDomain(opts: TrainDomainCliOptions, io: CliIo): Promise<number> {
  try {
    const r = trainDomain(opts, opts.quiet ? undefined : (p) => io.stderr(`train domain: ${p}\n`));
    io.stdout(
      `wrote ${r.out} (${(r.modelBytes / 1024).toFixed(0)} KiB) and ${r.card}\n` +
        `${r.groupBy === 'family' ? 'leave-family-out' : 'grouped-by-domain'} CV: AUC ${fmt(r.cv.auc)}, TPR@FPR0.1% ${fmt(r.cv.tpr_at_fpr['0.001'])}, TPR@FPR1% ${fmt(r.cv.tpr_at_fpr['0.01'])}\n`,
    );
    return 0;
  } catch (err) {
    return fail('domain', err, io);
  }
}

export async function runTrainEmail(opts: TrainEmailCliOptions, io: CliIo): Promise<number> {
  try {
    const r = await trainEmail(opts, {
      progress: opts.quiet ? undefined : io,
      onPhase: opts.quiet ? undefined : (phase) => io.stderr(`training: ${phase}\n`),
      onSkip: (file, error) => io.stderr(`vigil: skipped ${escapeControl(file)}: ${escapeControl(error)}\n`),
    });
    io.stderr(
      `wrote ${r.out} (${(r.modelBytes / 1e6).toFixed(2)} MB, ${r.weights} weights) and ${r.card}; ` +
        `${r.messages} messages in ${r.seconds.toFixed(1)} s\n`,
    );
    return r.errors ? 2 : 0;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}
