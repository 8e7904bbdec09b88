/**
 * The one model-card writer. A card is Markdown: a title and blocks (a paragraph, a list, a table,
 * a heading) separated by one blank line. Every trainer (email, url, domain) builds its blocks and
 * writes the model and its card through `writeModelAndCard`, so the files are written the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { serializeModel, type LinearModel } from '../ml/index.js';

/** One Markdown block: its lines, written together; blocks are separated by one blank line. */
export type CardBlock = readonly string[];

export interface ModelCardDoc {
  /** The `#` heading (without the `# `). */
  title: string;
  blocks: readonly CardBlock[];
}

/** The card text: `# title`, then every non-empty block, one blank line apart, ending in a newline. */
export function renderCard(doc: ModelCardDoc): string {
  return (
    [[`# ${doc.title}`], ...doc.blocks.filter((b) => b.length)].map((b) => b.join('\n')).join('\n\n') + '\n'
  );
}

/** A Markdown table; `|` inside a cell is escaped. `align`: one `---` / `---:` per column. */
export function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('left' | 'right')[],
): string[] {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'))),
    ...rows.map((r) => line(r.map(cell))),
  ];
}

/** Writes the model JSON (one line) and its card, creating their folder; returns the model's size in bytes. */
export function writeModelAndCard(
  model: LinearModel,
  out: string,
  card: string,
  text: (modelBytes: number) => string,
): number {
  const json = JSON.stringify(serializeModel(model));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json + '\n');
  mkdirSync(dirname(card), { recursive: true });
  writeFileSync(card, text(Buffer.byteLength(json)));
  return Buffer.byteLength(json);
}
