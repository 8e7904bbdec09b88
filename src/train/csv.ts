/**
 * The one CSV reader of training and evaluation (RFC 4180): labelled training files
 * (`url,label,source`, `domain,label,family`), `--slices` files (`file,slice`) and the one-item
 * lists of `vigil eval url|domain`. Two hand-written parsers disagreed before: the slices reader
 * split each line on its own and broke a quoted field holding a line break into two rows.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { VigilError } from '../core/index.js';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A leading BOM is dropped; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows of a labelled CSV with the named columns (header row required; other columns ignored). */
export function readLabelledCsv(text: string, columns: readonly string[]): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows.shift() ?? [];
  const at = columns.map((c) => header.indexOf(c));
  const missing = columns.filter((_, k) => at[k]! < 0);
  if (missing.length)
    throw new Error(`CSV lacks the column(s) ${missing.join(', ')} (header: ${header.join(',')})`);
  return rows.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[at[k]!] ?? ''])));
}

function readText(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new VigilError('E_READ', `cannot read ${what}${path}: ${(err as Error).message}`, { path });
  }
}

/** A labelled CSV file with the given columns and its bytes (for the card's sha256); E_READ / E_DATA on failure. */
export function readCsvFile(
  path: string,
  columns: readonly string[],
): { buf: Buffer; records: Record<string, string>[] } {
  const buf = readText(path, '');
  try {
    return { buf, records: readLabelledCsv(buf.toString('utf8'), columns) };
  } catch (err) {
    throw new VigilError('E_DATA', `${path}: ${(err as Error).message}`, { path });
  }
}

/**
 * A `file,slice` CSV (header optional) as file name → slice; rows are matched to scanned files by
 * file name, so the CSV may name files by any path.
 */
export function readSlices(path: string): Map<string, string> {
  const text = readText(path, 'slices file ').toString('utf8');
  const out = new Map<string, string>();
  for (const [i, cells] of parseCsv(text).entries()) {
    if (cells.every((c) => !c.trim())) continue;
    if (cells.length < 2)
      throw new VigilError('E_DATA', `slices file ${path} row ${i + 1}: expected file,slice`, { path });
    const [file, slice] = [cells[0]!.trim(), cells[1]!.trim()];
    if (i === 0 && file.toLowerCase() === 'file' && slice.toLowerCase() === 'slice') continue;
    out.set(basename(file), slice);
  }
  return out;
}

/** One item per line (URLs or domains); blank lines and `#` comments skipped. */
export function readList(path: string): string[] {
  return readText(path, '')
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
