/**
 * The README tables that come from runs equal what `npm run docs:tables` (scripts/readme-tables.mjs)
 * writes now: the shipped model files' sizes (always), and the five dev messages scanned with the
 * shipped models (when ../shared/data is here; under CI it must be).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner, resolveConfig } from '../../src/index.js';
// prettier-ignore
// @ts-expect-error: a plain .mjs script without type declarations
import { DEV_MESSAGES, devMessagesTable, modelSizesTable, readBlock, scanDevMessages } from '../../scripts/readme-tables.mjs';
import { DATA_DIR, corpusPresent } from './data.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const fix = 'run `npm run docs:tables` and commit README.md';

describe('README tables generated from runs', () => {
  it('the model sizes table matches models/*.json', () => {
    expect(readBlock(readme, 'model-sizes'), fix).toBe(modelSizesTable());
  });

  const data = corpusPresent(join('email', 'dev', DEV_MESSAGES[0]));
  it.skipIf(!data.present)('the five dev messages table is what the shipped models print now', async () => {
    expect(existsSync(join(DATA_DIR, 'email', 'dev'))).toBe(true);
    // the default config, as `vigil scan` uses it; only the time limit is lifted, so a loaded
    // machine gives the verdict an idle one does (scanDevMessages refuses a verdict cut short)
    const scanner = createScanner(resolveConfig({ limits: { time_ms: 600_000 } }));
    const rows = await scanDevMessages(
      (raw: Uint8Array, target: string) => scanner.email(raw, target),
      DATA_DIR,
    );
    expect(readBlock(readme, 'dev-messages'), fix).toBe(devMessagesTable(rows));
  });
});
