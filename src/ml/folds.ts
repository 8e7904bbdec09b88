/**
 * Grouped k-fold: every row of one group (a source, a campaign, a sender domain) lands in the same
 * fold, so near-duplicates never straddle train and test.
 */
import { mulberry32, shuffleInPlace } from './rng.js';

/**
 * Fold index (0..k-1) per row. Groups are sorted, shuffled with `seed`, then each goes to the fold
 * with the fewest rows so far (ties: lowest fold): folds come out balanced and reproducible.
 */
export function groupKFold(groups: readonly string[], k: number, seed = 1): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer ≥ 2, got ${k}`);
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const names = shuffleInPlace([...sizes.keys()].sort(), mulberry32(seed));
  // largest groups first so one big campaign does not unbalance the last fold; stable on the shuffle
  const ranked = names.map((g, i) => ({ g, i, n: sizes.get(g)! })).sort((a, b) => b.n - a.n || a.i - b.i);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const { g, n } of ranked) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[best]!) best = f;
    foldOf.set(g, best);
    load[best]! += n;
  }
  return groups.map((g) => foldOf.get(g)!);
}

/** Union-find over rows: rows sharing any key end up in one group (e.g. same sender domain OR same subject). */
export function connectGroups(keysPerRow: readonly (readonly string[])[]): string[] {
  const parent = Array.from({ length: keysPerRow.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstRow = new Map<string, number>();
  keysPerRow.forEach((keys, row) => {
    for (const key of keys) {
      const prev = firstRow.get(key);
      if (prev === undefined) firstRow.set(key, row);
      else {
        const a = find(prev);
        const b = find(row);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return keysPerRow.map((_, i) => `g${find(i)}`);
}
