/**
 * Tables a start-up would otherwise compute before the first verdict (issue 13 item 3): the words
 * and skeleton of each default brand name (the brand-name index, src/email/names.ts) and the scam
 * schemes' lexicon trie (src/email/scam-schemes.ts). Here, in src/ and in dist/, PREBUILT is
 * undefined and each table is computed from its source, as before. scripts/bundle.mjs computes them
 * with the very dist/ code it bundles (src/prebuilt-build.ts) and writes them into the bundle in
 * place of `undefined`, so the bundled CLI reads what its own code would compute, and a change to
 * the sources or to the code that reads them can never leave a stale table behind: the bundle is
 * made again from dist/, and bin/vigil.js uses no bundle older than dist/ (dist/bundle/stamp.json).
 * `test/prebuilt.test.ts` checks that the tables read back to what the code computes, and that the
 * bundle's copy equals what dist/ computes.
 */
import type { BrandNameForm } from './email/names.js';
import type { SchemeTrieTables } from './email/scam-schemes.js';

export interface Prebuilt {
  /** Per default brand name or alias (as configured): its name words and skeleton. */
  brandNames: Record<string, BrandNameForm>;
  /** The scam schemes' lexicon trie, as plain data. */
  schemeTrie: SchemeTrieTables;
}

// scripts/bundle.mjs replaces this exact line of dist/prebuilt.js (the bundle fails without it)
export const PREBUILT: Prebuilt | undefined = undefined;
