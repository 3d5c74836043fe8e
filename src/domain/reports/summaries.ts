/**
 * Summary reports (app/builders/v2/reports/*_summary_builder.rb): one row per agent, inbox, team or
 * label with conversation counts and average times, and conversation counts per channel type.
 */
import type { Conversation, ReportingEvent, ReportingEventName } from '../../store';
import { inRange, type Range } from '../date_range';
import { accountOf, type Scope } from '../scope';
import { average } from './metrics';
import { accountConversations, accountEvents } from './scope';

export interface SummaryOptions {
  range: Range | null;
  businessHours: boolean;
}

interface SummaryRow {
  id: number;
  conversations_count: number;
  resolved_conversations_count: number;
  avg_resolution_time: number | null;
  avg_first_response_time: number | null;
  avg_reply_time: number | null;
}

/**
 * BaseSummaryBuilder: conversations created in the range grouped by `conversationKey`, reporting events
 * created in the range grouped by `eventKey`, one row per id of `ids`.
 */
function summaryRows(
  scope: Scope,
  { range, businessHours }: SummaryOptions,
  ids: number[],
  conversationKey: (c: Conversation) => number | null,
  eventKey: (e: ReportingEvent) => number | null,
): SummaryRow[] {
  const conversations = accountConversations(scope).filter((c) => inRange(c.created_at, range));
  const events = accountEvents(scope).filter((e) => inRange(e.created_at, range));
  return ids.map((id) => {
    const own = events.filter((e) => eventKey(e) === id);
    const named = (name: ReportingEventName) => own.filter((e) => e.name === name);
    return {
      id,
      conversations_count: conversations.filter((c) => conversationKey(c) === id).length,
      resolved_conversations_count: named('conversation_resolved').length,
      avg_resolution_time: average(named('conversation_resolved'), businessHours),
      avg_first_response_time: average(named('first_response'), businessHours),
      avg_reply_time: average(named('reply_time'), businessHours),
    };
  });
}

export function agentSummary(scope: Scope, options: SummaryOptions): SummaryRow[] {
  const members = scope.tables.accountUsers.where('account', accountOf(scope).id);
  return summaryRows(
    scope,
    options,
    members.map((m) => m.user_id),
    (c) => c.assignee_id,
    (e) => e.user_id,
  );
}

export function inboxSummary(scope: Scope, options: SummaryOptions): SummaryRow[] {
  const inboxes = scope.tables.inboxes.where('account', accountOf(scope).id);
  return summaryRows(
    scope,
    options,
    inboxes.map((i) => i.id),
    (c) => c.inbox_id,
    (e) => e.inbox_id,
  );
}

export function teamSummary(scope: Scope, options: SummaryOptions): SummaryRow[] {
  const { tables } = scope;
  const teams = tables.teams.where('account', accountOf(scope).id);
  // Events join their conversation and count for the team it is in now.
  const teamOfEvent = (e: ReportingEvent) =>
    e.conversation_id === null ? null : (tables.conversations.get(e.conversation_id)?.team_id ?? null);
  return summaryRows(
    scope,
    options,
    teams.map((t) => t.id),
    (c) => c.team_id,
    teamOfEvent,
  );
}

/** LabelSummaryBuilder: counts and averages over conversations CREATED in the range (all without one). */
export function labelSummary(scope: Scope, { range, businessHours }: SummaryOptions) {
  const { tables } = scope;
  const labels = tables.labels.where('account', accountOf(scope).id);
  const created = accountConversations(scope).filter((c) => range === null || inRange(c.created_at, range));
  const createdIds = new Set(created.map((c) => c.id));
  const events = accountEvents(scope);
  const labelsOf = (e: ReportingEvent) =>
    e.conversation_id === null ? [] : (tables.conversations.get(e.conversation_id)?.labels ?? []);
  return labels.map((label) => {
    const tagged = (e: ReportingEvent) => labelsOf(e).includes(label.title);
    const averaged = (name: ReportingEventName) =>
      average(
        events.filter((e) => e.name === name && createdIds.has(e.conversation_id ?? -1) && tagged(e)),
        businessHours,
      ) ?? 0;
    return {
      id: label.id,
      name: label.title,
      conversations_count: created.filter((c) => c.labels.includes(label.title)).length,
      avg_resolution_time: averaged('conversation_resolved'),
      avg_first_response_time: averaged('first_response'),
      avg_reply_time: averaged('reply_time'),
      resolved_conversations_count: events.filter(
        (e) =>
          e.name === 'conversation_resolved' && (range === null || inRange(e.created_at, range)) && tagged(e),
      ).length,
    };
  });
}

interface StatusCounts {
  open: number;
  resolved: number;
  pending: number;
  snoozed: number;
  total: number;
}

/** ChannelSummaryBuilder: conversations created in the range, by channel type and status. */
export function channelSummary(scope: Scope, range: Range | null): Record<string, StatusCounts> {
  const result: Record<string, StatusCounts> = {};
  for (const conversation of accountConversations(scope)) {
    if (!inRange(conversation.created_at, range)) continue;
    const inbox = scope.tables.inboxes.get(conversation.inbox_id);
    if (!inbox) continue;
    const counts = (result[inbox.channel.type] ??= {
      open: 0,
      resolved: 0,
      pending: 0,
      snoozed: 0,
      total: 0,
    });
    counts[conversation.status]++;
    counts.total++;
  }
  return result;
}
