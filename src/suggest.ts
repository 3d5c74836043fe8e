/**
 * "Did you mean …?": the candidate fewest edits from a mistyped word, for the errors of user input
 * (world files in fixtures/, fault rules and overrides in http/), and the edit distance behind it.
 *
 * Hand-written on purpose: the edit-distance packages already in node_modules (leven, js-levenshtein,
 * fast-levenshtein) come only with dev tools (jest, openapi-typescript, eslint) — not installed with
 * the fake — and count plain Levenshtein edits, where a swap of two neighbours (`PSOT` for `POST`)
 * should count as one.
 */

/**
 * The optimal string alignment distance (Levenshtein's, with a swap of two neighbours counting as one
 * edit: `PSOT` is one edit from `POST`).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * The candidate fewest edits from `word` (the first of equals), at most `max` edits away, both read
 * through `key` (e.g. lower case); undefined when none is that close.
 */
export function closest(
  word: string,
  candidates: readonly string[],
  max: number,
  key: (s: string) => string = (s) => s,
): string | undefined {
  const wanted = key(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(wanted, key(c));
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
