/**
 * CSAT survey responses (app/controllers/api/v1/accounts/csat_survey_responses_controller.rb):
 * index (plain array, 25 per page), metrics and the CSV download, all over the same filters — time
 * range (`since...until`), assigned agents (`user_ids`), `inbox_id`, `team_id`, `rating` — and Sift's
 * `sort` on created_at. Responses come from contacts answering an input_csat message
 * (src/events/csat.ts).
 */
import { accountOf, baseUrlOf, ok, text, type HandlerMap, type RequestContext } from '../http/context';
import { inRange, rangeOf, strptimeSeconds } from '../domain/date_range';
import { invalidAttribute } from '../http/errors';
import { blank } from '../rails/casts';
import { csvLine } from '../rails/csv';
import { pageNumber, paginate } from '../rails/pagination';
import { dateToS, timeToS } from '../rails/time';
import type { CsatSurveyResponse, Tables } from '../store';
import { agentView, membershipOf } from '../views/agent';
import { contactView } from '../views/contact';
import { unix } from '../views/time';

const PER_PAGE = 25;

/** `where(column: value)` for a scalar or array query value, compared as Rails casts to integer. */
function matcher(value: unknown): ((n: number | null) => boolean) | undefined {
  if (blank(value)) return undefined;
  const wanted = new Set((Array.isArray(value) ? value : [value]).map((v) => String(v).trim()));
  return (n) => n !== null && wanted.has(String(n));
}

/** set_csat_survey_responses: the account's responses with the request's filters. */
function filtered(ctx: RequestContext): CsatSurveyResponse[] {
  const { tables } = ctx;
  const q = ctx.query;
  const range = rangeOf(q.since, q.until);
  const agent = matcher(q.user_ids);
  const inbox = matcher(q.inbox_id);
  const team = matcher(q.team_id);
  const rating = matcher(q.rating);
  const rows = tables.csatSurveyResponses.where('account', accountOf(ctx).id).filter((r) => {
    if (range && !inRange(r.created_at, range)) return false;
    if (agent && !agent(r.assigned_agent_id)) return false;
    if (rating && !rating(r.rating)) return false;
    // A conversation's responses go with it (dependent: :destroy_async).
    const conversation = tables.conversations.get(r.conversation_id);
    if (!conversation) return false;
    if (inbox && !inbox(conversation.inbox_id)) return false;
    if (team && !team(conversation.team_id)) return false;
    return true;
  });
  if (q.sort === 'created_at') rows.sort((a, b) => a.created_at - b.created_at || a.id - b.id);
  else if (q.sort === '-created_at') rows.sort((a, b) => b.created_at - a.created_at || a.id - b.id);
  return rows;
}

/** app/views/api/v1/models/_csat_survey_response.json.jbuilder */
function csatSurveyResponseView(tables: Tables, response: CsatSurveyResponse) {
  const view: Record<string, unknown> = {
    id: response.id,
    rating: response.rating,
    feedback_message: response.feedback_message,
    account_id: response.account_id,
    message_id: response.message_id,
  };
  const contact = tables.contacts.get(response.contact_id);
  if (contact) view.contact = contactView(contact);
  view.conversation_id = tables.conversations.get(response.conversation_id)!.display_id;
  const agent =
    response.assigned_agent_id === null ? undefined : tables.users.get(response.assigned_agent_id);
  const membership = agent ? membershipOf(tables, response.account_id, agent.id) : undefined;
  if (agent && membership) view.assigned_agent = agentView(agent, membership);
  view.created_at = unix(response.created_at);
  return view;
}

function list(ctx: RequestContext) {
  const page = paginate(filtered(ctx), pageNumber(ctx.query.page), PER_PAGE);
  return ok(page.map((r) => csatSurveyResponseView(ctx.tables, r)));
}

function metrics(ctx: RequestContext) {
  const responses = filtered(ctx);
  const ratings: Record<string, number> = {};
  for (const r of responses) ratings[r.rating] = (ratings[r.rating] ?? 0) + 1;
  // set_total_sent_messages_count: the account's input_csat messages, in the range when there is one.
  const q = ctx.query;
  const range = rangeOf(q.since, q.until);
  let sent = 0;
  for (const conversation of ctx.tables.conversations.where('account', accountOf(ctx).id)) {
    for (const m of ctx.tables.messages.where('conversation', conversation.id)) {
      if (m.content_type !== 'input_csat') continue;
      if (range && !inRange(m.created_at, range)) continue;
      sent++;
    }
  }
  return ok({ total_count: responses.length, ratings_count: ratings, total_sent_messages_count: sent });
}

/** download.csv.erb (community edition: no review notes column). */
function download(ctx: RequestContext) {
  const { tables } = ctx;
  const account = accountOf(ctx);
  const responses = filtered(ctx);
  // The template's closing line reads both parameters (a nil `since` fails Date.strptime).
  // Rails fails there with a 500 without them; the fake answers 422 naming the missing parameter.
  if (blank(ctx.query.since)) throw invalidAttribute('since', "can't be blank");
  if (blank(ctx.query.until)) throw invalidAttribute('until', "can't be blank");
  const since = strptimeSeconds(ctx.query.since, 'since');
  const until = strptimeSeconds(ctx.query.until, 'until');
  const base = baseUrlOf(ctx);
  let csv = csvLine([
    'Agent Name',
    'Rating',
    'Feedback Comment',
    'Contact Name',
    'Contact Email Address',
    'Contact Phone Number',
    'Link to the conversation',
    'Recorded date',
  ]);
  for (const r of responses) {
    const agent = r.assigned_agent_id === null ? undefined : tables.users.get(r.assigned_agent_id);
    const contact = tables.contacts.get(r.contact_id);
    const conversation = tables.conversations.get(r.conversation_id);
    csv += csvLine([
      agent ? `${agent.name} (${agent.email})` : null,
      r.rating,
      r.feedback_message || null,
      contact?.name || null,
      contact?.email || null,
      contact?.phone_number || null,
      conversation ? `${base}/app/accounts/${account.id}/conversations/${conversation.display_id}` : null,
      timeToS(r.created_at),
    ]);
  }
  csv += csvLine([`Reporting period ${dateToS(since)} to ${dateToS(until)}`]);
  return text(csv, 'text/csv', { 'Content-Disposition': 'attachment; filename=csat_report.csv' });
}

export const handlers: HandlerMap = {
  listCsatSurveyResponses: list,
  getCsatSurveyResponseMetrics: metrics,
  downloadCsatSurveyResponses: download,
};
