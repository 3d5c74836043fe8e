/**
 * Records as the store keeps them: plain data, timestamps in epoch milliseconds (views convert to
 * Chatwoot's unix seconds / ISO strings). Field names follow Chatwoot's columns.
 *
 * Longer than most files on purpose: it is declarations only (one record type per table, with the
 * column's meaning), read as a schema, and one place to look is worth more than small files here.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Role = 'agent' | 'administrator';
export type Availability = 'online' | 'offline' | 'busy';
export type ConversationStatus = 'open' | 'resolved' | 'pending' | 'snoozed';
export type Priority = 'low' | 'medium' | 'high' | 'urgent' | null;
export type ChannelType = Channel['type'];

export interface Account {
  id: number;
  name: string;
  locale: string;
  domain: string | null;
  support_email: string | null;
  status: 'active' | 'suspended';
  auto_resolve_duration: number | null;
  custom_attributes: JsonObject;
  features: Record<string, boolean>;
  /** Plan limits set through the platform API (jsonb, default {}); optional so older seeds stay valid. */
  limits?: JsonObject;
  created_at: number;
  /** Sequence of per-account conversation display ids. */
  last_display_id: number;
}

export interface User {
  id: number;
  name: string;
  display_name: string | null;
  email: string;
  password: string;
  access_token: string;
  pubsub_token: string;
  confirmed: boolean;
  avatar_url: string;
  custom_attributes: JsonObject;
  message_signature: string | null;
  /** The STI column: null for a normal user, 'SuperAdmin' for a super admin. */
  type: 'SuperAdmin' | null;
  /** Dashboard preferences (jsonb, default {}); optional so older seeds stay valid. */
  ui_settings?: JsonObject;
  /** Devise reconfirmable: a changed email waits here until confirmed. */
  unconfirmed_email?: string | null;
  created_at: number;
}

export interface AccountUser {
  id: number;
  account_id: number;
  user_id: number;
  role: Role;
  availability: Availability;
  auto_offline: boolean;
  inviter_id: number | null;
  active_at: number | null;
  created_at: number;
}

export interface AgentBot {
  id: number;
  /** null for a global (platform) bot. */
  account_id: number | null;
  name: string;
  description: string | null;
  outgoing_url: string | null;
  access_token: string;
  bot_type: 'webhook';
  bot_config: JsonObject;
  /** The uploaded avatar's URL (src/domain/avatars.ts); absent or "" when none. */
  avatar_url?: string;
  created_at: number;
}

export interface AgentBotInbox {
  id: number;
  account_id: number;
  inbox_id: number;
  agent_bot_id: number;
}

export interface WorkingHour {
  day_of_week: number;
  closed_all_day: boolean;
  open_hour: number | null;
  open_minutes: number | null;
  close_hour: number | null;
  close_minutes: number | null;
  open_all_day: boolean;
}

export interface WebWidgetChannel {
  type: 'Channel::WebWidget';
  website_url: string;
  widget_color: string;
  welcome_title: string | null;
  welcome_tagline: string | null;
  website_token: string;
  hmac_token: string;
  hmac_mandatory: boolean;
  pre_chat_form_enabled: boolean;
  pre_chat_form_options: JsonObject;
  continuity_via_email: boolean;
  reply_time: 'in_a_few_minutes' | 'in_a_few_hours' | 'in_a_day';
  feature_flags: string[];
  allowed_domains: string;
}

export interface ApiChannel {
  type: 'Channel::Api';
  webhook_url: string | null;
  identifier: string;
  hmac_token: string;
  hmac_mandatory: boolean;
  secret: string;
  additional_attributes: JsonObject;
}

/**
 * Channel::Email (app/models/channel/email.rb). `reauthorization_required` stands for Reauthorizable's
 * flag (a Redis counter in Chatwoot); `imap_authentication` is the newest column.
 */
export interface EmailChannel {
  type: 'Channel::Email';
  email: string;
  forward_to_email: string;
  imap_enabled: boolean;
  imap_login: string | null;
  imap_password: string | null;
  imap_address: string | null;
  imap_port: number | null;
  imap_enable_ssl: boolean;
  imap_authentication: string | null;
  smtp_enabled: boolean;
  smtp_login: string | null;
  smtp_password: string | null;
  smtp_address: string | null;
  smtp_port: number | null;
  smtp_domain: string | null;
  smtp_enable_starttls_auto: boolean;
  smtp_enable_ssl_tls: boolean;
  smtp_openssl_verify_mode: string | null;
  smtp_authentication: string | null;
  provider: string | null;
  provider_config: JsonObject;
  verified_for_sending: boolean;
  reauthorization_required: boolean;
}

/** Channel::Whatsapp (360dialog `default` or `whatsapp_cloud`). */
export interface WhatsappChannel {
  type: 'Channel::Whatsapp';
  phone_number: string;
  provider: string;
  provider_config: JsonObject;
  message_templates: Json;
  reauthorization_required: boolean;
}

/** Channel::FacebookPage (Messenger). */
export interface FacebookPageChannel {
  type: 'Channel::FacebookPage';
  page_id: string;
  instagram_id: string | null;
  page_access_token: string;
  user_access_token: string;
  reauthorization_required: boolean;
}

/** Channel::Telegram: the bot's token; its name comes from Telegram's getMe. */
export interface TelegramChannel {
  type: 'Channel::Telegram';
  bot_token: string;
  bot_name: string | null;
}

/** Channel::Sms (Bandwidth). */
export interface SmsChannel {
  type: 'Channel::Sms';
  phone_number: string;
  provider: string;
  provider_config: JsonObject;
}

/** Channel::TwilioSms: a phone number or a messaging service, SMS or WhatsApp medium. */
export interface TwilioSmsChannel {
  type: 'Channel::TwilioSms';
  account_sid: string;
  auth_token: string;
  api_key_sid: string | null;
  phone_number: string | null;
  messaging_service_sid: string | null;
  medium: 'sms' | 'whatsapp';
  content_templates: JsonObject;
}

/** Channel::Line */
export interface LineChannel {
  type: 'Channel::Line';
  line_channel_id: string;
  line_channel_secret: string;
  line_channel_token: string;
}

export type Channel =
  | WebWidgetChannel
  | ApiChannel
  | EmailChannel
  | WhatsappChannel
  | FacebookPageChannel
  | TelegramChannel
  | SmsChannel
  | TwilioSmsChannel
  | LineChannel;

export interface Inbox {
  id: number;
  account_id: number;
  /** Chatwoot keeps channels in their own tables; the fake numbers them per channel type. */
  channel_id: number;
  channel: Channel;
  name: string;
  avatar_url: string;
  greeting_enabled: boolean;
  greeting_message: string | null;
  working_hours_enabled: boolean;
  enable_email_collect: boolean;
  csat_survey_enabled: boolean;
  /** The CSAT survey's settings (display type, message, survey rules); optional in older seeds. */
  csat_config?: JsonObject;
  /** The help-center portal linked to the inbox, if any. */
  portal_id?: number | null;
  enable_auto_assignment: boolean;
  auto_assignment_config: JsonObject;
  out_of_office_message: string | null;
  working_hours: WorkingHour[];
  timezone: string;
  allow_messages_after_resolved: boolean;
  lock_to_single_conversation: boolean;
  sender_name_type: 'friendly' | 'professional';
  business_name: string | null;
  created_at: number;
}

export interface InboxMember {
  id: number;
  account_id: number;
  inbox_id: number;
  user_id: number;
  /**
   * The member's place in the inbox's round-robin queue (Chatwoot keeps it in Redis): the turn at
   * which auto-assignment last picked them; absent until then. See domain/conversations/auto_assignment.
   */
  round_robin_turn?: number;
}

export interface Contact {
  id: number;
  account_id: number;
  name: string;
  email: string | null;
  phone_number: string | null;
  identifier: string | null;
  blocked: boolean;
  avatar_url: string;
  additional_attributes: JsonObject;
  custom_attributes: JsonObject;
  labels: string[];
  last_activity_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ContactInbox {
  id: number;
  account_id: number;
  contact_id: number;
  inbox_id: number;
  source_id: string;
  pubsub_token: string;
  hmac_verified: boolean;
  created_at: number;
}

export interface Conversation {
  id: number;
  account_id: number;
  /** Per-account number used in every URL and JSON `id`. */
  display_id: number;
  uuid: string;
  inbox_id: number;
  contact_id: number;
  contact_inbox_id: number;
  status: ConversationStatus;
  assignee_id: number | null;
  team_id: number | null;
  priority: Priority;
  snoozed_until: number | null;
  labels: string[];
  additional_attributes: JsonObject;
  custom_attributes: JsonObject;
  muted: boolean;
  agent_last_seen_at: number | null;
  assignee_last_seen_at: number | null;
  contact_last_seen_at: number | null;
  first_reply_created_at: number | null;
  waiting_since: number | null;
  last_activity_at: number;
  sla_policy_id: number | null;
  created_at: number;
  updated_at: number;
}

/** 0 incoming, 1 outgoing, 2 activity, 3 template — Chatwoot's integer enum. */
export type MessageType = 0 | 1 | 2 | 3;
export const MESSAGE_TYPES = ['incoming', 'outgoing', 'activity', 'template'] as const;

export interface Attachment {
  id: number;
  file_type: 'image' | 'audio' | 'video' | 'file' | 'location' | 'fallback';
  extension: string | null;
  data_url: string;
  thumb_url: string;
  file_size: number;
  width: number | null;
  height: number | null;
}

export interface Message {
  id: number;
  account_id: number;
  inbox_id: number;
  /** Internal conversation id (views render the display id). */
  conversation_id: number;
  content: string | null;
  message_type: MessageType;
  content_type: string;
  content_attributes: JsonObject;
  status: 'sent' | 'delivered' | 'read' | 'failed' | 'progress';
  private: boolean;
  source_id: string | null;
  sender_type: 'User' | 'Contact' | 'AgentBot' | null;
  sender_id: number | null;
  echo_id: string | null;
  additional_attributes: JsonObject;
  external_source_ids: JsonObject;
  attachments: Attachment[];
  created_at: number;
  updated_at: number;
}

export interface Label {
  id: number;
  account_id: number;
  title: string;
  description: string | null;
  color: string;
  show_on_sidebar: boolean | null;
  created_at: number;
}

export interface Webhook {
  id: number;
  account_id: number;
  inbox_id: number | null;
  name: string | null;
  url: string;
  subscriptions: string[];
  secret: string;
  created_at: number;
}

export interface Team {
  id: number;
  account_id: number;
  name: string;
  description: string | null;
  allow_auto_assign: boolean;
  created_at: number;
  updated_at: number;
}

export interface TeamMember {
  id: number;
  account_id: number;
  team_id: number;
  user_id: number;
}

// more record types: append below, one block per resource

/** canned_responses: every column is rendered (`render json:`). */
export interface CannedResponse {
  id: number;
  account_id: number;
  short_code: string | null;
  content: string | null;
  created_at: number;
  updated_at: number;
}

export const CUSTOM_ATTRIBUTE_MODELS = ['conversation_attribute', 'contact_attribute'] as const;
export type CustomAttributeModel = (typeof CUSTOM_ATTRIBUTE_MODELS)[number];
export const CUSTOM_ATTRIBUTE_DISPLAY_TYPES = [
  'text',
  'number',
  'currency',
  'percent',
  'link',
  'date',
  'list',
  'checkbox',
] as const;
export type CustomAttributeDisplayType = (typeof CUSTOM_ATTRIBUTE_DISPLAY_TYPES)[number];

/** custom_attribute_definitions (enums kept by name, as Rails exposes them). */
export interface CustomAttributeDefinition {
  id: number;
  account_id: number;
  attribute_display_name: string | null;
  attribute_display_type: CustomAttributeDisplayType | null;
  attribute_description: string | null;
  attribute_key: string | null;
  attribute_model: CustomAttributeModel | null;
  attribute_values: Json[];
  regex_pattern: string | null;
  regex_cue: string | null;
  default_value: number | null;
  created_at: number;
  updated_at: number;
}

export const CUSTOM_FILTER_TYPES = ['conversation', 'contact', 'report'] as const;
export type CustomFilterType = (typeof CUSTOM_FILTER_TYPES)[number];

/** custom_filters: saved filters, private to the user who made them. */
export interface CustomFilter {
  id: number;
  account_id: number;
  user_id: number;
  name: string;
  filter_type: CustomFilterType;
  query: JsonObject;
  created_at: number;
  updated_at: number;
}

/**
 * reporting_events (app/models/reporting_event.rb): what the v2 reports average and count, written by
 * the reporting listener (src/events/reporting.ts) as Chatwoot's ReportingEventListener does.
 * `value`s are seconds.
 */
export type ReportingEventName =
  | 'conversation_resolved'
  | 'conversation_bot_resolved'
  | 'conversation_bot_handoff'
  | 'first_response'
  | 'reply_time';

export interface ReportingEvent {
  id: number;
  account_id: number;
  name: ReportingEventName;
  value: number;
  value_in_business_hours: number;
  inbox_id: number | null;
  user_id: number | null;
  /** Internal conversation id. */
  conversation_id: number | null;
  event_start_time: number | null;
  event_end_time: number | null;
  created_at: number;
}

/** audits (the audited gem, Chatwoot enterprise): one create/update/destroy of an audited model. */
export interface AuditLog {
  id: number;
  /** The associated account (`associated_with: :account`). */
  account_id: number;
  auditable_id: number;
  auditable_type: string;
  user_id: number | null;
  user_type: 'User' | null;
  action: 'create' | 'update' | 'destroy';
  /** create/destroy: attribute values; update: `{attribute: [old, new]}`. */
  audited_changes: JsonObject;
  /** Per auditable record: 1, 2, 3… */
  version: number;
  request_uuid: string;
  created_at: number;
}

/** csat_survey_responses: a contact's rating of a conversation (one per input_csat message). */
export interface CsatSurveyResponse {
  id: number;
  account_id: number;
  /** Internal conversation id. */
  conversation_id: number;
  contact_id: number;
  message_id: number;
  assigned_agent_id: number | null;
  rating: number;
  feedback_message: string | null;
  created_at: number;
  updated_at: number;
}

/** conversation_participants (app/models/conversation_participant.rb). */
export interface ConversationParticipant {
  id: number;
  account_id: number;
  conversation_id: number;
  user_id: number;
  created_at: number;
  updated_at: number;
}

/** notes: an agent's note on a contact (app/models/note.rb). */
export interface Note {
  id: number;
  account_id: number;
  contact_id: number;
  user_id: number | null;
  content: string;
  created_at: number;
  updated_at: number;
}

/**
 * An uploaded or generated file (ActiveStorage's blob): message attachments, contact exports. The
 * bytes are kept base64-encoded; `key` addresses it in /rails/active_storage/blobs/redirect/<key>/<name>.
 */
export interface Blob {
  id: number;
  /** null for a user's avatar (users belong to no one account). */
  account_id: number | null;
  /** The record an attachment such as an avatar belongs to, as "<Type>:<id>" (src/domain/avatars.ts). */
  record?: string;
  key: string;
  filename: string;
  content_type: string;
  byte_size: number;
  data_base64: string;
  /** A direct upload's declared MD5 (base64), checked when its bytes arrive (src/domain/direct_uploads.ts). */
  checksum?: string;
  /** A direct upload's `metadata` param. */
  metadata?: JsonObject;
  /** A direct upload whose bytes have not arrived yet: not served. */
  pending?: boolean;
  created_at: number;
}

// --- automation rules, integrations, help center ---

/** automation_rules: conditions/actions are kept as sent (jsonb). */
export interface AutomationRule {
  id: number;
  account_id: number;
  name: string;
  description: string | null;
  event_name: string;
  conditions: Json[];
  actions: Json[];
  active: boolean;
  created_at: number;
  updated_at: number;
}

/** integrations_hooks */
export interface IntegrationHook {
  id: number;
  account_id: number;
  app_id: string;
  inbox_id: number | null;
  hook_type: 'account' | 'inbox';
  status: 'enabled' | 'disabled';
  settings: JsonObject;
  access_token: string;
  reference_id: string | null;
  created_at: number;
  updated_at: number;
}

/** portals (help center). `slug` is unique across accounts. */
export interface Portal {
  id: number;
  account_id: number;
  name: string;
  slug: string;
  color: string | null;
  custom_domain: string | null;
  header_text: string | null;
  homepage_link: string | null;
  page_title: string | null;
  archived: boolean;
  /** `draft_locales` (Chatwoot 4.12+): allowed locales hidden from the public portal; optional in old snapshots. */
  config: { allowed_locales: string[]; default_locale: string; draft_locales?: string[] };
  /** The web widget inbox whose live chat the portal embeds (channel_web_widget_id in Chatwoot). */
  widget_inbox_id: number | null;
  created_at: number;
  updated_at: number;
}

/** categories (help center) */
export interface Category {
  id: number;
  account_id: number;
  portal_id: number;
  name: string | null;
  slug: string | null;
  locale: string;
  description: string | null;
  position: number | null;
  icon: string;
  parent_category_id: number | null;
  associated_category_id: number | null;
  related_category_ids: number[];
  created_at: number;
  updated_at: number;
}

export const ARTICLE_STATUSES = ['draft', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** articles (help center). `slug` is unique across the installation (a DB index, no validation). */
export interface Article {
  id: number;
  account_id: number;
  portal_id: number;
  category_id: number | null;
  author_id: number | null;
  title: string | null;
  slug: string;
  content: string | null;
  description: string | null;
  status: ArticleStatus;
  position: number | null;
  locale: string;
  meta: JsonObject;
  views: number | null;
  associated_article_id: number | null;
  created_at: number;
  updated_at: number;
}

// --- campaigns ---

/**
 * campaigns (app/models/campaign.rb). `display_id` numbers an account's campaigns (a per-account
 * sequence, never reused) and is the id every path and view uses. Website inboxes run `ongoing`
 * campaigns (scheduled_at cleared); SMS/WhatsApp inboxes `one_off` ones.
 */
export interface Campaign {
  id: number;
  account_id: number;
  display_id: number;
  title: string | null;
  description: string | null;
  message: string | null;
  inbox_id: number | null;
  sender_id: number | null;
  enabled: boolean | null;
  trigger_only_during_business_hours: boolean | null;
  trigger_rules: JsonObject;
  audience: Json[];
  template_params: JsonObject;
  scheduled_at: number | null;
  campaign_type: 'ongoing' | 'one_off';
  campaign_status: 'active' | 'completed';
  created_at: number;
  updated_at: number;
}

// --- platform API ---

/** platform_apps: an installation-level app (made by a super admin) with its own api_access_token. */
export interface PlatformApp {
  id: number;
  name: string;
  access_token: string;
  created_at: number;
}

export type PermissibleType = 'Account' | 'User' | 'AgentBot';

/**
 * platform_app_permissibles: an object a platform app may manage (it created it, or was granted it).
 * `account_id` is not a Chatwoot column: the account the object belongs to (the account itself, a
 * bot's account, null for users), so that a per-account reset takes the grant along.
 */
export interface PlatformAppPermissible {
  id: number;
  platform_app_id: number;
  permissible_type: PermissibleType;
  permissible_id: number;
  account_id: number | null;
  created_at: number;
}

/** A user's single-use SSO login token (Redis in Chatwoot, app/models/concerns/sso_authenticatable.rb). */
export interface SsoAuthToken {
  id: number;
  user_id: number;
  token: string;
  expires_at: number;
}

// --- dashboard sign-in ---

/**
 * A devise_token_auth session (Chatwoot keeps them in `users.tokens`, keyed by client id): the
 * `access-token` a sign-in issued to one `client`, valid until `expiry` (unix seconds).
 */
export interface Session {
  id: number;
  user_id: number;
  client: string;
  token: string;
  expiry: number;
  created_at: number;
}

// --- notifications ---

/** Notification::NOTIFICATION_TYPES (app/models/notification.rb), in the enum's order (1…8). */
export const NOTIFICATION_TYPES = [
  'conversation_creation',
  'conversation_assignment',
  'assigned_conversation_new_message',
  'conversation_mention',
  'participating_conversation_new_message',
  'sla_missed_first_response',
  'sla_missed_next_response',
  'sla_missed_resolution',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * notifications (app/models/notification.rb): one user's notice about a conversation. The primary
 * actor is always a Conversation (internal id, as Chatwoot's `primary_actor_id`); the secondary actor
 * is who caused it (User, AgentBot) or the message it is about.
 */
export interface Notification {
  id: number;
  account_id: number;
  user_id: number;
  notification_type: NotificationType;
  primary_actor_type: 'Conversation';
  primary_actor_id: number;
  secondary_actor_type: 'User' | 'AgentBot' | 'Message' | null;
  secondary_actor_id: number | null;
  read_at: number | null;
  snoozed_until: number | null;
  last_activity_at: number;
  meta: JsonObject;
  created_at: number;
  updated_at: number;
}

/**
 * notification_settings (app/models/notification_setting.rb): one per membership, the flag names a
 * user chose (`email_<type>`, `push_<type>`), created with the AccountUser.
 */
export interface NotificationSetting {
  id: number;
  account_id: number;
  user_id: number;
  email_flags: string[];
  push_flags: string[];
  created_at: number;
  updated_at: number;
}
