import { changeRecord } from '../domain/changes';
import { accountOf, actingUser, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidAttribute, invalidRecord, notFound, unauthorized } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { toI } from '../rails/casts';
import type { Team } from '../store';
import { Errors } from '../domain/validations';
import { agentView, membershipOf } from '../views/agent';
import { teamView } from '../views/team';

/** Team's columns: what Rails' wrap_parameters lifts from a flat JSON body into `team`. */
const ATTRIBUTES = [
  'id',
  'name',
  'description',
  'allow_auto_assign',
  'account_id',
  'created_at',
  'updated_at',
] as const;

function findTeam(ctx: RequestContext, raw: unknown): Team {
  const team = ctx.tables.teams.get(toId(raw) ?? -1);
  if (!team || team.account_id !== accountOf(ctx).id) throw notFound();
  return team;
}

const render = (ctx: RequestContext, team: Team) => teamView(ctx.tables, team, actingUser(ctx)?.id);

/** `self.name = name.downcase if attribute_present?('name')` (app/models/team.rb). */
function normaliseName(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const name = String(value);
  return name.trim() ? name.toLowerCase() : name;
}

/** Team validations: name presence (errors.validations.presence) and uniqueness in the account. */
function validate(ctx: RequestContext, id: number, name: string | null): void {
  const errors = new Errors();
  if (name === null || !name.trim()) errors.add('name', 'Name must not be blank');
  else {
    const taken = ctx.tables.teams
      .where('account', accountOf(ctx).id)
      .some((t) => t.name === name && t.id !== id);
    if (taken) errors.add('name', 'Name has already been taken');
  }
  if (errors.any) throw invalidRecord(errors.list);
}

function fields(params: Record<string, any>): Partial<Team> {
  const changes: Partial<Team> = {};
  if (params.name !== undefined) changes.name = normaliseName(params.name) as string;
  if (params.description !== undefined) {
    changes.description = params.description === null ? null : String(params.description);
  }
  if (typeof params.allow_auto_assign === 'boolean') changes.allow_auto_assign = params.allow_auto_assign;
  return changes;
}

function create(ctx: RequestContext) {
  const params = requireParams(ctx.body, 'team', ATTRIBUTES);
  const changes = fields(params);
  validate(ctx, 0, changes.name ?? null);
  const now = ctx.store.clock.now();
  const team = ctx.tables.teams.insert({
    account_id: accountOf(ctx).id,
    name: changes.name!,
    description: changes.description ?? null,
    allow_auto_assign: changes.allow_auto_assign ?? true,
    created_at: now,
    updated_at: now,
  });
  return ok(render(ctx, team));
}

function update(ctx: RequestContext) {
  const team = findTeam(ctx, ctx.params.id);
  const changes = fields(requireParams(ctx.body, 'team', ATTRIBUTES));
  validate(ctx, team.id, changes.name !== undefined ? changes.name : team.name);
  return ok(render(ctx, changeRecord(ctx.store, ctx.tables.teams, team, changes).record));
}

/** Destroy: team members go with it, conversations keep going without a team (`dependent: :nullify`). */
function remove(ctx: RequestContext) {
  const team = findTeam(ctx, ctx.params.id);
  const { tables } = ctx;
  for (const m of tables.teamMembers.where('team', team.id)) tables.teamMembers.delete(m.id);
  for (const c of tables.conversations.where('account', team.account_id)) {
    if (c.team_id === team.id) tables.conversations.update(c.id, { team_id: null });
  }
  tables.teams.delete(team.id);
  return empty();
}

// ---------------------------------------------------------------------------------------------
// Team members (app/controllers/api/v1/accounts/team_members_controller.rb)

/** The members' users in membership order, rendered with the agent partial. */
function renderUsers(ctx: RequestContext, userIds: number[]) {
  const accountId = accountOf(ctx).id;
  const out = [];
  for (const userId of userIds) {
    const user = ctx.tables.users.get(userId);
    const membership = membershipOf(ctx.tables, accountId, userId);
    if (user && membership) out.push(agentView(user, membership));
  }
  return out;
}

const memberIds = (ctx: RequestContext, team: Team) =>
  ctx.tables.teamMembers.where('team', team.id).map((m) => m.user_id);

/**
 * `id.to_i`. A value without `to_i`, such as `true`, raises NoMethodError in Rails (a 500); the fake
 * treats it as an id that names no user (-1).
 */
const userIdOf = (value: unknown): number => toI(value) ?? -1;

/**
 * `params[:user_ids]`, checked by `validate_member_id_params`: every id must be a user of the account,
 * else 401 `{"error":"Invalid User IDs"}`. A missing or non-array `user_ids` fails on `.map` in Rails
 * (a 500); the fake answers 422 "User ids can't be blank".
 */
function userIdsParam(ctx: RequestContext): number[] {
  const raw = ctx.body?.user_ids;
  if (!Array.isArray(raw)) throw invalidAttribute('user_ids', "can't be blank");
  const ids = raw.map(userIdOf);
  const accountId = accountOf(ctx).id;
  if (ids.some((id) => !membershipOf(ctx.tables, accountId, id))) throw unauthorized('Invalid User IDs');
  return ids;
}

function addMembers(ctx: RequestContext, team: Team, userIds: number[]): void {
  for (const userId of userIds) {
    if (ctx.tables.teamMembers.findBy('membership', [team.id, userId])) continue;
    ctx.tables.teamMembers.insert({ account_id: team.account_id, team_id: team.id, user_id: userId });
  }
}

function removeMembers(ctx: RequestContext, team: Team, userIds: number[]): void {
  for (const userId of new Set(userIds)) {
    const member = ctx.tables.teamMembers.findBy('membership', [team.id, userId]);
    if (member) ctx.tables.teamMembers.delete(member.id);
  }
}

/**
 * team_members/create.json.jbuilder: an array of agents, or nothing at all when the list is empty —
 * an empty jbuilder template renders `{}`.
 */
const usersOrEmpty = (users: unknown[]) => ok(users.length ? users : {});

function addTeamMembers(ctx: RequestContext) {
  const team = findTeam(ctx, ctx.params.team_id);
  const ids = userIdsParam(ctx);
  const current = new Set(memberIds(ctx, team));
  // `params[:user_ids] - current_members_ids`; each new id's user is echoed (duplicates included).
  const added = ids.filter((id) => !current.has(id));
  addMembers(ctx, team, added);
  return usersOrEmpty(renderUsers(ctx, added));
}

function updateTeamMembers(ctx: RequestContext) {
  const team = findTeam(ctx, ctx.params.team_id);
  const ids = userIdsParam(ctx);
  const current = memberIds(ctx, team);
  const wanted = new Set(ids);
  addMembers(
    ctx,
    team,
    ids.filter((id) => !current.includes(id)),
  );
  removeMembers(
    ctx,
    team,
    current.filter((id) => !wanted.has(id)),
  );
  return usersOrEmpty(renderUsers(ctx, memberIds(ctx, team)));
}

function removeTeamMembers(ctx: RequestContext) {
  const team = findTeam(ctx, ctx.params.team_id);
  removeMembers(ctx, team, userIdsParam(ctx));
  return empty();
}

export const handlers: HandlerMap = {
  listTeams: (ctx) =>
    ok(ctx.tables.teams.where('account', accountOf(ctx).id).map((team) => render(ctx, team))),
  getTeam: (ctx) => ok(render(ctx, findTeam(ctx, ctx.params.id))),
  createTeam: create,
  updateTeam: update,
  replaceTeam: update,
  deleteTeam: remove,
  listTeamMembers: (ctx) => {
    const team = findTeam(ctx, ctx.params.team_id);
    return ok(renderUsers(ctx, memberIds(ctx, team)));
  },
  addTeamMembers,
  updateTeamMembers,
  removeTeamMembers,
};
