/**
 * The v2 report downloads (ReportsController#agents, inboxes, labels, teams, conversations_summary,
 * conversation_traffic): `text/csv` attachments rendered from the summary builders' rows. Rails reads
 * `since` and `until` only in the template's "Reporting period" line (`Date.strptime(params[:since],
 * '%s')`): without them it fails with a 500; the fake answers 422 naming the parameter.
 */
import { csvFile, type HandlerMap, type RequestContext } from '../../http/context';
import { rangeOf, strptimeSeconds } from '../../domain/date_range';
import { InvalidAttribute } from '../../domain/errors';
import { reportZone, UTC } from '../../domain/reports/buckets';
import {
  agentsExport,
  conversationsSummaryExport,
  conversationTraffic,
  inboxesExport,
  labelsExport,
  MAX_TRAFFIC_DAYS,
  teamsExport,
  type Cell,
} from '../../domain/reports/exports';
import type { SummaryOptions } from '../../domain/reports/summaries';
import { blank, castBoolean, toF, toI } from '../../rails/casts';
import { zoneForOffset, zoneNamed, zoneToS } from '../../rails/time_zone';
import {
  AGENT_HEADERS,
  CONVERSATION_HEADERS,
  INBOX_HEADERS,
  LABEL_HEADERS,
  periodReportCsv,
  TEAM_HEADERS,
  trafficCsv,
} from '../../views/report_csv';

/** build_params: the range and `business_hours` (ActiveModel boolean cast). */
const optionsOf = (ctx: RequestContext): SummaryOptions => ({
  range: rangeOf(ctx.query.since, ctx.query.until),
  businessHours: castBoolean(ctx.query.business_hours) === true,
});

/** The period line's `Date.strptime(params[...], '%s')`. */
function periodParam(ctx: RequestContext, name: 'since' | 'until'): number {
  const value = ctx.query[name];
  if (blank(value)) throw new InvalidAttribute(name, "can't be blank");
  return strptimeSeconds(value, name);
}

/** A download with the period line: the rows are built first, as the controller does, then rendered. */
function periodDownload(
  filename: string,
  headers: string[],
  rows: (ctx: RequestContext, options: SummaryOptions) => Cell[][],
) {
  return (ctx: RequestContext) => {
    const data = rows(ctx, optionsOf(ctx));
    const csv = periodReportCsv(periodParam(ctx, 'since'), periodParam(ctx, 'until'), headers, data);
    return csvFile(csv, `${filename}.csv`);
  };
}

// GET /api/v2/accounts/{account_id}/reports/conversation_traffic
function conversationTrafficDownload(ctx: RequestContext) {
  const q = ctx.query;
  // generate_heatmap_data_for_timezone looks up `ActiveSupport::TimeZone[params[:timezone_offset]]`:
  // nil raises ArgumentError there (a 500 in Rails).
  const offset = q.timezone_offset;
  if (offset === undefined) throw new InvalidAttribute('timezone_offset', "can't be blank");
  if (typeof offset !== 'string') throw new InvalidAttribute('timezone_offset');
  const days = blank(q.days_before) ? 6 : (toI(q.days_before) ?? 0);
  if (days > MAX_TRAFFIC_DAYS) {
    throw new InvalidAttribute('days_before', `must be less than or equal to ${MAX_TRAFFIC_DAYS}`);
  }
  const now = ctx.store.clock.peek();
  const rows = conversationTraffic(ctx, reportZone(offset, now), zoneNamed(offset) ?? UTC, now, days);
  // The header line's zone: `ActiveSupport::TimeZone[(params[:timezone_offset] || 0).to_f]`.
  const zone = zoneForOffset(toF(offset) ?? 0, now);
  return csvFile(trafficCsv(zone && zoneToS(zone, now), rows), 'conversation_traffic_reports.csv');
}

export const handlers: HandlerMap = {
  getAgentsReportCsv: periodDownload('agents_report', AGENT_HEADERS, agentsExport),
  getInboxesReportCsv: periodDownload('inboxes_report', INBOX_HEADERS, inboxesExport),
  getLabelsReportCsv: periodDownload('labels_report', LABEL_HEADERS, labelsExport),
  getTeamsReportCsv: periodDownload('teams_report', TEAM_HEADERS, teamsExport),
  getConversationsSummaryReportCsv: periodDownload(
    'conversations_summary_report',
    CONVERSATION_HEADERS,
    conversationsSummaryExport,
  ),
  getConversationTrafficReportCsv: conversationTrafficDownload,
};
