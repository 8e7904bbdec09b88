import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_DATA_HOME/vigil/vigil.db`, else `~/.local/share/vigil/vigil.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
  const base = xdg && xdg.startsWith('/') ? xdg : join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'vigil', 'vigil.db');
}

/**
 * Where `--db` points: the user's path as given (its folder must exist), or the default location,
 * whose own folder is created on first use.
 */
export function dbLocation(
  db: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { path: string; createDir: boolean } {
  return db === undefined || db === ''
    ? { path: defaultDbPath(env), createDir: true }
    : { path: db, createDir: false };
}
