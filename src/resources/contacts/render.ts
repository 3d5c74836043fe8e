/** What several contact actions read from the request and how they render a contact. */
import type { RequestContext } from '../../http/context';
import { blank } from '../../rails/casts';
import type { Contact } from '../../store';
import { contactView } from '../../views/contact';

/** `include_contact_inboxes`: true unless present and not exactly "true". */
export function includeContactInboxes(ctx: RequestContext): boolean {
  const value = ctx.query.include_contact_inboxes;
  return blank(value) ? true : value === 'true';
}

/** The contact partial, with its contact inboxes when asked. */
export function renderContact(ctx: RequestContext, contact: Contact, withInboxes: boolean) {
  return contactView(contact, withInboxes ? { withContactInboxes: { tables: ctx.tables } } : {});
}
