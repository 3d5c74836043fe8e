/**
 * Inboxes and their channels (app/models/inbox.rb, channel/web_widget.rb, channel/api.rb,
 * working_hour.rb): records with Chatwoot's column defaults (shared with the fixture loader), the
 * model validations, create and update with the inbox events, the agent bot binding, and destroy.
 */
import type {
  AgentBot,
  ApiChannel,
  Channel,
  Inbox,
  Json,
  JsonObject,
  Store,
  WebWidgetChannel,
  WorkingHour,
} from '../store';
import { blank, toI } from '../rails/casts';
import { isIanaZone } from '../rails/time_zone';
import { RecordInvalid, RecordNotFound } from './errors';
import { BLOB_PATH } from './files';
import { accountOf, recordEvent, type Scope } from './scope';
import { Errors, type FieldError } from './validations';
import { changedAttributes, changeList } from './changes';
import {
  FRONTEND_URL,
  PROVIDER_CHANNEL_TYPES,
  castChannelAttributes,
  newProviderChannel,
  providerChannelErrors,
  reauthorized,
  type ProviderChannel,
  type ProviderChannelType,
} from './channels';

// ---------------------------------------------------------------------------------------------
// records

/** Monday–Sunday, open 9:00–17:00 on weekdays: Chatwoot's default schedule (OutOfOffisable). */
export function defaultWorkingHours(): WorkingHour[] {
  return [0, 1, 2, 3, 4, 5, 6].map((day) => {
    const weekend = day === 0 || day === 6;
    return {
      day_of_week: day,
      closed_all_day: weekend,
      open_hour: weekend ? null : 9,
      open_minutes: weekend ? null : 0,
      close_hour: weekend ? null : 17,
      close_minutes: weekend ? null : 0,
      open_all_day: false,
    };
  });
}

/** An inbox record with Chatwoot's column defaults; the channel decides the rest. */
export function newInboxFields(
  accountId: number,
  name: string,
  channel: Channel,
  channelId: number,
  at: number,
): Omit<Inbox, 'id'> {
  return {
    account_id: accountId,
    channel_id: channelId,
    channel,
    name,
    avatar_url: '',
    greeting_enabled: false,
    greeting_message: null,
    working_hours_enabled: false,
    enable_email_collect: true,
    csat_survey_enabled: false,
    csat_config: {},
    portal_id: null,
    enable_auto_assignment: true,
    auto_assignment_config: {},
    out_of_office_message: null,
    working_hours: defaultWorkingHours(),
    timezone: 'UTC',
    allow_messages_after_resolved: true,
    lock_to_single_conversation: false,
    sender_name_type: 'friendly',
    business_name: null,
    created_at: at,
  };
}

/** The next channel id for a channel type (Chatwoot numbers each channel table separately). */
export function nextChannelId(store: Store, type: Channel['type']): number {
  let max = 0;
  for (const inbox of store.tables.inboxes.all())
    if (inbox.channel.type === type) max = Math.max(max, inbox.channel_id);
  return max + 1;
}

/**
 * Channel::WebWidget#validate_pre_chat_options (a before_validation): when no pre-chat fields are
 * given, the whole options hash is replaced by the three standard (disabled) fields.
 */
export function withPreChatDefaults(options: JsonObject | undefined): JsonObject {
  const fields = options?.pre_chat_fields;
  if (Array.isArray(fields) && fields.length > 0) return options!;
  const field = (label: string, name: string, type: string, required: boolean) => ({
    field_type: 'standard',
    label,
    name,
    type,
    required,
    enabled: false,
  });
  return {
    pre_chat_message: 'Share your queries or comments here.',
    pre_chat_fields: [
      field('Email Id', 'emailAddress', 'email', true),
      field('Full name', 'fullName', 'text', false),
      field('Phone number', 'phoneNumber', 'text', false),
    ],
  };
}

/** Channel::WebWidget with its column defaults; tokens come from the store unless given. */
export function newWebWidgetChannel(
  store: Store,
  attrs: Partial<Omit<WebWidgetChannel, 'type'>> = {},
): WebWidgetChannel {
  return {
    type: 'Channel::WebWidget',
    website_url: attrs.website_url ?? '',
    widget_color: attrs.widget_color ?? '#1f93ff',
    welcome_title: attrs.welcome_title ?? null,
    welcome_tagline: attrs.welcome_tagline ?? null,
    website_token: attrs.website_token ?? store.nextToken('', 24),
    hmac_token: attrs.hmac_token ?? store.nextToken('', 24),
    hmac_mandatory: attrs.hmac_mandatory ?? false,
    pre_chat_form_enabled: attrs.pre_chat_form_enabled ?? false,
    pre_chat_form_options: withPreChatDefaults(attrs.pre_chat_form_options),
    continuity_via_email: attrs.continuity_via_email ?? true,
    reply_time: attrs.reply_time ?? 'in_a_few_minutes',
    // feature_flags column default 7: attachments, emoji_picker, end_conversation.
    feature_flags: attrs.feature_flags ?? ['attachments', 'emoji_picker', 'end_conversation'],
    allowed_domains: attrs.allowed_domains ?? '',
  };
}

/** Channel::Api with its column defaults; identifier, hmac_token and secret are secure tokens. */
export function newApiChannel(store: Store, attrs: Partial<Omit<ApiChannel, 'type'>> = {}): ApiChannel {
  return {
    type: 'Channel::Api',
    webhook_url: attrs.webhook_url ?? null,
    identifier: attrs.identifier ?? store.nextToken('', 24),
    hmac_token: attrs.hmac_token ?? store.nextToken('', 24),
    hmac_mandatory: attrs.hmac_mandatory ?? false,
    secret: attrs.secret ?? store.nextToken('', 24),
    additional_attributes: attrs.additional_attributes ?? {},
  };
}

/**
 * Destroys an inbox and what belongs to it, as Inbox's `dependent:` associations do (run by
 * DeleteObjectJob): its conversations and their messages, contact inboxes, members, the agent bot
 * binding and inbox webhooks. Contacts stay.
 */
export function destroyInbox(store: Store, inbox: Inbox): void {
  const { tables } = store;
  for (const conversation of tables.conversations.where('inbox', inbox.id)) {
    for (const message of tables.messages.where('conversation', conversation.id))
      tables.messages.delete(message.id);
    tables.conversations.delete(conversation.id);
  }
  for (const ci of tables.contactInboxes.where('inbox', inbox.id)) tables.contactInboxes.delete(ci.id);
  for (const m of tables.inboxMembers.where('inbox', inbox.id)) tables.inboxMembers.delete(m.id);
  for (const b of tables.agentBotInboxes.where('inbox', inbox.id)) tables.agentBotInboxes.delete(b.id);
  for (const w of tables.webhooks.where('account', inbox.account_id)) {
    if (w.inbox_id === inbox.id) tables.webhooks.delete(w.id);
  }
  tables.inboxes.delete(inbox.id);
}

// ---------------------------------------------------------------------------------------------
// validations

/** Limits::URL_LENGTH_LIMIT, OUT_OF_OFFICE_MESSAGE_MAX_LENGTH, GREETING_MESSAGE_MAX_LENGTH (lib/limits.rb). */
const URL_LENGTH_LIMIT = 2048;
const MESSAGE_MAX_LENGTH = 10_000;

/** Inbox name format for email, API and web widget inboxes (app/models/inbox.rb, multiline regexp). */
const NAME_FORMAT = /^\b[^/\\<>@]*\b$/m;
const NAME_FORMAT_MESSAGE =
  'Name should not start or end with symbols, and it should not have < > / \\ @ characters.';

/** Inbox#check_channel_type?: the name format applies to these channels only. */
const NAME_FORMAT_CHANNELS: readonly Channel['type'][] = [
  'Channel::Email',
  'Channel::Api',
  'Channel::WebWidget',
];

/** Inbox model validations, in declaration order; `channelType` null when no channel could be made. */
function inboxErrors(inbox: Partial<Inbox>, channelType: Channel['type'] | null): FieldError[] {
  const errors = new Errors();
  const name = inbox.name ?? '';
  if (blank(name)) errors.add('name', "Name can't be blank");
  if (channelType && NAME_FORMAT_CHANNELS.includes(channelType) && !NAME_FORMAT.test(name))
    errors.add('name', NAME_FORMAT_MESSAGE);
  if (!isIanaZone(inbox.timezone ?? '')) errors.add('timezone', 'Timezone is not included in the list');
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

/**
 * `belongs_to :portal, optional: true`: Rails does not look the portal up, the foreign key does; the fake
 * answers 422 "Portal must exist" for a portal that is not the account's (Rails would answer 500).
 */
function portalErrors(store: Store, accountId: number, portalId: unknown): FieldError[] {
  if (portalId === undefined || portalId === null) return [];
  const portal = typeof portalId === 'number' ? store.tables.portals.get(portalId) : undefined;
  return portal && portal.account_id === accountId
    ? []
    : [{ attribute: 'portal', message: 'Portal must exist' }];
}

/**
 * InboxesController#format_csat_config: the permitted `csat_config` with its defaults; a template is kept
 * only when one is given.
 */
export function formatCsatConfig(config: JsonObject): JsonObject {
  const rules = (config.survey_rules ?? {}) as JsonObject;
  const out: JsonObject = {
    display_type: config.display_type || 'emoji',
    message: config.message || '',
    button_text: config.button_text || 'Please rate us',
    survey_rules: { operator: rules.operator || 'contains', values: rules.values || [] },
  };
  if (!blank(config.template)) out.template = config.template;
  return out;
}

/** Channel::WebWidget / Channel::Api validations (the others: channels.ts). */
function channelErrors(
  store: Store,
  channel: Channel,
  creating: boolean,
  selfInboxId?: number,
): FieldError[] {
  if (isProviderChannel(channel)) return providerChannelErrors(store, channel, creating, selfInboxId);
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

const isProviderChannel = (channel: Channel): channel is ProviderChannel =>
  (PROVIDER_CHANNEL_TYPES as readonly string[]).includes(channel.type);

function check(errors: FieldError[]): void {
  if (errors.length) throw new RecordInvalid(errors);
}

/** A day of `working_hours` as permitted: its day_of_week and the columns to change. */
export interface WorkingHourParams {
  day_of_week: unknown;
  changes: Partial<WorkingHour>;
}

/** WorkingHour validations; open_all_day means 00:00–23:59. Undefined when the day is invalid. */
function applyWorkingHour(day: WorkingHour, changes: Partial<WorkingHour>): WorkingHour | undefined {
  const next: WorkingHour = { ...day, ...changes };
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
function updatedWorkingHours(current: WorkingHour[], params: WorkingHourParams[]): WorkingHour[] {
  const days = current.map((d) => ({ ...d }));
  for (const p of params) {
    const index = days.findIndex((d) => d.day_of_week === p.day_of_week);
    if (index < 0) continue;
    const next = applyWorkingHour(days[index], p.changes);
    if (next) days[index] = next;
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// create, update

/** An uploaded avatar's Active Storage URL (the fake keeps only the URL). */
function avatarUrl(store: Store, filename: string): string {
  const key = store.nextToken('', 28);
  return `${FRONTEND_URL}${BLOB_PATH}/${key}/${encodeURIComponent(filename)}`;
}

export interface NewInbox {
  /** The channel type asked for; undefined when the fake has no such channel. */
  channelType: Channel['type'] | undefined;
  /** Permitted channel attributes. */
  channel: Partial<Channel>;
  /** Permitted inbox attributes. */
  fields: Partial<Inbox>;
  /** The uploaded avatar's file name, when one was sent. */
  avatarFilename?: string;
}

/**
 * Channel create! then the inbox's save! (so the channel's errors come first), then inbox_created.
 * Tokens are drawn in Chatwoot's order: the channel's, then the avatar's.
 */
export function createInbox(scope: Scope, params: NewInbox): Inbox {
  const { store, tables } = scope;
  const { channelType, fields } = params;
  let channel: Channel | undefined;
  if (channelType && (PROVIDER_CHANNEL_TYPES as readonly string[]).includes(channelType)) {
    channel = newProviderChannel(store, channelType as ProviderChannelType, params.channel);
    check(channelErrors(store, channel, true));
  } else if (channelType) {
    const candidate = {
      type: channelType,
      widget_color: '#1f93ff',
      additional_attributes: {},
      ...params.channel,
    };
    check(channelErrors(store, candidate as Channel, true));
  }
  // InboxesController#inbox_name: a Telegram inbox is named after its bot.
  const named = channel?.type === 'Channel::Telegram' ? { ...fields, name: channel.bot_name ?? '' } : fields;
  check(inboxErrors({ timezone: 'UTC', ...named }, channelType ?? null));
  check(portalErrors(store, accountOf(scope).id, named.portal_id));

  channel ??=
    channelType === 'Channel::Api'
      ? newApiChannel(store, params.channel as Partial<ApiChannel>)
      : newWebWidgetChannel(store, params.channel as Partial<WebWidgetChannel>);
  const avatar = params.avatarFilename === undefined ? undefined : avatarUrl(store, params.avatarFilename);
  const inbox = tables.inboxes.insert({
    ...newInboxFields(
      accountOf(scope).id,
      '',
      channel,
      nextChannelId(store, channel.type),
      store.clock.now(),
    ),
    ...named,
    ...(avatar ? { avatar_url: avatar } : {}),
  } as Omit<Inbox, 'id'>);
  recordEvent(scope, 'inbox_created', { inboxId: inbox.id });
  return inbox;
}

export interface InboxUpdate {
  /** Permitted inbox attributes. */
  fields: Partial<Inbox>;
  /** Permitted channel attributes (may be empty). */
  channel: Partial<Channel>;
  /** Permitted `working_hours`, when given as a list. */
  workingHours?: WorkingHourParams[];
  avatarFilename?: string;
}

/**
 * @inbox.update! (its errors win over the channel's), the channel's update!, the working hours,
 * then inbox_updated with what changed on the inbox and its channel.
 */
export function updateInbox(scope: Scope, inbox: Inbox, params: InboxUpdate): Inbox {
  const { fields, channel: changes } = params;
  check(inboxErrors({ ...inbox, ...fields }, inbox.channel.type));
  if ('portal_id' in fields) check(portalErrors(scope.store, inbox.account_id, fields.portal_id));

  let channel: Channel = inbox.channel;
  if (Object.keys(changes).length) {
    // reauthorize_and_update_channel: `reauthorized!` first, then the channel's update!.
    const cast = isProviderChannel(inbox.channel)
      ? castChannelAttributes(inbox.channel.type, changes as Record<string, unknown>)
      : changes;
    channel = reauthorized({ ...inbox.channel, ...cast } as Channel);
    if (channel.type === 'Channel::WebWidget' && 'pre_chat_form_options' in changes) {
      channel.pre_chat_form_options = withPreChatDefaults(channel.pre_chat_form_options);
    }
    check(channelErrors(scope.store, channel, false, inbox.id));
  }
  const workingHours = params.workingHours && updatedWorkingHours(inbox.working_hours, params.workingHours);
  const avatar =
    params.avatarFilename === undefined ? undefined : avatarUrl(scope.store, params.avatarFilename);

  const before = { ...inbox, ...inbox.channel, working_hours: inbox.working_hours };
  const updated = scope.tables.inboxes.update(inbox.id, {
    ...fields,
    channel,
    ...(workingHours ? { working_hours: workingHours } : {}),
    ...(avatar ? { avatar_url: avatar } : {}),
  });
  const after = { ...updated, ...updated.channel, working_hours: updated.working_hours };
  const changed = changeList<Json>(
    changedAttributes<Record<string, unknown>>(before, after, [
      ...Object.keys(fields),
      'avatar_url',
      'working_hours',
      ...Object.keys(changes),
    ]),
  );
  if (changed.length) recordEvent(scope, 'inbox_updated', { inboxId: inbox.id, changedAttributes: changed });
  return updated;
}

/** The avatar purged: no URL. */
export function removeInboxAvatar(store: Store, inbox: Inbox): void {
  store.tables.inboxes.update(inbox.id, { avatar_url: '' });
}

// ---------------------------------------------------------------------------------------------
// the agent bot

/** The agent bot the inbox is bound to, if any. */
export function inboxAgentBot(store: Store, inbox: Inbox): AgentBot | undefined {
  const binding = store.tables.agentBotInboxes.findBy('inbox', inbox.id);
  return binding && store.tables.agentBots.get(binding.agent_bot_id);
}

/**
 * `AgentBot.find(params[:agent_bot])`, then the inbox's binding to it (replacing any other); the fake
 * only knows the account's own and global bots.
 */
export function bindAgentBot(store: Store, inbox: Inbox, botId: number | undefined): void {
  const { tables } = store;
  const bot = botId === undefined ? undefined : tables.agentBots.get(botId);
  if (!bot || (bot.account_id !== null && bot.account_id !== inbox.account_id)) {
    throw new RecordNotFound('agent bot');
  }
  const binding = tables.agentBotInboxes.findBy('inbox', inbox.id);
  if (binding) tables.agentBotInboxes.update(binding.id, { agent_bot_id: bot.id });
  else
    tables.agentBotInboxes.insert({ account_id: inbox.account_id, inbox_id: inbox.id, agent_bot_id: bot.id });
}

/** No agent bot for the inbox any more. */
export function unbindAgentBot(store: Store, inbox: Inbox): void {
  const binding = store.tables.agentBotInboxes.findBy('inbox', inbox.id);
  if (binding) store.tables.agentBotInboxes.delete(binding.id);
}
