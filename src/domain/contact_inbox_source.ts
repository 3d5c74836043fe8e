/**
 * A contact inbox's source id by channel: what ContactInboxBuilder#generate_source_id makes when none is
 * given, and ContactInbox#valid_source_id_format? (app/models/contact_inbox.rb, RegexHelper's patterns).
 *
 * - API and website inboxes: a new uuid.
 * - Email: the contact's email; Bandwidth SMS: the contact's phone number; WhatsApp: the phone number
 *   without its "+"; Twilio: the phone number (SMS medium) or "whatsapp:" and the number (WhatsApp
 *   medium). A contact without that email or number raises ActionController::ParameterMissing ("contact
 *   email", "contact phone number"), which RequestExceptionHandler renders as a 422 `{error}`.
 * - Any other channel raises "Unsupported operation for this channel: …" (a RuntimeError, Rails' 500);
 *   the fake answers that message as a 422.
 */
import type { Contact, Inbox } from '../store';
import { CouldNotCreate, RecordInvalid } from './errors';
import { Errors } from './validations';

/** Rails' ActionController::ParameterMissing message. */
const parameterMissing = (name: string) =>
  new CouldNotCreate(`param is missing or the value is empty: ${name}`);

/**
 * RegexHelper's patterns (Ruby's `^` starts any line, `\z` ends the string), and how Ruby prints them
 * (`Regexp#to_s`) in the error message.
 */
const TWILIO_SMS = { test: /(?:^|\n)\+\d{1,15}$/, ruby: '(?-mix:^\\+\\d{1,15}\\z)' };
const TWILIO_WHATSAPP = { test: /(?:^|\n)whatsapp:\+\d{1,15}$/, ruby: '(?-mix:^whatsapp:\\+\\d{1,15}\\z)' };
/**
 * WHATSAPP_CHANNEL_REGEX: a phone number's digits. (Later copies also take Meta's business-scoped user
 * ids, "US.1349…"; the copies disagree beyond that, so the fake takes both and nothing else.)
 */
const WHATSAPP = {
  test: /(?:^|\n)(?:\d{1,15}|[A-Za-z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128})$/,
  ruby: '(?-mix:^\\d{1,15}\\z)',
};

/** ContactInboxBuilder#generate_source_id. `newUuid` is the store's (API and website inboxes). */
export function generatedSourceId(contact: Contact, inbox: Inbox, newUuid: () => string): string {
  const channel = inbox.channel;
  const phone = () => {
    if (!contact.phone_number) throw parameterMissing('contact phone number');
    return contact.phone_number;
  };
  switch (channel.type) {
    case 'Channel::Api':
    case 'Channel::WebWidget':
      return newUuid();
    case 'Channel::Email':
      if (!contact.email) throw parameterMissing('contact email');
      return contact.email;
    case 'Channel::Sms':
      return phone();
    case 'Channel::Whatsapp':
      return phone().replaceAll('+', '');
    case 'Channel::TwilioSms':
      return channel.medium === 'whatsapp' ? `whatsapp:${phone()}` : phone();
    default:
      throw new CouldNotCreate(`Unsupported operation for this channel: ${channel.type}`);
  }
}

/** ContactInbox#valid_source_id_format?: Twilio and WhatsApp source ids have a shape. */
export function checkSourceIdFormat(inbox: Inbox, sourceId: string): void {
  const channel = inbox.channel;
  let rule: { test: RegExp; ruby: string } | undefined;
  let label = '';
  if (channel.type === 'Channel::TwilioSms') {
    rule = channel.medium === 'whatsapp' ? TWILIO_WHATSAPP : TWILIO_SMS;
    label = `twilio ${channel.medium}`;
  } else if (channel.type === 'Channel::Whatsapp') {
    rule = WHATSAPP;
    label = 'whatsapp';
  }
  if (!rule || rule.test.test(sourceId)) return;
  const errors = new Errors();
  errors.addMessage('source_id', `invalid source id for ${label} inbox. valid Regex ${rule.ruby}`);
  throw new RecordInvalid(errors.list);
}
