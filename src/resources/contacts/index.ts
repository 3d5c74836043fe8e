/**
 * Contacts (app/controllers/api/v1/accounts/contacts_controller.rb, contacts/contact_inboxes_controller.rb,
 * contacts/conversations_controller.rb, contacts/labels_controller.rb, actions/contact_merges_controller.rb).
 * Listing, search and filter are in search.ts, notes in notes.ts, import and export in import_export.ts.
 */
import { canSeeInbox } from '../../domain/access';
import {
  buildContactInbox,
  contactAttributes,
  contactableInboxes,
  contactConversations,
  contactUpdate,
  createContact,
  deleteContact,
  findAccountInbox,
  findContact,
  mergeContacts,
  removeContactAvatar,
  removeCustomAttributes,
  setContactLabels,
  updateContact,
} from '../../domain/contacts';
import { definedLabels } from '../../domain/labels';
import {
  actingUser,
  avatarUpload,
  empty,
  isAdministrator,
  ok,
  recordEvents,
  type HandlerMap,
  type RequestContext,
} from '../../http/context';
import { forbiddenAction } from '../../http/errors';
import { toId } from '../../http/params';
import { blank } from '../../rails/casts';
import { contactInboxView, contactView, inboxRecordView } from '../../views/contact';
import { conversationView } from '../../views/conversation';
import { inboxView } from '../../views/inbox';
import { includeContactInboxes, renderContact } from './render';

/**
 * The `avatar` file of a multipart create or update: `params.permit(..., :avatar)` reads a top-level
 * parameter (`contact[avatar]`, like every `contact[...]` key, is not read).
 */
const AVATAR_FIELDS = ['avatar'];

function create(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const via = blank(body.inbox_id)
    ? undefined
    : {
        inboxId: toId(body.inbox_id),
        sourceId:
          body.source_id === undefined || body.source_id === null ? undefined : String(body.source_id),
      };
  const { record, contactInbox, events } = createContact(
    ctx,
    contactAttributes(body),
    via,
    avatarUpload(ctx, AVATAR_FIELDS),
  );
  recordEvents(ctx, events);
  const inbox = contactInbox ? ctx.tables.inboxes.get(contactInbox.inbox_id)! : undefined;
  return ok({
    payload: {
      contact: renderContact(ctx, record, true),
      contact_inbox: {
        inbox: inbox ? inboxRecordView(inbox) : null,
        source_id: contactInbox ? contactInbox.source_id : null,
      },
    },
  });
}

function update(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const changes = contactUpdate(contact, contactAttributes(ctx.body ?? {}));
  const { record, events } = updateContact(ctx, contact, changes, {
    eventWhenUnchanged: true,
    avatar: avatarUpload(ctx, AVATAR_FIELDS),
  });
  recordEvents(ctx, events);
  return ok({ payload: renderContact(ctx, record, includeContactInboxes(ctx)) });
}

function remove(ctx: RequestContext) {
  deleteContact(ctx, findContact(ctx, ctx.params.id));
  return empty();
}

function destroyCustomAttributes(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const raw = ctx.body?.custom_attributes;
  const keys = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map(String);
  const { record, events } = removeCustomAttributes(ctx, contact, new Set(keys));
  recordEvents(ctx, events);
  return ok({ payload: renderContact(ctx, record, true) });
}

function removeAvatar(ctx: RequestContext) {
  const contact = removeContactAvatar(ctx, findContact(ctx, ctx.params.id));
  return ok({ payload: renderContact(ctx, contact, false) });
}

/** The base contact (contact partial, no contact inboxes) once the mergee is merged into it. */
function merge(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const base = findContact(ctx, body.base_contact_id);
  const mergee = findContact(ctx, body.mergee_contact_id);
  const { record, events } = mergeContacts(ctx, base, mergee);
  recordEvents(ctx, events);
  return ok(contactView(record));
}

/** The posted labels the account defines replace the contact's labels (LabelConcern#create). */
function setLabels(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const { record, events } = setContactLabels(ctx, contact, definedLabels(ctx, ctx.body?.labels));
  recordEvents(ctx, events);
  return ok({ payload: record.labels });
}

function listContactableInboxes(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const admin = isAdministrator(ctx);
  const payload = contactableInboxes(ctx, contact).map(({ inbox, sourceId }) => ({
    inbox: inboxView(inbox, { admin, baseUrl: ctx.baseUrl }),
    source_id: sourceId,
  }));
  return ok({ payload });
}

function createContactInbox(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const body: Record<string, any> = ctx.body ?? {};
  const inbox = findAccountInbox(ctx, toId(body.inbox_id));
  if (!canSeeInbox(ctx, inbox.id)) throw forbiddenAction();
  const sourceId =
    body.source_id === undefined || body.source_id === null ? undefined : String(body.source_id);
  const hmacVerified = body.hmac_verified === true || body.hmac_verified === 'true';
  return ok(contactInboxView(ctx.tables, buildContactInbox(ctx, contact, inbox, sourceId, hmacVerified)));
}

function listConversations(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const viewerId = actingUser(ctx)?.id;
  const payload = contactConversations(ctx, contact).map((c) => conversationView(ctx.tables, c, viewerId));
  return ok({ payload });
}

export const handlers: HandlerMap = {
  createContact: create,
  getContact: (ctx) =>
    ok({ payload: renderContact(ctx, findContact(ctx, ctx.params.id), includeContactInboxes(ctx)) }),
  updateContact: update,
  replaceContact: update,
  deleteContact: remove,
  deleteContactCustomAttributes: destroyCustomAttributes,
  deleteContactAvatar: removeAvatar,
  mergeContacts: merge,
  listContactLabels: (ctx) => ok({ payload: findContact(ctx, ctx.params.contact_id).labels }),
  setContactLabels: setLabels,
  listContactableInboxes,
  createContactInbox,
  listContactConversations: listConversations,
};
