export { loadConfig, resolveConfig, defaultConfig } from './load.js';
export type { VigilConfig, Vip, Partner, LogLevel } from './load.js';
export { DEFAULT_BRANDS } from './brands.js';
export type { Brand } from './brands.js';
export { configSchema, LOG_LEVELS } from './schema.js';
export type { ConfigFile } from './schema.js';
