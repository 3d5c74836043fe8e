/**
 * Who sees what inside an account, as Chatwoot's policies decide: administrators see every inbox
 * and conversation; agents only those of inboxes they are members of (and a conversation of a team
 * they belong to); an agent bot lists those of the inboxes it is attached to, but InboxPolicy#show?
 * and ConversationPolicy#show? let it reach any inbox and conversation of its account. And the
 * account's own records by id, as `Current.account.<records>` finds them.
 */
import type { Conversation, Inbox, Team, User } from '../store';
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

/**
 * InboxPolicy#show?: true for an agent bot ("for agent bots, lets bring this validation to policies
 * as well in future"), else the inboxes the user is assigned to (all of them for administrators).
 */
export function mayShowInbox(scope: Scope, inboxId: number): boolean {
  return scope.principal?.kind === 'bot' || canSeeInbox(scope, inboxId);
}

/**
 * ConversationPolicy#show?: administrators and agent bots see every conversation of the account; an
 * agent those of inboxes they are members of (inbox_access?) or of a team they belong to (team_access?).
 */
export function mayShowConversation(scope: Scope, conversation: Conversation): boolean {
  if (scope.principal?.kind === 'bot') return true;
  if (canSeeInbox(scope, conversation.inbox_id)) return true;
  const userId = scope.membership?.user_id;
  return (
    userId !== undefined &&
    conversation.team_id !== null &&
    scope.tables.teamMembers.findBy('membership', [conversation.team_id, userId]) !== undefined
  );
}

/** An inbox of the account by id: 404 when absent, 401 when the caller may not see it. */
export function findInbox(scope: Scope, id: unknown): Inbox {
  const inbox = scope.tables.inboxes.get(Number(id));
  if (!inbox || inbox.account_id !== accountOf(scope).id) throw new RecordNotFound('inbox');
  if (!mayShowInbox(scope, inbox.id)) throw new NotAuthorized();
  return inbox;
}

/** A conversation of the account by display id: 404 when absent, 401 when ConversationPolicy#show? refuses. */
export function findConversation(scope: Scope, displayId: unknown): Conversation {
  const account = accountOf(scope);
  const conversation = scope.tables.conversations.findBy('display', [account.id, Number(displayId)]);
  if (!conversation) throw new RecordNotFound('conversation');
  if (!mayShowConversation(scope, conversation)) throw new NotAuthorized();
  return conversation;
}

/** A member of the account by user id (`Current.account.users.find_by(id:)`), or undefined. */
export function accountMember(scope: Scope, userId: number | undefined): User | undefined {
  if (userId === undefined) return undefined;
  const membership = scope.tables.accountUsers.findBy('membership', [accountOf(scope).id, userId]);
  return membership ? scope.tables.users.get(userId) : undefined;
}

/** A team of the account by id (`Current.account.teams.find_by(id:)`), or undefined. */
export function accountTeam(scope: Scope, teamId: number | undefined): Team | undefined {
  const team = teamId === undefined ? undefined : scope.tables.teams.get(teamId);
  return team && team.account_id === accountOf(scope).id ? team : undefined;
}
