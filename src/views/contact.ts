import type { Contact, ContactInbox, Tables } from '../store';
import { inboxView } from './inbox';
import { unix } from './time';

/** app/views/api/v1/models/_contact_inbox.json.jbuilder */
export function contactInboxView(tables: Tables, contactInbox: ContactInbox, admin: boolean) {
  const inbox = tables.inboxes.get(contactInbox.inbox_id);
  return { source_id: contactInbox.source_id, inbox: inbox ? inboxView(inbox, { admin }) : null };
}

export interface ContactViewOptions {
  /** Adds contact_inboxes, as the /contacts endpoints do. */
  withContactInboxes?: { tables: Tables; admin: boolean };
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
      .map((ci) => contactInboxView(withInboxes.tables, ci, withInboxes.admin));
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
