/**
 * What the web widget's visitor does to conversations and messages
 * (app/controllers/api/v1/widget/base_controller.rb and the widget controllers), through the same
 * model code as every other API: insertConversation, addMessage (Message's callbacks, reopen, events).
 */
import type { PendingEvent } from '../events/types';
import { blank, isHash, present, toI } from '../rails/casts';
import type { Contact, ContactInbox, Conversation, JsonObject, Message, Store, Tables } from '../store';
import { initialStatus } from './conversations';
import { RecordInvalid } from './errors';
import { messageErrors } from './message_builder';
import { addMessage } from './messages';
import { Errors, validateJsonbAttributesLength } from './validations';
import type { Scope } from './scope';
import { haikunate } from './public';
import { contactInboxFor, insertContact, insertConversation } from './records';

/**
 * BaseController#conversations: the visitor's conversations in the token's inbox — once the contact
 * inbox is hmac_verified, those of all the contact's verified contact inboxes of that inbox — oldest
 * first (`conversation` is the last one).
 */
export function widgetConversations(tables: Tables, contactInbox: ContactInbox): Conversation[] {
  if (!contactInbox.hmac_verified) {
    return tables.conversations
      .where('contactInbox', contactInbox.id)
      .filter((c) => c.inbox_id === contactInbox.inbox_id)
      .sort((a, b) => a.id - b.id);
  }
  const verified = new Set(
    tables.contactInboxes
      .where('contact', contactInbox.contact_id)
      .filter((ci) => ci.inbox_id === contactInbox.inbox_id && ci.hmac_verified)
      .map((ci) => ci.id),
  );
  return tables.conversations
    .where('contact', contactInbox.contact_id)
    .filter((c) => verified.has(c.contact_inbox_id))
    .sort((a, b) => a.id - b.id);
}

/** BaseController#conversation: `conversations.last`. */
export function widgetConversation(tables: Tables, contactInbox: ContactInbox): Conversation | undefined {
  const all = widgetConversations(tables, contactInbox);
  return all[all.length - 1];
}

/**
 * Channel::WebWidget#create_contact_inbox (ContactInboxWithContactBuilder): a new contact named by
 * Haikunator and its contact inbox with a uuid source id. contact_created is returned to record.
 */
export function createVisitor(
  scope: Scope,
  inboxId: number,
  additionalAttributes: JsonObject = {},
): { contactInbox: ContactInbox; contact: Contact; events: PendingEvent[] } {
  const { store, tables } = scope;
  const inbox = tables.inboxes.get(inboxId)!;
  const contact = insertContact(store, {
    account_id: inbox.account_id,
    name: haikunate(store),
    additional_attributes: additionalAttributes,
  });
  const contactInbox = contactInboxFor(store, contact, inbox, store.nextUuid());
  return { contactInbox, contact, events: [{ name: 'contact_created', data: { contactId: contact.id } }] };
}

/**
 * BaseController#create_conversation (`Conversation.create!(conversation_params)`): the visitor's new
 * conversation with the browser's details in additional_attributes and the given custom attributes.
 */
export function createWidgetConversation(
  store: Store,
  contactInbox: ContactInbox,
  attributes: { additional_attributes: JsonObject; custom_attributes: unknown },
): Conversation {
  const custom = isHash(attributes.custom_attributes) ? attributes.custom_attributes : {};
  const errors = new Errors();
  validateJsonbAttributesLength(errors, 'additional_attributes', attributes.additional_attributes);
  validateJsonbAttributesLength(errors, 'custom_attributes', custom);
  if (errors.any) throw new RecordInvalid(errors.list);
  const contact = store.tables.contacts.get(contactInbox.contact_id)!;
  return insertConversation(store, {
    contactInbox,
    status: initialStatus(store, contact, contactInbox.inbox_id, 'open'),
    additional_attributes: attributes.additional_attributes,
    custom_attributes: custom,
  });
}

/** The widget's message parameters (`message: [:content, :reply_to, :echo_id, ...]`). */
export interface WidgetMessageParams {
  content?: unknown;
  reply_to?: unknown;
  echo_id?: unknown;
}

/**
 * Message#ensure_in_reply_to (Messages::InReplyToMessageBuilder) for a widget message: a `reply_to`
 * names a message of the conversation (else in_reply_to becomes null), and in_reply_to_external_id
 * takes that message's source_id. Without one, `in_reply_to` is kept as sent (nil).
 */
function replyAttributes(tables: Tables, conversation: Conversation, replyTo: unknown): JsonObject {
  if (blank(replyTo) || typeof replyTo === 'object') return { in_reply_to: null };
  const id = toI(replyTo);
  const target = id === undefined ? undefined : tables.messages.get(id);
  const found = target && target.conversation_id === conversation.id ? target : undefined;
  return { in_reply_to: found?.id ?? null, in_reply_to_external_id: found?.source_id ?? null };
}

/**
 * `conversation.messages.new(message_params).save!` for the visitor: an incoming message from the
 * contact, validated as Message validates, added with Message's callbacks. Events come back to record.
 */
export function addWidgetMessage(
  scope: Scope,
  conversation: Conversation,
  contact: Contact,
  params: WidgetMessageParams,
  attachments: Message['attachments'] = [],
): { message: Message; events: PendingEvent[] } {
  const { content: raw, echo_id: echo } = params;
  const content = raw === undefined || raw === null || typeof raw === 'object' ? null : String(raw);
  const contentAttributes = replyAttributes(scope.tables, conversation, params.reply_to);
  const errors = messageErrors(scope, conversation, {
    content,
    content_type: 'text',
    content_attributes: contentAttributes,
  });
  if (errors.length) throw new RecordInvalid(errors);
  return addMessage(
    scope.store,
    conversation,
    {
      content,
      message_type: 0,
      content_type: 'text',
      content_attributes: contentAttributes,
      sender_type: 'Contact',
      sender_id: contact.id,
      echo_id: present(echo) && typeof echo !== 'object' ? String(echo) : null,
      attachments,
    },
    undefined,
  );
}
