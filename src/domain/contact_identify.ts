/**
 * ContactIdentifyAction (app/actions/contact_identify_action.rb), as the web widget uses it: the
 * visitor's contact takes the identity it is given. Another contact of the account that already holds
 * the identifier, the email or the phone number absorbs the visitor's contact (ContactMergeAction, the
 * other contact is the base), unless it carries a different identifier; then the non-blank name, email,
 * phone number and identifier are written, custom/additional attributes deep-merged, and `save!`.
 *
 * Options as the callers pass them: `retainOriginalName` (a merged-into contact keeps its name) and
 * `discardInvalid` (Contact#discard_invalid_attrs: an invalid email or phone number is dropped
 * instead of failing the save).
 */
import type { PendingEvent } from '../events/types';
import { blank, deepMerge, isHash } from '../rails/casts';
import type { Contact } from '../store';
import { contactErrors, mergeContacts, updateContact } from './contacts';
import { RecordInvalid } from './errors';
import type { Scope } from './scope';

export interface IdentifyParams {
  identifier?: unknown;
  name?: unknown;
  email?: unknown;
  phone_number?: unknown;
  avatar_url?: unknown;
  custom_attributes?: unknown;
  additional_attributes?: unknown;
}

export interface IdentifyOptions {
  retainOriginalName?: boolean;
  discardInvalid?: boolean;
}

type Key = 'identifier' | 'name' | 'email' | 'phone_number';

/** A scalar parameter as a string column takes it; blank, a hash or an array → undefined. */
function scalar(value: unknown): string | undefined {
  if (blank(value) || typeof value === 'object') return undefined;
  return String(value);
}

/**
 * Runs the action on `contact`; answers the contact that survives (the visitor's, or the one it was
 * merged into) and the events to record, in order.
 */
export function identifyContact(
  scope: Scope,
  contact: Contact,
  params: IdentifyParams,
  options: IdentifyOptions = {},
): { contact: Contact; events: PendingEvent[] } {
  const { tables } = scope;
  const accountId = contact.account_id;
  const given = {
    identifier: scalar(params.identifier),
    name: scalar(params.name),
    email: scalar(params.email)?.toLowerCase(),
    phone_number: scalar(params.phone_number),
  };
  const toUpdate = new Set<Key>(['identifier', 'name', 'email', 'phone_number']);
  const events: PendingEvent[] = [];
  let current = contact;

  const other = (found: Contact | undefined) => (found && found.id !== current.id ? found : undefined);
  /** merge_contacts?: never into a contact that has another identifier (the key is then not written). */
  const mayMerge = (existing: Contact | undefined, key: Key): existing is Contact => {
    if (!existing) return false;
    if (given.identifier === undefined) return true;
    if (existing.identifier && existing.identifier !== given.identifier) {
      toUpdate.delete(key);
      return false;
    }
    return true;
  };
  const merge = (base: Contact) => {
    const written = mergeContacts(scope, base, current);
    events.push(...written.events);
    current = written.record;
    if (options.retainOriginalName) toUpdate.delete('name');
  };

  // merge_if_existing_identified_contact, _email_contact, _phone_number_contact, in this order.
  const byIdentifier = given.identifier
    ? other(tables.contacts.findBy('identifier', [accountId, given.identifier]))
    : undefined;
  if (mayMerge(byIdentifier, 'identifier')) merge(byIdentifier);
  const byEmail = given.email ? other(tables.contacts.findBy('email', [accountId, given.email])) : undefined;
  if (mayMerge(byEmail, 'email')) merge(byEmail);
  const byPhone = given.phone_number
    ? other(tables.contacts.findBy('phone', [accountId, given.phone_number]))
    : undefined;
  if (mayMerge(byPhone, 'phone_number')) {
    // mergable_phone_contact?: not into a contact whose email differs from the one given.
    if (given.email !== undefined && byPhone.email && byPhone.email !== given.email) {
      toUpdate.delete('phone_number');
    } else merge(byPhone);
  }

  // update_contact: the non-blank keys still to update, then the hashes deep-merged.
  const changes: Partial<Contact> = {};
  for (const key of toUpdate) if (given[key] !== undefined) changes[key] = given[key];
  if (isHash(params.custom_attributes) && Object.keys(params.custom_attributes).length) {
    changes.custom_attributes = deepMerge(current.custom_attributes ?? {}, params.custom_attributes);
  }
  if (isHash(params.additional_attributes) && Object.keys(params.additional_attributes).length) {
    changes.additional_attributes = deepMerge(
      current.additional_attributes ?? {},
      params.additional_attributes,
    );
  }
  const avatar = scalar(params.avatar_url);
  if (avatar !== undefined && !current.avatar_url) changes.avatar_url = avatar; // Avatar::AvatarFromUrlJob

  const errors = contactErrors(tables, accountId, changes, current.id);
  if (options.discardInvalid) {
    // discard_invalid_attrs: an invalid email or phone number keeps the stored value.
    for (const e of errors) {
      if (e.message.endsWith('Invalid email')) delete changes.email;
      if (e.message.endsWith('e164 format')) delete changes.phone_number;
    }
  } else if (errors.length) throw new RecordInvalid(errors);

  const written = updateContact(scope, current, changes);
  events.push(...written.events);
  return { contact: written.record, events };
}
