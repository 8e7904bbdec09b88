/**
 * The `email` analyzer (src/core/analyzer.ts). Prepared once per runtime: the brand-name index,
 * the email model, and the runtime's shared URL/domain state for links and sender domains.
 */
import type { Analyzer, ScanOptions, SignalDef } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import type { LinearModel } from '../ml/index.js';
import { SIGNALS as URL_SIGNALS, sharedUrlEnv } from '../url/index.js';
import { analyzeEmail, prepareEmailEnv } from './analyzer.js';
import type { VerifyAuthOptions } from './facts.js';
import { DEFAULT_EMAIL_MODEL_PATH, EmailModel } from './model.js';
import { SIGNALS as EMAIL_SIGNALS } from './signals.js';
import { WORDING_MODEL_NAME, WordingModel } from './wording.js';

const wordingFrom = (model: LinearModel | null, config: VigilConfig) =>
  model
    ? new WordingModel(model, `wording model ${config.models?.email_wording ?? 'models/email_wording.json'}`)
    : null;

export interface EmailScanOptions extends ScanOptions {
  /** Opt-in live SPF/DKIM/DMARC verification of this message. */
  verifyAuth?: VerifyAuthOptions;
}

/** Every signal an email verdict can carry: its own and those of its links and sender domains. */
const VERDICT_SIGNALS: readonly SignalDef[] = [...EMAIL_SIGNALS, ...URL_SIGNALS];

export const emailAnalyzer: Analyzer<Uint8Array, VigilConfig, EmailScanOptions> = {
  kind: 'email',
  description: 'one RFC 5322 message (.eml): headers, authentication results, text, links, attachments',
  input: 'bytes',
  signals: VERDICT_SIGNALS,
  features: [
    'text: words and phrases',
    'subject: words',
    'url: link shape',
    'from: sender address shape',
    'structure',
    'rule: <signal id>',
  ],
  models: ['email', 'email_wording', 'url', 'domain'],
  http: {
    contentTypes: ['message/rfc822', 'application/octet-stream', 'text/plain'],
    defaultTarget: 'message.eml',
  },
  prepare(config, ctx) {
    const model = ctx.models.get('email') as LinearModel | null;
    const env = prepareEmailEnv(config, {
      url: sharedUrlEnv(config, ctx),
      scorer: model
        ? new EmailModel(
            model,
            `email model ${config.models?.email ?? DEFAULT_EMAIL_MODEL_PATH}`,
            // a configured file is checked now; the shipped one is read at the first message that
            // needs it (a deception without an ask), once
            typeof config.models?.email_wording === 'string'
              ? wordingFrom(ctx.models.get(WORDING_MODEL_NAME) as LinearModel | null, config)
              : () => wordingFrom(ctx.models.get(WORDING_MODEL_NAME) as LinearModel | null, config),
          )
        : null,
    });
    return {
      analyze: (raw, opts) =>
        analyzeEmail(raw, {
          env,
          ...(opts?.target !== undefined ? { target: opts.target } : {}),
          ...(opts?.verifyAuth ? { verifyAuth: opts.verifyAuth } : {}),
        }),
    };
  },
};
