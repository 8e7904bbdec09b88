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

/** Literal alternatives every match of `src` contains one of, or null when none can be derived. */
export function requiredLiterals(src: string): string[] | null {
  if (/\\[pPk]|\\u\{|\\c|\(\?<(?![=!])/.test(src)) return null;
  let i = 0;
  try {
    const req = parseAlt();
    if (i !== src.length) return null;
    return req && req.length > 0 && req.length <= MAX_LITERALS && req.every((s) => s.length > 0) ? req : null;
  } catch (err) {
    if (err instanceof Bail) return null;
    throw err;
  }

  // alternation: every branch must bound its matches, and the union bounds the whole
  function parseAlt(): Req {
    const branches: Req[] = [parseSeq()];
    while (src[i] === '|') {
      i++;
      branches.push(parseSeq());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  // concatenation: runs of single literal characters form strings; any one item's bound holds
  function parseSeq(): Req {
    const candidates: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = parseAtom();
      const q = parseQuantifier();
      if (q === null && atom.char !== undefined) {
        run += atom.char;
        continue;
      }
      endRun();
      const min = q ? q.min : 1;
      if (min >= 1 && atom.req) candidates.push(atom.req);
    }
    endRun();
    if (candidates.length === 0) return null;
    // the rarest-looking bound: longest shortest string, then fewest strings
    let best = candidates[0]!;
    for (const c of candidates.slice(1)) {
      const a = Math.min(...c.map((s) => s.length));
      const b = Math.min(...best.map((s) => s.length));
      if (a > b || (a === b && c.length < best.length)) best = c;
    }
    return best;
  }

  function parseQuantifier(): { min: number } | null {
    const c = src[i];
    let q: { min: number } | null = null;
    if (c === '?' || c === '*') q = { min: 0 };
    else if (c === '+') q = { min: 1 };
    if (q) i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (!m) throw new Bail();
      i += m[0].length;
      q = { min: Number(m[1]) };
    }
    if (q && src[i] === '?') i++; // lazy: same bound
    if (q && (src[i] === '?' || src[i] === '*' || src[i] === '+' || src[i] === '{')) throw new Bail();
    return q;
  }

  // one atom: a literal character (char), or a part with its bound (req)
  function parseAtom(): { char?: string; req: Req } {
    const c = src[i]!;
    if (c === '(') {
      if (src.startsWith('(?:', i)) {
        i += 3;
      } else if (src[i + 1] === '?') {
        // lookaround: zero-width, bounds nothing (a negative one must not be read as required)
        skipGroup();
        return { req: null };
      } else i += 1;
      const req = parseAlt();
      if (src[i] !== ')') throw new Bail();
      i++;
      return { req };
    }
    if (c === '[') {
      skipClass();
      return { req: null };
    }
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) throw new Bail();
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        const ch = String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
        i += 6;
        return { char: ch, req: [ch] };
      }
      if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 2, i + 4))) {
        const ch = String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        return { char: ch, req: [ch] };
      }
      i += 2;
      if (n === 'n') return { char: '\n', req: ['\n'] };
      if (n === 't') return { char: '\t', req: ['\t'] };
      if (/[A-Za-z0-9]/.test(n)) return { req: null }; // classes, assertions, backreferences
      return { char: n, req: [n] };
    }
    if (c === '.' || c === '^' || c === '$') {
      i++;
      return { req: null };
    }
    if (c === ' ') {
      // phrase(): a separator (' '), optional with ' ?'
      i++;
      return { req: null };
    }
    if (c === '~' && /\d/.test(src[i + 1] ?? '')) {
      // phrase(): ' ~N ' is a gap of up to N words
      i += 2;
      return { req: null };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Bail();
    i++;
    return { char: c, req: [c] };
  }

  function skipClass(): void {
    i++; // '['
    if (src[i] === '^') i++;
    if (src[i] === ']') i++;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    if (src[i] !== ']') throw new Bail();
    i++;
  }

  function skipGroup(): void {
    let depth = 0;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') i += 2;
      else if (c === '[') skipClass();
      else {
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) {
          i++;
          return;
        }
        i++;
      }
    }
    throw new Bail();
  }
}

/** Whether `text` contains any of `literals`. */
export function containsAny(text: string, literals: readonly string[]): boolean {
  for (const l of literals) if (text.includes(l)) return true;
  return false;
}
