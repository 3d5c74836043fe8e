/**
 * Writing a row as ActiveRecord's `update!` does and answering what changed: Rails'
 * `previous_changes`, which Chatwoot's events carry as `changed_attributes`. One mechanism for every
 * model whose update is compared with what was stored (contacts, conversations, messages, inboxes…).
 */
import type { ChangeList, ChangeMap } from '../events/types';
import type { Store } from '../store';

/**
 * previous_changes keyed by the store's column names, with raw store values (times in epoch ms);
 * events/payloads.ts renders them as Rails serialises them.
 */
export type ChangedAttributes = ChangeMap;

/** Compared as JSON, as jsonb dirty tracking sees a hash (a new key order counts as a change). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The attributes among `keys` whose values differ between two versions of a record, in `keys`'
 * order; a missing value counts as nil.
 */
export function changedAttributes<R extends object>(
  before: R,
  after: R,
  keys: Iterable<keyof R & string>,
): ChangedAttributes {
  const changed: ChangedAttributes = {};
  for (const key of keys) {
    if (sameValue(before[key], after[key])) continue;
    changed[key] = { previous_value: before[key] ?? null, current_value: after[key] ?? null };
  }
  return changed;
}

/** The same changes as BaseListener#extract_changed_attributes lists them: one-key objects, in order. */
export function changeList<V = unknown>(changed: ChangedAttributes): ChangeList<V> {
  return Object.entries(changed).map(([key, change]) => ({ [key]: change }) as ChangeList<V>[number]);
}

/**
 * `record.update!(changes)`: writes the columns of `changes` whose values differ from `record`,
 * stamping updated_at with the store's clock, and answers the record as now stored with its
 * previous_changes (the changed columns in `changes`' order, then updated_at). When nothing differs,
 * nothing is written — not even updated_at — and `changes` is empty.
 */
export function changeRecord<R extends { id: number; updated_at: number }>(
  store: Store,
  table: { update(id: number, changes: Partial<R>): R },
  record: R,
  changes: Partial<R>,
): { record: R; changes: ChangedAttributes } {
  const keys = Object.keys(changes) as (keyof R & string)[];
  const changed = changedAttributes(record, { ...record, ...changes }, keys);
  if (!Object.keys(changed).length) return { record, changes: changed };
  const write: Partial<R> = {};
  for (const key of Object.keys(changed) as (keyof R & string)[]) write[key] = changes[key];
  const at = store.clock.now();
  changed.updated_at = { previous_value: record.updated_at, current_value: at };
  write.updated_at = at;
  return { record: table.update(record.id, write), changes: changed };
}
