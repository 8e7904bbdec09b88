/**
 * One-byte subjects for the phrase families (src/email/phrase-one-byte.ts, speed only): a text with
 * a code unit above U+00FF is read with each such unit replaced by a one-byte stand-in the pattern
 * cannot tell from it. Checked here: the code-unit sets the analysis gives each atom are V8's (all
 * 65,536 units, with and without the i flag); what it does not model is refused; and, on random
 * texts mixing ASCII, Latin-1 and units above U+00FF (the tricky ones: whitespace and line
 * separators above U+00FF, "ſ", the Kelvin sign, dotted and dotless i, surrogates, the stand-ins
 * themselves), every shipped family, every other pattern the families' lists hold, and random
 * patterns with every flag the analysis accepts find the same matches at the same indices, with the
 * same text and groups read back from the original, mapped or not; findPhrases gives the same hits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OneByteSubjects,
  patternAtoms,
  standInPlan,
  standInsOf,
  type StandIns,
} from '../../src/email/phrase-one-byte.js';
import {
  findPhrases,
  isOwnScriptFamily,
  phrasePatterns,
  phraseSource,
  setPhraseOneByte,
} from '../../src/email/phrases.js';
// every module that makes phrase families
import * as lures from '../../src/email/lures.js';
import '../../src/email/hidden.js';
import '../../src/email/attachments.js';
import '../../src/email/outside-employer.js';
import '../../src/email/content.js';

/** The units a one-atom pattern matches by V8, all 65,536 (as [from, to) ranges). */
function v8Units(source: string, flags: string): number[] {
  const re = new RegExp(`^(?:${source})$`, flags);
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const hit = re.test(String.fromCharCode(c));
    if (hit && (out.length === 0 || out[out.length - 1] !== c)) out.push(c, c + 1);
    else if (hit) out[out.length - 1] = c + 1;
  }
  return out;
}

/** Units that trip an analysis up: whitespace and line ends above U+00FF, case folds, surrogates, stand-ins. */
const TRICKY = [
  '\u017f', // ſ: folds to s under /iu (not without u)
  '\u212a', // Kelvin sign: folds to k under /iu
  '\u0130', // İ
  '\u0131', // ı
  '\u00df', // ß
  '\u1e9e', // ẞ
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u20ac', // €
  '\u2192', // →
  '\u2022', // •
  '\u2019',
  '\u201c',
  '\u2014',
  '\u00e9',
  '\u00ff',
  '\u00c0', // the base stand-in of a word unit
  '\u0000', // the base stand-in of a separator
  '\t',
  '\n',
  '\r',
  '\u00d7',
  '\u00b5',
  '\u03bc',
  '\u039c',
  '\u0178',
  '\u0100',
  '\u1fff',
  '\u2c00',
  '\u2fff',
  '\u303f',
  '\u3040',
  '\u4e2d',
  '\uac00',
  '\ud83d',
  '\ude00',
  '\ud83d\ude00',
  '\uffff',
  '\u0416', // Ж
  '\u0434', // д
  '\u0627', // ا
  '\u0915', // क
  '\u03b1', // α
  '\u05d0', // א
];

const trickyChar = fc.constantFrom(...TRICKY);
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const latin1 = fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c));

/** Every match of `re` over `subject` ([index, text read from `original`, group spans]), at most 40. */
function matchesOf(re: RegExp, subject: string, original: string): unknown[] {
  const r = new RegExp(re.source, re.flags.includes('d') ? re.flags : `${re.flags}d`);
  const out: unknown[] = [];
  r.lastIndex = 0;
  for (let m: RegExpExecArray | null; out.length < 40 && (m = r.exec(subject)) !== null;) {
    out.push([m.index, original.slice(m.index, m.index + m[0].length), m.indices]);
    if (!r.global && !r.sticky) break;
    if (m[0].length === 0) r.lastIndex++;
  }
  return out;
}

/** `text` mapped by stand-ins `s` (each unit above U+00FF by its own), or null when one has none. */
function mapWith(s: StandIns, text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) out += text[i];
    else {
      const b = s.table[c - 0x100]!;
      if (b === 0xffff) return null;
      out += String.fromCharCode(b);
    }
  }
  return out;
}

describe('phrase one-byte: atoms', () => {
  const cases: [string, string][] = [
    ['\\s', ''],
    ['\\S', ''],
    ['\\w', ''],
    ['\\W', ''],
    ['\\d', ''],
    ['\\D', ''],
    ['.', ''],
    ['.', 's'],
    ['[^a-z]', ''],
    ["[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]", ''],
    ["[^a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]", ''],
    ['[\\w-]', ''],
    ['[\\s\\d-z]', ''],
    ['[\\b]', ''],
    ['[]', ''],
    ['[^]', ''],
    ['[\\]\\\\^-]', ''],
    ['[\\x41-\\u00ff]', ''],
    ['\\cJ', ''],
    ['\\0', ''],
    ['\\u2028', ''],
    ['k', 'i'],
    ['s', 'i'],
    ['i', 'i'],
    ['\u017f', 'i'],
    ['\u212a', 'i'],
    ['\u0130', 'i'],
    ['\u00df', 'i'],
    ['[a-z]', 'i'],
    ['[^k]', 'i'],
    ['\\w', 'i'],
    ['\\W', 'i'],
    ['[\\W]', 'i'],
    ['[^\\W]', 'i'],
    ['\\s', 'i'],
    ['[\u0100-\u017f]', 'i'],
    ['[^\u00c0-\u00ff]', 'i'],
    ['.', 'i'],
  ];
  it.each(cases)('%s /%s holds the units V8 matches (all 65,536)', (source, flags) => {
    const atoms = patternAtoms(source, flags);
    expect(atoms.length).toBe(1);
    expect(atoms[0]).toEqual(v8Units(source, flags));
  });

  it('models \\b and \\B by \\w, and ^ and $ under m by the line terminators', () => {
    expect(patternAtoms('\\b', '')).toEqual([v8Units('\\w', '')]);
    expect(patternAtoms('\\B', 'i')).toEqual([v8Units('\\w', '')]);
    expect(patternAtoms('^', 'm')).toEqual([[0x0a, 0x0b, 0x0d, 0x0e, 0x2028, 0x202a]]);
    expect(patternAtoms('^$', '')).toEqual([]);
  });

  it('refuses what it does not model', () => {
    for (const [source, flags] of <[string, string][]>[
      ['a', 'u'],
      ['a', 'iu'],
      ['a', 'v'],
      ['(a)\\1', ''],
      ['(?<x>a)\\k<x>', ''],
      ['\\8', ''],
      ['\\01', ''],
      ['[\\01]', ''],
      ['\\c1', ''],
      ['\\p{L}', ''],
      ['\\q', ''],
      ['(?i:a)', ''],
      ['\\x4', ''],
      ['\\u12', ''],
    ])
      expect(standInPlan(source, flags), `/${source}/${flags}`).toBeNull();
  });

  it('gives no stand-in to a unit the pattern tells apart from every one-byte unit', () => {
    // a literal above U+00FF; whitespace that is also a word character; a class of all one-byte units
    const has = (source: string, flags: string, unit: number) =>
      standInsOf(new RegExp(source, flags))?.table[unit - 0x100];
    expect(has('\u20ac|[^a]', 'g', 0x20ac)).toBe(0xffff);
    expect(has('[\u00c0-\uffff]\\s', 'g', 0xfeff)).toBe(0xffff);
    expect(standInsOf(/[\x00-\xff]/g)).toBeNull();
    // … and a stand-in that answers alike to one that does not distinguish
    expect(has('[a-z\u00c0-\uffff]+', 'g', 0x4e2d)).toBe(0xc0);
    expect(has('\\s+', 'g', 0x3000)).toBe(0x09);
    expect(has('.\\s', 'g', 0x2028)).toBe(0x0a);
    expect(has('\\w', 'i', 0x212a)).toBe(0x00);
  });
});

/** The non-phrase() patterns the families' lists hold (plain regexes beside P() families). */
function otherListPatterns(): RegExp[] {
  const made = new Set(phrasePatterns());
  const out = new Set<RegExp>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || v === undefined) return;
    if (v instanceof RegExp) {
      if (!made.has(v)) out.add(v);
    } else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (typeof v === 'object') for (const x of Object.values(v)) visit(x, depth + 1);
  };
  for (const v of Object.values(lures)) visit(v, 0);
  return [...out];
}

describe('phrase one-byte: the shipped families', () => {
  const families = phrasePatterns();
  const others = otherListPatterns();

  it('plans every family; most share the word-and-separator stand-ins', () => {
    expect(families.length).toBeGreaterThan(150);
    const byTable = new Map<StandIns | null, number>();
    for (const re of families) {
      const s = standInsOf(re);
      byTable.set(s, (byTable.get(s) ?? 0) + 1);
    }
    expect(byTable.has(null)).toBe(false);
    const shared = Math.max(...byTable.values());
    expect(shared).toBeGreaterThan(families.length * 0.8);
    // a plan's stand-in of a unit, searched or from its table, is one
    for (const s of byTable.keys())
      for (let u = 0x100; u < 0x10000; u++) if (s!.standInOf(u) !== s!.table[u - 0x100]) expect(u).toBe(-1);
  });

  /** Words of a family's source, in order (Latin and other scripts), to write texts it may match. */
  const wordsOf = (re: RegExp): string[] =>
    (phraseSource(re) ?? re.source).match(/[a-z]+|[\u0370-\u1dff\u3040-\ud7ff]+/g) ?? ['x'];
  const separator = fc.constantFrom(
    ' ',
    '  ',
    ', ',
    '. ',
    '\n',
    ' - ',
    '\u00a0',
    '\u2028',
    '\u3000',
    ' \u2192 ',
    '\u2019',
    '\t',
    '\u2007',
    ' \u20ac',
    '\u00c0',
    '\u0000',
  );
  /** A text of consecutive words of `words` with random separators and units spliced in. */
  const textOf = (words: string[]) =>
    fc
      .tuple(
        fc.nat(words.length - 1),
        fc.integer({ min: 1, max: 9 }),
        fc.array(separator, { minLength: 10, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(400), fc.oneof(trickyChar, trickyChar, anyUnit, latin1)), { maxLength: 4 }),
      )
      .map(([at, n, seps, splices]) => {
        let t = '';
        for (let k = 0; k < n; k++) t += (k ? seps[k]! : '') + (words[(at + k) % words.length] ?? '');
        for (const [i, u] of splices) {
          const p = i % (t.length + 1);
          t = t.slice(0, p) + u + t.slice(p);
        }
        return t;
      });

  it('match alike over random texts, mapped by their own stand-ins or by the base (fixed seed)', () => {
    const subjects = new OneByteSubjects(
      new RegExp(
        "[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]|[^a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]+",
      ),
    );
    let mapped = 0;
    let matched = 0;
    const familiesMatched = new Set<RegExp>();
    for (const re of [...families, ...others]) {
      const s = standInsOf(re);
      const words = wordsOf(re);
      fc.assert(
        fc.property(textOf(words), (text) => {
          const want = matchesOf(re, text, text);
          if (want.length) {
            matched++;
            familiesMatched.add(re);
          }
          const own = s && mapWith(s, text);
          if (own != null && own !== text) {
            mapped++;
            expect(matchesOf(re, own, text)).toEqual(want);
          }
          // the path findPhrases takes (the base mapping where the pattern agrees with it)
          const m = subjects.of(text);
          if (m !== null) {
            const subject = subjects.subject(re, m);
            expect(subject.length).toBe(text.length);
            expect(matchesOf(re, subject, text)).toEqual(want);
          }
        }),
        { seed: 33, numRuns: 60 },
      );
    }
    // not vacuous: most texts were mapped, and most families matched some
    expect(mapped).toBeGreaterThan((families.length + others.length) * 30);
    expect(familiesMatched.size).toBeGreaterThan(families.length * 0.6);
    expect(matched).toBeGreaterThan(1000);
  });

  it('findPhrases gives the same hits with one-byte subjects and without (fixed seed)', () => {
    const lists = [...families.map((re) => [re]), others];
    const text = fc.array(
      fc.oneof(
        fc.constantFrom(
          'please update the bank details',
          'wire transfer today',
          'ignore all previous instructions',
          'gift cards',
          'verify your account',
          'урок',
          '\u4e2d\u6587',
        ),
        fc.constantFrom(...TRICKY),
        fc.constantFrom(' ', '. ', '\n', ', '),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(text, fc.nat(lists.length - 1), (parts, k) => {
        const segs = [{ where: 'body:text', text: parts.join('') }];
        setPhraseOneByte(false);
        const want = findPhrases(segs, lists[k]!);
        setPhraseOneByte(true);
        expect(findPhrases(segs, lists[k]!)).toEqual(want);
      }),
      { seed: 33, numRuns: 400 },
    );
  });

  it('own-script families are planned too, and read their own letters from the text itself', () => {
    const ps = families.filter(isOwnScriptFamily);
    expect(ps.length).toBeGreaterThan(5);
    for (const re of ps) {
      const s = standInsOf(re)!;
      expect(s).not.toBeNull();
      for (const w of wordsOf(re)
        .filter((x) => /[^\x00-\xff]/.test(x))
        .slice(0, 3))
        expect(mapWith(s, w)).toBeNull();
    }
  });
});

describe('phrase one-byte: random patterns', () => {
  /** Pieces of a pattern: literals, classes, escapes, assertions, lookarounds, all flags it accepts. */
  const atom = fc.constantFrom(
    'a',
    'k',
    's',
    'i',
    'K',
    'S',
    'I',
    '\u017f',
    '\u212a',
    '\u0130',
    '\u0131',
    '\u00e9',
    '\u00df',
    '\u20ac',
    '\u4e2d',
    '\u00c0',
    '\u00b5', // µ: folds to Greek mu under /i
    '\u00ff', // ÿ: folds to U+0178 under /i
    '\u0178',
    '\u03bc',
    '\\s',
    '\\S',
    '\\w',
    '\\W',
    '\\d',
    '\\D',
    '.',
    '[a-z]',
    '[^a-z]',
    '[^\\s]',
    '[\\u0100-\\u017f]',
    '[^\\u2000-\\u206f]',
    '[^\\x00-\\x7f]',
    "[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]",
    "[^a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]",
    '\\u2028',
    '[\\t\\n]',
    '\\b',
    '\\B',
    '^',
    '$',
    '(?=\\w)',
    '(?<!\\s)',
    '(?!k)',
    '{',
    ']',
    '\\.',
    '\\0',
  );
  const quantifier = fc.constantFrom('', '', '', '?', '*', '+', '{1,3}', '+?');
  // (no quantifier on an assertion; an alternative "x" or not)
  const pattern = fc
    .tuple(fc.array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(
      ([parts, alt]) =>
        parts.map(([a, q]) => (/^[\^$]|^\\[bB]$|^\(\?/.test(a) ? a : a + q)).join('') + (alt ? '|x' : ''),
    );
  const flags = fc.constantFrom('g', 'gi', 'gm', 'gs', 'gim', 'gis', 'y', 'i', '');
  const text = fc.array(fc.oneof(trickyChar, latin1, anyUnit, fc.constantFrom('a', 'k', 's', ' ', 'x')), {
    maxLength: 24,
  });

  it('match alike wherever the analysis gives stand-ins (fixed seed)', () => {
    let mapped = 0;
    fc.assert(
      fc.property(pattern, flags, text, (source, f, units) => {
        let re: RegExp;
        try {
          re = new RegExp(source, f);
        } catch {
          return; // not a pattern (a quantifier on nothing)
        }
        const s = standInsOf(re);
        if (s === null) return;
        const t = units.join('');
        const own = mapWith(s, t);
        if (own === null || own === t) return;
        mapped++;
        expect(matchesOf(re, own, t)).toEqual(matchesOf(re, t, t));
      }),
      { seed: 33, numRuns: 6000 },
    );
    expect(mapped).toBeGreaterThan(1500);
  });
});
