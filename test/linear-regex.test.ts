/**
 * The control API's regexes (http/linear-regex.ts, RE2 by re2js): the same answers as JavaScript's
 * RegExp#test where both syntaxes mean the same (checked on random patterns and inputs), the documented
 * differences, linear time, and a clear refusal of what needs backtracking or is too large.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import {
  compileLinear,
  InvalidPatternError,
  LinearRegExp,
  MAX_PATTERN_LENGTH,
  UnsupportedPatternError,
} from '../src/http/linear-regex';
import { regexFrom } from '../src/http/patterns';

/** Random patterns over a small alphabet, in the syntax JavaScript and RE2 share. */
const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    fc.constantFrom('a', 'b', '/', '1', '-', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\/', '\\.', '\\x61'),
    fc.constantFrom('[ab]', '[^a]', '[a-c]', '[\\d-]', '[/1]', '[\\w]', '[-a]', '[\\s]', '[^\\d]'),
    fc.constantFrom('^', '$', '\\b', '\\B'),
    tie('group'),
  ),
  group: fc
    .tuple(fc.constantFrom('(', '(?:', '(?<n>'), tie('alt') as fc.Arbitrary<string>, fc.constant(')'))
    // One named group only (a second `n` is an error in both syntaxes): inner ones become `(?:`.
    .map(([open, inner, close]) => open + inner.replaceAll('(?<n>', '(?:') + close),
  quantified: fc
    .tuple(
      tie('atom') as fc.Arbitrary<string>,
      fc.constantFrom('', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '*?', '+?', '??'),
    )
    .filter(([atom, q]) => q === '' || !['^', '$', '\\b', '\\B'].includes(atom))
    .map(([atom, q]) => atom + q),
  concat: fc
    .array(tie('quantified') as fc.Arbitrary<string>, { minLength: 0, maxLength: 4 })
    .map((a) => a.join('')),
  alt: fc
    .array(tie('concat') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })
    .map((a) => a.join('|')),
})).alt as fc.Arbitrary<string>;

/** Inputs where the engines agree on `.` and `\s` (both leave out `\n` / take ` ` and `\n`). */
const input = fc
  .array(fc.constantFrom('a', 'b', '/', '1', '-', ' ', 'c', '\n'), { maxLength: 12 })
  .map((a) => a.join(''));

/**
 * RegExp#test, given up after 100 ms: some random patterns send V8's backtracking into exponential
 * time on a dozen characters (that is the point of RE2).
 */
function nativeTest(re: RegExp, text: string): boolean | undefined {
  try {
    return vm.runInNewContext('re.test(text)', { re, text }, { timeout: 100 }) as boolean;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw err;
  }
}

/** The RE2 matcher, or undefined for a pattern it refuses (RE2 syntax differs from JavaScript's). */
function linearOrSkip(source: string): LinearRegExp | undefined {
  try {
    return new LinearRegExp(source);
  } catch (err) {
    if (err instanceof UnsupportedPatternError || err instanceof InvalidPatternError) return undefined;
    throw err;
  }
}

describe('LinearRegExp (RE2)', () => {
  it('answers as RegExp#test does on the syntax both take', () => {
    let compared = 0;
    let skipped = 0;
    fc.assert(
      fc.property(
        pattern.filter((p) => p.length <= 200),
        fc.array(input, { minLength: 1, maxLength: 8 }),
        (source, inputs) => {
          const linear = linearOrSkip(source);
          if (!linear) {
            skipped++;
            return;
          }
          compared++;
          const native = new RegExp(source);
          for (const text of inputs) {
            const expected = nativeTest(native, text);
            if (expected !== undefined && linear.test(text) !== expected) {
              throw new Error(`/${source}/ on ${JSON.stringify(text)}: native ${expected}`);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The generator stays in the shared syntax: RE2 refuses only what it deems too large.
    expect(compared).toBeGreaterThan(skipped * 10);
  });

  it.each([
    ['^/api/v1/accounts/\\d+/contacts$', '/api/v1/accounts/12/contacts', true],
    ['contacts/\\d+$', '/api/v1/accounts/1/contacts/9', true],
    ['contacts/\\d+$', '/api/v1/accounts/1/contacts/9/notes', false],
    ['^/(a+)+$', '/aaaa', true],
    ['a{3}', 'aab', false],
    ['x{2,}y', 'xxxy', true],
    ['\\bfoo\\b', 'a foo b', true],
    ['\\bfoo\\b', 'afoo', false],
    ['(?:)', '', true],
    ['[\\x41-\\x43]', 'B', true],
    ['^/contacts/(?<id>\\d+)$', '/contacts/12', true],
  ])('/%s/ on %s is %s, in both engines', (source, text, expected) => {
    expect(new LinearRegExp(source).test(text)).toBe(expected);
    expect(new RegExp(source).test(text)).toBe(expected);
  });

  it.each([
    // RE2 only: inline flags, Perl's named groups, Unicode and POSIX classes, \A \z, \Q…\E, \x{…}
    ['(?i)^/API/', '/api/v1', true],
    ['^/(?P<resource>contacts)/', '/contacts/1', true],
    ['^/\\pL+$', '/été', true],
    ['^/[[:digit:]]+$', '/42', true],
    ['\\A/a\\z', '/a', true],
    ['\\Q/a.b\\E', '/a.b', true],
    ['\\Q/a.b\\E', '/axb', false],
    ['\\x{62}', 'b', true],
    // Meanings that differ: `.` takes `\r`; `\s` is ASCII and leaves out `\v`
    ['^a.b$', 'a\rb', true],
    ['\\s', '\u00a0', false],
    ['\\s', '\v', false],
  ])('RE2 syntax: /%s/ on %j is %s', (source, text, expected) => {
    expect(new LinearRegExp(source).test(text)).toBe(expected);
  });

  it('answers a pattern that makes V8 backtrack for ages, on a 50,000-character path', () => {
    const long = '/' + 'a'.repeat(50_000);
    for (const source of ['^/(a+)+$', '.*.*.*x', '^/(a|a)*$', '\\d+\\d+\\d+\\d+z', '^/(a*a*)*b$']) {
      expect(new LinearRegExp(source).test(long + '!')).toBe(false);
    }
    expect(new LinearRegExp('^/(a+)+$').test(long)).toBe(true);
  });

  it('refuses what needs backtracking, what RE2 does not parse, and oversized patterns', () => {
    for (const [source, message] of [
      ['(a)\\1', /backreferences/],
      ['(?<x>a)\\k<x>', /backreferences/],
      ['a(?=b)', /lookarounds/],
      ['a(?!b)', /lookarounds/],
      ['(?<=a)b', /lookarounds/],
      ['(?<!a)b', /lookarounds/],
      ['a{5000}', /counted repetitions go up to \{1000\}/],
      ['(?:(?:(?:a{30}){30}){3})', /counted repetitions go up to \{1000\}, nested ones multiplied/],
      ['x'.repeat(MAX_PATTERN_LENGTH + 1), /limited to 500 characters/],
      ['(?:[ab]{0,999}b)c', /too large \(over 2000 instructions\)/],
    ] as const) {
      expect(() => compileLinear(source)).toThrow(UnsupportedPatternError);
      expect(() => compileLinear(source)).toThrow(message);
    }
    for (const [source, message] of [
      ['(', /missing closing \): \(/],
      ['[]', /missing closing \]/],
      ['\\u0062', /invalid escape sequence: \\u/],
      ['\\y', /invalid escape sequence: \\y/],
      ['a**', /invalid nested repetition operator/],
    ] as const) {
      expect(() => compileLinear(source)).toThrow(InvalidPatternError);
      expect(() => compileLinear(source)).toThrow(message);
    }
    expect(() => compileLinear('x'.repeat(MAX_PATTERN_LENGTH))).not.toThrow();
  });

  it('regexFrom gives a RegExp (its source for listings) that tests with RE2', () => {
    const re = regexFrom('/agents$', 'pathRegex')!;
    expect(re).toBeInstanceOf(LinearRegExp);
    expect(re).toBeInstanceOf(RegExp);
    expect(re.source).toBe('/agents$');
    expect(String(re)).toBe('//agents$/');
    expect(re.test('/api/v1/accounts/1/agents')).toBe(true);
    expect(re.test('/api/v1/accounts/1/agents/2')).toBe(false);
    // Nothing but test: RegExp's other methods would run V8's placeholder.
    expect(() => '/agents'.match(re)).toThrow(/test\(\) only/);
    expect(() => regexFrom('(a)\\1', 'pathRegex')).toThrow(/"pathRegex" cannot be used: backreferences/);
    expect(() => regexFrom('a(?=b)', 'pathRegex')).toThrow(/"pathRegex" cannot be used: lookarounds/);
    expect(() => regexFrom('(', 'pathRegex')).toThrow(
      /"pathRegex" is not a valid regular expression \(RE2 syntax\): missing closing \)/,
    );
    expect(() => regexFrom(5, 'pathRegex')).toThrow(/"pathRegex" must be a regular expression string/);
  });
});
