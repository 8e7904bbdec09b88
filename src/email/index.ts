export { analyzeEmail, analyzeEmailFacts } from './analyzer.js';
export type { AnalyzeEmailOptions, EmailScorer } from './analyzer.js';
export { extractFacts } from './extract.js';
export { loadEmailModel, EmailModel, DEFAULT_EMAIL_MODEL_PATH } from './model.js';
export { parseHtml } from './html.js';
export { extractTextUrls, refang } from './text-urls.js';
export type * from './facts.js';
export { headerValue, headerValues } from './facts.js';
import { AUTH_SIGNALS } from './auth.js';
import { SENDER_SIGNALS } from './sender.js';
import { CONTENT_SIGNALS } from './content.js';
import { LINK_SIGNALS } from './links.js';
import { ATTACHMENT_SIGNALS } from './attachments.js';
import { HIDDEN_SIGNALS } from './hidden.js';
import { STRUCTURE_SIGNALS } from './structure.js';

/** Every signal the email analyzer can fire (URL and domain signals come from src/url). */
export const SIGNALS = [
  ...AUTH_SIGNALS,
  ...SENDER_SIGNALS,
  ...CONTENT_SIGNALS,
  ...LINK_SIGNALS,
  ...ATTACHMENT_SIGNALS,
  ...HIDDEN_SIGNALS,
  ...STRUCTURE_SIGNALS,
];
