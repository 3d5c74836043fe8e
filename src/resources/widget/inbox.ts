/**
 * What the web widget reads about its inbox without a visitor (app/controllers/api/v1/widget/
 * inbox_members_controller.rb and campaigns_controller.rb skip set_contact): only the website_token.
 */
import { widgetInbox } from '../../domain/widget';
import { ok, type HandlerMap, type RequestContext } from '../../http/context';
import { publicParams } from '../../http/params';
import { widgetCampaignsView, widgetInboxMembersView } from '../../views/widget';

/** InboxMembersController#index: the inbox's agents (name, avatar, availability). */
function inboxMembers(ctx: RequestContext) {
  const inbox = widgetInbox(ctx, publicParams(ctx));
  return ok(widgetInboxMembersView(ctx.tables, inbox));
}

/** CampaignsController#index: the inbox's enabled campaigns of its account. */
function campaigns(ctx: RequestContext) {
  const inbox = widgetInbox(ctx, publicParams(ctx));
  const enabled = ctx.tables.campaigns
    .where('inbox', inbox.id)
    .filter((c) => c.enabled === true && c.account_id === inbox.account_id)
    .sort((a, b) => a.id - b.id);
  return ok(widgetCampaignsView(ctx.tables, enabled));
}

export const handlers: HandlerMap = {
  listWidgetInboxMembers: inboxMembers,
  listWidgetCampaigns: campaigns,
};
