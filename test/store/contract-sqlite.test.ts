/** The store contract on SQLite: a fresh file per case (test/store/contract.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runStoreContract } from './contract.js';

const root = mkdtempSync(join(tmpdir(), 'vigil-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite', async () => {
  const path = join(root, `c${++n}.db`);
  return {
    open: () => openStore(`sqlite:${path}`),
    async markNewerSchema() {
      const db = new Database(path);
      db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
      db.close();
    },
  };
});
