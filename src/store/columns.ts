/**
 * Column storage of a table's records (Table's `columns` option): each field in an array indexed by
 * id — a typed array for ints, numbers and low-cardinality values — and a record object made when the
 * record is read. The big tables of a big world (500k messages, ~200k reporting events) cost 40–50
 * bytes a record this way, where a record object with its boxed times costs about 210.
 *
 * Every record round-trips exactly: a value a column cannot hold compactly (a fraction in an int
 * column, a 256th distinct value in a coded one, …) goes to that column's `others` map, and a record
 * whose keys are not the layout's (or not in its order), or whose id is far outside the columns, is
 * kept whole. What a read does not keep is identity: two reads of one id give two equal frozen
 * objects, so Table compares the records of such a table field by field (see `sameRecord`).
 */

/**
 * How a field is stored: `id` the record's id (the slot itself); `int` an Int32Array (null too);
 * `number` a Float64Array (null too); `coded` a byte per record, an index into the column's distinct
 * values (for enums, flags and fields that nearly always hold one shared object); `value` a plain
 * array of references (strings with many distinct values).
 */
export type ColumnKind = 'id' | 'int' | 'number' | 'coded' | 'value';

/** A table's fields in record key order, each with its column kind. */
export type ColumnLayout<T> = { readonly [K in keyof T]-?: ColumnKind };

interface Column {
  get(slot: number): unknown;
  set(slot: number, value: unknown): void;
  /** Lets go of what the slot holds outside the typed arrays (a deleted record). */
  clear(slot: number): void;
  grow(capacity: number): void;
}

/** Values kept beside a compact column, by slot (what the column's own array cannot represent). */
class Others {
  private map: Map<number, unknown> | undefined;

  has(slot: number): boolean {
    return this.map !== undefined && this.map.has(slot);
  }

  get(slot: number): unknown {
    return this.map?.get(slot);
  }

  set(slot: number, value: unknown): void {
    (this.map ??= new Map()).set(slot, value);
  }

  delete(slot: number): void {
    if (this.map?.size) this.map.delete(slot);
  }
}

/**
 * Typed arrays come in chunks of this many slots, added as the table grows: no copy of the column on
 * growth, and none of the freed copies that would leave the allocator's heap fragmented (a doubling
 * array left ~40 MB of RSS behind at 500k records).
 */
const CHUNK_BITS = 13;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

type TypedArray = Int32Array | Float64Array | Uint8Array;

/** Adds chunks made by `make` until `chunks` has room for `capacity` slots. */
function growChunks<A extends TypedArray>(chunks: A[], capacity: number, make: (size: number) => A): void {
  while (chunks.length * CHUNK_SIZE < capacity) chunks.push(make(CHUNK_SIZE));
}

const INT_NULL = -0x80000000;

/** Int32 values; INT_NULL marks null, or a value in `others`. */
class IntColumn implements Column {
  private readonly chunks: Int32Array[] = [];
  private readonly others = new Others();

  get(slot: number): unknown {
    const value = this.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
    if (value !== INT_NULL) return value;
    return this.others.has(slot) ? this.others.get(slot) : null;
  }

  set(slot: number, value: unknown): void {
    this.others.delete(slot);
    const chunk = this.chunks[slot >>> CHUNK_BITS];
    if (typeof value === 'number' && (value | 0) === value && value !== INT_NULL && !Object.is(value, -0)) {
      chunk[slot & CHUNK_MASK] = value;
      return;
    }
    chunk[slot & CHUNK_MASK] = INT_NULL;
    if (value !== null) this.others.set(slot, value);
  }

  clear(slot: number): void {
    this.others.delete(slot);
  }

  grow(capacity: number): void {
    growChunks(this.chunks, capacity, (size) => new Int32Array(size));
  }
}

/** Float64 values (times); NaN marks null, or a value in `others`. */
class NumberColumn implements Column {
  private readonly chunks: Float64Array[] = [];
  private readonly others = new Others();

  get(slot: number): unknown {
    const value = this.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
    if (value === value) return value;
    return this.others.has(slot) ? this.others.get(slot) : null;
  }

  set(slot: number, value: unknown): void {
    this.others.delete(slot);
    const chunk = this.chunks[slot >>> CHUNK_BITS];
    if (typeof value === 'number' && value === value) {
      chunk[slot & CHUNK_MASK] = value;
      return;
    }
    chunk[slot & CHUNK_MASK] = NaN;
    if (value !== null) this.others.set(slot, value);
  }

  clear(slot: number): void {
    this.others.delete(slot);
  }

  grow(capacity: number): void {
    growChunks(this.chunks, capacity, (size) => new Float64Array(size));
  }
}

/** The code that sends a read to `others` (a column holds at most 255 distinct values itself). */
const OTHER_CODE = 255;

/**
 * One byte per record: the index of its value among the column's distinct values (kept for the
 * column's life; at most 255 of them, later newcomers go to `others`).
 */
class CodedColumn implements Column {
  private readonly chunks: Uint8Array[] = [];
  private readonly distinct: unknown[] = [];
  private readonly codeOf = new Map<unknown, number>();
  private readonly others = new Others();

  get(slot: number): unknown {
    const code = this.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
    return code === OTHER_CODE ? this.others.get(slot) : this.distinct[code];
  }

  set(slot: number, value: unknown): void {
    this.others.delete(slot);
    // -0 would find 0's code (a Map key compares like that): it goes to `others`.
    const negativeZero = Object.is(value, -0);
    let code = negativeZero ? undefined : this.codeOf.get(value);
    if (code === undefined && !negativeZero && this.distinct.length < OTHER_CODE) {
      code = this.distinct.push(value) - 1;
      this.codeOf.set(value, code);
    }
    const chunk = this.chunks[slot >>> CHUNK_BITS];
    if (code === undefined) {
      chunk[slot & CHUNK_MASK] = OTHER_CODE;
      this.others.set(slot, value);
    } else chunk[slot & CHUNK_MASK] = code;
  }

  clear(slot: number): void {
    this.others.delete(slot);
  }

  grow(capacity: number): void {
    growChunks(this.chunks, capacity, (size) => new Uint8Array(size));
  }
}

/** References in a plain array, kept packed (filled with null as it grows). */
class ValueColumn implements Column {
  private readonly values: unknown[] = [];

  get(slot: number): unknown {
    return this.values[slot];
  }

  set(slot: number, value: unknown): void {
    this.values[slot] = value;
  }

  clear(slot: number): void {
    this.values[slot] = null;
  }

  grow(capacity: number): void {
    const values = this.values;
    while (values.length < capacity) values.push(null);
  }
}

/** The slot itself. */
class IdColumn implements Column {
  get(slot: number): unknown {
    return slot;
  }
  set(): void {}
  clear(): void {}
  grow(): void {}
}

const COLUMN_CLASSES: Record<ColumnKind, new () => Column> = {
  id: IdColumn,
  int: IntColumn,
  number: NumberColumn,
  coded: CodedColumn,
  value: ValueColumn,
};

/** How far past the columns' end an id may land and still go in them (the gap stays empty). */
const MAX_GAP = CHUNK_SIZE;

/** A table's records by id, in columns (see above); the same interface as Table's object rows. */
export class ColumnRows<T extends { id: number }> {
  private readonly keys: string[];
  private readonly columns: Column[];
  /** Makes a slot's record object from the columns, and writes a record into them (see `accessors`). */
  private readonly read: (id: number) => T;
  private readonly write: (id: number, record: T) => void;
  /** 1 where the slot holds a record, in chunks like the columns'. */
  private readonly present: Uint8Array[] = [];
  private capacity = 0;
  /** Records kept as they are: keys other than the layout's, ids outside the columns' range. */
  private wholes: Map<number, T> | undefined;
  size = 0;

  constructor(layout: ColumnLayout<T>) {
    this.keys = Object.keys(layout);
    this.columns = this.keys.map((key) => new COLUMN_CLASSES[layout[key as keyof T]]());
    ({ read: this.read, write: this.write } = accessors<T>(this.keys, this.columns));
  }

  get(id: number): T | undefined {
    if (this.isPacked(id)) return this.read(id);
    return this.wholes?.get(id);
  }

  set(id: number, record: T): void {
    const packed = this.isPacked(id);
    const whole = this.wholes !== undefined && this.wholes.delete(id);
    if (!packed && !whole) this.size++;
    if (Number.isInteger(id) && id >= 0 && id <= this.capacity + MAX_GAP && this.fits(record)) {
      if (id >= this.capacity) this.grow(id + 1);
      this.write(id, record);
      this.present[id >>> CHUNK_BITS][id & CHUNK_MASK] = 1;
    } else {
      if (packed) this.clearSlot(id);
      (this.wholes ??= new Map()).set(id, record);
    }
  }

  delete(id: number): void {
    if (this.isPacked(id)) this.clearSlot(id);
    else if (!this.wholes?.delete(id)) return;
    this.size--;
  }

  /** The records by ascending id. */
  *values(): IterableIterator<T> {
    if (this.wholes?.size) {
      yield* [...this.packedValues(), ...this.wholes.values()].sort((a, b) => a.id - b.id);
      return;
    }
    yield* this.packedValues();
  }

  /** The records by ascending id, as a new array. */
  toArray(): T[] {
    const out: T[] = [];
    for (const record of this.values()) out.push(record);
    return out;
  }

  private isPacked(id: number): boolean {
    return (
      id >= 0 &&
      id < this.capacity &&
      Number.isInteger(id) &&
      this.present[id >>> CHUNK_BITS][id & CHUNK_MASK] === 1
    );
  }

  private *packedValues(): IterableIterator<T> {
    for (let id = 0; id < this.capacity; id++) {
      if (this.present[id >>> CHUNK_BITS][id & CHUNK_MASK] === 1) yield this.read(id);
    }
  }

  /** A record has the layout's keys, in its order (so its copy made by `read` is the same object). */
  private fits(record: T): boolean {
    const keys = this.keys;
    let i = 0;
    for (const key in record) if (key !== keys[i++]) return false;
    return i === keys.length;
  }

  private clearSlot(id: number): void {
    for (const column of this.columns) column.clear(id);
    this.present[id >>> CHUNK_BITS][id & CHUNK_MASK] = 0;
  }

  private grow(minimum: number): void {
    for (const column of this.columns) column.grow(minimum);
    growChunks(this.present, minimum, (size) => new Uint8Array(size));
    this.capacity = this.present.length * CHUNK_SIZE;
  }
}

/**
 * The functions that read a slot's record and write one, generated once per table from the layout:
 * the record is an object literal (every read shares one shape) and each column is read and written
 * at a call site of its own, which costs a fraction of a loop over keys. The keys are the layout's
 * own, quoted; nothing from a request reaches this source text.
 */
function accessors<T>(keys: string[], columns: Column[]) {
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: columns[${i}].get(id)`).join(', ');
  const writes = keys.map((key, i) => `columns[${i}].set(id, record[${JSON.stringify(key)}]);`).join(' ');
  const make = new Function(
    'columns',
    `return { read: (id) => Object.freeze({ ${fields} }), write: (id, record) => { ${writes} } };`,
  ) as (columns: Column[]) => { read: (id: number) => T; write: (id: number, record: T) => void };
  return make(columns);
}

/**
 * Whether two records of a table are the same record: the same object, or (a column table's reads
 * being copies) the same keys holding the same values. Records are immutable and an update writes a
 * new record, so equal fields mean no write changed it — or one wrote back what it held.
 */
export function sameRecord(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] !== y[key] || !(key in y)) return false;
    count++;
  }
  return count === Object.keys(y).length;
}
