/**
 * Messages of a conversation (app/controllers/api/v1/accounts/conversations/messages_controller.rb,
 * app/finders/message_finder.rb, app/builders/messages/message_builder.rb, app/models/message.rb).
 */
import { findConversation } from '../domain/access';
import { uploadedAttachments } from '../domain/files';
import { buildMessage } from '../domain/message_builder';
import { deleteMessage, retryMessage, updateMessageStatus } from '../domain/messages';
import { ok, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, HttpError, notFound } from '../http/errors';
import { present, toI } from '../rails/casts';
import type { Conversation, Message } from '../store';
import { membershipOf, userPushView } from '../views/agent';
import { contactPushView } from '../views/contact';
import { conversationMessages } from '../store/derived/message-order';
import { messageView } from '../views/message';
import { isoOrNull } from '../views/time';

/** Message.statuses, as Messages::StatusUpdateService accepts them. */
const STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;

/** MessageFinder's page sizes. */
const LATEST = 20;
const BEFORE = 20;
const AFTER = 100;
const BETWEEN = 1000;

/**
 * The conversation's messages in Chatwoot's order (created_at, then id), from the per-conversation
 * cache (store/derived/message-order.ts): read it at once, never keep it across a write.
 */
function sortedMessages(ctx: RequestContext, conversation: Conversation): readonly Message[] {
  return conversationMessages(ctx.tables, conversation.id).byTime;
}

/** MessageFinder#current_messages: the latest 20, or a window around the `before`/`after` ids. */
function findMessages(ctx: RequestContext, conversation: Conversation): Message[] {
  const all = sortedMessages(ctx, conversation);
  const internal = present(ctx.query.filter_internal_messages);
  const shown = (m: Message) => !internal || (!m.private && m.message_type !== 2);
  const { before, after } = ctx.query;
  if (present(after) && present(before)) {
    const [from, to] = [toI(after) ?? 0, toI(before) ?? 0];
    return firstN(all, BETWEEN, (m) => m.id >= from && m.id < to && shown(m));
  }
  if (present(before)) {
    const to = toI(before) ?? 0;
    return lastN(all, BEFORE, (m) => m.id < to && shown(m));
  }
  if (present(after)) {
    const from = toI(after) ?? 0;
    return firstN(all, AFTER, (m) => m.id > from && shown(m));
  }
  return internal ? lastN(all, LATEST, shown) : all.slice(-LATEST);
}

/** The first `n` messages matching `keep`, in order. */
function firstN(messages: readonly Message[], n: number, keep: (m: Message) => boolean): Message[] {
  const out: Message[] = [];
  for (let i = 0; i < messages.length && out.length < n; i++) if (keep(messages[i])) out.push(messages[i]);
  return out;
}

/** The last `n` messages matching `keep`, oldest first, scanning from the newest. */
function lastN(messages: readonly Message[], n: number, keep: (m: Message) => boolean): Message[] {
  const out: Message[] = [];
  for (let i = messages.length - 1; i >= 0 && out.length < n; i--)
    if (keep(messages[i])) out.push(messages[i]);
  return out.reverse();
}

function list(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const { tables } = ctx;
  const contact = tables.contacts.get(conversation.contact_id)!;
  const assignee = conversation.assignee_id ? tables.users.get(conversation.assignee_id) : undefined;
  return ok({
    meta: {
      labels: conversation.labels,
      additional_attributes: conversation.additional_attributes,
      contact: contactPushView(contact),
      ...(assignee
        ? { assignee: userPushView(assignee, membershipOf(tables, conversation.account_id, assignee.id)) }
        : {}),
      agent_last_seen_at: isoOrNull(conversation.agent_last_seen_at),
      assignee_last_seen_at: isoOrNull(conversation.assignee_last_seen_at),
    },
    payload: findMessages(ctx, conversation).map((m) => messageView(tables, m)),
  });
}

function create(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const files = uploadedAttachments(
    ctx.store,
    ctx.baseUrl ?? 'http://127.0.0.1:3000',
    ctx.files,
    conversation.account_id,
  );
  const { message, events } = buildMessage(ctx, conversation, ctx.body ?? {}, files);
  for (const event of events) recordEvent(ctx, event.name, event.data);
  return ok(messageView(ctx.tables, message, { echo: true }));
}

function findMessage(ctx: RequestContext, conversation: Conversation): Message {
  const message = ctx.tables.messages.get(Number(ctx.params.message_id));
  if (!message || message.conversation_id !== conversation.id) throw notFound();
  return message;
}

/** Soft delete (MessagesController#destroy). */
function remove(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const { message, events } = deleteMessage(ctx.store, findMessage(ctx, conversation));
  for (const event of events) recordEvent(ctx, event.name, event.data);
  return ok(messageView(ctx.tables, message));
}

/**
 * MessagesController#retry. Its `rescue StandardError` turns a message the conversation does not have
 * (RecordNotFound) into a 422 with the exception's message; an unknown conversation is still the 404
 * of the controller's before_action.
 */
function retry(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const id = ctx.params.message_id;
  const found = ctx.tables.messages.get(Number(id));
  if (!found || found.conversation_id !== conversation.id) {
    throw couldNotCreate(`Couldn't find Message with 'id'=${id} [WHERE "messages"."conversation_id" = $1]`);
  }
  const { message, events } = retryMessage(ctx.store, found);
  for (const event of events) recordEvent(ctx, event.name, event.data);
  return ok(messageView(ctx.tables, message));
}

/** MessagesController#update → Messages::StatusUpdateService (API inboxes only). */
function updateStatus(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const inbox = ctx.tables.inboxes.get(conversation.inbox_id)!;
  if (inbox.channel.type !== 'Channel::Api') {
    throw new HttpError(403, { error: 'Message status update is only allowed for API inboxes' });
  }
  const message = findMessage(ctx, conversation);
  const status = ctx.body?.status;
  if (!(STATUSES as readonly unknown[]).includes(status)) return ok(messageView(ctx.tables, message));
  const externalError = ctx.body?.external_error ?? null;
  const updated = updateMessageStatus(ctx.store, message, status, externalError);
  for (const event of updated.events) recordEvent(ctx, event.name, event.data);
  return ok(messageView(ctx.tables, updated.message));
}

export const handlers: HandlerMap = {
  listMessages: list,
  createMessage: create,
  updateMessage: updateStatus,
  replaceMessage: updateStatus,
  deleteMessage: remove,
  retryMessage: retry,
};
