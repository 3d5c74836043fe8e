/**
 * Account memberships (account_users) and what goes with them, shared by the agents API and the
 * platform API (account users, user deletion).
 */
import type { AccountUser, Store } from '../store';
import { createNotificationSetting, destroyNotificationSetting } from './notifications';

/** Creates an AccountUser with what its after_create_commit adds: the member's notification setting. */
export function addAccountUser(store: Store, fields: Omit<AccountUser, 'id'>): AccountUser {
  const membership = store.tables.accountUsers.insert(fields);
  createNotificationSetting(store, membership);
  return membership;
}

/**
 * Destroys an AccountUser as Chatwoot does (`after_destroy :remove_user_from_account`): the user's inbox
 * and team memberships in that account go, and the account's conversations assigned to the user are
 * unassigned; Agents::DestroyJob also destroys the member's notification setting.
 */
export function removeAccountUser(store: Store, membership: AccountUser): void {
  const { tables } = store;
  const { account_id: accountId, user_id: userId } = membership;
  for (const m of tables.inboxMembers.where('user', userId)) {
    if (tables.inboxes.get(m.inbox_id)?.account_id === accountId) tables.inboxMembers.delete(m.id);
  }
  for (const m of tables.teamMembers.where('user', userId)) {
    if (m.account_id === accountId) tables.teamMembers.delete(m.id);
  }
  for (const c of tables.conversations.where('account', accountId)) {
    if (c.assignee_id === userId) tables.conversations.update(c.id, { assignee_id: null });
  }
  destroyNotificationSetting(store, accountId, userId);
  tables.accountUsers.delete(membership.id);
}
