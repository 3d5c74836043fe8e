/**
 * GET /conversations/{id}/reporting_events (Enterprise: `Enterprise::Api::V1::Accounts::ConversationsController
 * #reporting_events`, enterprise/app/views/api/v1/models/_reporting_event.json.jbuilder): the rows the
 * reporting listener wrote for one conversation (src/events/reporting.ts), oldest first.
 */
import { findConversation } from '../domain/access';
import { ok, type HandlerMap, type RequestContext } from '../http/context';
import type { ReportingEvent } from '../store';
import { iso, isoOrNull } from '../views/time';

/** The partial renders the columns as stored: float seconds, Times as ISO strings, the conversation's db id. */
function reportingEventView(event: ReportingEvent) {
  return {
    id: event.id,
    name: event.name,
    value: event.value,
    value_in_business_hours: event.value_in_business_hours,
    event_start_time: isoOrNull(event.event_start_time),
    event_end_time: isoOrNull(event.event_end_time),
    account_id: event.account_id,
    inbox_id: event.inbox_id,
    user_id: event.user_id,
    conversation_id: event.conversation_id,
    created_at: iso(event.created_at),
    // Reporting events are written once; the fake keeps no separate updated_at.
    updated_at: iso(event.created_at),
  };
}

function list(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const events = [...ctx.tables.reportingEvents.where('conversation', conversation.id)].sort(
    (a, b) => a.created_at - b.created_at || a.id - b.id,
  );
  return ok(events.map(reportingEventView));
}

export const handlers: HandlerMap = {
  listConversationReportingEvents: list,
};
