/**
 * What the values a user gives the fault, journal and clock controls mean: path patterns (route
 * templates, literal paths, regular expressions) and durations. Each is checked here and a bad value
 * is a FakeInputError naming the field.
 */
import { parseDuration as parseRailsDuration } from '../rails/duration';
import { FakeInputError } from './errors';
import { InvalidPatternError, LinearRegExp, UnsupportedPatternError } from './linear-regex';
import { editDistance } from '../suggest';

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

/** Whether a segment of a pattern or a template is a parameter (`:name`, `{name}` or `*`). */
const isParam = (segment: string): boolean => PARAM_SEGMENT.test(segment);

/**
 * Whether a string pattern can match a request for an operation with this spec template
 * (`/api/v1/accounts/{account_id}/contacts`): pathMatcher's rules, read against the template alone —
 * as many segments, a parameter only where the template has one, a literal segment where the template
 * has the same text or a parameter (any value reaches it).
 */
export function patternFitsTemplate(pattern: string, template: string): boolean {
  const wanted = segmentsOf(pattern);
  const segments = segmentsOf(template);
  if (wanted.length !== segments.length) return false;
  return wanted.every((w, i) => {
    if (isParam(segments[i])) return true;
    if (isParam(w)) return false;
    let decoded = w;
    try {
      decoded = decodeURIComponent(w);
    } catch {
      // keep the raw segment
    }
    return w === segments[i] || decoded === segments[i];
  });
}

/** A path with every parameter segment written `*`: `/contacts/:id`, `/contacts/{id}` → `/contacts/*`. */
function normalizedPath(segments: string[]): string {
  return '/' + segments.map((s) => (isParam(s) ? '*' : s)).join('/');
}

/**
 * The spec template a string pattern that fits none most likely meant, written in the pattern's style
 * (`:name`, or `{name}` when the pattern uses braces; a literal value of the pattern is kept where the
 * template has a parameter): the one fewest edits away when parameters are compared as `*` (at most
 * a fifth of the pattern's length, and at least 3), else one it is the end of
 * (`/accounts/:account_id/contacts` → `/api/v1/accounts/:account_id/contacts`). Undefined when none is close.
 */
export function nearestTemplate(pattern: string, templates: readonly string[]): string | undefined {
  const wanted = segmentsOf(pattern);
  const plain = normalizedPath(wanted);
  let best: { template: string; distance: number } | undefined;
  for (const template of templates) {
    const segments = segmentsOf(template);
    const target = normalizedPath(segments);
    let distance = editDistance(plain, target);
    if (segments.length === wanted.length) {
      // A literal value where the template has a parameter (`/accounts/1/…`) is no edit.
      const aligned = normalizedPath(wanted.map((w, i) => (isParam(segments[i]) ? '*' : w)));
      distance = Math.min(distance, editDistance(aligned, target));
    }
    if (!best || distance < best.distance) best = { template, distance };
  }
  let chosen: string | undefined;
  let suffix = false;
  if (best && best.distance <= Math.max(3, Math.floor(plain.length / 5))) chosen = best.template;
  else if (wanted.length) {
    chosen = templates
      .filter((t) => normalizedPath(segmentsOf(t)).endsWith(plain))
      .sort((a, b) => a.length - b.length)[0];
    suffix = true;
  }
  if (chosen === undefined) return undefined;
  const segments = segmentsOf(chosen);
  const braces = wanted.some((w) => /^\{\w+\}$/.test(w));
  // The pattern's segments stand where the template's do when it has as many, or is the template's end.
  const offset = suffix || segments.length === wanted.length ? segments.length - wanted.length : -1;
  return (
    '/' +
    segments
      .map((s, i) => {
        if (!isParam(s)) return s;
        const mine = offset >= 0 ? wanted[i - offset] : undefined;
        if (mine !== undefined && !isParam(mine)) return mine;
        const name = s.replace(/^[:{]|\}$/g, '');
        return braces ? `{${name}}` : `:${name}`;
      })
      .join('/')
  );
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
