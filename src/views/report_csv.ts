/**
 * The v2 report downloads as their ERB templates render them (app/views/api/v2/accounts/reports/
 * *.csv.erb and conversation_traffic.erb, with Rails' ERB trim mode): the "Reporting period" line (or
 * the "Timezone" line), the newline after its tag and the template's empty second line — two empty
 * lines — then the header row and one row per record, every row through CSVSafe. Header wording is
 * config/locales/en.yml's `reports.*_csv` keys.
 */
import type { Cell } from '../domain/reports/exports';
import { csvLine } from '../rails/csv';
import { dateToS } from '../rails/time';

export const AGENT_HEADERS = [
  'Agent name',
  'Assigned conversations',
  'Avg first response time',
  'Avg resolution time',
  'Avg customer waiting time',
  'Resolution Count',
];

/** inboxes.csv.erb names five columns (en.yml has no waiting-time or resolution key for inboxes); rows have seven. */
export const INBOX_HEADERS = [
  'Inbox name',
  'Inbox type',
  'No. of conversations',
  'Avg first response time',
  'Avg resolution time',
];

export const LABEL_HEADERS = [
  'Label',
  'No. of conversations',
  'Avg first response time',
  'Avg resolution time',
  'Avg reply time',
  'Resolution Count',
];

export const TEAM_HEADERS = [
  'Team name',
  'Conversations count',
  'Avg first response time',
  'Avg resolution time',
  'Avg customer waiting time',
  'Resolution Count',
];

export const CONVERSATION_HEADERS = [
  'Conversations',
  'Messages received',
  'Messages sent',
  'Avg first response time',
  'Avg resolution time',
  'Resolution count',
  'Avg customer waiting time',
];

const safe = { safe: true };

/** A report with its period (`since` / `until` in epoch ms, shown as UTC dates), headers and rows. */
export function periodReportCsv(since: number, until: number, headers: string[], rows: Cell[][]): string {
  let csv = csvLine([`Reporting period ${dateToS(since)} to ${dateToS(until)}`], safe) + '\n\n';
  csv += csvLine(headers, safe);
  for (const row of rows) csv += csvLine(row, safe);
  return csv;
}

/** conversation_traffic.erb: the zone's TimeZone#to_s (empty without one), then the heatmap rows. */
export function trafficCsv(zone: string | null, rows: Cell[][]): string {
  let csv = csvLine(['Timezone', zone]) + '\n\n';
  for (const row of rows) csv += csvLine(row, safe);
  return csv;
}
