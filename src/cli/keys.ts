/**
 * `vigil keys create --name NAME | list | revoke ID|NAME`: API keys for `vigil serve`. A key is shown
 * once, at creation; the database keeps only its SHA-256. A name is unique among active keys, so
 * `revoke NAME` revokes exactly one key (or refuses, listing the ids, when a name is ambiguous).
 */
import { createApiKey } from '../server/index.js';
import {
  KEY_ROLES,
  describeStore,
  openStore,
  storeLocation,
  type KeyRole,
  type Store,
} from '../store/index.js';
import { exitCodeFor, type CliIo } from './io.js';

export interface KeysOptions {
  db?: string;
  name?: string;
  /** read | scan | admin (default admin); see KeyRole. */
  role?: string;
  json?: boolean;
}

export type KeysAction = 'create' | 'list' | 'revoke';

export async function runKeys(
  action: string,
  args: string[],
  opts: KeysOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  if (!['create', 'list', 'revoke'].includes(action)) {
    io.stderr(`vigil keys: unknown action "${action}"; use create, list or revoke (E_USAGE)\n`);
    return 2;
  }
  if (action === 'create' && !opts.name) {
    io.stderr('vigil keys create: --name NAME is required, e.g. --name analyst (E_USAGE)\n');
    return 2;
  }
  if (opts.role !== undefined && !(KEY_ROLES as readonly string[]).includes(opts.role)) {
    io.stderr(`vigil keys: --role must be one of ${KEY_ROLES.join(', ')}, got "${opts.role}" (E_USAGE)\n`);
    return 2;
  }
  if (action === 'revoke' && args.length !== 1) {
    io.stderr('vigil keys revoke: give exactly one key id or name (see `vigil keys list`) (E_USAGE)\n');
    return 2;
  }
  let dbPath: string;
  let store: Store;
  try {
    dbPath = describeStore(storeLocation(opts.db, env));
    store = await openStore(opts.db, { env });
  } catch (err) {
    return exitCodeFor(err, io, 'vigil keys');
  }
  try {
    if (action === 'create') {
      const { key, record } = await createApiKey(
        store,
        opts.name ?? '',
        new Date(),
        (opts.role ?? 'admin') as KeyRole,
      );
      if (opts.json) {
        io.stdout(
          `${JSON.stringify({ id: record.id, name: record.name, role: record.role, created_at: record.created_at, key })}\n`,
        );
      } else {
        io.stdout(`${key}\n`);
        io.stderr(
          `vigil keys: created ${record.id} "${record.name}" (role ${record.role}) in ${dbPath}.\n` +
            'vigil keys: this is the only time the key is shown; store it now (only its hash is kept).\n' +
            'vigil keys: send it as  Authorization: Bearer <key>\n',
        );
      }
      return 0;
    }
    if (action === 'list') {
      const keys = await store.listKeys();
      if (opts.json) {
        for (const k of keys) {
          io.stdout(
            `${JSON.stringify({ id: k.id, name: k.name, role: k.role, created_at: k.created_at, revoked_at: k.revoked_at })}\n`,
          );
        }
      } else if (!keys.length) {
        io.stderr(`vigil keys: no keys in ${dbPath}; create one with  vigil keys create --name NAME\n`);
      } else {
        const rows = keys.map((k) => [
          k.id,
          k.name,
          k.role,
          k.created_at,
          k.revoked_at ? `revoked ${k.revoked_at}` : 'active',
        ]);
        const head = ['ID', 'NAME', 'ROLE', 'CREATED', 'STATUS'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
        const line = (r: string[]) =>
          `${r
            .map((c, i) => c.padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd()}\n`;
        io.stdout(line(head));
        for (const r of rows) io.stdout(line(r));
      }
      return 0;
    }
    const target = args[0] ?? '';
    const revoked = await store.revokeKey(target, new Date());
    if (!revoked) {
      io.stderr(
        `vigil keys revoke: no active key with id or name "${target}"; see \`vigil keys list\` (E_NOT_FOUND)\n`,
      );
      return 2;
    }
    if (opts.json)
      io.stdout(
        `${JSON.stringify({ id: revoked.id, name: revoked.name, revoked_at: revoked.revoked_at })}\n`,
      );
    else io.stdout(`revoked ${revoked.id} "${revoked.name}"\n`);
    return 0;
  } catch (err) {
    return exitCodeFor(err, io, `vigil keys ${action}`);
  } finally {
    await store.close();
  }
}
