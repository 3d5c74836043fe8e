import { couldNotCreate } from './errors';

import type { RequestContext } from './context';
import { isHash } from '../rails/casts';

/** Rails' `params` of the public and widget APIs: body over query parameters. */
export function publicParams(ctx: RequestContext): Record<string, any> {
  const body = ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {};
  return { ...ctx.query, ...body };
}

/**
 * Rails parameter conventions shared by every resource: `params.require(:model)` bodies that may
 * also arrive flat (wrap_parameters), and picking only permitted keys (strong parameters).
 */
export function unwrap(body: Record<string, any>, key: string): Record<string, any> {
  const nested = body?.[key];
  const flat = { ...body };
  delete flat[key];
  return isHash(nested) ? { ...flat, ...nested } : flat;
}

/** Keeps the permitted keys that are present (strong parameters drop the rest silently). */
export function permit<K extends string>(
  source: Record<string, any>,
  keys: readonly K[],
): Partial<Record<K, any>> {
  const out: Partial<Record<K, any>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** Rails' `to_i`-style reading of an id from a path or query, or undefined when not a number. */
export function toId(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

/**
 * `params.require(key)` after Rails' wrap_parameters: the (unwrapped) parameters when the body has a
 * non-empty `key` object or any of the model's `attributes` at top level; otherwise
 * ActionController::ParameterMissing, which Chatwoot renders as 422 `{"error":"param is missing or the
 * value is empty: <key>"}` (app/controllers/concerns/request_exception_handler.rb).
 */
export function requireParams(
  body: Record<string, any>,
  key: string,
  attributes: readonly string[],
): Record<string, any> {
  const nested = body?.[key];
  const hasNested = isHash(nested) && Object.keys(nested).length > 0;
  const hasFlat = attributes.some((a) => body?.[a] !== undefined);
  if (!hasNested && !hasFlat) throw couldNotCreate(`param is missing or the value is empty: ${key}`);
  return unwrap(body, key);
}
