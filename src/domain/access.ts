/**
 * Who sees what inside an account, as Chatwoot's policies decide: administrators see every inbox
 * and conversation; agents only those of inboxes they are members of; an agent bot those of the
 * inboxes it is attached to.
 */
import type { Conversation, Inbox } from '../store';
import { NotAuthorized, RecordNotFound } from './errors';
import { accountOf, type Scope } from './scope';

/** Inbox ids the caller may see, or 'all' for administrators. */
export function visibleInboxIds(scope: Scope): Set<number> | 'all' {
  const { tables } = scope;
  if (scope.principal?.kind === 'bot') {
    return new Set(tables.agentBotInboxes.where('bot', scope.principal.bot.id).map((b) => b.inbox_id));
  }
  if (scope.membership?.role === 'administrator') return 'all';
  const userId = scope.membership?.user_id;
  return new Set(
    userId === undefined ? [] : tables.inboxMembers.where('user', userId).map((m) => m.inbox_id),
  );
}

export function canSeeInbox(scope: Scope, inboxId: number): boolean {
  const visible = visibleInboxIds(scope);
  return visible === 'all' || visible.has(inboxId);
}

/** An inbox of the account by id: 404 when absent, 401 when the caller may not see it. */
export function findInbox(scope: Scope, id: unknown): Inbox {
  const inbox = scope.tables.inboxes.get(Number(id));
  if (!inbox || inbox.account_id !== accountOf(scope).id) throw new RecordNotFound('inbox');
  if (!canSeeInbox(scope, inbox.id)) throw new NotAuthorized();
  return inbox;
}

/** A conversation of the account by display id: 404 when absent, 401 when outside the caller's inboxes. */
export function findConversation(scope: Scope, displayId: unknown): Conversation {
  const account = accountOf(scope);
  const conversation = scope.tables.conversations.findBy('display', [account.id, Number(displayId)]);
  if (!conversation) throw new RecordNotFound('conversation');
  if (!canSeeInbox(scope, conversation.inbox_id)) throw new NotAuthorized();
  return conversation;
}
