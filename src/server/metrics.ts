/**
 * Prometheus metrics, one registry per app (tests build many apps in one process).
 * Scans by kind and verdict, scan latency, and HTTP latency by route.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  scans: Counter<'kind' | 'verdict'>;
  scanErrors: Counter<'kind' | 'code'>;
  scanSeconds: Histogram<'kind'>;
  httpSeconds: Histogram<'method' | 'route' | 'status'>;
  feedback: Counter<'label'>;
  authFailures: Counter<'reason'>;
  authThrottled: Counter;
}

/** Why an authentication failed: no header, not `Bearer <key>`, no such key, a revoked key. */
export type AuthFailureReason = 'missing' | 'malformed' | 'unknown' | 'revoked';

export function createMetrics(opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  const registers = [registry];
  return {
    registry,
    scans: new Counter({
      name: 'vigil_scans_total',
      help: 'Scans answered, by kind of input and verdict',
      labelNames: ['kind', 'verdict'],
      registers,
    }),
    scanErrors: new Counter({
      name: 'vigil_scan_errors_total',
      help: 'Scans refused or failed, by kind and error code',
      labelNames: ['kind', 'code'],
      registers,
    }),
    scanSeconds: new Histogram({
      name: 'vigil_scan_duration_seconds',
      help: 'Time spent in the analyzer per scan',
      labelNames: ['kind'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'vigil_http_request_duration_seconds',
      help: 'HTTP request latency by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    feedback: new Counter({
      name: 'vigil_feedback_total',
      help: 'Analyst feedback stored (never used to retrain automatically)',
      labelNames: ['label'],
      registers,
    }),
    authFailures: new Counter({
      name: 'vigil_auth_failures_total',
      help: 'Failed authentications (401/403), by reason: missing, malformed, unknown, revoked',
      labelNames: ['reason'],
      registers,
    }),
    authThrottled: new Counter({
      name: 'vigil_auth_throttled_total',
      help: 'Requests refused with 429 because their address failed authentication too often',
      registers,
    }),
  };
}
