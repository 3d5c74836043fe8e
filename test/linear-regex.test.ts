/**
 * The control API's regexes (http/linear-regex.ts): the same answers as JavaScript's RegExp#test on
 * the syntax they share (checked on random patterns and inputs), in linear time, and a clear refusal
 * of what needs backtracking.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { LinearMatcher, LinearRegExp, UnsupportedPatternError } from '../src/http/linear-regex';
import { regexFrom } from '../src/http/patterns';

/** Random patterns over a small alphabet, with every construct the matcher takes. */
const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    fc.constantFrom('a', 'b', '/', '1', '-', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\/', '\\.', '\\x61'),
    fc.constantFrom('[ab]', '[^a]', '[a-c]', '[\\d-]', '[/1]', '[]', '[^]', '[\\w]', '[-a]', '\\u0062'),
    fc.constantFrom('^', '$', '\\b', '\\B'),
    tie('group'),
  ),
  group: fc
    .tuple(fc.constantFrom('(', '(?:', '(?<n>'), tie('alt'), fc.constant(')'))
    .map(([open, inner, close]) => (open === '(?<n>' ? '(?:' : open) + inner + close),
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

const input = fc
  .array(fc.constantFrom('a', 'b', '/', '1', '-', ' ', 'c', '\n'), { maxLength: 12 })
  .map((a) => a.join(''));

/**
 * RegExp#test, given up after 100 ms: some random patterns send V8's backtracking into exponential
 * time on a dozen characters (that is the point of the linear matcher).
 */
function nativeTest(re: RegExp, text: string): boolean | undefined {
  try {
    return vm.runInNewContext('re.test(text)', { re, text }, { timeout: 100 }) as boolean;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw err;
  }
}

describe('LinearMatcher', () => {
  it('answers as RegExp#test does', () => {
    fc.assert(
      fc.property(
        pattern.filter((p) => p.length <= 200),
        fc.array(input, { minLength: 1, maxLength: 8 }),
        (source, inputs) => {
          const native = new RegExp(source);
          const linear = new LinearMatcher(source);
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
    ['\\u{2}', 'uu', true],
  ])('/%s/ on %s is %s', (source, text, expected) => {
    expect(new LinearMatcher(source).test(text)).toBe(expected);
    expect(new RegExp(source).test(text)).toBe(expected);
  });

  it('takes linear time where backtracking takes minutes', () => {
    const long = '/' + 'a'.repeat(20_000) + '!';
    for (const source of ['^/(a+)+$', '.*.*.*x', '^/(a|a)*$', '\\d+\\d+\\d+\\d+z', '^/(a*a*)*b$']) {
      const started = performance.now();
      expect(new LinearMatcher(source).test(long)).toBe(false);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('refuses what needs backtracking, and oversized patterns', () => {
    for (const [source, message] of [
      ['(a)\\1', /backreferences/],
      ['(?<x>a)\\k<x>', /backreferences/],
      ['a(?=b)', /lookarounds/],
      ['(?<!a)b', /lookarounds/],
      ['a{5000}', /counted repetitions go up to/],
      ['x'.repeat(501), /limited to 500 characters/],
      ['(?:(?:(?:a{30}){30}){3})', /too large/],
    ] as const) {
      expect(() => new LinearMatcher(source)).toThrow(UnsupportedPatternError);
      expect(() => new LinearMatcher(source)).toThrow(message);
    }
  });

  it('regexFrom gives a RegExp (its source for listings) that tests in linear time', () => {
    const re = regexFrom('/agents$', 'pathRegex')!;
    expect(re).toBeInstanceOf(LinearRegExp);
    expect(re.source).toBe('\\/agents$');
    expect(re.test('/api/v1/accounts/1/agents')).toBe(true);
    expect(() => regexFrom('(a)\\1', 'pathRegex')).toThrow(/"pathRegex" cannot be used: backreferences/);
    expect(() => regexFrom('(', 'pathRegex')).toThrow(/"pathRegex" is not a valid regular expression/);
  });
});
