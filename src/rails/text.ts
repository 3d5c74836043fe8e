/**
 * PostgreSQL's and ActiveSupport's text helpers the fake's queries and views use: `ILIKE` patterns and
 * String#truncate_words.
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A PostgreSQL `ILIKE` pattern as a regexp: `%` any run, `_` one character, `\` escapes the next
 * character; case-insensitive and across newlines.
 */
export function ilike(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, 'is');
}

/** `column ILIKE '%<text>%'` with Rails' interpolation: the text's own `%` and `_` stay wildcards. */
export function ilikeContains(text: string): (value: unknown) => boolean {
  const re = ilike(`%${text}%`);
  return (value) => typeof value === 'string' && re.test(value);
}

/**
 * ActiveSupport's String#truncate_words(count): the first `count` whitespace-separated words and
 * "..." when there are more; the text unchanged otherwise (its own spacing kept).
 */
export function truncateWords(text: string, count: number, omission = '...'): string {
  const re = new RegExp(`^((?:.+?\\s+){${count - 1}}.+?)\\s+.*$`, 's');
  const m = re.exec(text);
  return m ? m[1] + omission : text;
}
