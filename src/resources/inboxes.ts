/**
 * Inboxes (app/controllers/api/v1/accounts/inboxes_controller.rb): list and show by visibility,
 * create / update / delete by administrators, and the inbox's agent bot.
 */
import { findInbox, visibleInboxIds } from '../domain/access';
import {
  bindAgentBot,
  createInbox,
  destroyInbox,
  formatCsatConfig,
  inboxAgentBot,
  removeInboxAvatar,
  unbindAgentBot,
  updateInbox,
  type WorkingHourParams,
} from '../domain/inboxes';
import { accountOf, empty, isAdministrator, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidAttribute } from '../http/errors';
import { permit, toId } from '../http/params';
import { blank, isHash } from '../rails/casts';
import type { ApiChannel, Channel, Inbox, JsonObject, WebWidgetChannel, WorkingHour } from '../store';
import { agentView, membershipOf } from '../views/agent';
import { agentBotView } from '../views/agent_bot';
import { CHANNEL_TYPES, permitProviderChannel } from './inbox_channels';
import { inboxView } from '../views/inbox';

/** inboxes_controller.rb#inbox_attributes, minus avatar (a file) and what the fake has no model for. */
const INBOX_KEYS = [
  'name',
  'greeting_enabled',
  'greeting_message',
  'enable_email_collect',
  'csat_survey_enabled',
  'enable_auto_assignment',
  'working_hours_enabled',
  'out_of_office_message',
  'timezone',
  'allow_messages_after_resolved',
  'lock_to_single_conversation',
  'sender_name_type',
  'business_name',
  'portal_id',
] as const;

/** Channel::WebWidget::EDITABLE_ATTRS (selected_feature_flags handled apart). */
const WIDGET_KEYS = [
  'website_url',
  'widget_color',
  'welcome_title',
  'welcome_tagline',
  'reply_time',
  'pre_chat_form_enabled',
  'pre_chat_form_options',
  'continuity_via_email',
  'hmac_mandatory',
  'allowed_domains',
] as const;

/** Channel::Api::EDITABLE_ATTRS */
const API_KEYS = ['webhook_url', 'hmac_mandatory', 'additional_attributes'] as const;

/** WorkingHour's permitted columns (inbox_update_params' working_hours). */
const WORKING_HOUR_KEYS = [
  'closed_all_day',
  'open_hour',
  'open_minutes',
  'close_hour',
  'close_minutes',
  'open_all_day',
] as const;

const PRE_CHAT_FIELD_KEYS = [
  'field_type',
  'label',
  'placeholder',
  'name',
  'enabled',
  'type',
  'required',
  'locale',
  'values',
  'regex_pattern',
  'regex_cue',
] as const;

/** Strong parameters for pre_chat_form_options: [:pre_chat_message, :require_email, {pre_chat_fields: [...]}]. */
function permitPreChatOptions(options: Record<string, any>): JsonObject {
  const out: JsonObject = permit(options, ['pre_chat_message', 'require_email']) as JsonObject;
  if (Array.isArray(options.pre_chat_fields)) {
    out.pre_chat_fields = options.pre_chat_fields
      .filter(isHash)
      .map((f) => permit(f, PRE_CHAT_FIELD_KEYS) as JsonObject);
  }
  return out;
}

/** The permitted channel attributes for a channel type, as the record expects them. */
function channelChanges(type: Channel['type'], params: Record<string, any>): Partial<Channel> {
  if (type !== 'Channel::Api' && type !== 'Channel::WebWidget')
    return permitProviderChannel(type, params) as Partial<Channel>;
  if (type === 'Channel::Api') return permit(params, API_KEYS) as Partial<ApiChannel>;
  const changes = permit(params, WIDGET_KEYS) as Partial<WebWidgetChannel> & Record<string, any>;
  if (isHash(params.pre_chat_form_options)) {
    changes.pre_chat_form_options = permitPreChatOptions(params.pre_chat_form_options);
  } else delete changes.pre_chat_form_options;
  if (Array.isArray(params.selected_feature_flags)) changes.feature_flags = params.selected_feature_flags;
  return changes;
}

/** The uploaded `avatar` file's name, when one was sent (multipart). */
function avatarFilename(ctx: RequestContext): string | undefined {
  return ctx.files.find((f) => f.fieldname === 'avatar')?.originalname;
}

/** The permitted `working_hours` days, when a list is given. */
function workingHoursParam(params: unknown): WorkingHourParams[] | undefined {
  if (!Array.isArray(params)) return undefined;
  return params.filter(isHash).map((p) => ({
    day_of_week: p.day_of_week,
    changes: permit(p, WORKING_HOUR_KEYS) as Partial<WorkingHour>,
  }));
}

/** csat_config: [:display_type, :message, :button_text, { survey_rules: [:operator, { values: [] }], template: [...] }] */
function permitCsatConfig(params: unknown): JsonObject | undefined {
  if (!isHash(params)) return undefined;
  const out = permit(params, ['display_type', 'message', 'button_text']) as JsonObject;
  if (isHash(params.survey_rules)) {
    const rules = permit(params.survey_rules, ['operator']) as JsonObject;
    if (Array.isArray(params.survey_rules.values)) rules.values = params.survey_rules.values;
    out.survey_rules = rules;
  }
  if (isHash(params.template))
    out.template = permit(params.template, ['name', 'template_id', 'created_at', 'language']) as JsonObject;
  return out;
}

/** The permitted inbox attributes (inbox_attributes), `portal_id` read as an id. */
function inboxFields(body: Record<string, any>): Partial<Inbox> {
  const fields = permit(body, INBOX_KEYS) as Partial<Inbox> & Record<string, any>;
  if ('portal_id' in fields)
    fields.portal_id = blank(fields.portal_id) ? null : (toId(fields.portal_id) ?? -1);
  const csat = permitCsatConfig(body.csat_config);
  if (csat) fields.csat_config = csat;
  return fields;
}

/** The inbox partial, with its help-center portal when one is linked. */
function render(ctx: RequestContext, inbox: Inbox) {
  const portal = inbox.portal_id ? ctx.tables.portals.get(inbox.portal_id) : undefined;
  return inboxView(inbox, { admin: isAdministrator(ctx), portal });
}

function list(ctx: RequestContext) {
  const account = accountOf(ctx);
  const visible = visibleInboxIds(ctx);
  const admin = isAdministrator(ctx);
  const inboxes = ctx.tables.inboxes
    .where('account', account.id)
    .filter((inbox) => visible === 'all' || visible.has(inbox.id))
    .sort((a, b) => {
      const x = a.name.toLowerCase();
      const y = b.name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a.id - b.id;
    });
  return ok({
    payload: inboxes.map((inbox) => (inbox.portal_id ? render(ctx, inbox) : inboxView(inbox, { admin }))),
  });
}

function show(ctx: RequestContext) {
  return ok(render(ctx, findInbox(ctx, ctx.params.id)));
}

function create(ctx: RequestContext) {
  const body = ctx.body ?? {};
  // `permitted_params[:channel][:type]` on a missing channel is a NoMethodError: Chatwoot answers 500;
  // the fake answers 422 "Channel can't be blank".
  if (!isHash(body.channel)) throw invalidAttribute('channel', "can't be blank");
  const type = body.channel.type;
  const channelType =
    typeof type === 'string' && Object.hasOwn(CHANNEL_TYPES, type) ? CHANNEL_TYPES[type] : undefined;
  const inbox = createInbox(ctx, {
    channelType,
    channel: channelType ? channelChanges(channelType, body.channel) : {},
    fields: inboxFields(body),
    avatarFilename: avatarFilename(ctx),
  });
  return ok(render(ctx, inbox));
}

function update(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  const fields = inboxFields(body);
  // `inbox_params[:csat_config] = format_csat_config(...) if permitted_params[:csat_config].present?`
  if (fields.csat_config) {
    if (Object.keys(fields.csat_config).length) fields.csat_config = formatCsatConfig(fields.csat_config);
    else delete fields.csat_config;
  }
  const updated = updateInbox(ctx, inbox, {
    fields,
    channel: isHash(body.channel) ? channelChanges(inbox.channel.type, body.channel) : {},
    workingHours: workingHoursParam(body.working_hours),
    avatarFilename: avatarFilename(ctx),
  });
  return ok(render(ctx, updated));
}

/**
 * Inbox#assignable_agents: `account.users.where(id: members)` then `account.administrators`, each user
 * once (both in id order, as the database returns them).
 */
function assignableAgents(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const accountId = accountOf(ctx).id;
  const memberIds = ctx.tables.inboxMembers
    .where('inbox', inbox.id)
    .map((m) => m.user_id)
    .filter((id) => membershipOf(ctx.tables, accountId, id))
    .sort((a, b) => a - b);
  const adminIds = ctx.tables.accountUsers
    .where('account', accountId)
    .filter((m) => m.role === 'administrator')
    .map((m) => m.user_id)
    .sort((a, b) => a - b);
  const payload = [...new Set([...memberIds, ...adminIds])].flatMap((id) => {
    const user = ctx.tables.users.get(id);
    const membership = membershipOf(ctx.tables, accountId, id);
    return user && membership ? [agentView(user, membership)] : [];
  });
  return ok({ payload });
}

function remove(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  destroyInbox(ctx.store, inbox);
  return ok({ message: 'Your inbox deletion request will be processed in some time.' });
}

function removeAvatar(ctx: RequestContext) {
  removeInboxAvatar(ctx.store, findInbox(ctx, ctx.params.id));
  return empty();
}

function agentBot(ctx: RequestContext) {
  const bot = inboxAgentBot(ctx.store, findInbox(ctx, ctx.params.id));
  // An empty jbuilder block leaves the key out: no bot → `{}`.
  return ok(bot ? { agent_bot: agentBotView(bot, { accountId: accountOf(ctx).id }) } : {});
}

/** `AgentBot.find(params[:agent_bot]) if params[:agent_bot]`: none unbinds. */
function setAgentBot(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const param = ctx.body?.agent_bot;
  if (param === undefined || param === null || param === false) unbindAgentBot(ctx.store, inbox);
  else bindAgentBot(ctx.store, inbox, toId(param));
  return empty();
}

export const handlers: HandlerMap = {
  listInboxes: list,
  getInbox: show,
  createInbox: create,
  updateInbox: update,
  replaceInbox: update,
  deleteInbox: remove,
  deleteInboxAvatar: removeAvatar,
  getInboxAgentBot: agentBot,
  listInboxAssignableAgents: assignableAgents,
  setInboxAgentBot: setAgentBot,
};
