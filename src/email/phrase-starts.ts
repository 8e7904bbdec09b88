/**
 * Where a phrase match can start (speed only: what matches never changes). From a phrase source
 * (the `src` of `phrase()`, the syntax ./phrase-literals.ts reads) it derives literal strings such
 * that *every* match of the pattern begins with one of them. findPhrases then tries the pattern
 * only where one of them occurs at a word start (a sticky exec there) instead of scanning the whole
 * text with it: the family regexes are long alternations, costly at every word start, while a body
 * holds few places where one of their first words is written.
 *
 * Sound by construction: the first set of a sequence is the first set of its first item that
 * consumes text (zero-width assertions skipped; an optional item adds what follows it); a class, a
 * separator, a gap, `.` or any syntax not modelled at a place where a match may start gives no
 * bound (null), and a family with any such branch is searched the ordinary way.
 */
import { TOKEN } from './phrase-literals.js';

/** At most this many start literals per family (beyond that, the scan for them gains little). */
const MAX_STARTS = 256;

/** A parsed item: literal text, a group, a zero-width assertion, or anything else ("any"). */
type Item =
  | { k: 'lit'; s: string; min: number }
  | { k: 'alt'; branches: Item[][]; min: number }
  | { k: 'zero' }
  | { k: 'any' };

class Bail extends Error {}

/** Literal strings every match of `src` starts with one of, or null when none can be derived. */
export function startLiterals(src: string): string[] | null {
  if (/\\[pPk]|\\u\{|\\c/.test(src)) return null;
  const tokens = src.match(TOKEN) ?? [];
  let i = 0;
  let top: Item[][];
  try {
    top = parseAlt();
    if (i !== tokens.length) return null;
  } catch (err) {
    if (err instanceof Bail) return null;
    throw err;
  }
  const out = unionOf(top.map((b) => firstOf(b, 0, () => null)));
  return out && out.length > 0 && out.every((s) => s.length > 0) ? out : null;

  function parseAlt(): Item[][] {
    const branches: Item[][] = [];
    for (;;) {
      branches.push(parseSeq());
      if (tokens[i] !== '|') return branches;
      i++;
    }
  }

  /** The quantifier token at i, if any: its minimum count, or -1 for none. */
  function quantifier(): number {
    const t = tokens[i];
    if (t === undefined) return -1;
    const c = t[0];
    if (c === '?' || c === '*') return 0;
    if (c === '+') return 1;
    if (c === '{') {
      const m = /^\{(\d+)/.exec(t);
      if (!m) throw new Bail();
      return Number(m[1]);
    }
    return -1;
  }

  function parseSeq(): Item[] {
    const items: Item[] = [];
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t === '|' || t === ')') break;
      i++;
      let item: Item;
      let literal = '';
      if (t[0] === '(') {
        if (t === '(?=' || t === '(?!' || t === '(?<=' || t === '(?<!') {
          skipGroup();
          item = { k: 'zero' };
        } else if (t === '(?:' || t === '(') {
          const branches = parseAlt();
          if (tokens[i] !== ')') throw new Bail();
          i++;
          item = { k: 'alt', branches, min: 1 };
        } else throw new Bail();
      } else if (t[0] === '\\') {
        const n = t[1]!;
        if (n === 'u' && t.length === 6) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'x' && t.length === 4) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'n') literal = '\n';
        else if (n === 't') literal = '\t';
        else if (!/[A-Za-z0-9]/.test(n)) literal = n;
        item = n === 'b' || n === 'B' ? { k: 'zero' } : { k: 'any' };
      } else if (t === '^' || t === '$') {
        item = { k: 'zero' };
      } else if (t[0] === '[' || t === ' ' || t === '.' || /^~\d$/.test(t)) {
        item = { k: 'any' };
      } else if (/^[^\\[\](){}|?*+ .^$]/.test(t)) {
        literal = t;
        item = { k: 'any' };
      } else throw new Bail();
      const min = quantifier();
      if (min >= 0) {
        i++;
        if (quantifier() >= 0) throw new Bail();
      }
      if (literal) {
        // a quantifier repeats the last character only
        if (min < 0) items.push({ k: 'lit', s: literal, min: 1 });
        else {
          if (literal.length > 1) items.push({ k: 'lit', s: literal.slice(0, -1), min: 1 });
          items.push({ k: 'lit', s: literal.slice(-1), min });
        }
      } else if (item.k === 'alt') items.push({ ...item, min: min < 0 ? 1 : min });
      else if (item.k === 'any' && min === 0) items.push({ k: 'alt', branches: [[{ k: 'any' }]], min: 0 });
      else items.push(item);
    }
    return items;
  }

  function skipGroup(): void {
    let depth = 1;
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t[0] === '(') depth++;
      else if (t === ')' && --depth === 0) return;
    }
    throw new Bail();
  }
}

/** The union of start sets; null if any is unbounded or the union grows past MAX_STARTS. */
function unionOf(sets: (string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const l of s) out.add(l);
    if (out.size > MAX_STARTS) return null;
  }
  return [...out];
}

/**
 * What a match of items[at..] followed by `rest` starts with. `rest` is what may follow (called
 * when the items can match nothing; the top level's rest is null: an empty match bounds nothing).
 */
function firstOf(items: Item[], at: number, rest: () => string[] | null): string[] | null {
  if (at === items.length) return rest();
  const item = items[at]!;
  if (item.k === 'zero') return firstOf(items, at + 1, rest);
  if (item.k === 'any') return null;
  let after: string[] | null | undefined;
  const next = (): string[] | null => (after === undefined ? (after = firstOf(items, at + 1, rest)) : after);
  if (item.k === 'lit') return item.min >= 1 ? [item.s] : unionOf([[item.s], next()]);
  const own = unionOf(item.branches.map((b) => firstOf(b, 0, next)));
  return item.min >= 1 ? own : unionOf([own, next()]);
}

/** A word character of phrase() (its W_CHARS): what the leading `(?<!WORD)` rejects before a match. */
export function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x27 ||
    (c >= 0xc0 && c <= 0x1fff) ||
    (c >= 0x2c00 && c <= 0x2fff) ||
    c >= 0x3040
  );
}

/**
 * The word starts of one text (one pass, shared by every family searched in it): their positions
 * and a key of their first two code units (`c0 << 7 | c1` when both are ASCII, else -1).
 */
export class WordStarts {
  readonly pos: Int32Array;
  readonly key: Int32Array;
  readonly n: number;
  constructor(readonly text: string) {
    const len = text.length;
    const pos = new Int32Array((len >> 1) + 1);
    const key = new Int32Array((len >> 1) + 1);
    let n = 0;
    let prevWord = false;
    for (let p = 0; p < len; p++) {
      const c = text.charCodeAt(p);
      const word = isWordUnit(c);
      if (word && !prevWord) {
        const c1 = p + 1 < len ? text.charCodeAt(p + 1) : 0;
        pos[n] = p;
        key[n++] = c < 0x80 && c1 < 0x80 ? (c << 7) | c1 : -1;
      }
      prevWord = word;
    }
    this.pos = pos;
    this.key = key;
    this.n = n;
  }
}

/**
 * Every family's start literals in one table on a word start's first code units, so the families
 * a word start may begin a match of are found once per text, not once per family: `one` (ASCII
 * first character that is itself a literal) and `two` (ASCII pair that is a literal) hold a bit
 * mask of families per key; `longer` lists the literals of 3+ characters under their ASCII pair;
 * `rest` the literals with a non-ASCII character among their first two. A family whose literals
 * do not all begin with a word character is not registered (it is searched the ordinary way).
 */
export class StartIndex {
  private readonly families: (readonly string[])[] = [];
  /** Bumped by every registration: masks computed before it are recomputed. */
  version = 0;
  private words = 1;
  private one = new Uint32Array(0x80);
  private two = new Uint32Array(0x4000);
  private longer = new Map<number, { l: string; f: number }[]>();
  /** 1 where `longer` has a list (a typed-array read instead of a Map lookup per word start). */
  private hasLonger = new Uint8Array(0x4000);
  private rest: { l: string; f: number }[] = [];

  /** The family's slot, or -1 when its literals cannot all be found at word starts. */
  register(literals: readonly string[]): number {
    if (!literals.every((l) => l.length > 0 && isWordUnit(l.charCodeAt(0)))) return -1;
    this.families.push(literals);
    this.version++;
    return this.families.length - 1;
  }

  /** Mask words per word start (32 families each). */
  get stride(): number {
    if (this.built !== this.version) this.build();
    return this.words;
  }

  /** The version the tables were built for (built when first read after a registration). */
  private built = 0;

  private build(): void {
    this.built = this.version;
    const W = (this.words = (this.families.length + 31) >> 5);
    this.one = new Uint32Array(0x80 * W);
    this.two = new Uint32Array(0x4000 * W);
    this.longer = new Map();
    this.hasLonger = new Uint8Array(0x4000);
    this.rest = [];
    this.families.forEach((literals, f) => {
      const w = f >> 5;
      const bit = 1 << (f & 31);
      for (const l of literals) {
        const c0 = l.charCodeAt(0);
        const c1 = l.length > 1 ? l.charCodeAt(1) : 0;
        if (c0 >= 0x80 || c1 >= 0x80) this.rest.push({ l, f });
        else if (l.length === 1) this.one[c0 * W + w]! |= bit;
        else if (l.length === 2) this.two[((c0 << 7) | c1) * W + w]! |= bit;
        else {
          const k = (c0 << 7) | c1;
          this.hasLonger[k] = 1;
          const list = this.longer.get(k);
          if (list) list.push({ l, f });
          else this.longer.set(k, [{ l, f }]);
        }
      }
    });
  }

  /** For each word start of `ws`, the mask of families one of whose literals begins there. */
  masks(ws: WordStarts): Uint32Array {
    const W = this.stride;
    const { one, two, hasLonger, rest } = this;
    const { key, pos, n, text } = ws;
    const out = new Uint32Array(n * W);
    for (let i = 0; i < n; i++) {
      const k = key[i]!;
      const o = i * W;
      const c0 = k >= 0 ? k >> 7 : text.charCodeAt(pos[i]!);
      if (c0 < 0x80) for (let w = 0; w < W; w++) out[o + w] = one[c0 * W + w]!;
      if (k >= 0) {
        for (let w = 0; w < W; w++) out[o + w]! |= two[k * W + w]!;
        if (hasLonger[k] === 1)
          for (const e of this.longer.get(k)!)
            if (text.startsWith(e.l, pos[i]!)) out[o + (e.f >> 5)]! |= 1 << (e.f & 31);
      }
      if (rest.length > 0)
        for (const e of rest) if (text.startsWith(e.l, pos[i]!)) out[o + (e.f >> 5)]! |= 1 << (e.f & 31);
    }
    return out;
  }
}
