/**
 * The channel side of the inboxes controller: which `channel.type` creates which channel
 * (`allowed_channel_types`, `channel_type_from_params`), each channel's EDITABLE_ATTRS as strong
 * parameters, and the Twilio channel controller (channels/twilio_channels_controller.rb).
 */
import type { HandlerMap } from '../http/context';
import { couldNotCreate } from '../http/errors';
import { isHash } from '../rails/casts';
import type { Channel, JsonObject } from '../store';

/** InboxesController#channel_type_from_params, restricted to `allowed_channel_types`. */
export const CHANNEL_TYPES: Record<string, Channel['type']> = {
  web_widget: 'Channel::WebWidget',
  api: 'Channel::Api',
  email: 'Channel::Email',
  line: 'Channel::Line',
  telegram: 'Channel::Telegram',
  whatsapp: 'Channel::Whatsapp',
  sms: 'Channel::Sms',
};

/** A permitted key: a scalar, or `{ key: {} }` (any hash). */
type Permitted = string | { hash: string };

/** Each channel model's EDITABLE_ATTRS (Channel::WebWidget's and Channel::Api's are in inboxes.ts). */
export const EDITABLE_ATTRS: Partial<Record<Channel['type'], readonly Permitted[]>> = {
  'Channel::Email': [
    'email',
    'imap_enabled',
    'imap_login',
    'imap_password',
    'imap_address',
    'imap_port',
    'imap_enable_ssl',
    'imap_authentication',
    'smtp_enabled',
    'smtp_login',
    'smtp_password',
    'smtp_address',
    'smtp_port',
    'smtp_domain',
    'smtp_enable_starttls_auto',
    'smtp_enable_ssl_tls',
    'smtp_openssl_verify_mode',
    'smtp_authentication',
    'provider',
    'verified_for_sending',
  ],
  'Channel::Whatsapp': ['phone_number', 'provider', { hash: 'provider_config' }],
  'Channel::Line': ['line_channel_id', 'line_channel_secret', 'line_channel_token'],
  'Channel::Telegram': ['bot_token'],
  'Channel::Sms': ['phone_number', { hash: 'provider_config' }],
  'Channel::TwilioSms': ['account_sid', 'auth_token'],
  // Channel::FacebookPage has no EDITABLE_ATTRS: nothing under `channel` is permitted.
  'Channel::FacebookPage': [],
};

/** Strong parameters' permitted scalars: String, Numeric, true/false, nil. */
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** `params.permit(channel: [...EDITABLE_ATTRS])[:channel]` for a provider channel. */
export function permitProviderChannel(type: Channel['type'], params: Record<string, any>): JsonObject {
  const out: JsonObject = {};
  for (const key of EDITABLE_ATTRS[type] ?? []) {
    if (typeof key === 'string') {
      if (Object.hasOwn(params, key) && isScalar(params[key])) out[key] = params[key];
    } else if (isHash(params[key.hash])) {
      out[key.hash] = params[key.hash];
    }
  }
  return out;
}

/**
 * POST channels/twilio_channel. Chatwoot authenticates with Twilio before anything else and renders the
 * Twilio error as `{"error": e.message}`; without Twilio, the fake answers what Twilio says to
 * credentials it does not know.
 */
function createTwilioChannel(): never {
  throw couldNotCreate(
    '[HTTP 401] 20003 : Unable to fetch page\nAuthenticate\nhttps://www.twilio.com/docs/errors/20003\n',
  );
}

export const handlers: HandlerMap = {
  createTwilioChannel,
};
