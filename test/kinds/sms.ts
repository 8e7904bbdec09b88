/**
 * A tiny input kind, `sms`, registered only in tests: the README's "Extending Vigil" example, kept
 * compiling and working by test/vigil.test.ts. A real kind lives in `src/sms/` and adds one line
 * to src/analyzers.ts; nothing else in Vigil names it.
 */
import {
  Budget,
  combine,
  defineSignal,
  type Analyzer,
  type ScanOptions,
  type Signal,
} from '../../src/core/index.js';
import type { VigilConfig } from '../../src/config/index.js';
import { SIGNALS as URL_SIGNALS, inspectUrl, sharedUrlEnv } from '../../src/url/index.js';

export const URGENT_LINK = defineSignal({
  id: 'sms.content.urgent_link',
  category: 'phishing',
  severity: 'medium',
  summary: 'A text message pushes the reader to open a link at once',
});

const URGENT = /\b(now|today|immediately|suspended|locked|final notice)\b/i;
const LINK = /\bhttps?:\/\/[^\s<>"]+/gi;

export const smsAnalyzer: Analyzer<string, VigilConfig, ScanOptions> = {
  kind: 'sms',
  description: 'one SMS or chat message (its text)',
  input: 'text',
  signals: [URGENT_LINK, ...URL_SIGNALS],
  features: [],
  models: [],
  http: {
    maxLength: 2000,
    example: 'Your parcel is held: pay the fee today at http://parcel.example.test/fee',
  },
  prepare(config, ctx) {
    // the runtime's one URL/domain state: links in a text are judged like links in a mail
    const url = sharedUrlEnv(config, ctx);
    return {
      analyze(text, opts) {
        const startedAt = performance.now();
        const budget = new Budget(config.limits);
        const links = [...text.matchAll(LINK)].map((m) => m[0]).slice(0, 20);
        const signals: Signal[] = links.flatMap(
          (l) => inspectUrl(l, { env: url, where: 'sms:text' }).signals,
        );
        if (links.length && URGENT.test(text))
          signals.push(
            URGENT_LINK.fire(`Urgent wording with a link to ${links[0]}`, [{ where: 'sms:text', text }]),
          );
        return combine({
          kind: 'sms',
          target: opts?.target ?? 'sms',
          signals,
          model: null,
          skipped: budget.skipped,
          input: { bytes: Buffer.byteLength(text) },
          thresholds: config.thresholds,
          startedAt,
        });
      },
    };
  },
};
