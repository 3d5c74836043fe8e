/**
 * A typed in-memory table: records by id (see Rows), its own id sequence, and secondary indexes
 * declared up front (index name -> function giving the record's key, or undefined to leave it out).
 * Indexes keep lookups O(1) and lists O(page) at 100k records; `cached` memoises derived lists
 * (e.g. a sorted contact list) until the table next changes.
 *
 * Records are immutable: `insert` and `update` store frozen objects and `update` replaces the record
 * with a new object, so anyone may keep a reference (a snapshot, an undo log entry, a cached list)
 * and it stays what it was. Never change a record in place — always `update(id, changes)` with new
 * arrays/objects.
 *
 * Undo log: once `mark()` has been called, every write records the record's previous value (once per
 * id and segment between marks: the earliest value is all a rollback needs), so `rollback(mark)` costs
 * O(changes since the mark), not O(table).
 *
 * Order: `all()` and `where()` list records by ascending id, whatever the history of writes (records
 * sit at their id; an index bucket is kept in order, or — a large one after a write other than an
 * append — re-sorted by the next read, which is O(list) anyway).
 *
 * Bucket caches: `cachedWhere(index, key, name, compute, update?)` memoises a value derived from ONE
 * index bucket (e.g. one conversation's messages) until a record of that bucket is inserted, updated,
 * deleted or moved in or out — writes to other buckets leave it alone. With `update`, the value is
 * brought up to date change by change (e.g. an appended message pushed onto a cached list) instead of
 * recomputed. `bucketVersion(index, key)` exposes the bucket's version. Buckets are tracked lazily
 * (from their first `bucketVersion`/`cachedWhere`), and every write — rollback, revert and restore
 * included, as they all go through `put` — gives the buckets it touches a new, never reused version
 * and is recorded as a change of those buckets, so a bucket value is never served for another state.
 *
 * One class of ~560 lines on purpose: indexes, bucket caches, snapshots and the undo log all hang off
 * the one write path (`put`); apart they would have to share the table's private state. The bucket
 * representation (buckets.ts) and the object rows (rows.ts) live beside it.
 */
import { type ColumnLayout, ColumnRows, sameRecord } from './columns';
import { noteTableRead, noteVolatile } from './reads';
import { addToBucket, type Bucket, bucketSize, IdRange, type IndexKey, removeFromBucket } from './buckets';
import { Rows } from './rows';

export type { IndexKey };
type Scalar = string | number;
/** An index's key for a record: a scalar, or a tuple such as `[account_id, email]`. */
export type IndexValue = Scalar | readonly [Scalar, Scalar, ...Scalar[]];
/** Index name → the record's key (undefined leaves the record out of that index). */
export type IndexSpec<T> = Record<string, (record: T) => IndexValue | undefined>;
/** The key type an index function gives, which lookups on that index take. */
export type KeyOf<F> = F extends (record: never) => infer K ? Exclude<K, undefined> : never;

/**
 * A composite key as one map key: its parts as strings (as a `${a}:${b}` template would coerce them,
 * so `[inbox.id, '42']` and `[inbox.id, 42]` are one key) joined by NUL, which only a last, free-text
 * part could hold, so the encoding stays one-to-one for keys of one index.
 */
export function encodeKey(value: IndexValue | undefined): IndexKey {
  if (value === undefined || typeof value !== 'object') return value;
  let key = String(value[0]);
  for (let i = 1; i < value.length; i++) key += '\u0000' + String(value[i]);
  return key;
}

export interface TableOptions<T> {
  /**
   * The account a record belongs to, for per-account resets; default: its `account_id` when that is
   * a number. Records without an owner are shared and left alone by a per-account reset.
   */
  owner?: (record: T) => number | undefined;
  /**
   * Store the records in columns (see columns.ts): far less memory for a big table, a new (equal,
   * frozen) object on every read. Records of such a table are compared field by field, not by
   * identity, where the table asks "unchanged?" (restore, revert).
   */
  columns?: ColumnLayout<T>;
}

/** A table's contents: its records in id order (shared, immutable objects) and its id sequence. */
export interface TableState<T> {
  rows: T[];
  nextId: number;
}

/** Where a column table's snapshot keeps its copy of the columns (not a JSON property). */
const COLUMN_COPY = Symbol('column copy');

interface ColumnState<T extends { id: number }> extends TableState<T> {
  [COLUMN_COPY]: ColumnRows<T>;
}

/** A column table's snapshot: its copy of the columns, and `rows` made from it when first read. */
function columnState<T extends { id: number }>(copy: ColumnRows<T>, nextId: number): ColumnState<T> {
  let rows: T[] | undefined;
  return {
    get rows() {
      return (rows ??= copy.toArray());
    },
    nextId,
    [COLUMN_COPY]: copy,
  };
}

/** A position in a table's history (see Table.mark). */
export interface TableMark {
  position: number;
  nextId: number;
  version: number;
}

/** Changes a bucket keeps for its cached values to catch up with; older values are recomputed. */
const MAX_RUN = 512;

/** One write as one index bucket sees it (see Table.cachedWhere). */
export interface BucketChange<T> {
  /** The record as it was in the bucket; undefined when it was not in it (inserted or moved in). */
  before: T | undefined;
  /** The record as it is now in the bucket; undefined when it left it (deleted or moved out). */
  after: T | undefined;
  /** An insert of an id above every id of the table: `after` comes last in the bucket. */
  appended: boolean;
}

/** The version and bucket caches of one tracked index bucket (see `cachedWhere`). */
interface BucketState<T> {
  version: number;
  /** The version at which the current run of changes began, and the bucket's changes since, in order. */
  runStart: number;
  run: BucketChange<T>[];
  cache: Map<string, { version: number; runStart: number; runLength: number; value: unknown }>;
}

/** Versions are unique across all tables and all time, so a cached value never matches another state. */
let versions = 0;
const newVersion = () => ++versions;

/** Freezes a record and the objects/arrays it holds directly (where in-place changes would happen). */
function freeze<T extends object>(record: T): T {
  for (const value of Object.values(record)) {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) Object.freeze(value);
  }
  return Object.freeze(record);
}

const defaultOwner = (record: any): number | undefined =>
  typeof record.account_id === 'number' ? record.account_id : undefined;

/**
 * `table<Record>()(name, indexes, options)`: a Table whose index names and key types are checked at
 * every lookup (TypeScript cannot infer the indexes' types while the record type is given explicitly).
 */
export function table<T extends { id: number }>() {
  return <I extends IndexSpec<T>>(name: string, indexes: I, options?: TableOptions<T>) =>
    new Table<T, I>(name, indexes, options);
}

export class Table<T extends { id: number }, I extends IndexSpec<T> = IndexSpec<T>> {
  private readonly rows: Rows<T> | ColumnRows<T>;
  private nextId = 1;
  private readonly specs: {
    name: string;
    keyOf: (record: T) => IndexKey;
    map: Map<IndexKey, Bucket>;
    /** Buckets with a version of their own (see `cachedWhere`), created on first use. */
    tracked: Map<IndexKey, BucketState<T>>;
  }[] = [];
  private readonly indexes = new Map<string, Map<IndexKey, Bucket>>();
  private readonly cache = new Map<string, { version: number; value: unknown }>();
  /** Cached values computed at a marked version, kept so they serve again after a rollback. */
  private readonly pinnedCache = new Map<string, { version: number; value: unknown }>();
  /** Versions of live marks, with how many marks share each. */
  private readonly markedVersions = new Map<number, number>();

  /** Undo log: ids and their previous records (undefined: the id did not exist). */
  private logging = false;
  private readonly logIds: number[] = [];
  private readonly logBefore: (T | undefined)[] = [];
  /** Ids already logged since the last mark or rollback. */
  private readonly logged = new Set<number>();

  /** Changes on every write; derived caches compare against it. */
  version = newVersion();

  readonly owner: (record: T) => number | undefined;

  constructor(
    readonly name: string,
    indexSpec: I = {} as I,
    options: TableOptions<T> = {},
  ) {
    for (const [index, keyFn] of Object.entries(indexSpec)) {
      const map = new Map<IndexKey, Bucket>();
      this.indexes.set(index, map);
      const keyOf = (record: T) => encodeKey(keyFn(record));
      this.specs.push({ name: index, keyOf, map, tracked: new Map() });
    }
    this.owner = options.owner ?? defaultOwner;
    this.rows = options.columns ? new ColumnRows(options.columns) : new Rows();
    this.same = options.columns ? sameRecord : (a, b) => a === b;
  }

  /** Whether two records (or absences) are the same record: identity, or equal fields in columns. */
  private readonly same: (a: T | undefined, b: T | undefined) => boolean;

  get size(): number {
    noteTableRead(this);
    return this.rows.size;
  }

  get(id: number): T | undefined {
    noteTableRead(this);
    return this.rows.get(id);
  }

  /** Every record, by ascending id. */
  all(): IterableIterator<T> {
    noteTableRead(this);
    return this.rows.values();
  }

  hasIndex(index: string): index is keyof I & string {
    return this.indexes.has(index);
  }

  /** Inserts a record, giving it the next id unless it brings its own. */
  insert(fields: Omit<T, 'id'> & { id?: number }): T {
    const id = fields.id ?? this.nextId;
    if (this.rows.get(id) !== undefined) throw new Error(`${this.name}: duplicate id ${id}`);
    const record = freeze({ ...fields, id } as T);
    this.log(id, undefined);
    this.put(id, undefined, record, id >= this.nextId);
    this.nextId = Math.max(this.nextId, id + 1);
    return record;
  }

  /**
   * `insert` for bulk seeding, without the copy: `fields` must be a fresh object nobody else holds (an
   * object literal built for this call). It becomes the record itself: it gets the next id (as its last
   * key, like `insert`'s copy) and is frozen, with the objects/arrays it holds. Returns it.
   */
  insertOwned(fields: Omit<T, 'id'>): T {
    const id = this.nextId;
    const record = fields as T;
    record.id = id;
    for (const key in record) {
      const value: unknown = record[key];
      if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) Object.freeze(value);
    }
    Object.freeze(record);
    this.log(id, undefined);
    this.put(id, undefined, record, true);
    this.nextId = id + 1;
    return record;
  }

  /** Replaces the record by a copy with `changes` applied, keeping indexes current; returns the new record. */
  update(id: number, changes: Partial<T>): T {
    const before = this.rows.get(id);
    if (!before) throw new Error(`${this.name}: no record ${id}`);
    const record = freeze({ ...before, ...changes, id } as T);
    this.log(id, before);
    this.put(id, before, record, false);
    return record;
  }

  delete(id: number): T | undefined {
    const before = this.rows.get(id);
    if (!before) return undefined;
    this.log(id, before);
    this.put(id, before, undefined, false);
    return before;
  }

  /** Records whose index `index` has key `key`, by ascending id. */
  where<N extends keyof I & string>(index: N, key: KeyOf<I[N]>): T[] {
    noteTableRead(this);
    const ids = this.bucket(index, encodeKey(key));
    if (ids === undefined) return [];
    if (typeof ids === 'number') return [this.rows.get(ids)!];
    if (ids instanceof IdRange) {
      const out: T[] = new Array(ids.size);
      for (let i = 0; i < out.length; i++) out[i] = this.rows.get(ids.first + i)!;
      return out;
    }
    const out: T[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.rows.get(ids[i])!;
    return out;
  }

  /** The first record (lowest id) with that index key, for indexes used as unique keys. */
  findBy<N extends keyof I & string>(index: N, key: KeyOf<I[N]>): T | undefined {
    noteTableRead(this);
    const ids = this.bucket(index, encodeKey(key));
    if (ids === undefined) return undefined;
    return this.rows.get(typeof ids === 'number' ? ids : ids instanceof IdRange ? ids.first : ids[0]);
  }

  countWhere<N extends keyof I & string>(index: N, key: KeyOf<I[N]>): number {
    noteTableRead(this);
    return bucketSize(this.indexOf(index).get(encodeKey(key)));
  }

  /** A value derived from this table, recomputed only after the table changes. */
  cached<V>(key: string, compute: () => V): V {
    noteTableRead(this);
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version) return hit.value as V;
    const pinned = this.pinnedCache.get(key);
    if (pinned && pinned.version === this.version) return pinned.value as V;
    if (hit && this.markedVersions.has(hit.version)) this.pinnedCache.set(key, hit);
    const value = compute();
    this.cache.set(key, { version: this.version, value });
    return value;
  }

  /**
   * The version of one index bucket: it changes when a record with that key is inserted, updated or
   * deleted, or moves to or from that key — and only then (writes to other buckets leave it alone).
   */
  bucketVersion<N extends keyof I & string>(index: N, key: KeyOf<I[N]>): number {
    noteTableRead(this);
    return this.bucketState(index, encodeKey(key)).version;
  }

  /**
   * A value derived from the records of one index bucket (`where(index, key)`, by ascending id),
   * recomputed only after that bucket changes; `name` tells several values of one bucket apart.
   * `compute` must depend on nothing but those records (put anything else in `name`).
   *
   * `update(value, changes)`, when given, is called instead of a recompute with the changes of the
   * bucket since `value` was computed, oldest first (every write, rollbacks included, up to a few
   * hundred of them; beyond that the value is recomputed); it returns the value brought up to date,
   * or undefined to have it recomputed. It may change `value` in place — then `value` must be private
   * to the caller (never handed out in a form someone could keep across writes).
   */
  cachedWhere<V, N extends keyof I & string = keyof I & string>(
    index: N,
    key: KeyOf<I[N]>,
    name: string,
    compute: (records: T[]) => V,
    update?: (value: V, changes: readonly BucketChange<T>[]) => V | undefined,
  ): V {
    noteTableRead(this);
    const state = this.bucketState(index, encodeKey(key));
    const hit = state.cache.get(name);
    if (hit && hit.version === state.version) return hit.value as V;
    let value: V | undefined;
    if (hit && update && hit.runStart === state.runStart) {
      value = update(hit.value as V, state.run.slice(hit.runLength));
    }
    if (value === undefined) value = compute(this.where(index, key));
    state.cache.set(name, {
      version: state.version,
      runStart: state.runStart,
      runLength: state.run.length,
      value,
    });
    // Once every value of the bucket has caught up, the run is no longer needed: start a new one.
    if (state.run.length && [...state.cache.values()].every((entry) => entry.version === state.version)) {
      state.runStart = state.version;
      state.run = [];
      for (const entry of state.cache.values()) {
        entry.runStart = state.version;
        entry.runLength = 0;
      }
    }
    return value;
  }

  /**
   * The table's contents: O(n) pointer copies (records are immutable, so they are shared), or for a
   * column table its columns' chunks, shared copy-on-write, whose `rows` are made when first read.
   */
  snapshot(): TableState<T> {
    noteTableRead(this);
    if (this.rows instanceof ColumnRows) return columnState(this.rows.snapshot(), this.nextId);
    return { rows: this.rows.toArray(), nextId: this.nextId };
  }

  /**
   * Makes the table hold exactly `state`'s records, writing only the records that differ (compared by
   * identity, so restoring a snapshot of this table is a pointer walk; a column table's own snapshot
   * is compared column by column). The writes are logged, so a rollback to an earlier mark still
   * works afterwards.
   */
  restore(state: TableState<T>): void {
    const copy = (state as Partial<ColumnState<T>>)[COLUMN_COPY];
    const changes =
      copy && this.rows instanceof ColumnRows && copy.layout === this.rows.layout
        ? this.rows.differences(copy)
        : this.differences(state.rows);
    for (const [id, record] of changes) {
      const current = this.rows.get(id);
      this.log(id, current);
      this.put(id, current, record && !Object.isFrozen(record) ? freeze({ ...record }) : record, false);
    }
    this.nextId = state.nextId;
  }

  /** The ids whose record differs between the table and `rows`, with the record of `rows`. */
  private differences(rows: T[]): [number, T | undefined][] {
    if (!rows.every((r, i) => i === 0 || rows[i - 1].id < r.id)) rows = [...rows].sort((x, y) => x.id - y.id);
    // Both sides in id order: one merge walk finds what differs.
    const changes: [number, T | undefined][] = [];
    let i = 0;
    for (const current of this.rows.values()) {
      const id = current.id;
      while (i < rows.length && rows[i].id < id) changes.push([rows[i].id, rows[i++]]);
      if (i < rows.length && rows[i].id === id) {
        if (!this.same(rows[i], current)) changes.push([id, rows[i]]);
        i++;
      } else changes.push([id, undefined]);
    }
    while (i < rows.length) changes.push([rows[i].id, rows[i++]]);
    return changes;
  }

  // ---------------------------------------------------------------------------------------------
  // Undo log

  /** Starts (or continues) logging and returns the current position; see Store.checkpoint. */
  mark(): TableMark {
    this.logging = true;
    this.logged.clear();
    this.markedVersions.set(this.version, (this.markedVersions.get(this.version) ?? 0) + 1);
    return { position: this.logIds.length, nextId: this.nextId, version: this.version };
  }

  /** Forgets a mark's version for the cache (the mark can no longer be rolled back to). */
  unmark(mark: TableMark): void {
    const count = (this.markedVersions.get(mark.version) ?? 0) - 1;
    if (count > 0) this.markedVersions.set(mark.version, count);
    else {
      this.markedVersions.delete(mark.version);
      for (const [key, entry] of this.pinnedCache)
        if (entry.version === mark.version) this.pinnedCache.delete(key);
    }
  }

  /** Undoes every write since `mark`, newest first; the table is then exactly as it was at the mark. */
  rollback(mark: TableMark): void {
    if (mark.position > this.logIds.length) throw new Error(`${this.name}: mark is no longer valid`);
    for (let i = this.logIds.length - 1; i >= mark.position; i--) {
      const id = this.logIds[i];
      this.put(id, this.rows.get(id), this.logBefore[i], false);
    }
    this.logIds.length = mark.position;
    this.logBefore.length = mark.position;
    this.logged.clear();
    this.nextId = mark.nextId;
    // The same state as at the mark: values cached then are valid again.
    this.version = mark.version;
  }

  /**
   * Brings the records that `belongs` selects back to what they were at `mark` (as logged writes, so
   * marks stay valid) and leaves the others as they are. A record is selected by its value at the
   * mark or its current value. Returns how many records changed.
   */
  revert(mark: TableMark, belongs: (record: T) => boolean): number {
    if (mark.position > this.logIds.length) throw new Error(`${this.name}: mark is no longer valid`);
    const atMark = new Map<number, T | undefined>();
    for (let i = mark.position; i < this.logIds.length; i++) {
      if (!atMark.has(this.logIds[i])) atMark.set(this.logIds[i], this.logBefore[i]);
    }
    let changed = 0;
    for (const [id, before] of atMark) {
      const current = this.rows.get(id);
      if (this.same(current, before)) continue;
      if (!((before && belongs(before)) || (current && belongs(current)))) continue;
      this.log(id, current);
      this.put(id, current, before, false);
      changed++;
    }
    return changed;
  }

  /** Ids written since `mark`, each once (oldest first), with their records at the mark. */
  changedSince(mark: TableMark): Map<number, T | undefined> {
    noteTableRead(this);
    const out = new Map<number, T | undefined>();
    for (let i = mark.position; i < this.logIds.length; i++) {
      if (!out.has(this.logIds[i])) out.set(this.logIds[i], this.logBefore[i]);
    }
    return out;
  }

  private log(id: number, before: T | undefined): void {
    if (!this.logging || this.logged.has(id)) return;
    this.logged.add(id);
    this.logIds.push(id);
    this.logBefore.push(before);
  }

  // ---------------------------------------------------------------------------------------------
  // Rows and indexes

  /**
   * Moves id from `before` to `after` (either may be undefined), re-indexing only the keys that
   * change. `appended` says the id is greater than every id in the table (a fresh insert), so lists
   * stay in id order without further work.
   */
  private put(id: number, before: T | undefined, after: T | undefined, appended: boolean): void {
    if (before === after) return;
    noteVolatile();
    const version = newVersion();
    for (const { keyOf, map, tracked } of this.specs) {
      const from = before ? keyOf(before) : undefined;
      const to = after ? keyOf(after) : undefined;
      if (tracked.size) {
        // Every bucket this write touches gets a new version and records the change as it sees it.
        if (from !== undefined) {
          const change = { before, after: to === from ? after : undefined, appended: false };
          this.touchBucket(tracked.get(from), version, change);
        }
        if (to !== undefined && to !== from) {
          const change = { before: undefined, after, appended: !before && appended };
          this.touchBucket(tracked.get(to), version, change);
        }
      }
      if (from === to && before && after) continue;
      if (from !== undefined) removeFromBucket(map, from, id);
      if (to !== undefined) addToBucket(map, to, id);
    }
    if (after) {
      this.rows.set(id, after);
    } else {
      this.rows.delete(id);
    }
    this.version = version;
  }

  /** Gives a tracked bucket a new version and records the change for its cached values. */
  private touchBucket(state: BucketState<T> | undefined, version: number, change: BucketChange<T>): void {
    if (!state) return;
    state.version = version;
    if (state.cache.size && state.run.length < MAX_RUN) {
      state.run.push(change);
    } else {
      // Nothing cached for this bucket can serve again (if anything): drop it now, start a new run.
      state.runStart = version;
      state.run = [];
      state.cache.clear();
    }
  }

  private bucketState(index: string, key: IndexKey): BucketState<T> {
    const spec = this.specs.find((s) => s.name === index);
    if (!spec) throw new Error(`${this.name}: no index ${index}`);
    let state = spec.tracked.get(key);
    if (!state) {
      const version = newVersion();
      state = { version, runStart: version, run: [], cache: new Map() };
      spec.tracked.set(key, state);
    }
    return state;
  }

  /** The ids of a key in ascending order: a Set bucket becomes a sorted array again. */
  private bucket(index: string, key: IndexKey): number | IdRange | number[] | undefined {
    const map = this.indexOf(index);
    const ids = map.get(key);
    if (!(ids instanceof Set)) return ids;
    const sorted = [...ids];
    // A Set is in insertion order: only writes other than appends can have left it out of order.
    if (!sorted.every((id, i) => i === 0 || sorted[i - 1] < id)) sorted.sort((a, b) => a - b);
    map.set(key, sorted);
    return sorted;
  }

  private indexOf(index: string): Map<IndexKey, Bucket> {
    const map = this.indexes.get(index);
    if (!map) throw new Error(`${this.name}: no index ${index}`);
    return map;
  }
}
