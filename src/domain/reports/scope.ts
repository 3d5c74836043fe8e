/**
 * What a report covers (ReportHelper#scope): the account, or one agent, inbox, label or team, as its
 * conversations, messages and reporting events. Messages count by created_at and message_type, so
 * private notes are outgoing messages as in Chatwoot; the events are those the reporting listener
 * writes (events/reporting.ts).
 */
import type { Conversation, Message, ReportingEvent } from '../../store';
import { InvalidAttribute, RecordNotFound } from '../errors';
import { accountOf, type Scope } from '../scope';

export type ReportType = 'account' | 'agent' | 'inbox' | 'label' | 'team';

export interface ReportScope {
  type: ReportType;
  conversations(): Conversation[];
  messages(): Message[];
  events(): ReportingEvent[];
}

export function accountConversations(scope: Scope): Conversation[] {
  return scope.tables.conversations.where('account', accountOf(scope).id);
}

export function accountEvents(scope: Scope): ReportingEvent[] {
  return scope.tables.reportingEvents.where('account', accountOf(scope).id);
}

function messagesOf(scope: Scope, conversations: Conversation[]): Message[] {
  return conversations.flatMap((c) => scope.tables.messages.where('conversation', c.id));
}

/** The records of a conversation set (label, team): its conversations, their messages and events. */
function conversationSetScope(
  scope: Scope,
  type: ReportType,
  keep: (c: Conversation) => boolean,
): ReportScope {
  const conversations = () => accountConversations(scope).filter(keep);
  return {
    type,
    conversations,
    messages: () => messagesOf(scope, conversations()),
    events: () => {
      const ids = new Set(conversations().map((c) => c.id));
      return accountEvents(scope).filter((e) => e.conversation_id !== null && ids.has(e.conversation_id));
    },
  };
}

/** A function computing `compute()` on its first call only. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => (computed ??= { value: compute() }).value;
}

/**
 * The report scope of `type` / `id` (see scopeRecords), its lists computed once: a summary asks for
 * the same messages and events for several metrics, and at 500k messages each list costs a
 * noticeable time to gather.
 */
export function reportScope(scope: Scope, type: unknown, id: number | undefined): ReportScope {
  const records = scopeRecords(scope, type, id);
  return {
    type: records.type,
    conversations: once(records.conversations),
    messages: once(records.messages),
    events: once(records.events),
  };
}

/**
 * The records of `type` / `id`: `account.inboxes.find(id)` etc. (404 for an unknown id); any other
 * type (or none) has no scope, and Rails fails on `nil.conversations` (500).
 */
function scopeRecords(scope: Scope, type: unknown, id: number | undefined): ReportScope {
  const account = accountOf(scope);
  const { tables } = scope;
  switch (type) {
    case 'account':
      return {
        type,
        conversations: () => accountConversations(scope),
        messages: () => messagesOf(scope, accountConversations(scope)),
        events: () => accountEvents(scope),
      };
    case 'inbox': {
      const inbox = id === undefined ? undefined : tables.inboxes.get(id);
      if (!inbox || inbox.account_id !== account.id) throw new RecordNotFound('inbox');
      return {
        type,
        conversations: () => tables.conversations.where('inbox', inbox.id),
        messages: () => messagesOf(scope, tables.conversations.where('inbox', inbox.id)),
        events: () => accountEvents(scope).filter((e) => e.inbox_id === inbox.id),
      };
    }
    case 'agent': {
      const member =
        id === undefined ? undefined : tables.accountUsers.findBy('membership', [account.id, id]);
      if (!member) throw new RecordNotFound('agent');
      const userId = member.user_id;
      return {
        type,
        // User#conversations = assigned conversations; User#messages = the messages the user sent.
        conversations: () => accountConversations(scope).filter((c) => c.assignee_id === userId),
        messages: () =>
          messagesOf(scope, accountConversations(scope)).filter(
            (m) => m.sender_type === 'User' && m.sender_id === userId,
          ),
        events: () => accountEvents(scope).filter((e) => e.user_id === userId),
      };
    }
    case 'label': {
      const label = id === undefined ? undefined : tables.labels.get(id);
      if (!label || label.account_id !== account.id) throw new RecordNotFound('label');
      return conversationSetScope(scope, type, (c) => c.labels.includes(label.title));
    }
    case 'team': {
      const team = id === undefined ? undefined : tables.teams.get(id);
      if (!team || team.account_id !== account.id) throw new RecordNotFound('team');
      return conversationSetScope(scope, type, (c) => c.team_id === team.id);
    }
    default:
      // Rails: `"#{type}".to_sym` hits no builder branch and crashes (500); the fake answers 422.
      throw new InvalidAttribute('type', 'is not included in the list');
  }
}
