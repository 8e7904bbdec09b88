import { expect } from 'vitest';
import { VigilError, type Signal, type Verdict } from '../../src/core/index.js';
import { ALL_SIGNALS } from '../../src/index.js';
import { recordAssertion } from './signal-log.js';

/** A verdict, or anything else that carries signals (a detector's output, an inspection). */
export type HasSignals = Pick<Verdict, 'signals'> | readonly Signal[];

function signalsOf(v: HasSignals): readonly Signal[] {
  return Array.isArray(v) ? (v as readonly Signal[]) : (v as Pick<Verdict, 'signals'>).signals;
}

/** The first signal with this id in a verdict, or undefined. */
export function signal(v: HasSignals, id: string): Signal | undefined {
  return signalsOf(v).find((s) => s.id === id);
}

/** The severity of the first signal with this id, or 'none' when it did not fire. */
export function severityOf(v: HasSignals, id: string): Signal['severity'] | 'none' {
  declared(id);
  return signal(v, id)?.severity ?? 'none';
}

export function signalIds(v: HasSignals): string[] {
  return signalsOf(v).map((s) => s.id);
}

const DECLARED = new Set(ALL_SIGNALS.map((s) => s.id));

function declared(id: string): void {
  // a misspelt id would make `expectAbsent` pass whatever the detector does
  if (!DECLARED.has(id)) throw new Error(`${id} is not a declared signal (ALL_SIGNALS)`);
}

/**
 * Asserts that the signal fired and returns it (check its severity and evidence next). The id is
 * recorded: test/registry.test.ts fails when a declared signal was never asserted fired.
 */
export function expectFires(v: HasSignals, id: string): Signal {
  declared(id);
  const s = signal(v, id);
  expect(s, `expected ${id} to fire; fired: ${signalIds(v).join(', ') || 'nothing'}`).toBeDefined();
  recordAssertion('fires', id);
  return s!;
}

/**
 * Asserts that the signal did not fire, on a legitimate look-alike of what it detects (or a case
 * just inside a limit). The id is recorded: test/registry.test.ts fails when a declared signal was
 * never asserted absent.
 */
export function expectAbsent(v: HasSignals, id: string): void {
  declared(id);
  const s = signal(v, id);
  expect(s, `expected ${id} not to fire, but: ${s?.message ?? ''}`).toBeUndefined();
  recordAssertion('absent', id);
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
