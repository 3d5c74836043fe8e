/**
 * v2 reports (app/controllers/api/v2/accounts/reports_controller.rb, summary_reports_controller.rb and
 * app/builders/v2/**), computed at request time from the fake's own data: conversations (by
 * created_at), messages (by created_at; incoming/outgoing by message_type, so private notes count as
 * outgoing messages as in Chatwoot), and the reporting events the reporting listener writes
 * (src/events/reporting.ts: resolutions, first responses, reply times, bot handoffs).
 *
 * Ranges are DateRangeHelper's: `since...until` (half-open) in unix seconds; without both the range is
 * nil and ranged queries match nothing. Time series follow groupdate's group_by_period: buckets from
 * the one holding `since` to the last one starting before `until`, empty ones 0, in the time zone of
 * `timezone_offset` (a fixed offset here), weeks starting on Sunday.
 */
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, invalidAttribute, notFound } from '../http/errors';
import { paginate } from '../http/pagination';
import { inRange, rangeOf, strptimeSeconds, type Range } from '../domain/date_range';
import { toId } from '../http/params';
import { blank, castBoolean, toI } from '../rails/casts';
import { pageNumber } from '../rails/pagination';
import type { Conversation, Message, ReportingEvent, ReportingEventName } from '../store';
import { unix } from '../views/time';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const AGENTS_PER_PAGE = 25;

// ---------------------------------------------------------------------------------------------
// Parameters, read as Rails reads them

/** `ActiveModel::Type::Boolean.new.cast(params[:business_hours])` used as a condition. */
const truthy = (value: unknown): boolean => castBoolean(value) === true;

/** `params[:since].to_i` (an array query value has no `to_i` in Ruby: 0 here). */
const secondsOf = (value: unknown): number => toI(value) ?? 0;

/**
 * TimezoneHelper#timezone_name_from_offset as a fixed offset in ms: blank → UTC; an offset no zone
 * has (not a multiple of 15 minutes within −12…+14 h) → nil → UTC.
 */
function timezoneOffset(value: unknown): number {
  if (blank(value)) return 0;
  const hours = typeof value === 'number' ? value : parseFloat(String(value));
  if (!Number.isFinite(hours)) return 0;
  const minutes = hours * 60;
  if (!Number.isInteger(minutes) || minutes % 15 !== 0 || hours < -12 || hours > 14) return 0;
  return minutes * 60_000;
}

type GroupBy = 'day' | 'week' | 'month' | 'year' | 'hour';
const GROUPS: readonly GroupBy[] = ['day', 'week', 'month', 'year', 'hour'];

function groupByOf(value: unknown): GroupBy {
  return (GROUPS as readonly unknown[]).includes(value) ? (value as GroupBy) : 'day';
}

// ---------------------------------------------------------------------------------------------
// Buckets (groupdate's group_by_period with `range:` and `time_zone:`)

/** The start of the bucket holding `at`, in epoch ms. */
function bucketStart(at: number, group: GroupBy, offset: number): number {
  const local = at + offset;
  const date = new Date(local);
  switch (group) {
    case 'hour':
      return Math.floor(local / HOUR_MS) * HOUR_MS - offset;
    case 'day':
      return Math.floor(local / DAY_MS) * DAY_MS - offset;
    case 'week':
      return Math.floor(local / DAY_MS) * DAY_MS - date.getUTCDay() * DAY_MS - offset;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) - offset;
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1) - offset;
  }
}

function nextBucket(start: number, group: GroupBy, offset: number): number {
  const date = new Date(start + offset);
  switch (group) {
    case 'hour':
      return start + HOUR_MS;
    case 'day':
      return start + DAY_MS;
    case 'week':
      return start + 7 * DAY_MS;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - offset;
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1) - offset;
  }
}

/** Bucket starts from the one holding `since` to the last starting before `until`. */
function bucketsOf(range: Range, group: GroupBy, offset: number): number[] {
  const starts = [bucketStart(range.since, group, offset)];
  for (
    let next = nextBucket(starts[0], group, offset);
    next < range.until;
    next = nextBucket(next, group, offset)
  ) {
    starts.push(next);
  }
  return starts;
}

// ---------------------------------------------------------------------------------------------
// What a report covers: the account, or one agent, inbox, label or team (ReportHelper#scope)

interface Scope {
  type: 'account' | 'agent' | 'inbox' | 'label' | 'team';
  conversations(): Conversation[];
  messages(): Message[];
  events(): ReportingEvent[];
}

function accountConversations(ctx: RequestContext): Conversation[] {
  return ctx.tables.conversations.where('account', accountOf(ctx).id);
}

function messagesOf(ctx: RequestContext, conversations: Conversation[]): Message[] {
  return conversations.flatMap((c) => ctx.tables.messages.where('conversation', c.id));
}

function accountEvents(ctx: RequestContext): ReportingEvent[] {
  return ctx.tables.reportingEvents.where('account', accountOf(ctx).id);
}

/** The records of a conversation set (label, team): its conversations, their messages and events. */
function conversationSetScope(
  ctx: RequestContext,
  type: Scope['type'],
  keep: (c: Conversation) => boolean,
): Scope {
  const conversations = () => accountConversations(ctx).filter(keep);
  return {
    type,
    conversations,
    messages: () => messagesOf(ctx, conversations()),
    events: () => {
      const ids = new Set(conversations().map((c) => c.id));
      return accountEvents(ctx).filter((e) => e.conversation_id !== null && ids.has(e.conversation_id));
    },
  };
}

/** A function computing `compute()` on its first call only. */
function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => (computed ??= { value: compute() }).value;
}

/**
 * The scope of `type` / `id` (see scopeRecords), its lists computed once per request: a summary asks
 * for the same messages and events for several metrics, and at 500k messages each list costs a
 * noticeable time to gather.
 */
function scopeOf(ctx: RequestContext, type: unknown, rawId: unknown): Scope {
  const scope = scopeRecords(ctx, type, rawId);
  return {
    type: scope.type,
    conversations: once(scope.conversations),
    messages: once(scope.messages),
    events: once(scope.events),
  };
}

/**
 * The records of `type` / `id`: `account.inboxes.find(id)` etc. (404 for an unknown id); any other
 * type (or none) has no scope, and Rails fails on `nil.conversations` (500).
 */
function scopeRecords(ctx: RequestContext, type: unknown, rawId: unknown): Scope {
  const account = accountOf(ctx);
  const { tables } = ctx;
  const id = toId(rawId);
  switch (type) {
    case 'account':
      return {
        type,
        conversations: () => accountConversations(ctx),
        messages: () => messagesOf(ctx, accountConversations(ctx)),
        events: () => accountEvents(ctx),
      };
    case 'inbox': {
      const inbox = id === undefined ? undefined : tables.inboxes.get(id);
      if (!inbox || inbox.account_id !== account.id) throw notFound();
      return {
        type,
        conversations: () => tables.conversations.where('inbox', inbox.id),
        messages: () => messagesOf(ctx, tables.conversations.where('inbox', inbox.id)),
        events: () => accountEvents(ctx).filter((e) => e.inbox_id === inbox.id),
      };
    }
    case 'agent': {
      const member =
        id === undefined ? undefined : tables.accountUsers.findBy('membership', [account.id, id]);
      if (!member) throw notFound();
      const userId = member.user_id;
      return {
        type,
        // User#conversations = assigned conversations; User#messages = the messages the user sent.
        conversations: () => accountConversations(ctx).filter((c) => c.assignee_id === userId),
        messages: () =>
          messagesOf(ctx, accountConversations(ctx)).filter(
            (m) => m.sender_type === 'User' && m.sender_id === userId,
          ),
        events: () => accountEvents(ctx).filter((e) => e.user_id === userId),
      };
    }
    case 'label': {
      const label = id === undefined ? undefined : tables.labels.get(id);
      if (!label || label.account_id !== account.id) throw notFound();
      return conversationSetScope(ctx, type, (c) => c.labels.includes(label.title));
    }
    case 'team': {
      const team = id === undefined ? undefined : tables.teams.get(id);
      if (!team || team.account_id !== account.id) throw notFound();
      return conversationSetScope(ctx, type, (c) => c.team_id === team.id);
    }
    default:
      // Rails: `"#{type}".to_sym` hits no builder branch and crashes (500); the fake answers 422.
      throw invalidAttribute('type', 'is not included in the list');
  }
}

// ---------------------------------------------------------------------------------------------
// Metrics (V2::Reports::Timeseries::CountReportBuilder / AverageReportBuilder)

const COUNT_METRICS = [
  'conversations_count',
  'incoming_messages_count',
  'outgoing_messages_count',
  'resolutions_count',
  'bot_resolutions_count',
  'bot_handoffs_count',
] as const;
const AVERAGE_METRICS = {
  avg_first_response_time: 'first_response',
  avg_resolution_time: 'conversation_resolved',
  reply_time: 'reply_time',
} as const satisfies Record<string, ReportingEventName>;
type CountMetric = (typeof COUNT_METRICS)[number];
type AverageMetric = keyof typeof AVERAGE_METRICS;

const isCountMetric = (m: unknown): m is CountMetric => (COUNT_METRICS as readonly unknown[]).includes(m);
const isAverageMetric = (m: unknown): m is AverageMetric =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(AVERAGE_METRICS, m);

/** A counted item: when it happened, and (bot handoffs) the key counted once. */
interface Counted {
  at: number;
  distinct?: number;
}

function countedItems(scope: Scope, metric: CountMetric, range: Range | null): Counted[] {
  let items: Counted[];
  switch (metric) {
    case 'conversations_count':
      items = scope.conversations().map((c) => ({ at: c.created_at }));
      break;
    case 'incoming_messages_count':
      items = scope
        .messages()
        .filter((m) => m.message_type === 0)
        .map((m) => ({ at: m.created_at }));
      break;
    case 'outgoing_messages_count':
      items = scope
        .messages()
        .filter((m) => m.message_type === 1)
        .map((m) => ({ at: m.created_at }));
      break;
    case 'resolutions_count':
      items = eventsNamed(scope, 'conversation_resolved').map((e) => ({ at: e.created_at }));
      break;
    case 'bot_resolutions_count':
      items = eventsNamed(scope, 'conversation_bot_resolved').map((e) => ({ at: e.created_at }));
      break;
    case 'bot_handoffs_count':
      items = eventsNamed(scope, 'conversation_bot_handoff').map((e) => ({
        at: e.created_at,
        distinct: e.conversation_id ?? undefined,
      }));
      break;
  }
  return items.filter((item) => inRange(item.at, range));
}

function eventsNamed(scope: Scope, name: ReportingEventName): ReportingEvent[] {
  return scope.events().filter((e) => e.name === name);
}

/** COUNT, or COUNT(DISTINCT conversation_id) for bot handoffs. */
function countOf(items: Counted[]): number {
  if (items.length && items[0].distinct !== undefined) return new Set(items.map((i) => i.distinct)).size;
  return items.length;
}

function averagedEvents(scope: Scope, metric: AverageMetric, range: Range | null): ReportingEvent[] {
  return eventsNamed(scope, AVERAGE_METRICS[metric]).filter((e) => inRange(e.created_at, range));
}

/** AVG(value) (or value_in_business_hours): null without rows. */
function average(events: ReportingEvent[], businessHours: boolean): number | null {
  if (!events.length) return null;
  const sum = events.reduce((s, e) => s + (businessHours ? e.value_in_business_hours : e.value), 0);
  return sum / events.length;
}

interface MetricParams {
  scope: Scope;
  range: Range | null;
  businessHours: boolean;
}

/** The `aggregate_value` of a metric over the range. */
function aggregate(metric: CountMetric | AverageMetric, params: MetricParams) {
  if (isCountMetric(metric)) return countOf(countedItems(params.scope, metric, params.range));
  return average(averagedEvents(params.scope, metric, params.range), params.businessHours);
}

// ---------------------------------------------------------------------------------------------
// GET /api/v2/accounts/{account_id}/reports

function timeseries(ctx: RequestContext) {
  const q = ctx.query;
  // common_params: `params[:type].to_sym` comes first.
  if (blank(q.type)) throw invalidAttribute('type', "can't be blank"); // Rails: NoMethodError, a 500
  const metric = q.metric;
  if (!isCountMetric(metric) && !isAverageMetric(metric)) return ok({});
  const scope = scopeOf(ctx, q.type, q.id);
  const range = rangeOf(q.since, q.until);
  if (!range) return ok([]);
  const group = groupByOf(q.group_by);
  const offset = timezoneOffset(q.timezone_offset);
  const starts = bucketsOf(range, group, offset);
  const index = new Map(starts.map((s, i) => [s, i]));
  const slot = (at: number) => index.get(bucketStart(at, group, offset));

  if (isCountMetric(metric)) {
    const perBucket: Counted[][] = starts.map(() => []);
    for (const item of countedItems(scope, metric, range)) {
      const i = slot(item.at);
      if (i !== undefined) perBucket[i].push(item);
    }
    return ok(starts.map((s, i) => ({ value: countOf(perBucket[i]), timestamp: unix(s) })));
  }
  const businessHours = truthy(q.business_hours);
  const perBucket: ReportingEvent[][] = starts.map(() => []);
  for (const event of averagedEvents(scope, metric, range)) {
    const i = slot(event.created_at);
    if (i !== undefined) perBucket[i].push(event);
  }
  return ok(
    starts.map((s, i) => ({
      value: average(perBucket[i], businessHours) ?? 0,
      timestamp: unix(s),
      count: perBucket[i].length,
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// GET /reports/summary and /reports/bot_summary (MetricBuilder#summary / #bot_summary)

/** The current range and ReportsController#range's previous one: same length, ending at `since`. */
function summaryRanges(ctx: RequestContext): { current: Range | null; previous: Range | null } {
  const { since, until } = ctx.query;
  const current = rangeOf(since, until);
  const s = secondsOf(since);
  const previousSince = s - (secondsOf(until) - s);
  const previous = blank(since)
    ? null
    : { since: previousSince * 1000, until: strptimeSeconds(since, 'since') };
  return { current, previous };
}

function summaryFigures(params: MetricParams) {
  const agent = params.scope.type === 'agent';
  const figures: Record<string, number | null> = {
    conversations_count: aggregate('conversations_count', params),
    outgoing_messages_count: aggregate('outgoing_messages_count', params),
    avg_first_response_time: aggregate('avg_first_response_time', params),
    avg_resolution_time: aggregate('avg_resolution_time', params),
    incoming_messages_count: 0,
    resolutions_count: aggregate('resolutions_count', params),
    reply_time: aggregate('reply_time', params),
  };
  // Only non-agent summaries count incoming messages (an agent sends none).
  if (!agent) figures.incoming_messages_count = aggregate('incoming_messages_count', params);
  return figures;
}

function summaryOf<T>(ctx: RequestContext, build: (params: MetricParams) => T) {
  const q = ctx.query;
  if (blank(q.type)) throw invalidAttribute('type', "can't be blank"); // Rails: NoMethodError, a 500
  const ranges = summaryRanges(ctx);
  // One scope for both ranges and every metric: its lists are gathered once (see scopeOf).
  const common = { scope: scopeOf(ctx, q.type, q.id), businessHours: truthy(q.business_hours) };
  const current = build({ ...common, range: ranges.current });
  const previous = build({ ...common, range: ranges.previous });
  return ok({ ...current, previous });
}

const summary = (ctx: RequestContext) => summaryOf(ctx, summaryFigures);

const botSummary = (ctx: RequestContext) =>
  summaryOf(ctx, (params) => ({
    bot_resolutions_count: aggregate('bot_resolutions_count', params),
    bot_handoffs_count: aggregate('bot_handoffs_count', params),
  }));

// ---------------------------------------------------------------------------------------------
// GET /reports/conversations (V2::ReportBuilder#conversation_metrics)

/** Conversation.unattended: no first reply yet, or waiting for a reply. */
const unattended = (c: Conversation) => c.first_reply_created_at === null || c.waiting_since !== null;

function conversationMetrics(ctx: RequestContext) {
  const type = ctx.query.type;
  if (blank(type)) return empty(422);
  const account = accountOf(ctx);
  const open = accountConversations(ctx).filter((c) => c.status === 'open');
  if (type === 'account') {
    return ok({
      open: open.length,
      unattended: open.filter(unattended).length,
      unassigned: open.filter((c) => c.assignee_id === null).length,
    });
  }
  const members = paginate(
    ctx.tables.accountUsers.where('account', account.id),
    pageNumber(ctx.query.page),
    AGENTS_PER_PAGE,
  );
  const rows = members.map((member) => {
    // live_conversations over `scope`: the agent here; another type looks its record up by a nil id.
    if (type !== 'agent') scopeOf(ctx, type, undefined);
    const user = ctx.tables.users.get(member.user_id)!;
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
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.metric.open - b.row.metric.open || a.i - b.i)
    .reverse()
    .map(({ row }) => row);
  return ok(sorted);
}

// ---------------------------------------------------------------------------------------------
// GET /reports/first_response_time_distribution, /inbox_label_matrix, /outgoing_messages_count

const RESPONSE_BUCKETS: [string, number][] = [
  ['0-1h', 3600],
  ['1-4h', 14_400],
  ['4-8h', 28_800],
  ['8-24h', 86_400],
  ['24h+', Infinity],
];

function firstResponseTimeDistribution(ctx: RequestContext) {
  const range = rangeOf(ctx.query.since, ctx.query.until);
  const inboxes = ctx.tables.inboxes.where('account', accountOf(ctx).id);
  const result: Record<string, Record<string, number>> = {};
  const events = accountEvents(ctx).filter(
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
  return ok(result);
}

/** `where(id: params[:ids])` for an array (or single) query value. */
function idsOf(value: unknown): number[] | undefined {
  if (blank(value)) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map(toId).filter((id): id is number => id !== undefined);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inboxLabelMatrix(ctx: RequestContext) {
  const account = accountOf(ctx);
  const range = rangeOf(ctx.query.since, ctx.query.until);
  const inboxIds = idsOf(ctx.query.inbox_ids);
  const labelIds = idsOf(ctx.query.label_ids);
  const inboxes = ctx.tables.inboxes
    .where('account', account.id)
    .filter((i) => !inboxIds || inboxIds.includes(i.id))
    .sort((a, b) => byText(a.name, b.name) || a.id - b.id);
  const labels = ctx.tables.labels
    .where('account', account.id)
    .filter((l) => !labelIds || labelIds.includes(l.id))
    .sort((a, b) => byText(a.title, b.title) || a.id - b.id);
  const conversations = accountConversations(ctx).filter(
    (c) => (range === null || inRange(c.created_at, range)) && (!inboxIds || inboxIds.includes(c.inbox_id)),
  );
  const matrix = inboxes.map((inbox) =>
    labels.map(
      (label) =>
        conversations.filter((c) => c.inbox_id === inbox.id && c.labels.includes(label.title)).length,
    ),
  );
  return ok({
    inboxes: inboxes.map((i) => ({ id: i.id, name: i.name })),
    labels: labels.map((l) => ({ id: l.id, title: l.title })),
    matrix,
  });
}

const OUTGOING_GROUPS = ['agent', 'team', 'inbox', 'label'];

function outgoingMessagesCount(ctx: RequestContext) {
  const group = ctx.query.group_by;
  if (!OUTGOING_GROUPS.includes(group)) return empty(422);
  const account = accountOf(ctx);
  const { tables } = ctx;
  const range = rangeOf(ctx.query.since, ctx.query.until);
  const conversations = accountConversations(ctx);
  const counts = new Map<number | string, number>();
  const add = (key: number | string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const conversation of conversations) {
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
  return ok(rows);
}

// ---------------------------------------------------------------------------------------------
// GET /api/v2/accounts/{account_id}/summary_reports/{agent,team,inbox,label,channel}

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
  ctx: RequestContext,
  ids: number[],
  conversationKey: (c: Conversation) => number | null,
  eventKey: (e: ReportingEvent) => number | null,
): SummaryRow[] {
  const range = rangeOf(ctx.query.since, ctx.query.until);
  const businessHours = truthy(ctx.query.business_hours);
  const conversations = accountConversations(ctx).filter((c) => inRange(c.created_at, range));
  const events = accountEvents(ctx).filter((e) => inRange(e.created_at, range));
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

function agentSummary(ctx: RequestContext) {
  const members = ctx.tables.accountUsers.where('account', accountOf(ctx).id);
  return ok(
    summaryRows(
      ctx,
      members.map((m) => m.user_id),
      (c) => c.assignee_id,
      (e) => e.user_id,
    ),
  );
}

function inboxSummary(ctx: RequestContext) {
  const inboxes = ctx.tables.inboxes.where('account', accountOf(ctx).id);
  return ok(
    summaryRows(
      ctx,
      inboxes.map((i) => i.id),
      (c) => c.inbox_id,
      (e) => e.inbox_id,
    ),
  );
}

function teamSummary(ctx: RequestContext) {
  const { tables } = ctx;
  const teams = tables.teams.where('account', accountOf(ctx).id);
  // Events join their conversation and count for the team it is in now.
  const teamOfEvent = (e: ReportingEvent) =>
    e.conversation_id === null ? null : (tables.conversations.get(e.conversation_id)?.team_id ?? null);
  return ok(
    summaryRows(
      ctx,
      teams.map((t) => t.id),
      (c) => c.team_id,
      teamOfEvent,
    ),
  );
}

/** LabelSummaryBuilder: counts and averages over conversations CREATED in the range (all without one). */
function labelSummary(ctx: RequestContext) {
  const { tables } = ctx;
  const labels = tables.labels.where('account', accountOf(ctx).id);
  const range = rangeOf(ctx.query.since, ctx.query.until);
  const businessHours = truthy(ctx.query.business_hours);
  const created = accountConversations(ctx).filter((c) => range === null || inRange(c.created_at, range));
  const createdIds = new Set(created.map((c) => c.id));
  const events = accountEvents(ctx);
  const labelsOf = (e: ReportingEvent) =>
    e.conversation_id === null ? [] : (tables.conversations.get(e.conversation_id)?.labels ?? []);
  return ok(
    labels.map((label) => {
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
            e.name === 'conversation_resolved' &&
            (range === null || inRange(e.created_at, range)) &&
            tagged(e),
        ).length,
      };
    }),
  );
}

/** ActiveSupport's 6.months: 6 × 30.436875 days. */
const SIX_MONTHS_MS = 6 * 30.436875 * DAY_MS;

function channelSummary(ctx: RequestContext) {
  const { since, until } = ctx.query;
  if (!blank(since) && !blank(until) && (secondsOf(until) - secondsOf(since)) * 1000 > SIX_MONTHS_MS) {
    throw couldNotCreate('Date range cannot exceed 6 months');
  }
  const range = rangeOf(since, until);
  const result: Record<
    string,
    { open: number; resolved: number; pending: number; snoozed: number; total: number }
  > = {};
  for (const conversation of accountConversations(ctx)) {
    if (!inRange(conversation.created_at, range)) continue;
    const inbox = ctx.tables.inboxes.get(conversation.inbox_id);
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
  return ok(result);
}

export const handlers: HandlerMap = {
  getReportTimeseries: timeseries,
  getReportSummary: summary,
  getReportBotSummary: botSummary,
  getConversationMetrics: conversationMetrics,
  getFirstResponseTimeDistribution: firstResponseTimeDistribution,
  getInboxLabelMatrix: inboxLabelMatrix,
  getOutgoingMessagesCount: outgoingMessagesCount,
  getAgentSummaryReport: agentSummary,
  getTeamSummaryReport: teamSummary,
  getInboxSummaryReport: inboxSummary,
  getLabelSummaryReport: labelSummary,
  getChannelSummaryReport: channelSummary,
};
