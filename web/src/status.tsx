import { createContext, useContext } from 'react';
import type { Role, Status } from './types';

/** What the server runs and what this key may do (GET /v1/status), loaded at sign-in. */
export const StatusContext = createContext<Status | null>(null);
export const useStatus = () => useContext(StatusContext);

const RANK: Record<Role, number> = { read: 0, scan: 1, admin: 2 };
/** Whether the signed-in key may do what needs `role` (the server enforces it; the page hides it). */
export function useCan(role: Role): boolean {
  const s = useStatus();
  return s?.role ? RANK[s.role] >= RANK[role] : false;
}
