/**
 * The server's kinds and signals (`GET /v1/signals`), fetched once per tab: filters and legends
 * list what the server's runtime scans instead of a list written into the dashboard.
 */
import { useEffect, useState } from 'react';
import { api } from './api';
import type { SignalList } from './types';

let pending: Promise<SignalList> | null = null;

export function loadSignalList(): Promise<SignalList> {
  pending ??= api<SignalList>('/v1/signals').catch((err: unknown) => {
    pending = null; // a failed fetch (signed out, offline) is tried again next time
    throw err;
  });
  return pending;
}

/** The signal list, or null while it loads (or when it could not be loaded). */
export function useSignalList(): SignalList | null {
  const [list, setList] = useState<SignalList | null>(null);
  useEffect(() => {
    let live = true;
    loadSignalList().then(
      (l) => live && setList(l),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return list;
}
