export { loadConfig, resolveConfig, defaultConfig } from './load.js';
export type { VigilConfig, Vip, Partner, LogLevel } from './load.js';
export { DEFAULT_BRANDS } from './brands.js';
export type { Brand } from './brands.js';
export { configSchemas, LOG_LEVELS, FILTER_ACTIONS } from './schema.js';
export type { ConfigFile, FilterConfig } from './schema.js';
