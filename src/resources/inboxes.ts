/**
 * Inboxes (app/controllers/api/v1/accounts/inboxes_controller.rb): list and show by visibility,
 * create / update / delete by administrators, and the inbox's agent bot.
 */
import { findInbox, visibleInboxIds } from '../domain/access';
import { changedAttributes, changeList } from '../domain/changes';
import {
  destroyInbox,
  newApiChannel,
  newInboxFields,
  newWebWidgetChannel,
  nextChannelId,
  withPreChatDefaults,
} from '../domain/records';
import {
  accountOf,
  empty,
  isAdministrator,
  ok,
  recordEvent,
  type HandlerMap,
  type RequestContext,
  type UploadedFile,
} from '../http/context';
import { couldNotCreate, invalidAttribute, invalidRecord, notFound } from '../http/errors';
import { permit, toId } from '../http/params';
import { blank, isHash, toI } from '../rails/casts';
import type { ApiChannel, Channel, Inbox, Json, JsonObject, WebWidgetChannel, WorkingHour } from '../store';
import { Errors, type FieldError } from '../domain/validations';
import { agentBotView } from '../views/agent_bot';
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

/** The fake's channels, by the `channel.type` Chatwoot's create reads. */
const CHANNEL_TYPES: Record<string, Channel['type']> = {
  web_widget: 'Channel::WebWidget',
  api: 'Channel::Api',
};
/** Accepted by Chatwoot's create, but they need real provider credentials. */
const PROVIDER_CHANNEL_TYPES = ['email', 'line', 'telegram', 'whatsapp', 'sms'];

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

/** Limits::URL_LENGTH_LIMIT, OUT_OF_OFFICE_MESSAGE_MAX_LENGTH, GREETING_MESSAGE_MAX_LENGTH (lib/limits.rb). */
const URL_LENGTH_LIMIT = 2048;
const MESSAGE_MAX_LENGTH = 10_000;

/** Inbox name format for email, API and web widget inboxes (app/models/inbox.rb, multiline regexp). */
const NAME_FORMAT = /^\b[^/\\<>@]*\b$/m;
const NAME_FORMAT_MESSAGE =
  'Name should not start or end with symbols, and it should not have < > / \\ @ characters.';

/** The base URL the fake's views use for links (as Chatwoot's FRONTEND_URL). */
const FRONTEND_URL = 'http://127.0.0.1:3000';

/** TZInfo::Timezone.all_identifiers, as far as the runtime's ICU knows them. */
function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Inbox model validations, in declaration order (app/models/inbox.rb). */
function inboxErrors(inbox: Partial<Inbox>, channelType: Channel['type'] | null): FieldError[] {
  const errors = new Errors();
  const name = inbox.name ?? '';
  if (blank(name)) errors.add('name', "Name can't be blank");
  if (channelType && !NAME_FORMAT.test(name)) errors.add('name', NAME_FORMAT_MESSAGE);
  if (!isTimezone(inbox.timezone ?? '')) errors.add('timezone', 'Timezone is not included in the list');
  if ((inbox.out_of_office_message ?? '').length > MESSAGE_MAX_LENGTH) {
    errors.add(
      'out_of_office_message',
      `Out of office message is too long (maximum is ${MESSAGE_MAX_LENGTH} characters)`,
    );
  }
  if ((inbox.greeting_message ?? '').length > MESSAGE_MAX_LENGTH) {
    errors.add(
      'greeting_message',
      `Greeting message is too long (maximum is ${MESSAGE_MAX_LENGTH} characters)`,
    );
  }
  // belongs_to :channel (required): no channel was created for an unknown type.
  if (!channelType) errors.add('channel', 'Channel must exist');
  return errors.list;
}

/** Channel::WebWidget / Channel::Api validations. */
function channelErrors(channel: Channel): FieldError[] {
  const errors = new Errors();
  if (channel.type === 'Channel::WebWidget') {
    if (blank(channel.website_url)) errors.add('website_url', "Website url can't be blank");
    if (blank(channel.widget_color)) errors.add('widget_color', "Widget color can't be blank");
  } else {
    const window = channel.additional_attributes?.agent_reply_time_window;
    if (!blank(window) && (toI(window) ?? 0) <= 0) {
      errors.add(
        'agent_reply_time_window',
        'Agent reply time window agent_reply_time_window must be greater than 0',
      );
    }
    if ((channel.webhook_url ?? '').length > URL_LENGTH_LIMIT) {
      errors.add('webhook_url', `Webhook url is too long (maximum is ${URL_LENGTH_LIMIT} characters)`);
    }
  }
  return errors.list;
}

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
  if (type === 'Channel::Api') return permit(params, API_KEYS) as Partial<ApiChannel>;
  const changes = permit(params, WIDGET_KEYS) as Partial<WebWidgetChannel> & Record<string, any>;
  if (isHash(params.pre_chat_form_options)) {
    changes.pre_chat_form_options = permitPreChatOptions(params.pre_chat_form_options);
  } else delete changes.pre_chat_form_options;
  if (Array.isArray(params.selected_feature_flags)) changes.feature_flags = params.selected_feature_flags;
  return changes;
}

/** The uploaded `avatar` file as an Active Storage URL, when one was sent (multipart). */
function avatarUrl(ctx: RequestContext): string | undefined {
  const file: UploadedFile | undefined = ctx.files.find((f) => f.fieldname === 'avatar');
  if (!file) return undefined;
  const key = ctx.store.nextToken('', 28);
  return `${FRONTEND_URL}/rails/active_storage/blobs/redirect/${key}/${encodeURIComponent(file.originalname)}`;
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
  return ok({ payload: inboxes.map((inbox) => inboxView(inbox, { admin })) });
}

function show(ctx: RequestContext) {
  return ok(inboxView(findInbox(ctx, ctx.params.id), { admin: isAdministrator(ctx) }));
}

function create(ctx: RequestContext) {
  const account = accountOf(ctx);
  const { store, tables } = ctx;
  const body = ctx.body ?? {};
  // `permitted_params[:channel][:type]` on a missing channel is a NoMethodError: Chatwoot answers 500;
  // the fake answers 422 "Channel can't be blank".
  if (!isHash(body.channel)) throw invalidAttribute('channel', "can't be blank");
  const type = body.channel.type;
  if (PROVIDER_CHANNEL_TYPES.includes(type)) {
    throw couldNotCreate(
      `chatwoot-fake creates web_widget and api inboxes only; "${type}" inboxes need a real provider`,
    );
  }
  const channelType =
    typeof type === 'string' && Object.hasOwn(CHANNEL_TYPES, type) ? CHANNEL_TYPES[type] : undefined;
  const fields = permit(body, INBOX_KEYS) as Partial<Inbox>;

  // The channel is created (create!) before the inbox is built, so its errors come first.
  let channelAttrs: Partial<Channel> | undefined;
  if (channelType) {
    channelAttrs = channelChanges(channelType, body.channel);
    const candidate = {
      type: channelType,
      widget_color: '#1f93ff',
      additional_attributes: {},
      ...channelAttrs,
    } as Channel;
    const errors = channelErrors(candidate);
    if (errors.length) throw invalidRecord(errors);
  }
  const errors = inboxErrors({ timezone: 'UTC', ...fields }, channelType ?? null);
  if (errors.length) throw invalidRecord(errors);

  const channel =
    channelType === 'Channel::Api'
      ? newApiChannel(store, channelAttrs as Partial<ApiChannel>)
      : newWebWidgetChannel(store, channelAttrs as Partial<WebWidgetChannel>);
  const avatar = avatarUrl(ctx);
  const inbox = tables.inboxes.insert({
    ...newInboxFields(account.id, '', channel, nextChannelId(store, channel.type), store.clock.now()),
    ...fields,
    ...(avatar ? { avatar_url: avatar } : {}),
  } as Omit<Inbox, 'id'>);
  recordEvent(ctx, 'inbox_created', { inboxId: inbox.id });
  return ok(inboxView(inbox, { admin: isAdministrator(ctx) }));
}

/** WorkingHour validations (app/models/working_hour.rb); open_all_day means 00:00–23:59. */
function applyWorkingHour(day: WorkingHour, params: Record<string, any>): WorkingHour | undefined {
  const next: WorkingHour = {
    ...day,
    ...(permit(params, [
      'closed_all_day',
      'open_hour',
      'open_minutes',
      'close_hour',
      'close_minutes',
      'open_all_day',
    ]) as Partial<WorkingHour>),
  };
  if (next.open_all_day)
    Object.assign(next, { open_hour: 0, open_minutes: 0, close_hour: 23, close_minutes: 59 });
  if (next.open_all_day && next.closed_all_day) return undefined;
  if (!next.closed_all_day) {
    const { open_hour: oh, open_minutes: om, close_hour: ch, close_minutes: cm } = next;
    if (oh === null || om === null || ch === null || cm === null) return undefined;
    if (oh < 0 || oh > 23 || ch < 0 || ch > 23 || om < 0 || om > 59 || cm < 0 || cm > 59) return undefined;
    if (ch * 60 + cm <= oh * 60 + om) return undefined;
  }
  return next;
}

/** Inbox#update_working_hours: each given day by day_of_week; an invalid day is skipped (non-bang update). */
function updatedWorkingHours(current: WorkingHour[], params: unknown): WorkingHour[] | undefined {
  if (!Array.isArray(params)) return undefined;
  const days = current.map((d) => ({ ...d }));
  for (const p of params.filter(isHash)) {
    const index = days.findIndex((d) => d.day_of_week === p.day_of_week);
    if (index < 0) continue;
    const next = applyWorkingHour(days[index], p);
    if (next) days[index] = next;
  }
  return days;
}

function update(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  const fields = permit(body, INBOX_KEYS) as Partial<Inbox>;
  // @inbox.update! runs first: its errors win over the channel's.
  const errors = inboxErrors({ ...inbox, ...fields }, inbox.channel.type);
  if (errors.length) throw invalidRecord(errors);

  let channel: Channel = inbox.channel;
  const changes = isHash(body.channel) ? channelChanges(inbox.channel.type, body.channel) : {};
  if (Object.keys(changes).length) {
    channel = { ...inbox.channel, ...changes } as Channel;
    if (channel.type === 'Channel::WebWidget' && 'pre_chat_form_options' in changes) {
      channel.pre_chat_form_options = withPreChatDefaults(channel.pre_chat_form_options);
    }
    const channelProblems = channelErrors(channel);
    if (channelProblems.length) throw invalidRecord(channelProblems);
  }
  const workingHours = updatedWorkingHours(inbox.working_hours, body.working_hours);
  const avatar = avatarUrl(ctx);

  const before = { ...inbox, ...inbox.channel, working_hours: inbox.working_hours };
  const updated = ctx.tables.inboxes.update(inbox.id, {
    ...fields,
    channel,
    ...(workingHours ? { working_hours: workingHours } : {}),
    ...(avatar ? { avatar_url: avatar } : {}),
  });
  const after = { ...updated, ...updated.channel, working_hours: updated.working_hours };
  const changed = changeList<Json>(
    changedAttributes<Record<string, unknown>>(before, after, [
      ...INBOX_KEYS,
      'avatar_url',
      'working_hours',
      ...Object.keys(changes),
    ]),
  );
  if (changed.length) recordEvent(ctx, 'inbox_updated', { inboxId: inbox.id, changedAttributes: changed });
  return ok(inboxView(updated, { admin: isAdministrator(ctx) }));
}

function remove(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  destroyInbox(ctx.store, inbox);
  return ok({ message: 'Your inbox deletion request will be processed in some time.' });
}

function removeAvatar(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  ctx.tables.inboxes.update(inbox.id, { avatar_url: '' });
  return empty();
}

function agentBot(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const binding = ctx.tables.agentBotInboxes.findBy('inbox', inbox.id);
  const bot = binding && ctx.tables.agentBots.get(binding.agent_bot_id);
  // An empty jbuilder block leaves the key out: no bot → `{}`.
  return ok(bot ? { agent_bot: agentBotView(bot, { admin: isAdministrator(ctx) }) } : {});
}

/** `AgentBot.find(params[:agent_bot]) if params[:agent_bot]`; the fake only knows this account's and global bots. */
function setAgentBot(ctx: RequestContext) {
  const inbox = findInbox(ctx, ctx.params.id);
  const { tables } = ctx;
  const param = ctx.body?.agent_bot;
  const binding = tables.agentBotInboxes.findBy('inbox', inbox.id);
  if (param === undefined || param === null || param === false) {
    if (binding) tables.agentBotInboxes.delete(binding.id);
    return empty();
  }
  const id = toId(param);
  const bot = id === undefined ? undefined : tables.agentBots.get(id);
  if (!bot || (bot.account_id !== null && bot.account_id !== inbox.account_id)) throw notFound();
  if (binding) tables.agentBotInboxes.update(binding.id, { agent_bot_id: bot.id });
  else
    tables.agentBotInboxes.insert({ account_id: inbox.account_id, inbox_id: inbox.id, agent_bot_id: bot.id });
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
  setInboxAgentBot: setAgentBot,
};
