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
  /\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[^]|\[(?:\\[^]|[^\]\\])*\]|\(\?<[=!]|\(\?[=!:<]?|[()|]|[?*+]\??|\{\d+(?:,\d*)?\}\??|~\d|[^\\[\](){}|?*+~ .^$]+|[^]/g;

/** Literal alternatives every match of `src` contains one of, or null when none can be derived. */
export function requiredLiterals(src: string): string[] | null {
  if (/\\[pPk]|\\u\{|\\c/.test(src)) return null;
  const tokens = src.match(TOKEN) ?? [];
  let i = 0;
  try {
    const req = parseAlt();
    if (i !== tokens.length) return null;
    return req && req.length > 0 && req.every((s) => s.length > 0) ? req : null;
  } catch (err) {
    if (err instanceof Bail) return null;
    throw err;
  }

  // alternation: every branch must bound its matches, and the union bounds the whole (a union
  // past MAX_LITERALS bounds nothing useful: null, and no time spent growing it)
  function parseAlt(): Req {
    let out: string[] | null = [];
    for (;;) {
      const b = parseSeq();
      if (out !== null) {
        if (b === null) out = null;
        else
          for (const l of b) {
            if (out.includes(l)) continue;
            if (out.length === MAX_LITERALS) {
              out = null;
              break;
            }
            out.push(l);
          }
      }
      if (tokens[i] !== '|') return out;
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
      if (!m) throw new Bail(); // a '{' that is not a quantifier
      return Number(m[1]);
    }
    return -1;
  }

  // concatenation: runs of literal characters form strings; any one item's bound holds. Kept: the
  // rarest-looking bound (longest shortest string, then fewest strings).
  function parseSeq(): Req {
    let best: string[] | null = null;
    let bestMin = 0;
    const consider = (c: string[]): void => {
      let min = Infinity;
      for (const l of c) if (l.length < min) min = l.length;
      if (best === null || min > bestMin || (min === bestMin && c.length < best.length)) {
        best = c;
        bestMin = min;
      }
    };
    let run = '';
    const endRun = (): void => {
      if (run) consider([run]);
      run = '';
    };
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t === '|' || t === ')') break;
      i++;
      let req: Req = null;
      let literal = ''; // the token's literal characters, when it is literal text
      if (t[0] === '(') {
        if (t === '(?=' || t === '(?!' || t === '(?<=' || t === '(?<!') {
          // lookaround: zero-width, bounds nothing (a negative one must not be read as required)
          skipGroup();
        } else if (t === '(?:' || t === '(') {
          req = parseAlt();
          if (tokens[i] !== ')') throw new Bail();
          i++;
        } else throw new Bail(); // named groups and the like: not modelled
      } else if (t[0] === '\\') {
        const n = t[1]!;
        if (n === 'u' && t.length === 6) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'x' && t.length === 4) literal = String.fromCharCode(parseInt(t.slice(2), 16));
        else if (n === 'n') literal = '\n';
        else if (n === 't') literal = '\t';
        else if (!/[A-Za-z0-9]/.test(n)) literal = n; // classes, assertions, backreferences: nothing
      } else if (t[0] === '[' || t === ' ' || t === '.' || t === '^' || t === '$' || /^~\d$/.test(t)) {
        // classes; phrase() separators (' ', optional with ' ?') and gaps (' ~N '); anchors
      } else if (/^[^\\[\](){}|?*+ .^$]/.test(t)) {
        literal = t; // a run of literal characters ('~' alone included)
      } else throw new Bail(); // a quantifier with nothing to repeat, a stray '{', '}' or ']'
      const min = quantifier();
      if (min >= 0) {
        i++;
        if (quantifier() >= 0) throw new Bail(); // a quantified quantifier: not modelled
      }
      if (literal) {
        if (min < 0) {
          run += literal;
          continue;
        }
        // the quantifier repeats the last character only
        run += literal.slice(0, -1);
        endRun();
        if (min >= 1) consider([literal.slice(-1)]);
        continue;
      }
      endRun();
      if ((min < 0 || min >= 1) && req) consider(req);
    }
    endRun();
    return best;
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
