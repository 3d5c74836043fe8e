/**
 * What Chatwoot puts in its webhook bodies and ActionCable broadcasts, rendered from the store.
 *
 * Sources (newest upstream where versions differ): app/models/message.rb (webhook_data,
 * push_event_data), app/models/contact.rb, app/models/user.rb, app/models/agent_bot.rb,
 * app/models/contact_inbox.rb, app/models/account.rb, app/models/inbox.rb (webhook_data = {id, name}),
 * app/presenters/conversations/event_data_presenter.rb (conversation push_data = webhook_data),
 * app/presenters/inbox/event_data_presenter.rb, app/listeners/webhook_listener.rb,
 * app/listeners/action_cable_listener.rb, app/listeners/base_listener.rb (extract_changed_attributes).
 *
 * Everything here is a pure function of the store at call time: the dispatcher calls it while the
 * event is recorded, so later changes never leak into a payload.
 */
import type { AgentBot, Channel, ContactInbox, Conversation, Inbox, Message, Tables, User } from '../store';
import { MESSAGE_TYPES } from '../store';
import { accountWebhookData } from '../views/account';
import { membershipOf, userPushView } from '../views/agent';
import { contactPushView, contactWebhookData } from '../views/contact';
import { lastChatMessage, unreadCount } from '../views/conversation';
import { attachmentsView, messagePushView } from '../views/message';
import { iso, isoOrNull, unix, unixFloat, unixOrZero } from '../views/time';
import type { ChangeList, ChangeMap, TypingData } from './types';

export type Payload = Record<string, unknown>;

/** Rendered by the views, listed here with the other webhook_data blocks. */
export { accountWebhookData, contactWebhookData };

/** Who a typing event (or a webhook sender) is: a user, an agent bot or a contact, by id. */
export interface PartyRef {
  type: 'User' | 'AgentBot' | 'Contact';
  id: number;
}

/** The typer of a typing event (the user, agent bot or contact whose request toggled typing). */
export function typerOf(data: Pick<TypingData, 'userType' | 'userId'>): PartyRef | undefined {
  const { userType: type, userId: id } = data;
  return type !== null && id !== null ? { type, id } : undefined;
}

// ---------------------------------------------------------------------------------------------
// small webhook_data blocks

/** Inbox#webhook_data */
export function inboxWebhookData(inbox: Inbox) {
  return { id: inbox.id, name: inbox.name };
}

/** User#webhook_data */
export function userWebhookData(user: User) {
  return { id: user.id, name: user.name, email: user.email, type: 'user' };
}

/** AgentBot#webhook_data */
export function agentBotWebhookData(bot: AgentBot) {
  return { id: bot.id, name: bot.name, type: 'agent_bot' };
}

/** `sender.try(:webhook_data)`: the webhook_data of a user, agent bot or contact, or null. */
export function partyWebhookData(tables: Tables, party: PartyRef | undefined) {
  if (!party) return null;
  if (party.type === 'User') {
    const user = tables.users.get(party.id);
    return user ? userWebhookData(user) : null;
  }
  if (party.type === 'AgentBot') {
    const bot = tables.agentBots.get(party.id);
    return bot ? agentBotWebhookData(bot) : null;
  }
  const contact = tables.contacts.get(party.id);
  return contact ? contactWebhookData(tables, contact) : null;
}

/** `push_event_data` of a user, agent bot or contact (typing events, `performer`). */
export function partyPushData(tables: Tables, accountId: number, party: PartyRef | undefined) {
  if (!party) return null;
  if (party.type === 'User') {
    const user = tables.users.get(party.id);
    return user ? userPushView(user, membershipOf(tables, accountId, user.id)) : null;
  }
  if (party.type === 'AgentBot') {
    const bot = tables.agentBots.get(party.id);
    return bot ? { id: bot.id, name: bot.name, avatar_url: bot.avatar_url ?? '', type: 'agent_bot' } : null;
  }
  const contact = tables.contacts.get(party.id);
  return contact ? contactPushView(contact) : null;
}

/**
 * `contact_inbox` in a conversation's push_data: the ContactInbox model's own JSON, every column
 * (ISO timestamps), the widget's pubsub_token included.
 */
export function contactInboxRecordJson(contactInbox: ContactInbox) {
  return {
    id: contactInbox.id,
    contact_id: contactInbox.contact_id,
    inbox_id: contactInbox.inbox_id,
    source_id: contactInbox.source_id,
    created_at: iso(contactInbox.created_at),
    updated_at: iso(contactInbox.created_at),
    hmac_verified: contactInbox.hmac_verified,
    pubsub_token: contactInbox.pubsub_token,
  };
}

// ---------------------------------------------------------------------------------------------
// conversation

/**
 * Conversations::EventDataPresenter#push_data: Conversation#push_event_data (cable) and
 * Conversation#webhook_data (webhooks) alike. Unlike the REST partial: `meta.assignee`/`meta.team`
 * are always present (null when unset), `snoozed_until`/`first_reply_created_at` are raw times
 * (ISO or null), `labels` is the label list, and there is no `account_id`/`uuid`/`muted`.
 */
export function conversationPushData(tables: Tables, conversation: Conversation) {
  const contact = tables.contacts.get(conversation.contact_id);
  const inbox = tables.inboxes.get(conversation.inbox_id);
  const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
  const assignee = conversation.assignee_id !== null ? tables.users.get(conversation.assignee_id) : undefined;
  const team = conversation.team_id !== null ? tables.teams.get(conversation.team_id) : undefined;
  const unread = unreadCount(tables, conversation);
  const last = lastChatMessage(tables, conversation);
  return {
    additional_attributes: conversation.additional_attributes,
    can_reply: true,
    channel: inbox?.channel.type ?? null,
    contact_inbox: contactInbox ? contactInboxRecordJson(contactInbox) : null,
    id: conversation.display_id,
    inbox_id: conversation.inbox_id,
    messages: last ? [messagePushView(tables, last, conversation, unread)] : [],
    labels: conversation.labels,
    meta: {
      sender: contact ? contactPushView(contact) : null,
      assignee: assignee
        ? userPushView(assignee, membershipOf(tables, conversation.account_id, assignee.id))
        : null,
      team: team ? { id: team.id, name: team.name } : null,
      hmac_verified: contactInbox?.hmac_verified ?? false,
      // The fake assigns users only (an agent bot never becomes the assignee).
      assignee_type: conversation.assignee_id === null ? null : 'User',
    },
    status: conversation.status,
    custom_attributes: conversation.custom_attributes,
    snoozed_until: isoOrNull(conversation.snoozed_until),
    unread_count: unread,
    first_reply_created_at: isoOrNull(conversation.first_reply_created_at),
    priority: conversation.priority,
    waiting_since: unixOrZero(conversation.waiting_since),
    agent_last_seen_at: unixOrZero(conversation.agent_last_seen_at),
    contact_last_seen_at: unixOrZero(conversation.contact_last_seen_at),
    last_activity_at: unix(conversation.last_activity_at),
    timestamp: unix(conversation.last_activity_at),
    created_at: unix(conversation.created_at),
    updated_at: unixFloat(conversation.updated_at),
  };
}

// ---------------------------------------------------------------------------------------------
// message

function senderRef(message: Message): PartyRef | undefined {
  if (message.sender_type === null || message.sender_id === null) return undefined;
  return { type: message.sender_type, id: message.sender_id };
}

/**
 * Message#webhook_data: keys in Chatwoot's (alphabetical) order; `message_type` and
 * `content_type` are enum names, `created_at` is a time (ISO-8601), `sender` is the sender's
 * webhook_data (null when there is none), `conversation` the conversation's push_data.
 */
export function messageWebhookData(tables: Tables, message: Message) {
  const conversation = tables.conversations.get(message.conversation_id)!;
  const inbox = tables.inboxes.get(message.inbox_id);
  const data: Payload = {
    account: accountWebhookData(tables, message.account_id),
    additional_attributes: message.additional_attributes,
    content_attributes: message.content_attributes,
    content_type: message.content_type,
    content: message.content,
    conversation: conversationPushData(tables, conversation),
    created_at: iso(message.created_at),
    id: message.id,
    inbox: inbox ? inboxWebhookData(inbox) : { id: message.inbox_id, name: '' },
    message_type: MESSAGE_TYPES[message.message_type],
    private: message.private,
    sender: partyWebhookData(tables, senderRef(message)),
    source_id: message.source_id,
  };
  if (message.attachments.length) data.attachments = attachmentsView(message);
  return data;
}

/**
 * Message#push_event_data for the cable: the REST push view plus `echo_id`, which a message
 * carries only in the request that created it (the dashboard matches its optimistic message by it).
 */
export function messageCablePushData(tables: Tables, message: Message, withEcho: boolean) {
  const conversation = tables.conversations.get(message.conversation_id)!;
  const data: Payload = messagePushView(tables, message, conversation, unreadCount(tables, conversation));
  if (withEcho && message.echo_id) data.echo_id = message.echo_id;
  return data;
}

/** MessageFilterHelpers#webhook_sendable?: incoming, outgoing and template messages (private notes too). */
export function webhookSendable(message: Message): boolean {
  return message.message_type !== 2;
}

// ---------------------------------------------------------------------------------------------
// contact inbox (webwidget_triggered)

/** ContactInbox#webhook_data */
export function contactInboxWebhookData(tables: Tables, contactInbox: ContactInbox) {
  const contact = tables.contacts.get(contactInbox.contact_id);
  const inbox = tables.inboxes.get(contactInbox.inbox_id);
  const conversations = tables.conversations.where('contactInbox', contactInbox.id);
  const current = conversations.length ? conversations.reduce((a, b) => (b.id > a.id ? b : a)) : undefined;
  return {
    id: contactInbox.id,
    contact: contact ? contactWebhookData(tables, contact) : null,
    inbox: inbox ? inboxWebhookData(inbox) : null,
    account: inbox ? accountWebhookData(tables, inbox.account_id) : null,
    current_conversation: current ? conversationPushData(tables, current) : null,
    source_id: contactInbox.source_id,
  };
}

// ---------------------------------------------------------------------------------------------
// inbox (inbox_created / inbox_updated)

const WIDGET_FLAGS = ['attachments', 'emoji_picker', 'end_conversation', 'use_inbox_avatar_for_bot'];
const REPLY_TIMES = ['in_a_few_minutes', 'in_a_few_hours', 'in_a_day'];

/** The channel model's own JSON (every column, ISO timestamps), as `channel` in Inbox push_data. */
function channelRecordJson(inbox: Inbox, channel: Channel) {
  const at = iso(inbox.created_at);
  if (channel.type === 'Channel::Api') {
    return {
      id: inbox.channel_id,
      account_id: inbox.account_id,
      webhook_url: channel.webhook_url,
      created_at: at,
      updated_at: at,
      identifier: channel.identifier,
      hmac_token: channel.hmac_token,
      hmac_mandatory: channel.hmac_mandatory,
      additional_attributes: channel.additional_attributes,
      secret: channel.secret,
    };
  }
  if (channel.type !== 'Channel::WebWidget') {
    // The other channels' columns as stored (the fake keeps no Reauthorizable flag in the table).
    const columns: Record<string, unknown> = { ...channel };
    delete columns.type;
    delete columns.reauthorization_required;
    return { id: inbox.channel_id, account_id: inbox.account_id, ...columns, created_at: at, updated_at: at };
  }
  // flag_shih_tzu keeps the widget feature flags as a bit mask; reply_time is an enum.
  const flags = channel.feature_flags.reduce((mask, f) => {
    const bit = WIDGET_FLAGS.indexOf(f);
    return bit < 0 ? mask : mask | (1 << bit);
  }, 0);
  return {
    id: inbox.channel_id,
    website_url: channel.website_url,
    account_id: inbox.account_id,
    created_at: at,
    updated_at: at,
    website_token: channel.website_token,
    widget_color: channel.widget_color,
    welcome_title: channel.welcome_title,
    welcome_tagline: channel.welcome_tagline,
    feature_flags: flags,
    reply_time: REPLY_TIMES.includes(channel.reply_time) ? channel.reply_time : 'in_a_few_minutes',
    hmac_token: channel.hmac_token,
    pre_chat_form_enabled: channel.pre_chat_form_enabled,
    pre_chat_form_options: channel.pre_chat_form_options,
    hmac_mandatory: channel.hmac_mandatory,
    continuity_via_email: channel.continuity_via_email,
    allowed_domains: channel.allowed_domains,
  };
}

/**
 * Inbox::EventDataPresenter#push_data (app/presenters/inbox/event_data_presenter.rb). Note that
 * it has no `id` or `name` of its own: the inbox is identified through `channel`.
 */
export function inboxPushData(inbox: Inbox) {
  const at = iso(inbox.created_at);
  return {
    allow_messages_after_resolved: inbox.allow_messages_after_resolved,
    lock_to_single_conversation: inbox.lock_to_single_conversation,
    auto_assignment_config: inbox.auto_assignment_config,
    enable_auto_assignment: inbox.enable_auto_assignment,
    enable_email_collect: inbox.enable_email_collect,
    greeting_enabled: inbox.greeting_enabled,
    greeting_message: inbox.greeting_message,
    csat_survey_enabled: inbox.csat_survey_enabled,
    business_name: inbox.business_name,
    sender_name_type: inbox.sender_name_type,
    timezone: inbox.timezone,
    out_of_office_message: inbox.out_of_office_message,
    working_hours_enabled: inbox.working_hours_enabled,
    // The WorkingHour rows (7 per inbox, created with it): model JSON.
    working_hours: inbox.working_hours.map((day) => ({
      id: (inbox.id - 1) * 7 + day.day_of_week + 1,
      inbox_id: inbox.id,
      account_id: inbox.account_id,
      day_of_week: day.day_of_week,
      closed_all_day: day.closed_all_day,
      open_hour: day.open_hour,
      open_minutes: day.open_minutes,
      close_hour: day.close_hour,
      close_minutes: day.close_minutes,
      created_at: at,
      updated_at: at,
      open_all_day: day.open_all_day,
    })),
    created_at: at,
    updated_at: at,
    channel: channelRecordJson(inbox, inbox.channel),
  };
}

// ---------------------------------------------------------------------------------------------
// changed attributes

/** Columns kept as epoch ms in the store that Rails' previous_changes hold as times. */
const TIME_COLUMNS = new Set([
  'created_at',
  'updated_at',
  'snoozed_until',
  'waiting_since',
  'first_reply_created_at',
  'last_activity_at',
  'agent_last_seen_at',
  'assignee_last_seen_at',
  'contact_last_seen_at',
]);

/** Store field → Rails attribute name where they differ (acts_as_taggable's `label_list`). */
const ATTRIBUTE_NAMES: Record<string, string> = { labels: 'label_list' };

function railsValue(key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (TIME_COLUMNS.has(key) && typeof value === 'number') return iso(value);
  return value;
}

export type ChangeSet = ChangeMap | ChangeList;

/**
 * BaseListener#extract_changed_attributes: previous_changes as an array of one-key objects,
 * `[{"status": {"previous_value": "open", "current_value": "resolved"}}, ...]`, values as Rails
 * serialises them (times ISO-8601). Returns undefined when nothing changed (Ruby's blank).
 */
export function renderChangedAttributes(changes: ChangeSet | undefined) {
  if (!changes) return undefined;
  const entries: [string, { previous_value: unknown; current_value: unknown }][] = Array.isArray(changes)
    ? changes.flatMap((item) => Object.entries(item))
    : Object.entries(changes);
  if (!entries.length) return undefined;
  return entries.map(([key, change]) => ({
    [ATTRIBUTE_NAMES[key] ?? key]: {
      previous_value: railsValue(key, change.previous_value),
      current_value: railsValue(key, change.current_value),
    },
  }));
}

/** Rails' previous_changes hash (`{attr: [before, after]}`), as message.updated carries it on the cable. */
export function renderPreviousChanges(changes: ChangeSet | undefined) {
  const rendered = renderChangedAttributes(changes);
  if (!rendered) return null;
  const out: Record<string, unknown[]> = {};
  for (const item of rendered) {
    for (const [key, change] of Object.entries(item))
      out[key] = [change.previous_value, change.current_value];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON as Rails writes it

const RAILS_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `payload.to_json` under ActiveSupport: compact JSON with `<`, `>`, `&`, U+2028 and U+2029 escaped
 * (escape_html_entities_in_json). Key order is the hash's insertion order, as in Ruby.
 */
export function railsJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => RAILS_ESCAPES[c]);
}
