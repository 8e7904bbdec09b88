/**
 * `vigil purge [--db PATH] (--older-than DAYS | --all) [--json]`: delete stored verdicts (with raw
 * messages) and analyst feedback now, by age or all of them. API keys are kept. `vigil serve` does
 * the same by age on its own (`--retention-days`); this is for a one-off clean-up or a data
 * subject's request. A bare `vigil purge` is refused: deleting everything must be asked for.
 */
import { describeStore, openStore, storeLocation, type Store } from '../store/index.js';
import { exitCodeFor, type CliIo } from './io.js';

export interface PurgeOptions {
  db?: string;
  olderThan?: string | number;
  all?: boolean;
  json?: boolean;
}

export async function runPurge(
  opts: PurgeOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Promise<number> {
  const usage = (m: string) => {
    io.stderr(`vigil purge: ${m} (E_USAGE)\n`);
    return 2;
  };
  if (opts.all && opts.olderThan !== undefined) return usage('give --older-than DAYS or --all, not both');
  if (!opts.all && opts.olderThan === undefined)
    return usage('say what to delete: --older-than DAYS, or --all for every verdict and feedback');
  let before: Date | null = null;
  if (!opts.all) {
    const text = String(opts.olderThan);
    // 0 would mean "everything up to now": that is --all, said explicitly
    if (!/^[1-9]\d{0,4}$/.test(text))
      return usage(`--older-than must be a whole number of days (1-99999), got ${text}`);
    before = new Date(now.getTime() - Number(text) * 86_400_000);
  }
  // an existing database only: purging must never create one (nor its folder)
  let dbPath: string;
  let store: Store;
  try {
    dbPath = describeStore(storeLocation(opts.db, env));
    store = await openStore(opts.db, { env, mustExist: true });
  } catch (err) {
    return exitCodeFor(err, io, 'vigil purge');
  }
  try {
    const gone = await store.purge(before);
    const scope = before ? `created before ${before.toISOString()}` : 'all';
    if (opts.json) {
      io.stdout(`${JSON.stringify({ db: dbPath, before: before?.toISOString() ?? null, ...gone })}\n`);
    } else {
      io.stdout(
        `purged ${gone.verdicts} verdict(s) and ${gone.feedback} feedback entr${gone.feedback === 1 ? 'y' : 'ies'} (${scope}) from ${dbPath}\n`,
      );
    }
    return 0;
  } catch (err) {
    return exitCodeFor(err, io, 'vigil purge');
  } finally {
    await store.close();
  }
}
