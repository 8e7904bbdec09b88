/**
 * The corpus check's data: a fixed, small sample of ../shared/data (VIGIL_DATA overrides the
 * folder), grouped so that every source (email, URLs) and every DGA family (domains) is in it.
 * Within a group the rows are ordered by SHA-256 (of the file for email, of the line otherwise) and
 * the first N are taken: the same sample on every machine, independent of file order, and no row
 * chosen by a person. Nothing here is copied into the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR =
  process.env.VIGIL_DATA || resolve(new URL('../..', import.meta.url).pathname, '..', 'shared', 'data');

/**
 * Whether the corpus is here. Absent outside CI: the caller skips with `why`. Absent under CI (which
 * has ../shared beside the clone): an error, so the check can never silently stop running.
 */
export function corpusPresent(part: string): { present: boolean; why: string } {
  const path = join(DATA_DIR, part);
  if (existsSync(path)) return { present: true, why: path };
  const why = `${path} is absent (set VIGIL_DATA, or put the data in ../shared/data)`;
  if (process.env.CI) throw new Error(`corpus check cannot run: ${why}; under CI the corpus must be present`);
  console.warn(`corpus check skipped: ${why}`);
  return { present: false, why };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The first `n` rows of every group, each group in SHA-256 order, groups sorted by name. */
export function groupedSample<T>(
  rows: readonly T[],
  group: (r: T) => string,
  key: (r: T) => string,
  n: number,
): T[] {
  const groups = new Map<string, { k: string; r: T }[]>();
  for (const r of rows) {
    const g = group(r);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push({ k: key(r), r });
  }
  return [...groups.keys()].sort().flatMap((g) =>
    groups
      .get(g)!
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .slice(0, n)
      .map((x) => x.r),
  );
}

/** RFC 4180 CSV through the one reader of src/train (URLs hold commas and quotes). */
import { parseCsv } from '../../src/train/index.js';
export { parseCsv };

export interface EmailRow {
  file: string;
  label: 'malicious' | 'benign';
  source: string;
  sha256: string;
}

/** `n` messages of every source of email/manifest.csv. */
export function emailSample(n: number): EmailRow[] {
  const [head, ...rows] = parseCsv(readFileSync(join(DATA_DIR, 'email', 'manifest.csv'), 'utf8')).filter(
    (r) => r.length >= 4,
  );
  if (head?.join(',') !== 'file,label,source,sha256')
    throw new Error(`unexpected email/manifest.csv header: ${head?.join(',')}`);
  const all = rows.map(([file, label, source, sha256]) => ({
    file: file!,
    label: label as EmailRow['label'],
    source: source!,
    sha256: sha256!,
  }));
  return groupedSample(
    all,
    (r) => `${r.label}/${r.source}`,
    (r) => r.sha256,
    n,
  );
}

export interface ListRow {
  item: string;
  label: 'malicious' | 'benign';
  group: string;
}

/**
 * `n` rows of every group of a `value,label,group` CSV (domains: DGA family, benign names as one
 * group of `nBenign`; URLs: source).
 */
export function listSample(file: string, n: number, nBenign = n): ListRow[] {
  const [, ...rows] = parseCsv(readFileSync(join(DATA_DIR, file), 'utf8')).filter(
    (r) => r.length >= 3 && r[0],
  );
  const all = rows.map(([item, label, group]) => ({
    item: item!,
    label: label as ListRow['label'],
    group: group || `${label}`,
  }));
  const benignOneGroup = all.every((r) => r.label === 'malicious' || r.group === 'benign');
  const mal = groupedSample(
    all.filter((r) => r.label === 'malicious'),
    (r) => r.group,
    (r) => sha(r.item),
    n,
  );
  const ben = benignOneGroup
    ? groupedSample(
        all.filter((r) => r.label === 'benign'),
        () => 'benign',
        (r) => sha(r.item),
        nBenign,
      )
    : groupedSample(
        all.filter((r) => r.label === 'benign'),
        (r) => r.group,
        (r) => sha(r.item),
        n,
      );
  return [...mal, ...ben];
}
