/**
 * Contacts as app/models/contact.rb keeps them: attributes normalised as its callbacks do, its
 * validations, and the writes Chatwoot's controllers and actions make (create, update, destroy with
 * its dependents, merge, labels, custom attributes, contact inboxes). Shared by the application and
 * public APIs.
 *
 * A write answers `{ record, changes, events }`: the events are for the caller to record once it has
 * nothing more to write, since listeners render from the store when an event is recorded. For the
 * same reason a destroy records its contact_deleted itself, while the contact can still be read.
 */
import type { PendingEvent } from '../events/types';
import { blank, deepMerge, isHash } from '../rails/casts';
import type { Contact, ContactInbox, Conversation, Inbox, JsonObject, Tables } from '../store';
import { canSeeInbox, visibleInboxIds } from './access';
import { attachAvatar, avatarErrors, purgeAvatar, type AvatarOwner, type AvatarUpload } from './avatars';
import { changeRecord, type ChangedAttributes } from './changes';
import { InvalidAttribute, RecordInvalid, RecordNotFound } from './errors';
import { checkSourceIdFormat, generatedSourceId } from './contact_inbox_source';
import { contactInboxFor, insertContact } from './records';
import type { Upload } from './files';
import { accountOf, recordEvent, type Scope } from './scope';
import { columnLengthErrors, E164_PATTERN, EMAIL_PATTERN, Errors, type FieldError } from './validations';

export interface ContactWrite {
  record: Contact;
  /** previous_changes of an update (updated_at last); empty when nothing changed and for a create. */
  changes: ChangedAttributes;
  /** To record, in order, after the write. */
  events: PendingEvent[];
}

// ---------------------------------------------------------------------------------------------
// Attributes and validations

/** The attributes a request sets on a contact. */
export interface ContactAttributes {
  name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  identifier?: string | null;
  blocked?: boolean;
  avatar_url?: string;
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
}

/**
 * The permitted params that were sent, as the model's callbacks leave them: a blank email, phone
 * number or identifier is nil, an email is downcased (prepare_email_attribute); hashes only as hashes.
 */
export function contactAttributes(params: Record<string, any>): ContactAttributes {
  const attributes: ContactAttributes = {};
  if (params.name !== undefined) attributes.name = params.name === null ? null : String(params.name);
  if (params.email !== undefined) {
    attributes.email = blank(params.email) ? null : String(params.email).toLowerCase();
  }
  if (params.phone_number !== undefined) {
    attributes.phone_number = blank(params.phone_number) ? null : String(params.phone_number);
  }
  if (params.identifier !== undefined) {
    attributes.identifier = blank(params.identifier) ? null : String(params.identifier);
  }
  if (typeof params.blocked === 'boolean') attributes.blocked = params.blocked;
  if (typeof params.avatar_url === 'string' && params.avatar_url) attributes.avatar_url = params.avatar_url;
  if (isHash(params.additional_attributes)) attributes.additional_attributes = params.additional_attributes;
  if (isHash(params.custom_attributes)) attributes.custom_attributes = params.custom_attributes;
  return attributes;
}

/** The columns Contact validates. */
export type ValidatedFields = Pick<Partial<Contact>, 'email' | 'phone_number' | 'identifier'> & {
  name?: string | null;
};

/**
 * app/models/contact.rb's validations of a contact with these fields against the other contacts of
 * the account (`selfId` is the contact itself, when it exists), in Rails' order: ApplicationRecord's
 * column lengths (before_validation; the string columns in table order), Avatarable's avatar check
 * (its `validate` is declared first), then the model's own.
 */
export function contactErrors(
  tables: Tables,
  accountId: number,
  fields: ValidatedFields,
  selfId?: number,
  avatar?: Upload,
): FieldError[] {
  const taken = (index: 'email' | 'phone' | 'identifier', key: string) => {
    const other = tables.contacts.findBy(index, [accountId, key]);
    return other !== undefined && other.id !== selfId;
  };
  const errors = columnLengthErrors(new Errors(), [
    ['name', fields.name, 'string'],
    ['email', fields.email, 'string'],
    ['phone_number', fields.phone_number, 'string'],
    ['identifier', fields.identifier, 'string'],
  ]);
  if (avatar) avatarErrors(avatar, errors);
  if (fields.email) {
    // The column holds the downcased email (prepare_email_attribute runs before validation).
    const email = fields.email.toLowerCase();
    if (taken('email', email)) errors.add('email', 'Email has already been taken');
    if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email Invalid email');
  }
  if (fields.identifier && taken('identifier', fields.identifier)) {
    errors.add('identifier', 'Identifier has already been taken');
  }
  if (fields.phone_number) {
    if (taken('phone', fields.phone_number))
      errors.add('phone_number', 'Phone number has already been taken');
    if (!E164_PATTERN.test(fields.phone_number)) {
      errors.add('phone_number', 'Phone number should be in e164 format');
    }
  }
  return errors.list;
}

/** Raises RecordInvalid with contactErrors' errors, if any. */
export function validateContact(
  tables: Tables,
  accountId: number,
  fields: ValidatedFields,
  selfId?: number,
  avatar?: Upload,
) {
  const errors = contactErrors(tables, accountId, fields, selfId, avatar);
  if (errors.length) throw new RecordInvalid(errors);
}

const avatarOwner = (contact: Contact): AvatarOwner => ({
  type: 'Contact',
  id: contact.id,
  accountId: contact.account_id,
});

// ---------------------------------------------------------------------------------------------
// Lookups

/** `Current.account.contacts.find(id)` */
export function findContact(scope: Scope, id: unknown): Contact {
  const contact = scope.tables.contacts.get(Number(id));
  if (!contact || contact.account_id !== accountOf(scope).id) throw new RecordNotFound('contact');
  return contact;
}

/** `Current.account.inboxes.find(id)`, whoever may see it; an id that is no number finds nothing. */
export function findAccountInbox(scope: Scope, id: number | undefined): Inbox {
  const inbox = id === undefined ? undefined : scope.tables.inboxes.get(id);
  if (!inbox || inbox.account_id !== accountOf(scope).id) throw new RecordNotFound('inbox');
  return inbox;
}

/**
 * The account's contact with this identifier, else this email (any case), else this phone number:
 * how ContactInboxWithContactBuilder and the contact import find the contact a request means.
 */
export function findMatchingContact(
  tables: Tables,
  accountId: number,
  keys: { identifier?: string | null; email?: string | null; phone_number?: string | null },
): Contact | undefined {
  const { contacts } = tables;
  if (keys.identifier) {
    const found = contacts.findBy('identifier', [accountId, keys.identifier]);
    if (found) return found;
  }
  if (keys.email) {
    const found = contacts.findBy('email', [accountId, keys.email.toLowerCase()]);
    if (found) return found;
  }
  return keys.phone_number ? contacts.findBy('phone', [accountId, keys.phone_number]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writes

/**
 * `Contact.create!`, then — ContactsController#create's build_contact_inbox, in the same
 * transaction — a contact inbox when `via` names an inbox (none for a blank, but given, source id).
 */
export function createContact(
  scope: Scope,
  attributes: ContactAttributes,
  via?: { inboxId: number | undefined; sourceId: string | undefined },
  avatar?: AvatarUpload,
): ContactWrite & { contactInbox: ContactInbox | undefined } {
  const { store, tables } = scope;
  const accountId = accountOf(scope).id;
  validateContact(tables, accountId, attributes, undefined, avatar?.file);
  const inbox = via ? findAccountInbox(scope, via.inboxId) : undefined;
  // ContactInboxBuilder: another contact's source id raises RecordNotUnique (Rails answers 500);
  // the fake answers 422 "Source id has already been taken".
  if (inbox && via?.sourceId && tables.contactInboxes.findBy('source', [inbox.id, via.sourceId])) {
    throw new InvalidAttribute('source_id', 'has already been taken');
  }
  let record = insertContact(store, {
    account_id: accountId,
    name: attributes.name,
    email: attributes.email,
    phone_number: attributes.phone_number,
    identifier: attributes.identifier,
    blocked: attributes.blocked,
    avatar_url: attributes.avatar_url,
    additional_attributes: attributes.additional_attributes ?? {},
    custom_attributes: attributes.custom_attributes ?? {},
  });
  if (avatar) {
    const url = attachAvatar(store, avatarOwner(record), avatar.file, avatar.baseUrl);
    record = tables.contacts.update(record.id, { avatar_url: url });
  }
  const contactInbox =
    inbox && via?.sourceId !== '' ? contactInboxFor(store, record, inbox, via?.sourceId) : undefined;
  return { record, changes: {}, events: [contactCreated(record)], contactInbox };
}

const contactCreated = (contact: Contact): PendingEvent => ({
  name: 'contact_created',
  data: { contactId: contact.id },
});

/**
 * ContactsController#update's `contact_update_params`: the attributes sent, a nil name as "", and
 * the custom and additional attributes merged into the stored ones.
 */
export function contactUpdate(contact: Contact, attributes: ContactAttributes): Partial<Contact> {
  const { name, additional_attributes, custom_attributes, ...rest } = attributes;
  const changes: Partial<Contact> = { ...rest };
  if (name !== undefined) changes.name = name ?? '';
  if (custom_attributes) changes.custom_attributes = { ...contact.custom_attributes, ...custom_attributes };
  if (additional_attributes) {
    changes.additional_attributes = { ...contact.additional_attributes, ...additional_attributes };
  }
  return changes;
}

/**
 * ContactIdentifyAction without `identifier`: non-blank name / email / phone_number replace the
 * stored ones, custom_attributes are deep-merged. A phone number whose owner (another contact) has
 * another email is left out (mergable_phone_contact?).
 */
export function identifyUpdate(
  tables: Tables,
  contact: Contact,
  params: {
    name?: string;
    email?: string;
    phone_number?: string;
    custom_attributes?: unknown;
    avatar_url?: string;
  },
): Partial<Contact> {
  const { name, email, avatar_url } = params;
  let phone = params.phone_number;
  if (phone && email) {
    const owner = tables.contacts.findBy('phone', [contact.account_id, phone]);
    if (owner && owner.id !== contact.id && owner.email && owner.email !== email) phone = undefined;
  }
  const changes: Partial<Contact> = {};
  if (name !== undefined) changes.name = name;
  if (email !== undefined) changes.email = email.toLowerCase(); // prepare_email_attribute
  if (phone !== undefined) changes.phone_number = phone;
  if (isHash(params.custom_attributes)) {
    changes.custom_attributes = deepMerge(contact.custom_attributes, params.custom_attributes);
  }
  if (avatar_url !== undefined) changes.avatar_url = avatar_url;
  return changes;
}

/**
 * `contact.update!(changes)`: validated, then the columns that differ written with updated_at, and
 * contact_updated with the changes — when something changed, or always with `eventWhenUnchanged`
 * (the application API's update records it even for an update that changes nothing).
 */
export function updateContact(
  scope: Scope,
  contact: Contact,
  changes: Partial<Contact>,
  options: { eventWhenUnchanged?: boolean; avatar?: AvatarUpload } = {},
): ContactWrite {
  const { avatar } = options;
  validateContact(scope.tables, contact.account_id, changes, contact.id, avatar?.file);
  const written = changeRecord(scope.store, scope.tables.contacts, contact, changes);
  if (avatar) {
    // A new attachment touches the record (ActiveStorage::Attachment belongs_to :record, touch: true);
    // `avatar` is no column, so previous_changes lists only updated_at for it.
    const url = attachAvatar(scope.store, avatarOwner(contact), avatar.file, avatar.baseUrl);
    const at = scope.store.clock.now();
    if (!written.changes.updated_at) {
      written.changes.updated_at = { previous_value: written.record.updated_at, current_value: at };
    }
    written.record = scope.tables.contacts.update(contact.id, { avatar_url: url, updated_at: at });
  }
  const changed = Object.keys(written.changes).length > 0;
  return {
    ...written,
    events: changed || options.eventWhenUnchanged ? [contactUpdated(contact, written.changes)] : [],
  };
}

const contactUpdated = (contact: Contact, changes: ChangedAttributes): PendingEvent => ({
  name: 'contact_updated',
  data: { contactId: contact.id, changedAttributes: changes },
});

/**
 * `contact.destroy!`: contact_deleted is recorded first, while listeners can still read the
 * contact; then its conversations (with their messages), contact inboxes and notes go with it
 * (`dependent: :destroy_async`).
 */
export function deleteContact(scope: Scope, contact: Contact): void {
  const { tables } = scope;
  recordEvent(scope, 'contact_deleted', { contactId: contact.id });
  for (const conversation of tables.conversations.where('contact', contact.id)) {
    for (const message of tables.messages.where('conversation', conversation.id)) {
      tables.messages.delete(message.id);
    }
    tables.conversations.delete(conversation.id);
  }
  for (const ci of tables.contactInboxes.where('contact', contact.id)) tables.contactInboxes.delete(ci.id);
  for (const note of tables.notes.where('contact', contact.id)) tables.notes.delete(note.id);
  purgeAvatar(scope.store, avatarOwner(contact)); // has_one_attached: purge_later
  tables.contacts.delete(contact.id);
}

/** The attributes ContactMergeAction carries over from the mergee. */
const MERGEABLE = [
  'identifier',
  'name',
  'email',
  'phone_number',
  'additional_attributes',
  'custom_attributes',
] as const;

/**
 * ContactMergeAction: the mergee's conversations, contact inboxes, sent messages and notes move to
 * the base contact, the mergee is destroyed, and the base contact's blank attributes are filled from
 * the mergee's (the base wins; hashes are deep-merged). Merging a contact into itself does nothing.
 */
export function mergeContacts(scope: Scope, base: Contact, mergee: Contact): ContactWrite {
  if (base.id === mergee.id) return { record: base, changes: {}, events: [] };
  const { tables } = scope;
  for (const conversation of tables.conversations.where('contact', mergee.id)) {
    for (const m of tables.messages.where('conversation', conversation.id)) {
      if (m.sender_type === 'Contact' && m.sender_id === mergee.id) {
        tables.messages.update(m.id, { sender_id: base.id });
      }
    }
    tables.conversations.update(conversation.id, { contact_id: base.id });
  }
  for (const ci of tables.contactInboxes.where('contact', mergee.id)) {
    tables.contactInboxes.update(ci.id, { contact_id: base.id });
  }
  for (const note of tables.notes.where('contact', mergee.id)) {
    tables.notes.update(note.id, { contact_id: base.id });
  }

  const present = (c: Contact) => {
    const out: Partial<Contact> = {};
    for (const key of MERGEABLE) if (!blank(c[key])) (out as Record<string, unknown>)[key] = c[key];
    return out;
  };
  const merged = deepMerge(present(mergee), present(base));
  deleteContact(scope, mergee);
  const written = changeRecord(scope.store, tables.contacts, base, merged);
  const events = Object.keys(written.changes).length ? [contactUpdated(base, written.changes)] : [];
  events.push({ name: 'contact_merged', data: { contactId: base.id, mergeeContactId: mergee.id } });
  return { ...written, events };
}

/** LabelConcern#update_labels: the list replaces the contact's labels. */
export function setContactLabels(scope: Scope, contact: Contact, labels: string[]): ContactWrite {
  const written = changeRecord(scope.store, scope.tables.contacts, contact, { labels });
  const events = Object.keys(written.changes).length ? [contactUpdated(contact, written.changes)] : [];
  return { ...written, events };
}

/**
 * ContactsController#destroy_custom_attributes: the named keys leave custom_attributes, then `save!`
 * (contact_updated renders the contact as saved).
 */
export function removeCustomAttributes(
  scope: Scope,
  contact: Contact,
  keys: ReadonlySet<string>,
): ContactWrite {
  const remaining = Object.fromEntries(
    Object.entries(contact.custom_attributes).filter(([key]) => !keys.has(key)),
  );
  const written = changeRecord(scope.store, scope.tables.contacts, contact, { custom_attributes: remaining });
  const events = Object.keys(written.changes).length ? [contactUpdated(contact, written.changes)] : [];
  return { ...written, events };
}

/**
 * ContactsController#avatar: `contact.avatar.purge if contact.avatar.attached?` — the stored image goes,
 * no callbacks, no updated_at. An `avatar_url` the fake took as the thumbnail goes too.
 */
export function removeContactAvatar(scope: Scope, contact: Contact): Contact {
  purgeAvatar(scope.store, avatarOwner(contact));
  return contact.avatar_url ? scope.tables.contacts.update(contact.id, { avatar_url: '' }) : contact;
}

// ---------------------------------------------------------------------------------------------
// Contact inboxes and conversations

/**
 * ContactInboxBuilder (ContactInboxesController#create): the contact's contact inbox with this
 * source id (when none is given, the channel's: contact_inbox_source.ts), hmac_verified when asked on
 * creation; a new one's source id must have its channel's shape.
 */
export function buildContactInbox(
  scope: Scope,
  contact: Contact,
  inbox: Inbox,
  sourceId: string | undefined,
  hmacVerified: boolean,
): ContactInbox {
  // `@source_id ||= uuid` keeps "", and then no contact inbox is built: the view fails on nil (Rails
  // answers 500); the fake answers 422 "Source id can't be blank".
  if (sourceId === '') throw new InvalidAttribute('source_id', "can't be blank");
  const { tables, store } = scope;
  const source = sourceId ?? generatedSourceId(contact, inbox, () => store.nextUuid());
  const existing = tables.contactInboxes.findBy('source', [inbox.id, source]);
  if (existing && existing.contact_id !== contact.id) {
    throw new InvalidAttribute('source_id', 'has already been taken'); // Rails: RecordNotUnique, a 500
  }
  if (existing) return existing;
  checkSourceIdFormat(inbox, source);
  const contactInbox = contactInboxFor(store, contact, inbox, source);
  return hmacVerified ? tables.contactInboxes.update(contactInbox.id, { hmac_verified: true }) : contactInbox;
}

/**
 * Contacts::ContactableInboxesService, then `policy(inbox).show?`: every API inbox (the latest
 * contact inbox's source id, else a new uuid) and the web widgets whose latest contact inbox has no
 * conversation yet.
 */
export function contactableInboxes(scope: Scope, contact: Contact): { inbox: Inbox; sourceId: string }[] {
  const { tables, store } = scope;
  const mine = tables.contactInboxes.where('contact', contact.id);
  const found = [];
  for (const inbox of tables.inboxes.where('account', accountOf(scope).id)) {
    if (!canSeeInbox(scope, inbox.id)) continue;
    const latest = mine.filter((ci) => ci.inbox_id === inbox.id).pop();
    if (inbox.channel.type === 'Channel::Api') {
      found.push({ inbox, sourceId: latest?.source_id ?? store.nextUuid() });
    } else if (latest && tables.conversations.countWhere('contactInbox', latest.id) === 0) {
      found.push({ inbox, sourceId: latest.source_id });
    }
  }
  return found;
}

/** Contacts::ConversationsController#index: newest first, at most 20, in the caller's inboxes. */
export function contactConversations(scope: Scope, contact: Contact): Conversation[] {
  const visible = visibleInboxIds(scope);
  return scope.tables.conversations
    .where('contact', contact.id)
    .filter((c) => visible === 'all' || visible.has(c.inbox_id))
    .sort((a, b) => b.id - a.id)
    .slice(0, 20);
}
