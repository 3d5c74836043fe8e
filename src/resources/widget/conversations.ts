/**
 * The web widget's conversation (app/controllers/api/v1/widget/conversations_controller.rb,
 * labels_controller.rb): the visitor's last conversation in the widget's inbox and what the visitor
 * does to it. Every change goes through the conversation model code the other APIs use.
 */
import { identifyContact } from '../../domain/contact_identify';
import { markSeenByContact, setLabels, updateConversation } from '../../domain/conversations';
import { contactTyping, resolveByContact } from '../../domain/public';
import { browserLanguage, browserParams } from '../../domain/widget';
import { addWidgetMessage, createWidgetConversation, widgetConversation } from '../../domain/widget_visitor';
import {
  empty,
  ok,
  recordEvent,
  recordEvents,
  type HandlerMap,
  type Reply,
  type RequestContext,
} from '../../http/context';
import { isHash } from '../../rails/casts';
import type { Conversation, JsonObject } from '../../store';
import {
  widgetConversationSummaryView,
  widgetConversationView,
  conversationRecordView,
} from '../../views/widget';
import { attributeKeys, visitor } from './contacts';

function header(ctx: RequestContext, name: string): string | undefined {
  const value = ctx.headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A hash parameter, or {} (strong parameters drop anything else). */
const hash = (value: unknown): JsonObject => (isHash(value) ? value : {});

/** A scalar parameter, or null. */
const scalar = (value: unknown) =>
  value === undefined || value === null || typeof value === 'object' ? null : (value as string | number);

/**
 * BaseController#conversation_params' additional_attributes: the browser's language and details
 * (the `browser` gem), the page (`referer`, sic) and the widget's timestamp.
 */
export function conversationAttributes(ctx: RequestContext, message: JsonObject): JsonObject {
  return {
    browser_language: browserLanguage(header(ctx, 'accept-language')),
    browser: { ...browserParams(header(ctx, 'user-agent')) },
    initiated_at: { timestamp: scalar(message.timestamp) },
    referer: scalar(message.referer_url),
  };
}

type WithConversation = ReturnType<typeof visitor> & { conversation: Conversation };

/**
 * Runs `action` on the visitor's last conversation; without one, Rails' `head :not_found`
 * (render_not_found_if_empty; the labels actions would fail on nil in Chatwoot and answer the same here).
 */
function onConversation(action: (ctx: RequestContext, context: WithConversation) => Reply) {
  return (ctx: RequestContext): Reply => {
    const context = visitor(ctx);
    const conversation = widgetConversation(ctx.tables, context.contactInbox);
    return conversation ? action(ctx, { ...context, conversation }) : empty(404);
  };
}

/** ConversationsController#index: the last conversation's summary, `{}` without one. */
function index(ctx: RequestContext) {
  const { contactInbox } = visitor(ctx);
  return ok(widgetConversationSummaryView(widgetConversation(ctx.tables, contactInbox)));
}

/**
 * ConversationsController#create: the contact takes the pre-chat details (ContactIdentifyAction keeping
 * a merged contact's name, invalid values discarded), then a new conversation with the first message.
 */
function create(ctx: RequestContext) {
  const { contact: visitorContact, contactInbox, params } = visitor(ctx);
  const contactParams = hash(params.contact);
  const message = hash(params.message);
  const email = typeof contactParams.email === 'string' ? contactParams.email.toLowerCase() : undefined;
  // contact_name: only for a contact with neither email, phone number nor identifier.
  const anonymous = !visitorContact.email && !visitorContact.phone_number && !visitorContact.identifier;
  const name = anonymous
    ? (scalar(contactParams.name) ?? (email ? email.split('@')[0] : undefined))
    : undefined;
  const identified = identifyContact(
    ctx,
    visitorContact,
    {
      email,
      phone_number: contactParams.phone_number,
      name,
      custom_attributes: contactParams.custom_attributes,
    },
    { retainOriginalName: true, discardInvalid: true },
  );
  // A merge moves the contact inbox to the surviving contact.
  const current = ctx.tables.contactInboxes.get(contactInbox.id)!;
  const conversation = createWidgetConversation(ctx.store, current, {
    additional_attributes: conversationAttributes(ctx, message),
    custom_attributes: params.custom_attributes,
  });
  const added = addWidgetMessage(ctx, conversation, identified.contact, {
    content: message.content,
    echo_id: message.echo_id,
  });
  recordEvents(ctx, identified.events);
  recordEvent(ctx, 'conversation_created', { conversationId: conversation.id });
  recordEvents(ctx, added.events);
  const stored = ctx.tables.conversations.get(conversation.id)!;
  return ok(widgetConversationView(ctx.tables, stored, [added.message]));
}

/** update_last_seen: `head :ok` also without a conversation. */
function updateLastSeen(ctx: RequestContext) {
  const { contactInbox } = visitor(ctx);
  const conversation = widgetConversation(ctx.tables, contactInbox);
  if (conversation) markSeenByContact(ctx, conversation);
  return empty();
}

/**
 * transcript: `head :too_many_requests` without a conversation (sic); the transcript goes to the
 * contact's own email — the fake records `conversation_transcript` instead of mailing — and nothing
 * happens when the contact has none.
 */
function transcript(ctx: RequestContext) {
  const { contactInbox } = visitor(ctx);
  const conversation = widgetConversation(ctx.tables, contactInbox);
  if (!conversation) return empty(429);
  const contact = ctx.tables.contacts.get(conversation.contact_id);
  if (contact?.email) {
    recordEvent(ctx, 'conversation_transcript', { conversationId: conversation.id, email: contact.email });
  }
  return empty();
}

/** toggle_typing: `on`/`off` dispatch the typing event with the contact; other values do nothing. */
const toggleTyping = onConversation((ctx, { conversation, contact, params }) => {
  contactTyping(ctx, conversation, contact.id, params.typing_status);
  return empty();
});

/** toggle_status: 403 unless the widget lets visitors end conversations; resolves, never reopens. */
const toggleStatus = onConversation((ctx, { conversation, contact, inbox }) => {
  if (!inbox.channel.feature_flags.includes('end_conversation')) return empty(403);
  resolveByContact(ctx, conversation, contact);
  return empty();
});

/** set_custom_attributes: the given hash replaces them (`update!`); no template, so 204. */
const setCustomAttributes = onConversation((ctx, { conversation, params }) => {
  updateConversation(ctx, conversation, { custom_attributes: hash(params.custom_attributes) });
  return empty(204);
});

/** destroy_custom_attributes: the named keys (`custom_attribute`) removed; `render json: conversation`. */
const destroyCustomAttributes = onConversation((ctx, { conversation, params }) => {
  const keys = attributeKeys(params.custom_attribute);
  const remaining = Object.fromEntries(
    Object.entries(conversation.custom_attributes).filter(([key]) => !keys.has(key)),
  );
  updateConversation(ctx, conversation, { custom_attributes: remaining });
  return ok(conversationRecordView(ctx.tables.conversations.get(conversation.id)!));
});

/** LabelsController#create: only a label the account has is added; `head :no_content`. */
const addLabel = onConversation((ctx, { conversation, params }) => {
  const title = scalar(params.label);
  const label =
    title === null
      ? undefined
      : ctx.tables.labels.where('account', conversation.account_id).find((l) => l.title === String(title));
  if (label && !conversation.labels.includes(label.title)) {
    setLabels(ctx, conversation, [...conversation.labels, label.title]);
  }
  return empty(204);
});

/** LabelsController#destroy: the label (the path's id) removed from the conversation. */
const removeLabel = onConversation((ctx, { conversation }) => {
  const title = String(ctx.params.id);
  if (conversation.labels.includes(title)) {
    setLabels(
      ctx,
      conversation,
      conversation.labels.filter((l: string) => l !== title),
    );
  }
  return empty(204);
});

export const handlers: HandlerMap = {
  listWidgetConversations: index,
  createWidgetConversation: create,
  updateWidgetConversationLastSeen: updateLastSeen,
  sendWidgetConversationTranscript: transcript,
  toggleWidgetConversationTyping: toggleTyping,
  toggleWidgetConversationStatus: toggleStatus,
  setWidgetConversationCustomAttributes: setCustomAttributes,
  destroyWidgetConversationCustomAttributes: destroyCustomAttributes,
  addWidgetLabel: addLabel,
  removeWidgetLabel: removeLabel,
};
