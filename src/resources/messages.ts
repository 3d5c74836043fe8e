/**
 * Messages of a conversation (app/controllers/api/v1/accounts/conversations/messages_controller.rb,
 * app/finders/message_finder.rb, app/builders/messages/message_builder.rb, app/models/message.rb).
 */
import { findConversation } from '../domain/access';
import { uploadedAttachments } from '../domain/files';
import { addMessage } from '../domain/messages';
import { actingUser, actorOf, ok, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, HttpError, notFound } from '../http/errors';
import { isHash, present, toI } from '../rails/casts';
import { MESSAGE_TYPES, type Conversation, type JsonObject, type Message, type MessageType } from '../store';
import { membershipOf, userPushView } from '../views/agent';
import { contactPushView } from '../views/contact';
import { conversationMessages } from '../store/derived/message-order';
import { messageView } from '../views/message';
import { isoOrNull } from '../views/time';

/** Message.content_types (app/models/message.rb). */
const CONTENT_TYPES = [
  'text',
  'input_text',
  'input_textarea',
  'input_email',
  'input_select',
  'cards',
  'form',
  'article',
  'incoming_email',
  'input_csat',
  'integrations',
  'sticker',
] as const;

/** Message.statuses, as Messages::StatusUpdateService accepts them. */
const STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;

/** MessageFinder's page sizes. */
const LATEST = 20;
const BEFORE = 20;
const AFTER = 100;
const BETWEEN = 1000;

/** Messages::MessageBuilder / Message validations (lib/limits.rb, app/models/message.rb). */
const MAX_CONTENT_LENGTH = 150_000;
const MESSAGES_PER_MINUTE = 200;

/** I18n conversations.messages.deleted */
const DELETED_CONTENT = 'This message was deleted';

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

/**
 * How many of the conversation's messages were created at or after `since`, counting at most
 * `limit`: they are the newest by created_at, so the count scans back from the end, O(limit).
 */
function countSince(messages: readonly Message[], since: number, limit: number): number {
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && count < limit && messages[i].created_at >= since; i--) count++;
  return count;
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

/** MessageBuilder#content_attributes: a hash, or a JSON string of one; anything else counts as empty. */
function contentAttributesParam(value: unknown): JsonObject {
  if (typeof value === 'string') {
    try {
      const parsed = JSON.parse(value);
      return isHash(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return isHash(value) ? value : {};
}

/** Ruby's Array#inspect of symbols, as ContentAttributeValidator prints invalid keys: [:foo, :"a-b"]. */
function symbolList(keys: string[]): string {
  return `[${keys.map((k) => (/^[A-Za-z_][A-Za-z0-9_]*[?!]?$/.test(k) ? `:${k}` : `:${JSON.stringify(k)}`)).join(', ')}]`;
}

const ITEM_KEYS: Record<string, string[]> = {
  input_select: ['title', 'value'],
  cards: ['title', 'description', 'media_url', 'actions'],
  form: [
    'type',
    'placeholder',
    'label',
    'name',
    'options',
    'default',
    'required',
    'pattern',
    'title',
    'pattern_error',
  ],
  article: ['title', 'description', 'link'],
};
const CARD_ACTION_KEYS = ['text', 'type', 'payload', 'uri'];

/** ContentAttributeValidator (app/validators/content_attribute_validator.rb), its messages verbatim. */
function contentAttributeErrors(contentType: string, attributes: JsonObject): string[] {
  const allowed = ITEM_KEYS[contentType];
  if (!allowed) return [];
  const errors: string[] = [];
  const items = attributes.items;
  if (!present(items) || !Array.isArray(items)) {
    errors.push('Content attributes At least one item is required.');
    return errors;
  }
  const hashes = items.filter((i): i is JsonObject => isHash(i));
  if (hashes.length !== items.length) errors.push('Content attributes Items should be a hash.');
  const invalid = hashes.flatMap((i) => Object.keys(i)).filter((k) => !allowed.includes(k));
  if (invalid.length)
    errors.push(`Content attributes contains invalid keys for items : ${symbolList(invalid)}`);
  if (contentType === 'cards') {
    if (hashes.some((i) => !present(i.actions))) {
      errors.push('Content attributes contains items missing actions');
    } else {
      const actionKeys = hashes
        .flatMap((i) => (Array.isArray(i.actions) ? i.actions : []))
        .flatMap((a) => (isHash(a) ? Object.keys(a) : []))
        .filter((k) => !CARD_ACTION_KEYS.includes(k));
      if (actionKeys.length) {
        errors.push(`Content attributes contains invalid keys for actions:  ${symbolList(actionKeys)}`);
      }
    }
  }
  return errors;
}

function create(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const { tables, store } = ctx;
  const body: Record<string, any> = ctx.body ?? {};
  const inbox = tables.inboxes.get(conversation.inbox_id)!;

  // MessageBuilder#message_params, in its order: message_type (the API-inbox rule first), sender,
  // then the attributes assigned to the model (an unknown enum value raises ArgumentError).
  const typeName = present(body.message_type) ? String(body.message_type) : 'outgoing';
  if (inbox.channel.type !== 'Channel::Api' && typeName === 'incoming') {
    throw couldNotCreate('Incoming messages are only allowed in Api inboxes');
  }
  const messageType = MESSAGE_TYPES.indexOf(typeName as (typeof MESSAGE_TYPES)[number]);
  if (messageType < 0) throw couldNotCreate(`'${typeName}' is not a valid message_type`);
  const contentType = present(body.content_type) ? String(body.content_type) : 'text';
  if (!(CONTENT_TYPES as readonly string[]).includes(contentType)) {
    throw couldNotCreate(`'${contentType}' is not a valid content_type`);
  }

  let sender: Pick<Message, 'sender_type' | 'sender_id'>;
  if (typeName === 'outgoing') {
    const requestedBot =
      body.sender_type === 'AgentBot' ? tables.agentBots.get(toI(body.sender_id) ?? 0) : undefined;
    const bot =
      requestedBot &&
      (requestedBot.account_id === null || requestedBot.account_id === conversation.account_id)
        ? requestedBot
        : undefined;
    // `Current.user || @resource`: the acting user, or the agent bot whose token this is.
    const user = actingUser(ctx);
    const caller = ctx.principal?.kind === 'bot' ? ctx.principal.bot : undefined;
    if (bot) sender = { sender_type: 'AgentBot', sender_id: bot.id };
    else if (user) sender = { sender_type: 'User', sender_id: user.id };
    else sender = { sender_type: 'AgentBot', sender_id: caller?.id ?? null };
  } else {
    sender = { sender_type: 'Contact', sender_id: conversation.contact_id };
  }

  const given = contentAttributesParam(body.content_attributes);
  let contentAttributes: JsonObject = { ...given };
  if (present(given.automation_rule_id)) {
    // `.merge(automation_rule_id)` replaces the whole hash; items and in_reply_to are set again after.
    contentAttributes = { automation_rule_id: given.automation_rule_id };
    if (given.items != null) contentAttributes.items = given.items;
    if (given.in_reply_to != null) contentAttributes.in_reply_to = given.in_reply_to;
  }
  if (present(body.external_created_at)) contentAttributes.external_created_at = body.external_created_at;
  // `.merge(campaign_id).merge(template_params)`: the later one replaces additional_attributes.
  const additionalAttributes: JsonObject = present(body.template_params)
    ? { template_params: body.template_params }
    : present(body.campaign_id)
      ? { campaign_id: body.campaign_id }
      : {};
  const content = body.content === undefined || body.content === null ? null : String(body.content);

  // Model validations, in Message's order; save! failures come back as "Validation failed: ...".
  const errors: string[] = [];
  const minuteAgo = store.clock.peek() - 60_000;
  const recent = countSince(sortedMessages(ctx, conversation), minuteAgo, MESSAGES_PER_MINUTE);
  if (recent >= MESSAGES_PER_MINUTE) errors.push('Too many messages');
  errors.push(...contentAttributeErrors(contentType, contentAttributes));
  if (content !== null && content.length > MAX_CONTENT_LENGTH && [...content].length > MAX_CONTENT_LENGTH) {
    errors.push(`Content is too long (maximum is ${MAX_CONTENT_LENGTH} characters)`);
  }
  if (errors.length) throw couldNotCreate(`Validation failed: ${errors.join(', ')}`);

  const { message, events } = addMessage(
    store,
    conversation,
    {
      content,
      message_type: messageType as MessageType,
      content_type: contentType,
      content_attributes: contentAttributes,
      private: body.private === true,
      ...sender,
      source_id: present(body.source_id) ? String(body.source_id) : null,
      echo_id: present(body.echo_id) ? String(body.echo_id) : null,
      additional_attributes: additionalAttributes,
      attachments: uploadedAttachments(
        ctx.store,
        ctx.baseUrl ?? 'http://127.0.0.1:3000',
        ctx.files,
        conversation.account_id,
      ),
    },
    actorOf(ctx),
  );
  for (const event of events) recordEvent(ctx, event.name, event.data);
  return ok(messageView(tables, message, { echo: true }));
}

function findMessage(ctx: RequestContext, conversation: Conversation): Message {
  const message = ctx.tables.messages.get(Number(ctx.params.message_id));
  if (!message || message.conversation_id !== conversation.id) throw notFound();
  return message;
}

/** Soft delete (MessagesController#destroy). */
function remove(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const message = findMessage(ctx, conversation);
  const updated = ctx.tables.messages.update(message.id, {
    content: DELETED_CONTENT,
    content_type: 'text',
    content_attributes: { deleted: true },
    attachments: [],
    updated_at: ctx.store.clock.now(),
  });
  recordEvent(ctx, 'message_updated', { messageId: updated.id, conversationId: conversation.id });
  return ok(messageView(ctx.tables, updated));
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
  const valid = (STATUSES as readonly unknown[]).includes(status);
  if (!valid || (message.status === 'read' && status === 'delivered')) {
    return ok(messageView(ctx.tables, message));
  }
  const externalError = status === 'failed' ? (ctx.body?.external_error ?? null) : null;
  const attributes = { ...message.content_attributes };
  // A store accessor writes the key only when the value differs from what it reads.
  if ((attributes.external_error ?? null) !== externalError) attributes.external_error = externalError;
  const changed =
    message.status !== status || JSON.stringify(attributes) !== JSON.stringify(message.content_attributes);
  if (!changed) return ok(messageView(ctx.tables, message));
  const updated = ctx.tables.messages.update(message.id, {
    status: status as Message['status'],
    content_attributes: attributes,
    updated_at: ctx.store.clock.now(),
  });
  recordEvent(ctx, 'message_updated', { messageId: updated.id, conversationId: conversation.id });
  return ok(messageView(ctx.tables, updated));
}

export const handlers: HandlerMap = {
  listMessages: list,
  createMessage: create,
  updateMessage: updateStatus,
  replaceMessage: updateStatus,
  deleteMessage: remove,
};
