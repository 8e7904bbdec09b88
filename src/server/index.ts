export {
  buildApp,
  JSON_BODY_LIMIT,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  DEFAULT_WEB_ROOT,
  DEFAULT_RETENTION_DAYS,
} from './app.js';
export type { AppDeps, VigilApp } from './app.js';
export { createApiKey, verifyApiKey, hashKey, KEY_PREFIX } from './keys.js';
export type { NewApiKey, KeyCheck } from './keys.js';
export { toApiError } from './errors.js';
export type { ApiError } from './errors.js';
