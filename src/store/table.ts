/**
 * A typed in-memory table: records by id in a Map, its own id sequence, and secondary indexes
 * declared up front (index name -> function giving the record's key, or undefined to leave it out).
 * Indexes keep lookups O(1) and lists O(page) at 100k records; `cached` memoises derived lists
 * (e.g. a sorted contact list) until the table next changes.
 */
export type IndexKey = string | number | undefined;
export type IndexSpec<T> = Record<string, (record: T) => IndexKey>;

export interface TableState<T> {
  rows: [number, T][];
  nextId: number;
}

export class Table<T extends { id: number }> {
  private rows = new Map<number, T>();
  private nextId = 1;
  private indexes = new Map<string, Map<IndexKey, Set<number>>>();
  private cache = new Map<string, { version: number; value: unknown }>();
  /** Bumped on every write; derived caches compare against it. */
  version = 0;

  constructor(
    readonly name: string,
    private readonly indexSpec: IndexSpec<T> = {},
  ) {
    for (const index of Object.keys(indexSpec)) this.indexes.set(index, new Map());
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: number): T | undefined {
    return this.rows.get(id);
  }

  all(): IterableIterator<T> {
    return this.rows.values();
  }

  /** Inserts a record, giving it the next id unless it brings its own. */
  insert(fields: Omit<T, 'id'> & { id?: number }): T {
    const id = fields.id ?? this.nextId;
    if (this.rows.has(id)) throw new Error(`${this.name}: duplicate id ${id}`);
    this.nextId = Math.max(this.nextId, id + 1);
    const record = { ...fields, id } as T;
    this.rows.set(id, record);
    this.addToIndexes(record);
    this.version++;
    return record;
  }

  /** Applies changes to a record in place, keeping indexes current. */
  update(id: number, changes: Partial<T>): T {
    const record = this.rows.get(id);
    if (!record) throw new Error(`${this.name}: no record ${id}`);
    // Re-index only the keys that change, so unchanged records keep their place in index order.
    const before = this.keysOf(record);
    Object.assign(record, changes);
    for (const [name, keyOf] of Object.entries(this.indexSpec)) {
      const key = keyOf(record);
      if (key === before[name]) continue;
      this.unindex(name, before[name], record.id);
      this.indexInto(name, key, record.id);
    }
    this.version++;
    return record;
  }

  delete(id: number): T | undefined {
    const record = this.rows.get(id);
    if (!record) return undefined;
    this.removeFromIndexes(record);
    this.rows.delete(id);
    this.version++;
    return record;
  }

  /** Records whose index `index` has key `key`, in insertion order. */
  where(index: string, key: IndexKey): T[] {
    const ids = this.indexOf(index).get(key);
    if (!ids) return [];
    const out: T[] = [];
    for (const id of ids) out.push(this.rows.get(id)!);
    return out;
  }

  /** The first record with that index key, for indexes used as unique keys. */
  findBy(index: string, key: IndexKey): T | undefined {
    const ids = this.indexOf(index).get(key);
    if (!ids) return undefined;
    for (const id of ids) return this.rows.get(id);
    return undefined;
  }

  countWhere(index: string, key: IndexKey): number {
    return this.indexOf(index).get(key)?.size ?? 0;
  }

  /** A value derived from this table, recomputed only after the table changes. */
  cached<V>(key: string, compute: () => V): V {
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version) return hit.value as V;
    const value = compute();
    this.cache.set(key, { version: this.version, value });
    return value;
  }

  snapshot(): TableState<T> {
    return { rows: [...this.rows].map(([id, r]) => [id, structuredClone(r)]), nextId: this.nextId };
  }

  restore(state: TableState<T>): void {
    this.rows = new Map(state.rows.map(([id, r]) => [id, structuredClone(r)]));
    this.nextId = state.nextId;
    for (const index of this.indexes.values()) index.clear();
    for (const record of this.rows.values()) this.addToIndexes(record);
    this.cache.clear();
    this.version++;
  }

  private indexOf(index: string): Map<IndexKey, Set<number>> {
    const map = this.indexes.get(index);
    if (!map) throw new Error(`${this.name}: no index ${index}`);
    return map;
  }

  private keysOf(record: T): Record<string, IndexKey> {
    const keys: Record<string, IndexKey> = {};
    for (const [name, keyOf] of Object.entries(this.indexSpec)) keys[name] = keyOf(record);
    return keys;
  }

  private indexInto(name: string, key: IndexKey, id: number): void {
    if (key === undefined) return;
    const map = this.indexes.get(name)!;
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(id);
  }

  private unindex(name: string, key: IndexKey, id: number): void {
    if (key === undefined) return;
    const map = this.indexes.get(name)!;
    const ids = map.get(key);
    ids?.delete(id);
    if (ids && ids.size === 0) map.delete(key);
  }

  private addToIndexes(record: T): void {
    for (const [name, key] of Object.entries(this.keysOf(record))) this.indexInto(name, key, record.id);
  }

  private removeFromIndexes(record: T): void {
    for (const [name, key] of Object.entries(this.keysOf(record))) this.unindex(name, key, record.id);
  }
}
