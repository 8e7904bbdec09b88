/** Mail flow: the SMTP content filter for Postfix (`vigil filter`) and its X-Vigil-* header fields. */
export { startFilter } from './filter.js';
export type { FilterHandle, FilterOptions, FilterOutcome } from './filter.js';
export {
  stripVigilHeaders,
  rewriteHeaders,
  verdictHeaders,
  unscannedHeaders,
  VIGIL_HEADERS,
} from './headers.js';
export { quarantineMessage, quarantineNotice } from './quarantine.js';
export { relayMessage, createRelay } from './relay.js';
export type { Relay } from './relay.js';
export type { HostPort, RelayEnvelope, RelayResult } from './relay.js';
export { createMessageScanner } from './scan.js';
export type { ScanMessage } from './scan.js';
