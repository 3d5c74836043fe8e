/**
 * Time series buckets as groupdate's group_by_period gives them with `range:` and `time_zone:`: from
 * the bucket holding `since` to the last one starting before `until`, empty ones kept, in the time
 * zone of `timezone_offset` (a fixed offset here), weeks starting on Sunday.
 */
import type { Range } from '../date_range';
import { blank } from '../../rails/casts';

const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type GroupBy = 'day' | 'week' | 'month' | 'year' | 'hour';
const GROUPS: readonly GroupBy[] = ['day', 'week', 'month', 'year', 'hour'];

/** `params[:group_by]`, a day unless it names another period. */
export function groupByOf(value: unknown): GroupBy {
  return (GROUPS as readonly unknown[]).includes(value) ? (value as GroupBy) : 'day';
}

/**
 * TimezoneHelper#timezone_name_from_offset as a fixed offset in ms: blank → UTC; an offset no zone
 * has (not a multiple of 15 minutes within −12…+14 h) → nil → UTC.
 */
export function timezoneOffset(value: unknown): number {
  if (blank(value)) return 0;
  const hours = typeof value === 'number' ? value : parseFloat(String(value));
  if (!Number.isFinite(hours)) return 0;
  const minutes = hours * 60;
  if (!Number.isInteger(minutes) || minutes % 15 !== 0 || hours < -12 || hours > 14) return 0;
  return minutes * 60_000;
}

/** The start of the bucket holding `at`, in epoch ms. */
function bucketStart(at: number, group: GroupBy, offset: number): number {
  const local = at + offset;
  const date = new Date(local);
  switch (group) {
    case 'hour':
      return Math.floor(local / HOUR_MS) * HOUR_MS - offset;
    case 'day':
      return Math.floor(local / DAY_MS) * DAY_MS - offset;
    case 'week':
      return Math.floor(local / DAY_MS) * DAY_MS - date.getUTCDay() * DAY_MS - offset;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - offset;
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1) - offset;
  }
}

function nextBucket(start: number, group: GroupBy, offset: number): number {
  const date = new Date(start + offset);
  switch (group) {
    case 'hour':
      return start + HOUR_MS;
    case 'day':
      return start + DAY_MS;
    case 'week':
      return start + 7 * DAY_MS;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - offset;
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1) - offset;
  }
}

/** Bucket starts from the one holding `since` to the last starting before `until`. */
function bucketsOf(range: Range, group: GroupBy, offset: number): number[] {
  const starts = [bucketStart(range.since, group, offset)];
  for (
    let next = nextBucket(starts[0], group, offset);
    next < range.until;
    next = nextBucket(next, group, offset)
  ) {
    starts.push(next);
  }
  return starts;
}

/** One bucket of a series: its start (epoch ms) and the items that fall in it. */
export interface Bucket<T> {
  start: number;
  items: T[];
}

/** The buckets of `range`, each with the items whose time (`at`) falls in it; items outside are dropped. */
export function bucketed<T>(
  items: readonly T[],
  at: (item: T) => number,
  range: Range,
  group: GroupBy,
  offset: number,
): Bucket<T>[] {
  const buckets: Bucket<T>[] = bucketsOf(range, group, offset).map((start) => ({ start, items: [] }));
  const index = new Map(buckets.map((b, i) => [b.start, i]));
  for (const item of items) {
    const i = index.get(bucketStart(at(item), group, offset));
    if (i !== undefined) buckets[i].items.push(item);
  }
  return buckets;
}
