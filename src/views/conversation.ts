import type { Conversation, Message, Tables } from '../store';
import type { BucketChange } from '../store/table';
import { agentView, membershipOf } from './agent';
import { contactView } from './contact';
import { messagePushView, senderView } from './message';
import { isoOrNull, unix, unixFloat, unixOrZero } from './time';
import { teamView } from './team';

/**
 * One conversation's messages, derived once per change of its message bucket (Table.cachedWhere) and
 * brought up to date in O(1) per appended message, so the hot paths (GET a conversation, GET its
 * messages, POST a message and the event payloads it renders) cost O(page), not O(messages).
 *
 * The arrays are the cache's own and grow in place when a message is appended: read them right away,
 * never keep them across a write, never change them.
 */
export interface ConversationMessages {
  /** Every message, by ascending id (`where` order). */
  readonly byId: readonly Message[];
  /** Chatwoot's list order: created_at, then id. */
  readonly byTime: readonly Message[];
  /** The incoming messages, by created_at then id. */
  readonly incoming: readonly Message[];
  /** The newest (highest id) message that is not an activity message. */
  readonly lastNonActivity: Message | undefined;
  /** `messages.chat.last`: the newest message that is neither an activity message nor a private note. */
  readonly lastChat: Message | undefined;
}

interface MutableConversationMessages {
  byId: Message[];
  byTime: Message[];
  incoming: Message[];
  lastNonActivity: Message | undefined;
  lastChat: Message | undefined;
}

const byTimeOrder = (a: Message, b: Message) => a.created_at - b.created_at || a.id - b.id;

/** Adds `message` to a list kept in byTimeOrder: a push unless it is older than the last one. */
function insertByTime(list: Message[], message: Message): void {
  if (!list.length || byTimeOrder(list[list.length - 1], message) <= 0) {
    list.push(message);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byTimeOrder(list[mid], message) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, message);
}

const isNonActivity = (m: Message) => m.message_type !== 2;
const isChat = (m: Message) => m.message_type !== 2 && !m.private;

function lastMatching(messages: readonly Message[], keep: (m: Message) => boolean): Message | undefined {
  for (let i = messages.length - 1; i >= 0; i--) if (keep(messages[i])) return messages[i];
  return undefined;
}

function summarize(messages: Message[]): MutableConversationMessages {
  return {
    byId: messages,
    byTime: [...messages].sort(byTimeOrder),
    incoming: messages.filter((m) => m.message_type === 0).sort(byTimeOrder),
    lastNonActivity: lastMatching(messages, isNonActivity),
    lastChat: lastMatching(messages, isChat),
  };
}

function appendMessage(summary: MutableConversationMessages, message: Message): MutableConversationMessages {
  summary.byId.push(message);
  insertByTime(summary.byTime, message);
  if (message.message_type === 0) insertByTime(summary.incoming, message);
  if (isNonActivity(message)) summary.lastNonActivity = message;
  if (isChat(message)) summary.lastChat = message;
  return summary;
}

/** Brings a summary up to date with changes of the conversation's messages: appends only. */
function applyChanges(
  summary: MutableConversationMessages,
  changes: readonly BucketChange<Message>[],
): MutableConversationMessages | undefined {
  if (!changes.every((change) => change.appended && change.after)) return undefined;
  for (const change of changes) appendMessage(summary, change.after!);
  return summary;
}

/** The conversation's messages, cached per conversation until one of them changes (see above). */
export function conversationMessages(tables: Tables, conversationId: number): ConversationMessages {
  return tables.messages.cachedWhere('conversation', conversationId, 'summary', summarize, applyChanges);
}

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
