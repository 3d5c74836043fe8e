/**
 * The ids of one index key (an index "bucket") in the leanest form that serves: Table's indexes map
 * each key to one of these. Kept apart from Table because the representation and its edge cases
 * (ranges split, arrays grown, large buckets as Sets) are subtle enough to read on their own.
 */
/** A key as index maps hold it: a scalar, or a composite key encoded by `encodeKey`. */
export type IndexKey = string | number | undefined;

/** Consecutive ids `first..last` (a conversation's messages, written together): two numbers. */
export class IdRange {
  constructor(
    public first: number,
    public last: number,
  ) {}

  get size(): number {
    return this.last - this.first + 1;
  }

  toArray(): number[] {
    const out = new Array<number>(this.last - this.first + 1);
    for (let i = 0; i < out.length; i++) out[i] = this.first + i;
    return out;
  }
}

/**
 * The ids of one index key, in the leanest form that serves (most keys are unique, most buckets
 * small): one id as a plain number; consecutive ids as an IdRange (grown or shrunk at either end);
 * others as an array in ascending order (appends push, other writes go in by binary search while it
 * is small); a large bucket that gets a write other than an append or a removal of its last id
 * becomes a Set (O(1) writes), and an array in order again on the next read (see `bucket`). Buckets
 * are private to the table (reads copy), so they change in place.
 */
export type Bucket = number | IdRange | number[] | Set<number>;

/** Arrays up to this length take any write in place; longer ones only appends and pops. */
const ARRAY_BUCKET_LIMIT = 64;
/** Arrays shorter than this are replaced by an exact-size copy on an append (most buckets are short). */
const EXACT_BUCKET_LIMIT = 16;

export const bucketSize = (ids: Bucket | undefined): number =>
  ids === undefined ? 0 : typeof ids === 'number' ? 1 : Array.isArray(ids) ? ids.length : ids.size;

/** A range's ids with `id` put in or taken out, as an array or a Set (see `Bucket`). */
function splitRange(range: IdRange, id: number, add: boolean): number[] | Set<number> {
  const ids = range.toArray();
  if (add) {
    if (ids.length >= ARRAY_BUCKET_LIMIT && id < range.first) return new Set(ids).add(id);
    ids.splice(~search(ids, id), 0, id);
  } else {
    if (ids.length > ARRAY_BUCKET_LIMIT) {
      const set = new Set(ids);
      set.delete(id);
      return set;
    }
    ids.splice(id - range.first, 1);
  }
  return ids;
}

/** The position of `id` in an ascending array, or where it would go (`~position`) when absent. */
function search(ids: number[], id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = ids[mid];
    if (value < id) lo = mid + 1;
    else if (value > id) hi = mid - 1;
    else return mid;
  }
  return ~lo;
}

/** Adds `id` to the bucket of `key`. */
export function addToBucket(map: Map<IndexKey, Bucket>, key: IndexKey, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === 'number') {
    map.set(key, id === ids + 1 ? new IdRange(ids, id) : ids < id ? [ids, id] : [id, ids]);
  } else if (ids instanceof IdRange) {
    if (id === ids.last + 1) ids.last = id;
    else if (id === ids.first - 1) ids.first = id;
    else map.set(key, splitRange(ids, id, true));
  } else if (Array.isArray(ids)) {
    // A short array grows by an exact copy: `push` would give it room for 16 more ids.
    if (id > ids[ids.length - 1]) {
      if (ids.length < EXACT_BUCKET_LIMIT) map.set(key, ids.concat(id));
      else ids.push(id);
    } else if (ids.length < ARRAY_BUCKET_LIMIT) ids.splice(~search(ids, id), 0, id);
    else map.set(key, new Set(ids).add(id));
  } else ids.add(id);
}

/** Takes `id` out of the bucket of `key` (where it is). */
export function removeFromBucket(map: Map<IndexKey, Bucket>, key: IndexKey, id: number): void {
  const ids = map.get(key)!;
  if (typeof ids === 'number') map.delete(key);
  else if (ids instanceof IdRange) {
    if (id === ids.last) ids.last--;
    else if (id === ids.first) ids.first++;
    else map.set(key, splitRange(ids, id, false));
    if (ids.first === ids.last) map.set(key, ids.first);
  } else if (Array.isArray(ids)) {
    if (ids.length === 2) map.set(key, ids[0] === id ? ids[1] : ids[0]);
    else if (ids[ids.length - 1] === id) ids.pop();
    else if (ids.length <= ARRAY_BUCKET_LIMIT) ids.splice(search(ids, id), 1);
    else {
      const set = new Set(ids);
      set.delete(id);
      map.set(key, set);
    }
  } else {
    ids.delete(id);
    if (ids.size === 0) map.delete(key);
  }
}
