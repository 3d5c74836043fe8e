import type { HandlerMap } from '../http/context';
import * as accounts from './accounts';
import * as agents from './agents';
import * as contacts from './contacts';
import * as conversations from './conversations';
import * as inboxMembers from './inbox_members';
import * as inboxes from './inboxes';
// resource imports: one line each, alphabetical
import * as messages from './messages';
import * as webhooks from './webhooks';

/** Every handler, keyed by the operationId it serves (a test checks both directions). */
export const handlers: HandlerMap = {
  ...accounts.handlers,
  ...agents.handlers,
  ...contacts.handlers,
  ...conversations.handlers,
  ...inboxMembers.handlers,
  ...inboxes.handlers,
  // resource handlers: one line each
  ...messages.handlers,
  ...webhooks.handlers,
};
