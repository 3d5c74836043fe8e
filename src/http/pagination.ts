/**
 * Chatwoot's page-number pagination (Kaminari `.page(n).per(size)`): 1-based pages, a page past the
 * end is empty, page sizes per endpoint (contacts 15, conversations 25). Slicing an already-ordered
 * array keeps a request O(page) once the ordered list is cached.
 */
export const PAGE_SIZES = {
  contacts: 15,
  conversations: 25,
  messages: 20,
} as const;

/** The requested page: a positive integer, 1 when absent or unusable (Kaminari's reading). */
export function pageNumber(query: Record<string, unknown>): number {
  const raw = Number(query.page);
  return Number.isInteger(raw) && raw >= 1 ? raw : 1;
}

export function paginate<T>(items: readonly T[], page: number, perPage: number): T[] {
  const start = (page - 1) * perPage;
  return start >= items.length ? [] : items.slice(start, start + perPage);
}
