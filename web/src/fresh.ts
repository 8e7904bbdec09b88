/**
 * The verdicts this tab has just received from a scan, kept in memory only (never in storage, gone
 * on reload). The server stores verdicts without evidence text unless it runs with
 * --keep-evidence; the analyst who sent the scan already holds the whole verdict, so the verdict
 * page shows its evidence once, from here.
 */
import type { Verdict } from './types';

const MAX_KEPT = 20;
const fresh = new Map<string, Verdict>();

export function rememberScan(v: Verdict): void {
  fresh.delete(v.id);
  fresh.set(v.id, v);
  for (const id of fresh.keys()) {
    if (fresh.size <= MAX_KEPT) break;
    fresh.delete(id);
  }
}

export function recentScan(id: string): Verdict | undefined {
  return fresh.get(id);
}
