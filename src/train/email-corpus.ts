/**
 * Labelled email folders for `vigil train email` and `vigil eval email [--cv]`: list every *.eml (sorted), read it, run the analyzer's facts and rules once, and derive
 * the features and the campaign group of each message.
 */
import { mapOrdered, type EmailPool } from '../pool/index.js';
import { Progress, type Outcome } from '../cli/progress.js';
import { relative, sep } from 'node:path';
import { getDomain } from '../tld.js';
import { VigilError, type Signal } from '../core/index.js';
import { defaultConfig, type VigilConfig } from '../config/index.js';
import {
  analyzeEmail,
  analyzeEmailFacts,
  emailFeatures,
  normalizeText,
  prepareEmailEnv,
} from '../email/index.js';
import type { EmailFacts, EmailFeatureOptions, EmailFeatures, EmailScorer } from '../email/index.js';
// the bounded readers `vigil scan` uses (leaf files: they import only src/core), so a corpus file
// is read exactly as a scanned one
import { listEml, readInputFile } from '../cli/files.js';
import { countMboxMessages } from '../cli/mbox.js';

/** Where progress bars are drawn (stderr of the CLI); structurally the CLI's io. */
export interface ProgressIo {
  stderr(text: string): void;
  /** Whether stderr is a terminal: the progress line is drawn only then. */
  isTTY?: boolean;
}

export type Label = 'malicious' | 'benign';

export interface CorpusFile {
  /** Absolute or as-given path. */
  path: string;
  /** Path relative to its labelled folder, `/`-separated. */
  rel: string;
  label: Label;
  /** First folder below the labelled folder (`phishing_pot/…` → `phishing_pot`), else `(top)`. */
  source: string;
}

/** Every *.eml below the two folders, malicious first, each list sorted by path (byte order). */
export async function listCorpus(malicious: string[], benign: string[]): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  for (const [label, dirs] of [
    ['malicious', malicious],
    ['benign', benign],
  ] as const) {
    for (const dir of dirs) {
      let listed: string[];
      try {
        // a partly listed corpus would train or evaluate on an arbitrary subset: refused
        listed = await listEml(dir, {
          onSkip: (what, why) => {
            throw new VigilError('E_DATA', `${what}: ${why}`);
          },
        });
      } catch (err) {
        if (err instanceof VigilError) throw err;
        throw new VigilError(
          'E_READ',
          `cannot list ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          { path: dir },
        );
      }
      const files = listed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const path of files) {
        const rel = relative(dir, path).split(sep).join('/');
        const parts = rel.split('/');
        out.push({ path, rel, label, source: parts.length > 1 ? parts[0]! : '(top)' });
      }
    }
  }
  return out;
}

export interface ExtractedMessage extends CorpusFile {
  sha256: string;
  features: EmailFeatures;
  signals: string[];
  /** Keys that tie messages of one campaign together (sender domain, subject). */
  groupKeys: string[];
}

const FREEMAIL_HINT =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mail|gmx|web|yandex|protonmail|proton|zoho|qq|163|uol|bol|terra)\./;

/**
 * Campaign keys. Malicious: the sender's registrable domain (the full address for free-mail
 * senders, so all of gmail.com is not one campaign) and the normalised subject when it has at least
 * three words: near-duplicates of one campaign differ only in the recipient token. Benign: the
 * thread (normalised subject), else the sender; linking ham by sender domain as well would chain a
 * whole mailing list into one group. Keys are scoped by label and source.
 */
export function campaignKeys(facts: EmailFacts, label: Label, source: string): string[] {
  const keys: string[] = [];
  const scope = `${label}/${source}`;
  const subj = normalizeText(facts.subject.replace(/^(?:\s*(?:re|fwd?|aw|sv|tr)\s*:|\s*\[[^\]]*\])+/i, ''));
  if (subj.length >= 3) keys.push(`${scope} subject:${subj.join(' ')}`);
  const d = facts.from?.domain ?? '';
  if (d && (label === 'malicious' || keys.length === 0)) {
    const site = getDomain(d) ?? d;
    keys.push(`${scope} from:${FREEMAIL_HINT.test(site) ? facts.from!.address : site}`);
  }
  return keys;
}

export interface ExtractOptions {
  config?: VigilConfig;
  featureOptions?: EmailFeatureOptions;
  io?: ProgressIo | undefined;
  /** Label for the progress bar. */
  what?: string;
}

/** Analyse every file once (facts + rule signals → features). Unreadable or broken files are reported and skipped. */
export async function extractCorpus(
  files: CorpusFile[],
  opts: ExtractOptions = {},
): Promise<{ messages: ExtractedMessage[]; errors: { file: string; error: string }[] }> {
  const config = opts.config ?? defaultConfig();
  const messages: ExtractedMessage[] = [];
  const errors: { file: string; error: string }[] = [];
  const bar = progressBar(opts.io, opts.what ?? 'reading', files.length);
  // prepared once (lookalike and brand indexes, URL/domain models), as a runtime does
  const env = prepareEmailEnv(config);
  for (const f of files) {
    try {
      const raw = await readOneMessage(f.path, config.limits.message_bytes);
      const { facts, signals } = await analyzeEmailFacts(raw, { env, target: f.rel });
      messages.push({
        ...f,
        sha256: facts.sha256,
        features: emailFeatures(facts, signals, opts.featureOptions),
        signals: [...new Set(signals.map((s: Signal) => s.id))].sort(),
        groupKeys: campaignKeys(facts, f.label, f.source),
      });
    } catch (err) {
      errors.push({ file: f.path, error: (err as Error).message });
    }
    bar.tick();
  }
  bar.done();
  return { messages, errors };
}

/** One corpus file, read as `vigil scan` reads it: bounded, and a mailbox is not one message. */
async function readOneMessage(path: string, maxBytes: number): Promise<Buffer> {
  const raw = await readInputFile(path, maxBytes);
  const n = countMboxMessages(raw);
  if (n)
    throw new VigilError(
      'E_MBOX',
      `${path} is an mbox mailbox with ${n === 3 ? '3 or more' : n} messages, not one message`,
      { path },
    );
  return raw;
}

/**
 * The progress line of eval and train (count, rate, ETA, outcomes; see src/cli/progress.ts), drawn
 * only when stdout is a terminal and an io is given (no io: --quiet); a summary line at the end.
 */
export function progressBar(
  io: ProgressIo | undefined,
  what: string,
  total: number,
): { tick(outcome?: Outcome | null): void; done(): void } {
  const p = new Progress({ write: (t) => io?.stderr(t), enabled: Boolean(io?.isTTY), total, label: what });
  return { tick: (outcome = null) => p.tick(outcome), done: () => p.finish() };
}

export interface ScoredFile extends CorpusFile {
  /** Verdict score, null when the file could not be analysed. */
  score: number | null;
  /** Verdict is suspicious or malicious. */
  flagged: boolean;
  verdict: string | null;
  /** The model's own probability (null without a model or on error). */
  modelScore?: number | null;
  /** `id:severity` of every signal that fired, sorted (for gate and slice analyses). */
  signals?: string[];
  /** The model's probability without the rule signals (what the evidence gate reads as an ask). */
  askScore?: number | null;
  /** Whether the evidence gate opened, and the blended score before a closed gate folds it. */
  gateOpen?: boolean | null;
  blendedScore?: number | null;
  error?: string;
}

/**
 * Run the real analyzer (rules, model, engine) on every file, one at a time, and time it.
 * `seconds` is wall clock of reading and scanning only.
 */
export async function scoreCorpus(
  files: readonly CorpusFile[],
  opts: {
    config: VigilConfig;
    scorer: EmailScorer | null;
    io?: ProgressIo | undefined;
    what?: string;
    pool?: EmailPool;
  },
): Promise<{ rows: ScoredFile[]; seconds: number }> {
  const rows: ScoredFile[] = [];
  const bar = progressBar(opts.io, opts.what ?? 'scanning', files.length);
  const started = performance.now();
  const pool = opts.pool;
  const env = pool ? null : prepareEmailEnv(opts.config, { scorer: opts.scorer });
  // with a pool (`--jobs`), several files are in flight; rows keep the order of `files`
  const score = async (f: CorpusFile): Promise<ScoredFile> => {
    try {
      const raw = await readOneMessage(f.path, opts.config.limits.message_bytes);
      let askScore: number | null = null;
      const v = pool
        ? ((r) => ((askScore = r.askScore ?? null), r.verdict))(await pool.scan(raw, f.rel))
        : await analyzeEmail(raw, { env: env!, target: f.rel, onAskScore: (a) => (askScore = a) });
      return {
        ...f,
        score: v.score,
        flagged: v.verdict !== 'clean',
        verdict: v.verdict,
        modelScore: v.model?.score ?? null,
        askScore,
        gateOpen: v.explanation?.gate?.open ?? null,
        blendedScore: v.explanation?.blended_score ?? null,
        signals: [...new Set(v.signals.map((s) => `${s.id}:${s.severity}`))].sort(),
      };
    } catch (err) {
      return { ...f, score: null, flagged: false, verdict: null, error: (err as Error).message };
    }
  };
  await mapOrdered(files, pool ? Math.max(1, pool.workers) * 4 : 1, score, (_f, r) => {
    if (!r.ok) return;
    rows.push(r.value);
    bar.tick(r.value.verdict === null ? 'error' : (r.value.verdict as Outcome));
  });
  const seconds = (performance.now() - started) / 1000;
  bar.done();
  return { rows, seconds };
}

/** `file,label,score,flagged` rows, the CSV format of ../shared/peers (metrics.py reads it). */
export function scoresCsv(rows: readonly ScoredFile[]): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['file,label,score,flagged'];
  for (const r of rows)
    lines.push(
      `${q(r.path)},${r.label},${r.score === null ? '' : r.score},${r.score === null ? '' : r.flagged ? 1 : 0}`,
    );
  return lines.join('\n') + '\n';
}
