/**
 * tldts (public suffixes, registrable domains) from its one-file ES module build. The package's
 * `main` is CommonJS: imported from ESM, Node first scans the whole 220 KB file for its exports
 * (cjs-module-lexer) and then compiles it, ≈ 50 ms of every `vigil scan`'s start-up; the ES build
 * of the same release (same sources, same suffix list) is read once. Everything in Vigil imports
 * tldts from here.
 */
import type * as Tldts from 'tldts';
// @ts-expect-error the ES build ships no declaration file of its own; its API is the package's
import * as esm from 'tldts/dist/index.esm.min.js';

const tldts = esm as typeof Tldts;

export const parse: typeof Tldts.parse = tldts.parse;
export const getDomain: typeof Tldts.getDomain = tldts.getDomain;
