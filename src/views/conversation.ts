import type { Attachment, Conversation, Message, Tables } from '../store';
import { conversationMessages } from '../store/derived/message-order';
import { agentView, membershipOf } from './agent';
import { contactView } from './contact';
import { messagePushView, senderView } from './message';
import { isoOrNull, unix, unixFloat, unixOrZero } from './time';
import { teamView } from './team';

/** Incoming messages the agents have not seen yet (after agent_last_seen_at), oldest first. */
export function unreadMessages(tables: Tables, conversation: Conversation): Message[] {
  const seen = conversation.agent_last_seen_at ?? -Infinity;
  return tables.messages
    .where('conversation', conversation.id)
    .filter((m) => m.message_type === 0 && m.created_at > seen);
}

/** Chatwoot never counts more than this many unread messages (see unreadCount). */
const UNREAD_LIMIT = 10;

/**
 * Conversation#unread_incoming_messages.count: `unread_messages.incoming.last(10)`, so the count
 * Chatwoot renders never exceeds 10. The unread ones are the newest incoming messages by created_at:
 * counted from the end, O(10).
 */
export function unreadCount(tables: Tables, conversation: Conversation): number {
  const seen = conversation.agent_last_seen_at ?? -Infinity;
  const { incoming } = conversationMessages(tables, conversation.id);
  let count = 0;
  for (let i = incoming.length - 1; i >= 0 && count < UNREAD_LIMIT && incoming[i].created_at > seen; i--)
    count++;
  return count;
}

/** The newest message that is not an activity message, or undefined. */
export function lastNonActivityMessage(tables: Tables, conversation: Conversation): Message | undefined {
  return conversationMessages(tables, conversation.id).lastNonActivity;
}

/** `messages.chat.last`: the newest message that is neither an activity message nor a private note. */
export function lastChatMessage(tables: Tables, conversation: Conversation): Message | undefined {
  return conversationMessages(tables, conversation.id).lastChat;
}

/** The conversation's `meta`: contact, channel, assignee and team when set. */
export function conversationMeta(tables: Tables, conversation: Conversation, viewerId?: number) {
  const contact = tables.contacts.get(conversation.contact_id);
  const inbox = tables.inboxes.get(conversation.inbox_id);
  const assignee = conversation.assignee_id ? tables.users.get(conversation.assignee_id) : undefined;
  const membership = assignee ? membershipOf(tables, conversation.account_id, assignee.id) : undefined;
  const team = conversation.team_id ? tables.teams.get(conversation.team_id) : undefined;
  const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
  return {
    sender: contact ? contactView(contact) : null,
    channel: inbox?.channel.type ?? null,
    ...(assignee && membership ? { assignee: agentView(assignee, membership) } : {}),
    ...(team ? { team: teamView(tables, team, viewerId) } : {}),
    hmac_verified: contactInbox?.hmac_verified ?? false,
  };
}

/** app/views/api/v1/conversations/partials/_conversation.json.jbuilder, keys in its order. */
export function conversationView(tables: Tables, conversation: Conversation, viewerId?: number) {
  const unread = unreadCount(tables, conversation);
  const { byId, lastNonActivity } = conversationMessages(tables, conversation.id);
  // Newest upstream renders only the last message (of any type), or [] when there is none;
  // older versions sent up to 10 unread messages instead.
  const shown = byId.slice(-1);
  return {
    meta: conversationMeta(tables, conversation, viewerId),
    id: conversation.display_id,
    messages: shown.map((m) => messagePushView(tables, m, conversation, unread)),
    account_id: conversation.account_id,
    uuid: conversation.uuid,
    additional_attributes: conversation.additional_attributes,
    agent_last_seen_at: unixOrZero(conversation.agent_last_seen_at),
    assignee_last_seen_at: unixOrZero(conversation.assignee_last_seen_at),
    can_reply: true,
    contact_last_seen_at: unixOrZero(conversation.contact_last_seen_at),
    custom_attributes: conversation.custom_attributes,
    inbox_id: conversation.inbox_id,
    labels: conversation.labels,
    // Conversation#muted? is `contact.blocked?` in current Chatwoot (ConversationMuteHelpers).
    muted: conversation.muted || (tables.contacts.get(conversation.contact_id)?.blocked ?? false),
    snoozed_until: isoOrNull(conversation.snoozed_until),
    status: conversation.status,
    created_at: unix(conversation.created_at),
    updated_at: unixFloat(conversation.updated_at),
    timestamp: unix(conversation.last_activity_at),
    first_reply_created_at: unixOrZero(conversation.first_reply_created_at),
    unread_count: unread,
    last_non_activity_message: lastNonActivity
      ? messagePushView(tables, lastNonActivity, conversation, unread)
      : null,
    last_activity_at: unix(conversation.last_activity_at),
    priority: conversation.priority,
    waiting_since: unixOrZero(conversation.waiting_since),
    sla_policy_id: conversation.sla_policy_id,
  };
}

/**
 * app/views/api/v1/models/_conversation.json.jbuilder: the slim conversation of the search endpoint.
 * `messages` are the conversation's messages that `include` selects (all of them by default).
 */
export function conversationSearchView(
  tables: Tables,
  conversation: Conversation,
  include: (message: Message) => boolean = () => true,
) {
  const contact = tables.contacts.get(conversation.contact_id);
  const inbox = tables.inboxes.get(conversation.inbox_id);
  return {
    id: conversation.display_id,
    uuid: conversation.uuid,
    created_at: unix(conversation.created_at),
    contact: { id: conversation.contact_id, name: contact?.name ?? null },
    inbox: {
      id: conversation.inbox_id,
      name: inbox?.name ?? null,
      channel_type: inbox?.channel.type ?? null,
    },
    messages: tables.messages
      .where('conversation', conversation.id)
      .filter(include)
      .map((m) => {
        const sender = senderView(tables, m);
        return {
          content: m.content,
          id: m.id,
          ...(sender ? { sender_name: sender.name } : {}),
          message_type: m.message_type,
          created_at: unix(m.created_at),
        };
      }),
    account_id: conversation.account_id,
  };
}

/** One row of conversations/attachments.json.jbuilder: the attachment, its message id and sender. */
export function conversationAttachmentView(tables: Tables, attachment: Attachment, message: Message) {
  const sender = senderView(tables, message);
  return {
    // app/views/api/v1/models/_attachment.json.jbuilder (newest); older attachments.json had no id.
    id: attachment.id,
    message_id: message.id,
    thumb_url: attachment.thumb_url,
    data_url: attachment.data_url,
    file_size: attachment.file_size,
    file_type: attachment.file_type,
    extension: attachment.extension,
    width: attachment.width,
    height: attachment.height,
    created_at: unix(message.created_at),
    ...(sender ? { sender } : {}),
  };
}
