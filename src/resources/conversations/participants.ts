/**
 * A conversation's participants (app/controllers/api/v1/accounts/conversations/participants_controller.rb),
 * rendered with the agent partial.
 */
import { findConversation } from '../../domain/access';
import {
  addParticipants,
  participantsOf,
  participantUsers,
  removeParticipants,
  setParticipants,
} from '../../domain/conversations';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { invalidAttribute } from '../../http/errors';
import { toId } from '../../http/params';
import type { User } from '../../store';
import { agentView, membershipOf } from '../../views/agent';

function agentsView(ctx: RequestContext, users: User[]) {
  const accountId = accountOf(ctx).id;
  return users.map((u) => agentView(u, membershipOf(ctx.tables, accountId, u.id)!));
}

/**
 * `params[:user_ids]` as ids: a missing list fails in Ruby (`nil - [...]`, a 500 in Rails; the fake
 * answers 422 "User ids can't be blank").
 */
function userIdsParam(ctx: RequestContext): (number | undefined)[] {
  const raw = ctx.body?.user_ids;
  if (!Array.isArray(raw)) throw invalidAttribute('user_ids', "can't be blank");
  return raw.map((v) => toId(v));
}

function list(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  return ok(agentsView(ctx, participantsOf(ctx.store, conversation)));
}

/** POST: answers only the users who were not participating yet. */
function add(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const users = participantUsers(ctx, userIdsParam(ctx));
  return ok(agentsView(ctx, addParticipants(ctx.store, conversation, users)));
}

/** PATCH/PUT: answers the participants as they now are. */
function replace(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  setParticipants(ctx.store, conversation, participantUsers(ctx, userIdsParam(ctx)));
  return ok(agentsView(ctx, participantsOf(ctx.store, conversation)));
}

function remove(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  removeParticipants(ctx.store, conversation, userIdsParam(ctx));
  return empty();
}

export const handlers: HandlerMap = {
  listConversationParticipants: list,
  addConversationParticipants: add,
  updateConversationParticipants: replace,
  replaceConversationParticipants: replace,
  removeConversationParticipants: remove,
};
