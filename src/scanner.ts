/**
 * One place that turns a config into ready-to-use scanners for the three input kinds, with the
 * shipped (or configured) models loaded once. The CLI and the HTTP service both use it.
 */
import type { Verdict } from './core/index.js';
import type { VigilConfig } from './config/index.js';
import { analyzeEmail, loadEmailModel, type EmailScorer, type VerifyAuthOptions } from './email/index.js';
import { analyzeDomain, analyzeUrl } from './url/index.js';

export interface Scanner {
  email(raw: Uint8Array, target?: string): Promise<Verdict>;
  url(url: string, target?: string): Verdict;
  domain(name: string, target?: string): Verdict;
}

export interface ScannerOptions {
  /** false: rules only, no learned model (`--no-model`). */
  model?: boolean;
  verifyAuth?: VerifyAuthOptions;
}

export function createScanner(config: VigilConfig, opts: ScannerOptions = {}): Scanner {
  // the shipped model unless the config names another file or null (rules only); loaded once, cached
  const scorer: EmailScorer | null = opts.model === false ? null : loadEmailModel(config.models.email);
  // rules only means no learned model anywhere, including the URL/domain models behind link signals
  const ruleConfig = opts.model === false ? { ...config, models: { email: null, url: null, domain: null } } : config;
  return {
    email: (raw, target) =>
      analyzeEmail(raw, { config: ruleConfig, scorer, ...(target ? { target } : {}), ...(opts.verifyAuth ? { verifyAuth: opts.verifyAuth } : {}) }),
    url: (url, target) => analyzeUrl(url, { config: ruleConfig, ...(target ? { target } : {}) }),
    domain: (name, target) => analyzeDomain(name, { config: ruleConfig, ...(target ? { target } : {}) }),
  };
}
