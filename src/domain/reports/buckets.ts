/**
 * Time series buckets as groupdate's group_by_period gives them with `range:` and `time_zone:`: from
 * the bucket holding `since` to the last one starting before `until`, empty ones kept, weeks starting
 * on Sunday, in the zone TimezoneHelper#timezone_name_from_offset picks for `timezone_offset` — a
 * named zone with its daylight saving rules, so a day can last 23 or 25 hours.
 */
import type { Range } from '../date_range';
import { InvalidAttribute } from '../errors';
import { blank, toF } from '../../rails/casts';
import { allZones, fromWall, offsetAt, toWall, type TimeZone } from '../../rails/time_zone';

const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const UTC: TimeZone = { name: 'UTC', iana: 'Etc/UTC' };

export type GroupBy = 'day' | 'week' | 'month' | 'year' | 'hour';
const GROUPS: readonly GroupBy[] = ['day', 'week', 'month', 'year', 'hour'];

/** `params[:group_by]`, a day unless it names another period. */
export function groupByOf(value: unknown): GroupBy {
  return (GROUPS as readonly unknown[]).includes(value) ? (value as GroupBy) : 'day';
}

/**
 * TimezoneHelper#timezone_name_from_offset: blank → UTC; otherwise the first zone of
 * ActiveSupport::TimeZone.all whose offset NOW (daylight saving included) is `offset.to_f` hours;
 * none (or an offset Ruby cannot read) → nil, and groupdate falls back to UTC.
 */
export function reportZone(value: unknown, now: number): TimeZone {
  if (blank(value)) return UTC;
  const hours = toF(value);
  if (hours === undefined || !Number.isFinite(hours)) return UTC;
  return allZones(now).find((zone) => offsetAt(zone, now) === hours * HOUR_MS) ?? UTC;
}

/** The start (as a wall-clock reading) of the bucket holding the wall-clock reading `wall`. */
function wallBucketStart(wall: number, group: GroupBy): number {
  const date = new Date(wall);
  switch (group) {
    case 'hour':
      return Math.floor(wall / HOUR_MS) * HOUR_MS;
    case 'day':
      return Math.floor(wall / DAY_MS) * DAY_MS;
    case 'week':
      return Math.floor(wall / DAY_MS) * DAY_MS - date.getUTCDay() * DAY_MS;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1);
  }
}

function nextWallBucket(wall: number, group: GroupBy): number {
  const date = new Date(wall);
  switch (group) {
    case 'hour':
      return wall + HOUR_MS;
    case 'day':
      return wall + DAY_MS;
    case 'week':
      return wall + 7 * DAY_MS;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  }
}

/** The instant the bucket holding `at` starts. Hours are the zone's own hours (instants, not readings). */
function bucketStart(at: number, group: GroupBy, zone: TimeZone): number {
  if (group === 'hour') return toWallHourStart(at, zone);
  return fromWall(zone, wallBucketStart(toWall(zone, at), group));
}

/** The start of the zone's hour holding `at` (an hour of a 30-minute zone starts at :30 UTC). */
function toWallHourStart(at: number, zone: TimeZone): number {
  const offset = offsetAt(zone, at);
  return Math.floor((at + offset) / HOUR_MS) * HOUR_MS - offset;
}

/**
 * At most this many buckets in a series (23 years of hours): beyond it groupdate would build a series
 * too long to answer, and the fake refuses with a 422 on `until` instead.
 */
export const MAX_BUCKETS = 200_000;

/** Bucket starts from the one holding `since` to the last starting before `until`. */
function bucketsOf(range: Range, group: GroupBy, zone: TimeZone): number[] {
  const first = bucketStart(range.since, group, zone);
  const starts = [first];
  const push = (next: number) => {
    if (starts.length >= MAX_BUCKETS) throw new InvalidAttribute('until', 'is too far from since');
    starts.push(next);
  };
  if (group === 'hour') {
    for (let next = first + HOUR_MS; next < range.until; next += HOUR_MS) push(next);
    return starts;
  }
  let wall = wallBucketStart(toWall(zone, range.since), group);
  for (;;) {
    wall = nextWallBucket(wall, group);
    const next = fromWall(zone, wall);
    if (next >= range.until) return starts;
    push(next);
  }
}

/** One bucket of a series: its start (epoch ms) and the items that fall in it. */
export interface Bucket<T> {
  start: number;
  items: T[];
}

/**
 * The buckets of `range`, each with the items whose time (`at`) falls in it; items outside are dropped.
 * An item goes to the last bucket starting at or before it (a binary search over the starts, so the
 * zone's rules are read once per bucket, not once per item).
 */
export function bucketed<T>(
  items: readonly T[],
  at: (item: T) => number,
  range: Range,
  group: GroupBy,
  zone: TimeZone,
): Bucket<T>[] {
  const starts = bucketsOf(range, group, zone);
  const buckets: Bucket<T>[] = starts.map((start) => ({ start, items: [] }));
  for (const item of items) {
    const time = at(item);
    if (time < starts[0] || time >= range.until) continue;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= time) lo = mid;
      else hi = mid - 1;
    }
    buckets[lo].items.push(item);
  }
  return buckets;
}
