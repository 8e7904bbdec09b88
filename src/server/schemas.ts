/**
 * JSON schemas for requests and responses. Fastify validates requests with them, serialises
 * responses with them, and @fastify/swagger turns them into /v1/openapi.json. Objects that come from
 * the analyzers allow additional properties, so a new verdict field is passed through, not dropped.
 */
import { CATEGORIES, SEVERITIES } from '../core/index.js';

export const LABELS = ['clean', 'suspicious', 'malicious'] as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'Every error: a stable code (see the error table) and a message that says what to do.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', example: 'E_AUTH' }, message: { type: 'string' } },
    },
  },
} as const;

const signalSchema = {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'category', 'severity', 'message', 'evidence'],
  properties: {
    id: { type: 'string', example: 'email.sender.reply_to_mismatch' },
    category: { type: 'string', enum: [...CATEGORIES] },
    severity: { type: 'string', enum: [...SEVERITIES] },
    message: { type: 'string' },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: { where: { type: 'string' }, text: { type: 'string' } },
      },
    },
  },
} as const;

/** The verdict of DESIGN.md ("The verdict"). */
const verdictProperties = {
  schema: { type: 'string', example: 'vigil.verdict/1' },
  kind: { type: 'string', description: 'a kind of GET /v1/signals' },
  target: { type: 'string' },
  verdict: { type: 'string', enum: [...LABELS] },
  score: { type: 'number', minimum: 0, maximum: 1, description: 'calibrated probability of malicious' },
  categories: { type: 'array', items: { type: 'string', enum: [...CATEGORIES] } },
  signals: { type: 'array', items: signalSchema },
  model: {
    type: 'object',
    nullable: true,
    additionalProperties: true,
    properties: {
      name: { type: 'string' },
      version: { type: 'string' },
      score: { type: 'number' },
      top_features: {
        type: 'array',
        items: { type: 'object', properties: { feature: { type: 'string' }, weight: { type: 'number' } } },
      },
    },
  },
  skipped: {
    type: 'array',
    items: { type: 'object', properties: { what: { type: 'string' }, why: { type: 'string' } } },
  },
  input: { type: 'object', additionalProperties: true },
  elapsed_ms: { type: 'number' },
} as const;

const idProperty = { type: 'string', pattern: '^vrd_[0-9a-f]{24}$', example: 'vrd_5f0c1e9a2b7d4c3e8f6a1b2c' };

export const scanResponseSchema = {
  $id: 'ScanResult',
  type: 'object',
  description: 'The verdict JSON plus the id it is stored under.',
  additionalProperties: true,
  required: ['id', 'schema', 'kind', 'target', 'verdict', 'score', 'categories', 'signals'],
  properties: { id: idProperty, ...verdictProperties },
} as const;

const summaryProperties = {
  id: idProperty,
  created_at: { type: 'string', format: 'date-time' },
  kind: { type: 'string', description: 'a kind of GET /v1/signals' },
  target: { type: 'string' },
  verdict: { type: 'string', enum: [...LABELS] },
  score: { type: 'number' },
  categories: { type: 'array', items: { type: 'string' } },
  subject: { type: 'string' },
  sender: { type: 'string' },
} as const;

export const verdictPageSchema = {
  $id: 'VerdictPage',
  type: 'object',
  required: ['items', 'next_cursor'],
  properties: {
    items: { type: 'array', items: { type: 'object', properties: summaryProperties } },
    next_cursor: { type: 'string', nullable: true, description: 'pass as ?cursor= for the next page' },
  },
} as const;

export const feedbackSchema = {
  $id: 'Feedback',
  type: 'object',
  properties: {
    id: { type: 'string' },
    verdict_id: { type: 'string' },
    label: { type: 'string', enum: ['malicious', 'benign'] },
    note: { type: 'string' },
    key_id: { type: 'string', nullable: true },
    created_at: { type: 'string', format: 'date-time' },
  },
} as const;

export const storedVerdictSchema = {
  $id: 'StoredVerdict',
  type: 'object',
  description: 'A stored verdict: the verdict JSON, what was kept about the input, and its feedback.',
  additionalProperties: true,
  properties: {
    ...verdictProperties,
    ...summaryProperties,
    urls: { type: 'array', items: { type: 'string' } },
    raw_stored: { type: 'boolean' },
    evidence_stored: {
      type: 'boolean',
      description:
        'false: evidence holds only `where` and each message is the signal summary (no --keep-evidence)',
    },
    feedback: { type: 'array', items: { $ref: 'Feedback#' } },
  },
} as const;

export const statsSchema = {
  $id: 'Stats',
  type: 'object',
  properties: {
    since: { type: 'string', format: 'date-time' },
    bucket: { type: 'string', enum: ['hour', 'day'] },
    totals: { type: 'object', additionalProperties: { type: 'integer' } },
    by_kind: { type: 'object', additionalProperties: { type: 'integer' } },
    by_category: { type: 'object', additionalProperties: { type: 'integer' } },
    series: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          start: { type: 'string', format: 'date-time' },
          clean: { type: 'integer' },
          suspicious: { type: 'integer' },
          malicious: { type: 'integer' },
          categories: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
    },
  },
} as const;

/** Shared schemas, added once with app.addSchema so routes can $ref them. */
export const SHARED_SCHEMAS = [
  errorSchema,
  scanResponseSchema,
  verdictPageSchema,
  feedbackSchema,
  storedVerdictSchema,
  statsSchema,
] as const;

/**
 * The shared schemas with `kind` restricted to the runtime's kinds (`vigil.kinds`), so the OpenAPI
 * document lists exactly the kinds this service scans.
 */
export function sharedSchemas(kinds: readonly string[]): object[] {
  const withKinds = (props: Record<string, unknown>) => ({
    ...props,
    kind: { type: 'string', enum: [...kinds] },
  });
  return SHARED_SCHEMAS.map((s) => {
    if (s.$id === 'ScanResult') return { ...s, properties: withKinds(s.properties) };
    if (s.$id === 'VerdictPage' || s.$id === 'StoredVerdict') return withKindsDeep(s, kinds);
    return s;
  });
}

/** Replace every `kind` property schema below `node` by the enum of `kinds`. */
function withKindsDeep(node: unknown, kinds: readonly string[]): object {
  if (Array.isArray(node)) return node.map((n) => withKindsDeep(n, kinds));
  if (!node || typeof node !== 'object') return node as object;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      k === 'properties' && v && typeof v === 'object' && 'kind' in v
        ? {
            ...(withKindsDeep(v, kinds) as Record<string, unknown>),
            kind: { type: 'string', enum: [...kinds] },
          }
        : withKindsDeep(v, kinds);
  }
  return out;
}

/** Error responses every authenticated route can give. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, { $ref: 'Error#' }]));
