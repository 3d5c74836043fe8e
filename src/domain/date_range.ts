/**
 * Chatwoot's DateRangeHelper (app/helpers/date_range_helper.rb), shared by reports and CSAT:
 * `since` / `until` are unix seconds read with `DateTime.strptime(value, '%s')` (anything but an
 * integer raises, an unhandled 500) and make the half-open range `since...until`; without both the
 * range is nil (ranged queries then match nothing, or filters are skipped, depending on the caller).
 */
import { internalServerError } from '../http/errors';

/** A half-open time range in epoch ms. */
export interface Range {
  since: number;
  until: number;
}

/** Rails' `blank?` for a query value. */
export function blank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** `DateTime.strptime(value, '%s')`, in epoch ms. */
export function strptimeSeconds(value: unknown): number {
  const text = String(value).trim();
  if (!/^[+-]?\d+$/.test(text)) throw internalServerError();
  return Number(text) * 1000;
}

/** DateRangeHelper#range: `since...until`, or null unless both are given. */
export function rangeOf(since: unknown, until: unknown): Range | null {
  if (blank(since) || blank(until)) return null;
  return { since: strptimeSeconds(since), until: strptimeSeconds(until) };
}

/** `where(created_at: range)`: a nil range matches nothing. */
export const inRange = (at: number, range: Range | null): boolean =>
  range !== null && at >= range.since && at < range.until;
