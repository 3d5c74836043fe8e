/**
 * Regular expressions given as text over the control API (`pathRegex` of the journal and of fault
 * rules), matched in time linear in the path by re2js (https://github.com/le0pard/re2js, MIT), a
 * pure-JavaScript port of Google's RE2: `^/(a+)+$` against a long path answers at once instead of
 * backtracking for minutes in V8's engine. A maintained engine rather than one of our own: RE2's
 * automata are well tested, and its syntax is documented (https://github.com/google/re2/wiki/Syntax).
 *
 * The syntax is therefore RE2's, not JavaScript's: no backreferences (`\1`, `\k<n>`) and no
 * lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`), refused with a message; `(?<name>…)` and `(?P<name>…)`
 * groups, inline flags (`(?i)`), `\pL`, `[[:alpha:]]`, `\A`, `\z` and `\Q…\E` work; `\uXXXX` does not
 * (`\x{XXXX}`), nor `[]`, `[^]` or escaped letters without a meaning (`\y`). README.md lists the
 * differences. Only `test` is offered: a filter needs no captures.
 *
 * Linear is not free: RE2 runs a DFA, and falls back to an NFA whose cost per character grows with the
 * compiled program. So patterns are capped at 500 characters and 2,000 program instructions (RE2's own
 * limit, 1,000 for a counted repetition, also holds): a path of 16 kB (Node's header limit) then takes
 * well under a second whatever the pattern.
 *
 * re2js (260 kB) is loaded on the first pattern compiled, not with the fake (scripts/bundle.mjs keeps
 * it out of the bundle).
 */
import type { RE2JS as RE2JSClass } from 're2js';

export const MAX_PATTERN_LENGTH = 500;
export const MAX_PROGRAM_SIZE = 2000;

/** A pattern RE2 takes but this module does not, or one needing backtracking (the message says why). */
export class UnsupportedPatternError extends Error {}

/** A pattern that is not valid RE2 syntax (the message is RE2's). */
export class InvalidPatternError extends Error {}

let re2js: typeof import('re2js') | undefined;
function engine(): typeof import('re2js') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  re2js ??= require('re2js') as typeof import('re2js');
  return re2js;
}

/** RE2's parse errors for what needs backtracking, as a message naming the construct. */
function unsupported(description: string, at: string): string | undefined {
  if (description === 'invalid escape sequence' && /^\\(?:[1-9]|k)/.test(at)) {
    return 'backreferences (\\1, \\k<name>) are not supported';
  }
  if (/^\(\?(?:[=!]|<[=!])/.test(at)) return 'lookarounds ((?=, (?!, (?<=, (?<!) are not supported';
  return undefined;
}

/** Compiles `source` with RE2 (no flags), or throws UnsupportedPatternError / InvalidPatternError. */
export function compileLinear(source: string): RE2JSClass {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new UnsupportedPatternError(`patterns are limited to ${MAX_PATTERN_LENGTH} characters`);
  }
  const { RE2JS, RE2JSSyntaxException } = engine();
  let compiled: RE2JSClass;
  try {
    compiled = RE2JS.compile(source);
  } catch (err) {
    if (!(err instanceof RE2JSSyntaxException)) throw err;
    const description = err.getDescription();
    const at = err.getPattern() ?? '';
    const reason = unsupported(description, at);
    if (reason) throw new UnsupportedPatternError(reason);
    if (description === 'invalid repeat count') {
      throw new UnsupportedPatternError(
        `counted repetitions go up to {1000}, nested ones multiplied (${at})`,
      );
    }
    if (description === 'expression too large') {
      throw new UnsupportedPatternError(`the pattern is too large (over ${MAX_PROGRAM_SIZE} instructions)`);
    }
    throw new InvalidPatternError(at ? `${description}: ${at}` : description);
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    throw new UnsupportedPatternError(`the pattern is too large (over ${MAX_PROGRAM_SIZE} instructions)`);
  }
  return compiled;
}

/**
 * A RegExp (for the fault rules and journal filters that take one) whose `test` runs RE2 on the pattern
 * as given. `source` and `toString` are the pattern's, for listings. Nothing else of RegExp works:
 * V8 holds only a placeholder that never matches, and `exec` (so `match`, `replace`, `split`) throws.
 */
export class LinearRegExp extends RegExp {
  readonly matcher: RE2JSClass;
  readonly pattern: string;

  constructor(source: string) {
    const matcher = compileLinear(source);
    super('[^\\s\\S]');
    this.matcher = matcher;
    this.pattern = source;
  }

  override get source(): string {
    return this.pattern;
  }

  /** Whether the pattern matches somewhere in `input` (unanchored, as RegExp#test). */
  override test(input: string): boolean {
    return this.matcher.test(String(input));
  }

  override exec(): RegExpExecArray | null {
    throw new TypeError('a pathRegex (RE2, linear-time) offers test() only');
  }
}
