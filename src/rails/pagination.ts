/**
 * `params[:page]` as Chatwoot's page-number lists read it: Kaminari pages by the parameter's `to_i`,
 * while the views echo the parameter itself.
 */
import { toI } from './casts';

/** The page Kaminari's `.page(n)` uses: `to_i`, and anything below 1 is page 1. */
export function pageNumber(raw: unknown): number {
  const n = toI(raw) ?? 0;
  return n < 1 ? 1 : n;
}

/**
 * `@current_page = params[:page] || 1` as jbuilder renders it: 1 when no page is sent, otherwise the
 * parameter as sent, a string for a query ("2", and "" too: an empty string is truthy in Ruby).
 */
export function currentPage(raw: unknown): number | string {
  if (raw === undefined || raw === null) return 1;
  return typeof raw === 'number' ? raw : String(raw);
}

/** Kaminari's `.page(page).per(perPage)` over an already-ordered list: a page past the end is empty. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): T[] {
  const start = (page - 1) * perPage;
  return start >= items.length ? [] : items.slice(start, start + perPage);
}
