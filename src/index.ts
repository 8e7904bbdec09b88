/**
 * Vigil as a library: scan emails, URLs and domains; every verdict explains itself.
 *
 *   import { createScanner, loadConfig } from 'vigil';
 *   const scanner = createScanner(loadConfig('vigil.json'));
 *   const verdict = await scanner.email(rawBytes, 'invoice.eml');
 */
import { SIGNALS as EMAIL_SIGNALS } from './email/index.js';
import { SIGNALS as URL_SIGNALS } from './url/index.js';

export * from './core/index.js';
export { loadConfig, resolveConfig, defaultConfig, DEFAULT_BRANDS } from './config/index.js';
export type { VigilConfig, Brand, Vip, Partner, ConfigFile } from './config/index.js';
export { analyzeEmail, analyzeEmailFacts, extractFacts } from './email/index.js';
export type { AnalyzeEmailOptions, EmailFacts, EmailScorer, VerifyAuthOptions } from './email/index.js';
export { analyzeUrl, analyzeDomain, inspectUrl, inspectDomain } from './url/index.js';
export { createScanner } from './scanner.js';
export type { Scanner, ScannerOptions } from './scanner.js';
/** Email scans on every core: a worker-thread pool (what `vigil scan|eval|serve --jobs` use). */
export { createEmailPool, mapOrdered, defaultJobs, parseJobs } from './pool/index.js';
export type { EmailPool, PoolSetup, PoolResult } from './pool/index.js';

/** Every signal Vigil can fire, across email, URL and domain analysis (the README table's rows). */
export const ALL_SIGNALS = [...EMAIL_SIGNALS, ...URL_SIGNALS];

// For scripts, benchmarks and notebooks: the training module and the building blocks it uses
// (scripts import only the package's entries, never dist/<internal>; see README "Development").
/** Training, cross-validation, model cards and evaluation (src/train). */
export * as train from './train/index.js';
/** Feature hashing, logistic regression, calibration, metrics (src/ml). */
export * as ml from './ml/index.js';
/** URL and domain parsing and analysis helpers (src/url). */
export * as url from './url/index.js';
/** Email parsing, facts and model features (src/email). */
export * as email from './email/index.js';
/** Every *.eml below a folder, bounded (what `vigil scan DIR` reads). */
export { listEml } from './cli/files.js';
