/**
 * One conversation: create, show, update and destroy, status, priority, assignments, labels, custom
 * attributes, mute, read state, typing, transcript and attachments
 * (app/controllers/api/v1/accounts/conversations_controller.rb, conversations/assignments_controller.rb,
 * conversations/labels_controller.rb).
 */
import { findConversation } from '../../domain/access';
import {
  assignAgent,
  assignTeam,
  buildConversation,
  contactInboxToConverse,
  conversationCreated,
  destroyConversation,
  markSeen,
  markUnread,
  muteConversation,
  sendTranscript,
  setCustomAttributes,
  setLabels,
  setPriority,
  toggleStatus,
  toggleTyping,
  unmuteConversation,
  type NewConversationParams,
} from '../../domain/conversations';
import { accountOf, actingUser, empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { toId } from '../../http/params';
import { pageNumber, paginate } from '../../rails/pagination';
import type { Attachment, Conversation, JsonObject, Message } from '../../store';
import { agentView, membershipOf } from '../../views/agent';
import { conversationAttachmentView, conversationView } from '../../views/conversation';
import { teamModelJson } from '../../views/team';
import { iso } from '../../views/time';

function render(ctx: RequestContext, conversation: Conversation) {
  return conversationView(ctx.tables, ctx.tables.conversations.get(conversation.id)!, actingUser(ctx)?.id);
}

const has = (body: object, key: string) => Object.prototype.hasOwnProperty.call(body, key);

/** The conversation of the path (`:id`, or `:conversation_id` on nested routes). */
const conversationOf = (ctx: RequestContext) => findConversation(ctx, ctx.params.id);
const parentConversation = (ctx: RequestContext) => findConversation(ctx, ctx.params.conversation_id);

/** The params ConversationBuilder and Messages::MessageBuilder read. */
function newConversationParams(body: Record<string, any>): NewConversationParams {
  const message = body.message && typeof body.message === 'object' ? body.message : undefined;
  return {
    status: body.status,
    assigneeId: toId(body.assignee_id),
    teamId: toId(body.team_id),
    snoozed_until: body.snoozed_until,
    additional_attributes: body.additional_attributes,
    custom_attributes: body.custom_attributes,
    ...(message
      ? {
          message: {
            content: message.content ?? null,
            private: message.private === true,
            content_type: message.content_type ?? 'text',
            content_attributes: (message.content_attributes ?? {}) as JsonObject,
          },
        }
      : {}),
  };
}

function create(ctx: RequestContext) {
  const body = ctx.body ?? {};
  const contactInbox = contactInboxToConverse(ctx, body);
  const built = buildConversation(ctx, contactInbox, newConversationParams(body));
  // The response is rendered before the activity job runs.
  const rendered = render(ctx, built.conversation);
  conversationCreated(ctx, built);
  return ok(rendered);
}

function show(ctx: RequestContext) {
  return ok(render(ctx, conversationOf(ctx)));
}

function toggle(ctx: RequestContext) {
  const { success, conversation } = toggleStatus(ctx, conversationOf(ctx), ctx.body ?? {});
  return ok({
    meta: {},
    payload: {
      success,
      conversation_id: conversation.display_id,
      current_status: conversation.status,
      snoozed_until: conversation.snoozed_until === null ? null : iso(conversation.snoozed_until),
    },
  });
}

function togglePriority(ctx: RequestContext) {
  setPriority(ctx, conversationOf(ctx), ctx.body?.priority);
  return empty();
}

/** `assignee_id` (agents) wins over `team_id`; answers the new assignee or team, else null. */
function assign(ctx: RequestContext) {
  const conversation = parentConversation(ctx);
  const body = ctx.body ?? {};
  if (has(body, 'assignee_id')) {
    const user = assignAgent(ctx, conversation, toId(body.assignee_id));
    if (!user) return ok(null);
    return ok(agentView(user, membershipOf(ctx.tables, accountOf(ctx).id, user.id)!));
  }
  if (has(body, 'team_id')) {
    const team = assignTeam(ctx, conversation, toId(body.team_id));
    return ok(team ? teamModelJson(team) : null);
  }
  return ok(null);
}

function listLabels(ctx: RequestContext) {
  return ok({ payload: parentConversation(ctx).labels });
}

function labels(ctx: RequestContext) {
  return ok({ payload: setLabels(ctx, parentConversation(ctx), ctx.body?.labels) });
}

/** PATCH/PUT: `params.permit(:priority)` (Enterprise adds sla_policy_id), then `update!`. */
function update(ctx: RequestContext) {
  const conversation = conversationOf(ctx);
  const body = ctx.body ?? {};
  if (has(body, 'priority')) setPriority(ctx, conversation, body.priority);
  return ok(render(ctx, conversation));
}

function customAttributes(ctx: RequestContext) {
  return ok({ custom_attributes: setCustomAttributes(ctx, conversationOf(ctx), ctx.body ?? {}) });
}

function mute(ctx: RequestContext) {
  muteConversation(ctx, conversationOf(ctx));
  return empty();
}

function unmute(ctx: RequestContext) {
  unmuteConversation(ctx, conversationOf(ctx));
  return empty();
}

function updateLastSeen(ctx: RequestContext) {
  const conversation = conversationOf(ctx);
  markSeen(ctx, conversation);
  return ok(render(ctx, conversation));
}

function unread(ctx: RequestContext) {
  const conversation = conversationOf(ctx);
  markUnread(ctx, conversation);
  return ok(render(ctx, conversation));
}

function typing(ctx: RequestContext) {
  toggleTyping(ctx, conversationOf(ctx), ctx.body ?? {});
  return empty();
}

function transcript(ctx: RequestContext) {
  sendTranscript(ctx, conversationOf(ctx), ctx.body?.email);
  return empty();
}

/** ConversationsController::ATTACHMENT_RESULTS_PER_PAGE */
const ATTACHMENTS_PER_PAGE = 100;

/** GET /conversations/{id}/attachments: newest first, 100 a page (attachments.json.jbuilder). */
function listAttachments(ctx: RequestContext) {
  const conversation = conversationOf(ctx);
  const all: { attachment: Attachment; message: Message }[] = [];
  for (const message of ctx.tables.messages.where('conversation', conversation.id)) {
    for (const attachment of message.attachments) all.push({ attachment, message });
  }
  all.sort((a, b) => b.message.created_at - a.message.created_at || b.attachment.id - a.attachment.id);
  const page = paginate(all, pageNumber(ctx.query.page), ATTACHMENTS_PER_PAGE);
  return ok({
    meta: { total_count: all.length },
    payload: page.map(({ attachment, message }) =>
      conversationAttachmentView(ctx.tables, attachment, message),
    ),
  });
}

/** DELETE (administrators): DeleteObjectJob destroys the conversation and what belongs to it. */
function destroy(ctx: RequestContext) {
  destroyConversation(ctx, conversationOf(ctx));
  return empty();
}

export const handlers: HandlerMap = {
  createConversation: create,
  getConversation: show,
  updateConversation: update,
  replaceConversation: update,
  deleteConversation: destroy,
  toggleConversationStatus: toggle,
  toggleConversationPriority: togglePriority,
  assignConversation: assign,
  listConversationLabels: listLabels,
  setConversationLabels: labels,
  setConversationCustomAttributes: customAttributes,
  muteConversation: mute,
  unmuteConversation: unmute,
  markConversationUnread: unread,
  updateConversationLastSeen: updateLastSeen,
  toggleConversationTypingStatus: typing,
  sendConversationTranscript: transcript,
  listConversationAttachments: listAttachments,
};
