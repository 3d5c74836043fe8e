import { Table } from '../src/store';

/**
 * Table keeps index buckets as a number (one id), an ordered array (a few, or many written only at
 * the end) or a Set (many, after other writes), and rows in a dense array with a Map for far-off ids.
 * These tests drive every transition at random and compare every read with a plain model.
 */
interface Row {
  id: number;
  group: number;
  key: string | null;
}

const newTable = () => new Table<Row>('rows', { group: (r) => r.group, key: (r) => r.key ?? undefined });

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

describe('Table: bucket and row representations', () => {
  // Group 0 grows past the array limit (Set after a non-append write); groups 1-3 stay small.
  const groups = [0, 1, 2, 3, 4];
  const keys = ['a', 'b', 'c', 'd'];

  it.each([1, 2, 3])('random inserts, moves, deletes, rollbacks and restores (seed %i)', (seed) => {
    const next = rng(seed);
    const t = newTable();
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
      for (const id of ids.slice(0, 5)) expect(t.get(id)).toBe(model.get(id));
    }
  });

  it('keeps a large bucket in id order through removals and re-inserts in the middle', () => {
    const t = newTable();
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
    const t = newTable();
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
    const t = newTable();
    t.insert({ group: 1, key: 'a' });
    for (const id of [0, -1, 1.5, 2, 1e12, Number.NaN]) expect(t.get(id)).toBeUndefined();
    expect(() => t.insert({ id: 1, group: 1, key: null })).toThrow(/duplicate id 1/);
  });
});
