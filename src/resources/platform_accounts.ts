/**
 * Platform API accounts and account users (app/controllers/platform/api/v1/accounts_controller.rb,
 * account_users_controller.rb). Accounts made here are real: their users and records work through the
 * Application API like any other account's.
 */
import { destroyAccount, grant, permissibleIds } from '../domain/platform';
import { DEFAULT_ACCOUNT_FEATURES } from '../domain/records';
import { addAccountUser, removeAccountUser } from '../domain/memberships';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { toId } from '../http/params';
import { blank } from '../rails/casts';
import type { Account, AccountUser, Role } from '../store';
import { Errors } from '../domain/validations';
import { accountUserRowView, platformAccountView } from '../views/platform';
import { findPermissible, hashParam, platformAppOf, textParam } from './platform_common';

/** enum role: { agent: 0, administrator: 1 } — Rails accepts the name or the integer. */
function roleOf(value: unknown): Role {
  return value === 1 || value === 'administrator' ? 'administrator' : 'agent';
}

/**
 * `params.permit(:name, :locale, :domain, :support_email, :status, features: {}, limits: {},
 * custom_attributes: {})`, applied to `account` (assign_attributes + update_resource_features), then
 * the model's validations. Throws before any write.
 */
function accountChanges(ctx: RequestContext, account: Account | undefined): Partial<Account> {
  const params = ctx.body ?? {};
  const changes: Partial<Account> = {};
  if (params.name !== undefined) changes.name = textParam(params.name) as string;
  if (params.locale !== undefined && params.locale !== null) changes.locale = String(params.locale);
  if (params.domain !== undefined) changes.domain = textParam(params.domain);
  if (params.support_email !== undefined) changes.support_email = textParam(params.support_email);
  if (params.status !== undefined) changes.status = params.status;
  const limits = hashParam(params.limits);
  if (limits) changes.limits = limits;
  const customAttributes = hashParam(params.custom_attributes);
  if (customAttributes) changes.custom_attributes = customAttributes;
  // update_resource_features: a present value enables the feature, a blank one disables it.
  const features = hashParam(params.features);
  if (features && Object.keys(features).length) {
    const next = { ...(account?.features ?? DEFAULT_ACCOUNT_FEATURES) };
    for (const [name, value] of Object.entries(features)) next[name] = !blank(value);
    changes.features = next;
  }

  const errors = new Errors();
  const name = changes.name !== undefined ? changes.name : account?.name;
  if (blank(name)) errors.add('name', "Name can't be blank");
  if (errors.any) throw invalidRecord(errors.list);
  return changes;
}

function create(ctx: RequestContext) {
  const changes = accountChanges(ctx, undefined);
  const { store, tables } = ctx;
  const account = tables.accounts.insert({
    name: '',
    locale: 'en',
    domain: null,
    support_email: null,
    status: 'active',
    auto_resolve_duration: null,
    custom_attributes: {},
    features: { ...DEFAULT_ACCOUNT_FEATURES },
    limits: {},
    ...changes,
    created_at: store.clock.now(),
    last_display_id: 0,
  });
  grant(store, platformAppOf(ctx), 'Account', account.id);
  return ok(platformAccountView(account));
}

const findAccount = (ctx: RequestContext, id: unknown): Account =>
  findPermissible(ctx, 'Account', id, (n) => ctx.tables.accounts.get(n));

function update(ctx: RequestContext) {
  const account = findAccount(ctx, ctx.params.id);
  const changes = accountChanges(ctx, account);
  return ok(platformAccountView(ctx.tables.accounts.update(account.id, changes)));
}

function destroy(ctx: RequestContext) {
  const account = findAccount(ctx, ctx.params.id);
  // DeleteObjectJob runs later in Chatwoot; the fake deletes at once and answers the same 200.
  destroyAccount(ctx.store, account.id);
  return empty();
}

function list(ctx: RequestContext) {
  const accounts = permissibleIds(ctx.tables, platformAppOf(ctx), 'Account')
    .map((id) => ctx.tables.accounts.get(id))
    .filter((a): a is Account => a !== undefined);
  return ok(accounts.map(platformAccountView));
}

// ---------------------------------------------------------------------------------------------
// account users

function listAccountUsers(ctx: RequestContext) {
  const account = findAccount(ctx, ctx.params.account_id);
  return ok(ctx.tables.accountUsers.where('account', account.id).map(accountUserRowView));
}

/** `find_or_initialize_by(user_id:)` then `update!(user_id:, role:)`: an upsert of the membership. */
function createAccountUser(ctx: RequestContext) {
  const account = findAccount(ctx, ctx.params.account_id);
  const params = ctx.body ?? {};
  const userId = toId(params.user_id);
  const user = userId === undefined ? undefined : ctx.tables.users.get(userId);
  if (!user) throw invalidRecord([{ attribute: 'user', message: 'User must exist' }]);
  const { tables, store } = ctx;
  const existing = tables.accountUsers.findBy('membership', [account.id, user.id]);
  let membership: AccountUser;
  if (existing) {
    membership =
      params.role === undefined
        ? existing
        : tables.accountUsers.update(existing.id, { role: roleOf(params.role) });
  } else {
    membership = addAccountUser(store, {
      account_id: account.id,
      user_id: user.id,
      role: params.role === undefined ? 'agent' : roleOf(params.role),
      availability: 'online',
      auto_offline: true,
      inviter_id: null,
      active_at: null,
      created_at: store.clock.now(),
    });
  }
  return ok(accountUserRowView(membership));
}

/** `account_users.find_by(user_id:)&.destroy`: 200 whether or not there was such a member. */
function deleteAccountUser(ctx: RequestContext) {
  const account = findAccount(ctx, ctx.params.account_id);
  const userId = toId(ctx.body?.user_id ?? ctx.query.user_id);
  const membership =
    userId === undefined ? undefined : ctx.tables.accountUsers.findBy('membership', [account.id, userId]);
  if (membership) removeAccountUser(ctx.store, membership);
  return empty();
}

export const handlers: HandlerMap = {
  listPlatformAccounts: list,
  createPlatformAccount: create,
  getPlatformAccount: (ctx) => ok(platformAccountView(findAccount(ctx, ctx.params.id))),
  updatePlatformAccount: update,
  replacePlatformAccount: update,
  deletePlatformAccount: destroy,
  listPlatformAccountUsers: listAccountUsers,
  createPlatformAccountUser: createAccountUser,
  deletePlatformAccountUser: deleteAccountUser,
};
