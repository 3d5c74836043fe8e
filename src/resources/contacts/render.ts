/** What several contact actions read from the request and how they render a contact. */
import type { RequestContext } from '../../http/context';
import { blank } from '../../rails/casts';
import type { Contact } from '../../store';
import { compareVersions, type Version } from '../../versions';
import { contactView } from '../../views/contact';
import { isAdministrator } from '../../http/context';

/** The first version whose contact_inboxes carry the slim inbox (x-since of the spec's InboxSlim branch). */
const SLIM_CONTACT_INBOX_SINCE: Version = [4, 0, 0];

/** `include_contact_inboxes`: true unless present and not exactly "true". */
export function includeContactInboxes(ctx: RequestContext): boolean {
  const value = ctx.query.include_contact_inboxes;
  return blank(value) ? true : value === 'true';
}

/** The contact partial, with its contact inboxes when asked. */
export function renderContact(ctx: RequestContext, contact: Contact, withInboxes: boolean) {
  if (!withInboxes) return contactView(contact);
  // Chatwoot 3.x rendered the whole inbox partial inside contact_inboxes; 4.x the slim one.
  const fullInbox = compareVersions(ctx.store.chatwootVersion.version, SLIM_CONTACT_INBOX_SINCE) < 0;
  return contactView(contact, {
    withContactInboxes: {
      tables: ctx.tables,
      fullInbox: fullInbox ? { admin: isAdministrator(ctx) } : undefined,
    },
  });
}
