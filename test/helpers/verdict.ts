import type { Signal, Verdict } from '../../src/core/index.js';

/** The first signal with this id in a verdict, or undefined. */
export function signal(v: Verdict, id: string): Signal | undefined {
  return v.signals.find((s) => s.id === id);
}

export function signalIds(v: Verdict): string[] {
  return v.signals.map((s) => s.id);
}
