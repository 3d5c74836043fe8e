/**
 * Who sees what inside an account, as Chatwoot's policies decide: administrators see every inbox
 * and conversation; agents only those of inboxes they are members of; an agent bot those of the
 * inboxes it is attached to.
 */
import type { RequestContext } from '../http/context';
import { accountOf } from '../http/context';
import { notFound, unauthorized } from '../http/errors';
import type { Conversation, Inbox } from '../store';

/** Inbox ids the caller may see, or 'all' for administrators. */
export function visibleInboxIds(ctx: RequestContext): Set<number> | 'all' {
  const { tables } = ctx;
  if (ctx.principal?.kind === 'bot') {
    return new Set(tables.agentBotInboxes.where('bot', ctx.principal.bot.id).map((b) => b.inbox_id));
  }
  if (ctx.membership?.role === 'administrator') return 'all';
  const userId = ctx.membership?.user_id;
  return new Set(
    userId === undefined ? [] : tables.inboxMembers.where('user', userId).map((m) => m.inbox_id),
  );
}

export function canSeeInbox(ctx: RequestContext, inboxId: number): boolean {
  const visible = visibleInboxIds(ctx);
  return visible === 'all' || visible.has(inboxId);
}

/** An inbox of the account by id: 404 when absent, 401 when the caller may not see it. */
export function findInbox(ctx: RequestContext, id: unknown): Inbox {
  const inbox = ctx.tables.inboxes.get(Number(id));
  if (!inbox || inbox.account_id !== accountOf(ctx).id) throw notFound();
  if (!canSeeInbox(ctx, inbox.id)) throw unauthorized('You are not authorized to do this action');
  return inbox;
}

/** A conversation of the account by display id: 404 when absent, 401 when outside the caller's inboxes. */
export function findConversation(ctx: RequestContext, displayId: unknown): Conversation {
  const account = accountOf(ctx);
  const conversation = ctx.tables.conversations.findBy('display', `${account.id}:${Number(displayId)}`);
  if (!conversation) throw notFound();
  if (!canSeeInbox(ctx, conversation.inbox_id))
    throw unauthorized('You are not authorized to do this action');
  return conversation;
}
