/**
 * Messages of a conversation (app/controllers/api/v1/accounts/conversations/messages_controller.rb,
 * app/finders/message_finder.rb, app/builders/messages/message_builder.rb, app/models/message.rb).
 */
import { findConversation } from '../domain/access';
import { uploadedAttachments } from '../domain/files';
import { buildMessage } from '../domain/message_builder';
import { findMessages } from '../domain/message_finder';
import { deleteMessage, retryMessage, updateMessageStatus } from '../domain/messages';
import { baseUrlOf, ok, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, HttpError, notFound } from '../http/errors';
import { present } from '../rails/casts';
import type { Conversation, Message } from '../store';
import { membershipOf, userPushView } from '../views/agent';
import { contactPushView } from '../views/contact';
import { messageView } from '../views/message';
import { isoOrNull } from '../views/time';

/** Message.statuses, as Messages::StatusUpdateService accepts them. */
const STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;

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
    payload: findMessages(tables, conversation, {
      before: ctx.query.before,
      after: ctx.query.after,
      filterInternalMessages: present(ctx.query.filter_internal_messages),
    }).map((m) => messageView(tables, m)),
  });
}

function create(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const files = uploadedAttachments(ctx.store, baseUrlOf(ctx), ctx.files, conversation.account_id);
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
