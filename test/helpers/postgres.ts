/**
 * A real PostgreSQL for tests (scripts/pg-cluster.mjs): started once per test file on loopback in a
 * temp folder, stopped after. Outside CI, a machine without Debian's `postgresql` package skips
 * these tests with the reason printed; in CI (`CI` set) a server that cannot start fails the run,
 * because `.ci/run` installs it.
 */
import { afterAll } from 'vitest';
// @ts-expect-error plain JavaScript shared with bench/replicas.js
import { startPostgres } from '../../scripts/pg-cluster.mjs';

export interface TestPostgres {
  url: string;
  port: number;
  bin: string;
  createDatabase(name: string): string;
  stop(): void;
}

/** Start a server for this file, or return null (and say why) when it cannot start outside CI. */
export async function postgresOrSkip(what: string): Promise<TestPostgres | null> {
  try {
    const pg = (await startPostgres()) as TestPostgres;
    afterAll(() => pg.stop());
    return pg;
  } catch (err) {
    if (process.env.CI) throw err;
    console.warn(`SKIPPED ${what}: PostgreSQL could not start on this machine (${(err as Error).message})`);
    return null;
  }
}
