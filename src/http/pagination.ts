/**
 * Chatwoot's page-number pagination (Kaminari `.page(n).per(size)`): 1-based pages read with Ruby's
 * `to_i` (leading digits; anything below 1 is page 1), and a page past the end is empty. Slicing an
 * already-ordered (cached) list keeps a request O(page).
 */

export function paginate<T>(items: readonly T[], page: number, perPage: number): T[] {
  const start = (page - 1) * perPage;
  return start >= items.length ? [] : items.slice(start, start + perPage);
}
