export { analyzeEmail, analyzeEmailFacts } from './analyzer.js';
export type { AnalyzeEmailOptions, EmailScorer } from './analyzer.js';
export { extractFacts } from './extract.js';
export { loadEmailModel, EmailModel, DEFAULT_EMAIL_MODEL_PATH } from './model.js';
export { parseHtml } from './html.js';
export { extractTextUrls, refang } from './text-urls.js';
export type * from './facts.js';
export { headerValue, headerValues } from './facts.js';
export { SIGNALS } from './signals.js';
