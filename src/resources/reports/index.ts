/**
 * v2 reports (app/controllers/api/v2/accounts/reports_controller.rb, summary_reports_controller.rb),
 * computed at request time by domain/reports from the fake's own conversations, messages and
 * reporting events. Ranges are DateRangeHelper's (domain/date_range.ts): without both `since` and
 * `until` ranged queries match nothing.
 */
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { toId } from '../../http/params';
import { CustomException, InvalidAttribute } from '../../domain/errors';
import { rangeOf, strptimeSeconds, type Range } from '../../domain/date_range';
import { DAY_MS, groupByOf, reportZone } from '../../domain/reports/buckets';
import {
  accountConversationMetrics,
  agentConversationMetrics,
  firstResponseTimeDistribution,
  inboxLabelMatrix,
  OUTGOING_GROUPS,
  outgoingMessagesCount,
} from '../../domain/reports/breakdowns';
import {
  botSummaryFigures,
  isMetric,
  summaryFigures,
  timeseries,
  type MetricParams,
} from '../../domain/reports/metrics';
import { botMetrics } from '../../domain/reports/live';
import { reportScope } from '../../domain/reports/scope';
import {
  agentSummary,
  channelSummary,
  inboxSummary,
  labelSummary,
  teamSummary,
  type SummaryOptions,
} from '../../domain/reports/summaries';
import { blank, castBoolean, toI } from '../../rails/casts';
import { pageNumber, paginate } from '../../rails/pagination';
import { unix } from '../../views/time';

const AGENTS_PER_PAGE = 25;

/** `ActiveModel::Type::Boolean.new.cast(params[:business_hours])` used as a condition. */
const truthy = (value: unknown): boolean => castBoolean(value) === true;

/** `params[:since].to_i` (an array query value has no `to_i` in Ruby: 0 here). */
const secondsOf = (value: unknown): number => toI(value) ?? 0;

/** common_params: `params[:type].to_sym` comes first; Rails fails on a missing type (NoMethodError, a 500). */
function requireType(ctx: RequestContext): void {
  if (blank(ctx.query.type)) throw new InvalidAttribute('type', "can't be blank");
}

const rangeOfQuery = (ctx: RequestContext): Range | null => rangeOf(ctx.query.since, ctx.query.until);

// GET /api/v2/accounts/{account_id}/reports
function getTimeseries(ctx: RequestContext) {
  const q = ctx.query;
  requireType(ctx);
  if (!isMetric(q.metric)) return ok({});
  const report = reportScope(ctx, q.type, toId(q.id));
  const range = rangeOfQuery(ctx);
  if (!range) return ok([]);
  const params = {
    report,
    range,
    businessHours: truthy(q.business_hours),
    group: groupByOf(q.group_by),
    zone: reportZone(q.timezone_offset, ctx.store.clock.peek()),
  };
  return ok(
    timeseries(params, q.metric).map(({ start, value, count }) => ({
      value,
      timestamp: unix(start),
      ...(count === undefined ? {} : { count }),
    })),
  );
}

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

// GET /reports/summary and /reports/bot_summary (MetricBuilder#summary / #bot_summary)
function summaryOf<T>(ctx: RequestContext, build: (params: MetricParams) => T) {
  const q = ctx.query;
  requireType(ctx);
  const ranges = summaryRanges(ctx);
  // One report scope for both ranges and every metric: its lists are gathered once.
  const common = { report: reportScope(ctx, q.type, toId(q.id)), businessHours: truthy(q.business_hours) };
  const current = build({ ...common, range: ranges.current });
  const previous = build({ ...common, range: ranges.previous });
  return ok({ ...current, previous });
}

// GET /reports/conversations (V2::ReportBuilder#conversation_metrics)
function conversationMetrics(ctx: RequestContext) {
  const type = ctx.query.type;
  if (blank(type)) return empty(422);
  if (type === 'account') return ok(accountConversationMetrics(ctx));
  const members = paginate(
    ctx.tables.accountUsers.where('account', accountOf(ctx).id),
    pageNumber(ctx.query.page),
    AGENTS_PER_PAGE,
  );
  return ok(agentConversationMetrics(ctx, type, members));
}

/** `where(id: params[:ids])` for an array (or single) query value. */
function idsOf(value: unknown): number[] | undefined {
  if (blank(value)) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map(toId).filter((id): id is number => id !== undefined);
}

function getOutgoingMessagesCount(ctx: RequestContext) {
  const group = ctx.query.group_by;
  if (!(OUTGOING_GROUPS as readonly unknown[]).includes(group)) return empty(422);
  return ok(outgoingMessagesCount(ctx, rangeOfQuery(ctx), group));
}

// GET /api/v2/accounts/{account_id}/summary_reports/{agent,team,inbox,label,channel}
const summaryOptions = (ctx: RequestContext): SummaryOptions => ({
  range: rangeOfQuery(ctx),
  businessHours: truthy(ctx.query.business_hours),
});

/** ActiveSupport's 6.months: 6 × 30.436875 days. */
const SIX_MONTHS_MS = 6 * 30.436875 * DAY_MS;

function getChannelSummary(ctx: RequestContext) {
  const { since, until } = ctx.query;
  if (!blank(since) && !blank(until) && (secondsOf(until) - secondsOf(since)) * 1000 > SIX_MONTHS_MS) {
    // CustomExceptions::Report::InvalidDateRange, rendered by render_error_response.
    throw new CustomException('Date range cannot exceed 6 months');
  }
  return ok(channelSummary(ctx, rangeOfQuery(ctx)));
}

export const handlers: HandlerMap = {
  getReportTimeseries: getTimeseries,
  getReportSummary: (ctx) => summaryOf(ctx, summaryFigures),
  getReportBotSummary: (ctx) => summaryOf(ctx, botSummaryFigures),
  getConversationMetrics: conversationMetrics,
  getFirstResponseTimeDistribution: (ctx) => ok(firstResponseTimeDistribution(ctx, rangeOfQuery(ctx))),
  getInboxLabelMatrix: (ctx) =>
    ok(inboxLabelMatrix(ctx, rangeOfQuery(ctx), idsOf(ctx.query.inbox_ids), idsOf(ctx.query.label_ids))),
  getOutgoingMessagesCount,
  getReportBotMetrics: (ctx) => ok(botMetrics(ctx, rangeOfQuery(ctx))),
  getAgentSummaryReport: (ctx) => ok(agentSummary(ctx, summaryOptions(ctx))),
  getTeamSummaryReport: (ctx) => ok(teamSummary(ctx, summaryOptions(ctx))),
  getInboxSummaryReport: (ctx) => ok(inboxSummary(ctx, summaryOptions(ctx))),
  getLabelSummaryReport: (ctx) => ok(labelSummary(ctx, summaryOptions(ctx))),
  getChannelSummaryReport: getChannelSummary,
};
