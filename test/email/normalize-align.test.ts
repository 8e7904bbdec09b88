/**
 * alignNormalized's ASCII shortcut gives what the per-character steps give. The reference below is
 * the per-character algorithm as it was before the shortcut (KEEP IN SYNC with normalizeForMatch).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignNormalized, normalizeForMatch } from '../../src/email/normalize.js';
import { stripInvisible } from '../../src/email/invisible.js';
import { LATIN_LOOKALIKES } from '../../src/url/index.js';

const LOOKALIKE_RE = /[^\x00-\x7f]/gu;
const CONFUSABLE: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');
const EXTRA_INVISIBLE_ONE = /^[\u034f\u180e\u115f\u1160\u3164\uffa0]$/;
const foldOne = (c: string): string => LATIN_LOOKALIKES.get(c) ?? c;

function reference(source: string) {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let space = true;
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    const next = i + c.length;
    if (stripInvisible(c) === '' || EXTRA_INVISIBLE_ONE.test(c)) {
      i = next;
      continue;
    }
    const folded = /[\s\u0000-\u0008\u000b\u000e-\u001f]/.test(c)
      ? ' '
      : foldOne(c)
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .replace(LOOKALIKE_RE, foldOne)
          .toLowerCase()
          .replace(CONFUSABLE_RE, (x) => CONFUSABLE[x] ?? x);
    for (const f of folded) {
      if (/\s/.test(f)) {
        if (space) continue;
        space = true;
        text += ' ';
      } else {
        space = false;
        text += f;
      }
      start.push(i);
      end.push(next);
    }
    i = next;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    start.pop();
    end.pop();
  }
  return { text, start, end };
}

describe('alignNormalized', () => {
  it('equals the per-character reference on ASCII and mixed text (fixed seed)', () => {
    const ascii = fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c));
    const other = fc.constantFrom(
      'é',
      'а',
      'Ω',
      'ﬁ',
      '\u200b',
      '\u00a0',
      '\u2019',
      '´',
      '\u3164',
      '😀',
      'İ',
      'ẞ',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(ascii, ascii, ascii, other), { maxLength: 300, size: 'max' }),
        (chars) => {
          const s = chars.join('');
          expect(alignNormalized(s)).toEqual(reference(s));
        },
      ),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('maps back to the source: `Wire` `Transfer` in mixed case and spacing', () => {
    const src = '  Please\tWIRE  `the`\r\nTransfer ';
    const a = alignNormalized(src);
    expect(a.text).toBe("please wire 'the' transfer");
    expect(a.text.length).toBe(normalizeForMatch(src).replace(/\n/g, ' ').length);
    const i = a.text.indexOf('wire');
    expect(src.slice(a.start[i], a.end[i + 3])).toBe('WIRE');
  });
});
