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
 *
 * One file of ~560 lines because the column kinds, their chunks and ColumnRows share the chunk
 * layout's private details (chunk size, copy-on-write ownership); apart, they would have to export them.
 */

/**
 * How a field is stored: `id` the record's id (the slot itself); `int` an Int32Array (null too);
 * `number` a Float64Array (null too); `coded` a byte per record, an index into the column's distinct
 * values (for enums, flags and fields that nearly always hold one shared object); `value` plain
 * arrays of references (strings with many distinct values). Every kind is kept in chunks (see Chunks).
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
  /** A copy that later writes to this column do not change (for a snapshot): chunks are shared. */
  clone(): Column;
  /**
   * Sets `dirty[slot]` for every slot below `capacity` whose value differs in `copy`, a clone of this
   * column (or of a clone of it): codes and marks mean the same in both, so arrays compare as they
   * are, and a chunk both still share is skipped whole.
   */
  markDifferences(copy: Column, dirty: Uint8Array, capacity: number): void;
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

  /** Whether `other` holds the same value (or none) for the slot. */
  same(other: Others, slot: number): boolean {
    return this.has(slot) === other.has(slot) && this.get(slot) === other.get(slot);
  }

  clone(): Others {
    const copy = new Others();
    if (this.map?.size) copy.map = new Map(this.map);
    return copy;
  }
}

/**
 * Arrays come in chunks of this many slots, added as the table grows: no copy of a column on growth,
 * and none of the freed copies that would leave the allocator's heap fragmented (a doubling array
 * left ~40 MB of RSS behind at 500k records).
 */
const CHUNK_BITS = 11;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

type ChunkArray = Int32Array | Float64Array | Uint8Array | unknown[];

/**
 * A column's array, in chunks shared copy-on-write with snapshots: a snapshot takes the chunk list
 * (O(chunks)), and the first write to a shared chunk afterwards copies that chunk alone. A restore
 * skips the chunks both sides still share.
 */
class Chunks<A extends ChunkArray> {
  /** Read directly by the columns (one call site per column class keeps element reads monomorphic). */
  chunks: A[] = [];
  /** Chunks a snapshot holds too: copied before their next write. */
  private shared: boolean[] = [];

  constructor(private readonly make: () => A) {}

  set(slot: number, value: A[number]): void {
    const c = slot >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (this.shared[c]) {
      chunk = this.chunks[c] = chunk.slice() as A;
      this.shared[c] = false;
    }
    chunk[slot & CHUNK_MASK] = value;
  }

  /** Room for `capacity` slots. */
  grow(capacity: number): void {
    while (this.chunks.length * CHUNK_SIZE < capacity) {
      this.chunks.push(this.make());
      this.shared.push(false);
    }
  }

  get capacity(): number {
    return this.chunks.length * CHUNK_SIZE;
  }

  clone(): Chunks<A> {
    const copy = new Chunks<A>(this.make);
    copy.chunks = this.chunks.slice();
    this.shared = this.chunks.map(() => true);
    copy.shared = this.shared.slice();
    return copy;
  }

  /** Marks in `dirty` the slots below `capacity` where `differ(slot, mine, theirs)`, chunk by chunk. */
  markDifferences(
    other: Chunks<A>,
    dirty: Uint8Array,
    capacity: number,
    differ: (slot: number, a: A[number], b: A[number]) => boolean,
  ): void {
    const chunks = Math.min(this.chunks.length, other.chunks.length);
    for (let c = 0; c < chunks; c++) {
      const a = this.chunks[c];
      const b = other.chunks[c];
      if (a === b) continue;
      const base = c << CHUNK_BITS;
      const end = Math.min(CHUNK_SIZE, capacity - base);
      for (let i = 0; i < end; i++) if (differ(base + i, a[i], b[i])) dirty[base + i] = 1;
    }
  }
}

/**
 * Numbers in typed chunks. A slot holding the `missing` mark (see `isMissing`) is null, or a value
 * the array cannot hold (see `holds`) kept in `others`. The two kinds differ only in their array,
 * their mark and what they hold.
 */
abstract class NumericColumn<A extends Int32Array | Float64Array> implements Column {
  protected values: Chunks<A>;
  protected others = new Others();

  protected abstract readonly missing: number;
  protected abstract isMissing(raw: number): boolean;
  protected abstract holds(value: unknown): value is number;
  protected abstract empty(): NumericColumn<A>;

  constructor(make: () => A) {
    this.values = new Chunks(make);
  }

  get(slot: number): unknown {
    const raw = this.values.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
    if (!this.isMissing(raw)) return raw;
    return this.others.has(slot) ? this.others.get(slot) : null;
  }

  set(slot: number, value: unknown): void {
    this.others.delete(slot);
    if (this.holds(value)) {
      this.values.set(slot, value);
      return;
    }
    this.values.set(slot, this.missing);
    if (value !== null) this.others.set(slot, value);
  }

  clear(slot: number): void {
    this.others.delete(slot);
  }

  grow(capacity: number): void {
    this.values.grow(capacity);
  }

  clone(): NumericColumn<A> {
    const copy = this.empty();
    copy.values = this.values.clone();
    copy.others = this.others.clone();
    return copy;
  }

  markDifferences(copy: Column, dirty: Uint8Array, capacity: number): void {
    const other = copy as NumericColumn<A>;
    this.values.markDifferences(other.values, dirty, capacity, (slot, a, b) =>
      this.isMissing(a) && this.isMissing(b) ? !this.others.same(other.others, slot) : a !== b,
    );
  }
}

/** Int32 values: ids and counts. */
class IntColumn extends NumericColumn<Int32Array> {
  protected readonly missing = -0x80000000;

  constructor() {
    super(() => new Int32Array(CHUNK_SIZE));
  }

  protected isMissing(raw: number): boolean {
    return raw === this.missing;
  }

  protected holds(value: unknown): value is number {
    return (
      typeof value === 'number' && (value | 0) === value && value !== this.missing && !Object.is(value, -0)
    );
  }

  protected empty(): IntColumn {
    return new IntColumn();
  }
}

/** Float64 values: times and measures (NaN is the mark, so a NaN value is kept in `others`). */
class NumberColumn extends NumericColumn<Float64Array> {
  protected readonly missing = NaN;

  constructor() {
    super(() => new Float64Array(CHUNK_SIZE));
  }

  protected isMissing(raw: number): boolean {
    return raw !== raw;
  }

  protected holds(value: unknown): value is number {
    return typeof value === 'number' && value === value;
  }

  protected empty(): NumberColumn {
    return new NumberColumn();
  }
}

/** The code that sends a read to `others` (a column holds at most 255 distinct values itself). */
const OTHER_CODE = 255;

/**
 * One byte per record: the index of its value among the column's distinct values (kept for the
 * column's life and only ever appended to, so its clones share the list; at most 255 of them, later
 * newcomers go to `others`).
 */
class CodedColumn implements Column {
  private codes = new Chunks(() => new Uint8Array(CHUNK_SIZE));
  private distinct: unknown[] = [];
  private codeOf = new Map<unknown, number>();
  private others = new Others();

  get(slot: number): unknown {
    const code = this.codes.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
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
    if (code === undefined) {
      this.codes.set(slot, OTHER_CODE);
      this.others.set(slot, value);
    } else this.codes.set(slot, code);
  }

  clear(slot: number): void {
    this.others.delete(slot);
  }

  grow(capacity: number): void {
    this.codes.grow(capacity);
  }

  clone(): CodedColumn {
    const copy = new CodedColumn();
    copy.codes = this.codes.clone();
    copy.distinct = this.distinct;
    copy.codeOf = this.codeOf;
    copy.others = this.others.clone();
    return copy;
  }

  markDifferences(copy: Column, dirty: Uint8Array, capacity: number): void {
    const other = copy as CodedColumn;
    this.codes.markDifferences(other.codes, dirty, capacity, (slot, a, b) =>
      a !== b ? true : a === OTHER_CODE && !this.others.same(other.others, slot),
    );
  }
}

/** References (strings with many distinct values), in chunks of plain arrays. */
class ValueColumn implements Column {
  private values = new Chunks<unknown[]>(() => new Array<unknown>(CHUNK_SIZE).fill(null));

  get(slot: number): unknown {
    return this.values.chunks[slot >>> CHUNK_BITS][slot & CHUNK_MASK];
  }

  set(slot: number, value: unknown): void {
    this.values.set(slot, value);
  }

  clear(slot: number): void {
    this.values.set(slot, null);
  }

  grow(capacity: number): void {
    this.values.grow(capacity);
  }

  clone(): ValueColumn {
    const copy = new ValueColumn();
    copy.values = this.values.clone();
    return copy;
  }

  markDifferences(copy: Column, dirty: Uint8Array, capacity: number): void {
    this.values.markDifferences((copy as ValueColumn).values, dirty, capacity, (_slot, a, b) => a !== b);
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
  clone(): IdColumn {
    return this;
  }
  markDifferences(): void {}
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
  private present = new Chunks(() => new Uint8Array(CHUNK_SIZE));
  /** Records kept as they are: keys other than the layout's, ids outside the columns' range. */
  private wholes: Map<number, T> | undefined;
  size = 0;

  /** The rows this is a snapshot of (its columns' codes mean the same as theirs). */
  private origin: ColumnRows<T> | undefined;

  /** `columns`: a snapshot's clones (see `snapshot`); new empty ones by default. */
  constructor(
    readonly layout: ColumnLayout<T>,
    columns?: Column[],
  ) {
    this.keys = Object.keys(layout);
    this.columns = columns ?? this.keys.map((key) => new COLUMN_CLASSES[layout[key as keyof T]]());
    ({ read: this.read, write: this.write } = accessors<T>(layout, this.keys, this.columns));
  }

  get(id: number): T | undefined {
    if (this.isPacked(id)) return this.read(id);
    return this.wholes?.get(id);
  }

  set(id: number, record: T): void {
    const packed = this.isPacked(id);
    const whole = this.wholes !== undefined && this.wholes.delete(id);
    if (!packed && !whole) this.size++;
    const capacity = this.present.capacity;
    if (Number.isInteger(id) && id >= 0 && id <= capacity + MAX_GAP && this.fits(record)) {
      if (id >= capacity) this.grow(id + 1);
      this.write(id, record);
      this.present.set(id, 1);
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

  /** A copy of the records that later writes do not change: O(chunks), the chunks shared (see Chunks). */
  snapshot(): ColumnRows<T> {
    const copy = new ColumnRows<T>(
      this.layout,
      this.columns.map((column) => column.clone()),
    );
    copy.present = this.present.clone();
    copy.wholes = this.wholes && new Map(this.wholes);
    copy.size = this.size;
    copy.origin = this.origin ?? this;
    return copy;
  }

  /**
   * The ids whose record differs between these rows and `other` (rows of the same layout, e.g. a
   * snapshot), by ascending id, with `other`'s record (undefined: not in `other`). Compares the
   * columns' values slot by slot, skipping the chunks both still share: no record is made for an id
   * that did not change.
   */
  differences(other: ColumnRows<T>): [number, T | undefined][] {
    const out: [number, T | undefined][] = [];
    const wholeIds = new Set([...(this.wholes?.keys() ?? []), ...(other.wholes?.keys() ?? [])]);
    const capacity = Math.max(this.present.capacity, other.present.capacity);
    // Rows of one lineage (these and their snapshots) compare column by column over the raw arrays;
    // other rows of the layout (their codes mean other values) compare the values of every slot.
    let unchanged = (id: number) => this.sameSlot(other, id);
    if ((this.origin ?? this) === (other.origin ?? other)) {
      const shared = Math.min(this.present.capacity, other.present.capacity);
      const dirty = new Uint8Array(shared);
      this.present.markDifferences(other.present, dirty, shared, (_slot, a, b) => a !== b);
      this.columns.forEach((column, i) => column.markDifferences(other.columns[i], dirty, shared));
      // Beyond `shared` only one side has slots: present there means changed.
      unchanged = (id) => id < shared && dirty[id] === 0;
    }
    for (let id = 0; id < capacity; id++) {
      const here = this.isPacked(id);
      const there = other.isPacked(id);
      if ((!here && !there) || wholeIds.has(id)) continue;
      if (here && there && unchanged(id)) continue;
      out.push([id, there ? other.read(id) : undefined]);
    }
    for (const id of wholeIds) {
      const record = other.get(id);
      if (!sameRecord(this.get(id), record)) out.push([id, record]);
    }
    return wholeIds.size ? out.sort((a, b) => a[0] - b[0]) : out;
  }

  private sameSlot(other: ColumnRows<T>, id: number): boolean {
    const { columns } = this;
    for (let i = 0; i < columns.length; i++)
      if (columns[i].get(id) !== other.columns[i].get(id)) return false;
    return true;
  }

  private isPacked(id: number): boolean {
    return id >= 0 && id < this.present.capacity && Number.isInteger(id) && this.isSet(id);
  }

  /** `present` at an id inside the columns. */
  private isSet(id: number): boolean {
    return this.present.chunks[id >>> CHUNK_BITS][id & CHUNK_MASK] === 1;
  }

  private *packedValues(): IterableIterator<T> {
    const capacity = this.present.capacity;
    for (let id = 0; id < capacity; id++) if (this.isSet(id)) yield this.read(id);
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
    this.present.set(id, 0);
  }

  private grow(minimum: number): void {
    for (const column of this.columns) column.grow(minimum);
    this.present.grow(minimum);
  }
}

type Accessors<T> = { read: (id: number) => T; write: (id: number, record: T) => void };
/** The compiled factory of a layout's accessors (a snapshot makes rows of its own: no recompile). */
const accessorFactories = new WeakMap<object, (columns: Column[]) => Accessors<any>>();

/**
 * The functions that read a slot's record and write one, compiled once per layout (see above):
 * the record is an object literal (every read shares one shape) and each column is read and written
 * at a call site of its own, which costs a fraction of a loop over keys. The keys are the layout's
 * own, quoted; nothing from a request reaches this source text.
 */
function accessors<T>(layout: ColumnLayout<T>, keys: string[], columns: Column[]): Accessors<T> {
  let make = accessorFactories.get(layout);
  if (!make) {
    make = compileAccessors(keys);
    accessorFactories.set(layout, make);
  }
  return make(columns) as Accessors<T>;
}

function compileAccessors(keys: string[]): (columns: Column[]) => Accessors<unknown> {
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: columns[${i}].get(id)`).join(', ');
  const writes = keys.map((key, i) => `columns[${i}].set(id, record[${JSON.stringify(key)}]);`).join(' ');
  return new Function(
    'columns',
    `return { read: (id) => Object.freeze({ ${fields} }), write: (id, record) => { ${writes} } };`,
  ) as (columns: Column[]) => Accessors<unknown>;
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
