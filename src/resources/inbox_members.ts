/**
 * Inbox members (app/controllers/api/v1/accounts/inbox_members_controller.rb): the agents of an
 * inbox. The inbox comes from the body (`inbox_id`) on create/update/destroy and from the path on show.
 */
import { findInbox } from '../domain/access';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { badRequest, couldNotCreate, invalidRecord, notFound } from '../http/errors';
import { toId } from '../http/params';
import type { Inbox } from '../store';
import { agentView, membershipOf } from '../views/agent';

/** `Current.account.inboxes.find(params[:inbox_id])` */
function inboxFromBody(ctx: RequestContext): Inbox {
  const id = toId(ctx.body?.inbox_id);
  const inbox = id === undefined ? undefined : ctx.tables.inboxes.get(id);
  if (!inbox || inbox.account_id !== accountOf(ctx).id) throw notFound();
  return inbox;
}

/**
 * `user_ids`: an array is required (400 otherwise, as ActionController::ParameterMissing). An id that
 * names no user (unknown, or not a number) fails `InboxMember`'s `belongs_to :user` like `create!` does:
 * 422 "User must exist" (inbox_members_controller_spec.rb, "renders error on invalid params"). A user of
 * another account is refused with 422 `{"error":"Invalid User IDs"}` (a fake-side guard).
 */
function requestedUserIds(ctx: RequestContext): number[] {
  const raw = ctx.body?.user_ids;
  if (!Array.isArray(raw)) throw badRequest();
  const accountId = accountOf(ctx).id;
  const ids = raw.map(toId);
  if (ids.some((id) => id === undefined || !ctx.tables.users.get(id))) {
    throw invalidRecord([{ attribute: 'user', message: 'User must exist' }]);
  }
  if (ids.some((id) => !membershipOf(ctx.tables, accountId, id as number))) {
    throw couldNotCreate('Invalid User IDs');
  }
  return [...new Set(ids as number[])];
}

const memberIds = (ctx: RequestContext, inbox: Inbox) =>
  ctx.tables.inboxMembers.where('inbox', inbox.id).map((m) => m.user_id);

function addMembers(ctx: RequestContext, inbox: Inbox, userIds: number[]): void {
  const current = new Set(memberIds(ctx, inbox));
  for (const userId of userIds) {
    if (!current.has(userId)) {
      ctx.tables.inboxMembers.insert({ account_id: inbox.account_id, inbox_id: inbox.id, user_id: userId });
    }
  }
}

function removeMembers(ctx: RequestContext, inbox: Inbox, userIds: number[]): void {
  const remove = new Set(userIds);
  for (const m of ctx.tables.inboxMembers.where('inbox', inbox.id)) {
    if (remove.has(m.user_id)) ctx.tables.inboxMembers.delete(m.id);
  }
}

/** `Current.account.users.where(id: @inbox.members.select(:user_id))`, rendered with the agent partial. */
function membersPayload(ctx: RequestContext, inbox: Inbox) {
  const accountId = accountOf(ctx).id;
  const agents = memberIds(ctx, inbox)
    .sort((a, b) => a - b)
    .flatMap((userId) => {
      const user = ctx.tables.users.get(userId);
      const membership = membershipOf(ctx.tables, accountId, userId);
      return user && membership ? [agentView(user, membership)] : [];
    });
  return { payload: agents };
}

function show(ctx: RequestContext) {
  return ok(membersPayload(ctx, findInbox(ctx, ctx.params.inbox_id)));
}

function create(ctx: RequestContext) {
  const inbox = inboxFromBody(ctx);
  addMembers(ctx, inbox, requestedUserIds(ctx));
  return ok(membersPayload(ctx, inbox));
}

/** The member set becomes exactly `user_ids`. */
function update(ctx: RequestContext) {
  const inbox = inboxFromBody(ctx);
  const requested = requestedUserIds(ctx);
  const keep = new Set(requested);
  addMembers(ctx, inbox, requested);
  removeMembers(
    ctx,
    inbox,
    memberIds(ctx, inbox).filter((id) => !keep.has(id)),
  );
  return ok(membersPayload(ctx, inbox));
}

/** `@inbox.remove_members(params[:user_ids])`: ids that are not members are simply ignored. */
function destroy(ctx: RequestContext) {
  const inbox = inboxFromBody(ctx);
  const raw = ctx.body?.user_ids;
  const ids = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw])
    .map(toId)
    .filter((id): id is number => id !== undefined);
  removeMembers(ctx, inbox, ids);
  return empty();
}

export const handlers: HandlerMap = {
  listInboxMembers: show,
  addInboxMembers: create,
  updateInboxMembers: update,
  removeInboxMembers: destroy,
};
