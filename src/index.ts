/**
 * Vigil as a library: scan emails, URLs and domains; every verdict explains itself.
 *
 *   import { createVigil, loadConfig } from 'vigil';
 *   const vigil = createVigil(loadConfig('vigil.json'));   // models loaded, indexes built: once
 *   const verdict = await vigil.scan('email', rawBytes, { target: 'invoice.eml' });
 *   vigil.kinds;   // ['email', 'url', 'domain']
 */
import { ANALYZERS } from './analyzers.js';

export * from './core/index.js';
export { loadConfig, resolveConfig, defaultConfig, DEFAULT_BRANDS } from './config/index.js';
export type { VigilConfig, Brand, Vip, Partner, ConfigFile } from './config/index.js';
export { analyzeEmail, analyzeEmailFacts, extractFacts } from './email/index.js';
export type { AnalyzeEmailOptions, EmailFacts, EmailScorer, VerifyAuthOptions } from './email/index.js';
export { analyzeUrl, analyzeDomain, inspectUrl, inspectDomain } from './url/index.js';
export { emailAnalyzer } from './email/index.js';
export { urlAnalyzer, domainAnalyzer } from './url/index.js';
export { createVigil } from './vigil.js';
export type { Vigil, VigilOptions, VigilScanOptions } from './vigil.js';
export { ANALYZERS, KINDS } from './analyzers.js';
export { loadModel, shippedModelPath } from './models.js';
export { createScanner } from './scanner.js';
export type { Scanner, ScannerOptions } from './scanner.js';
/** Email scans on every core: a worker-thread pool (what `vigil scan|eval|serve --jobs` use). */
export { createEmailPool, mapOrdered, defaultJobs, parseJobs } from './pool/index.js';
export type { EmailPool, PoolSetup, PoolResult } from './pool/index.js';

/** Every signal the shipped analyzers can fire, each once (the README table's rows). */
export const ALL_SIGNALS = [...new Map(ANALYZERS.flatMap((a) => a.signals).map((s) => [s.id, s])).values()];

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
