/** An account's agents (app/controllers/api/v1/accounts/agents_controller.rb). */
import { removeAccountUser } from '../domain/memberships';
import { addAgent, updateAgent, type AgentParams } from '../domain/users';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { notFound } from '../http/errors';
import { unwrap } from '../http/params';
import type { AccountUser, User } from '../store';
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

/** The agent's parameters, flat or under `agent`; `availability_status` is the older name of `availability`. */
function agentParams(ctx: RequestContext): AgentParams {
  const params = unwrap(ctx.body, 'agent');
  return { ...params, availability: params.availability ?? params.availability_status };
}

function create(ctx: RequestContext) {
  const { user, membership } = addAgent(ctx, agentParams(ctx));
  return ok(agentView(user, membership));
}

function update(ctx: RequestContext) {
  const { user, membership } = updateAgent(ctx.store, findMember(ctx), agentParams(ctx));
  return ok(agentView(user, membership));
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
