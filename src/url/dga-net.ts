/**
 * Inputs of the character-network domain model (src/ml/charnet.ts): the label's hashed character
 * n-grams (the network learns their embeddings) and DGA_NET_DENSE shape and word-structure numbers
 * that carry over to families never seen (length, entropy, vowel/digit/rare-letter shares,
 * English likelihood, how the label splits into dictionary words and how rare those words are).
 * KEEP IN SYNC: training (src/train/domain-net.ts) and scoring both call `dgaNetInputs`.
 */
import { VigilError } from '../core/index.js';
import {
  charGramTokens,
  charNetAttribution,
  charNetMargin,
  deserializeCharNet,
  type CharNet,
} from '../ml/index.js';
import { englishLogLik, MAX_DGA_LABEL, type DgaTables } from './dga.js';
import { segmentWords } from './dga-words.js';

/** Names of the dense inputs, in order (model cards and explanations). */
export const DGA_NET_DENSE_NAMES = [
  'length',
  'entropy',
  'entropy per length',
  'vowel share',
  'digit share',
  'hyphens',
  'longest consonant run',
  'digit-letter switches',
  'distinct-character share',
  'English likelihood',
  'rare-letter share',
  'letters not in dictionary words',
  'dictionary words',
  'mean word rarity',
  'rarest word',
  'shortest word',
  'longest word share',
  'whole label is 2+ dictionary words',
  'hex label',
] as const;
export const DGA_NET_DENSE = DGA_NET_DENSE_NAMES.length;
/** Most n-gram tokens of one label (63 chars, 1..4-grams). */
export const DGA_NET_MAX_TOKENS = 4 * (MAX_DGA_LABEL + 2);

const RARE = new Uint8Array(128);
for (const c of 'qxzjkvwfy') RARE[c.charCodeAt(0)] = 1;
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL[c.charCodeAt(0)] = 1;
const SEEN = new Uint8Array(65536);

/** Write the dense inputs of `label` (lower case) into out[at .. at + DGA_NET_DENSE). */
export function dgaNetDense(rawLabel: string, t: DgaTables, out: Float32Array, at = 0): void {
  const label = rawLabel.length > MAX_DGA_LABEL ? rawLabel.slice(0, MAX_DGA_LABEL) : rawLabel;
  const n = label.length;
  let digits = 0;
  let vowels = 0;
  let hyphens = 0;
  let rare = 0;
  let run = 0;
  let maxRun = 0;
  let switches = 0;
  let prevDigit = -1;
  let distinct = 0;
  let hex = n > 0;
  const counts: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = label.charCodeAt(i);
    if (SEEN[c] === 0) {
      distinct++;
      codes.push(c);
      counts.push(0);
    }
    SEEN[c] = 1;
    counts[codes.indexOf(c)]!++;
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) digits++;
    if (c === 45) hyphens++;
    const letter = c >= 97 && c <= 122;
    if (!(isDigit || (c >= 97 && c <= 102))) hex = false;
    if (letter && VOWEL[c] === 1) vowels++;
    if (letter && RARE[c] === 1) rare++;
    if (letter && VOWEL[c] !== 1) {
      run++;
      if (run > maxRun) maxRun = run;
    } else run = 0;
    if (c !== 45) {
      const d = isDigit ? 1 : 0;
      if (prevDigit >= 0 && d !== prevDigit) switches++;
      prevDigit = d;
    }
  }
  let entropy = 0;
  for (let k = 0; k < codes.length; k++) {
    SEEN[codes[k]!] = 0;
    const p = counts[k]! / n;
    entropy -= p * Math.log2(p);
  }
  const letters = n - digits - hyphens;
  out[at] = n / 16;
  out[at + 1] = entropy / 4;
  out[at + 2] = n > 1 ? entropy / Math.log2(n + 1) : 0;
  out[at + 3] = letters ? vowels / letters : 0;
  out[at + 4] = n ? digits / n : 0;
  out[at + 5] = Math.min(hyphens, 3) / 3;
  out[at + 6] = Math.min(maxRun, 8) / 8;
  out[at + 7] = Math.min(switches, 8) / 8;
  out[at + 8] = n ? distinct / n : 0;
  out[at + 9] = letters >= 1 ? (Math.max(-8, englishLogLik(label, t)) + 3) / 3 : 0;
  out[at + 10] = letters ? rare / letters : 0;
  let unc = 1;
  let words = 0;
  let meanTier = 0;
  let maxTier = 0;
  let shortest = 0;
  let longest = 0;
  if (t.tiers && letters >= 2) {
    const seg = segmentWords(label, t.tiers);
    unc = n ? seg.uncovered / n : 1;
    let sum = 0;
    for (let k = 0; k < seg.tiers.length; k++) {
      const tier = seg.tiers[k]!;
      if (tier < 0) continue;
      words++;
      sum += tier;
      if (tier > maxTier) maxTier = tier;
      const len = seg.ends[k]! - seg.starts[k]!;
      if (shortest === 0 || len < shortest) shortest = len;
      if (len > longest) longest = len;
    }
    meanTier = words ? sum / words : 0;
  }
  out[at + 11] = unc;
  out[at + 12] = Math.min(words, 6) / 6;
  out[at + 13] = meanTier / 7;
  out[at + 14] = maxTier / 7;
  out[at + 15] = Math.min(shortest, 10) / 10;
  out[at + 16] = n ? longest / n : 0;
  out[at + 17] = words >= 2 && unc === 0 ? 1 : 0;
  out[at + 18] = hex && n >= 8 ? 1 : 0;
}

/** Token ids of the label's character n-grams (clipped label) into `out`; returns the count. */
export function dgaNetTokens(
  rawLabel: string,
  net: Pick<CharNet, 'maxGram' | 'buckets'>,
  out: Int32Array,
): number {
  const label = rawLabel.length > MAX_DGA_LABEL ? rawLabel.slice(0, MAX_DGA_LABEL) : rawLabel;
  return charGramTokens(label, net.maxGram, net.buckets, out);
}

const TOK = new Int32Array(DGA_NET_MAX_TOKENS);
const DENSE = new Float32Array(DGA_NET_DENSE);

/** The network's log-odds for one label. */
export function dgaNetMargin(label: string, net: CharNet, t: DgaTables): number {
  const k = dgaNetTokens(label, net, TOK);
  dgaNetDense(label, t, DENSE, 0);
  return charNetMargin(net, TOK, 0, k, DENSE, 0);
}

/** The network a domain model carries (meta.charnet), with the training means of its dense inputs. */
export interface DomainNet {
  net: CharNet;
  /** Mean of each dense input over the training rows: the "typical" value explanations swap in. */
  denseMean: Float32Array;
}

const NET_OF = new WeakMap<object, DomainNet | null>();

/**
 * The character network of a domain model, parsed once per model object; null when the model has
 * none (dga/1, dga/2). A model whose network does not parse fails with E_MODEL.
 */
export function domainNetOf(model: { meta: Record<string, unknown> }): DomainNet | null {
  const hit = NET_OF.get(model);
  if (hit !== undefined) return hit;
  let out: DomainNet | null = null;
  if (model.meta.charnet !== undefined) {
    const net = deserializeCharNet(model.meta.charnet);
    if (net.dense !== DGA_NET_DENSE)
      throw new VigilError(
        'E_MODEL',
        `domain model network has ${net.dense} dense inputs, this version computes ${DGA_NET_DENSE}`,
      );
    const mean = model.meta.charnet_dense_mean;
    if (!Array.isArray(mean) || mean.length !== DGA_NET_DENSE || !mean.every((x) => Number.isFinite(x)))
      throw new VigilError(
        'E_MODEL',
        'domain model network: charnet_dense_mean must hold one number per dense input',
      );
    out = { net, denseMean: Float32Array.from(mean as number[]) };
  }
  NET_OF.set(model, out);
  return out;
}

/**
 * The network's log-odds for one label, and what each input adds to it in words (exact for this
 * label: `charNetAttribution`): the character n-grams' share against no n-gram, each dense
 * input's share against its training mean, and the rest (bias and the means' share). One pass.
 */
export function explainDgaNet(
  label: string,
  d: DomainNet,
  t: DgaTables,
): { margin: number; parts: { feature: string; weight: number }[] } {
  const k = dgaNetTokens(label, d.net, TOK);
  dgaNetDense(label, t, DENSE, 0);
  const a = charNetAttribution(d.net, TOK, 0, k, DENSE, 0, d.denseMean);
  const parts: { feature: string; weight: number }[] = [
    { feature: 'network: character n-grams', weight: a.embedding },
  ];
  for (let i = 0; i < DGA_NET_DENSE; i++)
    if (a.dense[i] !== 0) parts.push({ feature: `network: ${DGA_NET_DENSE_NAMES[i]}`, weight: a.dense[i]! });
  parts.push({ feature: 'network: bias and typical inputs', weight: a.rest });
  return { margin: a.margin, parts };
}
