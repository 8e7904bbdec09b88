/**
 * The signal assertion log: which signal ids the tests asserted fired or absent, and which test
 * files ran, recorded under the directory `vitest.config.ts` creates for one run
 * (`VIGIL_SIGNAL_LOG`). Read by test/registry.test.ts once every other file has finished.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

export type Assertion = 'fires' | 'absent';

const root = new URL('../..', import.meta.url).pathname;

function logDir(): string | undefined {
  return process.env.VIGIL_SIGNAL_LOG || undefined;
}

function currentFile(): string {
  const p = expect.getState().testPath;
  return p ? relative(root, p) : '?';
}

function append(line: string): void {
  const dir = logDir();
  if (!dir || !existsSync(dir)) return;
  // one file per worker process: appends from separate processes never interleave within a file
  appendFileSync(join(dir, `log-${process.pid}.tsv`), `${line}\n`);
}

export function recordAssertion(kind: Assertion, id: string): void {
  append(`${kind}\t${id}\t${currentFile()}`);
}

export function recordFileRan(file: string): void {
  append(`ran\t-\t${relative(root, file)}`);
}

export interface SignalLog {
  /** signal id -> test files that asserted it */
  fires: Map<string, Set<string>>;
  absent: Map<string, Set<string>>;
  /** test files (relative to the repository) that ran */
  ran: Set<string>;
}

export function readSignalLog(dir: string): SignalLog {
  const log: SignalLog = { fires: new Map(), absent: new Map(), ran: new Set() };
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.tsv')) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const [kind, id, file] = line.split('\t');
      if (!kind || !id || !file) continue;
      if (kind === 'ran') log.ran.add(file);
      else if (kind === 'fires' || kind === 'absent') {
        const m = log[kind];
        if (!m.has(id)) m.set(id, new Set());
        m.get(id)!.add(file);
      }
    }
  }
  return log;
}
