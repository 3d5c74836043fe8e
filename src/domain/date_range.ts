/**
 * Chatwoot's DateRangeHelper (app/helpers/date_range_helper.rb), shared by reports and CSAT:
 * `since` / `until` are unix seconds read with `DateTime.strptime(value, '%s')` (anything but an
 * integer raises: Rails answers an unhandled 500 there; the fake answers 422 `{"message":"Since is
 * invalid","attributes":["since"]}`) and make the half-open range `since...until`; without both the
 * range is nil (ranged queries then match nothing, or filters are skipped, depending on the caller).
 */
import { blank } from '../rails/casts';
import { InvalidAttribute } from './errors';

/** A half-open time range in epoch ms. */
export interface Range {
  since: number;
  until: number;
}

/** `DateTime.strptime(value, '%s')`, in epoch ms; 422 naming `attribute` when it is not an integer. */
export function strptimeSeconds(value: unknown, attribute = 'since'): number {
  const text = String(value).trim();
  const ms = Number(text) * 1000;
  // Beyond ±8.64e15 ms a JavaScript date is invalid: too far for any view to render.
  if (!/^[+-]?\d+$/.test(text) || !(Math.abs(ms) <= 8.64e15)) throw new InvalidAttribute(attribute);
  return ms;
}

/** DateRangeHelper#range: `since...until`, or null unless both are given. */
export function rangeOf(since: unknown, until: unknown): Range | null {
  if (blank(since) || blank(until)) return null;
  return { since: strptimeSeconds(since, 'since'), until: strptimeSeconds(until, 'until') };
}

/** `where(created_at: range)`: a nil range matches nothing. */
export const inRange = (at: number, range: Range | null): boolean =>
  range !== null && at >= range.since && at < range.until;
