// Setup file of the `unit` project (vitest.config.ts), run in each test file's process before the
// file: notes that the file ran (even when all its tests skip), so the registry check can tell a
// full run from a run of a few files.
import { expect } from 'vitest';
import { recordFileRan } from './signal-log.js';

const p = expect.getState().testPath;
if (p) recordFileRan(p);
else throw new Error('signal-log-setup: vitest did not name the test file');
