/** Where a table keeps its records when they are stored as objects (see columns.ts for the other way). */
/** How far past the dense array's end an id may land and still go in it (the gap is filled). */
const MAX_DENSE_GAP = 4096;

/**
 * A table's records by id, in id order: a dense array indexed by id (ids are small consecutive
 * integers; a slot costs 8 bytes where a Map entry costs about 30), and a Map for any id that would
 * leave a large hole in it (an explicit id far above the others, a negative or fractional one).
 */
export class Rows<T extends { id: number }> {
  private dense: (T | undefined)[] = [];
  private sparse: Map<number, T> | undefined;
  size = 0;

  get(id: number): T | undefined {
    const record = this.dense[id];
    return record !== undefined || this.sparse === undefined ? record : this.sparse.get(id);
  }

  set(id: number, record: T): void {
    const dense = this.dense;
    if (this.sparse?.has(id)) {
      this.sparse.set(id, record);
      return;
    }
    if (id < dense.length && dense[id] !== undefined) {
      dense[id] = record;
      return;
    }
    this.size++;
    if (Number.isInteger(id) && id >= 0 && id <= dense.length + MAX_DENSE_GAP) {
      while (dense.length < id) dense.push(undefined);
      dense[id] = record;
    } else (this.sparse ??= new Map()).set(id, record);
  }

  delete(id: number): void {
    const dense = this.dense;
    if (id < dense.length && dense[id] !== undefined) {
      dense[id] = undefined;
      // Trailing holes go (a rollback of inserts leaves the array as it was).
      if (id === dense.length - 1) while (dense.length && dense[dense.length - 1] === undefined) dense.pop();
    } else if (!this.sparse?.delete(id)) return;
    this.size--;
  }

  /** The records by ascending id. */
  *values(): IterableIterator<T> {
    if (this.sparse?.size) {
      yield* [...this.dense.filter((r) => r !== undefined), ...this.sparse.values()].sort(
        (a, b) => a.id - b.id,
      );
      return;
    }
    const dense = this.dense;
    for (let id = 0; id < dense.length; id++) {
      const record = dense[id];
      if (record !== undefined) yield record;
    }
  }

  /** The records by ascending id, as a new array. */
  toArray(): T[] {
    const out: T[] = [];
    for (const record of this.values()) out.push(record);
    return out;
  }
}
