/**
 * The reports that break the account down rather than follow a metric: live conversation counts
 * (V2::ReportBuilder#conversation_metrics), the first response time distribution, the inbox × label
 * matrix and outgoing messages per agent, team, inbox or label.
 */
import type { AccountUser } from '../../store';
import { inRange, type Range } from '../date_range';
import { accountOf, type Scope } from '../scope';
import { unattended } from './live';
import { accountConversations, accountEvents, reportScope } from './scope';

const openConversations = (scope: Scope) => accountConversations(scope).filter((c) => c.status === 'open');

/** The account's live conversations: open, unattended, unassigned. */
export function accountConversationMetrics(scope: Scope) {
  const open = openConversations(scope);
  return {
    open: open.length,
    unattended: open.filter(unattended).length,
    unassigned: open.filter((c) => c.assignee_id === null).length,
  };
}

/** Each member's open and unattended conversations, the busiest first. */
export function agentConversationMetrics(scope: Scope, type: unknown, members: AccountUser[]) {
  const open = openConversations(scope);
  const rows = members.map((member) => {
    // live_conversations over `scope`: the agent here; another type looks its record up by a nil id.
    if (type !== 'agent') reportScope(scope, type, undefined);
    const user = scope.tables.users.get(member.user_id)!;
    const mine = open.filter((c) => c.assignee_id === user.id);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      thumbnail: user.avatar_url,
      availability: member.availability,
      metric: { open: mine.length, unattended: mine.filter(unattended).length },
    };
  });
  // `sort_by { open }.reverse`: highest first, ties in reverse member order.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.metric.open - b.row.metric.open || a.i - b.i)
    .reverse()
    .map(({ row }) => row);
}

const RESPONSE_BUCKETS: [string, number][] = [
  ['0-1h', 3600],
  ['1-4h', 14_400],
  ['4-8h', 28_800],
  ['8-24h', 86_400],
  ['24h+', Infinity],
];

/** First responses (all of them without a range) per channel type, by how long they took. */
export function firstResponseTimeDistribution(scope: Scope, range: Range | null) {
  const inboxes = scope.tables.inboxes.where('account', accountOf(scope).id);
  const result: Record<string, Record<string, number>> = {};
  const events = accountEvents(scope).filter(
    (e) => e.name === 'first_response' && (range === null || inRange(e.created_at, range)),
  );
  for (const inbox of inboxes) {
    const own = events.filter((e) => e.inbox_id === inbox.id);
    if (!own.length) continue;
    const buckets = (result[inbox.channel.type] ??= Object.fromEntries(
      RESPONSE_BUCKETS.map(([k]) => [k, 0]),
    ));
    for (const event of own) {
      const bucket = RESPONSE_BUCKETS.find(([, limit]) => event.value < limit)!;
      buckets[bucket[0]]++;
    }
  }
  return result;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Conversations per inbox and label (of the given ids, or all), both sorted by name. */
export function inboxLabelMatrix(
  scope: Scope,
  range: Range | null,
  inboxIds: number[] | undefined,
  labelIds: number[] | undefined,
) {
  const account = accountOf(scope);
  const inboxes = scope.tables.inboxes
    .where('account', account.id)
    .filter((i) => !inboxIds || inboxIds.includes(i.id))
    .sort((a, b) => byText(a.name, b.name) || a.id - b.id);
  const labels = scope.tables.labels
    .where('account', account.id)
    .filter((l) => !labelIds || labelIds.includes(l.id))
    .sort((a, b) => byText(a.title, b.title) || a.id - b.id);
  const conversations = accountConversations(scope).filter(
    (c) => (range === null || inRange(c.created_at, range)) && (!inboxIds || inboxIds.includes(c.inbox_id)),
  );
  const matrix = inboxes.map((inbox) =>
    labels.map(
      (label) =>
        conversations.filter((c) => c.inbox_id === inbox.id && c.labels.includes(label.title)).length,
    ),
  );
  return {
    inboxes: inboxes.map((i) => ({ id: i.id, name: i.name })),
    labels: labels.map((l) => ({ id: l.id, title: l.title })),
    matrix,
  };
}

export const OUTGOING_GROUPS = ['agent', 'team', 'inbox', 'label'] as const;
export type OutgoingGroup = (typeof OUTGOING_GROUPS)[number];

/** Outgoing messages in the range per assignee, team, inbox or label of their conversation. */
export function outgoingMessagesCount(scope: Scope, range: Range | null, group: OutgoingGroup) {
  const account = accountOf(scope);
  const { tables } = scope;
  const counts = new Map<number | string, number>();
  const add = (key: number | string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const conversation of accountConversations(scope)) {
    for (const message of tables.messages.where('conversation', conversation.id)) {
      if (message.message_type !== 1 || !inRange(message.created_at, range)) continue;
      if (group === 'agent') {
        // `where.not(sender_type: [bots])` also drops messages without a sender (SQL NULL).
        if (message.sender_type !== 'User' && message.sender_type !== 'Contact') continue;
        if (conversation.assignee_id === null) continue;
        add(conversation.assignee_id);
      } else if (group === 'team') {
        if (conversation.team_id !== null) add(conversation.team_id);
      } else if (group === 'inbox') {
        add(message.inbox_id);
      } else {
        for (const title of conversation.labels) add(title);
      }
    }
  }
  const rows = [...counts].map(([key, count]) => {
    let id: number | null = typeof key === 'number' ? key : null;
    let name: string | null = null;
    if (group === 'agent') name = tables.users.get(key as number)?.name ?? null;
    if (group === 'team') name = tables.teams.get(key as number)?.name ?? null;
    if (group === 'inbox') name = tables.inboxes.get(key as number)?.name ?? null;
    if (group === 'label') {
      name = key as string;
      id = tables.labels.findBy('title', [account.id, name.toLowerCase()])?.id ?? null;
    }
    return { id, name, outgoing_messages_count: count };
  });
  rows.sort((a, b) => (group === 'label' ? byText(a.name ?? '', b.name ?? '') : (a.id ?? 0) - (b.id ?? 0)));
  return rows;
}
