/**
 * The domain-use lexicon of the domain model (dga/3): for each dictionary word, how often it occurs
 * in the labels of a large list of registered names, as a level 0–15. Wordlist DGAs glue common
 * English words that names rarely use (`winter`+`proud`, `town`+`attach`+`search`); names glue
 * words that names use (`hunting`+`club`, `photo`+`life`). The level rides in the flag bits of the
 * word-tier table (src/url/dga-words.ts), so a lookup costs nothing beyond the segmentation the
 * dga/2 features already do; the model file carries the words by level (`meta.word_use`).
 *
 * Built by `scripts/domain-lexicon.mjs` from a name list with the evaluation's names taken out
 * (models/domain.md says which list and how much overlapped).
 */
import { MAX_USE_LEVEL, segmentWords, type WordTiers } from './dga-words.js';

export interface WordUseLexicon {
  /** `levels[k]` = the words of level k + 1, sorted. */
  levels: string[][];
  /** Distinct labels read, and those fully covered by dictionary words (the ones counted). */
  labels: number;
  counted: number;
  /** Distinct words with a level ≥ 1. */
  words: number;
}

/** Level of a word seen in `count` distinct labels: 1.5·log2(count + 1), capped at 15. */
export function useLevel(count: number): number {
  return count <= 0 ? 0 : Math.min(MAX_USE_LEVEL, Math.floor(1.5 * Math.log2(count + 1)));
}

/**
 * Count, over distinct labels (lower-cased a–z runs between hyphens, 3..63 letters), the words of
 * each label that the tier table covers entirely (no uncovered letter), each word once per label.
 */
export function buildWordUse(labels: Iterable<string>, tiers: WordTiers): WordUseLexicon {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let counted = 0;
  for (const raw of labels) {
    const label = raw.toLowerCase();
    if (seen.has(label)) continue;
    seen.add(label);
    for (const part of label.split('-')) {
      if (part.length < 3 || part.length > 63 || !/^[a-z]+$/.test(part)) continue;
      const seg = segmentWords(part, tiers);
      if (seg.uncovered > 0 || seg.words === 0) continue;
      counted++;
      const words = new Set<string>();
      for (let k = 0; k < seg.starts.length; k++) words.add(part.slice(seg.starts[k], seg.ends[k]));
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const levels: string[][] = Array.from({ length: MAX_USE_LEVEL }, () => []);
  for (const [w, c] of counts) {
    const l = useLevel(c);
    if (l > 0) levels[l - 1]!.push(w);
  }
  for (const l of levels) l.sort();
  return { levels, labels: seen.size, counted, words: counts.size };
}
