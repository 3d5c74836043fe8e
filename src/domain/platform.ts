/**
 * The platform API's permission model and the deletions it triggers
 * (app/controllers/platform_controller.rb, app/models/platform_app_permissible.rb, DeleteObjectJob).
 *
 * A platform app may only touch the objects in its `platform_app_permissibles`: those it created
 * through the platform API (or was granted by a super admin — the fake grants the seeded ones).
 */
import type { PermissibleType, PlatformApp, Store, Table, Tables } from '../store';
import { removeAccountUser } from './memberships';
import { destroyUserNotifications } from './notifications';

/** The account an object belongs to, kept on the grant so a per-account reset takes it along. */
function accountOfObject(tables: Tables, type: PermissibleType, id: number): number | null {
  if (type === 'Account') return id;
  if (type === 'AgentBot') return tables.agentBots.get(id)?.account_id ?? null;
  return null;
}

/** `platform_app_permissibles.find_or_create_by!(permissible: object)`. */
export function grant(store: Store, app: PlatformApp, type: PermissibleType, id: number): void {
  const { platformAppPermissibles } = store.tables;
  if (platformAppPermissibles.findBy('permissible', [app.id, type, id])) return;
  platformAppPermissibles.insert({
    platform_app_id: app.id,
    permissible_type: type,
    permissible_id: id,
    account_id: accountOfObject(store.tables, type, id),
    created_at: store.clock.now(),
  });
}

export function isPermissible(tables: Tables, app: PlatformApp, type: PermissibleType, id: number): boolean {
  return tables.platformAppPermissibles.findBy('permissible', [app.id, type, id]) !== undefined;
}

/** Ids of the app's permissible objects of one type, in the order they were granted. */
export function permissibleIds(tables: Tables, app: PlatformApp, type: PermissibleType): number[] {
  return tables.platformAppPermissibles.where('app', [app.id, type]).map((p) => p.permissible_id);
}

/** Drops every app's grant on an object that is being destroyed. */
export function revokeAll(store: Store, type: PermissibleType, id: number): void {
  const { platformAppPermissibles } = store.tables;
  for (const p of platformAppPermissibles.where('object', [type, id])) platformAppPermissibles.delete(p.id);
}

/** Keeps a grant's account in step when an agent bot moves to another account. */
export function regrantBot(store: Store, botId: number): void {
  const { platformAppPermissibles } = store.tables;
  const accountId = accountOfObject(store.tables, 'AgentBot', botId);
  for (const p of platformAppPermissibles.where('object', ['AgentBot', botId])) {
    if (p.account_id !== accountId) platformAppPermissibles.update(p.id, { account_id: accountId });
  }
}

/**
 * DeleteObjectJob for an Account: the account and everything that belongs to it (every record whose
 * owner is the account: inboxes, contacts, conversations, messages, memberships, agent bots, labels,
 * webhooks, …, and the platform apps' grants on them). Users stay — they may belong to other accounts
 * (Chatwoot keeps them too); they lose their membership.
 */
export function destroyAccount(store: Store, accountId: number): void {
  for (const table of Object.values(store.tables) as Table<any>[]) {
    const owned = table.hasIndex('account')
      ? table.where('account', accountId).filter((r) => table.owner(r) === accountId)
      : [...table.all()].filter((r) => table.owner(r) === accountId);
    for (const record of owned) table.delete(record.id);
  }
  // Grants on the account's bots and the account itself carry its id; grants on users do not.
  revokeAll(store, 'Account', accountId);
}

/**
 * DeleteObjectJob for a User: its memberships (with their inbox/team memberships and assignments),
 * saved filters, conversation participations, SSO tokens and platform grants, then the user. Messages
 * it sent stay (rendered without a sender).
 */
export function destroyUser(store: Store, userId: number): void {
  const { tables } = store;
  destroyUserNotifications(store, userId);
  for (const m of tables.accountUsers.where('user', userId)) {
    for (const f of tables.customFilters.where('user', [m.account_id, userId]))
      tables.customFilters.delete(f.id);
    removeAccountUser(store, m);
  }
  for (const m of tables.inboxMembers.where('user', userId)) tables.inboxMembers.delete(m.id);
  for (const m of tables.teamMembers.where('user', userId)) tables.teamMembers.delete(m.id);
  for (const p of tables.conversationParticipants.where('user', userId))
    tables.conversationParticipants.delete(p.id);
  for (const t of tables.ssoAuthTokens.where('user', userId)) tables.ssoAuthTokens.delete(t.id);
  revokeAll(store, 'User', userId);
  tables.users.delete(userId);
}
