/**
 * A cheap pre-filter for phrase families (speed only: what matches never changes). From a phrase
 * source (the `src` of `phrase()`: regex syntax, plus ' ' for a separator, ' ?' for an optional one
 * and '~N' for a gap of up to N words) it derives a set of literal strings such that *every* match
 * of the pattern contains at least one of them. A text that contains none of them cannot match, so
 * findPhrases skips the regex on it: never run and, for a family no message has needed yet, never
 * compiled (V8 compiles a regex on its first exec; the families are 2–12 kB of source each).
 *
 * Sound by construction, conservative by default: any syntax it does not model (classes, escapes
 * other than literal characters, lookarounds, backreferences, named groups, Unicode property or
 * code-point escapes, `{` that is not a quantifier) makes that part "anything" (null), and a family
 * with any branch of "anything" gets no pre-filter at all (null: always run).
 */

/** Required literals of a parsed part: every match contains one of the strings; null = no bound. */
type Req = string[] | null;

/** At most this many literals per family (beyond that, includes() costs more than it saves). */
const MAX_LITERALS = 64;

class Bail extends Error {}

/**
 * The source in tokens, by one native regex (a per-character parser in JavaScript cost as much as
 * compiling the patterns it was meant to spare): escapes, classes, group openers, quantifiers,
 * phrase() gaps and separators, runs of literal characters. Anything else is one character, which
 * the parser rejects.
 */
const TOKEN =
  /\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[^]|\[(?:\\[^]|[^\]\\])*\]|\(\?<[=!]|\(\?[=!:<]?|[()|]|[?*+]\??|\{\d+(?:,\d*)?\}\??|~\d{1,2}|[^\\[\](){}|?*+~ .^$]+|[^]/g;

/**
 * Literal alternatives every match of `src` contains one of, or null when none can be derived: the
 * rarest-looking single set that `requiredNeed`'s formula implies (an `or`'s union, past
 * MAX_LITERALS bounding nothing useful; an `and`'s clause with the longest shortest string, then the
 * fewest strings, the first on a tie).
 */
export function requiredLiterals(src: string): string[] | null {
  const need = requiredNeed(src);
  const out = need === null ? null : literalsOf(need);
  return out && out.length > 0 && out.every((s) => s.length > 0) ? out : null;
}

function literalsOf(need: Need): Req {
  if (typeof need === 'string') return [need];
  if ('or' in need) {
    const out: string[] = [];
    for (const part of need.or) {
      const literals = literalsOf(part);
      if (literals === null) return null;
      for (const l of literals) {
        if (out.includes(l)) continue;
        if (out.length === MAX_LITERALS) return null;
        out.push(l);
      }
    }
    return out;
  }
  let best: Req = null;
  let bestMin = 0;
  for (const part of need.and) {
    const c = literalsOf(part);
    if (c === null) continue;
    let min = Infinity;
    for (const l of c) if (l.length < min) min = l.length;
    if (best === null || min > bestMin || (min === bestMin && c.length < best.length)) {
      best = c;
      bestMin = min;
    }
  }
  return best;
}

/**
 * One regex that finds any of `literals` (no flags: it only answers whether one occurs). Native
 * alternation over the text once is ≈ 3.5× faster than one `includes` per literal (dev-set benign
 * bodies, the lures.ts families).
 */
export function literalMatcher(literals: readonly string[]): RegExp {
  return new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

/** Whether `text` contains any of `literals` (what literalMatcher's regex answers). */
export function containsAny(text: string, literals: readonly string[]): boolean {
  for (const l of literals) if (text.includes(l)) return true;
  return false;
}

/**
 * What every match of a pattern contains, as a formula over literals: a string (that literal
 * occurs), `and` (each part holds) or `or` (one part holds); null: no bound. Stronger than
 * requiredLiterals' one set: "(wire|bank) ~2 (transfer|payment)" needs one word of *each* group.
 * Sound by the same construction: a sequence needs what each of its required items needs, an
 * alternation what one of its branches needs, and anything not modelled needs nothing.
 */
export type Need = string | { and: Need[] } | { or: Need[] };

/** `and` of parts, flattened: null parts dropped (they need nothing). */
function allOf(parts: (Need | null)[]): Need | null {
  if (parts.length === 1) return parts[0]!;
  const flat: Need[] = [];
  for (const p of parts) {
    if (p === null) continue;
    if (typeof p !== 'string' && 'and' in p) flat.push(...p.and);
    else flat.push(p);
  }
  if (flat.length <= 1) return flat[0] ?? null;
  return { and: flat };
}

/** `or` of parts, flattened: null when any part is unbounded. */
function anyOf(parts: (Need | null)[]): Need | null {
  if (parts.length === 1) return parts[0]!;
  const flat: Need[] = [];
  for (const p of parts) {
    if (p === null) return null;
    if (typeof p !== 'string' && 'or' in p) flat.push(...p.or);
    else flat.push(p);
  }
  if (flat.length <= 1) return flat[0] ?? null;
  return { or: flat };
}

/** The literal formula every match of `src` (a phrase() source) satisfies, or null when none is derived. */
export function requiredNeed(src: string): Need | null {
  if (/\\[pPk]|\\u\{|\\c/.test(src)) return null;
  const tokens = src.match(TOKEN) ?? [];
  let i = 0;
  try {
    const need = parseAlt();
    return i === tokens.length ? need : null;
  } catch (err) {
    if (err instanceof Bail) return null;
    throw err;
  }

  function parseAlt(): Need | null {
    const branches: (Need | null)[] = [];
    for (;;) {
      branches.push(parseSeq());
      if (tokens[i] !== '|') return anyOf(branches);
      i++;
    }
  }

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

  function parseSeq(): Need | null {
    const items: (Need | null)[] = [];
    let run = '';
    const endRun = (): void => {
      if (run) items.push(run);
      run = '';
    };
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t === '|' || t === ')') break;
      i++;
      let need: Need | null = null;
      let literal = '';
      if (t[0] === '(') {
        if (t === '(?=' || t === '(?!' || t === '(?<=' || t === '(?<!') {
          skipGroup();
        } else if (t === '(?:' || t === '(') {
          need = parseAlt();
          if (tokens[i] !== ')') throw new Bail();
          i++;
        } else throw new Bail();
      } else if (t[0] === '\\') {
        const n = t[1]!;
        if (n === 'u' && t.length === 6) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'x' && t.length === 4) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'n') literal = '\n';
        else if (n === 't') literal = '\t';
        else if (!/[A-Za-z0-9]/.test(n)) literal = n;
      } else if (t[0] === '[' || t === ' ' || t === '.' || t === '^' || t === '$' || /^~\d{1,2}$/.test(t)) {
        // classes, separators, gaps, anchors: need nothing
      } else if (/^[^\\[\](){}|?*+ .^$]/.test(t)) {
        literal = t;
      } else throw new Bail();
      const min = quantifier();
      if (min >= 0) {
        i++;
        if (quantifier() >= 0) throw new Bail();
      }
      if (literal) {
        if (min < 0) {
          run += literal;
          continue;
        }
        run += literal.slice(0, -1);
        endRun();
        if (min >= 1) items.push(literal.slice(-1));
        continue;
      }
      endRun();
      if ((min < 0 || min >= 1) && need !== null) items.push(need);
    }
    endRun();
    return allOf(items);
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

/** Whether `text` satisfies `need` (by includes(); the reference the scanner is tested against). */
export function satisfies(text: string, need: Need): boolean {
  if (typeof need === 'string') return text.includes(need);
  if ('and' in need) return need.and.every((n) => satisfies(text, n));
  return need.or.some((n) => satisfies(text, n));
}

/**
 * Which of many literals occur in a text, in one pass over it (an Aho-Corasick automaton made a
 * full DFA over the literals' own characters: one table read per code unit). The literals are code
 * units, as the phrase regexes (no `u` flag) read them. `found(text)` lists those that occur
 * anywhere in the text.
 */
/** A LiteralScanner's tables (what its constructor builds from the literals; see familiesPack). */
export interface ScannerTables {
  cls: Uint8Array | Uint16Array;
  width: number;
  next: Uint16Array | Int32Array;
  ends: Int32Array;
  link: Int32Array;
}

export class LiteralScanner {
  readonly literals: readonly string[];
  /** Code unit → character class (0: no literal has it). */
  private readonly cls: Uint8Array | Uint16Array;
  private readonly width: number;
  /** The DFA: next state of (state, class) at state * width + class. */
  private readonly next: Uint16Array | Int32Array;
  /** Per state: the literal ending there, or -1; and the next state down its failure chain that ends one (-1: none). */
  private readonly ends: Int32Array;
  private readonly link: Int32Array;
  /** Per state: the last scan that has recorded its outputs (so a chain is walked once per scan). */
  private readonly seen: Int32Array;
  private scans = 0;

  /** `tables`: what `tables()` returned for these literals (a pack), instead of building them. */
  constructor(literals: readonly string[], tables?: ScannerTables) {
    this.literals = literals;
    if (tables !== undefined) {
      ({ cls: this.cls, width: this.width, next: this.next, ends: this.ends, link: this.link } = tables);
      this.seen = new Int32Array(this.ends.length);
      return;
    }
    if (literals.some((l) => l.length === 0) || new Set(literals).size !== literals.length)
      throw new Error('LiteralScanner: literals must be distinct and non-empty');
    const classOf = new Map<number, number>();
    for (const l of literals)
      for (let k = 0; k < l.length; k++) {
        const c = l.charCodeAt(k);
        if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
      }
    const width = classOf.size + 1;
    this.width = width;
    this.cls = width < 256 ? new Uint8Array(65536) : new Uint16Array(65536);
    for (const [c, k] of classOf) this.cls[c] = k;
    // the trie: its edges (state * width + class → state) while inserting, then per state its
    // children as a list (first child, next sibling, the class on the edge into a child)
    const edge = new Map<number, number>();
    const endsOf: number[] = [-1];
    literals.forEach((l, id) => {
      let s = 0;
      for (let k = 0; k < l.length; k++) {
        const e = s * width + this.cls[l.charCodeAt(k)]!;
        let t = edge.get(e);
        if (t === undefined) {
          t = endsOf.length;
          endsOf.push(-1);
          edge.set(e, t);
        }
        s = t;
      }
      endsOf[s] = id; // literals are distinct: one literal per state
    });
    const n = endsOf.length;
    const ends = Int32Array.from(endsOf);
    const firstChild = new Int32Array(n).fill(-1);
    const sibling = new Int32Array(n);
    const classIn = new Int32Array(n);
    for (const [e, t] of edge) {
      const s = Math.floor(e / width);
      classIn[t] = e - s * width;
      sibling[t] = firstChild[s]!;
      firstChild[s] = t;
    }
    // the DFA (2 bytes a transition while the states fit: a smaller table to allocate and to read)
    const next = n <= 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
    const fail = new Int32Array(n);
    const link = new Int32Array(n).fill(-1);
    // breadth first: a state's failure state (longest proper suffix in the trie) is done before it;
    // its row is the failure state's row with its own edges written over it
    const queue = new Int32Array(n);
    let tail = 0;
    for (let t = firstChild[0]!; t !== -1; t = sibling[t]!) {
      next[classIn[t]!] = t;
      queue[tail++] = t;
    }
    for (let q = 0; q < tail; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      link[s] = ends[f]! >= 0 ? f : link[f]!;
      next.copyWithin(s * width, f * width, f * width + width);
      for (let t = firstChild[s]!; t !== -1; t = sibling[t]!) {
        const c = classIn[t]!;
        fail[t] = next[f * width + c]!;
        next[s * width + c] = t;
        queue[tail++] = t;
      }
    }
    this.next = next;
    this.ends = ends;
    this.link = link;
    this.seen = new Int32Array(n);
  }

  /** The built tables (to store in a pack and hand back to the constructor). */
  tables(): ScannerTables {
    const { cls, width, next, ends, link } = this;
    return { cls, width, next, ends, link };
  }

  /**
   * Whether `found` answers the same for `a` and `b`: it reads a text only through the classes of its
   * code units, so two texts of one length whose code units differ only within a class (a space and a
   * line break, which no literal holds) give the same literals in the same order.
   */
  sameClasses(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    const { cls } = this;
    for (let k = 0; k < a.length; k++) {
      const x = a.charCodeAt(k);
      const y = b.charCodeAt(k);
      if (x !== y && cls[x] !== cls[y]) return false;
    }
    return true;
  }

  /** The literals that occur in `text`, each once (as indices into `literals`, in order of first end). */
  found(text: string): number[] {
    const out: number[] = [];
    const { cls, next, width, ends, link, seen } = this;
    if (this.scans === 0x3fffffff) {
      seen.fill(0);
      this.scans = 0;
    }
    const scan = ++this.scans;
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      s = next[s * width + cls[text.charCodeAt(k)]!]!;
      // the literals ending here: this state's and those down its failure chain, each chain once
      for (let t = s; t > 0 && seen[t] !== scan; t = link[t]!) {
        seen[t] = scan;
        const id = ends[t]!;
        if (id >= 0) out.push(id);
      }
    }
    return out;
  }
}
