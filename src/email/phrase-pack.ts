/**
 * The phrase families' pre-filter (src/email/phrases.ts Families) made at build time: deriving every
 * family's need and building the literal scanner costs 120–300 ms of CPU, once per process, which
 * a process that scans a few hundred messages, or one (`vigil scan one.eml`), pays in full. The
 * pack (`models/phrase-families.pack`, written by scripts/model-pack.mjs after tsc, never
 * committed) holds the needs, the clause lists and the scanner's tables, each family's need under
 * the SHA-256 of its phrase() source: a family whose source is not in the pack (edited since, or
 * made by code the pack was not built with) gets no need and is always searched, as one made after
 * the filter is built is. So a stale or missing pack costs speed, never a verdict: the filter is
 * sound for the sources it was derived from. Speed only: what matches never changes.
 *
 * Layout: a model pack (src/ml/model-pack.ts) whose sections are the tables below.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { decodeModelPack, encodeModelPack } from '../ml/model-pack.js';
import { packagePath } from '../paths.js';
import { LiteralScanner } from './phrase-literals.js';
import { standInPlan, type StandInPlan } from './phrase-one-byte.js';
import type { Families } from './phrases.js';

/** Where the pack is, in the package. */
export const FAMILIES_PACK = 'models/phrase-families.pack';

/** A family's key: the SHA-256 of its phrase() source (what its need is derived from). */
const keyOf = (src: string): string => createHash('sha256').update(src).digest('base64');

const utf8 = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** A family's key for its one-byte stand-ins (./phrase-one-byte.ts): the SHA-256 of its flags and regex source. */
const planKeyOf = (re: RegExp): string => keyOf(`${re.flags}/${re.source}`);

/** Whether a value read from a pack is a stand-in plan (or null, a refusal). */
function isPlan(p: unknown): p is StandInPlan | null {
  if (p === null) return true;
  const q = p as StandInPlan;
  return (
    typeof p === 'object' &&
    Array.isArray(q.starts) &&
    Array.isArray(q.standIns) &&
    q.starts.length === q.standIns.length &&
    q.starts.every(
      (x, i) => Number.isInteger(x) && x >= 0x100 && x < 0x10000 && (i === 0 || x > q.starts[i - 1]!),
    ) &&
    q.standIns.every((b) => Number.isInteger(b) && b >= -1 && b <= 0xff)
  );
}

/**
 * The pack of `f` (built by buildFamilies from patterns whose sources `srcOf` gives), with the
 * one-byte stand-in plans of `planned` (by default the patterns of `f`).
 */
export function encodeFamilies(
  f: Families,
  srcOf: (re: RegExp) => string | undefined,
  planned: readonly RegExp[] = [...f.needs.keys()],
): Uint8Array {
  const keys: string[] = [];
  const needStart = [0];
  const needs: number[] = [];
  const seen = new Set<string>();
  for (const [re, need] of f.needs) {
    const src = srcOf(re);
    if (src === undefined) continue;
    const key = keyOf(src);
    if (seen.has(key)) continue; // the same source: the same need
    seen.add(key);
    keys.push(key);
    if (need !== null) needs.push(...need);
    needStart.push(needs.length); // an empty need: null (always searched)
  }
  // the one-byte stand-in plan of each of `planned` (./phrase-one-byte.ts), under the key of its
  // flags and regex source
  const planKeys: string[] = [];
  const plans: (StandInPlan | null)[] = [];
  for (const re of planned) {
    const key = planKeyOf(re);
    if (planKeys.includes(key)) continue;
    planKeys.push(key);
    plans.push(standInPlan(re.source, re.flags));
  }
  const t = f.scanner.tables();
  const sections = new Map<string, ArrayBufferView>([
    ['keys', utf8(keys)],
    ['planKeys', utf8(planKeys)],
    ['plans', utf8(plans)],
    ['needStart', Int32Array.from(needStart)],
    ['needs', Int32Array.from(needs)],
    ['clauseStart', f.clauseStart],
    ['clauseList', f.clauseList],
    ['shape', Int32Array.of(f.clauses, t.width)],
    ['literals', utf8(f.scanner.literals)],
    [t.cls instanceof Uint8Array ? 'cls8' : 'cls16', t.cls],
    [t.next instanceof Uint16Array ? 'next16' : 'next32', t.next],
    ['ends', t.ends],
    ['link', t.link],
  ]);
  return encodeModelPack({ sha256: keyOf(keys.join('\n')), lazy: [], sections });
}

/**
 * The filter of `patterns` from a pack's bytes: the families whose sources it holds get their
 * needs, the others none; and the stand-in plans of those of `planned` whose flags and sources it
 * holds. Null when the bytes are not such a pack.
 */
export function decodeFamilies(
  bytes: Uint8Array,
  patterns: readonly RegExp[],
  srcOf: (re: RegExp) => string | undefined,
  planned: readonly RegExp[] = patterns,
): Families | null {
  const pack = decodeModelPack(bytes);
  if (pack === null) return null;
  const s = pack.sections;
  const json = (name: string): unknown => {
    const b = s.get(name);
    return b === undefined ? undefined : JSON.parse(new TextDecoder().decode(b));
  };
  const view = <T>(name: string, make: new (b: ArrayBuffer, at: number, n: number) => T, size: number) => {
    const b = s.get(name);
    return b === undefined ? undefined : new make(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength / size);
  };
  const keys = json('keys');
  const literals = json('literals');
  const needStart = view('needStart', Int32Array, 4);
  const code = view('needs', Int32Array, 4);
  const clauseStart = view('clauseStart', Int32Array, 4);
  const clauseList = view('clauseList', Int32Array, 4);
  const shape = view('shape', Int32Array, 4);
  const cls = view('cls8', Uint8Array, 1) ?? view('cls16', Uint16Array, 2);
  const next = view('next16', Uint16Array, 2) ?? view('next32', Int32Array, 4);
  const ends = view('ends', Int32Array, 4);
  const link = view('link', Int32Array, 4);
  if (
    !Array.isArray(keys) ||
    !Array.isArray(literals) ||
    !needStart ||
    needStart.length !== keys.length + 1 ||
    !code ||
    !clauseStart ||
    clauseStart.length !== literals.length + 1 ||
    !clauseList ||
    !shape ||
    shape.length !== 2 ||
    !cls ||
    cls.length !== 65536 ||
    !next ||
    !ends ||
    !link ||
    link.length !== ends.length ||
    next.length !== ends.length * shape[1]!
  )
    return null;
  // the stand-in plans: a pack without them (or with unreadable ones) gives none
  const planKeys = json('planKeys');
  const planList = json('plans');
  const plans = new Map<RegExp, StandInPlan | null>();
  if (
    Array.isArray(planKeys) &&
    Array.isArray(planList) &&
    planKeys.length === planList.length &&
    planList.every(isPlan)
  ) {
    const planAt = new Map<string, number>(planKeys.map((k: unknown, i) => [String(k), i]));
    for (const re of planned) {
      const i = planAt.get(planKeyOf(re));
      if (i !== undefined) plans.set(re, planList[i] as StandInPlan | null);
    }
  }
  const at = new Map<string, number>(keys.map((k: unknown, i) => [String(k), i]));
  const needs = new Map<RegExp, Int32Array | null>();
  for (const re of patterns) {
    const src = srcOf(re);
    const i = src === undefined ? undefined : at.get(keyOf(src));
    if (i === undefined) continue; // not in the pack: always searched
    needs.set(re, needStart[i] === needStart[i + 1] ? null : code.subarray(needStart[i], needStart[i + 1]));
  }
  return {
    scanner: new LiteralScanner(literals as string[], { cls, width: shape[1]!, next, ends, link }),
    needs,
    clauseStart,
    clauseList,
    clauses: shape[0]!,
    held: new Map(),
    plans,
  };
}

/**
 * The shipped pack's filter of `patterns` and plans of `planned`, or undefined when there is none
 * (or it cannot be read).
 */
export function loadFamiliesPack(
  patterns: readonly RegExp[],
  srcOf: (re: RegExp) => string | undefined,
  planned: readonly RegExp[] = patterns,
): Families | undefined {
  try {
    const path = packagePath(FAMILIES_PACK);
    if (!existsSync(path)) return undefined;
    return decodeFamilies(readFileSync(path), patterns, srcOf, planned) ?? undefined;
  } catch {
    return undefined; // unreadable: built at run time, as without a pack
  }
}
