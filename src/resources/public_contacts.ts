/**
 * Public client API: the inbox and its contacts (app/controllers/public/api/v1/inboxes_controller.rb,
 * app/controllers/public/api/v1/inboxes/contacts_controller.rb, ContactInboxWithContactBuilder,
 * ContactIdentifyAction). A contact here is a ContactInbox of an API inbox, addressed by its source id.
 */
import {
  findPublicContactInbox,
  findPublicInbox,
  haikunate,
  processHmac,
} from '../domain/public';
import { contactInboxFor, insertContact } from '../domain/records';
import { publicParams } from '../http/params';
import { ok, recordEvent, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { blank, deepMerge, isHash } from '../rails/casts';
import type { Contact, JsonObject } from '../store';
import { E164_PATTERN, EMAIL_PATTERN, Errors } from '../domain/validations';
import { contactRecordView, publicContactView } from '../views/contact';
import { publicInboxView } from '../views/public';

/** A scalar parameter as Rails hands it to a string column; blank → undefined. */
function text(value: unknown): string | undefined {
  return blank(value) || typeof value === 'object' ? undefined : String(value);
}

/** Contact validations (app/models/contact.rb), against the other contacts of the account. */
function contactErrors(
  ctx: RequestContext,
  accountId: number,
  fields: Pick<Partial<Contact>, 'email' | 'phone_number'>,
  selfId?: number,
): Errors {
  const { contacts } = ctx.tables;
  const taken = (index: 'email' | 'phone' | 'identifier', key: string) => {
    const other = contacts.findBy(index, [accountId, key]);
    return other !== undefined && other.id !== selfId;
  };
  const errors = new Errors();
  if (fields.email) {
    if (taken('email', fields.email.toLowerCase())) errors.add('email', 'Email has already been taken');
    if (!EMAIL_PATTERN.test(fields.email)) errors.add('email', 'Email Invalid email');
  }
  if (fields.phone_number) {
    if (taken('phone', fields.phone_number))
      errors.add('phone_number', 'Phone number has already been taken');
    if (!E164_PATTERN.test(fields.phone_number)) {
      errors.add('phone_number', 'Phone number should be in e164 format');
    }
  }
  return errors;
}

function showInbox(ctx: RequestContext) {
  return ok(publicInboxView(findPublicInbox(ctx, ctx.params.inbox_identifier)));
}

/** ContactInboxWithContactBuilder#find_contact: by identifier, then email (any case), then phone. */
function findExistingContact(ctx: RequestContext, accountId: number, attrs: Partial<Contact>) {
  const { contacts } = ctx.tables;
  if (attrs.identifier) {
    const found = contacts.findBy('identifier', [accountId, attrs.identifier]);
    if (found) return found;
  }
  if (attrs.email) {
    const found = contacts.findBy('email', [accountId, attrs.email.toLowerCase()]);
    if (found) return found;
  }
  if (attrs.phone_number) return contacts.findBy('phone', [accountId, attrs.phone_number]);
  return undefined;
}

function createContact(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const params = publicParams(ctx);
  processHmac(ctx, inbox, params);
  const { store, tables } = ctx;

  // `params[:source_id] || SecureRandom.uuid`, then the builder returns an existing contact inbox.
  const given = params.source_id;
  if (given !== undefined && given !== null && given !== false) {
    if (blank(given) || typeof given === 'object') {
      // Chatwoot's ContactInboxBuilder then makes no contact inbox and the view fails (a 500).
      throw invalidRecord([{ attribute: 'source_id', message: "Source can't be blank" }]);
    }
    const existing = tables.contactInboxes.findBy('source', [inbox.id, String(given)]);
    if (existing) return ok(publicContactView(existing, tables.contacts.get(existing.contact_id)!));
  }

  const attrs: Partial<Contact> = {
    name: text(params.name),
    email: text(params.email),
    phone_number: text(params.phone_number),
    identifier: text(params.identifier),
  };
  let contact = findExistingContact(ctx, inbox.account_id, attrs);
  if (!contact) {
    const errors = contactErrors(ctx, inbox.account_id, attrs);
    if (errors.any) throw invalidRecord(errors.list);
  }
  const sourceId =
    given === undefined || given === null || given === false ? store.nextUuid() : String(given);

  if (!contact) {
    contact = insertContact(store, {
      account_id: inbox.account_id,
      name: attrs.name ?? haikunate(store),
      email: attrs.email,
      phone_number: attrs.phone_number,
      identifier: attrs.identifier,
      avatar_url: text(params.avatar_url),
      custom_attributes: isHash(params.custom_attributes) ? params.custom_attributes : {},
    });
    recordEvent(ctx, 'contact_created', { contactId: contact.id });
  }
  const contactInbox = contactInboxFor(store, contact, inbox, sourceId);
  return ok(publicContactView(contactInbox, contact));
}

function showContact(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  processHmac(ctx, inbox, publicParams(ctx), contactInbox);
  return ok(publicContactView(contactInbox, ctx.tables.contacts.get(contactInbox.contact_id)!));
}

/**
 * ContactIdentifyAction without `identifier`: non-blank name / email / phone_number replace the
 * stored ones, custom_attributes are deep-merged. Chatwoot first merges this contact into another
 * one of the account holding the given email (or phone number, unless the email given differs from
 * that contact's); the fake does not merge, so that case ends in the uniqueness 422.
 */
function updateContact(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  const params = publicParams(ctx);
  processHmac(ctx, inbox, params, contactInbox);
  const { tables, store } = ctx;
  const contact = tables.contacts.get(contactInbox.contact_id)!;

  const next: Partial<Contact> = {};
  const name = text(params.name);
  const email = text(params.email);
  let phone = text(params.phone_number);
  if (phone && email) {
    // mergable_phone_contact?: the phone's owner has another email → the phone is left out.
    const owner = tables.contacts.findBy('phone', [contact.account_id, phone]);
    if (owner && owner.id !== contact.id && owner.email && owner.email !== email) phone = undefined;
  }
  if (name !== undefined) next.name = name;
  if (email !== undefined) next.email = email.toLowerCase(); // prepare_email_attribute
  if (phone !== undefined) next.phone_number = phone;
  if (isHash(params.custom_attributes)) {
    next.custom_attributes = deepMerge(contact.custom_attributes, params.custom_attributes);
  }
  const avatar = text(params.avatar_url);
  if (avatar !== undefined) next.avatar_url = avatar;

  const errors = contactErrors(ctx, contact.account_id, { email, phone_number: phone }, contact.id);
  if (errors.any) throw invalidRecord(errors.list);

  const changed: Record<string, { previous_value: unknown; current_value: unknown }> = {};
  const changes: Partial<Contact> = {};
  for (const [key, value] of Object.entries(next) as [keyof Contact, unknown][]) {
    if (JSON.stringify(contact[key]) === JSON.stringify(value)) continue;
    changed[key] = { previous_value: contact[key], current_value: value };
    (changes as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(changes).length) {
    const now = store.clock.now();
    changed.updated_at = { previous_value: contact.updated_at, current_value: now };
    tables.contacts.update(contact.id, { ...changes, updated_at: now });
    recordEvent(ctx, 'contact_updated', { contactId: contact.id, changedAttributes: changed });
  }
  return ok(contactRecordView(tables.contacts.get(contact.id)!));
}

export const handlers: HandlerMap = {
  getPublicInbox: showInbox,
  createPublicContact: createContact,
  getPublicContact: showContact,
  updatePublicContact: updateContact,
  replacePublicContact: updateContact,
};
