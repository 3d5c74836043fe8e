/**
 * The rows of the v2 report downloads (Api::V2::Accounts::ReportsHelper and HeatmapHelper): one row per
 * agent, inbox, team or label from the summary builders, the account's conversation summary, and the
 * conversation traffic heatmap (conversations per hour over the last days).
 */
import type { Range } from '../date_range';
import type { Scope } from '../scope';
import { fromWall, toWall, type TimeZone } from '../../rails/time_zone';
import { DAY_MS } from './buckets';
import { summaryFigures, timeseries } from './metrics';
import { reportScope } from './scope';
import { agentSummary, inboxSummary, labelSummary, teamSummary, type SummaryOptions } from './summaries';

export type Cell = string | number | null;

const UNITS: [string, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Reports::TimeFormatPresenter#format: `--` for nothing (nil or 0 seconds), otherwise the two largest
 * non-zero units of days, hours, minutes and seconds ("1 day 2 hours", "1 hour 30 minutes").
 */
export function formatDuration(value: number | null): string {
  let seconds = value === null ? 0 : Math.trunc(value);
  if (seconds === 0) return '--';
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count !== 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
  }
  return parts.length ? parts.slice(0, 2).join(' ') : '0 seconds';
}

interface SummaryFigures {
  conversations_count: number;
  avg_first_response_time: number | null;
  avg_resolution_time: number | null;
  avg_reply_time: number | null;
  resolved_conversations_count: number;
}

/** generate_readable_report_metrics: count, the three averages as durations, resolutions. */
const readable = (row: SummaryFigures): Cell[] => [
  row.conversations_count,
  formatDuration(row.avg_first_response_time),
  formatDuration(row.avg_resolution_time),
  formatDuration(row.avg_reply_time),
  row.resolved_conversations_count,
];

/** The account's users (AgentSummaryBuilder's rows), by name. */
export function agentsExport(scope: Scope, options: SummaryOptions): Cell[][] {
  return agentSummary(scope, options).map((row) => [
    scope.tables.users.get(row.id)?.name ?? null,
    ...readable(row),
  ]);
}

/** Channel#name of the fake's two channel types. */
const CHANNEL_NAMES: Record<string, string> = { 'Channel::WebWidget': 'Website', 'Channel::Api': 'API' };

/** The account's inboxes, by name and channel name. */
export function inboxesExport(scope: Scope, options: SummaryOptions): Cell[][] {
  return inboxSummary(scope, options).map((row) => {
    const inbox = scope.tables.inboxes.get(row.id);
    return [inbox?.name ?? null, inbox ? CHANNEL_NAMES[inbox.channel.type] : null, ...readable(row)];
  });
}

export function teamsExport(scope: Scope, options: SummaryOptions): Cell[][] {
  return teamSummary(scope, options).map((row) => [
    scope.tables.teams.get(row.id)?.name ?? null,
    ...readable(row),
  ]);
}

/** LabelSummaryBuilder's rows (averages 0, shown as `--`, when there is none). */
export function labelsExport(scope: Scope, options: SummaryOptions): Cell[][] {
  return labelSummary(scope, options).map((row) => [row.name, ...readable(row)]);
}

/** generate_conversations_report: the account's MetricBuilder#summary as one row. */
export function conversationsSummaryExport(scope: Scope, options: SummaryOptions): Cell[][] {
  const figures = summaryFigures({
    report: reportScope(scope, 'account', undefined),
    range: options.range,
    businessHours: options.businessHours,
  });
  return [
    [
      figures.conversations_count,
      figures.incoming_messages_count,
      figures.outgoing_messages_count,
      formatDuration(figures.avg_first_response_time),
      formatDuration(figures.avg_resolution_time),
      figures.resolutions_count,
      formatDuration(figures.reply_time),
    ],
  ];
}

/** At most this many days of traffic (each day is 24 hourly buckets). */
export const MAX_TRAFFIC_DAYS = 3660;

/**
 * HeatmapHelper#generate_conversations_heatmap_report: the account's conversations per hour, bucketed
 * in `zone` (TimezoneHelper's pick for `timezone_offset`), from `days` days before the start of today
 * to it — today as `dayZone` sees it (`ActiveSupport::TimeZone[params[:timezone_offset]]`, which names
 * no zone for a number, and then the server's UTC day). Each bucket is then read in UTC (`Time.at`):
 * a header row of the dates, then one row per hour of the day in the order the hours first appear,
 * with each date's count (nil where that date has no such hour).
 */
export function conversationTraffic(
  scope: Scope,
  zone: TimeZone,
  dayZone: TimeZone,
  now: number,
  days: number,
): Cell[][] {
  const midnight = Math.floor(toWall(dayZone, now) / DAY_MS) * DAY_MS;
  const range: Range = {
    since: fromWall(dayZone, midnight - days * DAY_MS),
    until: fromWall(dayZone, midnight),
  };
  const points =
    range.since < range.until
      ? timeseries(
          {
            report: reportScope(scope, 'account', undefined),
            range,
            businessHours: false,
            group: 'hour',
            zone,
          },
          'conversations_count',
        )
      : [];
  const cells = points.map((p) => {
    const iso = new Date(p.start).toISOString();
    return { date: iso.slice(0, 10), hour: Number(iso.slice(11, 13)), value: p.value };
  });
  const dates = [...new Set(cells.map((c) => c.date))].sort();
  const byHour = new Map<number, Map<string, number>>();
  for (const cell of cells) {
    let row = byHour.get(cell.hour);
    if (!row) byHour.set(cell.hour, (row = new Map()));
    if (!row.has(cell.date)) row.set(cell.date, cell.value);
  }
  const rows: Cell[][] = [['Start of the hour', ...dates]];
  for (const [hour, values] of byHour) {
    rows.push([`${String(hour).padStart(2, '0')}:00`, ...dates.map((d) => values.get(d) ?? null)]);
  }
  return rows;
}
