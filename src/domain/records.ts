/**
 * Creating records with the side effects Chatwoot's models have (callbacks), shared by the
 * handlers and the fixture loader so both build the same state.
 */
import type {
  Contact,
  ContactInbox,
  Conversation,
  Inbox,
  JsonObject,
  Message,
  MessageType,
  Store,
} from '../store';

export interface NewContact {
  account_id: number;
  name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  identifier?: string | null;
  blocked?: boolean;
  avatar_url?: string;
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
  labels?: string[];
  created_at?: number;
}

export function insertContact(store: Store, fields: NewContact): Contact {
  const at = fields.created_at ?? store.clock.now();
  return store.tables.contacts.insert({
    account_id: fields.account_id,
    name: fields.name ?? '',
    email: fields.email ? fields.email.toLowerCase() : null,
    phone_number: fields.phone_number || null,
    identifier: fields.identifier || null,
    blocked: fields.blocked ?? false,
    avatar_url: fields.avatar_url ?? '',
    additional_attributes: fields.additional_attributes ?? {},
    custom_attributes: fields.custom_attributes ?? {},
    labels: fields.labels ?? [],
    last_activity_at: null,
    created_at: at,
    updated_at: at,
  });
}

/** The contact's ContactInbox for an inbox, created (with a uuid source id) when missing. */
export function contactInboxFor(
  store: Store,
  contact: Contact,
  inbox: Inbox,
  sourceId?: string,
  at: number = store.clock.now(),
): ContactInbox {
  const { contactInboxes } = store.tables;
  if (sourceId) {
    const existing = contactInboxes.findBy('source', `${inbox.id}:${sourceId}`);
    if (existing) return existing;
  } else {
    const existing = contactInboxes.where('contact', contact.id).find((ci) => ci.inbox_id === inbox.id);
    if (existing) return existing;
  }
  return contactInboxes.insert({
    account_id: contact.account_id,
    contact_id: contact.id,
    inbox_id: inbox.id,
    source_id: sourceId ?? store.nextUuid(),
    pubsub_token: store.nextToken('', 24),
    hmac_verified: false,
    created_at: at,
  });
}

export interface NewConversation {
  contactInbox: ContactInbox;
  status?: Conversation['status'];
  assignee_id?: number | null;
  team_id?: number | null;
  priority?: Conversation['priority'];
  snoozed_until?: number | null;
  labels?: string[];
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
  created_at?: number;
}

export function insertConversation(store: Store, fields: NewConversation): Conversation {
  const { tables } = store;
  const ci = fields.contactInbox;
  const account = tables.accounts.get(ci.account_id)!;
  const at = fields.created_at ?? store.clock.now();
  const displayId = account.last_display_id + 1;
  tables.accounts.update(account.id, { last_display_id: displayId });
  return tables.conversations.insert({
    account_id: ci.account_id,
    display_id: displayId,
    uuid: store.nextUuid(),
    inbox_id: ci.inbox_id,
    contact_id: ci.contact_id,
    contact_inbox_id: ci.id,
    status: fields.status ?? 'open',
    assignee_id: fields.assignee_id ?? null,
    team_id: fields.team_id ?? null,
    priority: fields.priority ?? null,
    snoozed_until: fields.status === 'snoozed' ? (fields.snoozed_until ?? null) : null,
    labels: fields.labels ?? [],
    additional_attributes: fields.additional_attributes ?? {},
    custom_attributes: fields.custom_attributes ?? {},
    muted: false,
    agent_last_seen_at: null,
    assignee_last_seen_at: null,
    contact_last_seen_at: null,
    first_reply_created_at: null,
    waiting_since: at,
    last_activity_at: at,
    sla_policy_id: null,
    created_at: at,
    updated_at: at,
  });
}

export interface NewMessage {
  content?: string | null;
  message_type: MessageType;
  content_type?: string;
  content_attributes?: JsonObject;
  private?: boolean;
  sender_type?: Message['sender_type'];
  sender_id?: number | null;
  source_id?: string | null;
  echo_id?: string | null;
  status?: Message['status'];
  additional_attributes?: JsonObject;
  attachments?: Message['attachments'];
  created_at?: number;
}

/**
 * Adds a message and applies Chatwoot's callbacks: the conversation's last activity, waiting_since
 * and first reply; the contact's last activity; an incoming message reopens a resolved or snoozed
 * conversation (app/models/message.rb).
 */
export function insertMessage(store: Store, conversation: Conversation, fields: NewMessage): Message {
  const { tables } = store;
  const at = fields.created_at ?? store.clock.now();
  const message = tables.messages.insert({
    account_id: conversation.account_id,
    inbox_id: conversation.inbox_id,
    conversation_id: conversation.id,
    content: fields.content ?? null,
    message_type: fields.message_type,
    content_type: fields.content_type ?? 'text',
    content_attributes: fields.content_attributes ?? {},
    status: fields.status ?? 'sent',
    private: fields.private ?? false,
    source_id: fields.source_id ?? null,
    sender_type: fields.sender_type ?? null,
    sender_id: fields.sender_id ?? null,
    echo_id: fields.echo_id ?? null,
    additional_attributes: fields.additional_attributes ?? {},
    external_source_ids: {},
    attachments: fields.attachments ?? [],
    created_at: at,
    updated_at: at,
  });

  const changes: Partial<Conversation> = { updated_at: at };
  if (message.message_type !== 2 && !message.private) changes.last_activity_at = at;
  if (message.message_type === 0) {
    if (conversation.waiting_since === null) changes.waiting_since = at;
    if (conversation.status === 'resolved' || conversation.status === 'snoozed') {
      changes.status = 'open';
      changes.snoozed_until = null;
    }
    const contact = tables.contacts.get(conversation.contact_id);
    if (contact) tables.contacts.update(contact.id, { last_activity_at: at });
  }
  const humanReply = message.message_type === 1 && !message.private && message.sender_type === 'User';
  if (humanReply) {
    if (conversation.first_reply_created_at === null) changes.first_reply_created_at = at;
    changes.waiting_since = null;
  }
  tables.conversations.update(conversation.id, changes);
  return message;
}
