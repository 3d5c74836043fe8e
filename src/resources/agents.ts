import { removeAccountUser } from '../domain/memberships';
import { accountOf, actingUser, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord, notFound } from '../http/errors';
import { unwrap } from '../http/params';
import type { AccountUser, User } from '../store';
import { EMAIL_PATTERN, Errors } from '../domain/validations';
import { agentView } from '../views/agent';

/** Members of the account ordered by name, as `order_by_full_name` does. */
function members(ctx: RequestContext): { user: User; membership: AccountUser }[] {
  const account = accountOf(ctx);
  return ctx.tables.accountUsers
    .where('account', account.id)
    .map((membership) => ({ user: ctx.tables.users.get(membership.user_id)!, membership }))
    .sort(
      (a, b) => a.user.name.toLowerCase().localeCompare(b.user.name.toLowerCase()) || a.user.id - b.user.id,
    );
}

function findMember(ctx: RequestContext): { user: User; membership: AccountUser } {
  const account = accountOf(ctx);
  const membership = ctx.tables.accountUsers.findBy('membership', [account.id, ctx.params.id]);
  if (!membership) throw notFound();
  return { user: ctx.tables.users.get(membership.user_id)!, membership };
}

function create(ctx: RequestContext) {
  const account = accountOf(ctx);
  const params = unwrap(ctx.body, 'agent');
  const email = typeof params.email === 'string' ? params.email.trim().toLowerCase() : '';
  const errors = new Errors();
  if (!email) errors.add('email', "Email can't be blank");
  else if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email is invalid');
  if (errors.any) throw invalidRecord(errors.list);

  const { tables, store } = ctx;
  let user = tables.users.findBy('email', email);
  if (user && tables.accountUsers.findBy('membership', [account.id, user.id])) {
    throw invalidRecord([{ attribute: 'email', message: 'Email has already been taken' }]);
  }
  const now = store.clock.now();
  user ??= tables.users.insert({
    name: typeof params.name === 'string' && params.name ? params.name : email.split('@')[0],
    display_name: null,
    email,
    password: store.nextToken('Pw1!', 12),
    access_token: store.nextToken('', 24),
    pubsub_token: store.nextToken('', 24),
    confirmed: false,
    avatar_url: '',
    custom_attributes: {},
    message_signature: null,
    type: 'User',
    created_at: now,
  });
  const membership = tables.accountUsers.insert({
    account_id: account.id,
    user_id: user.id,
    role: params.role ?? 'agent',
    availability: params.availability ?? params.availability_status ?? 'offline',
    auto_offline: params.auto_offline ?? false,
    inviter_id: actingUser(ctx)?.id ?? null,
    active_at: null,
    created_at: now,
  });
  return ok(agentView(user, membership));
}

function update(ctx: RequestContext) {
  const { user, membership } = findMember(ctx);
  const params = unwrap(ctx.body, 'agent');
  if (typeof params.name === 'string') {
    if (!params.name.trim()) throw invalidRecord([{ attribute: 'name', message: "Name can't be blank" }]);
    ctx.tables.users.update(user.id, { name: params.name });
  }
  const changes: Partial<AccountUser> = {};
  if (params.role !== undefined) changes.role = params.role;
  const availability = params.availability ?? params.availability_status;
  if (availability !== undefined) changes.availability = availability;
  if (params.auto_offline !== undefined) changes.auto_offline = params.auto_offline;
  const updated = ctx.tables.accountUsers.update(membership.id, changes);
  return ok(agentView(ctx.tables.users.get(user.id)!, updated));
}

function remove(ctx: RequestContext) {
  const { membership } = findMember(ctx);
  // Destroying the AccountUser also drops the user's inbox and team memberships in that account.
  removeAccountUser(ctx.store, membership);
  return empty();
}

export const handlers: HandlerMap = {
  listAgents: (ctx) => ok(members(ctx).map(({ user, membership }) => agentView(user, membership))),
  createAgent: create,
  updateAgent: update,
  replaceAgent: update,
  deleteAgent: remove,
};
