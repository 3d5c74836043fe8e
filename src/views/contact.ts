/**
 * Every rendering of a contact: the API's contact partial, push_event_data (conversations, messages,
 * the cable), webhook_data (webhooks), the model's own JSON and the public API's contact; with the
 * contact inbox partials they embed.
 */
import type { Contact, ContactInbox, Inbox, Tables } from '../store';
import { accountWebhookData } from './account';
import { inboxView } from './inbox';
import { iso, isoOrNull, unix } from './time';

/**
 * app/views/api/v1/models/_inbox_slim.json.jbuilder: the inbox inside a contact's contact_inboxes
 * (newest upstream renders this slim partial there, not the full inbox partial). `email` only for
 * email channels, which the fake does not have.
 */
export function inboxSlimView(inbox: Inbox) {
  return {
    id: inbox.id,
    avatar_url: inbox.avatar_url,
    channel_id: inbox.channel_id,
    name: inbox.name,
    channel_type: inbox.channel.type,
    provider: null,
  };
}

/** app/views/api/v1/models/_contact_inbox.json.jbuilder */
export function contactInboxView(tables: Tables, contactInbox: ContactInbox, fullInbox?: { admin: boolean }) {
  const inbox = tables.inboxes.get(contactInbox.inbox_id);
  const rendered = !inbox ? null : fullInbox ? inboxView(inbox, fullInbox) : inboxSlimView(inbox);
  return { source_id: contactInbox.source_id, inbox: rendered };
}

/**
 * `json.inbox @contact_inbox&.inbox` in contacts/create.json.jbuilder: the Inbox model's own
 * `as_json`, i.e. every column of the inboxes table, ISO timestamps, enums as their names.
 */
export function inboxRecordView(inbox: Inbox) {
  return {
    id: inbox.id,
    channel_id: inbox.channel_id,
    account_id: inbox.account_id,
    name: inbox.name,
    created_at: iso(inbox.created_at),
    updated_at: iso(inbox.created_at),
    channel_type: inbox.channel.type,
    enable_auto_assignment: inbox.enable_auto_assignment,
    greeting_enabled: inbox.greeting_enabled,
    greeting_message: inbox.greeting_message,
    email_address: null,
    working_hours_enabled: inbox.working_hours_enabled,
    out_of_office_message: inbox.out_of_office_message,
    timezone: inbox.timezone,
    enable_email_collect: inbox.enable_email_collect,
    csat_survey_enabled: inbox.csat_survey_enabled,
    allow_messages_after_resolved: inbox.allow_messages_after_resolved,
    auto_assignment_config: inbox.auto_assignment_config,
    lock_to_single_conversation: inbox.lock_to_single_conversation,
    portal_id: null,
    sender_name_type: inbox.sender_name_type,
    business_name: inbox.business_name,
    csat_config: {},
  };
}

export interface ContactViewOptions {
  /** Adds contact_inboxes, as the /contacts endpoints do. */
  withContactInboxes?: {
    tables: Tables;
    /** Chatwoot 3.x: the whole inbox partial (its secrets for administrators) instead of the slim one. */
    fullInbox?: { admin: boolean };
  };
}

/** app/views/api/v1/models/_contact.json.jbuilder, keys in its order. */
export function contactView(contact: Contact, options: ContactViewOptions = {}) {
  const view: Record<string, unknown> = {
    additional_attributes: contact.additional_attributes,
    availability_status: 'offline',
    email: contact.email,
    id: contact.id,
    name: contact.name,
    phone_number: contact.phone_number,
    blocked: contact.blocked,
    identifier: contact.identifier,
    thumbnail: contact.avatar_url,
    custom_attributes: contact.custom_attributes,
  };
  if (contact.last_activity_at !== null) view.last_activity_at = unix(contact.last_activity_at);
  view.created_at = unix(contact.created_at);
  const withInboxes = options.withContactInboxes;
  if (withInboxes) {
    view.contact_inboxes = withInboxes.tables.contactInboxes
      .where('contact', contact.id)
      .map((ci) => contactInboxView(withInboxes.tables, ci, withInboxes.fullInbox));
  }
  return view;
}

/** Contact#push_event_data: the contact inside conversations and messages. */
export function contactPushView(contact: Contact) {
  return {
    additional_attributes: contact.additional_attributes,
    custom_attributes: contact.custom_attributes,
    email: contact.email,
    id: contact.id,
    identifier: contact.identifier,
    name: contact.name,
    phone_number: contact.phone_number,
    thumbnail: contact.avatar_url,
    blocked: contact.blocked,
    type: 'contact',
  };
}

/**
 * Contact#webhook_data (newest upstream): no `type` key any more (versions before 2023 sent
 * `{id, name, avatar, type: "contact", account}` only).
 */
export function contactWebhookData(tables: Tables, contact: Contact) {
  return {
    account: accountWebhookData(tables, contact.account_id),
    additional_attributes: contact.additional_attributes,
    avatar: contact.avatar_url,
    custom_attributes: contact.custom_attributes,
    email: contact.email,
    id: contact.id,
    identifier: contact.identifier,
    name: contact.name,
    phone_number: contact.phone_number,
    thumbnail: contact.avatar_url,
    blocked: contact.blocked,
  };
}

/** inboxes/contacts/create.json.jbuilder (and show): the contact inbox, then models/_contact. */
export function publicContactView(contactInbox: ContactInbox, contact: Contact) {
  return {
    source_id: contactInbox.source_id,
    pubsub_token: contactInbox.pubsub_token,
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phone_number,
  };
}

/**
 * Contact#as_json: the contacts table's columns in schema order (db/schema.rb), ISO timestamps, the
 * contact_type enum by name, then the `label_list` attribute. Contacts::SyncAttributes copies location / country_code from
 * additional_attributes on save and makes a visitor with an email, phone number or identifier a lead.
 */
export function contactRecordView(contact: Contact) {
  const lead = Boolean(contact.email || contact.phone_number || contact.identifier);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phone_number,
    account_id: contact.account_id,
    created_at: iso(contact.created_at),
    updated_at: iso(contact.updated_at),
    additional_attributes: contact.additional_attributes,
    identifier: contact.identifier,
    custom_attributes: contact.custom_attributes,
    last_activity_at: isoOrNull(contact.last_activity_at),
    contact_type: lead ? 'lead' : 'visitor',
    middle_name: '',
    last_name: '',
    location: text(contact.additional_attributes.city),
    country_code: text(contact.additional_attributes.country),
    blocked: contact.blocked,
    // acts_as_taggable_on declares `label_list` as an attribute, so as_json renders it after the columns.
    label_list: contact.labels,
  };
}
