/**
 * The `url` and `domain` analyzers (src/core/analyzer.ts): both judge with one prepared `UrlEnv`,
 * shared through the runtime, so a runtime builds one lookalike index for URLs, domains and the
 * links and senders of email.
 */
import type { Analyzer, PrepareContext, ScanOptions } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import type { LinearModel } from '../ml/index.js';
import { analyzeDomain, analyzeUrl, prepareUrlEnv, type LazyModel, type UrlEnv } from './analyzer.js';
import { DOMAIN_DGA } from './dga.js';
import { HOST_SIGNALS } from './host.js';
import { LOOKALIKE_SIGNALS } from './lookalike.js';
import { PATH_SIGNALS } from './path.js';
import { OAUTH_CONSENT } from './oauth.js';
import { URL_MODEL_PHISHING } from './url-model.js';

/** Every signal URL and domain analysis fires (README table, model features, dashboard legend). */
export const SIGNALS = [
  ...HOST_SIGNALS,
  ...PATH_SIGNALS,
  OAUTH_CONSENT,
  URL_MODEL_PHISHING,
  ...LOOKALIKE_SIGNALS,
  DOMAIN_DGA,
];

/** Models URL and domain analysis reads. */
export const URL_MODELS = ['url', 'domain'] as const;

/**
 * The runtime's one `UrlEnv` (built by whichever analyzer asks first). A model the runtime has not
 * read yet (a shipped one) is read when the env first needs it: an email with no link and no
 * sender domain to score never reads the URL and domain models.
 */
export function sharedUrlEnv(config: VigilConfig, ctx: PrepareContext): UrlEnv {
  const model = (name: string): LazyModel =>
    ctx.models.deferred?.(name)
      ? () => ctx.models.get(name) as LinearModel | null
      : (ctx.models.get(name) as LinearModel | null);
  return ctx.shared('url', () => prepareUrlEnv(config, { url: model('url'), domain: model('domain') }));
}

export const urlAnalyzer: Analyzer<string, VigilConfig, ScanOptions> = {
  kind: 'url',
  description: 'a URL (http, https, or a bare host and path); link rewriters are unwrapped',
  input: 'text',
  signals: SIGNALS,
  features: ['host and path words', 'URL shape (length, depth, digits, IP host)', 'rule: <signal id>'],
  models: ['url', 'domain'],
  http: { maxLength: 8192, example: 'http://login.example.test/verify' },
  prepare(config, ctx) {
    const env = sharedUrlEnv(config, ctx);
    return {
      analyze: (url, opts) =>
        analyzeUrl(url, { env, ...(opts?.target !== undefined ? { target: opts.target } : {}) }),
    };
  },
};

export const domainAnalyzer: Analyzer<string, VigilConfig, ScanOptions> = {
  kind: 'domain',
  description: 'a domain name (lookalikes of protected names, machine-generated names)',
  input: 'text',
  signals: SIGNALS,
  features: [
    'character n-grams of the name',
    'name statistics (length, entropy, vowels, digits, dictionary words)',
  ],
  models: ['domain'],
  // a host name is at most 253 characters (RFC 1035 section 2.3.4)
  http: { maxLength: 253, example: 'paypa1-secure.example' },
  prepare(config, ctx) {
    const env = sharedUrlEnv(config, ctx);
    return {
      analyze: (name, opts) =>
        analyzeDomain(name, { env, ...(opts?.target !== undefined ? { target: opts.target } : {}) }),
    };
  },
};
