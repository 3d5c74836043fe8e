/**
 * What the values a user gives the fault, journal and clock controls mean: path patterns (route
 * templates, literal paths, regular expressions) and durations. Each is checked here and a bad value
 * is a FakeInputError naming the field.
 */
import { parseDuration as parseRailsDuration } from '../rails/duration';
import { FakeInputError } from './errors';
import { InvalidPatternError, LinearRegExp, UnsupportedPatternError } from './linear-regex';

// ---------------------------------------------------------------------------------------------
// Paths: a route template (`/api/v1/accounts/:account_id/contacts`, `{id}` or `*` for a segment),
// a literal path, or a RegExp tested against the request path.

/** What a rule or a journal filter matches a request path with. */
export type PathPattern = string | RegExp;

const PARAM_SEGMENT = /^(?::\w+|\{\w+\}|\*)$/;

function segmentsOf(path: string): string[] {
  const q = path.indexOf('?');
  return (q === -1 ? path : path.slice(0, q)).split('/').filter(Boolean);
}

/**
 * Compiles a path pattern. A string matches when it has as many segments as the path, every literal
 * segment equals the path's, and every parameter segment (`:name`, `{name}`, `*`) stands where the
 * matched operation's template has a parameter (so `/contacts/:id` does not match `/contacts/search`).
 * For a path no operation matched, a parameter segment matches any value.
 */
export function pathMatcher(pattern: PathPattern): (path: string, route?: string | null) => boolean {
  // A pattern given as text (the control API's pathRegex): matched in linear time.
  if (pattern instanceof LinearRegExp) return (path) => pattern.test(path);
  if (pattern instanceof RegExp) {
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    return (path) => re.test(path);
  }
  const wanted = segmentsOf(pattern);
  return (path, route) => {
    const actual = segmentsOf(path);
    if (actual.length !== wanted.length) return false;
    const template = route ? segmentsOf(route) : undefined;
    for (let i = 0; i < wanted.length; i++) {
      if (PARAM_SEGMENT.test(wanted[i])) {
        if (template && !PARAM_SEGMENT.test(template[i])) return false;
        continue;
      }
      let segment = actual[i];
      try {
        segment = decodeURIComponent(segment);
      } catch {
        // keep the raw segment
      }
      if (wanted[i] !== segment && wanted[i] !== actual[i]) return false;
    }
    return true;
  };
}

/** Validates a path pattern given by a user (`field` names it in the error). */
export function checkPathPattern(value: unknown, field: string): PathPattern | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof RegExp) return value;
  if (typeof value !== 'string' || !value.startsWith('/')) {
    throw new FakeInputError(`"${field}" must be a path starting with "/" (or a RegExp)`);
  }
  return value;
}

/**
 * Compiles a regular expression given as text (`field` names it in the error), to be matched by RE2 in
 * time linear in the path (http/linear-regex.ts): no pattern can freeze the fake. RE2's syntax, which
 * has no backreferences and lookarounds.
 */
export function regexFrom(value: unknown, field: string): RegExp | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new FakeInputError(`"${field}" must be a regular expression string`);
  try {
    return new LinearRegExp(value);
  } catch (err) {
    if (err instanceof UnsupportedPatternError) {
      throw new FakeInputError(`"${field}" cannot be used: ${err.message}`);
    }
    if (err instanceof InvalidPatternError) {
      throw new FakeInputError(`"${field}" is not a valid regular expression (RE2 syntax): ${err.message}`);
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Durations

/**
 * Parses a duration (rails/duration.ts): milliseconds as a number, or text such as `500ms`, `90s`,
 * `15m`, `2h`, `1d`, `1w`, `1h30m`; a leading `-` goes back in time. Throws FakeInputError naming `field`.
 */
export function parseDuration(value: unknown, field = 'duration'): number {
  const ms = parseRailsDuration(value);
  if (ms !== undefined) return ms;
  if (typeof value === 'number') throw new FakeInputError(`"${field}" must be a finite number of ms`);
  throw new FakeInputError(
    `"${field}" must be milliseconds or a duration such as "500ms", "30s", "15m", "2h", "1d" (got ${JSON.stringify(value)})`,
  );
}
