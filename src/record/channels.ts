/**
 * An inbox's channel for a recorded world: the settings the world format holds for its type, never
 * its tokens or secrets. Credentials the format requires (Telegram, Twilio, LINE) get a placeholder; a
 * channel type the format lacks becomes an API inbox, with a note.
 */
import { Anonymizer } from './anonymize';

type Json = Record<string, any>;

export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const E164 = /^\+[1-9]\d{1,14}$/;
export const HEX = /^#[0-9a-fA-F]{6}$/;
/** A placeholder for the credentials the world format requires of some channels (never the real ones). */
const PLACEHOLDER = 'recorded-placeholder-credential';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An inbox's channel as the world describes it: its settings, never its tokens or secrets. */
export function channelOf(i: Json, anonymizer: Anonymizer | undefined, notes: string[]): Json {
  const type = i.channel_type;
  const pick = (...keys: string[]) =>
    Object.fromEntries(keys.filter((k) => i[k] !== undefined && i[k] !== null).map((k) => [k, i[k]]));
  const url = (u: unknown) => (typeof u === 'string' && u ? (anonymizer ? anonymizer.url(u) : u) : undefined);
  const phone = (p: unknown) =>
    typeof p === 'string' && E164.test(p) ? (anonymizer ? '+15550000001' : p) : undefined;
  switch (type) {
    case 'Channel::WebWidget': {
      const website = url(i.website_url);
      return {
        type,
        ...(website ? { website_url: website } : {}),
        ...(typeof i.widget_color === 'string' && HEX.test(i.widget_color)
          ? { widget_color: i.widget_color }
          : {}),
        ...pick(
          'welcome_title',
          'welcome_tagline',
          'hmac_mandatory',
          'pre_chat_form_enabled',
          'continuity_via_email',
        ),
        ...(isObject(i.pre_chat_form_options) ? { pre_chat_form_options: i.pre_chat_form_options } : {}),
        ...(['in_a_few_minutes', 'in_a_few_hours', 'in_a_day'].includes(i.reply_time)
          ? { reply_time: i.reply_time }
          : {}),
        ...(Array.isArray(i.selected_feature_flags) ? { feature_flags: i.selected_feature_flags } : {}),
        ...(typeof i.allowed_domains === 'string' && !anonymizer
          ? { allowed_domains: i.allowed_domains }
          : {}),
      };
    }
    case 'Channel::Api': {
      const hook = url(i.webhook_url);
      return { type, ...(hook ? { webhook_url: hook } : {}), ...pick('hmac_mandatory') };
    }
    case 'Channel::Email': {
      const email = typeof i.email === 'string' && EMAIL.test(i.email) ? i.email : undefined;
      if (email) {
        return {
          type,
          email: anonymizer ? anonymizer.person([Anonymizer.email(email)]).email : email,
          ...pick('imap_enabled', 'imap_port', 'imap_enable_ssl', 'smtp_enabled', 'smtp_port'),
          ...(['microsoft', 'google'].includes(i.provider) ? { provider: i.provider } : {}),
        };
      }
      break;
    }
    case 'Channel::Whatsapp':
    case 'Channel::Sms': {
      const number = phone(i.phone_number);
      if (number) {
        return {
          type,
          phone_number: number,
          ...(type === 'Channel::Whatsapp' && ['default', 'whatsapp_cloud'].includes(i.provider)
            ? { provider: i.provider }
            : {}),
        };
      }
      break;
    }
    case 'Channel::TwilioSms': {
      const number = phone(i.phone_number);
      return {
        type,
        account_sid: PLACEHOLDER,
        auth_token: PLACEHOLDER,
        ...(number ? { phone_number: number } : {}),
        ...(['sms', 'whatsapp'].includes(i.medium) ? { medium: i.medium } : {}),
      };
    }
    case 'Channel::FacebookPage':
      if (str(i.page_id)) return { type, page_id: anonymizer ? '100000000000001' : i.page_id };
      break;
    case 'Channel::Telegram':
      return { type, bot_token: PLACEHOLDER, ...(str(i.bot_name) ? { bot_name: i.bot_name } : {}) };
    case 'Channel::Line':
      return {
        type,
        line_channel_id: PLACEHOLDER,
        line_channel_secret: PLACEHOLDER,
        line_channel_token: PLACEHOLDER,
      };
  }
  notes.push(
    `inbox ${i.id} (${String(type)}) recorded as a Channel::Api inbox: the world format has no such channel`,
  );
  return { type: 'Channel::Api' };
}
