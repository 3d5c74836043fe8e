/** The account itself (app/controllers/api/v1/accounts_controller.rb). */
import { actingUser, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { forbiddenAction, invalidRecord, notFound } from '../http/errors';
import { permit, toId, unwrap } from '../http/params';
import type { Account, AccountUser } from '../store';
import { accountView } from '../views/account';

/**
 * AccountsController#fetch_account: `current_user.accounts.find(params[:id])` — an account the caller
 * is not a member of is RecordNotFound (404), like one that does not exist — then AccountPolicy: the
 * operation's x-policy (`update?` for administrators; `show?` and `update_active_at?` for any member).
 * The shared account check of the account-scoped routes does not run here (x-account-scope).
 */
function fetchAccount(ctx: RequestContext): { account: Account; membership: AccountUser } {
  const user = actingUser(ctx);
  const id = toId(ctx.params.account_id);
  const membership =
    user && id !== undefined ? ctx.tables.accountUsers.findBy('membership', [id, user.id]) : undefined;
  const account = membership && ctx.tables.accounts.get(membership.account_id);
  if (!membership || !account) throw notFound();
  if (ctx.operation.policy === 'administrator' && membership.role !== 'administrator')
    throw forbiddenAction();
  return { account, membership };
}

function update(ctx: RequestContext) {
  const { account } = fetchAccount(ctx);
  const changes = permit(unwrap(ctx.body, 'account'), [
    'name',
    'locale',
    'domain',
    'support_email',
    'auto_resolve_duration',
  ] as const);
  if (changes.name !== undefined && String(changes.name).trim() === '') {
    throw invalidRecord([{ attribute: 'name', message: "Name can't be blank" }]);
  }
  return ok(accountView(ctx.tables.accounts.update(account.id, changes)));
}

/** AccountsController#update_active_at: the caller's membership is active now; `head :ok`. */
function updateActiveAt(ctx: RequestContext) {
  const { membership } = fetchAccount(ctx);
  ctx.tables.accountUsers.update(membership.id, { active_at: ctx.store.clock.now() });
  return empty();
}

export const handlers: HandlerMap = {
  getAccount: (ctx) => ok(accountView(fetchAccount(ctx).account)),
  updateAccount: update,
  replaceAccount: update,
  updateAccountActiveAt: updateActiveAt,
};
