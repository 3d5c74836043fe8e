/** The contact behind a source id (app/controllers/api/v1/accounts/contact_inboxes_controller.rb). */
import { findInbox } from '../domain/access';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { contactView } from '../views/contact';

/**
 * #filter: the inbox by id, as the caller may see it (404 / 401), then its contact inbox with that
 * source id — none is `head :not_found` — rendered as the contact with its contact inboxes.
 */
function filter(ctx: RequestContext) {
  const { inbox_id: inboxId, source_id: sourceId } = ctx.body ?? {};
  const inbox = findInbox(ctx, inboxId);
  const contactInbox =
    sourceId === undefined || sourceId === null
      ? undefined
      : ctx.tables.contactInboxes.findBy('source', [inbox.id, String(sourceId)]);
  const contact = contactInbox && ctx.tables.contacts.get(contactInbox.contact_id);
  if (!contact) return empty(404);
  return ok(contactView(contact, { withContactInboxes: { tables: ctx.tables } }));
}

export const handlers: HandlerMap = {
  filterContactInboxes: filter,
};
