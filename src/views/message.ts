import type { Conversation, Message, Tables } from '../store';
import { membershipOf, userPushView } from './agent';
import { contactPushView } from './contact';
import { iso, unix, unixOrNull } from './time';

/** The sender as Chatwoot's push_event_data renders it (user, contact or agent bot). */
export function senderView(tables: Tables, message: Message) {
  if (message.sender_id === null) return undefined;
  switch (message.sender_type) {
    case 'User': {
      const user = tables.users.get(message.sender_id);
      return user ? userPushView(user, membershipOf(tables, message.account_id, user.id)) : undefined;
    }
    case 'Contact': {
      const contact = tables.contacts.get(message.sender_id);
      return contact ? contactPushView(contact) : undefined;
    }
    case 'AgentBot': {
      const bot = tables.agentBots.get(message.sender_id);
      return bot
        ? { id: bot.id, name: bot.name, avatar_url: bot.avatar_url ?? '', type: 'agent_bot' }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** Attachment#push_event_data of each of the message's attachments. */
export function attachmentsView(message: Message) {
  return message.attachments.map((a) => ({
    id: a.id,
    message_id: message.id,
    file_type: a.file_type,
    account_id: message.account_id,
    extension: a.extension,
    data_url: a.data_url,
    thumb_url: a.thumb_url,
    file_size: a.file_size,
    width: a.width,
    height: a.height,
  }));
}

export interface MessageViewOptions {
  /**
   * Render `echo_id`. Chatwoot's echo_id is an attr_accessor, not a column: only the response to the
   * POST that sent it (and its realtime event) carry it; messages read back from the database never do.
   */
  echo?: boolean;
}

/** app/views/api/v1/models/_message.json.jbuilder: the REST shape (conversation_id = display id). */
export function messageView(tables: Tables, message: Message, options: MessageViewOptions = {}) {
  const conversation = tables.conversations.get(message.conversation_id)!;
  const sender = senderView(tables, message);
  return {
    id: message.id,
    content: message.content,
    inbox_id: message.inbox_id,
    ...(options.echo && message.echo_id !== null ? { echo_id: message.echo_id } : {}),
    conversation_id: conversation.display_id,
    message_type: message.message_type,
    content_type: message.content_type,
    status: message.status,
    content_attributes: message.content_attributes,
    created_at: unix(message.created_at),
    private: message.private,
    source_id: message.source_id,
    ...(sender ? { sender } : {}),
    ...(message.attachments.length ? { attachments: attachmentsView(message) } : {}),
  };
}

/** Message#push_event_data: the model's columns plus conversation summary, as in conversation.messages. */
export function messagePushView(
  tables: Tables,
  message: Message,
  conversation: Conversation,
  unreadCount: number,
) {
  const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
  const sender = senderView(tables, message);
  return {
    id: message.id,
    content: message.content,
    account_id: message.account_id,
    inbox_id: message.inbox_id,
    // `conversation_id: conversation.display_id` in Message#push_event_data, like the REST view.
    conversation_id: conversation.display_id,
    message_type: message.message_type,
    created_at: unix(message.created_at),
    updated_at: iso(message.updated_at),
    private: message.private,
    status: message.status,
    source_id: message.source_id,
    content_type: message.content_type,
    content_attributes: message.content_attributes,
    sender_type: message.sender_type,
    sender_id: message.sender_id,
    external_source_ids: message.external_source_ids,
    additional_attributes: message.additional_attributes,
    processed_message_content: message.content,
    sentiment: {},
    conversation: {
      assignee_id: conversation.assignee_id,
      unread_count: unreadCount,
      last_activity_at: unixOrNull(conversation.last_activity_at),
      contact_inbox: { source_id: contactInbox?.source_id ?? null },
    },
    ...(message.attachments.length ? { attachments: attachmentsView(message) } : {}),
    ...(sender ? { sender } : {}),
  };
}
