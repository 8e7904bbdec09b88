/**
 * Request bodies are validated without type coercion (`{"url": 12}` is a 400, not the URL "12"),
 * so ajv runs with `coerceTypes: false`. A query string, though, is text by nature: `?limit=20`
 * arrives as the string "20". This hook converts exactly the query parameters a route's schema
 * declares as `integer`, and only when the text is a plain decimal integer; anything else is left
 * as it came and the schema rejects it, naming the parameter.
 */
import type { FastifyRequest } from 'fastify';

const DECIMAL_INTEGER = /^-?\d{1,15}$/;

interface ObjectSchema {
  properties?: Record<string, { type?: unknown }>;
}

/** Names of the `integer` properties of a querystring schema. */
export function integerQueryParams(schema: unknown): string[] {
  const props = (schema as ObjectSchema | undefined)?.properties ?? {};
  return Object.entries(props)
    .filter(([, p]) => p.type === 'integer')
    .map(([name]) => name);
}

/** preValidation hook: turn declared integer query parameters from text into numbers. */
export async function coerceQueryIntegers(req: FastifyRequest): Promise<void> {
  const names = integerQueryParams(req.routeOptions.schema?.querystring);
  if (!names.length) return;
  const query = req.query as Record<string, unknown> | null;
  if (!query || typeof query !== 'object') return;
  for (const name of names) {
    const v = query[name];
    if (typeof v === 'string' && DECIMAL_INTEGER.test(v)) query[name] = Number(v);
  }
}
