/**
 * Live figures over the conversations as they are now (Api::V2::Accounts::LiveReportsController) and
 * the bot metrics of a period (V2::Reports::BotMetricsBuilder).
 */
import type { Conversation } from '../../store';
import { inRange, type Range } from '../date_range';
import { RecordNotFound } from '../errors';
import { accountOf, type Scope } from '../scope';
import { accountConversations, accountEvents } from './scope';
import { toI } from '../../rails/casts';

/** Conversation.unattended: no first reply yet, or waiting for a reply. */
export const unattended = (c: Conversation) => c.first_reply_created_at === null || c.waiting_since !== null;

/**
 * load_conversations: the account's conversations, or those of one team when `team_id` is given
 * (`teams.find`: the id read as an integer, 404 when the account has no such team).
 */
export function liveConversations(scope: Scope, teamId: unknown): Conversation[] {
  const all = accountConversations(scope);
  if (teamId === undefined) return all;
  const id = toI(teamId);
  const team = id === undefined ? undefined : scope.tables.teams.get(id);
  if (!team || team.account_id !== accountOf(scope).id) throw new RecordNotFound('team');
  return all.filter((c) => c.team_id === team.id);
}

/** conversation_metrics: open, unattended open, unassigned open, pending. */
export function liveConversationMetrics(conversations: Conversation[]) {
  const open = conversations.filter((c) => c.status === 'open');
  return {
    open: open.length,
    unattended: open.filter(unattended).length,
    unassigned: open.filter((c) => c.assignee_id === null).length,
    pending: conversations.filter((c) => c.status === 'pending').length,
  };
}

export const LIVE_GROUPS = ['team_id', 'assignee_id'] as const;
export type LiveGroup = (typeof LIVE_GROUPS)[number];

/** grouped_conversation_metrics: the open figures per team or assignee (nil for none), groups with open conversations only. */
export function groupedConversationMetrics(conversations: Conversation[], group: LiveGroup) {
  const groups = new Map<number | null, Conversation[]>();
  for (const c of conversations) {
    if (c.status !== 'open') continue;
    const key = c[group];
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(c);
  }
  return [...groups].map(([key, open]) => ({
    open: open.length,
    unattended: open.filter(unattended).length,
    unassigned: open.filter((c) => c.assignee_id === null).length,
    [group]: key,
  }));
}

/**
 * BotMetricsBuilder#metrics over the range (a nil range matches nothing): the conversations created in
 * inboxes with an agent bot, their outgoing messages created in the range, and the share of them (as
 * whole percentages, truncated) that a bot resolved or handed off, each conversation counted once.
 */
export function botMetrics(scope: Scope, range: Range | null) {
  const { tables } = scope;
  const botInboxes = new Set(
    tables.inboxes
      .where('account', accountOf(scope).id)
      .filter((inbox) => tables.agentBotInboxes.countWhere('inbox', inbox.id) > 0)
      .map((inbox) => inbox.id),
  );
  const conversations = accountConversations(scope).filter(
    (c) => botInboxes.has(c.inbox_id) && inRange(c.created_at, range),
  );
  let messages = 0;
  for (const c of conversations) {
    for (const m of tables.messages.where('conversation', c.id)) {
      if (m.message_type === 1 && inRange(m.created_at, range)) messages++;
    }
  }
  const distinctConversations = (name: 'conversation_bot_resolved' | 'conversation_bot_handoff') =>
    new Set(
      accountEvents(scope)
        .filter(
          (e) =>
            e.name === name &&
            inRange(e.created_at, range) &&
            e.conversation_id !== null &&
            tables.conversations.get(e.conversation_id) !== undefined,
        )
        .map((e) => e.conversation_id),
    ).size;
  const rate = (count: number) =>
    conversations.length === 0 ? 0 : Math.trunc((count / conversations.length) * 100);
  return {
    conversation_count: conversations.length,
    message_count: messages,
    resolution_rate: rate(distinctConversations('conversation_bot_resolved')),
    handoff_rate: rate(distinctConversations('conversation_bot_handoff')),
  };
}
