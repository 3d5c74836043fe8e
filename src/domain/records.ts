/**
 * Creating records with the side effects Chatwoot's models have (callbacks), shared by the
 * handlers and the fixture loader so both build the same state.
 */
import type {
  ApiChannel,
  Channel,
  Contact,
  ContactInbox,
  Conversation,
  Inbox,
  JsonObject,
  Message,
  MessageType,
  Store,
  WebWidgetChannel,
  WorkingHour,
} from '../store';

export interface NewContact {
  account_id: number;
  name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  identifier?: string | null;
  blocked?: boolean;
  avatar_url?: string;
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
  labels?: string[];
  created_at?: number;
}

/**
 * Contact.resolved_contacts: a non-empty email, phone number or identifier. The contacts list, search
 * and filter show only these (an anonymous widget visitor is left out), and so does the landing page's
 * count.
 */
export function isResolvedContact(contact: Pick<Contact, 'email' | 'phone_number' | 'identifier'>): boolean {
  return !!(contact.email || contact.phone_number || contact.identifier);
}

export function insertContact(store: Store, fields: NewContact): Contact {
  return store.tables.contacts.insert(contactRecord(store, fields));
}

/**
 * The contact row insertContact writes; `id` is left undefined (the table gives it), as the last key
 * so that Table.insertOwned fills a slot the object already has.
 */
export function contactRecord(store: Store, fields: NewContact): Omit<Contact, 'id'> & { id?: number } {
  const at = fields.created_at ?? store.clock.now();
  return {
    account_id: fields.account_id,
    name: fields.name ?? '',
    email: fields.email ? fields.email.toLowerCase() : null,
    phone_number: fields.phone_number || null,
    identifier: fields.identifier || null,
    blocked: fields.blocked ?? false,
    avatar_url: fields.avatar_url ?? '',
    additional_attributes: fields.additional_attributes ?? {},
    custom_attributes: fields.custom_attributes ?? {},
    labels: fields.labels ?? [],
    last_activity_at: null,
    created_at: at,
    updated_at: at,
    id: undefined,
  };
}

/**
 * The same ASCII string, flat: a string built piece by piece (`out += c`, template literals) is a tree
 * of V8 cons strings, ~400 bytes for a 24-letter token against ~40 flat — it adds up over 50k
 * conversations. (normalize() of an ASCII string returns a flat copy.)
 */
export const flat = (text: string): string => text.normalize();

/** The contact's ContactInbox for an inbox, created (with a uuid source id) when missing. */
export function contactInboxFor(
  store: Store,
  contact: Contact,
  inbox: Inbox,
  sourceId?: string,
  at: number = store.clock.now(),
): ContactInbox {
  const { contactInboxes } = store.tables;
  if (sourceId) {
    const existing = contactInboxes.findBy('source', [inbox.id, sourceId]);
    if (existing) return existing;
  } else {
    const existing = contactInboxes.where('contact', contact.id).find((ci) => ci.inbox_id === inbox.id);
    if (existing) return existing;
  }
  const source = sourceId ?? flat(store.nextUuid());
  return contactInboxes.insertOwned(
    contactInboxRecord(contact, inbox.id, source, flat(store.nextToken('', 24)), at),
  );
}

/**
 * The contact inbox row contactInboxFor writes: a fresh literal with a slot for the id (see
 * contactRecord), handed to the table without a copy so every field stays in the object.
 */
function contactInboxRecord(
  contact: Pick<Contact, 'id' | 'account_id'>,
  inboxId: number,
  sourceId: string,
  pubsubToken: string,
  at: number,
): Omit<ContactInbox, 'id'> & { id?: number } {
  return {
    account_id: contact.account_id,
    contact_id: contact.id,
    inbox_id: inboxId,
    source_id: sourceId,
    pubsub_token: pubsubToken,
    hmac_verified: false,
    created_at: at,
    id: undefined,
  };
}

export interface NewConversation {
  contactInbox: ContactInbox;
  status?: Conversation['status'];
  assignee_id?: number | null;
  team_id?: number | null;
  priority?: Conversation['priority'];
  snoozed_until?: number | null;
  labels?: string[];
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
  created_at?: number;
}

export function insertConversation(store: Store, fields: NewConversation): Conversation {
  return store.tables.conversations.insertOwned(newConversationRecord(store, fields));
}

/**
 * The row insertConversation writes, not yet written (its display id and uuid are drawn): a fresh
 * object to change further and hand to `conversations.insertOwned` (the generator applies its
 * messages' callbacks to it first, so the conversation is written once, in its final state).
 */
export function newConversationRecord(
  store: Store,
  fields: NewConversation,
): Omit<Conversation, 'id'> & { id?: number } {
  const { tables } = store;
  const ci = fields.contactInbox;
  const account = tables.accounts.get(ci.account_id)!;
  const at = fields.created_at ?? store.clock.now();
  const displayId = account.last_display_id + 1;
  tables.accounts.update(account.id, { last_display_id: displayId });
  return conversationRecord(fields, displayId, flat(store.nextUuid()), at);
}

/** The conversation row insertConversation writes: a fresh literal (see contactInboxRecord). */
function conversationRecord(
  fields: NewConversation,
  displayId: number,
  uuid: string,
  at: number,
): Omit<Conversation, 'id'> & { id?: number } {
  const ci = fields.contactInbox;
  return {
    account_id: ci.account_id,
    display_id: displayId,
    uuid,
    inbox_id: ci.inbox_id,
    contact_id: ci.contact_id,
    contact_inbox_id: ci.id,
    status: fields.status ?? 'open',
    assignee_id: fields.assignee_id ?? null,
    team_id: fields.team_id ?? null,
    priority: fields.priority ?? null,
    snoozed_until: fields.status === 'snoozed' ? (fields.snoozed_until ?? null) : null,
    labels: fields.labels ?? [],
    additional_attributes: fields.additional_attributes ?? {},
    custom_attributes: fields.custom_attributes ?? {},
    muted: false,
    agent_last_seen_at: null,
    assignee_last_seen_at: null,
    contact_last_seen_at: null,
    first_reply_created_at: null,
    waiting_since: at,
    last_activity_at: at,
    sla_policy_id: null,
    created_at: at,
    updated_at: at,
    id: undefined,
  };
}

export interface NewMessage {
  content?: string | null;
  message_type: MessageType;
  content_type?: string;
  content_attributes?: JsonObject;
  private?: boolean;
  sender_type?: Message['sender_type'];
  sender_id?: number | null;
  source_id?: string | null;
  echo_id?: string | null;
  status?: Message['status'];
  additional_attributes?: JsonObject;
  attachments?: Message['attachments'];
  created_at?: number;
  /**
   * Leave the reopen of a resolved/snoozed conversation to the caller, which applies it as a
   * conversation change (with its activity message and events): see addMessage in domain/messages.ts.
   */
  skipReopen?: boolean;
}

/**
 * Message#reopen_conversation: the status an incoming message moves its conversation to — `open` from
 * snoozed; from resolved `pending` when the inbox has an agent bot, else `open` — or undefined.
 * A muted conversation stays as it is.
 */
export function reopenStatus(
  store: Store,
  conversation: Conversation,
  message: Pick<Message, 'message_type'>,
): Conversation['status'] | undefined {
  // muted? = the contact is blocked (ConversationMuteHelpers).
  const muted = conversation.muted || store.tables.contacts.get(conversation.contact_id)?.blocked;
  if (message.message_type !== 0 || muted) return undefined;
  if (conversation.status === 'snoozed') return 'open';
  if (conversation.status !== 'resolved') return undefined;
  const activeBot = store.tables.agentBotInboxes.countWhere('inbox', conversation.inbox_id) > 0;
  return activeBot ? 'pending' : 'open';
}

/**
 * The feature flags an account starts with, seeded or created through the Platform API: the
 * installation's ACCOUNT_LEVEL_FEATURE_DEFAULTS (Featurable#enable_default_features). Copy it.
 */
export const DEFAULT_ACCOUNT_FEATURES: Readonly<Record<string, boolean>> = Object.freeze({
  agent_bots: true,
  help_center: true,
  macros: true,
  reports: true,
  team_management: true,
});

/** Shared frozen empty defaults: records are immutable, so one empty object/array serves them all. */
export const EMPTY_OBJECT: JsonObject = Object.freeze({}) as JsonObject;
export const EMPTY_ARRAY = Object.freeze([]) as unknown as never[];

/** The message row insertMessage writes; `id` is left undefined for the table (see contactRecord). */
export function messageRecord(
  conversation: Conversation,
  fields: NewMessage,
  at: number,
): Omit<Message, 'id'> & { id?: number } {
  return {
    account_id: conversation.account_id,
    inbox_id: conversation.inbox_id,
    conversation_id: conversation.id,
    content: fields.content ?? null,
    message_type: fields.message_type,
    content_type: fields.content_type ?? 'text',
    content_attributes: fields.content_attributes ?? EMPTY_OBJECT,
    status: fields.status ?? 'sent',
    private: fields.private ?? false,
    source_id: fields.source_id ?? null,
    sender_type: fields.sender_type ?? null,
    sender_id: fields.sender_id ?? null,
    echo_id: fields.echo_id ?? null,
    additional_attributes: fields.additional_attributes ?? EMPTY_OBJECT,
    external_source_ids: EMPTY_OBJECT,
    attachments: fields.attachments ?? EMPTY_ARRAY,
    created_at: at,
    updated_at: at,
    id: undefined,
  };
}

/**
 * The conversation changes a new message causes (Message's after_create_commit callbacks, see
 * insertMessage); `skipReopen` leaves the reopen out.
 */
export function messageEffects(
  store: Store,
  conversation: Conversation,
  message: Message,
  skipReopen = false,
): Partial<Conversation> {
  const changes: Partial<Conversation> = {};
  const incoming = message.message_type === 0;
  // reopen_conversation / reopen_resolved_conversation
  const reopened = skipReopen ? undefined : reopenStatus(store, conversation, message);
  if (reopened) {
    changes.status = reopened;
    changes.snoozed_until = null;
  }
  // set_conversation_activity: update_columns(last_activity_at: created_at), whatever the message
  changes.last_activity_at = message.created_at;
  changes.updated_at = message.created_at;
  // dispatch_create_events: valid_first_reply? else update_waiting_since
  const outgoing = message.message_type === 1;
  const humanResponse =
    outgoing &&
    message.sender_type === 'User' &&
    !message.content_attributes.automation_rule_id &&
    !message.additional_attributes.campaign_id;
  if (humanResponse && !message.private && conversation.first_reply_created_at === null) {
    changes.first_reply_created_at = message.created_at;
    changes.waiting_since = null;
  } else {
    let waitingSince = conversation.waiting_since;
    if (waitingSince !== null && !message.private) {
      if (humanResponse || (outgoing && message.sender_type === 'AgentBot')) waitingSince = null;
    }
    if (incoming && waitingSince === null) waitingSince = message.created_at;
    if (waitingSince !== conversation.waiting_since) changes.waiting_since = waitingSince;
  }
  return changes;
}

/**
 * Adds a message and applies Chatwoot's callbacks (app/models/message.rb, after_create_commit, in its
 * order): an incoming message reopens a snoozed or resolved conversation (resolved → `pending` when the
 * inbox has an agent bot; a muted conversation stays as it is); every message, private notes and
 * activity included, sets the conversation's last_activity_at; the first human reply sets
 * first_reply_created_at and clears waiting_since, a later human or bot reply clears waiting_since, an
 * incoming message starts it when unset; a contact sender's last_activity_at moves.
 */
export function insertMessage(store: Store, conversation: Conversation, fields: NewMessage): Message {
  const { tables } = store;
  const at = fields.created_at ?? store.clock.now();
  const message = tables.messages.insert(messageRecord(conversation, fields, at));
  tables.conversations.update(
    conversation.id,
    messageEffects(store, conversation, message, fields.skipReopen),
  );
  // update_contact_activity
  if (
    message.sender_type === 'Contact' &&
    message.sender_id !== null &&
    tables.contacts.get(message.sender_id)
  ) {
    tables.contacts.update(message.sender_id, { last_activity_at: at });
  }
  return message;
}

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
