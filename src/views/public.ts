/**
 * The public client API's views (app/views/public/api/v1/**) and the raw model JSON some of its
 * actions render; the contact's are in views/contact.ts.
 */
import type { ApiChannel, Conversation, CsatSurveyResponse, Inbox, Message, Tables } from '../store';
import { contactRecordView } from './contact';
import { attachmentsView, senderView } from './message';
import { iso, unix, unixOrZero } from './time';

/** inboxes/show.json.jbuilder + models/_inbox.json.jbuilder */
export function publicInboxView(inbox: Inbox & { channel: ApiChannel }) {
  return {
    identifier: inbox.channel.identifier,
    identity_validation_enabled: inbox.channel.hmac_mandatory,
    name: inbox.name,
    timezone: inbox.timezone,
    working_hours: inbox.working_hours,
    working_hours_enabled: inbox.working_hours_enabled,
    csat_survey_enabled: inbox.csat_survey_enabled,
    greeting_enabled: inbox.greeting_enabled,
  };
}

/** models/_message.json.jbuilder (public) */
export function publicMessageView(tables: Tables, message: Message) {
  const conversation = tables.conversations.get(message.conversation_id)!;
  const sender = senderView(tables, message);
  return {
    id: message.id,
    content: message.content,
    message_type: message.message_type,
    content_type: message.content_type,
    content_attributes: message.content_attributes,
    created_at: unix(message.created_at),
    conversation_id: conversation.display_id,
    ...(message.attachments.length ? { attachments: attachmentsView(message) } : {}),
    ...(sender ? { sender } : {}),
  };
}

/** `messages.chat`: neither activity messages nor private notes; oldest first. */
export function chatMessages(tables: Tables, conversation: Conversation): Message[] {
  return tables.messages
    .where('conversation', conversation.id)
    .filter((m) => m.message_type !== 2 && !m.private)
    .sort((a, b) => a.created_at - b.created_at || a.id - b.id);
}

/** models/_conversation.json.jbuilder (public) */
export function publicConversationView(tables: Tables, conversation: Conversation) {
  const contact = tables.contacts.get(conversation.contact_id);
  return {
    id: conversation.display_id,
    uuid: conversation.uuid,
    inbox_id: conversation.inbox_id,
    contact_last_seen_at: unixOrZero(conversation.contact_last_seen_at),
    status: conversation.status,
    agent_last_seen_at: unixOrZero(conversation.agent_last_seen_at),
    messages: chatMessages(tables, conversation).map((m) => publicMessageView(tables, m)),
    contact: contact ? contactRecordView(contact) : null,
  };
}

/** CsatSurveyResponse#as_json: every column, in schema order. */
export function csatResponseRecordView(response: CsatSurveyResponse) {
  return {
    id: response.id,
    account_id: response.account_id,
    conversation_id: response.conversation_id,
    message_id: response.message_id,
    rating: response.rating,
    feedback_message: response.feedback_message,
    contact_id: response.contact_id,
    assigned_agent_id: response.assigned_agent_id,
    created_at: iso(response.created_at),
    updated_at: iso(response.updated_at),
  };
}

/** models/_csat_survey.json.jbuilder: the input_csat message with its response. */
export function csatSurveyView(tables: Tables, message: Message) {
  const inbox = tables.inboxes.get(message.inbox_id);
  const account = tables.accounts.get(message.account_id);
  const response = tables.csatSurveyResponses.findBy('message', message.id);
  return {
    id: message.id,
    csat_survey_response: response ? csatResponseRecordView(response) : null,
    // resource.inbox.csat_config: the fake's inboxes have none.
    display_type: 'emoji',
    content: null,
    inbox_avatar_url: inbox?.avatar_url ?? '',
    inbox_name: inbox?.name ?? '',
    locale: account?.locale ?? 'en',
    conversation_id: message.conversation_id,
    created_at: iso(message.created_at),
  };
}
