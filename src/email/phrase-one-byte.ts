/**
 * One-byte subjects for the phrase families (speed only: what a family matches never changes). V8
 * holds a string with any code unit above U+00FF two bytes a character, and its regex code for a
 * two-byte subject reads 3.7–4.4× slower a character than for a one-byte one (an arrow, a bullet or
 * a euro sign in an English body; Chinese, Arabic or Hindi mail). Before a family runs over such a
 * text, each code unit above U+00FF is replaced by a one-byte *stand-in* that the family's regex
 * cannot tell from it, so the regex finds the same matches at the same indices; the caller reads
 * every match back from the original text by index (one code unit stays one code unit: the
 * lengths are equal).
 *
 * Soundness. A regex without backreferences reads its subject only through *atoms*, each a set of
 * code units it asks "is the unit here in this set?": every literal character, every class
 * (`[...]`, `[^...]`, `\d \D \s \S \w \W`, `.`), and the assertions that look at characters — `\b`
 * and `\B` ask whether the units on either side are in \w, `^` and `$` under the m flag whether they
 * are line terminators. The backtracking matcher's every step is decided by those answers and by
 * the subject's length; the characters themselves are never compared with each other (that is
 * what a backreference does: a family with one is refused). So if, for every atom, a stand-in b
 * is in the atom exactly when the original unit c is, the run over the mapped text takes exactly
 * the steps of the run over the original, and returns the same indices and captures' positions.
 * standInPlan computes each atom's set of code units from the pattern's source (the code-unit
 * semantics of a regex without the u flag, Annex B syntax as V8 parses it, the i flag's
 * canonicalisation, the m and s flags), splits U+0100..U+FFFF into intervals on which every atom's
 * answer is the same, and gives each interval the first one-byte unit, in a fixed order of
 * preference, with the same answers, or none (a unit the family tells apart from all 256 one-byte
 * ones: a non-Latin literal, a range reaching above U+00FF that no one-byte unit shares,
 * whitespace that is also a word character). test/email/phrase-one-byte.test.ts checks the sets
 * against V8 over all 65,536 units and the matches on random texts.
 *
 * At run time (OneByteSubjects) a text is mapped once, by the stand-ins of the word and separator
 * classes that 151 of the 173 shipped families share; a family whose own stand-ins agree with
 * those on every unit the text holds reads that mapping, any other the original text (also when a
 * unit has no stand-in for it). The families' plans are computed at build time into the phrase
 * pack (./phrase-pack.ts), or at run time with the pre-filter when there is no pack; a pattern
 * with no plan (not made by phrase()) reads the original text.
 *
 * Refused (the family reads the original text): the u and v flags (a surrogate pair is one
 * character there, and under u with i "ſ" and the Kelvin sign are word characters that fold to s
 * and k: not modelled), backreferences and `\k`, legacy octal escapes, `\c` outside `\cA`–`\cZ`,
 * `\p`/`\P` and identity escapes of letters (Annex B reads them as the letter; refused rather than
 * guessed), group syntax other than `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` and `(?<name>`.
 */

/** A set of code units: sorted, disjoint half-open ranges [r[0], r[1]), [r[2], r[3]) … */
type CodeUnits = number[];

const ALL: CodeUnits = [0, 0x10000];
const DIGIT: CodeUnits = [0x30, 0x3a];
const WORD: CodeUnits = [0x30, 0x3a, 0x41, 0x5b, 0x5f, 0x60, 0x61, 0x7b];
/** WhiteSpace and LineTerminator (what `\s` matches; ECMA-262 CharacterClassEscape). */
const SPACE: CodeUnits = fromUnits([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const LINE_TERMINATOR: CodeUnits = fromUnits([0x0a, 0x0d, 0x2028, 0x2029]);

function fromUnits(units: readonly number[]): CodeUnits {
  const sorted = [...new Set(units)].sort((a, b) => a - b);
  const out: CodeUnits = [];
  for (const u of sorted) {
    if (out.length && out[out.length - 1] === u) out[out.length - 1] = u + 1;
    else out.push(u, u + 1);
  }
  return out;
}

function union(a: CodeUnits, b: CodeUnits): CodeUnits {
  const ranges: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) ranges.push([a[i]!, a[i + 1]!]);
  for (let i = 0; i < b.length; i += 2) ranges.push([b[i]!, b[i + 1]!]);
  ranges.sort((x, y) => x[0] - y[0]);
  const out: CodeUnits = [];
  for (const [lo, hi] of ranges) {
    if (out.length && lo <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(a: CodeUnits): CodeUnits {
  const out: CodeUnits = [];
  let at = 0;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i]! > at) out.push(at, a[i]!);
    at = a[i + 1]!;
  }
  if (at < 0x10000) out.push(at, 0x10000);
  return out;
}

function contains(a: CodeUnits, c: number): boolean {
  for (let i = 0; i < a.length; i += 2) {
    if (c < a[i]!) return false;
    if (c < a[i + 1]!) return true;
  }
  return false;
}

/**
 * ECMA-262 Canonicalize without the u flag, per code unit: the upper case of the unit when that
 * is one code unit, except that a unit from U+0080 up never canonicalises into ASCII (so "ſ" stays
 * "ſ", "ı" stays "ı"). Built at the first family with the i flag (none ships with it).
 */
let canonTable: Uint16Array | undefined;
function canon(): Uint16Array {
  if (canonTable === undefined) {
    canonTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c).toUpperCase();
      const cu = u.length === 1 ? u.charCodeAt(0) : c;
      canonTable[c] = c >= 0x80 && cu < 0x80 ? c : cu;
    }
  }
  return canonTable;
}

/** Under the i flag, the units a set matches: those whose canonical form is one of the set's. */
function caseClosure(a: CodeUnits): CodeUnits {
  const t = canon();
  const canonicalIn = new Uint8Array(0x10000);
  for (let i = 0; i < a.length; i += 2) for (let c = a[i]!; c < a[i + 1]!; c++) canonicalIn[t[c]!] = 1;
  const units: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (canonicalIn[t[c]!]) units.push(c);
  return fromUnits(units);
}

class Refused extends Error {}

const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;

/**
 * The unit or set of an escape `\` + src[at] (outside a class when `inClass` is false), and where
 * the escape ends. Refuses what it does not model.
 */
function escapeAt(
  src: string,
  at: number,
  inClass: boolean,
): { unit?: number; set?: CodeUnits; end: number } {
  const e = src[at];
  if (e === undefined) throw new Refused('trailing backslash');
  switch (e) {
    case 'd':
      return { set: DIGIT, end: at + 1 };
    case 'D':
      return { set: complement(DIGIT), end: at + 1 };
    case 'w':
      return { set: WORD, end: at + 1 };
    case 'W':
      return { set: complement(WORD), end: at + 1 };
    case 's':
      return { set: SPACE, end: at + 1 };
    case 'S':
      return { set: complement(SPACE), end: at + 1 };
    case 'n':
      return { unit: 0x0a, end: at + 1 };
    case 'r':
      return { unit: 0x0d, end: at + 1 };
    case 't':
      return { unit: 0x09, end: at + 1 };
    case 'v':
      return { unit: 0x0b, end: at + 1 };
    case 'f':
      return { unit: 0x0c, end: at + 1 };
    case 'b':
      if (inClass) return { unit: 0x08, end: at + 1 };
      throw new Refused('\\b is an assertion (the caller handles it)');
    case '0':
      if (/[0-9]/.test(src[at + 1] ?? '')) throw new Refused('legacy octal escape');
      return { unit: 0, end: at + 1 };
    case 'x': {
      const hex = src.slice(at + 1, at + 3);
      if (!HEX2.test(hex)) throw new Refused('\\x without two hex digits');
      return { unit: parseInt(hex, 16), end: at + 3 };
    }
    case 'u': {
      const hex = src.slice(at + 1, at + 5);
      if (!HEX4.test(hex)) throw new Refused('\\u without four hex digits');
      return { unit: parseInt(hex, 16), end: at + 5 };
    }
    case 'c': {
      const l = src[at + 1] ?? '';
      if (!/^[A-Za-z]$/.test(l)) throw new Refused('\\c without a letter');
      return { unit: l.charCodeAt(0) % 32, end: at + 2 };
    }
    case '-':
      return { unit: 0x2d, end: at + 1 };
    default:
      // digits: a backreference or a legacy octal escape; letters: \k, \p, \P, or an identity
      // escape Annex B reads as the letter (refused rather than guessed)
      if (/[0-9A-Za-z]/.test(e)) throw new Refused(`escape \\${e}`);
      return { unit: e.charCodeAt(0), end: at + 1 }; // an identity escape: the unit itself
  }
}

/** The set a class `[...]` (its whole source) matches before the i flag and negation, and whether it is negated. */
function classSet(cls: string): { set: CodeUnits; negated: boolean } {
  let at = 1;
  const end = cls.length - 1; // the closing ']'
  const negated = cls[at] === '^';
  if (negated) at++;
  const units: number[] = [];
  let set: CodeUnits = [];
  const atom = (): { unit?: number; set?: CodeUnits } => {
    if (cls[at] === '\\') {
      const r = escapeAt(cls, at + 1, true);
      at = r.end;
      return r;
    }
    return { unit: cls.charCodeAt(at++) };
  };
  while (at < end) {
    const a = atom();
    if (cls[at] === '-' && at + 1 < end) {
      at++;
      const b = atom();
      if (a.unit !== undefined && b.unit !== undefined) {
        if (a.unit > b.unit) throw new Refused('range out of order');
        set = union(set, [a.unit, b.unit + 1]);
        continue;
      }
      // Annex B: a class escape at either end makes the dash a literal
      units.push(0x2d);
      for (const x of [a, b]) {
        if (x.unit !== undefined) units.push(x.unit);
        else set = union(set, x.set!);
      }
      continue;
    }
    if (a.unit !== undefined) units.push(a.unit);
    else set = union(set, a.set!);
  }
  return { set: union(set, fromUnits(units)), negated };
}

/**
 * The regex source in tokens (the syntax without the u flag): escapes, classes, group openers,
 * braced quantifiers, runs of literal characters, and single characters. A `{` that does not start
 * a quantifier is a literal (Annex B), as are `}` and `]`.
 */
const TOKEN =
  /\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\c[A-Za-z]|\\[^]|\[(?:\\[^]|[^\]\\])*\]|\(\?<[=!]|\(\?<[A-Za-z_$][A-Za-z0-9_$]*>|\(\?[=!:]|\{\d+(?:,\d*)?\}|[^\\[(){|?*+.^$]+|[^]/g;

/** The set of each class source met so far (without and with the i flag): the families share a few. */
const CLASSES = [new Map<string, [string, CodeUnits]>(), new Map<string, [string, CodeUnits]>()];

/** The atoms of a pattern (each a set of code units), distinct; throws Refused. */
export function patternAtoms(source: string, flags: string): CodeUnits[] {
  if (/[^dgimsy]/.test(flags)) throw new Refused(`flag ${flags}`); // u, v and any unknown flag
  const ignoreCase = flags.includes('i');
  const multiline = flags.includes('m');
  const dotAll = flags.includes('s');
  const atoms = new Map<string, CodeUnits>();
  const add = (set: CodeUnits, fold = ignoreCase) => {
    const s = fold ? caseClosure(set) : set;
    atoms.set(s.join(','), s);
  };
  const classes = CLASSES[ignoreCase ? 1 : 0]!;
  // the units the pattern names as literal characters
  const named = new Uint8Array(0x10000);
  const literals: number[] = [];
  const literal = (u: number) => {
    if (named[u] === 0) {
      named[u] = 1;
      literals.push(u);
    }
  };
  TOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TOKEN.exec(source)) !== null;) {
    const t = m[0];
    const first = t[0];
    if (first === '\\') {
      if (t === '\\b' || t === '\\B') add(WORD, false);
      else {
        const r = escapeAt(source, m.index + 1, false);
        if (r.end !== m.index + t.length) throw new Refused(`escape ${t}`);
        if (r.unit !== undefined) literal(r.unit);
        else add(r.set!);
      }
    } else if (first === '[') {
      let known = classes.get(t);
      if (known === undefined) {
        const k = classSet(t);
        const folded = ignoreCase ? caseClosure(k.set) : k.set;
        const set = k.negated ? complement(folded) : folded;
        classes.set(t, (known = [set.join(','), set]));
      }
      atoms.set(known[0], known[1]);
    } else if (t.length > 1) {
      // a group opener or a braced quantifier reads no character; a run of literals, each one
      if (first !== '(' && first !== '{') for (let i = 0; i < t.length; i++) literal(t.charCodeAt(i));
    } else
      switch (t) {
        case '(':
          if (source[m.index + 1] === '?') throw new Refused('group syntax');
          break;
        case ')':
        case '|':
        case '*':
        case '+':
        case '?':
          break;
        case '^':
        case '$':
          if (multiline) add(LINE_TERMINATOR, false);
          break;
        case '.':
          add(dotAll ? ALL : complement(LINE_TERMINATOR));
          break;
        default:
          literal(t.charCodeAt(0));
      }
  }
  for (const u of literals) add([u, u + 1]);
  return [...atoms.values()];
}

/**
 * A family's stand-ins: U+0100..U+FFFF in intervals [starts[k], starts[k + 1]) (the last up to
 * U+10000), each with the one-byte unit that stands in for every unit in it, or -1 for none.
 */
export interface StandInPlan {
  starts: number[];
  standIns: number[];
}

/**
 * The stand-ins of a pattern (see above), or null when it is refused. Each interval of units above
 * U+00FF on which every atom answers alike gets the first one-byte unit (in PREFERRED's order)
 * with the same answers, or -1.
 */
export function standInPlan(source: string, flags: string): StandInPlan | null {
  let atoms: CodeUnits[];
  try {
    atoms = patternAtoms(source, flags);
  } catch (err) {
    if (err instanceof Refused) return null;
    throw err;
  }
  // An atom wholly below U+0100 holds no unit above U+00FF: its units are never a stand-in. An atom
  // wholly above U+00FF holds no one-byte unit: its units have none. Only the atoms that hold both
  // kinds (classes: the word and separator classes, \s, \W, `.`, [^...]) tell which one-byte unit
  // answers as a unit above U+00FF does.
  const barred = new Uint8Array(0x100);
  const above: CodeUnits = [];
  const both: CodeUnits[] = [];
  for (const a of atoms) {
    if (a[a.length - 1]! <= 0x100) for (let i = 0; i < a.length; i += 2) barred.fill(1, a[i]!, a[i + 1]!);
    else if (a[0]! >= 0x100) above.push(...a);
    else both.push(a);
  }
  const none = union(above, []);
  // the intervals above U+00FF on which every atom answers alike start where an atom starts or ends
  const cuts = new Set<number>([0x100]);
  for (const a of [...both, none]) for (const x of a) if (x > 0x100 && x < 0x10000) cuts.add(x);
  const starts = [...cuts].sort((x, y) => x - y);
  // units: the one-byte ones not barred, in the order stand-ins are preferred (controls and
  // Latin-1 first: patterns name them least, so most patterns get the same stand-ins and share one
  // mapped text), then each interval's first unit; grouped by their answers, atom by atom
  const units: number[] = [];
  for (const b of PREFERRED) if (!barred[b]) units.push(b);
  const oneByte = units.length;
  units.push(...starts);
  let group = new Int32Array(units.length);
  for (const a of both) {
    const ids = new Map<number, number>();
    const next = new Int32Array(units.length);
    for (let k = 0; k < units.length; k++) {
      const key = group[k]! * 2 + (contains(a, units[k]!) ? 1 : 0);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      next[k] = id;
    }
    group = next;
  }
  const first = new Map<number, number>();
  for (let k = oneByte - 1; k >= 0; k--) first.set(group[k]!, units[k]!); // the most preferred kept
  const planStarts: number[] = [];
  const standIns: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const b = contains(none, starts[k]!) ? -1 : (first.get(group[oneByte + k]!) ?? -1);
    if (standIns.length && standIns[standIns.length - 1] === b) continue;
    planStarts.push(starts[k]!);
    standIns.push(b);
  }
  return { starts: planStarts, standIns };
}

/** One-byte units in the order they are tried as stand-ins. */
const PREFERRED = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x81 }, (_, i) => 0x7f + i),
  ...Array.from({ length: 0x5f }, (_, i) => 0x20 + i),
];

/** Above this many texts, the oldest mapping is dropped (a message's rules read a few segments). */
const KEPT = 16;
const ABOVE_LATIN1 = /[^\x00-\xff]/;
/** No stand-in, in a StandIns table. */
const NONE = 0xffff;

/** One plan's stand-ins, shared by every pattern with that plan. */
export class StandIns {
  private tableMade: Uint16Array | undefined;

  constructor(readonly plan: StandInPlan) {}

  /** The stand-in of unit `u` (above U+00FF), or NONE. */
  standInOf(u: number): number {
    const { starts, standIns } = this.plan;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return standIns[lo]! < 0 ? NONE : standIns[lo]!;
  }

  /** Per unit above U+00FF (index unit - 0x100), its stand-in, or NONE (made when first asked for). */
  get table(): Uint16Array {
    if (this.tableMade === undefined) {
      const t = (this.tableMade = new Uint16Array(0xff00));
      const { starts, standIns } = this.plan;
      for (let k = 0; k < starts.length; k++) {
        const to = k + 1 < starts.length ? starts[k + 1]! : 0x10000;
        t.fill(standIns[k]! < 0 ? NONE : standIns[k]!, starts[k]! - 0x100, to - 0x100);
      }
    }
    return this.tableMade;
  }
}

const BY_PLAN = new Map<string, StandIns>();
const OF = new WeakMap<RegExp, StandIns | null>();

/** The stand-ins of a plan (one table per distinct plan), or null for a refusal or a plan without any. */
function standInsFor(plan: StandInPlan | null): StandIns | null {
  if (plan === null || plan.standIns.every((b) => b < 0)) return null;
  const key = `${plan.starts.join(',')}/${plan.standIns.join(',')}`;
  let s = BY_PLAN.get(key);
  if (s === undefined) BY_PLAN.set(key, (s = new StandIns(plan)));
  return s;
}

/**
 * The stand-ins of a regex (its plan computed at the first call, unless given by setStandInPlan;
 * patterns with one plan share them), or null when refused.
 */
export function standInsOf(re: RegExp): StandIns | null {
  let s = OF.get(re);
  if (s === undefined) OF.set(re, (s = standInsFor(standInPlan(re.source, re.flags))));
  return s;
}

/**
 * Give `re` the plan standInPlan computes for its source and flags, read from the build's pack
 * (./phrase-pack.ts: it holds the shipped families' plans under the SHA-256 of their flags and
 * source; computing them all costs 40–100 ms of CPU, once per process).
 */
export function setStandInPlan(re: RegExp, plan: StandInPlan | null): void {
  if (!OF.has(re)) OF.set(re, standInsFor(plan));
}

/** Compute the plan of `re` unless it has one. */
export function planStandIns(re: RegExp): void {
  standInsOf(re);
}

/** A text with a unit above U+00FF, mapped by the base stand-ins. */
export interface Mapped {
  /** The text itself. */
  text: string;
  /** The text, every unit above U+00FF replaced by its base stand-in (one byte a character). */
  base: string;
  /** Bit k: a unit of the text whose stand-in differs from the base's in the k-th other table. */
  differs: number;
  /** The tables `differs` was computed for (a table added since is not in it). */
  known: number;
}

/** At most this many stand-in tables other than the base's get a bit (the rest read the text itself). */
const OTHER_TABLES = 31;

/**
 * What each pattern reads of a text: the text itself when it is one byte a character or the pattern
 * is refused; else the text mapped by a *base* table, computed once per text and read by every
 * pattern whose stand-ins agree with the base's on the units the text holds (most phrase families
 * have the base's plan; a family naming "€" agrees on a text without one); else the text itself. A
 * mapping of its own per pattern and text would cost more than the few patterns that need one save
 * (they are short, or written in another script, and find their letters in the text).
 */
export class OneByteSubjects {
  /** The base stand-in of every unit (units up to U+00FF stand for themselves). */
  private readonly base = new Uint8Array(0x10000);
  private readonly baseTable: StandIns;
  /** Per unit, the bits of the other tables whose stand-in for it differs from the base's. */
  private readonly differs = new Uint32Array(0x10000);
  private readonly bits = new Map<StandIns, number>();
  /** The bits given so far. */
  private known = 0;
  private readonly kept = new Map<string, Mapped>();
  private lastText = '';
  private last: Mapped | null = null;
  private scratch = new Uint8Array(1024);

  /** `base`: a pattern whose plan gives every unit a stand-in (the one most patterns share). */
  constructor(base: RegExp) {
    const s = standInsOf(base);
    if (s === null || s.table.includes(NONE))
      throw new Error('OneByteSubjects: the base pattern needs a stand-in for every unit');
    this.baseTable = s;
    for (let c = 0; c < 0x100; c++) this.base[c] = c;
    this.base.set(s.table, 0x100);
  }

  /**
   * `text` mapped by the base stand-ins, or null when it has no unit above U+00FF (the last few
   * mapped texts kept). The test comes first: on a one-byte string V8 answers it at once (the
   * class can match no one-byte character), and a one-byte text is not hashed for the lookup.
   */
  of(text: string): Mapped | null {
    if (text === this.lastText) return this.last;
    let m: Mapped | null = null;
    if (ABOVE_LATIN1.test(text)) {
      m = this.kept.get(text) ?? null;
      if (m === null) {
        m = this.map(text);
        if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
        this.kept.set(text, m);
      }
    }
    this.lastText = text;
    this.last = m;
    return m;
  }

  /** What `re` reads of a text `of` gave `m` for: the same length, the same matches at the same indices. */
  subject(re: RegExp, m: Mapped): string {
    // a pattern without a plan yet (setStandInPlan, planStandIns) reads the text itself
    const s = OF.get(re);
    if (s === undefined) return m.text;
    if (s === this.baseTable) return m.base;
    if (s === null) return m.text;
    const bit = this.bits.get(s) ?? this.addTable(s);
    if (bit === 0) return m.text;
    if ((m.known & bit) === 0) {
      m.differs = this.differsOf(m.text);
      m.known = this.known;
    }
    return (m.differs & bit) === 0 ? m.base : m.text;
  }

  /** A bit for table `s` (0 past OTHER_TABLES: such a table's patterns read the text itself). */
  private addTable(s: StandIns): number {
    const bit = this.bits.size < OTHER_TABLES ? 1 << this.bits.size : 0;
    this.bits.set(s, bit);
    if (bit !== 0) {
      // both tables are constant between their plans' interval starts: compare once per interval
      const cuts = [...new Set([...s.plan.starts, ...this.baseTable.plan.starts, 0x10000])].sort(
        (a, b) => a - b,
      );
      for (let k = 0; k + 1 < cuts.length; k++) {
        const lo = cuts[k]!;
        if (s.standInOf(lo) !== this.base[lo])
          for (let u = lo; u < cuts[k + 1]!; u++) this.differs[u]! |= bit;
      }
      this.known |= bit;
    }
    return bit;
  }

  private map(text: string): Mapped {
    const n = text.length;
    if (this.scratch.length < n) this.scratch = new Uint8Array(Math.max(n, 2 * this.scratch.length));
    const buf = this.scratch;
    const { base, differs } = this;
    let d = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      buf[i] = base[c]!;
      d |= differs[c]!;
    }
    return {
      text,
      base: Buffer.from(buf.buffer, buf.byteOffset, n).toString('latin1'),
      differs: d,
      known: this.known,
    };
  }

  private differsOf(text: string): number {
    let d = 0;
    for (let i = 0; i < text.length; i++) d |= this.differs[text.charCodeAt(i)]!;
    return d;
  }
}
