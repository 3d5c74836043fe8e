/**
 * Live reports (app/controllers/api/v2/accounts/live_reports_controller.rb): counts over the
 * conversations as they are now, for the account or one team. The controller's before_actions run in
 * their order — the team lookup (404), the group_by check (422 `{"error":"invalid group_by"}`), then
 * ReportPolicy#view? (401 for agents) — so the operations let every member in and refuse agents here.
 */
import { ok, isAdministrator, type HandlerMap, type RequestContext } from '../../http/context';
import { CouldNotCreate, NotAuthorized } from '../../domain/errors';
import {
  groupedConversationMetrics,
  LIVE_GROUPS,
  liveConversationMetrics,
  liveConversations,
  type LiveGroup,
} from '../../domain/reports/live';

function authorize(ctx: RequestContext): void {
  if (!isAdministrator(ctx)) throw new NotAuthorized();
}

// GET /api/v2/accounts/{account_id}/live_reports/conversation_metrics
function conversationMetrics(ctx: RequestContext) {
  const conversations = liveConversations(ctx, ctx.query.team_id);
  authorize(ctx);
  return ok(liveConversationMetrics(conversations));
}

// GET /api/v2/accounts/{account_id}/live_reports/grouped_conversation_metrics
function groupedMetrics(ctx: RequestContext) {
  const conversations = liveConversations(ctx, ctx.query.team_id);
  const group = ctx.query.group_by;
  if (!(LIVE_GROUPS as readonly unknown[]).includes(group)) {
    throw new CouldNotCreate('invalid group_by');
  }
  authorize(ctx);
  return ok(groupedConversationMetrics(conversations, group as LiveGroup));
}

export const handlers: HandlerMap = {
  getLiveConversationMetrics: conversationMetrics,
  getLiveGroupedConversationMetrics: groupedMetrics,
};
