/**
 * Audit logs (Chatwoot enterprise: the audited gem, enterprise/app/models/enterprise/audit/*.rb,
 * `audited associated_with: :account`). The fake audits what its domain events reveal: inboxes
 * created and updated (inbox_created / inbox_updated). An entry carries the acting user, the action,
 * the audited changes (create: every audited attribute; update: `{attribute: [old, new]}`) and the
 * record's version number.
 */
import { createHash } from 'node:crypto';
import type { Json, JsonObject, Store } from '../store';
import { inboxRecordView } from '../views/contact';
import type { EventBus } from './bus';
import type { DomainEvent, EventStamp } from './types';

/** Attributes audited gem leaves out (the primary key and Audited.ignored_attributes). */
const IGNORED = new Set(['id', 'created_at', 'updated_at', 'lock_version']);

function inboxAttributes(store: Store, inboxId: number): JsonObject | undefined {
  const inbox = store.tables.inboxes.get(inboxId);
  if (!inbox) return undefined;
  const attributes: JsonObject = {};
  for (const [key, value] of Object.entries(inboxRecordView(inbox))) {
    if (!IGNORED.has(key)) attributes[key] = value as Json;
  }
  return attributes;
}

/** A request uuid derived from the audited record and version (deterministic; leaves the store's token stream alone). */
function requestUuid(key: string): string {
  const hex = createHash('sha1').update(`audit:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function recordAudit(
  store: Store,
  event: EventStamp,
  auditable: { type: string; id: number },
  action: 'create' | 'update' | 'destroy',
  changes: JsonObject,
): void {
  const { auditLogs } = store.tables;
  const version = auditLogs.countWhere('auditable', [auditable.type, auditable.id]) + 1;
  const user = event.actor?.type === 'User' ? event.actor.id : null;
  auditLogs.insert({
    account_id: event.accountId,
    auditable_id: auditable.id,
    auditable_type: auditable.type,
    user_id: user,
    user_type: user === null ? null : 'User',
    action,
    audited_changes: changes,
    version,
    request_uuid: requestUuid(`${auditable.type}:${auditable.id}:${version}`),
    created_at: event.at,
  });
}

function onDomainEvent(store: Store, event: DomainEvent): void {
  if (event.name === 'inbox_created') {
    const { inboxId } = event.data;
    const attributes = inboxAttributes(store, inboxId);
    if (attributes) recordAudit(store, event, { type: 'Inbox', id: inboxId }, 'create', attributes);
  } else if (event.name === 'inbox_updated') {
    const { inboxId } = event.data;
    const attributes = inboxAttributes(store, inboxId);
    if (!attributes) return;
    // Only inbox columns are audited on the Inbox (channel settings belong to the channel record).
    const changes: JsonObject = {};
    for (const entry of event.data.changedAttributes) {
      for (const [key, change] of Object.entries(entry)) {
        if (key in attributes) changes[key] = [change.previous_value, change.current_value];
      }
    }
    if (Object.keys(changes).length)
      recordAudit(store, event, { type: 'Inbox', id: inboxId }, 'update', changes);
  }
}

export function attachAuditLog(store: Store, events: EventBus): () => void {
  return events.on((event) => onDomainEvent(store, event));
}
