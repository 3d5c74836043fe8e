/**
 * Derived data of the messages table: one conversation's messages in the orders the API and the
 * reports read them, kept next to the table it follows (invalidated per conversation by
 * Table.cachedWhere on the `conversation` index).
 */
import type { Message, Tables } from '../index';
import type { BucketChange } from '../table';

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
