/**
 * The scam schemes' word lookup (src/email/scam-schemes.ts lexiconConcepts, speed only): tokens read
 * by code unit and looked up in a trie of the lexicon must give what the regex tokens looked up in
 * maps of words, stems and phrases gave (the code it replaced, kept here as the reference), on
 * random texts built from the lexicon's own entries, their stems, compounds and other scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCEPT_WORDS, type ConceptName } from '../../src/email/scam-concepts.js';
import { lexiconConcepts, MAX_SCHEME_TOKENS, type Occurrence } from '../../src/email/scam-schemes.js';

const MAX_POSITIONS = 64;

/** The lookup as it was: TOKEN's matches, a map of words, stems by length, phrases by first word. */
function reference(text: string): Map<ConceptName, Occurrence[]> {
  const words = new Map<string, ConceptName[]>();
  const stems = new Map<string, ConceptName[]>();
  const phrases = new Map<string, { rest: string[]; concept: ConceptName }[]>();
  const put = (map: Map<string, ConceptName[]>, key: string, name: ConceptName) => {
    const list = map.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    map.set(key, list);
  };
  for (const name of Object.keys(CONCEPT_WORDS) as ConceptName[])
    for (const entry of CONCEPT_WORDS[name]) {
      const ws = entry.split(' ');
      if (ws.length > 1) {
        const list = phrases.get(ws[0]!) ?? [];
        list.push({ rest: ws.slice(1), concept: name });
        phrases.set(ws[0]!, list);
      } else if (entry.endsWith('*')) put(stems, entry.slice(0, -1), name);
      else put(words, entry, name);
    }
  const stemLengths = [...new Set([...stems.keys()].map((s) => s.length))].sort((a, b) => b - a);
  const wordConcepts = (w: string): ConceptName[] => {
    const found = words.get(w)?.slice() ?? [];
    for (const n of stemLengths) {
      if (n > w.length) continue;
      const stem = stems.get(w.slice(0, n));
      if (stem) found.push(...stem);
    }
    return found;
  };
  const wordMatches = (pattern: string, word: string) =>
    pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
  const TOKEN = /[a-z0-9'\u00c0-\u1fff\u2c00-\u2fff\u3040-\uffff]+(?:-[a-z0-9]+)*/g;
  const at = new Map<ConceptName, Occurrence[]>();
  const starts: number[] = [];
  const ends: number[] = [];
  const ws: string[] = [];
  let m: RegExpExecArray | null;
  while (ws.length < MAX_SCHEME_TOKENS && (m = TOKEN.exec(text)) !== null) {
    ws.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const add = (name: ConceptName, token: number, last: number) => {
    const list = at.get(name) ?? [];
    if (list.length >= MAX_POSITIONS || list.at(-1)?.token === token) return;
    list.push({ concept: name, token, start: starts[token]!, end: ends[last]! });
    at.set(name, list);
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    for (const name of wordConcepts(w)) add(name, i, i);
    if (w.includes('-')) {
      const parts = w.split('-');
      for (const part of parts) for (const name of wordConcepts(part)) add(name, i, i);
      // a word spelt letter by letter with hyphens (`b-t-c`)
      if (parts.length >= 3 && parts.every((p) => p.length === 1))
        for (const name of wordConcepts(parts.join(''))) add(name, i, i);
    }
    // … or with one character between its letters (`v i d e o`): from the run's first letter
    const single = (j: number) => ws[j] !== undefined && ws[j]!.length === 1;
    if (single(i) && !(i > 0 && single(i - 1) && starts[i]! - ends[i - 1]! === 1)) {
      let last = i;
      while (last - i < 24 && single(last + 1) && starts[last + 1]! - ends[last]! === 1) last++;
      if (last - i >= 2) for (const name of wordConcepts(ws.slice(i, last + 1).join(''))) add(name, i, last);
    }
    for (const p of phrases.get(w) ?? [])
      if (p.rest.every((r, k) => ws[i + 1 + k] !== undefined && wordMatches(r, ws[i + 1 + k]!)))
        add(p.concept, i, i + p.rest.length);
  }
  return at;
}

const entries = Object.values(CONCEPT_WORDS).flat();
const pieces = [
  'v i d e o',
  'b-t-c',
  'B T C',
  ...entries.map((e) => e.replace(/\*$/, '')),
  ...entries.filter((e) => e.endsWith('*')).flatMap((e) => [`${e.slice(0, -1)}s`, `${e.slice(0, -2)}`]),
  ...entries.flatMap((e) => e.split(' ')),
  'the',
  'a',
  'to',
  'and',
  "you're",
  "'s",
  'é',
  'café',
  '日本語',
  'x9',
  '42',
  '0x',
  'ü',
];
const piece = fc.constantFrom(...pieces);
const sep = fc.constantFrom(' ', ' ', ' ', '-', '--', "'", '. ', ', ', '\n', '', ' - ', '-é', '_', '$');

describe('lexiconConcepts', () => {
  it('finds what the regex tokens and word maps found (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 60 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        expect([...lexiconConcepts(text).at]).toEqual([...reference(text)]);
      }),
      { seed: 13, numRuns: 3000 },
    );
  });

  it('reads the first MAX_SCHEME_TOKENS tokens only, as before', () => {
    const text = `${'fee bitcoin '.repeat(MAX_SCHEME_TOKENS / 2 - 1)}wallet gift card ransom recovery-fee`;
    expect([...lexiconConcepts(text).at]).toEqual([...reference(text)]);
  });
});
