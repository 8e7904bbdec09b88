import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Signal assertion log (test/helpers/signal-log.ts): every test file records which signal ids it
// asserted fired (`expectFires`) or absent (`expectAbsent`), and that it ran at all, into one
// directory per `vitest run`. test/registry.test.ts runs after every other file (its project has a
// later groupOrder) and fails when a declared signal was never asserted either way. Workers are
// separate processes (pool: forks), so the log is files, not memory.
// VIGIL_SIGNAL_LOG_DIR keeps the log in a folder of your choice (appended to, never removed).
// vitest evaluates this file once per project as well as for the root (three times in one process),
// so the folder is named by the process, not made fresh by each evaluation: every project must
// write to and read from the same one. The first evaluation empties what a reused pid left behind.
const runDir = join(tmpdir(), `vigil-signal-log-${process.pid}`);
const signalLog = process.env.VIGIL_SIGNAL_LOG_DIR || runDir;
if (!process.env.VIGIL_SIGNAL_LOG_DIR && !(globalThis as { vigilSignalLog?: string }).vigilSignalLog) {
  (globalThis as { vigilSignalLog?: string }).vigilSignalLog = runDir;
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  process.once('exit', () => rmSync(runDir, { recursive: true, force: true }));
}
// a test-name filter (-t) or a shard runs every file but not every test: the coverage check cannot
// tell an unasserted signal from a filtered-out test, so it is skipped (never in CI)
const argv = process.argv.slice(2);
const partial = argv.some((a) => /^(-t|--testNamePattern|--shard)(=|$)/.test(a));

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { VIGIL_SIGNAL_LOG: signalLog, ...(partial ? { VIGIL_SIGNAL_LOG_PARTIAL: '1' } : {}) },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/registry.test.ts'],
          setupFiles: ['test/helpers/signal-log-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'registry', include: ['test/registry.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
