/**
 * Ruby and ActiveSupport/ActiveModel value semantics for request parameters: `blank?`/`present?`,
 * the string, boolean and integer casts of attribute types, `String#to_i`, and Hash#deep_merge.
 */

/**
 * `[[:space:]]` on a UTF-8 string (Unicode White_Space): unlike JavaScript's `\s` it includes U+0085
 * and excludes U+FEFF.
 */
const BLANK_STRING = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/**
 * Object#blank?: nil, false, strings matching /\A[[:space:]]*\z/, and empty arrays and hashes
 * (activesupport/lib/active_support/core_ext/object/blank.rb). Numbers and true are never blank.
 */
export function blank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return BLANK_STRING.test(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Object#present?: `!blank?`. */
export const present = (value: unknown): boolean => !blank(value);

/** A JSON object (Ruby: a Hash / ActionController::Parameters), not an array or null. */
export function isHash<T>(value: T): value is T & Hash<T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hash members of a declared type (all of them for `unknown`), arrays excluded. */
type Hash<T> = unknown extends T ? Record<string, any> : Exclude<Extract<T, object>, readonly unknown[]>;

/**
 * ActiveModel::Type::String#cast (ImmutableString): nil stays nil, true and false become "t" and "f",
 * anything else its `to_s` (activemodel/lib/active_model/type/immutable_string.rb).
 */
export function castString(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value === true) return 't';
  if (value === false) return 'f';
  return String(value);
}

/** ActiveModel::Type::Boolean::FALSE_VALUES (the symbols have no JSON spelling). */
const FALSE_VALUES = new Set<unknown>([false, 0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF']);

/**
 * ActiveModel::Type::Boolean#cast: nil and "" are nil, FALSE_VALUES are false, anything else is true;
 * case matters ("False" and "Off" are true; activemodel/lib/active_model/type/boolean.rb).
 */
export function castBoolean(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  return !FALSE_VALUES.has(value);
}

/**
 * String#to_i: leading ASCII whitespace, a sign, then digits with single underscores between them
 * ("1_000" is 1000, "1__0" is 1, "_1" is 0); whatever follows is ignored; 0 when there are no digits.
 */
export function stringToI(text: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?\d+(?:_\d+)*)/.exec(text);
  const n = match ? Number(match[1].replace(/_/g, '')) : 0;
  return n === 0 ? 0 : n; // no -0
}

/**
 * `value.to_i` on a JSON value: nil is 0, a Float truncates, a String per String#to_i; undefined where
 * Ruby raises (true, false, arrays and hashes have no `to_i`; NaN and Infinity raise FloatDomainError).
 */
export function toI(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) || 0 : undefined;
  if (typeof value === 'string') return stringToI(value);
  return undefined;
}

/**
 * String#to_f: leading ASCII whitespace, a sign, digits (single underscores between them), a fraction
 * and an exponent, as far as they read; 0 when no digits lead ("abc", ".", "e5").
 */
export function stringToF(text: string): number {
  const match = /^[\t\n\v\f\r ]*([+-]?)(\d+(?:_\d+)*)?(?:\.(\d+(?:_\d+)*))?(?:[eE]([+-]?\d+))?/.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return 0;
  const mantissa = `${match[2] ?? '0'}.${match[3] ?? '0'}`.replace(/_/g, '');
  const n = Number(`${match[1]}${mantissa}${match[4] === undefined ? '' : `e${match[4]}`}`);
  return n === 0 ? 0 : n; // no -0
}

/** `value.to_f` on a JSON value: nil is 0.0, a String per String#to_f; undefined where Ruby raises. */
export function toF(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return stringToF(value);
  return undefined;
}

/**
 * ActiveModel::Type::Integer#cast: true is 1, false is 0, a blank value nil (`presence`), then `to_i`,
 * nil where that raises (activemodel/lib/active_model/type/helpers/numeric.rb, type/integer.rb).
 */
export function castInteger(value: unknown): number | null {
  if (value === true) return 1;
  if (value === false) return 0;
  if (blank(value)) return null;
  return toI(value) ?? null;
}

/** ActiveSupport's Hash#deep_merge: keys of `over` win, and two hashes under one key are merged. */
export function deepMerge<T extends Record<string, any>>(base: T, over: Record<string, any>): T {
  const out: Record<string, any> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = out[key];
    out[key] = isHash(previous) && isHash(value) ? deepMerge(previous, value) : value;
  }
  return out as T;
}
