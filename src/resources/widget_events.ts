/**
 * The web widget's events (app/controllers/api/v1/widget/events_controller.rb): the widget reports
 * that it was opened (`webwidget.triggered`) with what it knows of the page; Chatwoot dispatches the
 * event with the contact inbox and `event_info`, which WebhookListener and AgentBotListener deliver as
 * `webwidget_triggered` (ContactInbox#webhook_data + `event_info`).
 */
import { browserLanguage, browserParams, widgetContext } from '../domain/widget';
import { publicParams } from '../http/params';
import { empty, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { isHash } from '../rails/casts';
import type { JsonObject } from '../store';

function header(ctx: RequestContext, name: string): string | undefined {
  const value = ctx.headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * `dispatch(permitted_params[:name], …, contact_inbox:, event_info: permitted_params[:event_info].to_h
 * .merge(event_info))`, then `head :no_content`. Events::Base#method_name turns the name's dots into
 * underscores; `webwidget_triggered` is the only listener method the widget's events reach in the fake
 * (any other name is dispatched to no listener and only answered).
 */
function create(ctx: RequestContext) {
  const { contactInbox, params } = widgetContext(ctx, publicParams(ctx), header(ctx, 'x-auth-token'));
  const name = params.name === undefined || params.name === null ? '' : String(params.name);
  if (name.replace(/\./g, '_') === 'webwidget_triggered') {
    // `event_info: {}` permits a hash only; the server's keys win over the widget's (Hash#merge).
    const eventInfo: JsonObject = {
      ...(isHash(params.event_info) ? params.event_info : {}),
      widget_language: params.locale ?? null,
      browser_language: browserLanguage(header(ctx, 'accept-language')),
      browser: { ...browserParams(header(ctx, 'user-agent')) },
    };
    recordEvent(ctx, 'webwidget_triggered', { contactInboxId: contactInbox.id, eventInfo });
  }
  return empty(204);
}

export const handlers: HandlerMap = {
  createWidgetEvent: create,
};
