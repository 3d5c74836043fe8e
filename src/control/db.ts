/**
 * `fake.db`: a read-only view of the fake's state for assertions, e.g.
 * `fake.db.contacts.find((c) => c.email === 'ada@example.com')`.
 *
 * Each table is a frozen array of deep-frozen records, by ascending id. The store keeps immutable
 * records (a write replaces the record), so the view hands out the store's own objects after
 * freezing what is nested in them: no copying, and no way to change the store through it (a write
 * throws a TypeError in strict mode). A table read again after a write is a new array.
 */
import type { Store, Table, TableName, Tables } from '../store';

/** Deeply read-only. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The record type of a table. */
export type RowOf<K extends TableName> = Tables[K] extends Table<infer R, any> ? R : never;

/**
 * One read-only array per table (`accounts`, `users`, `accountUsers`, `contacts`, `conversations`,
 * `messages`, `inboxes`, …). Records are as the store keeps them: timestamps in epoch milliseconds,
 * Chatwoot's column names (e.g. a message's `message_type` is 0 incoming, 1 outgoing).
 */
export type FakeDb = { readonly [K in TableName]: ReadonlyArray<DeepReadonly<RowOf<K>>> };

function deepFreeze(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v, seen);
}

/** Builds the read-only view of `store` (one per fake). */
export function createDb(store: Store): FakeDb {
  const frozen = new WeakSet<object>();
  const rowsOf = (table: Table<{ id: number }>) =>
    table.cached('chatwoot-fake:db', () => {
      const rows: unknown[] = [];
      for (const record of table.all()) {
        // A table that still changes records in place gets copies, never its own objects.
        const row = Object.isFrozen(record) ? record : structuredClone(record);
        deepFreeze(row, frozen);
        rows.push(row);
      }
      return Object.freeze(rows);
    });
  const db = {} as FakeDb;
  for (const name of Object.keys(store.tables) as TableName[]) {
    Object.defineProperty(db, name, {
      enumerable: true,
      get: () => rowsOf(store.tables[name] as unknown as Table<{ id: number }>),
    });
  }
  return Object.freeze(db);
}
