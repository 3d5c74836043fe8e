/**
 * MessageFinder (app/finders/message_finder.rb): a page of a conversation's messages in Chatwoot's
 * order (created_at, then id). One finder for the account API, the public client API and the web
 * widget (those two always filter internal messages).
 */
import { present, toI } from '../rails/casts';
import type { Conversation, Message, Tables } from '../store';
import { conversationMessages } from '../store/derived/message-order';

/** MessageFinder's page sizes. */
const LATEST = 20;
const BEFORE = 20;
const AFTER = 100;
const BETWEEN = 1000;

export interface MessageFinderParams {
  /** Message ids: `after` and `before` → ids in [after, before); `before` → the page just before it; `after` → just after. */
  before?: unknown;
  after?: unknown;
  /** `filter_internal_messages`: neither private notes nor activity messages. */
  filterInternalMessages?: boolean;
}

/**
 * MessageFinder#current_messages: `after` and `before` → at most 1000 between them; `before` → the 20
 * just before; `after` → the 100 just after; neither → the latest 20. Oldest first.
 */
export function findMessages(
  tables: Tables,
  conversation: Conversation,
  params: MessageFinderParams,
): Message[] {
  // Read from the per-conversation cache (store/derived/message-order.ts) at once, never kept across a write.
  const all = conversationMessages(tables, conversation.id).byTime;
  const internal = params.filterInternalMessages === true;
  const shown = (m: Message) => !internal || (!m.private && m.message_type !== 2);
  const { before, after } = params;
  if (present(after) && present(before)) {
    const [from, to] = [toI(after) ?? 0, toI(before) ?? 0];
    return firstN(all, BETWEEN, (m) => m.id >= from && m.id < to && shown(m));
  }
  if (present(before)) {
    const to = toI(before) ?? 0;
    return lastN(all, BEFORE, (m) => m.id < to && shown(m));
  }
  if (present(after)) {
    const from = toI(after) ?? 0;
    return firstN(all, AFTER, (m) => m.id > from && shown(m));
  }
  return internal ? lastN(all, LATEST, shown) : all.slice(-LATEST);
}

/** The first `n` messages matching `keep`, in order. */
function firstN(messages: readonly Message[], n: number, keep: (m: Message) => boolean): Message[] {
  const out: Message[] = [];
  for (let i = 0; i < messages.length && out.length < n; i++) if (keep(messages[i])) out.push(messages[i]);
  return out;
}

/** The last `n` messages matching `keep`, oldest first, scanning from the newest. */
function lastN(messages: readonly Message[], n: number, keep: (m: Message) => boolean): Message[] {
  const out: Message[] = [];
  for (let i = messages.length - 1; i >= 0 && out.length < n; i--)
    if (keep(messages[i])) out.push(messages[i]);
  return out.reverse();
}
