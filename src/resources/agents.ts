/** An account's agents (app/controllers/api/v1/accounts/agents_controller.rb). */
import { removeAccountUser } from '../domain/memberships';
import { addAgent, updateAgent, type AgentParams } from '../domain/users';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, notFound } from '../http/errors';
import { unwrap } from '../http/params';
import { RecordInvalid } from '../domain/errors';
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

/**
 * AgentsController#bulk_create: AgentBuilder for each address (named after its local part), skipping
 * any that fails validation (ActiveRecord::RecordInvalid is rescued and logged). The list is checked
 * whole first, so a malformed body invites nobody.
 */
function bulkCreate(ctx: RequestContext) {
  const emails: unknown = ctx.body?.emails;
  if (!Array.isArray(emails) || emails.length === 0 || !emails.every((e) => typeof e === 'string')) {
    throw couldNotCreate('param is missing or the value is empty: emails');
  }
  for (const email of emails as string[]) {
    try {
      addAgent(ctx, { email, name: email.split('@')[0] });
    } catch (err) {
      if (!(err instanceof RecordInvalid)) throw err;
    }
  }
  return empty();
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
  bulkCreateAgents: bulkCreate,
  updateAgent: update,
  replaceAgent: update,
  deleteAgent: remove,
};
