export * from './signal.js';
export * from './errors.js';
export * from './limits.js';
export * from './verdict.js';
export * from './engine.js';
export * from './analyzer.js';
