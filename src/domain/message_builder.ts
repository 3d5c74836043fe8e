/**
 * Messages::MessageBuilder (app/builders/messages/message_builder.rb) for the Application API: reads
 * the message parameters in the builder's order, picks the sender, merges content and additional
 * attributes as it does, and runs Message's validations (ContentAttributeValidator, the content
 * length, the per-conversation flood limit) before anything is written.
 */
import { present, isHash, toI } from '../rails/casts';
import { MESSAGE_TYPES, type Conversation, type JsonObject, type Message, type MessageType } from '../store';
import { conversationMessages } from '../store/derived/message-order';
import { CouldNotCreate, type FieldError } from './errors';
import { addMessage, type AddedMessage } from './messages';
import { actingUser, actorOf, type Scope } from './scope';

/** Message.content_types (app/models/message.rb). */
export const CONTENT_TYPES = [
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

/** Message validations (lib/limits.rb, app/models/message.rb). */
const MAX_CONTENT_LENGTH = 150_000;
const MESSAGES_PER_MINUTE = 200;

/** The request's message parameters, as the builder reads them. */
export type MessageParams = Record<string, any>;

/** Builds, validates and adds a message; `attachments` are the uploaded files, already stored. */
export function buildMessage(
  scope: Scope,
  conversation: Conversation,
  params: MessageParams,
  attachments: Message['attachments'] = [],
): AddedMessage {
  const { tables, store } = scope;
  const inbox = tables.inboxes.get(conversation.inbox_id)!;

  // MessageBuilder#message_params, in its order: message_type (the API-inbox rule first), sender,
  // then the attributes assigned to the model (an unknown enum value raises ArgumentError).
  const typeName = present(params.message_type) ? String(params.message_type) : 'outgoing';
  if (inbox.channel.type !== 'Channel::Api' && typeName === 'incoming') {
    throw new CouldNotCreate('Incoming messages are only allowed in Api inboxes');
  }
  const messageType = MESSAGE_TYPES.indexOf(typeName as (typeof MESSAGE_TYPES)[number]);
  if (messageType < 0) throw new CouldNotCreate(`'${typeName}' is not a valid message_type`);
  const contentType = present(params.content_type) ? String(params.content_type) : 'text';
  if (!(CONTENT_TYPES as readonly string[]).includes(contentType)) {
    throw new CouldNotCreate(`'${contentType}' is not a valid content_type`);
  }

  const sender =
    typeName === 'outgoing' ? outgoingSender(scope, conversation, params) : contactSender(conversation);

  const given = contentAttributesParam(params.content_attributes);
  let contentAttributes: JsonObject = { ...given };
  if (present(given.automation_rule_id)) {
    // `.merge(automation_rule_id)` replaces the whole hash; items and in_reply_to are set again after.
    contentAttributes = { automation_rule_id: given.automation_rule_id };
    if (given.items != null) contentAttributes.items = given.items;
    if (given.in_reply_to != null) contentAttributes.in_reply_to = given.in_reply_to;
  }
  if (present(params.external_created_at)) contentAttributes.external_created_at = params.external_created_at;
  // `.merge(campaign_id).merge(template_params)`: the later one replaces additional_attributes.
  const additionalAttributes: JsonObject = present(params.template_params)
    ? { template_params: params.template_params }
    : present(params.campaign_id)
      ? { campaign_id: params.campaign_id }
      : {};
  const content = params.content === undefined || params.content === null ? null : String(params.content);

  // save! failures come back as "Validation failed: ..." (the builder's caller renders them so).
  const errors = messageErrors(scope, conversation, {
    content,
    content_type: contentType,
    content_attributes: contentAttributes,
  });
  if (errors.length)
    throw new CouldNotCreate(`Validation failed: ${errors.map((e) => e.message).join(', ')}`);

  return addMessage(
    store,
    conversation,
    {
      content,
      message_type: messageType as MessageType,
      content_type: contentType,
      content_attributes: contentAttributes,
      private: params.private === true,
      ...sender,
      source_id: present(params.source_id) ? String(params.source_id) : null,
      echo_id: present(params.echo_id) ? String(params.echo_id) : null,
      additional_attributes: additionalAttributes,
      attachments,
    },
    actorOf(scope),
  );
}

/** Message's validations, in the model's order, for a message about to be added to `conversation`. */
export function messageErrors(
  scope: Pick<Scope, 'tables' | 'store'>,
  conversation: Conversation,
  message: Pick<Message, 'content' | 'content_type' | 'content_attributes'>,
): FieldError[] {
  const errors: FieldError[] = [];
  const minuteAgo = scope.store.clock.peek() - 60_000;
  const messages = conversationMessages(scope.tables, conversation.id).byTime;
  if (countSince(messages, minuteAgo, MESSAGES_PER_MINUTE) >= MESSAGES_PER_MINUTE)
    errors.push({ attribute: 'base', message: 'Too many messages' });
  for (const text of contentAttributeErrors(message.content_type, message.content_attributes))
    errors.push({ attribute: 'content_attributes', message: text });
  const { content } = message;
  if (content !== null && content.length > MAX_CONTENT_LENGTH && [...content].length > MAX_CONTENT_LENGTH) {
    errors.push({
      attribute: 'content',
      message: `Content is too long (maximum is ${MAX_CONTENT_LENGTH} characters)`,
    });
  }
  return errors;
}

type Sender = Pick<Message, 'sender_type' | 'sender_id'>;

/** An outgoing message's sender: a named agent bot of the account, else `Current.user || @resource`. */
function outgoingSender(scope: Scope, conversation: Conversation, params: MessageParams): Sender {
  const requested =
    params.sender_type === 'AgentBot' ? scope.tables.agentBots.get(toI(params.sender_id) ?? 0) : undefined;
  const bot =
    requested && (requested.account_id === null || requested.account_id === conversation.account_id)
      ? requested
      : undefined;
  const user = actingUser(scope);
  const caller = scope.principal?.kind === 'bot' ? scope.principal.bot : undefined;
  if (bot) return { sender_type: 'AgentBot', sender_id: bot.id };
  if (user) return { sender_type: 'User', sender_id: user.id };
  return { sender_type: 'AgentBot', sender_id: caller?.id ?? null };
}

const contactSender = (conversation: Conversation): Sender => ({
  sender_type: 'Contact',
  sender_id: conversation.contact_id,
});

/**
 * How many of the conversation's messages were created at or after `since`, counting at most
 * `limit`: they are the newest by created_at, so the count scans back from the end, O(limit).
 */
function countSince(messages: readonly Message[], since: number, limit: number): number {
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && count < limit && messages[i].created_at >= since; i--) count++;
  return count;
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
