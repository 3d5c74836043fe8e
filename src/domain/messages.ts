/**
 * Creating a message with everything Chatwoot's Message#after_create_commit sets off
 * (app/models/message.rb): the row and its column callbacks (insertMessage), the reopen of a
 * resolved/snoozed conversation as a real conversation change (status activity message, events), and
 * the domain events in Chatwoot's order. Shared by every API that creates messages.
 */
import type { PendingEvent } from '../events/types';
import type { Conversation, JsonObject, Message, Store } from '../store';
import {
  addParticipant,
  canParticipate,
  changeConversation,
  changeEvents,
  type Actor,
} from './conversations';
import { changedAttributes, changeRecord, type ChangedAttributes } from './changes';
import { insertMessage, reopenStatus, type NewMessage } from './records';

export interface AddedMessage {
  message: Message;
  /** Domain events to record, in the order Chatwoot dispatches them. */
  events: PendingEvent[];
}

/** Columns insertMessage's reply callbacks change with `update!` (so conversation_updated fires). */
const REPLY_KEYS = ['waiting_since', 'first_reply_created_at'] as const;

/**
 * Adds a message to a conversation. `caller` is Chatwoot's Current.user (the user or agent bot whose
 * token sent the request; undefined for the public APIs).
 */
export function addMessage(
  store: Store,
  conversation: Conversation,
  fields: NewMessage,
  caller: Actor | undefined,
): AddedMessage {
  const { tables } = store;
  const before = { ...conversation };
  const message = insertMessage(store, conversation, { ...fields, skipReopen: true });
  const afterInsert = { ...tables.conversations.get(conversation.id)! };

  // reopen_conversation runs first in Chatwoot. An API inbox's reopen by the contact is marked as the
  // system's ("Current.executed_by = sender if reopened_by_contact?"); otherwise the caller made it.
  const target = reopenStatus(store, before, message);
  let reopen;
  if (target) {
    const inbox = tables.inboxes.get(conversation.inbox_id);
    const byContact =
      before.status === 'resolved' &&
      target === 'open' &&
      inbox?.channel.type === 'Channel::Api' &&
      !message.private &&
      message.sender_type === 'Contact';
    const contact = byContact ? tables.contacts.get(message.sender_id!) : undefined;
    const actor: Actor | undefined = contact
      ? { type: 'Contact', id: contact.id, name: contact.name, executedBy: true }
      : caller;
    reopen = changeConversation(store, tables.conversations.get(conversation.id)!, { status: target }, actor);
  }
  const reopenEvents = reopen ? changeEvents(reopen) : [];

  const events: AddedMessage['events'] = reopenEvents.filter((e) => e.name !== 'message_created');
  events.push({ name: 'message_created', data: { messageId: message.id, conversationId: conversation.id } });
  // first reply / waiting_since: conversation.update!, hence conversation_updated with those columns.
  const changed = changedAttributes(before, afterInsert, REPLY_KEYS);
  if (Object.keys(changed).length) {
    changed.updated_at = { previous_value: before.updated_at, current_value: afterInsert.updated_at };
    events.push({
      name: 'conversation_updated',
      data: { conversationId: conversation.id, changedAttributes: changed },
    });
  }
  // The status activity message comes from a job, after the message.
  events.push(...reopenEvents.filter((e) => e.name === 'message_created'));
  addMentionedParticipants(store, message);
  return { message, events };
}

/**
 * Messages::MentionService: the users a private note mentions — `(mention://user/<id>/<name>)` links,
 * kept when the user is an administrator or a member of the inbox — become participants.
 */
function addMentionedParticipants(store: Store, message: Message): void {
  if (!message.private || !message.content) return;
  const ids = new Set<number>();
  for (const m of message.content.matchAll(/\(mention:\/\/(user|team)\/(\d+)\/(.+?)\)/g))
    ids.add(Number(m[2]));
  const conversation = store.tables.conversations.get(message.conversation_id);
  if (!conversation) return;
  for (const userId of ids) {
    if (canParticipate(store, conversation, userId)) addParticipant(store, conversation, userId);
  }
}

/**
 * Messages::StatusUpdateService#perform (newest upstream): the status must be a Message status and a
 * read message never goes back to delivered; then `update!(status:, external_error:)`, where
 * `external_error` is a content_attributes store accessor — set for `failed`, cleared otherwise (a
 * missing key stays missing). Message#dispatch_update_event skips an update that changed nothing
 * (`previous_changes.blank?`): then nothing is written and no event is returned.
 */
export function updateMessageStatus(
  store: Store,
  message: Message,
  status: Message['status'],
  externalError: string | null = null,
): { message: Message; events: AddedMessage['events'] } {
  const { tables } = store;
  const current = tables.messages.get(message.id);
  if (!current || (current.status === 'read' && status === 'delivered')) {
    return { message: current ?? message, events: [] };
  }
  const error = status === 'failed' ? externalError : null;
  const attributes = current.content_attributes;
  const errorChanged = (attributes.external_error ?? null) !== error;
  const { record: updated, changes } = changeRecord(store, tables.messages, current, {
    status,
    content_attributes: errorChanged ? { ...attributes, external_error: error } : attributes,
  });
  if (!Object.keys(changes).length) return { message: current, events: [] };
  return { message: updated, events: [messageUpdated(current, changes)] };
}

/**
 * MessagesController#retry (upstream): Messages::StatusUpdateService(message, 'sent') — which clears
 * `external_error` — then `update!(content_attributes: {})`, each save announced as its own
 * message_updated; then SendReplyJob, which sends nothing for the channels the fake has (an API or
 * web-widget inbox's messages go out through the message_created webhook only).
 */
export function retryMessage(store: Store, message: Message): { message: Message; events: PendingEvent[] } {
  const sent = updateMessageStatus(store, message, 'sent');
  const cleared = updateContentAttributes(store, sent.message, {});
  return { message: cleared.message, events: [...sent.events, ...cleared.events] };
}

/**
 * `message.update!(content_attributes: attributes)`: written, and announced by `message_updated`, only
 * when it changes something (Message#dispatch_update_event; the CSAT listener reacts to an answer).
 */
export function updateContentAttributes(
  store: Store,
  message: Message,
  attributes: JsonObject,
): { message: Message; events: PendingEvent[] } {
  const { record, changes } = changeRecord(store, store.tables.messages, message, {
    content_attributes: attributes,
  });
  return { message: record, events: Object.keys(changes).length ? [messageUpdated(record, changes)] : [] };
}

/** The `message_updated` event of a saved change. */
function messageUpdated(message: Message, changes: ChangedAttributes): PendingEvent {
  return {
    name: 'message_updated',
    data: { messageId: message.id, conversationId: message.conversation_id, changedAttributes: changes },
  };
}

/** I18n conversations.messages.deleted */
const DELETED_CONTENT = 'This message was deleted';

/**
 * MessagesController#destroy: a soft delete — `update!(content: deleted, content_type: :text,
 * content_attributes: { deleted: true })` and the attachments destroyed — announced as an update.
 */
export function deleteMessage(store: Store, message: Message): { message: Message; events: PendingEvent[] } {
  const at = store.clock.now();
  const changes: Partial<Message> = {
    content: DELETED_CONTENT,
    content_type: 'text',
    content_attributes: { deleted: true },
    attachments: [],
    updated_at: at,
  };
  // The attachments are rows of their own table: not among the message's previous_changes.
  const changed = changedAttributes(message, { ...message, ...changes }, [
    'content',
    'content_type',
    'content_attributes',
    'updated_at',
  ]);
  const updated = store.tables.messages.update(message.id, changes);
  return { message: updated, events: [messageUpdated(message, changed)] };
}

const DAY = 86_400_000;

/**
 * check_csat_locked (Public::Api::V1::CsatSurveyController and Inboxes::MessagesController#update): an
 * input_csat message sent more than 14 days ago can no longer be answered, counted in calendar days
 * (`(Time.zone.now.to_date - @message.created_at.to_date).to_i > 14`) on the store's clock.
 */
export function csatSurveyLocked(store: Store, message: Message): boolean {
  if (message.content_type !== 'input_csat') return false;
  const days = Math.floor(store.clock.peek() / DAY) - Math.floor(message.created_at / DAY);
  return days > 14;
}
