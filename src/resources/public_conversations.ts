/**
 * Public client API: a contact's conversations
 * (app/controllers/public/api/v1/inboxes/conversations_controller.rb, ConversationBuilder).
 */
import { initialStatus, markSeenByContact } from '../domain/conversations';
import {
  contactTyping,
  findPublicContactInbox,
  findPublicInbox,
  publicConversationContext,
  publicConversations,
  resolveByContact,
} from '../domain/public';
import { insertConversation } from '../domain/records';
import { publicParams } from '../http/params';
import { empty, ok, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { isHash } from '../rails/casts';
import { publicConversationView } from '../views/public';

function list(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  return ok(publicConversations(ctx, contactInbox).map((c) => publicConversationView(ctx.tables, c)));
}

/** ConversationBuilder with `custom_attributes` only. */
function create(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  const { tables, store } = ctx;
  // look_up_exising_conversation
  if (inbox.lock_to_single_conversation) {
    const existing = tables.conversations.where('contactInbox', contactInbox.id)[0];
    if (existing) return ok(publicConversationView(tables, existing));
  }
  const params = publicParams(ctx);
  const contact = tables.contacts.get(contactInbox.contact_id)!;
  const conversation = insertConversation(store, {
    contactInbox,
    status: initialStatus(store, contact, inbox.id, 'open'),
    custom_attributes: isHash(params.custom_attributes) ? params.custom_attributes : {},
  });
  recordEvent(ctx, 'conversation_created', { conversationId: conversation.id });
  return ok(publicConversationView(tables, conversation));
}

function show(ctx: RequestContext) {
  const { conversation } = publicConversationContext(ctx, ctx.params);
  return ok(publicConversationView(ctx.tables, conversation));
}

/** Resolves (never reopens), with the contact as Current.contact. */
function toggleStatus(ctx: RequestContext) {
  const { conversation, contact } = publicConversationContext(ctx, ctx.params);
  resolveByContact(ctx, conversation, contact);
  return ok(publicConversationView(ctx.tables, ctx.tables.conversations.get(conversation.id)!));
}

/** trigger_typing_event: `user: @conversation.contact`; other values do nothing. */
function toggleTyping(ctx: RequestContext) {
  const { conversation } = publicConversationContext(ctx, ctx.params);
  contactTyping(ctx, conversation, conversation.contact_id, publicParams(ctx).typing_status);
  return empty();
}

/** Chatwoot's update_last_seen for the contact (domain/conversations: markSeenByContact). */
function updateLastSeen(ctx: RequestContext) {
  const { conversation } = publicConversationContext(ctx, ctx.params);
  markSeenByContact(ctx, conversation);
  return empty();
}

export const handlers: HandlerMap = {
  listPublicConversations: list,
  createPublicConversation: create,
  getPublicConversation: show,
  togglePublicConversationStatus: toggleStatus,
  togglePublicConversationTyping: toggleTyping,
  updatePublicConversationLastSeen: updateLastSeen,
};
