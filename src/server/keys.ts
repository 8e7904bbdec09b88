/**
 * API keys. A key is `vgl_<12 hex id>_<43 base64url chars>` (256 random bits). Only its SHA-256 is
 * stored: a stolen database gives no usable key, and a fast hash is enough because the key has full
 * entropy (no dictionary to try). The id inside the key finds the row; the hashes are then compared
 * in constant time. The key is shown once, at creation.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRecord, KeyRole, Store } from '../store/index.js';
import { VigilError } from '../core/index.js';

export const KEY_PREFIX = 'vgl_';
const KEY_PATTERN = /^vgl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
export const MAX_KEY_NAME = 100;

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export interface NewApiKey {
  /** The key itself: shown once, never stored. */
  key: string;
  record: ApiKeyRecord;
}

export async function createApiKey(
  store: Store,
  name: string,
  now: Date = new Date(),
  role: KeyRole = 'admin',
): Promise<NewApiKey> {
  const clean = name.trim();
  if (!clean || clean.length > MAX_KEY_NAME || /[\u0000-\u001f\u007f]/.test(clean)) {
    throw new VigilError('E_USAGE', `key name must be 1-${MAX_KEY_NAME} printable characters`);
  }
  // `keys revoke` takes an id or a name: a name shaped like an id would make that ambiguous
  if (/^key_[0-9a-f]{12}$/i.test(clean))
    throw new VigilError('E_USAGE', `key name "${clean}" looks like a key id; choose another`);
  const idHex = randomBytes(6).toString('hex');
  const key = `${KEY_PREFIX}${idHex}_${randomBytes(32).toString('base64url')}`;
  const record = await store.createKey({
    id: `key_${idHex}`,
    name: clean,
    hash: hashKey(key),
    createdAt: now,
    role,
  });
  return { key, record };
}

export type KeyCheck =
  | { ok: true; key: { id: string; name: string; role: KeyRole } }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/** Check a presented key against the store. */
export async function verifyApiKey(store: Store, presented: string): Promise<KeyCheck> {
  const m = KEY_PATTERN.exec(presented);
  if (!m) return { ok: false, reason: 'malformed' };
  const record = await store.getKey(`key_${m[1]}`);
  // hash anyway when the id is unknown, so timing does not tell known ids from unknown ones
  const presentedHash = Buffer.from(hashKey(presented), 'hex');
  const storedHash = Buffer.from(record?.hash ?? '0'.repeat(64), 'hex');
  const same = storedHash.length === presentedHash.length && timingSafeEqual(storedHash, presentedHash);
  if (!record || !same) return { ok: false, reason: 'unknown' };
  if (record.revoked_at) return { ok: false, reason: 'revoked' };
  return { ok: true, key: { id: record.id, name: record.name, role: record.role } };
}
