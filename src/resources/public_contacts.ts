/**
 * Public client API: the inbox and its contacts (app/controllers/public/api/v1/inboxes_controller.rb,
 * app/controllers/public/api/v1/inboxes/contacts_controller.rb, ContactInboxWithContactBuilder,
 * ContactIdentifyAction). A contact here is a ContactInbox of an API inbox, addressed by its source id.
 */
import {
  createContact,
  findMatchingContact,
  identifyUpdate,
  updateContact,
  validateContact,
} from '../domain/contacts';
import { findPublicContactInbox, findPublicInbox, haikunate, processHmac } from '../domain/public';
import { contactInboxFor } from '../domain/records';
import { publicParams } from '../http/params';
import { ok, recordEvents, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { blank, isHash } from '../rails/casts';
import { publicContactView } from '../views/contact';
import { publicInboxView } from '../views/public';

/** A scalar parameter as Rails hands it to a string column; blank → undefined. */
function text(value: unknown): string | undefined {
  return blank(value) || typeof value === 'object' ? undefined : String(value);
}

function showInbox(ctx: RequestContext) {
  return ok(publicInboxView(findPublicInbox(ctx, ctx.params.inbox_identifier)));
}

function create(ctx: RequestContext) {
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

  const attributes = {
    name: text(params.name),
    email: text(params.email),
    phone_number: text(params.phone_number),
    identifier: text(params.identifier),
  };
  let contact = findMatchingContact(tables, inbox.account_id, attributes);
  if (!contact) validateContact(tables, inbox.account_id, attributes);
  const sourceId =
    given === undefined || given === null || given === false ? store.nextUuid() : String(given);

  if (!contact) {
    const created = createContact(ctx, {
      ...attributes,
      name: attributes.name ?? haikunate(store),
      avatar_url: text(params.avatar_url),
      custom_attributes: isHash(params.custom_attributes) ? params.custom_attributes : undefined,
    });
    recordEvents(ctx, created.events);
    contact = created.record;
  }
  const contactInbox = contactInboxFor(store, contact, inbox, sourceId);
  return ok(publicContactView(contactInbox, contact));
}

function show(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  processHmac(ctx, inbox, publicParams(ctx), contactInbox);
  return ok(publicContactView(contactInbox, ctx.tables.contacts.get(contactInbox.contact_id)!));
}

/**
 * ContactIdentifyAction without `identifier` (see identifyUpdate), rendered like show. Chatwoot first merges this
 * contact into another one of the account holding the given email (or phone number, unless the email
 * given differs from that contact's); the fake does not merge, so that case ends in the uniqueness 422.
 */
function update(ctx: RequestContext) {
  const inbox = findPublicInbox(ctx, ctx.params.inbox_identifier);
  const contactInbox = findPublicContactInbox(ctx, inbox, ctx.params.contact_identifier);
  const params = publicParams(ctx);
  processHmac(ctx, inbox, params, contactInbox);
  const contact = ctx.tables.contacts.get(contactInbox.contact_id)!;
  const changes = identifyUpdate(ctx.tables, contact, {
    name: text(params.name),
    email: text(params.email),
    phone_number: text(params.phone_number),
    custom_attributes: params.custom_attributes,
    avatar_url: text(params.avatar_url),
  });
  const { record, events } = updateContact(ctx, contact, changes);
  recordEvents(ctx, events);
  // inboxes/contacts/update.json.jbuilder (newest upstream): the show shape, no internal columns.
  return ok(publicContactView(contactInbox, record));
}

export const handlers: HandlerMap = {
  getPublicInbox: showInbox,
  createPublicContact: create,
  getPublicContact: show,
  updatePublicContact: update,
  replacePublicContact: update,
};
