/**
 * The provider channels beside the web widget and API (app/models/channel/*.rb): Email, Whatsapp,
 * FacebookPage, Telegram, Sms, TwilioSms and Line — their column defaults and casts, their model
 * validations with Rails' messages, and what Inbox derives from them (inbox_type, callback_webhook_url).
 *
 * What needs the provider's network is decided here too: Channel::Telegram asks Telegram's getMe
 * before validating a new bot token, and Channel::Whatsapp asks the provider to check its
 * provider_config on every save. The fake has no provider, so those checks fail as they do when the
 * provider refuses: "Bot token invalid token" and "Provider config Invalid Credentials".
 */
import type {
  Channel,
  EmailChannel,
  FacebookPageChannel,
  Json,
  JsonObject,
  LineChannel,
  SmsChannel,
  Store,
  TelegramChannel,
  TwilioSmsChannel,
  WhatsappChannel,
} from '../store';
import { blank, castBoolean, castInteger, castString, isHash } from '../rails/casts';
import { Errors, type FieldError } from './validations';

/** The base URL the fake's views use for links (as Chatwoot's FRONTEND_URL). */
export const FRONTEND_URL = 'http://127.0.0.1:3000';

/**
 * The installation's MAILER_INBOUND_EMAIL_DOMAIN: the fake behaves as an installation with inbound
 * email configured, so email inboxes get a `forward_to_email` and render `forwarding_enabled: true`.
 */
export const MAILER_INBOUND_EMAIL_DOMAIN = 'inbound.chatwoot-fake.test';

/** The channel types that are neither the web widget nor the API channel. */
export type ProviderChannel = Exclude<Channel, { type: 'Channel::WebWidget' | 'Channel::Api' }>;
export type ProviderChannelType = ProviderChannel['type'];

export const PROVIDER_CHANNEL_TYPES: readonly ProviderChannelType[] = [
  'Channel::Email',
  'Channel::Whatsapp',
  'Channel::FacebookPage',
  'Channel::Telegram',
  'Channel::Sms',
  'Channel::TwilioSms',
  'Channel::Line',
];

// ---------------------------------------------------------------------------------------------
// columns and casts

type Column = 'string' | 'integer' | 'boolean' | 'jsonb';

/** Each channel's columns that a request or a world may set, with their Rails types. */
const COLUMNS: Record<ProviderChannelType, Record<string, Column>> = {
  'Channel::Email': {
    email: 'string',
    forward_to_email: 'string',
    imap_enabled: 'boolean',
    imap_login: 'string',
    imap_password: 'string',
    imap_address: 'string',
    imap_port: 'integer',
    imap_enable_ssl: 'boolean',
    imap_authentication: 'string',
    smtp_enabled: 'boolean',
    smtp_login: 'string',
    smtp_password: 'string',
    smtp_address: 'string',
    smtp_port: 'integer',
    smtp_domain: 'string',
    smtp_enable_starttls_auto: 'boolean',
    smtp_enable_ssl_tls: 'boolean',
    smtp_openssl_verify_mode: 'string',
    smtp_authentication: 'string',
    provider: 'string',
    provider_config: 'jsonb',
    verified_for_sending: 'boolean',
  },
  'Channel::Whatsapp': {
    phone_number: 'string',
    provider: 'string',
    provider_config: 'jsonb',
    message_templates: 'jsonb',
  },
  'Channel::FacebookPage': {
    page_id: 'string',
    instagram_id: 'string',
    page_access_token: 'string',
    user_access_token: 'string',
  },
  'Channel::Telegram': { bot_token: 'string', bot_name: 'string' },
  'Channel::Sms': { phone_number: 'string', provider: 'string', provider_config: 'jsonb' },
  'Channel::TwilioSms': {
    account_sid: 'string',
    auth_token: 'string',
    api_key_sid: 'string',
    phone_number: 'string',
    messaging_service_sid: 'string',
    medium: 'string',
    content_templates: 'jsonb',
  },
  'Channel::Line': { line_channel_id: 'string', line_channel_secret: 'string', line_channel_token: 'string' },
};

function cast(column: Column, value: unknown): Json {
  if (column === 'string') return castString(value);
  if (column === 'integer') return castInteger(value);
  if (column === 'boolean') return castBoolean(value);
  return value === undefined ? null : (value as Json);
}

/** The given attributes of a channel type, cast to their columns' types (unknown keys dropped). */
export function castChannelAttributes(type: ProviderChannelType, attrs: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, column] of Object.entries(COLUMNS[type])) {
    if (Object.hasOwn(attrs, key)) out[key] = cast(column, attrs[key]);
  }
  return out;
}

/** A boolean column's value: Rails keeps nil, the fake keeps the column default instead. */
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const jsonb = (value: unknown): JsonObject => (isHash(value) ? (value as JsonObject) : {});

/**
 * A provider channel with Chatwoot's column defaults. `attrs` are cast column values (from a world or a
 * request); secrets and generated addresses come from the store unless given.
 */
export function newProviderChannel(
  store: Store,
  type: ProviderChannelType,
  raw: Record<string, unknown>,
): ProviderChannel {
  const a = castChannelAttributes(type, raw) as Record<string, any>;
  const reauthorization_required = raw.reauthorization_required === true;
  switch (type) {
    case 'Channel::Email':
      return {
        type,
        email: a.email ?? null,
        // Channel::Email#ensure_forward_to_email: "#{SecureRandom.hex}@#{account.inbound_email_domain}".
        forward_to_email:
          a.forward_to_email ??
          `${Buffer.from(store.nextToken('', 16)).toString('hex').slice(0, 32)}@${MAILER_INBOUND_EMAIL_DOMAIN}`,
        imap_enabled: bool(a.imap_enabled, false),
        imap_login: a.imap_login ?? '',
        imap_password: a.imap_password ?? '',
        imap_address: a.imap_address ?? '',
        imap_port: a.imap_port ?? 0,
        imap_enable_ssl: bool(a.imap_enable_ssl, true),
        imap_authentication: a.imap_authentication ?? 'plain',
        smtp_enabled: bool(a.smtp_enabled, false),
        smtp_login: a.smtp_login ?? '',
        smtp_password: a.smtp_password ?? '',
        smtp_address: a.smtp_address ?? '',
        smtp_port: a.smtp_port ?? 0,
        smtp_domain: a.smtp_domain ?? '',
        smtp_enable_starttls_auto: bool(a.smtp_enable_starttls_auto, true),
        smtp_enable_ssl_tls: bool(a.smtp_enable_ssl_tls, false),
        smtp_openssl_verify_mode: a.smtp_openssl_verify_mode ?? 'none',
        smtp_authentication: a.smtp_authentication ?? 'login',
        provider: a.provider ?? null,
        provider_config: jsonb(a.provider_config),
        verified_for_sending: bool(a.verified_for_sending, false),
        reauthorization_required,
      } satisfies EmailChannel;
    case 'Channel::Whatsapp': {
      const provider = a.provider ?? 'default';
      const config = { ...jsonb(a.provider_config) };
      // before_validation :ensure_webhook_verify_token (Cloud API only).
      if (provider === 'whatsapp_cloud' && blank(config.webhook_verify_token)) {
        config.webhook_verify_token = Buffer.from(store.nextToken('', 16)).toString('hex').slice(0, 32);
      }
      return {
        type,
        phone_number: a.phone_number ?? null,
        provider,
        provider_config: config,
        message_templates: a.message_templates ?? {},
        reauthorization_required,
      } satisfies WhatsappChannel;
    }
    case 'Channel::FacebookPage':
      return {
        type,
        page_id: a.page_id ?? null,
        instagram_id: a.instagram_id ?? null,
        page_access_token: a.page_access_token ?? store.nextToken('EAA', 24),
        user_access_token: a.user_access_token ?? store.nextToken('EAA', 24),
        reauthorization_required,
      } satisfies FacebookPageChannel;
    case 'Channel::Telegram':
      return { type, bot_token: a.bot_token ?? null, bot_name: a.bot_name ?? null } satisfies TelegramChannel;
    case 'Channel::Sms':
      return {
        type,
        phone_number: a.phone_number ?? null,
        provider: a.provider ?? 'default',
        provider_config: jsonb(a.provider_config),
      } satisfies SmsChannel;
    case 'Channel::TwilioSms':
      return {
        type,
        account_sid: a.account_sid ?? null,
        auth_token: a.auth_token ?? null,
        api_key_sid: a.api_key_sid ?? null,
        phone_number: blank(a.phone_number) ? null : a.phone_number,
        messaging_service_sid: blank(a.messaging_service_sid) ? null : a.messaging_service_sid,
        medium: a.medium === 'whatsapp' ? 'whatsapp' : 'sms',
        content_templates: jsonb(a.content_templates),
      } satisfies TwilioSmsChannel;
    case 'Channel::Line':
      return {
        type,
        line_channel_id: a.line_channel_id ?? null,
        line_channel_secret: a.line_channel_secret ?? null,
        line_channel_token: a.line_channel_token ?? null,
      } satisfies LineChannel;
  }
}

// ---------------------------------------------------------------------------------------------
// validations

/** Whether another inbox's channel of the same type has `value` in `field` (a table-wide unique index). */
function taken(store: Store, channel: Channel, field: string, value: unknown, selfInboxId?: number): boolean {
  if (blank(value)) return false;
  for (const inbox of store.tables.inboxes.all()) {
    if (inbox.id === selfInboxId || inbox.channel.type !== channel.type) continue;
    if ((inbox.channel as unknown as Record<string, unknown>)[field] === value) return true;
  }
  return false;
}

/**
 * A provider channel's model validations in Chatwoot's order, with Rails' full messages. `creating`
 * runs the create-only callbacks (Telegram's getMe). `selfInboxId` is the channel's own inbox on update.
 */
export function providerChannelErrors(
  store: Store,
  channel: ProviderChannel,
  creating: boolean,
  selfInboxId?: number,
): FieldError[] {
  const errors = new Errors();
  const unique = (field: string, label: string) => {
    if (taken(store, channel, field, (channel as unknown as Record<string, unknown>)[field], selfInboxId))
      errors.add(field, `${label} has already been taken`);
  };
  switch (channel.type) {
    case 'Channel::Email':
      // No presence validation: email is NOT NULL in the table (Rails would answer 500 on nil).
      if (blank(channel.email)) errors.add('email', "Email can't be blank");
      unique('email', 'Email');
      unique('forward_to_email', 'Forward to email');
      break;
    case 'Channel::Whatsapp':
      if (!['default', 'whatsapp_cloud'].includes(channel.provider))
        errors.add('provider', 'Provider is not included in the list');
      if (blank(channel.phone_number)) errors.add('phone_number', "Phone number can't be blank");
      unique('phone_number', 'Phone number');
      // validate :validate_provider_config asks 360dialog / the Cloud API: no provider answers here.
      errors.add('provider_config', 'Provider config Invalid Credentials');
      break;
    case 'Channel::FacebookPage':
      if (taken(store, channel, 'page_id', channel.page_id, selfInboxId))
        errors.add('page_id', 'Page has already been taken');
      break;
    case 'Channel::Telegram':
      // before_validation :ensure_valid_bot_token, on: :create — Telegram's getMe, which fails here.
      if (creating) errors.add('bot_token', 'Bot token invalid token');
      if (blank(channel.bot_token)) errors.add('bot_token', "Bot token can't be blank");
      unique('bot_token', 'Bot token');
      break;
    case 'Channel::Sms':
      if (blank(channel.phone_number)) errors.add('phone_number', "Phone number can't be blank");
      unique('phone_number', 'Phone number');
      break;
    case 'Channel::TwilioSms':
      if (blank(channel.account_sid)) errors.add('account_sid', "Account sid can't be blank");
      if (blank(channel.auth_token)) errors.add('auth_token', "Auth token can't be blank");
      if (blank(channel.phone_number)) {
        unique('messaging_service_sid', 'Messaging service sid');
        if (blank(channel.messaging_service_sid))
          errors.add('messaging_service_sid', "Messaging service sid can't be blank");
      }
      if (!blank(channel.messaging_service_sid) && !blank(channel.phone_number))
        errors.add('phone_number', 'Phone number must be blank');
      unique('phone_number', 'Phone number');
      break;
    case 'Channel::Line':
      unique('line_channel_id', 'Line channel');
      if (blank(channel.line_channel_id)) errors.add('line_channel_id', "Line channel can't be blank");
      if (blank(channel.line_channel_secret))
        errors.add('line_channel_secret', "Line channel secret can't be blank");
      if (blank(channel.line_channel_token))
        errors.add('line_channel_token', "Line channel token can't be blank");
      break;
  }
  return errors.list;
}

// ---------------------------------------------------------------------------------------------
// what the inbox derives from its channel

/** Inbox#inbox_type: the channel's `name`. */
export function inboxType(channel: Channel): string {
  switch (channel.type) {
    case 'Channel::WebWidget':
      return 'Website';
    case 'Channel::Api':
      return 'API';
    case 'Channel::Email':
      return 'Email';
    case 'Channel::Whatsapp':
      return 'Whatsapp';
    case 'Channel::FacebookPage':
      return 'Facebook';
    case 'Channel::Telegram':
      return 'Telegram';
    case 'Channel::Sms':
      return 'Sms';
    case 'Channel::TwilioSms':
      return channel.medium === 'sms' ? 'Twilio SMS' : 'Whatsapp';
    case 'Channel::Line':
      return 'LINE';
  }
}

/** Inbox#callback_webhook_url: where the provider posts, for the channels that have one. */
export function callbackWebhookUrl(channel: Channel): string | null {
  switch (channel.type) {
    case 'Channel::TwilioSms':
      return `${FRONTEND_URL}/twilio/callback`;
    case 'Channel::Sms':
      return `${FRONTEND_URL}/webhooks/sms/${(channel.phone_number ?? '').replace(/^\+/, '')}`;
    case 'Channel::Line':
      return `${FRONTEND_URL}/webhooks/line/${channel.line_channel_id}`;
    case 'Channel::Whatsapp':
      return `${FRONTEND_URL}/webhooks/whatsapp/${channel.phone_number}`;
    default:
      return null;
  }
}

/** Channels with Reauthorizable: an update of the channel clears the flag (`reauthorized!`). */
export function reauthorized<T extends Channel>(channel: T): T {
  return 'reauthorization_required' in channel ? { ...channel, reauthorization_required: false } : channel;
}
