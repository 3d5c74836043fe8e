/**
 * The global search's partials (app/views/api/v1/accounts/search/): a conversation result
 * (_conversation_search_result: first message, contact, inbox and assignee, each `{}` when absent),
 * the slim contact, inbox and agent, the message (the REST message partial) and the article.
 */
import type { Article, Contact, Conversation, Inbox, Tables } from '../store';
import { membershipOf } from './agent';
import { messageView } from './message';
import { unix, unixOrNull } from './time';

/** _contact.json.jbuilder */
export function searchContactView(contact: Contact) {
  return {
    email: contact.email,
    id: contact.id,
    name: contact.name,
    phone_number: contact.phone_number,
    identifier: contact.identifier,
    additional_attributes: contact.additional_attributes,
    last_activity_at: unixOrNull(contact.last_activity_at),
  };
}

/** _inbox.json.jbuilder */
export function searchInboxView(inbox: Inbox) {
  return { id: inbox.id, channel_id: inbox.channel_id, name: inbox.name, channel_type: inbox.channel.type };
}

/** _conversation_search_result.json.jbuilder */
export function searchConversationView(tables: Tables, conversation: Conversation) {
  const first = tables.messages.where('conversation', conversation.id)[0];
  const contact = tables.contacts.get(conversation.contact_id);
  const inbox = tables.inboxes.get(conversation.inbox_id);
  const assignee = conversation.assignee_id !== null ? tables.users.get(conversation.assignee_id) : undefined;
  const membership = assignee ? membershipOf(tables, conversation.account_id, assignee.id) : undefined;
  return {
    id: conversation.display_id,
    account_id: conversation.account_id,
    created_at: unix(conversation.created_at),
    message: first ? messageView(tables, first) : {},
    contact: contact ? searchContactView(contact) : {},
    inbox: inbox ? searchInboxView(inbox) : {},
    agent: assignee
      ? {
          id: assignee.id,
          available_name: assignee.display_name || assignee.name,
          email: assignee.email,
          name: assignee.name,
          role: membership?.role ?? null,
        }
      : {},
  };
}

/** _article.json.jbuilder */
export function searchArticleView(tables: Tables, article: Article) {
  const portal = tables.portals.get(article.portal_id);
  const category = article.category_id !== null ? tables.categories.get(article.category_id) : undefined;
  return {
    id: article.id,
    title: article.title,
    locale: article.locale,
    content: article.content,
    slug: article.slug,
    portal_slug: portal?.slug ?? null,
    account_id: article.account_id,
    category_name: category?.name ?? null,
    status: article.status,
    updated_at: unix(article.updated_at),
  };
}
