import { Table, sameRecord } from '../src/store';
import type { ColumnLayout } from '../src/store/columns';

/**
 * Table keeps index buckets as a number (one id), an ordered array (a few, or many written only at
 * the end) or a Set (many, after other writes), and rows in a dense array with a Map for far-off ids.
 * A table may instead keep its rows in columns (store/columns.ts), reads being equal copies. These
 * tests drive every transition at random, in both kinds of table, and compare every read with a
 * plain model.
 */
interface Row {
  id: number;
  group: number;
  key: string | null;
}

const ROW_COLUMNS: ColumnLayout<Row> = { group: 'int', key: 'coded', id: 'id' };

type Storage = 'objects' | 'columns';
const newTable = (storage: Storage = 'objects') =>
  new Table<Row>(
    'rows',
    { group: (r) => r.group, key: (r) => r.key ?? undefined },
    storage === 'columns' ? { columns: ROW_COLUMNS } : {},
  );

/** A small deterministic PRNG (the tests must not depend on Math.random). */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % n;
  };
}

/** Everything a reader can see, from the table's reads. */
function observe(t: Table<Row>, groups: number[], keys: string[]) {
  return {
    size: t.size,
    rows: [...t.all()],
    groups: groups.map((g) => [t.where('group', g), t.countWhere('group', g), t.findBy('group', g)]),
    keys: keys.map((k) => [t.where('key', k), t.countWhere('key', k), t.findBy('key', k)]),
  };
}

/** The same, computed from a plain list of records. */
function expected(rows: Row[], groups: number[], keys: string[]) {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const by = (pick: (r: Row) => boolean) => {
    const list = sorted.filter(pick);
    return [list, list.length, list[0]];
  };
  return {
    size: rows.length,
    rows: sorted,
    groups: groups.map((g) => by((r) => r.group === g)),
    keys: keys.map((k) => by((r) => r.key === k)),
  };
}

describe.each<Storage>(['objects', 'columns'])('Table: bucket and row representations (%s)', (storage) => {
  // Group 0 grows past the array limit (Set after a non-append write); groups 1-3 stay small.
  const groups = [0, 1, 2, 3, 4];
  const keys = ['a', 'b', 'c', 'd'];

  it.each([1, 2, 3])('random inserts, moves, deletes, rollbacks and restores (seed %i)', (seed) => {
    const next = rng(seed);
    const t = newTable(storage);
    const model = new Map<number, Row>();
    const pickGroup = () => (next(3) === 0 ? next(5) : 0);
    const pickKey = () => (next(4) === 0 ? null : keys[next(keys.length)]);
    for (let i = 0; i < 150; i++) {
      const row = t.insert({ group: pickGroup(), key: pickKey() });
      model.set(row.id, row);
    }
    const marks: { mark: ReturnType<Table<Row>['mark']>; state: Map<number, Row> }[] = [];
    const snapshots: { snapshot: ReturnType<Table<Row>['snapshot']>; state: Map<number, Row> }[] = [];
    for (let step = 0; step < 1500; step++) {
      const ids = [...model.keys()];
      const op = next(100);
      if (op < 30) {
        const row = t.insert({ group: pickGroup(), key: pickKey() });
        model.set(row.id, row);
      } else if (op < 35 && ids.length) {
        // An explicit id: below the others (a gap filled) or far above them (the sparse map).
        const id = next(2) ? 10_000_000 + next(1000) : 1 + next(400);
        if (!model.has(id)) model.set(id, t.insert({ id, group: pickGroup(), key: pickKey() }));
      } else if (op < 60 && ids.length) {
        const id = ids[next(ids.length)];
        model.set(id, t.update(id, { group: pickGroup(), key: pickKey() }));
      } else if (op < 80 && ids.length) {
        const id = ids[next(ids.length)];
        t.delete(id);
        model.delete(id);
      } else if (op < 86) {
        marks.push({ mark: t.mark(), state: new Map(model) });
      } else if (op < 90 && marks.length) {
        const at = next(marks.length);
        const { mark, state } = marks[at];
        t.rollback(mark);
        marks.length = at + 1;
        model.clear();
        for (const [id, row] of state) model.set(id, row);
      } else if (op < 95) {
        snapshots.push({ snapshot: t.snapshot(), state: new Map(model) });
      } else if (snapshots.length) {
        const { snapshot, state } = snapshots[next(snapshots.length)];
        t.restore(snapshot);
        model.clear();
        for (const [id, row] of state) model.set(id, row);
      }
      if (step % 10 === 0 || step > 1480) {
        expect(observe(t, groups, keys)).toEqual(expected([...model.values()], groups, keys));
      }
      for (const id of ids.slice(0, 5)) {
        if (storage === 'objects') expect(t.get(id)).toBe(model.get(id));
        else expect(t.get(id)).toEqual(model.get(id));
      }
    }
  });

  it('keeps a large bucket in id order through removals and re-inserts in the middle', () => {
    const t = newTable(storage);
    for (let i = 0; i < 300; i++) t.insert({ group: 0, key: null });
    const mark = t.mark();
    for (const id of [150, 3, 299, 300, 77]) t.delete(id);
    expect(t.countWhere('group', 0)).toBe(295);
    expect(t.where('group', 0).map((r) => r.id)).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1).filter((id) => ![150, 3, 299, 300, 77].includes(id)),
    );
    t.rollback(mark);
    expect(t.where('group', 0).map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(t.findBy('group', 0)?.id).toBe(1);
    expect([...t.all()].map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('keeps runs of consecutive ids through writes at either end and in the middle', () => {
    const t = newTable(storage);
    const ids = (key: number) => t.where('group', key).map((r) => r.id);
    for (let i = 0; i < 10; i++) t.insert({ group: 1, key: null });
    for (let i = 0; i < 100; i++) t.insert({ group: 2, key: null });
    const mark = t.mark();
    t.delete(10);
    t.delete(1);
    expect(ids(1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    t.delete(5);
    expect(ids(1)).toEqual([2, 3, 4, 6, 7, 8, 9]);
    t.update(50, { group: 1 });
    t.delete(11);
    t.insert({ id: 1, group: 2, key: null });
    expect(ids(1)).toEqual([2, 3, 4, 6, 7, 8, 9, 50]);
    expect(ids(2)).toEqual([1, ...Array.from({ length: 99 }, (_, i) => i + 12).filter((id) => id !== 50)]);
    expect(t.countWhere('group', 2)).toBe(99);
    t.rollback(mark);
    expect(ids(1)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(ids(2)).toEqual(Array.from({ length: 100 }, (_, i) => i + 11));
    for (let id = 1; id <= 9; id++) t.delete(id);
    expect(t.findBy('group', 1)?.id).toBe(10);
    expect(t.countWhere('group', 1)).toBe(1);
  });

  it('reads nothing for ids that are not rows (0, negative, fractional, far off)', () => {
    const t = newTable(storage);
    t.insert({ group: 1, key: 'a' });
    for (const id of [0, -1, 1.5, 2, 1e12, Number.NaN]) expect(t.get(id)).toBeUndefined();
    expect(() => t.insert({ id: 1, group: 1, key: null })).toThrow(/duplicate id 1/);
  });
});

describe('Table in columns: every value and record round-trips', () => {
  interface Wide {
    n: number | null;
    x: unknown;
    c: unknown;
    v: unknown;
    t: unknown;
    id: number;
  }
  const layout: ColumnLayout<Wide> = { n: 'int', x: 'int', c: 'coded', v: 'value', t: 'number', id: 'id' };
  const newWide = () => new Table<Wide>('wide', {}, { columns: layout });
  const shared = Object.freeze({ shared: true });

  it('keeps values an int, number or coded column cannot hold compactly', () => {
    const t = newWide();
    const odd = [1.5, -0, 2 ** 31, -(2 ** 31), 'seven', undefined, shared, NaN, Infinity, null, 0, -1];
    const written = odd.map((value, i) =>
      t.insert({ n: i % 2 ? null : i, x: value, c: value, v: value, t: value }),
    );
    for (const record of written) {
      const read = t.get(record.id)!;
      expect(Object.keys(read)).toEqual(['n', 'x', 'c', 'v', 't', 'id']);
      for (const key of Object.keys(record) as (keyof Wide)[])
        expect(Object.is(read[key], record[key])).toBe(true);
      expect(Object.isFrozen(read)).toBe(true);
      expect(read.x === shared || read.c === shared ? read.x === shared && read.c === shared : true).toBe(
        true,
      );
    }
  });

  it('keeps a coded column exact past 255 distinct values, and after deletes and rewrites', () => {
    const t = newWide();
    const ids = Array.from(
      { length: 600 },
      (_, i) => t.insert({ n: i, x: i, c: `value ${i}`, v: i, t: i }).id,
    );
    expect(ids.map((id) => t.get(id)!.c)).toEqual(ids.map((_, i) => `value ${i}`));
    for (const id of ids.filter((_, i) => i % 3 === 0)) t.delete(id);
    for (const id of ids.filter((_, i) => i % 3 === 1)) t.update(id, { c: { object: id }, t: null });
    for (const [i, id] of ids.entries()) {
      const record = t.get(id);
      if (i % 3 === 0) expect(record).toBeUndefined();
      else if (i % 3 === 1) expect(record).toEqual({ n: i, x: i, c: { object: id }, v: i, t: null, id });
      else expect(record).toEqual({ n: i, x: i, c: `value ${i}`, v: i, t: i, id });
    }
    expect(t.size).toBe(400);
    expect([...t.all()].map((r) => r.id)).toEqual(ids.filter((_, i) => i % 3 !== 0));
  });

  it('keeps whole the records of another shape or a far-off id, in id order with the others', () => {
    const t = newWide();
    t.insert({ n: 1, x: 1, c: 1, v: 1, t: 1 });
    const reordered = t.insert({ id: 5, t: 2, v: 2, c: 2, x: 2, n: 2 } as Wide);
    const extra = t.insert({ n: 3, x: 3, c: 3, v: 3, t: 3, more: 'kept' } as unknown as Wide);
    const farOff = t.insert({ id: 1e9, n: 4, x: 4, c: 4, v: 4, t: 4 });
    const negative = t.insert({ id: -3, n: 5, x: 5, c: 5, v: 5, t: 5 });
    expect(Object.keys(t.get(5)!)).toEqual(['id', 't', 'v', 'c', 'x', 'n']);
    expect(t.get(5)).toBe(reordered);
    expect(t.get(extra.id)).toBe(extra);
    expect(t.get(1e9)).toBe(farOff);
    expect(t.get(-3)).toBe(negative);
    expect([...t.all()].map((r) => r.id)).toEqual([-3, 1, 5, 6, 1e9]);
    // A record written back in the layout's shape goes into the columns again.
    t.update(5, { n: 9 });
    expect(t.get(5)).toEqual({ id: 5, t: 2, v: 2, c: 2, x: 2, n: 9 });
    expect(t.size).toBe(5);
  });

  it('compares records by their fields: a restore or revert rewrites only what differs', () => {
    const t = newWide();
    for (let i = 1; i <= 20; i++) t.insert({ n: i, x: i, c: 'a', v: 'b', t: i });
    const snapshot = t.snapshot();
    const mark = t.mark();
    t.update(3, { c: 'changed' });
    t.delete(4);
    expect(t.changedSince(mark).size).toBe(2);
    const versionBefore = t.version;
    t.restore(t.snapshot()); // the table's own state: nothing to write
    expect(t.version).toBe(versionBefore);
    t.restore(snapshot);
    expect(t.get(3)!.c).toBe('a');
    expect(t.get(4)).toEqual({ n: 4, x: 4, c: 'a', v: 'b', t: 4, id: 4 });
    expect(t.revert(mark, () => true)).toBe(0);
    expect(sameRecord(t.get(3), t.get(3))).toBe(true);
    expect(sameRecord(t.get(3), t.get(5))).toBe(false);
  });

  it('snapshots a copy of the columns that later writes leave alone, restorable as is or from JSON', () => {
    const t = newWide();
    for (let i = 1; i <= 50; i++)
      t.insert({ n: i, x: i % 3 ? i : 0.5, c: `c${i % 4}`, v: `v${i}`, t: i % 5 ? i * 1000 : 'text' });
    t.insert({ id: 1e9, n: 0, x: 0, c: 'far', v: 'far', t: 0 });
    const snapshot = t.snapshot();
    const before = [...t.all()];
    t.update(7, { c: 'changed', x: 'other' });
    // Values kept beside the arrays, changed for others of their kind: 0.5 -> 0.75, 'text' -> 'later'.
    t.update(9, { x: 0.75 });
    t.update(10, { t: 'later' });
    t.delete(8);
    t.delete(1e9);
    t.insert({ n: 99, x: 99, c: 'new', v: 'new', t: 99 });
    t.insert({ id: -5, n: 1, x: 1, c: 'neg', v: 'neg', t: 1 });
    expect(snapshot.rows).toEqual(before);
    expect(snapshot.nextId).toBe(1e9 + 1);

    const viaJson = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    const mark = t.mark();
    t.restore(snapshot);
    expect([...t.all()]).toEqual(before);
    expect(t.changedSince(mark).size).toBe(7); // 7, 8, 9, 10, 1e9, 1e9 + 1 and -5: nothing else
    t.rollback(mark);
    t.restore(viaJson);
    expect([...t.all()]).toEqual(before);
  });
});
