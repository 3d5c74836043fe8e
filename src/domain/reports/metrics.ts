/**
 * Report metrics (V2::Reports::Timeseries::CountReportBuilder and AverageReportBuilder, MetricBuilder):
 * counts of conversations, messages and reporting events, and averages of the events' values, over a
 * range (a nil range matches nothing) or per time bucket.
 */
import type { ReportingEvent, ReportingEventName } from '../../store';
import { inRange, type Range } from '../date_range';
import { bucketed, type GroupBy } from './buckets';
import type { TimeZone } from '../../rails/time_zone';
import type { ReportScope } from './scope';

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
export type Metric = CountMetric | AverageMetric;

const isCountMetric = (m: unknown): m is CountMetric => (COUNT_METRICS as readonly unknown[]).includes(m);
const isAverageMetric = (m: unknown): m is AverageMetric =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(AVERAGE_METRICS, m);
export const isMetric = (m: unknown): m is Metric => isCountMetric(m) || isAverageMetric(m);

/** A counted item: when it happened, and (bot handoffs) the key counted once. */
interface Counted {
  at: number;
  distinct?: number;
}

function eventsNamed(report: ReportScope, name: ReportingEventName): ReportingEvent[] {
  return report.events().filter((e) => e.name === name);
}

function countedItems(report: ReportScope, metric: CountMetric, range: Range | null): Counted[] {
  let items: Counted[];
  switch (metric) {
    case 'conversations_count':
      items = report.conversations().map((c) => ({ at: c.created_at }));
      break;
    case 'incoming_messages_count':
      items = report
        .messages()
        .filter((m) => m.message_type === 0)
        .map((m) => ({ at: m.created_at }));
      break;
    case 'outgoing_messages_count':
      items = report
        .messages()
        .filter((m) => m.message_type === 1)
        .map((m) => ({ at: m.created_at }));
      break;
    case 'resolutions_count':
      items = eventsNamed(report, 'conversation_resolved').map((e) => ({ at: e.created_at }));
      break;
    case 'bot_resolutions_count':
      items = eventsNamed(report, 'conversation_bot_resolved').map((e) => ({ at: e.created_at }));
      break;
    case 'bot_handoffs_count':
      items = eventsNamed(report, 'conversation_bot_handoff').map((e) => ({
        at: e.created_at,
        distinct: e.conversation_id ?? undefined,
      }));
      break;
  }
  return items.filter((item) => inRange(item.at, range));
}

/** COUNT, or COUNT(DISTINCT conversation_id) for bot handoffs. */
function countOf(items: Counted[]): number {
  if (items.length && items[0].distinct !== undefined) return new Set(items.map((i) => i.distinct)).size;
  return items.length;
}

function averagedEvents(report: ReportScope, metric: AverageMetric, range: Range | null): ReportingEvent[] {
  return eventsNamed(report, AVERAGE_METRICS[metric]).filter((e) => inRange(e.created_at, range));
}

/** AVG(value) (or value_in_business_hours): null without rows. */
export function average(events: ReportingEvent[], businessHours: boolean): number | null {
  if (!events.length) return null;
  const sum = events.reduce((s, e) => s + (businessHours ? e.value_in_business_hours : e.value), 0);
  return sum / events.length;
}

export interface MetricParams {
  report: ReportScope;
  range: Range | null;
  businessHours: boolean;
}

/** The `aggregate_value` of a metric over the range. */
function aggregate(metric: Metric, params: MetricParams): number | null {
  if (isCountMetric(metric)) return countOf(countedItems(params.report, metric, params.range));
  return average(averagedEvents(params.report, metric, params.range), params.businessHours);
}

/** One point of a time series: the bucket's start (epoch ms), its value, and for averages the rows averaged. */
export interface SeriesPoint {
  start: number;
  value: number;
  count?: number;
}

/** The metric per bucket of `range`; an average over no rows is 0. */
export function timeseries(
  params: MetricParams & { range: Range; group: GroupBy; zone: TimeZone },
  metric: Metric,
): SeriesPoint[] {
  const { report, range, group, zone } = params;
  if (isCountMetric(metric)) {
    return bucketed(countedItems(report, metric, range), (i) => i.at, range, group, zone).map((b) => ({
      start: b.start,
      value: countOf(b.items),
    }));
  }
  const events = averagedEvents(report, metric, range);
  return bucketed(events, (e) => e.created_at, range, group, zone).map((b) => ({
    start: b.start,
    value: average(b.items, params.businessHours) ?? 0,
    count: b.items.length,
  }));
}

/** MetricBuilder#summary over one range. */
export function summaryFigures(params: MetricParams): Record<string, number | null> {
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
  if (params.report.type !== 'agent')
    figures.incoming_messages_count = aggregate('incoming_messages_count', params);
  return figures;
}

/** MetricBuilder#bot_summary over one range. */
export const botSummaryFigures = (params: MetricParams) => ({
  bot_resolutions_count: aggregate('bot_resolutions_count', params),
  bot_handoffs_count: aggregate('bot_handoffs_count', params),
});
