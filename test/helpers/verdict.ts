import { VigilError, type Signal, type Verdict } from '../../src/core/index.js';

/** The first signal with this id in a verdict, or undefined. */
export function signal(v: Verdict, id: string): Signal | undefined {
  return v.signals.find((s) => s.id === id);
}

export function signalIds(v: Verdict): string[] {
  return v.signals.map((s) => s.id);
}

/** The `code` of the VigilError a promise rejects with, or undefined when it resolves. */
export async function errorCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    if (!(err instanceof VigilError)) throw err;
    return err.code;
  }
}
