/**
 * The input kinds Vigil ships, in the order they are listed (CLI `--kind` choices, OpenAPI,
 * `GET /v1/signals`, dashboard). Adding a kind is adding its folder and one line here (README
 * "Extending Vigil"); `createVigil(config, { analyzers })` takes another list (tests, plugins).
 */
import type { Analyzer } from './core/index.js';
import { emailAnalyzer } from './email/index.js';
import { domainAnalyzer, urlAnalyzer } from './url/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own input and options types
export const ANALYZERS: readonly Analyzer<any, any, any>[] = [emailAnalyzer, urlAnalyzer, domainAnalyzer];

/** The kind names of the shipped analyzers. */
export const KINDS: readonly string[] = ANALYZERS.map((a) => a.kind);
