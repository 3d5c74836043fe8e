/**
 * Reporting events, as Chatwoot's ReportingEventListener writes them (app/listeners/reporting_event_listener.rb):
 * the rows the v2 reports average and count. A listener on the event bus turns the fake's domain
 * events into `reportingEvents` rows:
 * - conversation_status_changed to `resolved` → conversation_resolved (value: resolution time since the
 *   conversation was created) and, in an inbox with an agent bot where no user ever replied,
 *   conversation_bot_resolved;
 * - conversation_bot_handoff → conversation_bot_handoff (once per conversation);
 * - message_created of the conversation's first human reply → first_response (value: reply time
 *   since the conversation was created, or since the bot handoff);
 * - conversation_updated clearing waiting_since by a later human reply → reply_time (value: time since
 *   the contact started waiting).
 * Values are whole seconds (`to_i - to_i`); value_in_business_hours counts only the inbox's working
 * hours (0 when the inbox has working hours off, as ReportingEventHelper#business_hours).
 *
 * The seeded world has no event history, so `backfillReportingEvents` replays each conversation's
 * messages once, at startup, to give it the rows the listener would have written.
 */
import type { Conversation, Inbox, Message, ReportingEvent, ReportingEventName, Store } from '../store';
import { conversationMessages } from '../store/derived/message-order';
import { ianaOffsetAt } from '../rails/time_zone';
import { attachAuditLog } from './audit';
import type { EventBus } from './bus';
import { attachCsatResponses } from './csat';
import type { Change, ChangeMap, DomainEvent } from './types';

const seconds = (ms: number) => Math.floor(ms / 1000);
const DAY_MS = 86_400_000;

/** Registers the reporting, audit log and CSAT listeners; returns a function that detaches them. */
export function attachReporting(store: Store, events: EventBus): () => void {
  const offs = [
    events.on((event) => onDomainEvent(store, event)),
    attachAuditLog(store, events),
    attachCsatResponses(store, events),
  ];
  return () => offs.forEach((off) => off());
}

function onDomainEvent(store: Store, event: DomainEvent): void {
  const conversationOf = (id: number) => store.tables.conversations.get(id);
  switch (event.name) {
    case 'conversation_status_changed': {
      const conversation = conversationOf(event.data.conversationId);
      if (conversation && event.data.changedAttributes.status?.current_value === 'resolved') {
        const userId = event.actor?.type === 'User' ? event.actor.id : conversation.assignee_id;
        recordResolution(store, conversation, event.at, userId);
      }
      return;
    }
    case 'conversation_bot_handoff': {
      const conversation = conversationOf(event.data.conversationId);
      if (conversation) recordBotHandoff(store, conversation, event.at);
      return;
    }
    case 'message_created': {
      // FIRST_REPLY_CREATED: the message that set the conversation's first_reply_created_at.
      const conversation = conversationOf(event.data.conversationId);
      const message = store.tables.messages.get(event.data.messageId);
      if (
        conversation &&
        message &&
        isHumanReply(message) &&
        conversation.first_reply_created_at === message.created_at &&
        !findEvent(store, conversation, 'first_response')
      ) {
        recordFirstResponse(store, conversation, message, event.at);
      }
      return;
    }
    case 'conversation_updated': {
      // REPLY_CREATED: a later human reply cleared waiting_since (a first reply clears it too, and
      // then first_reply_created_at is part of the same change).
      const conversation = conversationOf(event.data.conversationId);
      const changes: ChangeMap = event.data.changedAttributes;
      const waiting: Change | undefined = changes.waiting_since;
      if (
        conversation &&
        waiting &&
        typeof waiting.previous_value === 'number' &&
        waiting.current_value === null &&
        !changes.first_reply_created_at
      ) {
        const at = changes.updated_at?.current_value;
        const reply = typeof at === 'number' ? humanReplyAt(store, conversation, at) : undefined;
        if (reply) recordReplyTime(store, conversation, reply, waiting.previous_value, event.at);
      }
      return;
    }
  }
}

/** Message#human_response? and not a private note: a reply that first_response / reply_time measure. */
function isHumanReply(message: Message): boolean {
  return (
    message.message_type === 1 &&
    !message.private &&
    message.sender_type === 'User' &&
    !message.content_attributes.automation_rule_id &&
    !message.additional_attributes.campaign_id
  );
}

/** The newest human reply of the conversation created at `at` (the message that caused the change). */
function humanReplyAt(store: Store, conversation: Conversation, at: number): Message | undefined {
  // The conversation's cached id-ordered list (store/derived/message-order.ts): no copy of the whole thread.
  const messages = conversationMessages(store.tables, conversation.id).byId;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].created_at === at && isHumanReply(messages[i])) return messages[i];
  }
  return undefined;
}

function insertEvent(
  store: Store,
  conversation: Conversation,
  name: ReportingEventName,
  fields: { start: number; end: number; userId: number | null; createdAt: number },
): ReportingEvent {
  const inbox = store.tables.inboxes.get(conversation.inbox_id);
  // A fresh literal with a slot for the id, handed over without a copy (Table.insertOwned): the
  // ~200k backfilled rows keep every field in the object, without a property array each.
  const record: Omit<ReportingEvent, 'id'> & { id?: number } = {
    account_id: conversation.account_id,
    name,
    value: seconds(fields.end) - seconds(fields.start),
    value_in_business_hours: inbox ? businessSeconds(inbox, fields.start, fields.end) : 0,
    inbox_id: conversation.inbox_id,
    user_id: fields.userId,
    conversation_id: conversation.id,
    event_start_time: fields.start,
    event_end_time: fields.end,
    created_at: fields.createdAt,
    id: undefined,
  };
  return store.tables.reportingEvents.insertOwned(record);
}

export function recordResolution(
  store: Store,
  conversation: Conversation,
  at: number,
  userId: number | null,
) {
  const fields = { start: conversation.created_at, end: at, userId, createdAt: at };
  // create_bot_resolved_event: a bot inbox where no user ever sent an outgoing message.
  const botInbox = store.tables.agentBotInboxes.countWhere('inbox', conversation.inbox_id) > 0;
  if (botInbox) {
    const userReplied = store.tables.messages
      .where('conversation', conversation.id)
      .some((m) => m.message_type === 1 && m.sender_type === 'User');
    if (!userReplied) insertEvent(store, conversation, 'conversation_bot_resolved', fields);
  }
  insertEvent(store, conversation, 'conversation_resolved', fields);
}

function recordBotHandoff(store: Store, conversation: Conversation, at: number) {
  if (findEvent(store, conversation, 'conversation_bot_handoff')) return;
  insertEvent(store, conversation, 'conversation_bot_handoff', {
    start: conversation.created_at,
    end: at,
    userId: conversation.assignee_id,
    createdAt: at,
  });
}

function findEvent(store: Store, conversation: Conversation, name: ReportingEventName) {
  return store.tables.reportingEvents.where('conversation', conversation.id).find((e) => e.name === name);
}

function recordFirstResponse(store: Store, conversation: Conversation, reply: Message, at: number) {
  // last_non_human_activity: the bot handoff when there was one, else the conversation's creation.
  const handoff = findEvent(store, conversation, 'conversation_bot_handoff');
  insertEvent(store, conversation, 'first_response', {
    start: handoff?.event_end_time ?? conversation.created_at,
    end: reply.created_at,
    userId: reply.sender_id,
    createdAt: at,
  });
}

function recordReplyTime(
  store: Store,
  conversation: Conversation,
  reply: Message,
  since: number,
  at: number,
) {
  insertEvent(store, conversation, 'reply_time', {
    start: since,
    end: reply.created_at,
    userId: reply.sender_id,
    createdAt: at,
  });
}

/** The status activity messages that mark a resolution in the seeded history (en locale). */
const RESOLVED_ACTIVITY = /^Conversation was (marked resolved|resolved) by /;

/**
 * Writes the reporting events of the store's existing history (the seeded world), replaying each
 * conversation's messages with Message#dispatch_create_events' rules: the first human reply is a
 * first_response, a later human reply while the contact waits is a reply_time, a status activity
 * "… marked resolved by …" is a resolution (a resolved conversation without one resolves at its last
 * update). Call once, right after seeding: the accounts it writes to get their reset baseline moved
 * to include the rows (seeding takes the baseline; a later reset must keep them). Idempotent.
 */
export function backfillReportingEvents(store: Store): void {
  const { tables } = store;
  const touched = new Set<number>();
  for (const conversation of [...tables.conversations.all()]) {
    if (tables.reportingEvents.countWhere('conversation', conversation.id) > 0) continue;
    const before = tables.reportingEvents.size;
    // One conversation's messages at a time (a fresh array from the index), not all 500k grouped up
    // front: the build's peak memory stays lower.
    const messages = tables.messages
      .where('conversation', conversation.id)
      .sort((a, b) => a.created_at - b.created_at || a.id - b.id);
    let waitingSince: number | null = conversation.created_at;
    let firstReplyDone = false;
    let resolved = false;
    for (const message of messages) {
      if (message.message_type === 2) {
        if (message.content && RESOLVED_ACTIVITY.test(message.content)) {
          recordResolution(store, conversation, message.created_at, conversation.assignee_id);
          waitingSince = null;
          resolved = true;
        }
      } else if (message.message_type === 0) {
        waitingSince ??= message.created_at;
      } else if (message.message_type === 1 && !message.private) {
        if (isHumanReply(message) && !firstReplyDone) {
          recordFirstResponse(store, conversation, message, message.created_at);
          firstReplyDone = true;
          waitingSince = null;
        } else if (isHumanReply(message) && waitingSince !== null) {
          recordReplyTime(store, conversation, message, waitingSince, message.created_at);
          waitingSince = null;
        } else if (message.sender_type === 'AgentBot') {
          waitingSince = null;
        }
      }
    }
    if (conversation.status === 'resolved' && !resolved) {
      recordResolution(store, conversation, conversation.updated_at, conversation.assignee_id);
    }
    if (tables.reportingEvents.size > before) touched.add(conversation.account_id);
  }
  store.rebaseline(touched);
}

// ---------------------------------------------------------------------------------------------
// Business hours (ReportingEventHelper#business_hours with the inbox's working hours and timezone)

/** Seconds of the inbox's working hours between two instants (0 when working hours are off). */
export function businessSeconds(inbox: Inbox, from: number, to: number): number {
  if (!inbox.working_hours_enabled || to <= from) return 0;
  const tz = inbox.timezone || 'UTC';
  let total = 0;
  // Walk local calendar days from the day of `from` to the day of `to`.
  let dayLocal = Math.floor((from + ianaOffsetAt(tz, from)) / DAY_MS) * DAY_MS;
  const lastLocal = Math.floor((to + ianaOffsetAt(tz, to)) / DAY_MS) * DAY_MS;
  for (; dayLocal <= lastLocal; dayLocal += DAY_MS) {
    const hours = inbox.working_hours.find((h) => h.day_of_week === new Date(dayLocal).getUTCDay());
    if (!hours || hours.closed_all_day) continue;
    const open = hours.open_all_day ? 0 : ((hours.open_hour ?? 0) * 60 + (hours.open_minutes ?? 0)) * 60_000;
    const close = hours.open_all_day
      ? DAY_MS
      : ((hours.close_hour ?? 0) * 60 + (hours.close_minutes ?? 0)) * 60_000;
    const offset = ianaOffsetAt(tz, dayLocal - ianaOffsetAt(tz, dayLocal));
    const start = Math.max(from, dayLocal + open - offset);
    const end = Math.min(to, dayLocal + close - offset);
    if (end > start) total += end - start;
  }
  return Math.floor(total / 1000);
}
