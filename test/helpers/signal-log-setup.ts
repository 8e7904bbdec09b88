// Setup file of the `unit` project (vitest.config.ts): notes that this test file ran, so the
// registry check can tell a full run from a run of a few files.
import { beforeAll, expect } from 'vitest';
import { recordFileRan } from './signal-log.js';

beforeAll(() => {
  const p = expect.getState().testPath;
  if (p) recordFileRan(p);
});
